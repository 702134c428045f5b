"""A release being read: its entities by token, what it has said so far, the facts found.

A token may name an entity itself, through an apposition or a conjunct, or refer to one:
a pronoun (the person last named as a subject), a post (its holder in the release), "the
delegation" (its leader), a generic noun ("the event", "the Agreement": the one named
last), "the two places" (the pair the release is about). Subjects are inherited by
participles and clauses that have none of their own.

:class:`Reading` holds this state for one release; the pattern families of
:mod:`igr.extract.relations` read tokens through it and hand it the facts they find.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from igr.extract.dates import find_date
from igr.extract.records import Fact, LocalEntity
from igr.extract.sentence import tag_lists, word_lists
from igr.extract.triggers import Vocabulary, phrase_pattern

_OWNER_GAP = re.compile(r"[ \t]*(?:\([^()]*\)[ \t]*)?of[ \t]+(?:the[ \t]+)?$")
"""What lies between a body's name and its owner's: "the X Office (XO) of the [Y Government]"."""

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "pobj", "attr", "dative", "oprd", "obj"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
"""Number words that count the people of a group noun ("the three leaders")."""
INHERIT_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "ccomp", "prep"}
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
_OPENING_PHRASE = re.compile(r"[A-Z][^,;:()]*,\s*(?:the\s+)?")  # "Under the witness of the two leaders, the "
_LIST_GAP = re.compile(r"(?:\s|,|;|\band\b|\bthe\b|\bThe\b)*")
"""What may stand between the titles and names of a list printed as one subject."""
_OPENING_QUOTES = frozenset('"“‘')  # the marks that open a quoted title
TEMPORAL_PREPS = {"before", "after", "since", "until", "upon", "while", "when"}
"""Prepositions that order two acts of one subject ("visit X before travelling to Y")."""

_KINDS_OF = {"region": ("region", "province")}
"""The kinds of place a noun for a place refers to, where they are more than its own ("the region": a province)."""

CONFIDENCE = {
    "title-apposition": 0.9, "name-structure": 0.85, "dep": 0.75, "noun-phrase": 0.65, "adjacency": 0.7,
}


_PAIR_MARKS = frozenset(("-", "–", "/"))
_CAPITAL_OF = re.compile(r",\s*(?:the\s+)?(?:provincial\s+|state\s+)?capital(?:\s+city)?\s+of\s+(?:the\s+)?")
"""The words between a city and the region it is the capital of: "Harbin, the capital of Heilongjiang"."""


@dataclass(frozen=True)
class Arg:
    """An entity reached from a token, and how it was reached."""

    entity: str
    label: str
    via: str  # "mention", "pronoun", "holder", "event-noun"



class Reading:
    """One release being read: from tokens to entities, the discourse so far, the facts found.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    entities : list of LocalEntity
        The release's entities with every span that names them.
    words : Vocabulary
        The words of relations.
    doc_date : datetime.date or None
        The release's date, against which "today" and "tomorrow" are read.
    within : callable, optional
        ``within(place, region)``: whether the lexicon puts one place inside another, or None when
        it does not know both (for "Davos, Switzerland": a place and the place it lies in).
    text : str, optional
        ``doc.text``, when the caller has read it already.
    """

    def __init__(self, doc: Doc, entities: list[LocalEntity], words: Vocabulary, doc_date: date | None = None,
                 within: Callable[[str, str], bool | None] | None = None, text: str | None = None,
                 jurisdiction: Callable[[str], str | None] | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text joins every token on each access: read it once
        self.word_lowers, self.word_lemmas = word_lists(doc)  # every token's lower_ and lower-case lemma
        self.word_pos, self.word_tags, self.word_deps = tag_lists(doc)  # every token's pos_, tag_ and dep_
        self.words = words
        self.entities = entities
        self.ents = {e.id: e for e in entities}
        self.token_entity = self.map_tokens(doc, entities)
        self._entity_of: list[str | None] = [None] * len(doc)  # the entity named at each token, by index
        for i, hit in self.token_entity.items():
            self._entity_of[i] = hit[0]
        self.date = doc_date
        self.facts: dict[tuple[str, str, str], Fact] = {}
        self.last_person: dict[str, str] = {}  # "any": the last person named as a subject; "leader": of the delegation
        self.holders: dict[str, str] = {}  # post id to the person the release gives it to
        self.pair: tuple[str, ...] = ()  # the two places the release is about, for "the two places"
        # the two parties (places or bodies) stated last, for "the two sides", "both administrations", "they",
        # with the number of the sentence that stated them
        self.parties_pair: tuple[tuple[str, ...], int] = ((), -1)
        self.met_pair: tuple[tuple[str, ...], int] = ((), -1)  # the two people who met last, for "they"
        self.group: tuple[tuple[str, ...], int] = ((), -1)  # people listed as one subject last ("A and B visited")
        self._sentence_no = 0
        self._signatories: dict[str, list[str]] = {}  # agreement to the bodies and places that signed it
        self.parties: dict[str, list[str]] = {}
        self.delegates: list[tuple[str, Fact]] = []
        self.co_actors: list[tuple[str, str, Fact]] = []  # two people doing one thing, with the evidence
        self.unnamed_venues: dict[str, list[str]] = {}  # "a reception in X": event noun to its places
        self.leaders: list[str] = []  # heads of the delegations of a reported session, each for its side
        self.companions: list[tuple[str, str | None, Fact]] = []
        self.own_legs: set[str] = set()  # companions whose destinations the text states ("accompany Mr A to X")
        self.trip: tuple[str, ...] = ()  # the places of the trip named last ("the visit to X"), for "the visit"
        self.group_sentences: set[int] = set()  # where sentences whose subject is "the delegation" start
        self._group_no = -2  # the number of the last of those sentences
        self.leaderless: list[Span] = []  # sentences whose subject "the delegation" had no leader yet
        self.guests: list[tuple[str, str, str, Span, float]] = []  # (guest, host, place, sentence, confidence)
        # co-operation an official seeks for the place they serve ('visited X to explore co-operation', 'she looked
        # forward to exchanges with Y'): (people, partners named or none, sentence), read once posts are known
        self.side_cooperation: list[tuple[tuple[str, ...], tuple[str, ...], Span]] = []
        self.sides_cooperation: list[tuple[tuple[str, ...], Span]] = []  # "both sides" of two who met, sentence
        self._printed_lists: dict[int, list[Arg]] = {}  # verb index to the people listed before it
        self.venues: dict[str, list[str]] = {}
        self.series = None  # (organisers, places) of "a series of events" whose events are listed later
        # event noun to the organisers of unnamed plural occasions ("The seminars were organised by A"), for the
        # occasions named later as those ("the two seminars, entitled X and Y")
        self.plural_organisers: dict[str, list[Arg]] = {}
        self._per_sentence: dict[int, tuple] = {}
        self._listed: dict[frozenset[str], frozenset[int]] = {}
        self._listed_people_of: dict[int, list[Arg]] = {}  # subject token to the people listed in it
        self._conjunct_heads: list[tuple[int, int]] | None = None
        self.tokens: list[Token] = list(doc)  # every token made once: the sentences and children share them
        self._children = _children(doc, self.tokens)
        self.enclosing = self._enclosing_places(within)
        self._gender = {e.id: g for e in entities if e.label == "Person"
                        for g in [_gender_of(e.aliases)] if g}  # from the honorifics printed with each name
        self._jurisdiction = jurisdiction
        self._event_nouns = words.cue("event_nouns")
        self._agreement_nouns = words.cue("agreement_nouns")
        self._pair_nouns = words.cue("pair_nouns")
        self.party_nouns = words.cue("party_nouns")
        self._session_words = words.cue("session_words")
        self._delegation_nouns = words.cue("delegation_nouns")
        self._delegation_heads = words.cue("delegation_head_nouns")
        self._members = words.cue("member_nouns")
        self._body_heads = words.cue("unit_heads")
        self._not_heads = words.cue("not_name_heads") | words.cue("venue_heads")  # (a place inside them is not them)
        self._journey_nouns = words.cue("journey_nouns")
        self._lead_verbs = words.cue("lead_verbs")
        self._trigger_lemmas = frozenset().union(*words.family.values())
        self._thanks_nouns = words.cue("thanks_nouns")
        self._descriptions = words.cue("description_nouns")
        self._example_preps = words.cue("example_preps")
        self._example_phrases = words.cue_phrases("example_preps")
        self._classifiers = words.cue("event_nouns") | words.cue("series_nouns") | words.cue("programme_nouns") \
            | words.cue("event_heads")
        self._title_verbs = words.cue("title_verbs")
        self._with_object_verbs = words.cue("with_object_verbs")
        self._remote_cues = phrase_pattern(words.cues.get("remote_cues", ()))
        self._remote_sentences: dict[int, bool] = {}

    def emit(self, s: str, p: str, o: str, sent: Span, method: str, confidence: float,
             participants: tuple[str, ...] = ()) -> None:
        """Record a fact stated in ``sent`` (the more confident reading of a fact wins)."""
        if s == o or s is None or o is None:
            return
        if p in ("metWith", "cooperatesWith") and s > o:
            s, o = o, s
        if p == "cooperatesWith" and self.label(s) == self.label(o) == "Place":
            self.pair = (s, o)
        if p == "cooperatesWith" and self.label(s) == self.label(o):
            self.parties_pair = ((s, o), self._sentence_no)
        elif p == "signed" and self.label(s) in ("Organization", "Place"):
            signatories = self._signatories.setdefault(o, [])
            if s not in signatories:
                signatories.append(s)
            if len(signatories) == 2 and self.label(signatories[0]) == self.label(signatories[1]):
                self.parties_pair = (tuple(signatories), self._sentence_no)
        elif p == "metWith" and confidence >= 0.6:
            self.met_pair = ((s, o), self._sentence_no)
        elif p == "hasParticipant" and self.label(o) == "Place":
            self.parties[s] = [*self.parties.get(s, []), o][-2:]
            if len(self.parties[s]) == 2:
                self.pair = tuple(self.parties[s])
        if p == "visited" and method.startswith("dep:") and self.label(s) == "Person":
            self.last_person.setdefault("traveller", s)  # whom "the delegation" follows when no one leads it
            if self.label(o) == "Place" and not method.startswith(("dep:act", "dep:dateline", "dep:met")):
                self.last_person["destination"] = o  # (kept with the people: one small map of who and where)
        if p == "visited" and self._remote(sent):
            return  # "addressed the forum in Vilnius via video": taking part from afar is no trip
        k = (s, p, o)
        if k in self.facts and self.facts[k].confidence >= confidence:
            return
        evidence, when, when_text, areas = self.sentence_facts(sent)
        self.facts[k] = Fact(  # (recorded before what follows from it: a loop of places ends here)
            subject=s, predicate=p, object=o, start=sent.start_char, end=sent.end_char,
            evidence=evidence, method=method, confidence=round(min(max(confidence, 0.05), 0.99), 2),
            date=when, date_text=when_text, participants=tuple(sorted(set(participants) | {s, o})),
            areas=areas,
        )
        if p in ("visited", "heldIn"):  # "visited Davos, Switzerland", "held in Hefei in Anhui Province": both
            for region in self.enclosing.get(o, ()):
                if region != s:
                    self.emit(s, p, region, sent, f"{method}+within", confidence - 0.05, participants)
        if p == "visited" and self.label(o) == "Organization" and not method.startswith("frame:"):
            # "paid a visit to the X Office in Tokyo": the body's name says where it is, and the visitor was there
            # (a visit inferred, not stated: none to the visitor's own place, see frames.at_home)
            for f in list(self.facts.values()):
                if f.subject == o and f.predicate == "locatedIn" and f.method == "name-structure:in" and f.object != s:
                    self.emit(s, "visited", f.object, sent, "frame:located-in", confidence - 0.1, participants)

    def _enclosing_places(self, within) -> dict[str, list[str]]:
        """Place (or body) id to the places printed right after it as the place it lies in: "Bali,
        Indonesia", "Hefei in Anhui Province", "Dubai of the United Arab Emirates", "Harbin, the capital of
        Heilongjiang", "the School in Gengda Village" (not a list: "Hefei, Wuhan and Changsha")."""
        spans = sorted((s, e, ent.id) for ent in self.entities for s, e in ent.spans)
        out: dict[str, list[str]] = {}
        by_comma: set[tuple[str, str]] = set()
        for (s1, e1, a), (s2, e2, b), after in zip(spans, spans[1:], [*spans[2:], None]):
            if a == b or self.label(a) not in ("Place", "Organization") or self.label(b) != "Place" or e1 > s2:
                continue
            gap = self.text[e1:s2]
            if not re.fullmatch(r"\s+in\s+(?:the\s+)?", gap) and not (self.label(a) == "Place" and (
                    re.fullmatch(r",\s*(?:the\s+)?|\s+of\s+(?:the\s+)?", gap) or _CAPITAL_OF.fullmatch(gap))):
                continue  # ("the School in Gengda Village": whoever visits the school is in the village)
            if gap.startswith(",") and gap.endswith("the ") and any(s <= s2 and e2 < e for s, e, _ in spans):
                continue  # "London, the United Kingdom"; not "Ya'an, the HKSAR Government has": a word of another name
            if gap.startswith(",") and self.opens_clause(s2, e2):
                continue  # "the agreement with Estonia, Hong Kong has signed ...": the next clause's subject
            tail = self.text[e2:e2 + 12]
            if re.match(r"\s*(?:,|and\b|&)", tail) and after is not None and self.label(after[2]) == "Place" \
                    and 0 <= after[0] - e2 < 8:  # (not a name nested in this one: "[the [United Kingdom]]")
                continue  # a list of places, not a place and its region
            known = within(self.ents[a].name, self.ents[b].name) if within else None
            if known is False:
                continue
            out.setdefault(a, [])
            if b not in out[a]:
                out[a].append(b)
            if gap.startswith(","):
                by_comma.add((a, b))
        # "signed in Tallinn, Estonia" beside a headline's "signs with Estonia in Tallinn": the comma reads
        # a place and its region, "in" may be where something else happened; the same reading both ways is no reading
        return {a: [b for b in bs if a not in out.get(b, ()) or ((a, b) in by_comma) > ((b, a) in by_comma)]
                for a, bs in out.items()}

    def opens_clause(self, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is the subject of a finite verb: it opens a clause of its own
        ("..., Hong Kong has developed"; not "the ETO, Sydney, said", nor "arrived in Sanya, Hainan to attend")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = span.root.head  # a finite clause's ("..., Hong Kong has signed"), not "arrived in Sanya, Hainan to attend"
        return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)

    def pairwise(self, parties: list[Arg], predicate: str, sent: Span, method: str, less: float = 0.05) -> None:
        """``predicate`` between every two distinct parties."""
        unique = list({p.entity: p for p in parties}.values())
        for i, a in enumerate(unique):
            for b in unique[i + 1:]:
                self.emit(a.entity, predicate, b.entity, sent, method, self.conf(a, b) - less)

    def _remote(self, sent: Span) -> bool:
        """Whether ``sent`` reports something done from afar ("via video", "virtually")."""
        if sent.start_char not in self._remote_sentences:
            text = sent.text.lower()
            self._remote_sentences[sent.start_char] = self._remote_cues.search(text) is not None
        return self._remote_sentences[sent.start_char]

    def sentence_facts(self, sent: Span):
        """The sentence's text, date and policy areas, worked out once per sentence."""
        if sent.start_char not in self._per_sentence:
            text = sent.text
            when, when_text = find_date(text, self.date)
            areas = self.words.areas
            found = tuple(dict.fromkeys(areas.findall(text.lower())))[:6] if areas else ()
            self._per_sentence[sent.start_char] = (text.strip(), when, when_text, found)
        return self._per_sentence[sent.start_char]

    def bare_fact(self, entity: str, sent: Span, method: str = "companion") -> Fact:
        """Evidence that ``entity`` took part in what ``sent`` reports (for the meeting frames)."""
        _, when, when_text, _ = self.sentence_facts(sent)
        return Fact(entity, "attended", entity, sent.start_char, sent.end_char, sent.text.strip(), method, 0.5,
                    when, when_text)

    @staticmethod
    def map_tokens(doc: Doc, entities: list[LocalEntity]) -> dict[int, tuple[str, int, int]]:
        """Token index to the (entity, start, end) of the widest span covering it."""
        spans = sorted(((s, e, ent.id) for ent in entities for s, e in ent.spans), key=lambda x: x[0] - x[1])
        out: dict[int, tuple[str, int, int]] = {}
        for s, e, eid in spans:  # widest first: keep the first (widest) owner of a token
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):  # (the indices alone: no Token made)
                out.setdefault(i, (eid, s, e))
        return out

    @cached_property
    def _sentences(self) -> tuple[list[Span], list[int]]:
        sentences = list(self.doc.sents)
        return sentences, [s.start for s in sentences]

    def sentence_of(self, i: int) -> Span:
        """The sentence holding token ``i`` (``doc[i].sent``, and ``span.sent`` of a span starting there),
        from the Doc's sentences listed once: ``Token.sent`` and ``Span.sent`` check the whole Doc for
        sentence starts on every call."""
        sentences, starts = self._sentences
        return sentences[bisect_right(starts, i) - 1]

    def children_of(self, token: Token) -> tuple[Token, ...]:
        """``token.children``, made once per document from its array of heads (the argument patterns
        visit the same tokens many times, and each visit of ``Token.children`` makes new tokens)."""
        return self._children[token.i]

    def subtree_of(self, token: Token) -> list[Token]:
        """``token.subtree`` (the subtrees of its left children, the token, those of its right children), from
        the children made once per document: ``Token.subtree`` chains a generator per level of the tree and
        makes new tokens on every call."""
        out = []
        for child in self._children[token.i]:
            if child.i < token.i:
                out += self.subtree_of(child)
        out.append(token)
        for child in self._children[token.i]:
            if child.i > token.i:
                out += self.subtree_of(child)
        return out

    def entity_at(self, token: Token) -> str | None:
        return self._entity_of[token.i]

    def label(self, eid: str) -> str:
        return self.ents[eid].label

    def paired(self, i: int) -> bool:
        """Whether the name at token ``i`` is one of a pair printed with a dash or slash inside a longer name: "the
        [Shenzhen-Hong Kong] Youth Innovation Hub", "the [China-Portuguese]-speaking Countries ... Complex" (a name
        after two parties, not a thing of either)."""
        eid, words = self._entity_of[i], self.doc
        start, end = i, i
        while start > 0 and self._entity_of[start - 1] == eid:
            start -= 1
        while end + 1 < len(words) and self._entity_of[end + 1] == eid:
            end += 1
        return (start > 0 and words[start - 1].text in _PAIR_MARKS) or (end + 1 < len(words) and words[end + 1].text in _PAIR_MARKS)

    def args_at(self, token: Token, labels: tuple[str, ...], conj: bool = True) -> list[Arg]:
        """Entities named at ``token``: its own name, appositions, conjuncts, or what a pronoun or
        a generic event noun ("the event") refers to."""
        out: list[Arg] = []
        seen = set()

        deps = self.word_deps
        entity_of = self._entity_of

        def visit(t: Token, depth: int) -> None:
            i = t.i
            if i in seen or depth > 6:
                return
            seen.add(i)
            eid = entity_of[i]
            # t.lemma_.lower(), t.lower_, t.pos_ from the document's lists
            lemma, lower, pos = self.word_lemmas[i], self.word_lowers[i], self.word_pos[i]
            if eid is None and pos == "PROPN" and lemma not in self._not_heads:
                for child in self.children_of(t):  # "Vice Mayor" compound heads, "Shanghai" inside a noun phrase
                    if deps[child.i] in ("compound", "nmod", "amod") and entity_of[child.i] \
                            and not self.paired(child.i):
                        eid = entity_of[child.i]
                        break
            elif eid is None and pos == "NOUN" and self.word_tags[i] == "NNS" and "Place" in labels \
                    and (lemma in self._pair_nouns or lemma in self.party_nouns):
                # "visit Jiangsu and Zhejiang provinces", "the Hong Kong and Guangdong governments": the places named
                # before the plural, two or more ("Mainland cities" are not the Mainland); "the governments of A and
                # B": after it
                for child in self.children_of(t):
                    if deps[child.i] in ("compound", "nmod") and entity_of[child.i] \
                            and self.label(entity_of[child.i]) == "Place" \
                            and any(deps[g.i] == "conj" and self.entity_at(g) for g in self.children_of(child)):
                        visit(child, depth + 1)
                    elif deps[child.i] == "prep" and self.word_lowers[child.i] == "of" and lemma in self.party_nouns:
                        for g in self.children_of(child):
                            if deps[g.i] == "pobj":
                                visit(g, depth + 1)
            elif eid is None and (pos == "NOUN" or pos == "ADJ" and deps[i] in OBJECT_DEPS) and lemma in self._classifiers:
                # (an event noun the tagger takes for an adjective as an object: "joined a roundtable")
                for child in self.children_of(t):  # a name before its class noun: the "Hello Hong Kong" programme (read
                    # as a possessive too: the "Old Town Stories" screening)
                    found = entity_of[child.i] if deps[child.i] in ("compound", "nmod", "nummod", "poss") else None
                    if found and self.label(found) in ("Event", "Initiative"):
                        eid = found
                        break
                else:  # its name after it: a seminar "titled", "entitled" or "themed" "X"
                    eid = next((found for child in self.children_of(t) if deps[child.i] == "acl"
                                and self.word_lemmas[child.i] in self._title_verbs
                                for g in self.children_of(child) if deps[g.i] in ("oprd", "dobj", "attr", "xcomp")
                                for found in [entity_of[g.i] or next((entity_of[x.i] for x in self.subtree_of(g)
                                                                      if entity_of[x.i]), None)]
                                if found and self.label(found) in ("Event", "Initiative")), None) \
                        or self._quoted_title_on(t)
            if eid is not None:
                label = self.label(eid)
                if label in labels:
                    out.append(Arg(eid, label, "mention"))
                elif label == "Post" and "Person" in labels and eid in self.holders:
                    out.append(Arg(self.holders[eid], "Person", "holder"))
            elif lower in PRONOUNS and "Person" in labels:
                antecedent = self._bound(t) or self.last_person.get("any")
                if antecedent and self._gender.get(antecedent, PRONOUNS[lower]) != PRONOUNS[lower]:
                    # "Mrs Lam welcomed Mr Wang ..., following his first visit": "his" is not Mrs Lam
                    antecedent = self._last_of_gender(t, PRONOUNS[lower])
                if antecedent:
                    out.append(Arg(antecedent, "Person", "pronoun"))
            elif "Person" in labels and deps[i] in OBJECT_DEPS and self._titled_holder(t):
                # "also met the Mayor and other officials": the one person the release gives a post of that title
                out.append(Arg(self._titled_holder(t), "Person", "holder"))
            elif "Person" in labels and t.tag_ == "NNS" and lemma in self._descriptions and self.entity_at(t) is None \
                    and self._counted(t):
                # "the three state leaders", "the two officials": the people of the last list of that many
                out.extend(Arg(eid, "Person", "pronoun") for eid in self._last_people(t, self._counted(t)))
            elif self._is_description(t) and deps[i] in SUBJECT_DEPS and "Person" in labels and self.last_person.get("any"):
                # a description for the official named last: "The security chief then toured ..."
                out.append(Arg(self.last_person["any"], "Person", "pronoun"))
            elif lemma in self._pair_nouns and "Place" in labels \
                    and any(c.lower_ in ("two", "both") for c in self.children_of(t)):
                # "the two places": the pair the release is about, else the traveller's home and destination
                for eid in self._last_two_of_kind(t, lemma) or self.pair or self._home_and_destination(lemma):
                    out.append(Arg(eid, self.label(eid), "pronoun"))
            elif lemma in self._pair_nouns and "Place" in labels and t.tag_ == "NN" and t.dep_ == "pobj" \
                    and t.head.lower_ == "with" and any(c.lower_ in ("the", "this") for c in self.children_of(t)):
                # "co-operation with the province", "work with the city": the place of that kind named last
                named = self._named_kind_before(t, lemma)
                if named:
                    out.append(Arg(named, "Place", "pronoun"))
            elif lemma in self._pair_nouns and "Place" in labels and t.tag_ == "NN" \
                    and any(c.lower_ in ("the", "this") for c in self.children_of(t)) and self._travel_object(t):
                # "came to the city", "toured the province": the place a trip was last stated to go to, else the
                # place of that kind named last in the sentence ("praised Shenzhen's firms as he toured the city")
                place = self.last_person.get("destination") or self._named_kind_before(t, lemma, self.sentence_of(t.i).start_char)
                if place:
                    out.append(Arg(place, "Place", "pronoun"))
            elif self.two_sides(t):
                # "the two sides", "both administrations": the two parties stated last, else the two places
                pair = self.parties_pair[0] or self.pair
                out.extend(Arg(eid, self.label(eid), "pronoun") for eid in pair if self.label(eid) in labels)
            elif lower in ("they", "both") and t.dep_ in SUBJECT_DEPS or lower == "their" and t.dep_ == "poss":
                out.extend(self._plural(labels))  # ("their meeting": theirs as "they" would be)
            elif lower == "it" and depth == 0 and ("Event" in labels or "Mechanism" in labels):
                found = self._it_event(t)  # "It was co-chaired by A and B", "It was held in X"
                if found and self.label(found) in labels:
                    out.append(Arg(found, self.label(found), "event-noun"))
            elif lemma in self._body_heads and "Organization" in labels and pos == "NOUN" and t.tag_ == "NN" \
                    and any(self.word_lowers[c.i] in ("the", "this") for c in self.children_of(t)) \
                    and not any(deps[c.i] in ("prep", "compound", "amod") for c in self.children_of(t)):
                # "The department will host X": the one body with that head word named before ("the Department of
                # Justice"); nobody when two were ("the Security Bureau and the Transport Bureau ... the bureau")
                named = [e.id for e in self.entities if e.label == "Organization" and lemma in self.word_set(e.name)
                         and any(s0 < t.idx for s0, _ in e.spans)]
                if len(named) == 1:
                    out.append(Arg(named[0], "Organization", "pronoun"))
            elif "Person" in labels and depth == 0 and (lemma in self._delegation_nouns or self.members_of_delegation(t)):
                # "the delegation", "Members of the delegation", "the delegation members": its leader; with no
                # leader named, the people who travel as one ("A, B and C arrived in X. The delegation visited Y")
                led = self._led_by(t) or self.last_person.get("leader")
                if led is None and len(self.group[0]) > 1 and self._sentence_no - self.group[1] <= 1:
                    out.extend(Arg(e, "Person", "pronoun") for e in self.group[0])
                elif leader := self.leader_of(t):
                    out.append(Arg(leader, "Person", "pronoun"))
            elif lemma in self._event_nouns and any(c.lower_ in ("the", "this") for c in self.children_of(t)) \
                    and t.tag_ != "NNS" and ("Event" in labels or "Mechanism" in labels):
                owner = [g for c in self.children_of(t) if c.dep_ == "prep" and c.lower_ == "of" for g in self.children_of(c)
                         if g.dep_ == "pobj"]
                # "the working session of the gathering": the session of whatever "the gathering" is; "the signing
                # ceremony for the memorandum" is one of its own, not the event named last
                purpose = any(c.dep_ == "prep" and c.lower_ == "for" for c in self.children_of(t))
                recent = None if owner or purpose else self.named_last(t)
                if recent and lemma == "meeting" and self._met_since(recent, t):
                    recent = None  # "Mr Lee met the delegation ... B also attended the meeting": that meeting
                if not owner and recent is None and "Mechanism" in labels and lemma in self._session_words:
                    recent = self.named_last(t, "Mechanism")  # "the meeting" of a series named only as a series
                for g in owner:
                    visit(g, depth + 1)
                if recent:
                    out.append(Arg(recent, self.label(recent), "event-noun"))
            elif lemma in self._session_words and "Mechanism" in labels \
                    and any(c.lower_ == "its" and c.dep_ == "poss" for c in self.children_of(t)):
                # "the Committee convened its third meeting": a session of the series named last
                recent = self.named_last(t, "Mechanism")
                if recent:
                    out.append(Arg(recent, "Mechanism", "event-noun"))
            elif lemma in self._agreement_nouns and "Agreement" in labels and self.word_tags[i] == "NNS" and eid is None:
                # "the (three) agreements", "these agreements": the ones named last, in this sentence or the one before
                out.extend(Arg(a, "Agreement", "event-noun") for a in self._agreements_named_last(t))
            elif lemma in self._agreement_nouns and "Agreement" in labels and self.word_tags[i] != "NNS" \
                    and any(c.lower_ in ("the", "this", "a", "an") for c in self.children_of(t)):
                # (not "the four co-operation agreements": several, not the one named)
                # "a framework agreement" in lower case is a new one, not the one named before
                definite = any(c.lower_ in ("the", "this") or t.text[0].isupper() for c in self.children_of(t))
                bare = not any(c.dep_ in ("compound", "amod", "nmod") for c in self.children_of(t))
                recent = self.named_last(t, "Agreement") if definite else None  # "signed a Framework Agreement" after naming it
                if recent is None and eid is None and (definite or bare):
                    # "Hong Kong today signed an agreement with X ... This is the sixth comprehensive agreement for
                    # the avoidance of double taxation (CDTA)": a release that names one agreement, after its first word
                    # of it, speaks of that one
                    recent = self.only_one("Agreement", after=t.idx)
                if recent:
                    out.append(Arg(recent, "Agreement", "event-noun"))
            for child in self.children_of(t):
                dep = deps[child.i]
                if dep == "appos" or (conj and dep == "conj"):
                    visit(child, depth + 1)
                elif conj and eid is not None and dep in ("nmod", "compound") and entity_of[child.i] not in (None, eid) \
                        and _kin(self.label(entity_of[child.i]), self.label(eid)) \
                        and any(deps[g.i] == "cc" for g in self.children_of(child)):
                    visit(child, depth + 1)  # "visited New York and Washington DC" read as one noun phrase: both
                    # (or a place and a body: "visited the X Technology Park and the Y Museum")
                elif dep == "prep" and eid is None and pos == "NOUN" and self._examples(child):
                    # "three other countries, including A, B and C", "partners such as A and B": the names listed
                    for g in self.children_of(child):
                        if g.dep_ == "pobj":
                            visit(g, depth + 1)
            if conj and eid is not None:
                # a conjunct the parser hung on a later word of the name ("signed the Memorandum of Understanding
                # on X Services and the Agreement on Y": "Agreement" under "Services") is the name's conjunct (and
                # so is a list's next name read as an apposition: "including the MoU on X Tourism, the Y Agreement")
                end = i + 1
                while end < len(entity_of) and entity_of[end] == eid:
                    end += 1
                for j in range(i + 1, end):  # (a name of the same class: not "the X Office and Mr A")
                    for child in self.children_of(t.doc[j]):
                        if deps[child.i] in ("conj", "appos") and child.i >= end and entity_of[child.i] is not None \
                                and self.label(entity_of[child.i]) == self.label(eid):
                            visit(child, depth + 1)

        visit(token, 0)
        return out

    def _it_event(self, it: Token) -> str | None:
        """What "It" opening a sentence refers to as the subject of its verb: the event (or series) named last in
        this sentence or the one before, when no body, scheme or agreement was named after it ("The X Forum was
        held in Y today. It was organised by Z"); not an expletive ("It is important to ...", "It is expected
        that ...")."""
        verb = it.head
        sent = self.sentence_of(it.i)
        if it.i != sent.start or self.word_deps[it.i] not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
                or any(self.word_deps[c.i] in ("xcomp", "ccomp", "acomp") for c in self.children_of(verb)):
            return None
        before = self.sentence_of(sent.start - 1) if sent.start > 0 else sent
        if before.start > 0 and self.word_lowers[before.start] == "it":
            before = self.sentence_of(before.start - 1)  # "X met in Y. It was the sixth such meeting. It was co-chaired"
        start = before.start_char
        named = [(end, begin, ent.id) for ent in self.entities if ent.label not in ("Place", "Person", "Post")
                 for begin, end in ent.spans if start <= begin and end <= it.idx]
        if not named:
            return None
        _, _, last = max(named, key=lambda x: (x[0], -x[1]))  # (the outer name of a session, not its series)
        return last if self.label(last) in ("Event", "Mechanism") else None

    def body_owned(self, noun: Token) -> bool:
        """Whether a noun belongs to a body named before it ("the X Council's visit", "the X Council panel's
        visit", "the X Council duty visit") and the clause's verb does not make its subject take part (join, lead,
        accompany): then the subject of the clause does not do what the noun says."""
        owners = [t for c in self.children_of(noun) if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < noun.i
                  for t in self.subtree_of(c)]
        if not any((e := self.entity_at(c)) is not None and self.label(e) == "Organization" for c in owners):
            return False
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return self.word_lemmas[verb.i] not in self._lead_verbs | self.words.family["meet_join"] | {"join", "participate"}

    def _examples(self, prep: Token) -> bool:
        """Whether a preposition on a noun lists examples of it: "including", "such as"."""
        lower = self.word_lowers[prep.i]
        if lower in self._example_preps:
            return True
        return any(phrase[-1] == lower and tuple(self.word_lowers[max(0, prep.i + 1 - len(phrase)):prep.i + 1]) == phrase
                   for phrase in self._example_phrases)

    def _last_of_gender(self, t: Token, gender: str) -> str | None:
        """The person of that gender (by their honorific) named last before ``t``."""
        return self._started_last(t, (eid for eid, g in self._gender.items() if g == gender))

    @staticmethod
    def word_set(name: str) -> frozenset[str]:
        """The lower-case words of a name."""
        return frozenset(re.findall(r"[a-z]+", name.lower()))

    def _started_last(self, t: Token, ids: Iterable[str]) -> str | None:
        """Of the entities ``ids``, the one with a name starting last before ``t`` (the first of a tie)."""
        best, at = None, -1
        for eid in ids:
            start = max((s0 for s0, _ in self.ents[eid].spans if s0 < t.idx), default=-1)
            if start > at:
                best, at = eid, start
        return best

    def _last_two_of_kind(self, t: Token, noun: str) -> tuple[str, ...]:
        """The two places of kind ``noun`` named last before ``t`` ("visit Hunan and Henan ... co-operation with the
        two provinces"); nothing for "the two places" (any kind: the pair the release is about) or when fewer than
        two of that kind were named."""
        if noun == "place":
            return ()
        named = []
        # (a place printed only inside a title is no place stated: "the Secretary for Constitutional and Mainland Affairs")
        titles = [span for e in self.entities if e.label == "Post" for span in e.spans]
        for e in self.entities:
            start = max((s0 for s0, e0 in e.spans if s0 < t.idx
                         and not any(a <= s0 and e0 <= b for a, b in titles)), default=-1)
            if e.label == "Place" and e.kind == noun and start >= 0:
                named.append((start, e.id))
        return tuple(eid for _, eid in sorted(named)[-2:]) if len(named) >= 2 else ()

    def _home_and_destination(self, noun: str = "place") -> tuple[str, ...]:
        """The traveller's home place (the jurisdiction of their post) and where they travelled, when the
        release names both: what "the two places" are when no pair was stated. "The two economies" or
        "countries" are the country of a city travelled to, when the release prints it ("London, the United
        Kingdom")."""
        traveller, destination = self.last_person.get("traveller"), self.last_person.get("destination")
        if traveller is None or destination is None or self._jurisdiction is None:
            return ()
        if noun in ("economy", "country") and self.ents[destination].kind == "city":
            destination = next((p for p in self.enclosing.get(destination, ()) if self.ents[p].kind == "country"),
                               destination)
        homes = {self._jurisdiction(self.ents[o].name) for s, p, o in self.facts if s == traveller and p == "holdsPost"}
        home = next((e.id for e in self.entities if e.label == "Place" and e.name in homes and e.id != destination), None)
        return (home, destination) if home else ()

    def _named_kind_before(self, t: Token, noun: str, since: int = 0) -> str | None:
        """The place named last before ``t`` (and from character ``since``) whose kind is ``noun`` ("province",
        "city"; "place": any)."""
        kinds = _KINDS_OF.get(noun, (noun,))
        return self._started_last(t, (e.id for e in self.entities if e.label == "Place" and (noun == "place" or e.kind in kinds)
                                      and any(since <= s0 < t.idx for s0, _ in e.spans)))

    def events_so_far(self, noun: Token, sent: Span) -> list[Arg]:
        """What a plural event noun with no name of its own refers to ("the events", "the meetings", "both
        functions"): every event (or series) attended or chaired in the release up to ``sent``, not only the one
        named last; nothing when only one was (after one event, "the meetings" are others, held at it or later),
        nor for "the meetings of X", "the events to be held in Y" (events of their own)."""
        if self.plural_occasion(noun, counted=False) is None \
                or any(self.word_deps[g.i] in ("prep", "acl", "relcl") for g in self.children_of(noun)):
            return []
        events = list(dict.fromkeys(f.object for f in self.facts.values() if f.predicate in ("attended", "chaired")
                                    and f.start <= sent.start_char and self.label(f.object) in ("Event", "Mechanism")))
        return [Arg(e, self.label(e), "event-noun") for e in events] if len(events) > 1 else []

    def owner_only(self, entity: str, others: list[str], sent: Span) -> bool:
        """Whether ``entity`` is named in ``sent`` only as the owner of another of ``others``, after "of (the)"
        ("by the X Office (XO) of the [Y Government]": the office organises, not the government)."""
        mine = [s for s, _ in self.ents[entity].spans if sent.start_char <= s < sent.end_char]
        ends = [e for o in others if o != entity for s, e in self.ents[o].spans if sent.start_char <= s < sent.end_char]
        return bool(mine) and all(any(e <= s and _OWNER_GAP.match(self.text, e, s) for e in ends) for s in mine)

    def plural_occasion(self, noun: Token, counted: bool = True) -> str | None:
        """The event noun (lemma) of an unnamed plural occasion the text refers back or forward to: "the
        seminars", "both receptions", and with ``counted`` "two forums"; None for any other word."""
        words = ("the", "these", "those", "both", "all", "two", "three") if counted else ("the", "these", "those", "both", "all")
        if self.word_tags[noun.i] != "NNS" or self.word_lemmas[noun.i] not in self._event_nouns \
                or self.entity_at(noun) is not None \
                or not any(self.word_lowers[d.i] in words for d in self.children_of(noun)):
            return None
        return self.word_lemmas[noun.i]

    def plural_organised(self, noun: Token, organisers: list[Arg], sent: Span) -> list[Arg]:
        """The occasions an unnamed plural occasion organised by ``organisers`` refers back to (those attended
        before: :meth:`events_so_far`); with none, its organisers are kept for the occasions the release names
        later as those (:attr:`plural_organisers`)."""
        events = self.events_so_far(noun, sent)
        if not events:
            self.plural_organisers.setdefault(self.word_lemmas[noun.i], []).extend(organisers)
        return events

    def named_just_before(self, sent: Span) -> list[Arg]:
        """The one event the sentence before ``sent`` names, if it names one only ("The X Expo opened today. Officiating
        guests included A and B": the Expo; not after "A attended the X Summit and the Y Forum")."""
        if sent.start == 0:
            return []
        before = self.sentence_of(sent.start - 1)
        named = {e.id for e in self.entities if e.label == "Event"
                 and any(before.start_char <= s0 and e0 <= before.end_char for s0, e0 in e.spans)}
        return [Arg(named.pop(), "Event", "event-noun")] if len(named) == 1 else []

    def attended_last(self, sent: Span) -> list[Arg]:
        """The event (or series) the release last reported someone attending or chairing before ``sent``: what
        "Other attendees included A" or "Also present were B" refer to; nothing when the sentence that reported
        it names several, or when a meeting was reported after it (those present were at the meeting)."""
        last, found, met = -1, [], -1
        for f in self.facts.values():
            if f.start >= sent.start_char:
                continue
            if f.predicate == "metWith":
                met = max(met, f.start)
            elif f.predicate in ("attended", "chaired") and self.label(f.object) in ("Event", "Mechanism") \
                    and f.start >= last:
                if f.start > last:
                    last, found = f.start, []
                found.append(f.object)
        found = list(dict.fromkeys(found))
        return [Arg(found[0], self.label(found[0]), "event-noun")] if len(found) == 1 and met <= last else []

    def _travel_object(self, t: Token) -> bool:
        """Whether ``t`` is where a trip goes: the object of a verb of travel, or "to/in" after one."""
        head = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("to", "in") else t.head if t.dep_ == "dobj" else None
        return head is not None and head.lemma_.lower() in self.words.family["visit"]

    def two_sides(self, t: Token) -> bool:
        """Whether ``t`` is "the two sides", "both sides", "both administrations" (a party noun counted as two)."""
        return self.word_lemmas[t.i] in self.party_nouns and any(self.word_lowers[c.i] in ("two", "both")
                                                                 for c in self.children_of(t))

    def recent_met(self) -> tuple[str, ...]:
        """The two people who met in this sentence or the one before (for "both sides"), else ()."""
        pair, at = self.met_pair
        return pair if pair and self._sentence_no - at <= 1 else ()

    def _they_acts(self, sent: Span) -> bool:
        """Whether "they" is a subject of ``sent`` and no pair of parties (bodies, places) is in reach for it."""
        pair, at = self.parties_pair
        return not (pair and self._sentence_no - at <= 1) and any(
            self.word_lowers[t.i] == "they" and self.word_deps[t.i] in SUBJECT_DEPS for t in sent)

    def _plural(self, labels: tuple[str, ...]) -> list[Arg]:
        """What "they" as a subject refers to: the two parties (or, for people, the people listed as one
        subject, else the two who met) stated in this sentence or the one before; nothing when both or
        neither are at hand."""
        # (a group still in reach wins over two who met: the meeting may be the one "they" report)
        people = self.group if self.group[0] and self._sentence_no - self.group[1] <= 1 else self.met_pair
        pairs = [pair for pair, at in (self.parties_pair, people)
                 if pair and self._sentence_no - at <= 1 and all(self.label(e) in labels for e in pair)]
        if len(pairs) != 1:
            return []
        return [Arg(eid, self.label(eid), "pronoun") for eid in pairs[0]]

    def _bound(self, pronoun: Token) -> str | None:
        """The person a pronoun in a subordinate clause refers to: the subject of a clause above it in the
        same sentence ("Mr Xi also spoke at X when he visited Chile"; "Mr Lee said he would ..."). A possessive
        is read from the clause of its noun phrase: "Mr A said his visit to X had ..." (the phrase the subject
        of a clause below), "the measures announced by Mr B during his visit" (the agent of a participle)."""
        clause = pronoun.head
        if self.word_deps[pronoun.i] == "poss":
            sent = self.sentence_of(pronoun.i)
            named = [t for t in self.tokens[sent.start:pronoun.i] if self.entity_at(t) is not None
                     and self.label(self.entity_at(t)) == "Person"]
            if named and self.word_deps[named[-1].i] == "poss" and (gender := PRONOUNS.get(self.word_lowers[pronoun.i])) \
                    and self._gender.get(self.entity_at(named[-1]), gender) == gender:
                return self.entity_at(named[-1])  # "President Xi's speeches during his visit": the last one named,
                # as the owner of something
            below = pronoun
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause, below = clause.head, clause
            named = [q for c in self.children_of(clause) if c.dep_ == "agent" and c.i < pronoun.i
                     for p in self.children_of(c) for q in self.args_at(p, ("Person",), conj=False) if q.via == "mention"]
            if named:
                return named[0].entity
            gender = PRONOUNS.get(self.word_lowers[pronoun.i])
            subject = [q for c in self.children_of(clause) if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
                       for q in self.args_at(c, ("Person",), conj=True) if q.via == "mention"]
            if len(subject) == 1 and gender and self._gender.get(subject[0].entity, gender) == gender:
                return subject[0].entity  # "Mr Lee recalled his visit to Lima": the one subject of the clause
            if any(c.dep_ in SUBJECT_DEPS and c.i != below.i and (
                    self.word_lowers[c.i] in PRONOUNS or self.args_at(c, ("Person",), conj=False))
                   for c in self.children_of(clause)):
                return None  # (the subject of the phrase's own clause is read by the clause's frame, with its co-subjects;
                # not a subject that is no one: "Mr A said trade had grown since his visit to X" is Mr A's visit)
        while clause.dep_ in ("advcl", "ccomp", "relcl", "xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
            while clause.pos_ not in ("VERB", "AUX") and clause.dep_ in ("pobj", "prep", "dobj", "npadvmod", "appos") \
                    and clause.head.i != clause.i:  # "depart for Nanjing, where he will ...": the verb above the place
                clause = clause.head
            for c in self.children_of(clause):
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i and c.lower_ not in PRONOUNS:
                    found = [a for a in self.args_at(c, ("Person",), conj=False) if a.via == "mention"]
                    if found:
                        return found[0].entity
        return None

    def performers(self, v: Token) -> list[Arg]:
        """Who performs the event a clause reports as its object: "witnessed the signing of X by A and B
        at a ceremony held in Y" (A and B were there too). ``v`` may be a participle on a noun of the
        clause ("held" on "ceremony")."""
        for _ in range(3):
            if v.dep_ not in ("acl", "pobj", "prep") or v.head.i == v.i:
                break
            v = v.head
        out = []
        for c in self.children_of(v):
            if c.dep_ not in ("dobj", "obj") or c.lemma_.lower() not in self._event_nouns or self.entity_at(c) is not None:
                continue
            by = [b for b in self.children_of(c) if b.dep_ == "prep" and b.lower_ == "by"]
            if by:  # (the parser may hang the later names of the list on the noun itself)
                named = [t for b in by for t in self.subtree_of(b)] + [t for g in self.children_of(c) if g.dep_ == "conj" for t in self.subtree_of(g)]
                out += [a for t in named for a in self.args_at(t, ("Person",), conj=False)]
                out += [a for b in by for a in self.named_after(b)]
        return list({a.entity: a for a in out}.values())

    def named_after(self, token: Token, labels: tuple[str, ...] = ("Person",), semicolons: bool = False) -> list[Arg]:
        """Every name printed after ``token`` up to the next clause (a verb, ";", ":" or a relative word): the list a
        preposition opens, which the parser may hang anywhere ("by the Secretary for X, Mr A, and Vice Governor of Y
        Mr B", the later names on the main verb); with ``semicolons``, a list of titled names set off by semicolons
        ("by the Secretary for X, Mr A; the Director of Y, Mr B; and ...") goes on across them."""
        sent = self.sentence_of(token.i)
        out: list[Arg] = []
        stops = (":", "while", "which", "who") if semicolons else (";", ":", "while", "which", "who")
        for t in sent[token.i + 1 - sent.start:]:
            if t.pos_ in ("VERB", "AUX") and self.entity_at(t) is None or t.lower_ in stops:
                break  # (a verb of its own, not a word of a name: "the United Front Work Department")
            out += [a for a in self.args_at(t, labels, conj=False) if a.via == "mention"]
        return list({a.entity: a for a in out}.values())

    def leader_of(self, token: Token) -> str | None:
        """Who leads "the delegation": "the delegation (of the X Council) led by Mr Lee", else the release's
        leader, else the official who travelled first in the release."""
        return self._led_by(token) or self.last_person.get("leader") or self.last_person.get("traveller")

    def _led_by(self, token: Token) -> str | None:
        """The leader printed with a delegation noun: "the delegation (of the X Council) led by Mr Lee", "Led by
        Mr Lee, the delegation visited X" (a participle before the clause the delegation is the subject of)."""
        opening = [c for c in self.children_of(token.head) if c.dep_ == "advcl" and c.i < token.i
                   and c.tag_ == "VBN"] if token.dep_ in ("nsubj", "nsubjpass") else []
        for child in [*self.subtree_of(token), *opening]:
            if child.dep_ in ("acl", "advcl") and child.lemma_.lower() in self._lead_verbs \
                    and all(t.lemma_.lower() not in self._delegation_nouns for t in self.subtree_of(child)):
                for agent in self.children_of(child):
                    if agent.dep_ == "agent":
                        for p in self.children_of(agent):
                            found = self.args_at(p, ("Person",))
                            if found:
                                return found[0].entity
                        # (the parser may break up a lower-case title before the name: "led by committee
                        # vice-chairman A", A read as the next verb's subject): the first person named after "by"
                        found = self.named_after(agent)
                        if found:
                            return found[0].entity
        return None

    def only_one(self, label: str, after: int = -1) -> str | None:
        """The one entity of ``label`` the release names, if it names it only after character ``after``."""
        named = [e for e in self.entities if e.label == label]
        return named[0].id if len(named) == 1 and all(s0 > after for s0, _ in named[0].spans) else None

    def _met_since(self, event: str, token: Token) -> bool:
        """Whether someone named met someone in a sentence after the one that last names ``event``, before the
        sentence of ``token`` ("The X Summit will open tomorrow. Mr A met the delegation today. B also attended the
        meeting"): "the meeting" is then that meeting, which has no name."""
        named = max((s for s, e in self.ents[event].spans if e <= token.idx), default=-1)
        if named < 0:
            return False
        meet = self.words.family["meet"]
        first = self.sentence_of(self.doc.char_span(named, named + 1, alignment_mode="expand").start).end
        last = self.sentence_of(token.i).start
        return any(self.word_pos[i] == "VERB" and self.word_lemmas[i] in meet
                   and self.subjects(self.doc[i], ("Person",)) for i in range(first, last))

    def named_last(self, token: Token, label: str = "Event") -> str | None:
        """The entity of ``label`` named last before ``token`` (what "the event" refers to)."""
        best = None
        for eid, ent in self.ents.items():
            if ent.label != label:
                continue
            for s, e in ent.spans:  # (of two names ending together, the whole: "the 2024 [X Forum]" is the edition)
                if e <= token.idx and (best is None or (e, -s) > best[0]):
                    best = ((e, -s), eid)
        return best[1] if best else None

    def _infinitive_subject(self, v: Token) -> Token | None:
        """The subject printed right before an infinitive's "to", after "for" or as its own subject ("for A to
        do X", "A to do X" read with A as the subject); not a place the parser took for one ("arrived in Sanya,
        Hainan to attend X")."""
        if v.i < 2 or self.word_lowers[v.i - 1] != "to":
            return None
        t = self.tokens[v.i - 2]
        own = self.word_deps[t.i] in SUBJECT_DEPS and t.head.i == v.i
        after_for = self.word_deps[t.i] == "pobj" and self.word_lowers[t.head.i] == "for"
        if not (own or after_for) or self.word_pos[t.i] not in ("NOUN", "PROPN"):
            return None
        eid = self.entity_at(t)
        return None if eid is not None and self.label(eid) == "Place" else t

    def subjects(self, v: Token, labels: tuple[str, ...], agent: bool = False, inherit: bool = True) -> list[Arg]:
        out: list[Arg] = []
        deps = self.word_deps
        for child in self.children_of(v):
            dep = deps[child.i]
            if dep in SUBJECT_DEPS and self.word_tags[child.i] == "VBN" \
                    and self.word_lemmas[child.i] in self.words.family["meet_join"]:
                # "Accompanied by A and B, the Chief Executive, Mrs C, met ..." read with the participle as the
                # subject: the principal is the name printed last before the verb
                named = [a for t in self.subtree_of(child) for a in self.args_at(t, labels, conj=False)]
                out += named[-1:]
            elif dep in SUBJECT_DEPS and self._object_read_as_subject(v, child):
                if self.word_deps[v.i] == "ROOT":
                    out += self._named_before_verb(v)
                continue  # "and then met Mr A (Mayor of X)": A is met, the subject the first verb's
            elif dep in SUBJECT_DEPS:
                out += self.args_at(child, labels)
                if "Person" in labels and v.i in self.listed_subjects(SUBJECT_DEPS):
                    named = {a.entity for a in out}
                    out += [a for a in self._listed_people(child) if a.entity not in named]
            elif agent and dep == "agent":
                for p in self.children_of(child):
                    if p.dep_ == "pobj":
                        out += self.args_at(p, labels)
        if "Person" in labels and v.pos_ in ("VERB", "AUX") \
                and (out or not any(deps[c.i] in SUBJECT_DEPS for c in self.children_of(v))):
            # (also when the parser found no subject: "Under Secretary for A B and ..." read as a preposition)
            named = {a.entity for a in out}
            out += [a for a in self._printed_list(v) if a.entity not in named]
        infinitive = any(deps[c.i] == "aux" and self.word_tags[c.i] == "TO" for c in self.children_of(v))
        if not out and infinitive and v.dep_ == "xcomp":
            # object control: "invited the guests to visit X", "encouraged Mr A to attend Y": the one invited
            # does it (no one named when the object names no one), not the one inviting; but one who leads a
            # delegation to do something does it too ("led the delegation to hold the session")
            objects = [c for c in self.children_of(v.head) if c.dep_ in ("dobj", "obj") and c.i < v.i]
            if objects and self.word_lemmas[v.head.i] in self._with_object_verbs:
                # "They joined other ministers to call on Mr A", "accompanied Mr B to visit X": the subject does it,
                # with those it joins
                return self.subjects(v.head, labels, agent, inherit) + [a for c in objects for a in self.args_at(c, labels)]
            if objects and self.word_lemmas[v.head.i] not in self._lead_verbs:
                return [a for c in objects for a in self.args_at(c, labels)]
        own = self._infinitive_subject(v) if infinitive and not out else None
        if own is not None:
            # "for A to do X" ("measures for practitioners to practise in X", "support for the Government to hold
            # the Exhibition"): A does it, whoever the clause above is about
            return self.args_at(own, labels)
        if not out and infinitive:
            # "arrived in Sanya, Hainan to attend X": an infinitive has no subject of its own (the parser
            # took the place before it for one); its subject is that of the clause it completes
            out = [a for c in self.children_of(v) if c.dep_ in ("ccomp", "advcl") and c.i < v.i and c.pos_ == "VERB"
                   for a in self.subjects(c, labels, agent, inherit)]
            if out:
                return out
        if not out and any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS
                           and not self._object_read_as_subject(v, c) for c in self.children_of(v)) \
                and not infinitive:
            return out  # the verb has its own subject, and it is not one of these: "the SHETO has paid visits"
        if not out and v.dep_ == "pcomp" and v.head.dep_ == "prep" and self.word_lowers[v.head.i] not in TEMPORAL_PREPS:
            # "welcomed Mr Zhou and his delegation for visiting Hong Kong": the one welcomed visits (not "visit X
            # before travelling to Y": the clause's subject travels)
            governor = v.head.head
            while governor.pos_ in ("NOUN", "PROPN") and governor.dep_ in ("dobj", "conj", "pobj") \
                    and governor.head.i != governor.i:
                governor = governor.head
            objects = [a for c in self.children_of(governor) if c.dep_ in ("dobj", "obj") for a in self.args_at(c, labels)]
            if objects or any(c.dep_ in ("dobj", "obj") and self.entity_at(c) for c in self.children_of(governor)):
                # "thanked Anhui for hosting the Expo": the one thanked hosts, not the one thanking
                return objects
            thanks = [c for c in (governor, *self.children_of(governor)) if c.dep_ in ("dobj", "obj", "ROOT")
                      and c.pos_ == "NOUN" and (self.word_lemmas[c.i] in self._thanks_nouns
                                                or self.word_lowers[c.i] in self._thanks_nouns)]
            thanked = [p for t in (*thanks, governor) for c in self.children_of(t) if c.dep_ == "prep"
                       and self.word_lowers[c.i] == "to" for p in self.children_of(c) if p.dep_ == "pobj"] if thanks else []
            if thanked:  # "expressed his gratitude to Guizhou for hosting X": the one thanked ("to" the thanks or
                # its verb) hosts, not the one thanking ("to the guests for attending": nobody named attends)
                return [a for p in thanked for a in self.args_at(p, labels)]
        if not out and v.dep_ == "pobj" and v.head.dep_ == "prep" and v.pos_ == "NOUN" and self.body_owned(v):
            return out  # "arrangements for the Legislative Council duty visit to X": the body's
        if not out and v.dep_ == "pobj" and v.head.dep_ == "prep" and self.word_lowers[v.head.i] == "for" \
                and any(self.word_deps[c.i] == "poss" for c in self.children_of(v)):
            # "extended his welcome (expressed his thanks) to Mr A for his visit": the one it was extended to
            # (the "to" on the word "for" hangs on, or on a word above it: the parser may hang "for" on a name)
            to = next((found for a in (v.head.head, *v.head.head.ancestors)
                       if (found := [c for c in self.children_of(a) if self.word_deps[c.i] == "prep"
                                     and self.word_lowers[c.i] == "to"])), [])
            found = [a for c in to for p in self.children_of(c) if self.word_deps[p.i] == "pobj" for a in self.args_at(p, labels)]
            found = found or [a for c in to for a in self.named_after(c, labels) if a.label in labels]
            if found:  # (the name after a list of titles: "to Member of X, Head of Y, Mr A, for his visit")
                return found
        if not out and v.dep_ == "pobj" and v.head.dep_ == "prep":
            # "during his visit to", "At his meeting with X, Mr Hui said": the clause's subject, unless the owner
            # named is someone else ("Mrs Lam welcomed Mr Wang, following his first visit": his is not hers)
            clause = self.subjects(v.head.head, labels, agent, inherit)
            owners = [c for c in self.children_of(v) if c.dep_ == "poss"] if v.pos_ == "NOUN" else []
            gender = PRONOUNS.get(self.word_lowers[owners[0].i]) if owners else None
            plural = any(self.word_deps[c.i] in SUBJECT_DEPS and self.word_lowers[c.i] in ("they", "both")
                         for c in self.children_of(v.head.head))  # ("They praised ... during his visit": not theirs)
            if owners and (gender is None or not clause or plural
                           or any(self._gender.get(a.entity, gender) != gender for a in clause)):
                return [a for c in owners for a in self.args_at(c, labels)] or clause
            return clause
        if not out and v.pos_ == "NOUN":
            for child in self.children_of(v):
                if child.dep_ == "poss":
                    out += self.args_at(child, labels)
            if not out and self.body_owned(v):
                return out  # "discussed the Trade Council's visit to X", "the Legislative Council panel's visit": the body's
            if not out and v.dep_ in OBJECT_DEPS | {"nsubj"}:
                return self.subjects(v.head, labels, agent, inherit)
        noun = v.head if v.dep_ in ("relcl", "acl") else next(
            (c for c in self.children_of(v.head) if c.dep_ == "attr" and c.i < v.i), None) if v.dep_ == "xcomp" else None
        if not out and infinitive and noun is not None and noun.pos_ in ("NOUN", "PROPN") \
                and (self.entity_at(noun) or noun.dep_ in ("attr", "oprd", "appos")):
            # "the first city to host X": the noun does it; what the noun is, when it describes something
            # ("congratulated Kunming on becoming the first city to host X", "Ms A, the first minister to visit
            # Y"; the parser may hang the infinitive on the copula); not "has a plan to visit Y"
            out = self.args_at(noun, labels)
            if not out and noun.dep_ == "appos":
                out = self.args_at(noun.head, labels, conj=False)
            elif not out:
                out = self.subjects(noun.head, labels, agent, inherit)
            return out
        if not out and v.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "which", "that")
                                                 for c in self.children_of(v)):
            # "Mr Leung, who came to Shanghai"; "the Games, which will be held in X" has no person
            out = self.args_at(v.head, labels)
            first = v.head
            while not out and first.dep_ == "conj" and first.head.i != first.i and any(
                    self.word_lowers[c.i] == "who" for c in self.children_of(v)):
                # "Mr Leung and his delegation, who came to Shanghai": the one whose delegation it is
                first = first.head
                out = self.args_at(first, labels, conj=False)
            return out
        if not out and v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "agent" for c in self.children_of(v)):
            # a sentence read as a noun phrase: "[In the afternoon, the delegation [called on X]]": the noun is
            # the subject of the verb
            return self.args_at(v.head, labels)
        if not out and v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ == "NOUN" \
                and not any(self.word_deps[a.i] in SUBJECT_DEPS for a in (v.head, *v.head.ancestors)):
            # "met the chief executives attending the X Summit": those the noun names do it (its people, or a
            # delegation's leader), not the subject of the clause (but "the delegation of Members visiting X met
            # Y": the subject's own)
            return self.args_at(v.head, labels)
        if not out and inherit and v.dep_ in INHERIT_DEPS and v.head.i != v.i:
            out = self.subjects(v.head, labels, agent, inherit)
        if not out and v.pos_ == "VERB":
            # a subject the parser hung on an auxiliary: "He will co-chair" with "He" under "will"
            for t in reversed(self.tokens[self.sentence_of(v.i).start:v.i]):  # (the sentence found once, its tokens made once)
                if t.dep_ in ("nsubj", "nsubjpass") and (t.head.pos_ == "AUX" or t.head in v.ancestors or t.head == v
                                                         or (t.head.head == v and t.head.dep_ in ("punct", "prt", "aux", "auxpass"))):
                    # (or on a piece of the verb: "co" of "co-chaired")
                    out = self.args_at(t, labels)
                    break
        if not out and v.pos_ == "VERB" and v.dep_ == "ROOT" and v.i > self.sentence_of(v.i).start:
            # a name printed right before a verb without a subject: "Accompanied by A, the Chief Executive,
            # Mr B, visited ..." (the parser ran B into the phrase before it)
            before = v.doc[v.i - 1]
            before = v.doc[v.i - 2] if before.is_punct and v.i - 2 >= self.sentence_of(v.i).start else before
            if not any(c.dep_ in SUBJECT_DEPS for c in self.children_of(v)):
                out = self.args_at(before, labels, conj=False) if before.dep_ not in ("pobj", "dobj") else []
                if not out and "Person" in labels and self._is_description(before) and self.last_person.get("any"):
                    # "At the meeting with A, the justice secretary introduced ...": the official named last
                    out = [Arg(self.last_person["any"], "Person", "pronoun")]
                if not out and "Person" in labels and self.word_lemmas[v.i] == "meet":
                    # "After arriving in X, Mr A, accompanied by B, met Y": the parser hung A on the phrase before
                    out = self._named_before_verb(v)
        return out

    def _printed_list(self, v: Token) -> list[Arg]:
        """The people printed as one list opening the sentence of ``v``, up to it, when nothing but commas,
        "and" and "the" stands between their titles and names: "Secretary for A KS Wong, Under Secretary for B
        Florence Hui and Under Secretary for C David Chung will accompany Mr D" (a list the parser breaks
        up, reading "Under" as a preposition), "The Secretary for A, Mr B; the Secretary for C, Mr D; and ...,
        Ms E, will join ..." (one it cuts at the first semicolon), also after an opening phrase with no name in it
        ("Under the witness of the two leaders, the Secretary for A, Mr B, and ..., Ms C, signed ..."); nothing
        when anything else is printed there."""
        if v.i in self._printed_lists:
            return self._printed_lists[v.i]
        sent = self.sentence_of(v.i)
        first = min([v.i] + [c.i for c in self.children_of(v) if self.word_deps[c.i] in ("aux", "auxpass", "neg")
                             and c.i < v.i])
        begin, end = sent.start_char, self.doc[first].idx
        every = self._all_spans
        spans = [x for x in every[bisect_left(every, (begin,)):bisect_left(every, (end,))] if x[1] <= end]
        outer, at, gaps = [], begin, []
        for s0, e0, eid in spans:
            if s0 < at:
                continue  # (a name inside a title: the place of "Secretary for ... of X")
            gaps.append(self.text[at:s0])
            outer.append(eid)
            at = e0
        gaps.append(self.text[at:end])
        people = [eid for eid in outer if self.label(eid) == "Person"]
        found = [Arg(eid, "Person", "mention") for eid in dict.fromkeys(people)] \
            if len(set(people)) > 1 and all(_LIST_GAP.fullmatch(g) for g in gaps[1:]) \
            and (_LIST_GAP.fullmatch(gaps[0]) or _OPENING_PHRASE.fullmatch(gaps[0])) else []
        self._printed_lists[v.i] = found
        return found

    @cached_property
    def _all_spans(self) -> list[tuple[int, int, str]]:
        """Every name of the release as (start, end, entity id), in text order."""
        return sorted((s0, e0, ent.id) for ent in self.entities for s0, e0 in ent.spans)

    def _listed_people(self, subject: Token) -> list[Arg]:
        """Every person listed in a subject, however the parser nested the list: "The Director-General of X,
        Ms A, the Associate Director-General, Mr B, and the Head of Y, Mr C, will visit ..." (the parser hangs B
        and C inside A's title). A listed person is a conjunct or an apposition named by a mention, not a
        name inside a clause or a phrase of the subject ("Mr A, who met Mr B", "the wife of Mr B")."""
        if subject.i in self._listed_people_of:  # (a verb's subjects are asked for by many patterns)
            return self._listed_people_of[subject.i]
        out: list[tuple[int, Arg]] = []
        stack = list(self.children_of(subject))
        while stack:
            t = stack.pop()
            dep = self.word_deps[t.i]
            if dep in ("relcl", "acl", "advcl", "ccomp", "xcomp") or self.word_pos[t.i] in ("VERB", "AUX"):
                continue  # a clause on the subject: its names do something else
            if dep == "prep" and self.entity_at(t) is None:
                # a phrase of the subject ("together with Mr B", "the wife of Mr B"), unless it is part of a title
                # the parser split ("of Investment Promotion, Ms A" inside "the Director-General of ...")
                continue
            if dep in ("conj", "appos"):
                out += [(t.i, a) for a in self.args_at(t, ("Person",), conj=False) if a.via == "mention"]
            stack.extend(self.children_of(t))
        found = list({a.entity: a for _, a in sorted(out, key=lambda x: x[0])}.values())
        self._listed_people_of[subject.i] = found
        return found

    def _quoted_title_on(self, t: Token) -> str | None:
        """The event an event noun is "on", if printed as a quoted title: a seminar on "Green Finance -
        Riverton's Role" is that seminar (a forum on the Y Initiative, unquoted, is about its topic)."""
        for child in self.children_of(t):
            if self.word_deps[child.i] == "prep" and self.word_lowers[child.i] == "on" \
                    and child.i + 1 < len(self.tokens) and self.word_lowers[child.i + 1] in _OPENING_QUOTES:
                for g in self.children_of(child):
                    found = self._entity_of[g.i] if self.word_deps[g.i] == "pobj" else None
                    if found and self.label(found) == "Event":
                        return found
        return None

    def _titled_holder(self, t: Token) -> str | None:
        """The holder of the one post of the release that "the Mayor" (a bare capitalised title with "the")
        names; None when none or several posts start with that title."""
        if t.pos_ != "PROPN" or t.lemma_.lower() not in self._descriptions or self.entity_at(t) is not None \
                or not any(c.lower_ == "the" for c in self.children_of(t)) or any(c.dep_ == "compound" for c in self.children_of(t)):
            return None
        holders = {person for post, person in self.holders.items()
                   if self.ents[post].name.split()[0].lower() == t.lower_ and self.ents[post].spans
                   and min(self.ents[post].spans)[0] < t.idx}
        return holders.pop() if len(holders) == 1 else None

    def _is_description(self, t: Token) -> bool:
        """ "the security chief", "the justice secretary": a description noun with "the" and no name."""
        return self.word_lemmas[t.i] in self._descriptions and self.word_pos[t.i] == "NOUN" and self.word_tags[t.i] != "NNS" \
            and self.entity_at(t) is None and any(c.lower_ == "the" for c in self.children_of(t))

    def _agreements_named_last(self, t: Token) -> list[str]:
        """The agreements a definite plural refers to: "The agreements were signed by A and B" after a sentence
        naming three; "the two agreements", the last two named. Those named before ``t`` in its sentence, else in
        the sentence before; none when fewer than two (or than counted) are, nor for "four agreements" (new ones)."""
        if not any(self.word_lowers[c.i] in ("the", "these", "those", "both", "all") for c in self.children_of(t)):
            return []
        sent = self.sentence_of(t.i)
        before = self.sentence_of(sent.start - 1) if sent.start > 0 else None
        for start, end in ((sent.start_char, t.idx), *(((before.start_char, before.end_char),) if before else ())):
            named = sorted((b, e.id) for e in self.entities if e.label == "Agreement"
                           for b, f in e.spans if start <= b and f <= end)
            found = list(dict.fromkeys(eid for _, eid in named))
            n = self._counted(t)
            if len(found) >= max(n, 2):
                return found[-n:] if n else found
        return []

    def _counted(self, t: Token) -> int:
        """How many a plural noun counts ("the three leaders": 3), or 0."""
        for c in self.children_of(t):
            if c.dep_ == "nummod":
                word = self.word_lowers[c.i]
                return int(word) if word.isdigit() and int(word) < 20 else NUMBERS.get(word, 0)
        return 0

    def _last_people(self, t: Token, n: int) -> tuple[str, ...]:
        """The people of the list of ``n`` people printed last before ``t`` ("witnessed by A, B and C"), or
        the two who met last when ``n`` is 2 and no list of two comes after that meeting."""
        if n < 2:
            return ()
        lists: dict[int, list[str]] = {}
        for i, head in self._conjuncts():
            if i >= t.i:
                break
            root = head
            while self.doc[root].dep_ == "conj" and self.doc[root].head.i != root:
                root = self.doc[root].head.i
            people = lists.setdefault(root, [a.entity for a in self.args_at(self.doc[root], ("Person",), conj=False)
                                             if a.via == "mention"])
            for a in self.args_at(self.doc[i], ("Person",), conj=False):
                if a.via == "mention" and a.entity not in people:
                    people.append(a.entity)
        found = [tuple(p) for _, p in sorted(lists.items()) if len(p) == n]
        if n == 2 and self.met_pair[0] and (not found or self.met_pair[1] >= self._sentence_no - 1):
            return self.met_pair[0]
        if not found and self.sentence_of(t.i).start > 0:  # a list the parser broke ("by A; B; and C"): the sentence before,
            before = self.sentence_of(self.sentence_of(t.i).start - 1)  # when it names that many people
            named = list(dict.fromkeys(e.id for e in self.entities if e.label == "Person"
                                       for s0, _ in e.spans if before.start_char <= s0 < before.end_char))
            found = [tuple(named)] if len(named) == n else []
        return found[-1] if found else ()

    def objects(self, v: Token, labels: tuple[str, ...], preps: tuple[str, ...], deep: bool = False,
                together: bool = True) -> list[Arg]:
        """What ``v`` acts on: its objects, and those after ``preps``; with ``together`` False, not those "together
        with" or "along with" the subject ("Together with the Minister, Dr A, Mr B met Mr C": A came with B)."""
        out: list[Arg] = []
        for child in self.children_of(v):
            if child.dep_ in ("dobj", "attr", "oprd", "obj", "dative") or (child.dep_ == "nsubjpass" and not preps):
                out += self.args_at(child, labels)
                if deep or child.lemma_.lower() in self._journey_nouns:
                    for grand in self.children_of(child):
                        if grand.dep_ == "prep" and grand.lower_ in ("to", "in", "at"):
                            out += [a for p in self.children_of(grand) if p.dep_ == "pobj" for a in self.args_at(p, labels)]
            elif child.dep_ == "prep" and child.lower_ in preps:
                if not together and child.i > 0 and self.word_lowers[child.i - 1] in ("together", "along"):
                    continue
                for p in self.children_of(child):
                    if p.dep_ == "pobj":
                        out += self.args_at(p, labels)
            elif self._object_read_as_subject(v, child):
                out += self.args_at(child, labels)
            elif child.dep_ in ("pobj",) and v.dep_ == "prep":
                out += self.args_at(child, labels)
            elif child.dep_ == "conj" and child.pos_ == "PROPN" and any(
                    c.dep_ in ("dobj", "obj") and c.i < child.i for c in self.children_of(v)):
                # "will visit A and B this week" with B read as a conjunct of the verb: an object too
                out += self.args_at(child, labels)
            elif child.dep_ == "prt" and child.lower_ in preps:  # "calling on X" with X read under the particle
                out += [a for p in self.children_of(child) if p.dep_ == "pobj" for a in self.args_at(p, labels)]
            elif child.dep_ == "ccomp" and self.word_pos[child.i] == "PROPN" and self.entity_at(child) is not None:
                # "visited Riverton Robotics Company Limited": a long name the parser took for a clause of its own
                out += self.args_at(child, labels)
        if v.pos_ == "NOUN":  # "visit to Sichuan", "attendance at the forum"
            for child in self.children_of(v):
                if child.dep_ == "prep" and child.lower_ in preps:
                    out += [a for p in self.children_of(child) if p.dep_ == "pobj" for a in self.args_at(p, labels)]
        if out and v.pos_ == "VERB":
            out += self._followed_by(v, labels)
        return list({a.entity: a for a in out}.values())

    def _followed_by(self, v: Token, labels: tuple[str, ...]) -> list[Arg]:
        """The objects a verb takes next, "followed by" them: "will call on A and B, followed by C and D", "met
        the Mayor, Mr A, followed by the Governor, Mr B" (the participle hung on the verb or on its last object)."""
        sent = self.sentence_of(v.i)
        out: list[Arg] = []
        for i in range(v.i + 1, sent.end):
            if self.word_lowers[i] != "followed" or self.word_tags[i] != "VBN" or self.word_deps[i] not in ("advcl", "acl"):
                continue
            follow = self.tokens[i]
            head = follow.head
            while head.i != v.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head  # (from the object it hangs on up to its verb)
            if head.i == v.i:
                out += [a for c in self.children_of(follow) if c.dep_ == "agent" for p in self.children_of(c)
                        if p.dep_ == "pobj" for a in self.args_at(p, labels)]
        return out

    def named_only_after(self, entity: str, sent: Span, at: int) -> bool:
        """Whether ``entity`` is named in ``sent``, and only after character ``at``: no subject of a verb at ``at``,
        which it would precede (a name the parser hung on the verb from a list or a phrase after it)."""
        spans = [s for s, _ in self.ents[entity].spans if sent.start_char <= s < sent.end_char]
        return bool(spans) and min(spans) > at

    def _object_read_as_subject(self, v: Token, child: Token) -> bool:
        """Whether ``child``, a subject printed after ``v``, is the object of a verb coordinated with another:
        "He called on A and then met Mr B (Mayor of X)", with B read as the subject of "met" (a coordinated verb
        shares the first one's subject, and news prints no subject after a relation's verb; not "said Mr B")."""
        if self.word_deps[child.i] != "nsubj" or child.i < v.i or self.word_pos[v.i] != "VERB" \
                or any(self.word_deps[c.i] in ("dobj", "obj", "attr") for c in self.children_of(v)):
            return False
        if self.word_deps[v.i] == "conj":
            return self.word_lemmas[v.i] in self._trigger_lemmas
        # "Upon arriving in X, Mrs A, accompanied by B, met Y Lou Qinjian": the parser hung A on the phrase before
        # and read the one met as the subject
        return self.word_deps[v.i] == "ROOT" and self.word_lemmas[v.i] == "meet" and bool(self._named_before_verb(v))

    def _named_before_verb(self, v: Token) -> list[Arg]:
        """The first person named before ``v`` in its sentence, outside a phrase of those with them ("accompanied by
        B"): the subject of a verb the parser gave none."""
        sent = self.sentence_of(v.i)
        for t in self.tokens[sent.start:v.i]:
            if any(self.word_deps[a.i] == "agent" for a in t.ancestors if a.i > sent.start):
                continue
            found = [a for a in self.args_at(t, ("Person",), conj=False) if a.via == "mention"]
            if found:
                return found[:1]
        return []

    def people_within(self, v: Token, exclude: list[Arg]) -> list[Arg]:
        """Everyone named inside the objects of ``v``, however the parser nested the list:
        "met the Secretary of X, Mr A, and the Mayor of Y, Mr B"."""
        out: list[Arg] = []
        skip = {a.entity for a in exclude}
        for child in self.children_of(v):
            if child.dep_ not in ("dobj", "prep", "dative", "obj", "npadvmod", "conj") or child.dep_ == "conj" and child.pos_ == "VERB":
                continue
            if child.dep_ == "prep" and child.lower_ not in ("with", "on"):
                continue
            for t in self.subtree_of(child):
                if t.dep_ in ("relcl", "advcl", "xcomp") or t.pos_ == "VERB" and t.dep_ != "amod":
                    break  # (not a participle before a noun: "a working lunch with", "the visiting Minister")
                for a in self.args_at(t, ("Person",), conj=False):
                    if a.entity not in skip:
                        skip.add(a.entity)
                        out.append(a)
        return out

    @staticmethod
    def conf(a: Arg, b: Arg) -> float:
        base = CONFIDENCE["dep"]
        penalty = {"mention": 0.0, "holder": 0.05, "pronoun": 0.1, "event-noun": 0.1}
        return base - penalty.get(a.via, 0.1) - penalty.get(b.via, 0.1)

    def state_pair(self, parties: list[str]) -> None:
        """Two parties of one kind acting together ("A signed an arrangement with B"): "the two sides" from
        here on. Anything but two places or two bodies changes nothing."""
        unique = list(dict.fromkeys(parties))
        if len(unique) == 2 and self.label(unique[0]) == self.label(unique[1]):
            self.parties_pair = (tuple(unique), self._sentence_no)

    def note_parties(self, sent: Span) -> None:
        """Two bodies joined by "and" in ``sent`` ("a platform for A and B to discuss co-operation between
        the two administrations"): the pair "the two sides" refers to from here on."""
        heads = {head for i, head in self._conjuncts() if sent.start <= i < sent.end}  # the first names of lists
        for i in sorted(heads):
            head = self.doc[i]
            if head.dep_ != "conj" and self.entity_at(head) is not None:
                self.state_pair([a.entity for a in self.args_at(head, ("Organization",)) if a.via == "mention"])
                if self.word_lowers[head.head.i] == "between":
                    # "the journey between Hong Kong and Wuhan": "the two places" from here on
                    places = list(dict.fromkeys(a.entity for a in self.args_at(head, ("Place",)) if a.via == "mention"))
                    if len(places) == 2:  # (not "they", which is for those who act: "A met B to discuss the
                        self.pair = tuple(places)  # agreements between X and Y. They signed ...")

    def _conjuncts(self) -> list[tuple[int, int]]:
        """(token, head) of every conjunct of the document, from its arrays, found once."""
        if self._conjunct_heads is None:
            self._conjunct_heads = _conjuncts(self.doc)
        return self._conjunct_heads

    def listed_subjects(self, deps: Iterable[str]) -> frozenset[int]:
        """The tokens with a child of a relation in ``deps`` whose subtree holds a conjunct ("A and B
        signed", "Mr A, with Mr B, reviewed ...": the subject is a list), worked out once per document
        from the arrays of heads and relations instead of walking each verb's subjects' subtrees.

        Examples
        --------
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["A", "and", "B", "met", "C"], heads=[3, 0, 0, 3, 3],
        ...           deps=["nsubj", "cc", "conj", "ROOT", "dobj"])
        >>> r = Reading(doc, [], Vocabulary({}, {}, {}))
        >>> sorted(r.listed_subjects({"nsubj"})), sorted(r.listed_subjects({"dobj"}))
        ([3], [])
        """
        deps = frozenset(deps)
        if deps not in self._listed:
            self._listed[deps] = _heads_of_lists(self.doc, deps)
        return self._listed[deps]

    def members_of_delegation(self, t: Token) -> bool:
        """Whether ``t`` is "members of the delegation", "the delegation members", or bare ("other") "members" once a
        delegation's leader is known (a subject, not a list's noun)."""
        if self.word_lemmas[t.i] not in self._members or self.word_deps[t.i] not in SUBJECT_DEPS:
            return False
        if self.word_tags[t.i] == "NNS" and "leader" in self.last_person \
                and not any(c.dep_ in ("det", "prep", "compound", "poss", "amod", "nummod") and self.word_lowers[c.i] != "other"
                            for c in self.children_of(t)):
            return True  # "Members also visited X", "Other members include A": bare, in a release about a delegation
            # with a leader
        return any(c.dep_ == "compound" and self.word_lemmas[c.i] in self._delegation_nouns
                   or c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and self.word_lemmas[p.i] in self._delegation_nouns
                                                                 for p in self.children_of(c)) for c in self.children_of(t))

    def _named_leader(self, head: Token) -> None:
        """ "The leader of the delegation, Mr A, said ...", "the President of X and leader of the delegation,
        Mr A": Mr A leads "the delegation" (the holder printed with the noun, or with the title it is listed with)."""
        if not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in self._delegation_nouns for p in self.children_of(c))
                   for c in self.children_of(head)):
            return
        found = self.args_at(head, ("Person",), conj=False)
        if not found and head.dep_ == "conj":
            found = self.args_at(head.head, ("Person",), conj=False)
        found = [a for a in found if a.via in ("mention", "holder")]
        if found:
            self.last_person["leader"] = found[0].entity

    def remember(self, sent: Span) -> None:
        """What later sentences may refer back to: the leader of "the delegation", the last subject."""
        delegation = not self._delegation_nouns.isdisjoint(sent.lemmas)
        if self._group_no == self._sentence_no - 1 and self._they_acts(sent) \
                and not (self.group[0] and self.group[1] >= self._sentence_no - 1 and len(self.group[0]) > 1):
            # "The delegation includes A and B. They will meet X": "they" are the delegation, whose members meet X
            self.group_sentences.add(sent.start_char)
            self._group_no = self._sentence_no
        for t in sent if delegation else ():  # "A delegation of the X Council led by Mr Y visited ...": he leads it
            if t.dep_ in SUBJECT_DEPS and (t.lemma_.lower() in self._delegation_nouns or self.members_of_delegation(t)):
                self.group_sentences.add(sent.start_char)  # what "the delegation" does, its members do
                self._group_no = self._sentence_no
                leader = self._led_by(t)
                if leader:
                    self.last_person["leader"] = leader
                elif not self.leader_of(t):
                    self.leaderless.append(sent)  # (read again if a leader is named later: see named_leader)
            elif t.lemma_.lower() in self._delegation_heads and self.word_pos[t.i] == "NOUN":
                self._named_leader(t)
            elif t.dep_ in OBJECT_DEPS and t.lemma_.lower() in self._delegation_nouns and "leader" not in self.last_person:
                # "Mr A met a delegation of the X Congress led by Mr B": when no other has been, "the delegation"
                # after this is B's ("welcomed the delegation to Hong Kong")
                leader = self._led_by(t)
                if leader:
                    self.last_person["leader"] = leader
                elif sent not in self.leaderless:
                    self.leaderless.append(sent)  # "Mr A met the delegation of X. The delegation is led by Mr B"
        for v in sent if delegation and not self._lead_verbs.isdisjoint(sent.lemmas) else ():
            # "Mrs Lam led the HKSAR Government delegation": she leads "the delegation" after this
            if v.lemma_.lower() in self._lead_verbs and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self._delegation_nouns for c in self.children_of(v)):
                leaders = [a for a in self.subjects(v, ("Person",)) if a.via != "pronoun"] or self.subjects(v, ("Person",))
                if leaders:
                    self.last_person["leader"] = leaders[0].entity
                if len({a.entity for a in leaders}) > 1:
                    # "A and B led their government delegations to the conference": each heads a delegation (heads
                    # of different sides meet: see frames)
                    for a in leaders:
                        if a.entity not in self.leaders:
                            self.leaders.append(a.entity)
                            self.delegates.append((a.entity, self.bare_fact(a.entity, sent, "delegation:leads")))
            elif v.lemma_.lower() in self._lead_verbs and any(
                    c.dep_ == "nsubjpass" and c.lemma_.lower() in self._delegation_nouns for c in self.children_of(v)):
                # "The Guangdong delegation was led by the Governor, Mr Zhu": a principal of the session reported
                led_by = [a for c in self.children_of(v) if c.dep_ == "agent" for p in self.children_of(c) if p.dep_ == "pobj"
                          for a in self.args_at(p, ("Person",))]
                for leader in led_by[:1]:
                    self.last_person["leader"] = leader.entity
                    self.leaders.append(leader.entity)
                    self.delegates.append((leader.entity, self.bare_fact(leader.entity, sent, "delegation:led-by")))
                    # "led by Ms A (Leader) and Mr B (Deputy Leader)": B goes where A goes, meets whom A meets
                    for other in {a.entity for a in led_by[1:]} - {leader.entity}:
                        self.companions.append((other, leader.entity, self.bare_fact(other, sent, "list:delegation")))
        listed = self.listed_subjects(SUBJECT_DEPS)
        for v in sent:  # "Hong Kong and Hefei signed ...": "the two cities" after this are these two
            if v.i in listed and v.pos_ == "VERB":
                places = [a for c in self.children_of(v) if c.dep_ in SUBJECT_DEPS for a in self.args_at(c, ("Place",))
                          if a.via == "mention"]
                if len({a.entity for a in places}) == 2:
                    self.pair = tuple(dict.fromkeys(a.entity for a in places))
                    self.parties_pair = (self.pair, self._sentence_no)
                people = tuple(dict.fromkeys(a.entity for a in self.subjects(v, ("Person",), inherit=False)
                                             if a.via == "mention"))  # (every name of a long list)
                if people:  # "A and B visited X. They also met ...": "they" are A and B (and "Mr A and his
                    # delegation": Mr A)
                    self.group = (people, self._sentence_no)
            elif v.pos_ == "VERB" and self.word_lemmas[v.i] in self._lead_verbs and any(
                    c.dep_ in ("dobj", "obj") and self.word_lemmas[c.i] in self._delegation_nouns for c in self.children_of(v)):
                # "Mr A led a delegation to X. They met ...": "they" are the delegation, which Mr A leads
                people = tuple(dict.fromkeys(a.entity for c in self.children_of(v) if c.dep_ in SUBJECT_DEPS
                                             for a in self.args_at(c, ("Person",)) if a.via == "mention"))
                if people:
                    self.group = (people, self._sentence_no)
        if self.group[0] and self.group[1] == self._sentence_no - 1 and (self._they_acts(sent) or any(
                self.word_deps[t.i] in SUBJECT_DEPS and self.word_lemmas[t.i] in self._delegation_nouns
                and self.entity_at(t) is None for t in sent)):
            # an itinerary: "In Tokyo, they will meet X. In Osaka, they will tour Y. In Kyoto, they ...": "they" go
            # on being the group as long as each sentence's subject is "they" (or "the delegation" they make up)
            self.group = (self.group[0], self._sentence_no)
        self._sentence_no += 1
        for t in sent:
            if t.dep_ in ("nsubj", "nsubjpass"):
                for a in self.args_at(t, ("Person",)):
                    if a.via != "pronoun":
                        self.last_person["any"] = a.entity
                        return
        for t in sent:
            eid = self.entity_at(t)
            if eid and self.label(eid) == "Person":
                self.last_person.setdefault("any", eid)


def _children(doc: Doc, tokens: list[Token]) -> list[tuple[Token, ...]]:
    """Each token's children (the tokens whose head it is, in order), from the Doc's array of heads.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["A", "and", "B", "met", "C"], heads=[3, 0, 0, 3, 3],
    ...           deps=["nsubj", "cc", "conj", "ROOT", "dobj"])
    >>> [[c.text for c in kids] for kids in _children(doc, list(doc))]
    [['and', 'B'], [], [], ['A', 'C'], []]
    """
    if not tokens:
        return []
    heads = (doc.to_array(HEAD).astype(numpy.int64) + numpy.arange(len(tokens))).tolist()
    kids: list[list[Token]] = [[] for _ in tokens]
    for j, h in enumerate(heads):
        if h != j:
            kids[h].append(tokens[j])
    return [tuple(k) for k in kids]


HONORIFIC_GENDER = (("mrs", "f"), ("ms", "f"), ("miss", "f"), ("madam", "f"), ("dame", "f"), ("mr", "m"), ("sir", "m"))
"""Honorifics that say whether "he" or "she" may stand for a name."""


def _gender_of(aliases: Iterable[str]) -> str | None:
    """ "m" or "f" when the honorifics printed with a person's name agree, else None.

    Examples
    --------
    >>> _gender_of(("Mrs Carrie Lam", "Mrs Lam")), _gender_of(("Mr Wang",)), _gender_of(("Dr Ho",))
    ('f', 'm', None)
    """
    found = {g for a in aliases for h, g in HONORIFIC_GENDER if a.lower().startswith(h + " ") or a.lower().startswith(h + ". ")}
    return found.pop() if len(found) == 1 else None


def _conjuncts(doc: Doc) -> list[tuple[int, int]]:
    """(index, head index) of every token of relation "conj", in order.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> _conjuncts(Doc(Vocab(), words=["A", "and", "B", "met"], heads=[3, 0, 0, 3], deps=["nsubj", "cc", "conj", "ROOT"]))
    [(2, 0)]
    """
    if len(doc) == 0 or "conj" not in doc.vocab.strings:
        return []
    array = doc.to_array([HEAD, DEP])
    found = numpy.flatnonzero(array[:, 1] == numpy.uint64(doc.vocab.strings["conj"]))
    return list(zip(found.tolist(), (array[found, 0].astype(numpy.int64) + found).tolist()))


def _heads_of_lists(doc: Doc, deps: frozenset[str]) -> frozenset[int]:
    """Indices of the tokens with a child whose relation is in ``deps`` and whose subtree (the child
    included) holds a token of relation "conj"."""
    n = len(doc)
    if n == 0:
        return frozenset()
    strings = doc.vocab.strings
    if "conj" not in strings:
        return frozenset()
    array = doc.to_array([HEAD, DEP])
    rel = array[:, 1]
    conjuncts = numpy.flatnonzero(rel == numpy.uint64(strings["conj"])).tolist()
    if not conjuncts:
        return frozenset()
    heads = (array[:, 0].astype(numpy.int64) + numpy.arange(n)).tolist()
    below = [False] * n  # whether the token's subtree holds a conjunct
    for k in conjuncts:
        while not below[k]:
            below[k] = True
            if heads[k] == k:
                break
            k = heads[k]
    wanted = {strings[d] for d in deps if d in strings}
    relations = rel.tolist()
    return frozenset(heads[i] for i in numpy.flatnonzero(below).tolist() if relations[i] in wanted and heads[i] != i)


def _kin(first: str | None, second: str | None) -> bool:
    """Whether two names' classes can be listed as one's conjuncts: the same class, or a place and a body (the
    sites of a visit).

    >>> _kin("Place", "Organization"), _kin("Person", "Organization")
    (True, False)
    """
    return first == second or {first, second} == {"Place", "Organization"}
