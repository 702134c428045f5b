"""Co-operation between places and bodies: "between X and Y", "X-Y co-operation", "the two places"."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span, Token

from igr.extract.arguments import Arg, Reading
from igr.extract.sentence import Sentence
from igr.extract.triggers import Vocabulary


class CooperationPatterns:
    """Who co-operates with whom.

    Parameters
    ----------
    words : Vocabulary
    """

    def __init__(self, words: Vocabulary) -> None:
        nouns = sorted(words.family["cooperate_nouns"] | {" ".join(p) for p in words.phrases["cooperate_nouns"]},
                       key=len, reverse=True)
        # "Hong Kong-Guangdong co-operation": two places joined by a hyphen or slash before the noun
        self._compound = re.compile(r"(?i)\b(?:" + "|".join(re.escape(n).replace(r"\ \-\ ", "-?").replace(r"\ ", r"\s+")
                                                        for n in nouns) + r")\b") if nouns else None
        # a word of letters that each noun's match must hold: an ASCII sentence with none of them has no match
        self._deal_nouns = words.cue("agreement_nouns")
        self._memoranda = words.cue("memorandum_nouns")
        self._cooperation = words.family["cooperate_nouns"]
        self._needles = tuple({max(re.findall(r"[a-z]+", n.lower()), key=len, default="") for n in nouns})
        self._meet = words.family["meet"]

    def verbs(self, r: Reading, v: Token, sent: Span) -> None:
        """ "Hong Kong will co-operate with Macao" """
        if v.pos_ != "VERB":
            return
        subjects = r.subjects(v, ("Place", "Organization"))
        for obj in r.objects(v, ("Place", "Organization"), preps=("with",)):
            for s in subjects:
                r.emit(s.entity, "cooperatesWith", obj.entity, sent, "dep:cooperate", r.conf(s, obj))

    def signing(self, r: Reading, v: Token, sent: Span) -> None:
        """Parties that sign an agreement the text does not name co-operate: "InvestHK signed a
        memorandum of understanding with the X Agency", "A and B signed an MoU", "A signed an
        agreement with B on ...". (A named agreement gets its signatories instead, :mod:`participation`.)

        Examples
        --------
        "The Tourism Board signed a memorandum with the Tourism Authority of Thailand": the board
        co-operates with the authority; "Hong Kong and Malta signed a tax agreement": the two places.
        """
        if v.pos_ != "VERB":
            return
        deals = [c for c in r.children_of(v) if c.dep_ in ("dobj", "obj") and self._unnamed_deal(r, c)]
        if not deals:
            return
        labels = ("Place", "Organization")
        subjects = r.subjects(v, labels, agent=True)
        # "with" on the verb or anywhere in the object's phrase ("a memorandum of understanding with X")
        preps = [c for c in r.children_of(v) if c.dep_ == "prep"] + [p for d in deals for p in _phrase_preps(d)]
        partners = [a for c in preps if c.lower_ == "with" for p in r.children_of(c) if p.dep_ == "pobj"
                    for a in r.args_at(p, labels)]
        if partners:
            for s in subjects:
                for p in partners:
                    if s.entity != p.entity:
                        r.emit(s.entity, "cooperatesWith", p.entity, sent, "dep:signed-with", r.conf(s, p) - 0.05)
        elif len(subjects) > 1:
            r.pairwise(subjects, "cooperatesWith", sent, "dep:signed-together")

    def _unnamed_deal(self, r: Reading, noun: Token) -> bool:
        """ "a memorandum of understanding", "an MoU", "a framework agreement", "an agreement on co-operation
        in X": a memorandum, or an agreement said to be a framework or on co-operation, that names no agreement (a trade pact or a tax
        treaty states no co-operation)."""
        lemma = r.word_lemmas[noun.i]
        if lemma not in self._memoranda and lemma not in self._deal_nouns:
            return False
        phrase = list(r.subtree_of(noun))
        if any(r.entity_at(t) is not None and r.label(r.entity_at(t)) == "Agreement" for t in phrase):
            return False
        return any(r.word_lemmas[t.i] in self._memoranda or r.word_lemmas[t.i] in self._cooperation for t in phrase)

    def between(self, r: Reading, v: Token, sent: Span) -> None:
        """ "co-operation between/among X and Y", "X and Y's co-operation", "X's co-operation with Y",
        "X and Y will strengthen co-operation"."""
        if v.pos_ not in ("NOUN", "PROPN"):
            return
        labels = ("Place", "Organization")
        parties: list[Arg] = []
        preps = _phrase_preps(v)
        if v.dep_ == "conj" and v.head.pos_ in ("NOUN", "PROPN"):
            # a complement printed after the last of two nouns is both's: "further investment and further exchanges
            # between A and B" (the parser hangs it on the first)
            preps += [c for c in r.children_of(v.head) if c.dep_ == "prep" and c.i > v.i]
        governor = v
        while governor.dep_ == "conj" and governor.head.i != governor.i:
            governor = governor.head
        if governor.dep_ in ("dobj", "obj") and governor.head.pos_ == "VERB":
            # the fields of the co-operation hung on its verb: "deepen co-operation in areas such as X between A and B"
            preps += [p for c in r.children_of(governor.head) if c.dep_ == "prep" and c.lower_ in ("in", "on")
                      for g in r.children_of(c) if g.dep_ == "pobj" for p in _phrase_preps(g, 3)]
        for prep in preps:
            if prep.lower_ in ("between", "among", "amongst"):
                for pobj in r.children_of(prep):
                    if pobj.dep_ == "pobj":
                        # every party named in the phrase: "between the sectors in Hong Kong and the UAE"; where two
                        # are named outside a place phrase, not the place: "between the A Bureau and the B
                        # Ministry in Bangkok"
                        named = [a for t in r.subtree_of(pobj) for a in r.args_at(t, labels, conj=False)]
                        outside = [a for t in _outside_places(r, pobj) for a in r.args_at(t, labels, conj=False)]
                        parties += outside if len({a.entity for a in outside}) >= 2 else named
        owners = [a for c in r.children_of(v) if c.dep_ == "poss" for a in r.args_at(c, labels)]
        partners = [a for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ == "with"
                    for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, labels)]
        if not owners and v.dep_ == "pobj" and v.head.lower_ == "in" and v.head.head.pos_ == "VERB":
            # "hosted by A in co-operation with B", "A organised it in partnership with B": whoever does it
            # (subject or agent) co-operates with the partners ("with" may hang on the verb)
            verb = v.head.head
            partners = partners or [a for c in r.children_of(verb) if c.dep_ == "prep" and c.lower_ == "with" and c.i > v.i
                                    for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, labels)]
            if partners:
                owners = [a for a in r.subjects(verb, labels, agent=True) if a.entity not in {p.entity for p in partners}]
        if not owners and partners and v.dep_ in ("dobj", "obj") and v.head.pos_ == "VERB":
            # "Hong Kong could strengthen co-operation with Saudi Arabia": the subject co-operates
            owners = [a for a in r.subjects(v.head, labels) if a.entity not in {p.entity for p in partners}]
        elif not owners and partners and v.dep_ == "pobj" and v.head.lower_ in ("to", "towards") \
                and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in r.children_of(v)):
            # "Hong Kong looked forward to further exchanges with Belgium", "is committed to co-operation with X"
            verb = v.head.head if v.head.head.pos_ in ("VERB", "AUX", "ADJ") else v.head.head.head
            if verb.pos_ in ("VERB", "AUX", "ADJ"):
                owners = [a for a in r.subjects(verb, labels) if a.entity not in {p.entity for p in partners}]
        if owners and partners:  # each owner with each partner; partners listed together need not co-operate
            r.pairwise(parties, "cooperatesWith", sent, "dep:cooperation")
            for o in owners:
                for p in partners:
                    if o.entity != p.entity:
                        r.emit(o.entity, "cooperatesWith", p.entity, sent, "dep:cooperation", r.conf(o, p) - 0.05)
            return
        if len(owners) > 1:
            parties += owners
        if not parties:
            # the co-operation is what the subjects do: "Hong Kong and Guangzhou will strengthen co-operation"
            verb = v
            while verb.dep_ in ("dobj", "pobj", "conj", "prep", "compound", "attr") and verb.head.i != verb.i \
                    and verb.pos_ not in ("VERB", "AUX"):  # (up to the first verb: not past "and" to the clause before)
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                subjects = r.subjects(verb, labels, inherit=False)
                if len(subjects) > 1:
                    parties += subjects
                elif not subjects and r.recent_met() and _sides_subject(r, verb):
                    # "Both sides agreed to enhance collaboration" after two officials met and no parties were
                    # named: the places the two serve, once their posts are known
                    r.sides_cooperation.append((r.recent_met(), sent))
                elif not subjects and not owners and _set_out(verb) and r.entity_at(v) is None:
                    # no party named but the partner, in what an official sets out to do ("visit X to explore
                    # co-operation", "look forward to exchanges with Y"): co-operation for the place they serve
                    people = tuple(dict.fromkeys(a.entity for a in r.subjects(verb, ("Person",))))
                    if people:
                        r.side_cooperation.append((people, tuple(p.entity for p in partners), sent,
                                                   self._met_places(r, verb)))
        r.pairwise(parties, "cooperatesWith", sent, "dep:cooperation")

    def _met_places(self, r: Reading, verb: Token) -> tuple[str, ...] | None:
        """When ``verb`` says what a meeting was for ("met leaders of A and B to strengthen co-operation"):
        the places named in whom the meeting was with (none found: an empty tuple); None for no meeting."""
        meeting = verb
        for _ in range(6):  # up what the meeting was for: "met A to exchange views on how to strengthen co-operation"
            if meeting.head.i == meeting.i or meeting.dep_ not in ("xcomp", "advcl", "pcomp", "acl", "conj", "prep", "pobj", "dobj"):
                return None
            verb, meeting = meeting, meeting.head
            if meeting.pos_ == "VERB" and r.word_lemmas[meeting.i] in self._meet:
                break
        else:
            return None
        purpose = set(t.i for t in r.subtree_of(verb))
        objects = [c for c in r.children_of(meeting) if c.dep_ in ("dobj", "obj")] + \
            [g for c in r.children_of(meeting) if c.dep_ == "prep" and c.lower_ in ("with", "on")
             for g in r.children_of(c) if g.dep_ == "pobj"]
        return tuple(dict.fromkeys(a.entity for o in objects for t in r.subtree_of(o) if t.i not in purpose
                                   for a in r.args_at(t, ("Place",), conj=False)))

    def compounds(self, r: Reading, sent: Span) -> None:
        """ "Hong Kong-Guangdong co-operation", "Hong Kong/Shanghai co-operation" """
        text = sent.text
        if text.isascii() and "" not in self._needles and not any(w in text.lower() for w in self._needles):
            return  # (the pattern ignores case: outside ASCII, letters such as "K" (Kelvin) match "k")
        if not isinstance(sent, Sentence):
            sent = Sentence(sent, r.text)
        for m in (self._compound.finditer(text) if self._compound else ()):
            start = sent.start_char + m.start()
            window = r.text[max(sent.start_char, start - 60):start]
            hits = []
            starts = sent.token_starts  # the tokens that start in the window, found by their offsets
            for t in sent.tokens[bisect_left(starts, start - len(window)):bisect_left(starts, start)]:
                eid = r.entity_at(t)
                if eid and r.label(eid) in ("Place",) and eid not in hits:
                    hits.append(eid)
            tail = re.search(r"([A-Z][\w ]*?)[-/–]([A-Z][\w ]*?)\s*$", window)
            if len(hits) >= 2 and tail:
                # the two places must be the pair joined before the noun ("Hong Kong-Guangdong co-operation"),
                # not places printed before a name ("arrived in Sanya, Hainan to attend the Pan-Pearl River
                # Delta Regional Co-operation Forum")
                pair_start = start - len(window) + tail.start()
                pair = [h for h in hits if any(pair_start <= s0 and e0 <= start for s0, e0 in r.ents[h].spans)]
                if len(pair) < 2:
                    continue
                args = [Arg(h, "Place", "mention") for h in pair[-2:]]
                r.pairwise(args, "cooperatesWith", sent, "noun-phrase:x-y-cooperation")


def _sides_subject(r: Reading, verb: Token) -> bool:
    """Whether "the two sides" is the subject of ``verb`` or of the clause it completes ("Both sides agreed to
    enhance ...", "The two sides exchanged views on strengthening ...")."""
    for _ in range(5):
        subjects = [c for c in r.children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(r.two_sides(c) for c in subjects)
        if verb.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "dobj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _set_out(verb: Token) -> bool:
    """Whether ``verb`` heads what someone sets out to do: a clause of purpose or a complement ("to explore",
    "looked forward to enhancing"), also the second of two ("to promote X and to explore Y")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("xcomp", "advcl", "pcomp", "acl")


def _outside_places(r: Reading, phrase: Token) -> list[Token]:
    """The tokens of ``phrase`` outside its place phrases ("in Bangkok", "at the X Hotel")."""
    out, stack = [], [phrase]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in r.children_of(t) if not (c.dep_ == "prep" and c.lower_ in ("in", "at")))
    return out


def _phrase_preps(noun: Token, depth: int = 3) -> list[Token]:
    """The prepositions of a noun phrase, also those the parser hung on a word inside it:
    "co-operation in areas including commerce and culture between X and Y" (no clause crossed)."""
    out = []
    for c in noun.children:
        if c.dep_ == "prep":
            out.append(c)
            if depth > 1:
                out += [p for g in c.children if g.dep_ in ("pobj", "pcomp") and g.pos_ != "VERB"
                        for p in _phrase_preps(g, depth - 1)]
        elif c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):  # a list is one level: "education, sport and the arts"
            out += _phrase_preps(c, depth)
    return out


def side_cooperation(r: Reading, home: dict[str, str], within) -> None:
    """Co-operation an official seeks for the place they serve, once their posts are known: "the
    Secretary led a delegation to X and Y to explore opportunities for co-operation" (the Secretary's
    place co-operates with X and Y, the places that sentence says the trip went to), "she looked forward to
    enhancing exchanges with Z" (with Z), "met leaders of A and B to strengthen co-operation" (with A and B),
    "met the Governor of C, Mr D, to discuss co-operation" (with C, Mr D's place). Nothing for an official
    whose place the release does not name, nor with a place inside their own.

    Parameters
    ----------
    r : Reading
        After every sentence was read (``r.side_cooperation`` collected).
    home : dict
        Person id to the name of the place their post belongs to (:func:`igr.extract.frames.home_places`).
    within : callable
        ``within(place, region)`` from the lexicon (None when it does not know both).
    """
    places = {}
    for e in r.entities:
        if e.label == "Place":
            places.setdefault(e.name, e.id)
    for people, partners, sent, met in r.side_cooperation:
        for person in people:
            side = home.get(person)
            if side not in places:
                continue
            ours = places[side]
            stated = [f for f in r.facts.values() if f.start == sent.start_char and person in (f.subject, f.object)]
            targets = partners or tuple(dict.fromkeys(
                f.object for f in stated if f.predicate == "visited" and f.subject == person
                and r.label(f.object) == "Place"
                and not f.method.startswith(("dep:act", "dep:met", "dep:be-in", "dep:dateline", "frame:"))))
            if not targets and met is not None:  # a meeting for co-operation: the places of those met
                targets = met or tuple(dict.fromkeys(
                    places[home[q]] for f in stated if f.predicate == "metWith"
                    for q in (f.subject, f.object) if q != person and home.get(q) in places))
            for t in targets:
                if t == ours or within(r.ents[t].name, side):
                    continue
                r.emit(ours, "cooperatesWith", t, sent, "frame:official-side", 0.6)
    for (a, b), sent in r.sides_cooperation:  # "both sides" of two officials who met: the places they serve
        sides = [places.get(home.get(a)), places.get(home.get(b))]
        if None not in sides and sides[0] != sides[1] and not within(home[a], home[b]) \
                and not within(home[b], home[a]):
            r.emit(sides[0], "cooperatesWith", sides[1], sent, "frame:two-sides", 0.55)
