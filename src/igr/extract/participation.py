"""Participation frames of verbs: who met, visited, attended, chaired, signed; what replaced what.

Each verb class of ``relations.json`` has its frame: who does it (the subject, an agent,
a subject inherited from the clause above), and what it reaches (objects and the
prepositions the class takes). "Mr A met Mr B" and "Mr A exchanged views with Mr B" are
one frame; so are "visited X", "arrived in X", "led a delegation to X".

Examples
--------
>>> from igr.extract.lexicon import load_lexicon
>>> from igr.extract.triggers import ARTICLES, Vocabulary
>>> Participation(Vocabulary.from_lexicon(load_lexicon())).handlers()["meet"].__name__
'meet'
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from igr.extract.arguments import Arg, Reading
from igr.extract.sentence import Sentence
from igr.extract.triggers import ARTICLES, Vocabulary

_OFFICIALS_OFFICE = re.compile(r"['’]s Office$")
"""An office named after the official it serves ("the Chief Executive's Office")."""

HEADLINE_FAMILIES = {"meet": "metWith", "visit": "visited"}
HEADLINE_RANGE = {"metWith": ("Person",), "visited": ("Place", "Organization")}


# the nouns of a part of a trip that a place before them names ("the Guangzhou leg", "the Shenzhen part")
_LEG_NOUNS = frozenset({"leg", "part", "portion", "section", "segment"})


_ACTION_ENDINGS = ("ance", "ence", "ment", "tion", "sion")  # nouns of actions, topics talked about

class Participation:
    """People taking part: meetings, visits, attendance and chairing, signing; bodies replaced.

    Parameters
    ----------
    words : Vocabulary
    """

    def __init__(self, words: Vocabulary) -> None:
        self.words = words
        self._needs_destination = words.cue("visit_needs_destination")
        self._passive_only = words.cue("passive_visit_verbs")
        self._journey = words.cue("journey_nouns")
        self._attending = words.family["attend"] | words.family["chair"]
        self._itinerary = words.cue("itinerary_verbs") | {" ".join(w) for w in words.cue_phrases("itinerary_verbs")}
        self._lead = words.cue("lead_verbs")
        self._joined = words.cue("joined_nouns")
        self._event_nouns = words.cue("event_nouns")
        # the parts of an event "of" it: an event noun, its activities or programme, a part of an occasion ("the
        # opening ceremony and related activities of the X Festival", "a panel discussion of the Y Forum")
        self._part_nouns = self._event_nouns | words.cue("series_nouns") | words.cue("occasion_parts")
        self._delegation_nouns = words.cue("delegation_nouns")
        self._speech_nouns = words.cue("speech_nouns")
        self._audience = words.cue("audience_nouns")
        self._occasion = words.cue("occasion_preps")
        self._purpose = words.cue("purpose_preps")
        self._parts = words.cue("occasion_parts")
        self._guest = words.cue("guest_nouns")
        self._fringe = words.cue("fringe_nouns")
        self._place_nouns = words.cue("pair_nouns")
        self._with_counterpart = words.family["meet"] | words.family["sign"] | words.family["cooperate_verbs"]
        self._officials = words.cue("description_nouns")
        self._people_nouns = self._officials | words.cue("representative_nouns") | words.cue("audience_nouns")
        self._stops = words.cue("stop_nouns")
        self._welcome = words.cue("welcome_verbs")
        self._premises = words.cue("premises_nouns")
        self._list_verbs = words.cue("list_verbs")
        self._witness_openers = words.cue_phrases("witness_openers")  # ("under", "witness", "of"), articles aside
        # the nouns of meeting phrases ("exchange views", "hold talks"): an object of the phrase, not someone met
        self._meeting_words = frozenset(w for phrase in words.phrases["meet"] for w in phrase[1:])
        self._stop_order = words.cue("stop_order")
        self._namely = words.cue("example_preps")  # "namely", "including": a list of places follows
        # headline verbs in the present tense ("CE Visits Guangzhou", "A and B Meet C"); one-word
        # triggers only, those of the first family listed when two share a word
        self._opening = words.cue("opening_verbs")
        self._headline = {}
        for family, predicate in HEADLINE_FAMILIES.items():
            for word in words.family[family] - self._opening:  # ("Trip Opens New Chapter": no visit)
                for form in (word, word + "s", word + "es"):
                    self._headline.setdefault(form, predicate)

    def handlers(self) -> dict:
        """Trigger family to the method that reads its frame."""
        return {"meet": self.meet, "visit": self.visit, "attend": self.attend, "chair": self.chair,
                "sign": self.sign, "succeed": self.succeed}

    def headline(self, r: Reading, sent: Span) -> None:
        """Headlines are in title case, which the parser reads badly: "CE Visits Guangzhou",
        "Han Zheng and Yang Xiong Meet Leung Chun-ying". Read them as subject, verb, objects."""
        first = next((t.i for t in sent if t.lower_ in self._headline), None)
        for verb in sent:
            predicate = self._headline.get(verb.lower_)
            if predicate is None:
                continue
            # the subject is named before the headline's first verb: "CS visits X to call on Mayor A and tour Y"
            # (A is the one called on, not who tours Y)
            subjects = [a for t in sent if t.i < first for a in r.args_at(t, ("Person",), conj=False)]
            before = r.args_at(r.tokens[verb.i - 1], ("Place",), conj=False) if verb.i > sent.start else []
            objects: list[Arg] = before if predicate == "visited" else []
            # ("CE: Beijing trip opens ...", "SJ: Wuhan visit deepens ties with X": a noun after its destination)
            after = sent[verb.i - sent.start + 1:]
            if r.word_lemmas[verb.i] in self._lead:  # "CE leads HKSAR Government delegation to X": where, after "to"
                to = next((t.i for t in after if t.lower_ == "to" and t.pos_ == "ADP"), None)
                after = sent[to - sent.start + 1:] if to is not None else ()
            for t in after if not objects else ():
                found = r.args_at(t, HEADLINE_RANGE[predicate], conj=False)
                if t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN":
                    found = []  # "FS to visit Mainland cities": a modifier, not where he goes
                if found:
                    objects += [a for a in found if a.entity not in {o.entity for o in objects}]
                elif not objects and (t.pos_ in ("VERB", "AUX") or t.lower_ in (":", ";")) and r.entity_at(t) is None:
                    break  # "CE: Beijing trip opens new chapter for co-operation between X and Y": a noun, then a clause
                elif objects and t.lower_ not in (",", "and", "&") and not t.ent_iob_ == "I" \
                        and r.entity_at(t) is None:
                    break  # the objects are the names right after the verb
            for s in {a.entity: a for a in subjects}.values():
                for o in objects:
                    r.emit(s.entity, predicate, o.entity, sent, f"headline:{verb.lower_}", r.conf(s, o) - 0.1)

    def meet(self, r: Reading, v: Token, sent: Span) -> None:
        if v.pos_ not in ("VERB", "NOUN"):
            return
        if v.pos_ == "NOUN" and (between := next((c for c in r.children_of(v) if c.dep_ == "prep"
                                                  and c.lower_ in ("between", "among")), None)) is not None:
            # "a meeting between A, Party Secretary of X, and B", "the talks between the Governor, Mr A, and Mr B":
            # the people named after "between" (up to the next clause) met each other
            named = list({a.entity: a for a in [*(a for t in r.subtree_of(between) for a in r.args_at(t, ("Person",), conj=False)),
                                               *r.named_after(between)]}.values())
            if len(named) > 1:
                r.pairwise(named, "metWith", sent, f"dep:{v.lemma_.lower()}-between")
            return
        people = r.subjects(v, ("Person",))
        preps = ("with", "on") if v.pos_ != "NOUN" or v.lemma_.lower() != "call" else ("with", "on", "to")
        if v.pos_ == "VERB":  # "spoke to the Treasurer, Mr A": the particle of a two-word meeting phrase
            preps += self.words.particles("meet", v.lemma_.lower())
        met = r.objects(v, ("Person",), preps=preps, together=False) + r.people_within(v, people)  # "(courtesy) calls to A and B"
        if not met and v.pos_ == "NOUN" and v.dep_ in ("dobj", "obj") and v.head.pos_ == "VERB":
            # "held a discussion session with the Mayor, Mr A": "with" hung on the verb whose object the meeting is
            met = r.objects(v.head, ("Person",), preps=("with",), together=False)
        if v.pos_ == "VERB" and ";" in r.text[v.idx:sent.end_char]:
            # "met with the Governor of X, A; Secretary of Y, B; and Mayor of Z, C": a list set off by semicolons,
            # which the parser cuts into pieces: everyone named after the verb was met, by those named before it
            people = [p for p in people if not r.named_only_after(p.entity, sent, v.idx)]
            before = {p.entity for p in people}
            met = list({a.entity: a for t in sent if t.i > v.i for a in r.args_at(t, ("Person",), conj=False)
                        if a.entity not in before}.values())
        if v.pos_ == "VERB" and not met:  # "met with officials of X, including the Minister, Mr A": those listed
            groups = [o for o in (*(p for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ in preps
                                    for p in r.children_of(c) if p.dep_ == "pobj"),
                                  *(c for c in r.children_of(v) if c.dep_ in ("dobj", "obj")))
                      if o.lemma_.lower() in self._people_nouns]  # (not "discussed topics including ...")
            listed = [c for c in r.children_of(v) if groups] + [t for g in groups for t in r.subtree_of(g)]
            met = [a for c in listed if c.dep_ == "prep" and c.lower_ in self._namely  # (on the verb, the group, or
                   for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Person",))]  # whose it is)
        to = next((c for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ in ("to", "on")), None) \
            if v.pos_ == "NOUN" and v.lemma_.lower() == "call" and v.dep_ == "pobj" else None
        if to is not None:  # "started the day with courtesy calls to the Consul, Mr A, and the Mayor, Ms B": every
            # name listed after it up to the next clause (the parser hangs the later ones on the main verb)
            for t in sent[to.i + 1 - sent.start:]:
                if t.pos_ in ("VERB", "AUX") or t.lower_ in (";", ":"):
                    break
                met += [a for a in r.args_at(t, ("Person",), conj=False) if a.entity not in {m.entity for m in met}]
        meals = [c for c in r.children_of(v) if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self._event_nouns
                 and r.entity_at(c) is None] if v.pos_ == "VERB" else []
        if meals:  # "hosted a dinner / a luncheon / a reception for the Governor, Mr A": the host met the guest
            met += [a for h in (v, *meals) for c in r.children_of(h) if c.dep_ == "prep" and c.lower_ == "for"
                    for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Person",))
                    if a.entity not in {m.entity for m in met}]
        if v.tag_ == "VBN" and any(r.word_deps[c.i] == "agent" for c in r.children_of(v)):
            # passive: "Mr A was received by the Chief Secretary, Mr B, today": the one after "by" met the subject
            # (the parser may hang the name of a titled agent on the verb); not "the plan of Mr A was welcomed by"
            by = next(c for c in r.children_of(v) if r.word_deps[c.i] == "agent")
            own = [c for c in r.children_of(v) if r.word_deps[c.i] == "nsubjpass"]
            if not own and v.dep_ == "conj":  # "The delegation visited X and was received by Y": the first verb's
                own = [c for c in r.children_of(v.head) if r.word_deps[c.i] in ("nsubj", "nsubjpass")]
            if not any(r.word_lowers[c.i] in ("he", "she", "they") or (
                    r.entity_at(c) and r.label(r.entity_at(c)) in ("Person", "Post"))
                    or r.word_lemmas[c.i] in self._delegation_nouns for c in own):
                people = []  # (but "The delegation was received by X": its leader met X)
            met = [a for c in (by, *(c for c in r.children_of(v) if r.word_deps[c.i] in ("npadvmod", "appos")
                                     and c.i > by.i)) for t in r.subtree_of(c) for a in r.args_at(t, ("Person",), conj=False)]
            met = [a for a in met if a.entity not in {p.entity for p in people}]
        if v.pos_ == "NOUN":
            people, met = self._opening_meeting(r, v, sent) or (people, met)
        their = v.pos_ == "NOUN" and any(r.word_lowers[c.i] == "their" and r.word_deps[c.i] == "poss"
                                         for c in r.children_of(v))
        if not met and len(people) > 1 and (their or v.pos_ == "VERB" and not any(
                c.dep_ in ("dobj", "obj", "dative") and c.lemma_.lower() not in self._meeting_words
                and c.lower_ not in self._meeting_words
                or c.dep_ == "prep" and c.lower_ in ("with", "on") for c in r.children_of(v))):
            # "He and the Minister, Mr A, exchanged views", "A and B held talks": the co-subjects met each other;
            # "A and B announced ... A statement after their meeting said": the two whose meeting it was
            r.pairwise(people, "metWith", sent, f"dep:co-{v.lemma_}", less=0.1)
        if not met and v.dep_ in ("relcl", "csubj") and v.pos_ == "VERB":
            # the one met is what the clause describes, or what it is said to be: "Another official Mr A met
            # was the Minister, Mr B"
            noun = v.head
            met = r.args_at(noun, ("Person",)) if v.dep_ == "relcl" else []
            copula = noun if v.dep_ == "csubj" else noun.head
            if not met and copula.lemma_ == "be":
                met = [a for c in copula.children if c is not noun and c is not v and c.dep_ in ("attr", "nsubj")
                       and c.i > v.i for a in r.args_at(c, ("Person",))]
            elif not met and copula.lemma_.lower() in self._list_verbs and copula.i > v.i:
                # "Officials he met included the Minister, Mr A, and the Mayor, Mr B": every name listed after it
                # (the parser hangs a long list anywhere)
                met = list({a.entity: a for t in sent[copula.i + 1 - sent.start:]
                            for a in r.args_at(t, ("Person",), conj=False)}.values())
        if v.pos_ == "VERB" and v.lemma_.lower() in self._welcome and not met:
            # "welcomed to Hong Kong the Governor of X, Mr A, and his delegation": the parser hangs those welcomed
            # on the place
            # (or the place on them: "welcomed to Macao Secretary Xu", "Macao" a word of the name's phrase)
            objects = [p for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ == "to" for p in r.children_of(c)
                       if p.dep_ == "pobj"]
            met = [a for p in objects if r.args_at(p, ("Place",), conj=False) for g in r.children_of(p)
                   if g.dep_ in ("appos", "conj") for t in r.subtree_of(g) for a in r.args_at(t, ("Person",), conj=False)]
            met += [a for p in objects if any(g.dep_ == "compound" and r.args_at(g, ("Place",), conj=False)
                                              for g in r.children_of(p)) for a in r.args_at(p, ("Person",), conj=False)]
            met = list({a.entity: a for a in met}.values())
        for obj in met:
            for s in people:
                r.emit(s.entity, "metWith", obj.entity, sent, f"dep:{v.lemma_}", r.conf(s, obj))
        if v.pos_ == "VERB" and v.lemma_.lower() in self._welcome:
            # "welcomed Mr A and his delegation to Hong Kong": those welcomed came there ("to" on the verb or on
            # the last of the objects)
            objects = [c for c in r.children_of(v) if c.dep_ in ("dobj", "obj")]
            tos = [c for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ == "to"]
            while any(c.dep_ == "conj" and c not in objects for o in objects for c in r.children_of(o)):
                objects += [c for o in objects for c in r.children_of(o) if c.dep_ == "conj" and c not in objects]
            tos += [c for o in objects for c in r.children_of(o) if c.dep_ == "prep" and c.lower_ == "to"]
            for place in {a.entity: a for c in tos for p in r.children_of(c) if p.dep_ == "pobj"
                          for h in (p, *(g for g in r.children_of(p) if g.dep_ == "compound" and g.i < p.i))
                          for a in r.args_at(h, ("Place",))}.values():
                for guest in met:
                    r.emit(guest.entity, "visited", place.entity, sent, f"dep:{v.lemma_}-to", r.conf(guest, place) - 0.05)
        for body in self._meeting_at(r, v):  # "held meetings at the Ministry of X": he was at the body
            for s in people:
                r.emit(s.entity, "visited", body.entity, sent, f"dep:{v.lemma_}-at", r.conf(s, body) - 0.1)
        if v.pos_ == "VERB" or r.word_lowers[v.i] in ("meeting", "meetings"):
            # "met business leaders in Osaka", "Meeting with officials of X in Y, Mr A ...": where the meeting took place
            for place in self._where_unnamed(r, v):
                for s in people:
                    r.emit(s.entity, "visited", place.entity, sent, f"dep:{v.lemma_}-people-in", r.conf(s, place) - 0.1)
        self._on_the_fringe(r, v, sent, people + met)

    def _meeting_at(self, r: Reading, v: Token) -> list[Arg]:
        """The bodies a meeting is held "at": "meetings at the Ministry of Trade and the Exporters Association",
        "held talks at the European Commission", "met the Minister at the Ministry of Finance" (the verb, or the
        meeting word it holds). Not an event ("met him at the Summit": see the occasions)."""
        heads = [v] + [c for c in r.children_of(v) if v.pos_ == "VERB" and c.dep_ in ("dobj", "obj")
                       and (c.lemma_.lower() in self._meeting_words or c.lower_ in self._meeting_words)]
        return list({a.entity: a for h in heads for c in r.children_of(h) if c.dep_ == "prep" and c.lower_ == "at"
                     for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Organization",))
                     if not _OFFICIALS_OFFICE.search(r.ents[a.entity].name)}.values())
        # (not "met Mr A at the Chief Executive's Office": a host's office, where guests are received)

    def _where_unnamed(self, r: Reading, v: Token, visit: bool = False) -> list[Arg]:
        """The places "in" which a verb reaches people or things it does not name: "call on officials in Hanoi
        and Jakarta", "met business leaders in Osaka", "met officials from the ministries in Beijing"; for a
        visit, also the place an unnamed official is "of" ("call on the mayor of X"). Not "met the Mayor of X in
        ...": a named object has its own frame; not "officials in charge of ...": no place; not "representatives of
        companies from X"; not "met the ambassador of X"."""
        objects = [c for c in r.children_of(v) if c.dep_ in ("dobj", "obj")]
        objects += [p for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ in ("with", "on")
                    for p in r.children_of(c) if p.dep_ == "pobj"]
        objects += [c for o in objects for c in r.children_of(o) if c.dep_ == "conj"]  # "people and businessmen"
        unnamed = [o for o in objects if o.pos_ == "NOUN" and r.entity_at(o) is None
                   and o.lemma_.lower() not in self._place_nouns  # ("three countries in X, namely ...": see _counted_places)
                   and not o.lemma_.lower().endswith(_ACTION_ENDINGS)]  # (not a topic: "the issuance of bonds in X")
        # and the unnamed nouns those are "of" or "from" ("officials from the ministries in Beijing")
        # (for a meeting, of people only: not "discussed the issuance of bonds in Hong Kong", a topic; a visit
        # reaches "the site of the X building in Y")
        unnamed += [q for o in unnamed if visit or o.lemma_.lower() in self._people_nouns
                    for c in r.children_of(o) if c.dep_ == "prep" and c.lower_ in ("of", "from")
                    for p in r.children_of(c) if p.dep_ == "pobj"
                    for q in (p, *(g for g in r.children_of(p) if g.dep_ == "conj"))  # ("the A, B and C ministries")
                    if q.pos_ == "NOUN" and r.entity_at(q) is None]
        # and the named bodies those people are "of", where the body is "in" a place ("met officials of the X Customs
        # Service in Auckland and the Y Service in Canberra")
        bodies = [q for o in unnamed if o.lemma_.lower() in self._people_nouns for c in r.children_of(o)
                  if c.dep_ == "prep" and c.lower_ == "of" for p in r.children_of(c) if p.dep_ == "pobj"
                  for q in (p, *(g for g in r.children_of(p) if g.dep_ == "conj"))
                  if (e := r.entity_at(q)) is not None and r.label(e) == "Organization"]
        out: list[Arg] = []
        for o in unnamed + bodies:
            for c in r.children_of(o):
                if c.dep_ == "prep" and (c.lower_ == "in" or visit and c.lower_ == "of"
                                         and o.lemma_.lower() in self._officials):
                    for p in r.children_of(c):
                        if p.dep_ == "pobj":
                            out += r.args_at(p, ("Place",))
        return out

    @staticmethod
    def _opening_meeting(r: Reading, v: Token, sent: Span) -> tuple[list[Arg], list[Arg]] | None:
        """ "At the meeting with A and B, C said ...": the parser often runs the names after "with" and the
        main clause's subject into one list, the subject of the main verb. Then the subject is the name
        printed last before the verb and the others are the ones met; None when the parse is not of that shape."""
        root = sent.root
        with_ = next((c for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ == "with"), None)
        if with_ is None or not (v.dep_ == "pobj" and v.head.dep_ == "prep" and v.head.head == root and v.i < root.i):
            return None
        subject = next((c for c in r.children_of(root) if c.dep_ in ("nsubj", "nsubjpass") and c.i > with_.i), None)
        if subject is None:
            return None
        names = list({a.entity: a for t in sent[with_.i + 1 - sent.start: root.i - sent.start]
                      for a in r.args_at(t, ("Person",), conj=False) if a.via != "pronoun"}.values())
        listed = {a.entity for t in r.subtree_of(subject) for a in r.args_at(t, ("Person",), conj=False)}
        if len(names) < 2 or len(listed) < 2 or names[-1].entity not in listed:
            return None
        return names[-1:], names[:-1]

    def visit(self, r: Reading, v: Token, sent: Span) -> None:
        if v.pos_ == "AUX" and v.lemma_ == "be":
            self._being_in(r, v, sent)
            return
        if v.pos_ not in ("VERB", "NOUN", "PROPN"):
            return
        if v.lemma_.lower() in self._lead and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in r.children_of(v)):
            # "The meeting was led by A and B", "the Plenary, led by A": those who lead a session chair it
            self._passive_session(r, v, sent, chair=True)
            return
        if v.lemma_.lower() in self._passive_only and not any(c.dep_ == "auxpass" for c in r.children_of(v)):
            return  # ("Mr A invited Mr B to X": B is asked; "Mr A has been invited to X": A goes)
        people = r.subjects(v, ("Person",))
        owners = [c for c in r.children_of(v) if c.dep_ == "poss" and r.word_pos[c.i] != "PRON"
                  and (r.entity_at(c) is None or r.label(r.entity_at(c)) in ("Person", "Post"))] if v.pos_ == "NOUN" else []
        # (not a body's: "joined the X Council's mission to Y" is a trip of those who join it)
        if owners:  # "looked forward to the Governor's visit to Macao": the possessor's, not the clause subject's (a
            # title's holder is not sure: no one's)
            people = [a for c in owners for a in r.args_at(c, ("Person",), conj=False) if a.via == "mention"]
        if v.lemma_.lower() in self._needs_destination:
            # a motion verb states a visit only with its destination: "left London for New York"
            objs = [a for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ in ("to", "for")
                    for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Place", "Organization"))]
        else:  # "called on the Ministry", "made calls on the Commission"; not "called on the Government to act"
            # (but "called on the Ministry to exchange views": a call made to talk)
            urged = any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and not self.words.begins("meet", c.lemma_.lower())
                        for c in r.children_of(v))
            objs = r.objects(v, ("Place", "Organization"), preps=("to", "in", "at", "for") + (() if urged else ("on",)),
                             deep=v.lemma_.lower() in self._lead)
        if v.lemma_.lower() in self._opening:  # "opened the X Office in Y": the body opened, nothing inside a phrase
            objs = [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj") and (e := r.entity_at(c)) is not None
                    and r.label(e) == "Organization" for a in r.args_at(c, ("Organization",), conj=False)]
        elif v.pos_ == "VERB" and v.lemma_.lower() not in self._needs_destination:
            # "toured the headquarters of X", "visited the production base of Y": a visit to the body
            objs += [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj") and r.entity_at(c) is None
                     and (c.lemma_.lower() in self._premises or c.lower_ in self._premises)
                     for g in r.children_of(c) if g.dep_ == "prep" and g.lower_ == "of"
                     for p in r.children_of(g) if p.dep_ == "pobj" and not any(t.dep_ == "case" for t in p.subtree)
                     for a in r.args_at(p, ("Organization",)) if a.entity not in {o.entity for o in objs}]
            # (not "the construction site of the X Association's new venue": the body's venue, not the body)
            # "visited X Company Limited's headquarters", "toured the Y Group's factory": the owner's
            objs += [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj") and r.entity_at(c) is None
                     and (c.lemma_.lower() in self._premises or c.lower_ in self._premises)
                     for p in r.children_of(c) if p.dep_ == "poss" and any(t.dep_ == "case" for t in r.children_of(p))
                     for a in r.args_at(p, ("Organization",)) if a.entity not in {o.entity for o in objs}]
        if v.pos_ in ("NOUN", "PROPN") and r.entity_at(v) is not None:
            return  # a word of a name ("the Deputy Chief of Mission", "the X Study Visit Programme"), not a trip
        if v.pos_ == "VERB" and v.lemma_.lower() in self._lead and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self._journey for c in r.children_of(v)):
            # "led the Hong Kong delegation to the X Meeting", "headed the delegation at the Y Forum": the leader
            # attended it (the venue, if any, is read with the event)
            events = r.objects(v, ("Event", "Mechanism"), preps=("to", "at"), deep=True) \
                or self._led_to(r, v, sent, ("Event", "Mechanism"))  # ("a delegation of 30 companies to the X Expo")
            for event in events:
                for s in people:
                    r.emit(s.entity, "attended", event.entity, sent, f"dep:{v.lemma_}-delegation-to", r.conf(s, event) - 0.05)
        if not objs and v.pos_ == "VERB" and v.lemma_.lower() in self._lead:
            objs = self._led_to(r, v, sent)
        method = f"dep:{v.lemma_}"
        if v.pos_ == "VERB":  # "call on officials in Hanoi", "toured factories in Dongguan"
            objs += [a for a in self._where_unnamed(r, v, visit=True) if a.entity not in {o.entity for o in objs}]
        objs += [a for a in self._counted_places(r, v, sent) if a.entity not in {o.entity for o in objs}]
        if v.pos_ == "NOUN":  # "her Bangkok visit", "his South America trip"
            objs += [a for c in r.children_of(v) if c.dep_ in ("compound", "nmod") and c.i < v.i
                     for a in r.args_at(c, ("Place",), conj=False)]
            # "join the itinerary of Guangzhou", "a tour of A and B": a place itself "of" the trip (not a body's or a
            # person's: "the visit of the Council", "the trip of the Governor of X")
            objs += [a for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ == "of"
                     for p in r.children_of(c) if p.dep_ == "pobj" and r.entity_at(p) is not None
                     for a in r.args_at(p, ("Place",)) if a.entity not in {o.entity for o in objs}]
            objs += self._taken_in(r, v)
            objs += [a for h in self._embarked(v) for a in r.objects(h, ("Place",), preps=("to",))]
            if not people:  # "the visit to X by the Mayor, Mr Y"
                people = [a for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ == "by"
                          for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Person",))]
            if not people and self._the_trip(v) and v.dep_ != "appos" and not r.body_owned(v):
                # "The six-day visit ... also covers A and B": the trip of the release, made by its traveller, to places
                traveller = r.leader_of(v)
                people = [Arg(traveller, "Person", "pronoun")] if traveller else []
                objs = [a for a in objs if a.label == "Place"]
                method = f"trip:the-{v.lemma_}"  # (not a stated visit: a local official's "trip" home is none)
        if objs and people and self._another_trip(r, v, sent):
            method += "+past"  # (companions named for this trip were not on that one: see frames)
        if v.pos_ == "NOUN" and any(a.label == "Place" for a in objs):  # what "the visit" refers to from here on
            r.trip = tuple(dict.fromkeys(a.entity for a in objs if a.label == "Place"))
        for obj in objs:
            for s in people:
                r.emit(s.entity, "visited", obj.entity, sent, method, r.conf(s, obj) - 0.05)
        lemma = v.lemma_.lower()
        if v.pos_ == "VERB" and people and lemma not in self._lead and lemma not in self._needs_destination \
                and lemma not in self._opening:
            # "toured the 99th X Fair", "visited the Y Expo": an occasion one goes round is attended (a visit is to a
            # place or a body)
            for event in {a.entity: a for c in r.children_of(v) if c.dep_ in ("dobj", "obj")
                          for a in r.args_at(c, ("Event",))}.values():
                for s in people:
                    r.emit(s.entity, "attended", event.entity, sent, f"dep:{lemma}-occasion", r.conf(s, event) - 0.05)
        if v.lemma_.lower() == "visit" and people:  # "visited the Governor, Mr A", "paid a visit to Mr B": a meeting
            # ("met visiting Senate President A": the parser's "visiting A" after a verb of meeting is the guest met,
            # a meeting proper, at home when nothing puts it elsewhere)
            method = "dep:meet" if self._met_visiting(v) else "dep:visit-person"
            for host in r.objects(v, ("Person",), preps=("to",)):
                for s in people:
                    if host.entity != s.entity:
                        r.emit(s.entity, "metWith", host.entity, sent, method, r.conf(s, host) - 0.05)

    def _met_visiting(self, v: Token) -> bool:
        """Whether ``v`` is "visiting" printed before the guest a verb of meeting has met ("met visiting Minister
        A", read by the parser as the verb's complement or with "met" as its auxiliary)."""
        if v.lower_ != "visiting":
            return False
        meet = self.words.family["meet"]
        return v.dep_ in ("xcomp", "advcl") and v.head.lemma_.lower() in meet and v.i == v.head.i + 1 \
            or any(c.dep_ == "aux" and c.lemma_.lower() in meet for c in v.children)

    def stops(self, r: Reading, sent: Span) -> None:
        """A stop of a trip said to be a place: "The delegation's last stop was Leshan", "His first stop was
        Kunming", "Next stop on his itinerary is Dali", "Lijiang was the final leg of the visit". Its owner
        (the person or the delegation whose stop it is), else the release's traveller, visited it. Not the stop
        of something else ("the last stop of the fair"), nor a bus stop."""
        if self._stops.isdisjoint(sent.lemmas) or "be" not in sent.lemmas:
            return
        for stop in sent:
            if stop.lemma_.lower() not in self._stops or stop.pos_ not in ("NOUN", "VERB") or r.entity_at(stop) \
                    or any(c.dep_ == "compound" for c in r.children_of(stop)):
                continue
            # the copula it is the subject or the complement of, or one hung on it ("Next stop on his itinerary is
            # X": the parser may read "stop" as a verb)
            be = stop.head if stop.head.lemma_ == "be" and stop.dep_ in ("nsubj", "csubj", "attr") else next(
                (b for b in r.children_of(stop) if b.lemma_ == "be" and b.dep_ in ("aux", "cop")), None)
            if be is None or any(c.lower_ in ("a", "an") for c in r.children_of(stop)):
                continue  # (not "a popular destination for tourists")
            owners = [g for g in r.children_of(stop) if g.dep_ == "poss"]
            of = [p for c in r.children_of(stop) if c.dep_ == "prep" and c.lower_ in ("of", "on", "in")
                  for p in r.children_of(c) if p.dep_ == "pobj"]
            if any(p.lemma_.lower() not in self._journey for p in of):
                continue
            owners += [g for p in of for g in r.children_of(p) if g.dep_ == "poss"]
            if not owners and not of and not any(c.lower_ in self._stop_order for c in r.children_of(stop)):
                continue  # a stop of no trip ("has always been the destination for businesses")
            travellers = [a for g in owners for a in r.args_at(g, ("Person",))]
            if not travellers:
                traveller = r.leader_of(stop)
                travellers = [Arg(traveller, "Person", "pronoun")] if traveller else []
            places = [a for c in (*r.children_of(be), *r.children_of(stop)) if c.dep_ in ("attr", "nsubj") and c.i != stop.i
                      for a in r.args_at(c, ("Place", "Organization"))]
            for place in {a.entity: a for a in places}.values():
                for person in travellers:
                    r.emit(person.entity, "visited", place.entity, sent, f"dep:{stop.lemma_.lower()}-be",
                           r.conf(person, place) - 0.05)

    def _counted_places(self, r: Reading, v: Token, sent: Span) -> list[Arg]:
        """Where a trip goes when its destination is a generic place noun: "an outreach mission to six cities in
        Europe, namely A, B and C", "a tour of cities in the Bay Area", "will visit three countries: A, B and C".
        The region they are "in" and every place the list names (read flat after "namely", "including", "such as"
        or a colon up to the next clause: the parser hangs such lists anywhere)."""
        holders = [v, *(c for c in r.children_of(v) if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self._journey)]
        holders += self._embarked(v)
        preps = ("to", "in", "of", "across", "around") if v.pos_ == "NOUN" else ("to", "in", "across", "around")
        nouns = [c for c in r.children_of(v) if c.dep_ in ("dobj", "obj")] if v.pos_ == "VERB" else []
        nouns += [p for h in holders for c in r.children_of(h) if c.dep_ == "prep" and c.lower_ in preps
                  for p in r.children_of(c) if p.dep_ == "pobj"]
        out: list[Arg] = []
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self._place_nouns or r.entity_at(noun) is not None \
                    or not (noun.tag_ == "NNS" or any(c.dep_ == "nummod" for c in r.children_of(noun))):
                continue  # ("visited the city": the city named before, read elsewhere)
            region = [a for c in r.children_of(noun) if c.dep_ == "prep" and c.lower_ == "in"
                      for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Place",), conj=False)]
            listed = [a for c in r.children_of(noun) if c.dep_ in ("appos", "conj") for a in r.args_at(c, ("Place",))]
            listed += [a for c in r.children_of(noun) if c.dep_ == "prep" and c.lower_ == "in"
                       for p in r.children_of(c) if p.dep_ == "pobj"
                       for g in r.children_of(p) if g.dep_ in ("conj", "appos") for a in r.args_at(g, ("Place",))]
            start = next((t.i for t in sent if t.i > noun.i and (t.lower_ in self._namely or t.lower_ == ":")), None)
            # (a colon may end the sentence for the parser: the list is read on past it)
            for t in r.tokens[start + 1:start + 60] if start is not None else ():
                if t.pos_ in ("VERB", "AUX") or t.lower_ in (";", "."):
                    break
                listed += r.args_at(t, ("Place",), conj=False)
            # the places listed are where the trip goes; the region only places them ("three provinces in the X
            # region, including A, B and C": A, B, C), unless no place is listed ("a tour of cities in the X Area")
            listed = [a for a in listed if a.entity not in {g.entity for g in region}]
            out += listed or region
        return list({a.entity: a for a in out}.values())

    def _led_to(self, r: Reading, v: Token, sent: Span, labels: tuple[str, ...] = ("Place",)) -> list[Arg]:
        """Where a delegation is led when the parser hung its "to X" inside a list of members: "will lead a
        delegation comprising the Deputy, Mr B, and the Head of Y, Ms C, to A, B and C" (the first "to" and places
        after the delegation noun)."""
        trip = next((c for c in r.children_of(v) if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self._journey), None)
        if trip is None:
            return []
        for t in sent[trip.i + 1 - sent.start:]:
            if t.lower_ in (";", ":"):
                break
            if t.dep_ == "prep" and t.lower_ == "to":
                found = [a for p in r.children_of(t) if p.dep_ == "pobj" for a in r.args_at(p, labels)]
                if found:
                    return found
        return []

    @staticmethod
    def _another_trip(r: Reading, v: Token, sent: Span) -> bool:
        """Whether a visit is an earlier trip than the one the release reports: in the perfect ("He has led
        delegations to A and B since June 2006") or dated more than a month before the release ("She visited X in
        August last year"); not "has arrived in X today"."""
        _, when, _, _ = r.sentence_facts(sent)
        if when is not None and r.date is not None:
            return (r.date - when).days > 30 or (v.tag_ == "VBN" and (r.date - when).days > 0
                                                 and any(c.dep_ == "aux" and c.lemma_ == "have" for c in r.children_of(v)))
        return v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in r.children_of(v))

    @staticmethod
    def _embarked(trip: Token) -> list[Token]:
        """The verb a trip noun is taken "on" ("embark on a mission to X", "set off on a tour of Y"): the
        parser hangs the trip's destination on it."""
        if trip.pos_ == "NOUN" and trip.dep_ == "pobj" and trip.head.lower_ == "on" and trip.head.head.pos_ == "VERB":
            return [trip.head.head]
        return []

    def _taken_in(self, r: Reading, trip: Token) -> list[Arg]:
        """The places a trip noun's clause says it takes in: "The visit also covers A and B", "The trip takes in
        A", "His itinerary includes stops in A and B" (the trip is the subject of an itinerary verb); "began a
        visit to X, covering A and B" (a participle of the verb that takes the trip)."""
        verb = trip.head
        if trip.dep_ in ("dobj", "obj") or self._embarked(trip):
            # "embarked on a trip to X, covering A and B", "will begin a visit tomorrow, taking in A": a participle
            # of the verb that takes the trip
            taker = trip.head if trip.dep_ in ("dobj", "obj") else trip.head.head
            takes = [c for c in r.children_of(taker) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > trip.i
                     and self._itinerary_verb(r, c)]
            return [a for c in takes for a in r.objects(c, ("Place",), preps=("to", "in"), deep=True)] + [
                a for c in takes for p in r.children_of(c) if p.dep_ == "prt"  # ("taking in A": A read under "in")
                for g in r.children_of(p) if g.dep_ == "pobj" for a in r.args_at(g, ("Place",))]
        if trip.dep_ != "nsubj" or verb.pos_ != "VERB" or not self._itinerary_verb(r, verb):
            return []
        return r.objects(verb, ("Place",), preps=("to", "in"), deep=True)

    def _itinerary_verb(self, r: Reading, verb: Token) -> bool:
        """Whether ``verb`` (with its particle) says which places a trip takes in ("cover", "take in")."""
        particle = next((c.lower_ for c in r.children_of(verb) if c.dep_ == "prt"
                         or c.dep_ == "prep" and c.i == verb.i + 1), None)  # ("taking in A": "in" read as a preposition)
        return verb.lemma_.lower() in self._itinerary or f"{verb.lemma_.lower()} {particle}" in self._itinerary

    @staticmethod
    def _the_trip(trip: Token) -> bool:
        """ "the visit", "this trip": one trip, the one the release is about (not "visits", "a visit")."""
        return trip.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in trip.children)

    def _being_in(self, r: Reading, be: Token, sent: Span) -> None:
        """ "Mr A will be in Oslo and Bergen next week", "Ms B is in the US to attend X": an official being
        somewhere is there on a trip (unless the place is their own: see :func:`igr.extract.frames.at_home`)."""
        people = [a for a in r.subjects(be, ("Person",), inherit=False) if a.via != "event-noun"]
        places = [a for c in r.children_of(be) if c.dep_ == "prep" and c.lower_ == "in"
                  for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Place",))]
        for place in places:
            for s in people:
                r.emit(s.entity, "visited", place.entity, sent, "dep:be-in", r.conf(s, place) - 0.1)

    def attend(self, r: Reading, v: Token, sent: Span) -> None:
        self._session(r, v, sent, chair=False)

    def chair(self, r: Reading, v: Token, sent: Span) -> None:
        self._session(r, v, sent, chair=True)

    def _session(self, r: Reading, v: Token, sent: Span, chair: bool) -> None:
        if v.pos_ not in ("VERB", "NOUN"):
            return
        if any(c.dep_ == "agent" for c in r.children_of(v)) and v.tag_ == "VBN":
            self._passive_session(r, v, sent, chair)
            return
        people = r.subjects(v, ("Person",))
        if chair and v.pos_ == "NOUN" and v.dep_ == "pobj" and v.head.lower_ in ("under", "with") \
                and v.head.head.pos_ in ("VERB", "AUX") and r.entity_at(v) is None:
            # "The X Meeting was held under the chairmanship of Mr A": A chaired the session of the clause
            chairs = [a for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ == "of"
                      for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Person",))]
            clause = v.head.head
            sessions = r.subjects(clause, ("Event", "Mechanism"), inherit=False) + \
                [a for c in r.children_of(clause) if c.dep_ in ("dobj", "obj") for a in r.args_at(c, ("Event", "Mechanism"))]
            for session in {a.entity: a for a in sessions}.values():
                for person in {a.entity: a for a in chairs}.values():
                    r.emit(person.entity, "chaired", session.entity, sent, f"dep:under-{v.lemma_}", r.conf(person, session) - 0.05)
            if len(chairs) > 1 and sessions:
                r.pairwise(chairs, "metWith", sent, f"dep:under-{v.lemma_}")
            return
        if chair and v.pos_ == "NOUN" and v.lemma_.lower().endswith("ship"):
            return  # a chairmanship outside "under the chairmanship of" ("congratulated him on his chairmanship of X")
        if chair and len(people) == 1 and v.lemma_.lower().startswith("co-"):
            # a joint verb has several subjects, however the parser nested the names: "Secretary for
            # Security A and Vice Mayor B co-chaired ..." (A read inside B's title)
            people = list({a.entity: a for c in r.children_of(v) if c.dep_ in ("nsubj", "nsubjpass") for t in r.subtree_of(c)
                           for a in r.args_at(t, ("Person",), conj=False)}.values()) or people
        if chair and not any(c.dep_ == "prep" and self._as_guest(c) for c in r.children_of(v)):
            # "co-chair the plenary with the Governor, Mr Wang" (not "..., with Mr A as guest of honour")
            partners = r.objects(v, ("Person",), preps=("with",))
            partners += [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj") for g in r.children_of(c)
                         if g.dep_ == "prep" and g.lower_ == "with"
                         for p in r.children_of(g) if p.dep_ == "pobj" for a in r.args_at(p, ("Person",))]
            people += [a for a in partners if a.entity not in {p.entity for p in people}]
        objs = r.objects(v, ("Event", "Mechanism"), preps=("at", "in", "over", "of", "to"))
        objs += self._part_of_event(r, v)  # a part of the event: "address the opening of X", "attend a session of X"
        if not chair and v.pos_ == "VERB" and v.lemma_.lower() == "join" and objs:
            # "joined the Vice Governor, Mr B, at the opening ceremony of X": B was there too
            people += [a for a in r.objects(v, ("Person",), preps=()) if a.entity not in {p.entity for p in people}]
        if chair and not objs:
            objs = self._shifted_session(r, v)
        if objs and not chair and v.pos_ == "VERB":
            # a long list of events the parser nests anywhere ("attend a session of A as well as B, the C, the D
            # and E"): every event named after the verb up to the next clause
            for t in sent[v.i + 1 - sent.start:]:
                if t.pos_ in ("VERB", "AUX") or t.tag_ in ("WRB", "WDT", "WP") or t.lower_ in (";", ":"):
                    break  # (the next clause: "..., where the X was announced")
                objs += r.args_at(t, ("Event",), conj=False)
        if not objs and not chair:  # "made keynote speeches for the Forum", "gave remarks to the Summit"
            objs = [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj") and r.word_lemmas[c.i] in self._speech_nouns
                    for g in r.children_of(c) if g.dep_ == "prep" and g.lower_ in ("for", "to")
                    for p in r.children_of(g) if p.dep_ == "pobj" for a in r.args_at(p, ("Event", "Mechanism"))]
        if not objs and not chair:
            objs = self._events_so_far(r, v, sent)  # "B and C also attended the events"
        if not objs and not chair and v.pos_ == "VERB" and v.lemma_.lower() == "attend" and not any(
                c.dep_ in ("dobj", "obj", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ != "as"
                for c in r.children_of(v)):
            # "Mr A also attended (as special guest)": the verb names nothing; the session reported last
            objs = r.attended_last(sent)
        if not objs and not chair and v.pos_ == "VERB" and sent.start > 0 \
                and any(c.dep_ in ("dobj", "obj") and r.word_lemmas[c.i] in self._speech_nouns for c in r.children_of(v)) \
                and not any(c.dep_ == "prep" for c in r.children_of(v)):
            # "The X Seminar was held in Munich today. Mr A gave welcome remarks.": a speech said nowhere else
            # was given at the one event the sentence before names
            before = r.sentence_of(sent.start - 1)
            named = list(dict.fromkeys(r.entity_at(t) for t in (*before, *sent[:v.i - sent.start])
                                       if r.entity_at(t) is not None and r.label(r.entity_at(t)) == "Event"))
            objs = [Arg(named[0], "Event", "event-noun")] if len(named) == 1 else []
        objs = list({a.entity: a for a in objs}.values())
        if not chair:  # "spoke at the Commission", "gave a speech at the University": they were there
            said = [c for c in r.children_of(v) if c.dep_ in ("dobj", "obj") and r.word_lemmas[c.i] in self._speech_nouns]
            for body in [a for h in (v, *said) for c in r.children_of(h) if c.dep_ == "prep" and c.lower_ == "at"
                         for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Organization",))]:
                # (not what is attended; "made a presentation at the X University": the speech's place too)
                for s in people:
                    r.emit(s.entity, "visited", body.entity, sent, f"dep:{v.lemma_}-at", r.conf(s, body) - 0.1)
        predicate = "chaired" if chair else "attended"
        if not chair and not people and (v.head.lemma_ == "be" or v.i - sent.start <= 2):
            # inverted: "Also attending the meeting were the Deputy Chief Secretary, Mr A; the Secretary ..., Mr B"
            people = [a for t in sent if t.i > max(v.i, v.head.i) for a in r.args_at(t, ("Person",), conj=False)]
            people = list({a.entity: a for a in people}.values())
        legs = self._leg_places(r, v) if not chair and not objs else []
        if not chair and not objs and (legs or any(t.lemma_.lower() in self._joined for c in r.children_of(v)
                                                   if c.dep_ in ("dobj", "pobj", "prep") for t in (c, *r.subtree_of(c)))):
            # "also joined the meeting", "will join part of the visit"; "are joining Mr A on the visit": A's party
            joined = [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj") for a in r.args_at(c, ("Person",))]
            principal = joined[0].entity if len({a.entity for a in joined}) == 1 else None
            for person in people:  # "... also joined the meeting"
                if person.entity != principal:
                    r.companions.append((person.entity, principal, r.bare_fact(person.entity, sent)))
                if legs:  # "will join the Guangzhou leg of the trip": there, not everywhere the principal goes
                    r.own_legs.add(person.entity)
                    for place in legs:
                        r.emit(person.entity, "visited", place, sent, f"dep:{v.lemma_}-leg", r.conf(person, person) - 0.1)
        for obj in objs:
            for s in people:
                r.emit(s.entity, predicate, obj.entity, sent, f"dep:{v.lemma_}", r.conf(s, obj))
        if not chair and objs and v.pos_ == "VERB" and people:
            # "officiated at the launch of X with the Minister of Y, Mr B": B took part too, and they met (the
            # "with" on the verb or on the occasion it takes)
            holders = [v, *(t for c in r.children_of(v) if c.dep_ in ("dobj", "prep") for t in (c, *r.children_of(c))
                            if t.dep_ in ("dobj", "pobj") and t.pos_ in ("NOUN", "PROPN"))]
            partners = [a for h in holders for c in r.children_of(h) if c.dep_ == "prep" and c.lower_ == "with"
                        for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Person",))
                        if a.entity not in {s.entity for s in people}]
            for partner in {a.entity: a for a in partners}.values():
                for obj in objs:
                    r.emit(partner.entity, predicate, obj.entity, sent, f"dep:{v.lemma_}-with", r.conf(partner, obj) - 0.05)
                for s in people:
                    r.emit(s.entity, "metWith", partner.entity, sent, f"dep:{v.lemma_}-with", r.conf(s, partner) - 0.1)
        if not objs:  # "Also speaking at the reception, Mr A ...": the reception named earlier with its place
            for noun in (t for c in r.children_of(v) if c.dep_ in ("dobj", "prep") for t in (c, *r.children_of(c))
                         if t.dep_ in ("dobj", "pobj") and r.entity_at(t) is None
                         and any(d.lower_ in ("the", "this") for d in r.children_of(t))):
                places = r.unnamed_venues.get(noun.lemma_.lower(), ())
                if not places and noun.lemma_.lower() in self._audience and r.unnamed_venues:
                    # "Addressing the guests, Ms X said": the guests of the event without a name reported last
                    places = list(r.unnamed_venues.values())[-1]
                for place in places:
                    for s in people:
                        r.emit(s.entity, "visited", place, sent, f"dep:{v.lemma_}-the-{noun.lemma_}",
                               r.conf(s, s) - 0.15)
        if not chair:  # "attended a lunch hosted by the Minister, Mr A": the guest meets the host
            hosts = [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj", "prep") for t in (c, *r.children_of(c))
                     if t.dep_ in ("dobj", "obj", "pobj") and (t.lemma_.lower() in self._event_nouns or r.args_at(t, ("Event",)))
                     for acl in r.children_of(t) if acl.dep_ == "acl" and acl.lemma_.lower() in self.words.family["organize"]
                     for agent in r.children_of(acl) if agent.dep_ == "agent" for t in r.subtree_of(agent)
                     for a in r.args_at(t, ("Person",), conj=False)]
            # "witnessed the signing of X by A and B": the witnesses meet the signers
            for method, others in (("hosted-by", hosts), ("performed-by", r.performers(v))):
                for other in others:
                    for s in people:
                        r.emit(s.entity, "metWith", other.entity, sent, f"dep:{v.lemma_}-{method}", r.conf(s, other) - 0.05)
        if chair and len(people) > 1 and (objs or any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self._event_nouns for c in r.children_of(v))):
            # co-chairs of a session meet, named or not: "A and B co-chaired a task force meeting"
            r.pairwise(people, "metWith", sent, "dep:co-chair")

    @staticmethod
    def _leg_places(r: Reading, v: Token) -> list[str]:
        """The places of the leg of a trip one joins: "will join the Guangzhou leg of the trip", "join the Shenzhen
        part", "the Osaka and Kobe legs" (the places printed before a part noun the verb takes as its object)."""
        return list(dict.fromkeys(
            a.entity for c in r.children_of(v) if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _LEG_NOUNS
            for d in r.children_of(c) if d.dep_ in ("compound", "nmod", "amod") and d.i < c.i
            for a in r.args_at(d, ("Place",))))

    @staticmethod
    def _shifted_session(r: Reading, v: Token) -> list[Arg]:
        """The session printed after the partner ("co-chaired with the Mayor of X, Mr A, the third plenary
        session of Y"): the parser reads it as an apposition to the partner; no person is in apposition to
        a session, so it is the verb's object."""
        return [a for c in r.children_of(v) if c.dep_ in ("dep", "dobj", "npadvmod") or c.dep_ == "prep" and c.lower_ == "with"
                for t in r.subtree_of(c) if t.dep_ == "appos" and r.args_at(t.head, ("Person", "Post"), conj=False)
                for a in r.args_at(t, ("Event", "Mechanism"), conj=False)]

    @staticmethod
    def _events_so_far(r: Reading, v: Token, sent: Span) -> list[Arg]:
        """What a plural event noun the verb takes refers to: "B and C also attended the events / the meetings /
        both functions" (:meth:`~igr.extract.arguments.Reading.events_so_far`)."""
        return [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj", "prep")
                for t in (c, *r.children_of(c)) if t.dep_ in ("dobj", "obj", "pobj") for a in r.events_so_far(t, sent)]

    def _part_of_event(self, r: Reading, v: Token) -> list[Arg]:
        """The event whose part (an unnamed event noun: the opening, a session, the reception and
        premiere) or audience the verb takes: "spoke at the opening of X", "joined a discussion session of X",
        "addressed participants of X"."""
        parts = [t for c in r.children_of(v) if c.dep_ in ("dobj", "obj", "prep") for t in (c, *r.children_of(c))
                 if t.dep_ in ("dobj", "obj", "pobj") and t.pos_ == "NOUN" and r.entity_at(t) is None]
        parts += [c for t in parts for c in r.children_of(t) if c.dep_ == "conj" and c.pos_ == "NOUN"]
        # (and what took place "at" an event: "took part in a panel discussion at X", "attended a lunch at X"; or
        # "under" it: "attend activities under the X Week")
        under = [g for t in parts if t.tag_ == "NNS" for g in (*r.children_of(t), *r.children_of(v))
                 if g.dep_ == "prep" and g.lower_ == "under"]  # (the parser may hang "under" on the verb)
        return [a for t in parts for g in r.children_of(t)
                if g.dep_ == "prep" and (g.lower_ == "of" and (t.lemma_.lower() in self._part_nouns or t.lower_ in self._audience
                                                              or t.lemma_.lower() in self._audience) or g.lower_ == "at")
                for p in r.children_of(g) if p.dep_ == "pobj" for a in r.args_at(p, ("Event", "Mechanism"))] \
            + [a for g in under for p in r.children_of(g) if p.dep_ == "pobj" for a in r.args_at(p, ("Event",))]

    def _passive_session(self, r: Reading, v: Token, sent: Span, chair: bool) -> None:
        """ "Co-chaired by A and B, the Committee met ..."; "the Forum, attended by A, ..."; "the Task Group,
        chaired by A": the people after "by" take part in the session the participle describes."""
        sessions = ("Event", "Mechanism")
        people = [a for c in r.children_of(v) if c.dep_ == "agent" for t in r.subtree_of(c) for a in r.args_at(t, ("Person",), conj=False)]
        # the last name of the list may hang on the verb: "co-chaired by the Secretary, Mr A, and the Minister, Mr B"
        people += [a for c in r.children_of(v) if c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN"
                   for a in r.args_at(c, ("Person",), conj=False)]
        agent = next((c for c in r.children_of(v) if c.dep_ == "agent"), None)
        if agent is not None and v.dep_ in ("ROOT", "acl"):  # "The meeting was co-chaired by A and B.", "The Plenary,
            # led by A and B, was held ...": the names after "by", wherever the parser hung them (on the subject, as
            # appositions), up to the next verb
            sentence = r.sentence_of(v.i)
            for t in sentence[agent.i + 1 - sentence.start:]:
                if t.pos_ in ("VERB", "AUX"):
                    break
                people += r.args_at(t, ("Person",), conj=False)
        people = list({a.entity: a for a in people}.values())
        targets = r.args_at(v.head, sessions, conj=False) if v.dep_ in ("acl", "relcl") else []
        root = r.sentence_of(v.i).root
        if not targets and v.i < root.i:  # the participle opens the sentence: its session is the main clause's subject
            before_root = [a for t in v.doc[v.i + 1:root.i] for a in r.args_at(t, sessions, conj=False)]
            targets = before_root[-1:]
        targets += r.subjects(v, sessions, inherit=False)  # "The Plenary was co-chaired by A and B"
        speeches = [c for c in r.children_of(v) if c.dep_ == "nsubjpass" and r.word_lemmas[c.i] in self._speech_nouns]
        if not targets and speeches:
            # "Speeches at the opening ceremony were delivered by A and B", "Keynote speeches were delivered by A at the
            # X Summit": the speakers attended the occasion the speeches were made at, else the one named just before
            targets = [a for t in (*speeches, v, *(r.subtree_of(agent) if agent is not None else ()))
                       for g in r.children_of(t) if g.dep_ == "prep" and g.lower_ in ("at", "of")
                       for p in r.children_of(g) if p.dep_ == "pobj" for a in r.args_at(p, sessions)]
            targets = targets or r.attended_last(sent) or r.named_just_before(sent)
        predicate = "chaired" if chair else "attended"
        for target in {a.entity: a for a in targets}.values():
            for person in people:
                r.emit(person.entity, predicate, target.entity, sent, f"dep:{v.lemma_}-by", r.conf(person, target) - 0.05)
        unnamed = any(c.dep_ == "nsubjpass" and c.lemma_.lower() in self._event_nouns for c in r.children_of(v))
        if chair and len(people) > 1 and (targets or unnamed):  # ("The meeting was co-chaired by A and B": a
            # session with no name of its own still brings its co-chairs together)
            r.pairwise(people, "metWith", sent, "dep:co-chair-by")

    def sign(self, r: Reading, v: Token, sent: Span) -> None:
        if v.pos_ not in ("VERB", "NOUN") or (found := self._after_witnesses(r, sent)) is not None and found[0] == v:
            return  # (a sentence that opens with its witnesses: see witnessed_signing)
        labels = ("Person", "Organization", "Place")
        if v.pos_ == "NOUN":  # "the signing of the Agreement by A and B", "... of X between A and B"
            by = next((c for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ == "by"), None)
            signers = [] if by is None else [a for t in r.subtree_of(by) for a in r.args_at(t, labels, conj=False)]
            if by is not None:  # (the parser may hang the names after the first title on the noun, or on the verb
                # that takes it: "by the Secretary for X, Mr A, and the Minister of Y, Mr B")
                signers += r.named_after(by)
            agreements = r.objects(v, ("Agreement",), preps=("of",))
            if agreements and not signers:
                signers = [a for t in r.subtree_of(v) if t.dep_ == "prep" and t.lower_ == "between" for p in r.children_of(t)
                           if p.dep_ == "pobj" for a in r.args_at(p, ("Organization", "Place"))]
        else:
            signers = r.subjects(v, labels, agent=True)
            agreements = r.objects(v, ("Agreement",), preps=("into",))
            if any(c.dep_ == "agent" for c in r.children_of(v)):
                # "The memorandum was signed by A and B": every signer named in the agent phrase (the parser
                # may hang the last name on the verb), and the agreement the subject refers to
                # (up to the next clause: "the X Agreement, signed by A and B; and the Y Memorandum, signed by C")
                stop = _clause_end(r, v)
                signers += [a for c in r.children_of(v) if c.dep_ == "agent" for t in r.subtree_of(c) if t.i < stop
                            for a in r.args_at(t, labels, conj=False)]
                signers += [a for c in r.children_of(v) if c.dep_ in ("npadvmod", "conj") and c.pos_ == "PROPN"
                            and c.i < stop for a in r.args_at(c, ("Person",))]
                agreements += [a for c in r.children_of(v) if c.dep_ == "nsubjpass" for a in r.args_at(c, ("Agreement",))]
                if v.dep_ in ("acl", "relcl"):  # "the X Agreement, signed by A and B" (the parser may hang the
                    # participle on a noun before the name: "the exchange of the X Memorandum, signed by A")
                    before = r.doc[v.i - 2] if v.i > 1 and r.word_lowers[v.i - 1] == "," else v.head
                    named = [e for e in (r.entity_at(v.head), r.entity_at(before)) if e is not None]
                    agreements += [Arg(e, "Agreement", "mention") for e in named[:1] if r.label(e) == "Agreement"]

                r.pairwise([a for a in signers if a.label == "Person"], "metWith", sent, "dep:signed-by", less=0.1)
            signers = list({a.entity: a for a in signers}.values())
            if v.dep_ == "acl" and r.doc[v.i - 1].text == "," and not any(c.dep_ == "agent" for c in r.children_of(v)):
                # "The Secretary for X, Mr A, signed in Tallinn yesterday a ... agreement with ...": the parser hangs
                # the clause's verb on the name before it, as if a participle (no person is "signed"); the name is
                # its subject, and the agreement printed next its object
                signers = signers or r.args_at(v.head, ("Person",), conj=False)
                if signers and not agreements:
                    agreements = [Arg(e, "Agreement", "mention") for e in dict.fromkeys(
                        r.entity_at(t) for t in sent if t.i > v.i and r.entity_at(t) is not None) if r.label(e) == "Agreement"][:1]
                if signers and not agreements and not any(c.dep_ in ("dobj", "obj") for c in r.children_of(v)):
                    # "Y's Minister, Mr B, signed on behalf of his Government"
                    recent = r.named_last(v, "Agreement") or r.only_one("Agreement", after=v.idx)
                    agreements = [Arg(recent, "Agreement", "event-noun")] if recent else []
        # "A and B, representing the X Government and the Y Government, signed ..."
        signers += [a for t in sent if t.lemma_.lower() == "represent" and t.i < v.i
                    for c in r.children_of(t) if c.dep_ == "dobj"
                    for a in r.args_at(c, ("Organization", "Place"))]
        # "A signed the MoU on behalf of InvestHK": the body A acts for signs it too
        # (the parser may hang the phrase on the signer: "signed by Ms A on behalf of X")
        signers += [a for b in r.subtree_of(v) if b.lower_ == "behalf" and b.dep_ == "pobj" and b.head.lower_ == "on"
                    for o in r.children_of(b) if o.dep_ == "prep" and o.lower_ == "of" for g in r.children_of(o)
                    if g.dep_ == "pobj" for a in r.args_at(g, ("Organization", "Place"))]
        if not agreements and v.pos_ == "VERB" and not any(c.dep_ in ("dobj", "obj", "prt", "nsubjpass", "ccomp")
                                                            for c in r.children_of(v)) \
                and any(c.dep_ == "nsubj" for c in r.children_of(v)):
            # "Mr B signed on behalf of Y", "signed for Hong Kong": the agreement the release named last
            recent = r.named_last(v, "Agreement") or r.only_one("Agreement", after=v.idx)
            agreements = [Arg(recent, "Agreement", "event-noun")] if recent else []
        # "signed X with the Minister of Y, Mr Z": the counterpart signs too, and the signers meet (the parser
        # may hang the "with" on a noun of the verb's phrases: "signed X on the margins of Y with Z")
        holders = [v, *(c for c in r.children_of(v) if c.dep_ in ("dobj", "obj")),
                   *(p for c in r.children_of(v) if c.dep_ == "prep" for p in r.children_of(c)
                     if p.dep_ == "pobj" and p.pos_ == "NOUN" and r.entity_at(p) is None),
                   # "signed agreed minutes for closer co-operation with the Commissioner, Mr Z"
                   *(p for c in r.children_of(v) if c.dep_ in ("dobj", "obj") for g in r.children_of(c) if g.dep_ == "prep"
                     for p in r.children_of(g) if p.dep_ == "pobj" and p.pos_ == "NOUN" and r.entity_at(p) is None)]
        # (or on the last word of the agreement's name: "signed a Memorandum of Understanding on Labour
        # Co-operation with the Minister of Z")
        holders += [t for c in r.children_of(v) if c.dep_ in ("dobj", "obj") for t in r.subtree_of(c)
                    if r.entity_at(t) is not None and r.label(r.entity_at(t)) == "Agreement"]  # (any word of it:
        # "signed the "MoU on strengthening exchanges" with Mr Z", the "with" on the verb inside the quoted title)
        if v.dep_ == "acl":  # (the agreement printed after a verb the parser hung on its signer's name)
            named = {a.entity for a in agreements}
            holders += [t for t in sent if t.i > v.i and r.entity_at(t) in named]
        counterparts = [a for h in dict.fromkeys(holders) for c in r.children_of(h) if c.dep_ == "prep" and c.lower_ == "with"
                        for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, labels)]
        co_subjects_meet(r, v, sent)
        r.state_pair([a.entity for a in signers + counterparts if a.label in ("Organization", "Place")])
        people = [a for a in signers if a.label == "Person"]
        for c in counterparts:
            for s in people:
                if c.label == "Person":
                    r.emit(s.entity, "metWith", c.entity, sent, f"dep:{v.lemma_}-with", r.conf(s, c) - 0.05)
        if v.pos_ == "NOUN":
            r.pairwise(people, "metWith", sent, "dep:signing-by", less=0.1)
        for obj in agreements:
            for s in {a.entity: a for a in signers + counterparts}.values():
                r.emit(s.entity, "signed", obj.entity, sent, f"dep:{v.lemma_}", r.conf(s, obj))
        self._on_the_fringe(r, v, sent, [a for a in signers + counterparts if a.label == "Person"])

    def witnessed_signing(self, r: Reading, sent: Span) -> None:
        """A signing reported after its witnesses: "Witnessed by the Chief Executive, Mr A, the Secretary for X,
        Mr B, and the Minister of Y, Mr C, signed the Z Agreement" (see :meth:`_after_witnesses`): the signers sign
        every agreement named after the verb, and meet."""
        found = self._after_witnesses(r, sent)
        if found is None:
            return
        _, signers, agreements = found
        for obj in agreements:
            for s in signers:
                r.emit(s.entity, "signed", obj.entity, sent, "dep:witnessed-sign", r.conf(s, obj))
        r.pairwise(signers, "metWith", sent, "dep:co-sign", less=0.1)

    def _after_witnesses(self, r: Reading, sent: Span) -> tuple[Token, list[Arg], list[Arg]] | None:
        """The first signing verb, its signers and its agreements in a sentence that opens "Witnessed by ...", when
        people sign there. The parser runs the witnesses into the signers (and may read "signed" as an auxiliary):
        the signers are the two people named last before the verb when "and" joins them, else the one; the
        agreements, those named after it up to the next clause. None when the sentence is of another shape (bodies
        signing, or no agreement named after the verb): the verb's own frame reads it."""
        if not self._opens_with_witnesses(r, sent):
            return None
        v = next((t for t in sent if t.i > sent.start + 1 and r.word_lowers[t.i] in ("signed", "signs", "sign", "inked")
                  and r.word_pos[t.i] in ("VERB", "AUX")), None)
        if v is None:
            return None
        printed = [r.entity_at(t) for t in sent if t.i < v.i]  # (in the order printed)
        named = [Arg(e, "Person", "mention") for e in dict.fromkeys(printed) if e is not None and r.label(e) == "Person"]
        if len(named) < 2:
            return None  # (the witness alone: "Witnessed by Mr A, the agreement was signed")
        last = max(t.i for t in sent if r.entity_at(t) == named[-1].entity)
        if any(r.label(e) in ("Organization", "Place") for t in sent if last < t.i < v.i
               if (e := r.entity_at(t)) is not None):
            return None  # ("..., Mr B, the X Government and the Y Government signed": bodies sign)
        end = next((t.i for t in sent if t.i > v.i and (r.word_lowers[t.i] in (";", "while", "whereas")
                                                          or r.word_lowers[t.i] in ("signed", "signs"))), sent.end)
        agreements = list({a.entity: a for t in sent if v.i < t.i < end
                           for a in r.args_at(t, ("Agreement",), conj=False) if a.via == "mention"}.values())
        if not agreements:
            return None
        first = next(t.i for t in sent if r.entity_at(t) == named[-2].entity)
        joined = any(r.word_lowers[i] == "and" and r.entity_at(r.tokens[i]) is None for i in range(first, v.i))
        return v, (named[-2:] if joined else named[-1:]), agreements

    def _opens_with_witnesses(self, r: Reading, sent: Span) -> bool:
        """Whether ``sent`` opens with a phrase of the lexicon's ``witness_openers`` ("Witnessed by", "Under the
        witness of", "In the presence of"), articles aside."""
        opening = [r.word_lowers[i] for i in range(sent.start, min(sent.end, sent.start + 6))
                   if r.word_lowers[i] not in ARTICLES]
        return any(tuple(opening[:len(p)]) == p for p in self._witness_openers)

    def signed_between(self, r: Reading, sent: Span) -> None:
        """The parties an agreement is "between", where its signing is reported (in the sentence, or the one
        before when this one lists what was signed): "A total of eight agreements were signed. They include the
        MoU on X between the A Bureau and the B Department": A and B signed it."""
        signing = self.words.family["sign"] - {"exchange", "reach"}
        here = not signing.isdisjoint(sent.lemmas) or "signing" in sent.lowers  # (the noun: "the signing ceremony")
        listed = sent.span.root.lemma_.lower() in self._list_verbs | {"be"} and sent.start > 0 \
            and not signing.isdisjoint(t.lemma_.lower() for t in r.sentence_of(sent.start - 1))
        if not (here or listed) or not ({"between", "among"} & set(sent.lowers)):
            return
        for prep in sent:
            if prep.lower_ not in ("between", "among") or prep.dep_ != "prep":
                continue
            agreement = r.entity_at(prep.head)
            if agreement is not None and r.label(agreement) != "Agreement":  # inside an occasion's name: "the signing
                at = prep.head.idx  # ceremony of the Agreement between A and B"
                agreement = next((e.id for e in r.entities if e.label == "Agreement"
                                  and any(s0 <= at < e0 for s0, e0 in e.spans)), None)
            if agreement is None:
                continue
            parties = [a for p in r.children_of(prep) if p.dep_ == "pobj" for a in r.args_at(p, ("Organization", "Place"))]
            if len(parties) < 2:  # the parties named inside the agreement's own name ("Agreement between A and B")
                tokens = r.subtree_of(prep)
                begin, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
                parties = [Arg(e.id, e.label, "mention") for e in r.entities if e.label in ("Organization", "Place")
                           and any(begin <= s0 and e0 <= end for s0, e0 in e.spans)]
            if len(parties) > 1:
                for party in {a.entity: a for a in parties}.values():
                    r.emit(party.entity, "signed", agreement, sent, "dep:signed-between", r.conf(party, party) - 0.1)

    def occasions(self, r: Reading, sent: Span) -> None:
        """Acting during an event is attending it ("During the conference, they also signed X"); a trip made
        for an event ("arrived in Lima for the Summit") is attending it there."""
        if self._occasion.isdisjoint(sent.lowers) and self._purpose.isdisjoint(sent.lowers):
            return  # no preposition of either kind
        cues = self._occasion | self._purpose
        lowers = sent.word_lowers if isinstance(sent, Sentence) else [t.lower_ for t in sent]
        for prep in [t for t, w in zip(sent, lowers) if w in cues]:
            v = prep.head
            if prep.dep_ == "prep" and v.pos_ == "NOUN" and v.dep_ in ("dobj", "obj") and v.head.pos_ == "VERB":
                v = v.head  # on the verb's object: "gave remarks at the luncheon", "made a speech during the forum"
            if prep.dep_ == "prep" and prep.lower_ == "at" and v.pos_ == "PROPN":
                self._person_at(r, prep, sent)
            if prep.dep_ != "prep" or v.pos_ != "VERB":
                continue
            during = prep.lower_ in self._occasion
            purpose = prep.lower_ in self._purpose and v.lemma_.lower() in self.words.family["visit"]
            if not (during or purpose):
                continue
            if prep.lower_ == "at" and v.dep_ == "acl":
                continue  # a participle on a noun: "the consensus reached at the X Plenary" puts no one there
            events = [a for p in r.children_of(prep) if p.dep_ == "pobj" for a in r.args_at(p, ("Event", "Mechanism"))
                      if prep.lower_ != "at" or a.via == "mention" or p.lemma_.lower() in self._parts
                      or p.lemma_.lower() in r.ents[a.entity].name.lower()]
            # ("at the luncheon" is at the event named last, "at the meeting" only when that is a meeting: not
            # "At the meeting with Mr A, she said ..." after a forum was named)
            if not events and prep.lower_ == "at":
                events = self._part_of_recent(r, prep)
            # (whoever does the verb itself: not the speaker of "said the consensus reached at the X Plenary")
            people = r.subjects(v, ("Person",), inherit=prep.lower_ != "at")
            if events and people and (v.lemma_.lower() not in self._with_counterpart or during and prep.lower_ != "at"):
                # those the subject is with there were there too: "A is pictured with B at the X Gathering" (a photo
                # caption), "A toured the hall with B at the Expo"; whom one meets or signs with only "during" the
                # event ("A signed X with B during the Y Session"; "at" a part of it, their own frames decide)
                people += [a for h in (v, *(c for c in r.children_of(v) if c.dep_ in ("dobj", "obj")))
                           for c in r.children_of(h) if c.dep_ == "prep" and c.lower_ == "with"
                           for g in r.children_of(c) if g.dep_ == "pobj" for a in r.args_at(g, ("Person",))]
            for event in events:
                for person in people:
                    r.emit(person.entity, "attended", event.entity, sent, f"dep:{v.lemma_.lower()}-{prep.lower_}",
                           r.conf(person, event) - 0.1)
                if during and prep.lower_ != "at" and people and r.label(event.entity) == "Event":
                    # "signed X in Brussels during the Y Session": the session was held there
                    for place in r.objects(v, ("Place",), preps=("in",), deep=True):  # (or "in" on its object)
                        r.emit(event.entity, "heldIn", place.entity, sent, f"dep:{v.lemma_.lower()}-in-during",
                               r.conf(event, place) - 0.15)
                if purpose and r.label(event.entity) == "Event":
                    for place in r.objects(v, ("Place",), preps=("in", "to", "for")):
                        r.emit(event.entity, "heldIn", place.entity, sent, f"dep:{v.lemma_.lower()}-for",
                               r.conf(event, place) - 0.1)
            if during:
                self._during_the_trip(r, v, prep, sent)

    @staticmethod
    def _person_at(r: Reading, prep: Token, sent: Span) -> None:
        """A person named "at" a named event, as a photo caption prints them: "... is pictured with the Director
        General, Mr B at the X Gathering", "The Mayor, Mr B (centre), at the opening of the Y Expo": B was there."""
        people = [a for a in r.args_at(prep.head, ("Person",), conj=False) if a.via == "mention"]
        events = [a for p in r.children_of(prep) if p.dep_ == "pobj" for a in r.args_at(p, ("Event", "Mechanism"))
                  if a.via == "mention"]
        for event in events:
            for person in people:
                r.emit(person.entity, "attended", event.entity, sent, "dep:person-at", r.conf(person, event) - 0.1)

    def _during_the_trip(self, r: Reading, v: Token, prep: Token, sent: Span) -> None:
        """ "During the visit to Jiangxi, Mr A will attend the X Symposium and the Y Seminar": the events
        attended on a trip to a place are held there (not those printed with a place of their own: "During his
        visit to X, he attended the Y Forum in Z")."""
        trips = [p for p in r.children_of(prep) if p.dep_ == "pobj" and p.lemma_.lower() in self._journey]
        places = [a for t in trips for a in r.objects(t, ("Place",), preps=("to", "in"))]
        places += [a for t in trips for c in r.children_of(t) if c.dep_ in ("compound", "nmod") and c.i < t.i
                   for a in r.args_at(c, ("Place",), conj=False)]  # "during the Guangxi visit"
        if not places or v.lemma_.lower() not in self._attending:
            return
        held = [c for c in r.children_of(v) if c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ == "at"]
        if any(g.dep_ == "prep" and g.lower_ in ("in", "at") and any(r.args_at(p, ("Place",)) for p in r.children_of(g))
               for c in (v, *held) for g in (r.children_of(c) if c is v else r.subtree_of(c))):
            return  # the event has a place of its own
        events = [a for c in held for t in ((c,) if c.dep_ != "prep" else (p for p in r.children_of(c) if p.dep_ == "pobj"))
                  for a in r.args_at(t, ("Event",))]
        for event in {a.entity: a for a in events}.values():
            for place in places:
                r.emit(event.entity, "heldIn", place.entity, sent, f"dep:{v.lemma_.lower()}-during-trip",
                       r.conf(event, place) - 0.1)

    def _part_of_recent(self, r: Reading, prep: Token) -> list[Arg]:
        """ "The X Summit opened today. The FS gave remarks at a business plenary session": a part of an event
        with no name and nothing of its own ("hosted by", "of", "in") is a part of the event named just before
        (in this sentence or the one before)."""
        out = []
        for p in r.children_of(prep):
            if p.dep_ != "pobj" or p.pos_ != "NOUN" or r.entity_at(p) is not None or p.lemma_.lower() not in self._parts \
                    or any(c.dep_ in ("prep", "acl") or c.dep_ == "relcl" and not any(w.lower_ == "where" for w in r.children_of(c))
                           for c in r.children_of(p)):  # (but "a session where he spoke of X" is the session itself)
                continue
            recent = r.named_last(p)
            if recent is None:
                continue
            before = r.sentence_of(p.i).start - 1
            window = r.sentence_of(before).start_char if before >= 0 else r.sentence_of(p.i).start_char
            if any(window <= s0 < p.idx for s0, _ in r.ents[recent].spans):
                out.append(Arg(recent, "Event", "event-noun"))
        return out

    def guests(self, r: Reading, sent: Span) -> None:
        """ "The X Plenary was held in Y today, with the Deputy Director, Mr A, as special guest": A attended
        the event the clause reports (its subject or object)."""
        if self._guest.isdisjoint(sent.lemmas):
            return
        for t in sent:
            if t.dep_ != "prep" or t.lower_ != "as" or t.head.pos_ not in ("VERB", "AUX") or not self._as_guest(t):
                continue
            v = t.head
            people = [a for w in r.children_of(v) if w.dep_ == "prep" and w.lower_ == "with" for p in r.children_of(w)
                      if p.dep_ == "pobj" for a in r.args_at(p, ("Person",))]
            events = r.subjects(v, ("Event", "Mechanism"), inherit=False) + \
                [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj") for a in r.args_at(c, ("Event", "Mechanism"))]
            for event in {a.entity: a for a in events}.values():
                for person in {a.entity: a for a in people}.values():
                    r.emit(person.entity, "attended", event.entity, sent, "dep:with-as-guest", r.conf(person, event) - 0.1)

    def _as_guest(self, prep: Token) -> bool:
        """Whether ``prep`` is "as (special / officiating) guest"."""
        return prep.lower_ == "as" and any(g.lemma_.lower() in self._guest for g in prep.subtree)

    def speeches(self, r: Reading, sent: Span) -> None:
        """ "the speech by the Deputy Chief Secretary, Mr A, at the X reception": A attended X (a speech named
        by a noun, without a verb of attending). Read flat, from "by" to "at" and from "at" to the next verb:
        the parser hangs the names of this formula anywhere."""
        if " by " not in sent.text.strip():  # (not r.sentence_facts: it reads the sentence's date too)
            return
        tokens = list(sent)
        for n, t in enumerate(tokens[:-1]):
            if (t.lemma_.lower() not in self._speech_nouns and t.lower_ not in self._speech_nouns) or t.pos_ != "NOUN" \
                    or tokens[n + 1].lower_ != "by":
                continue
            at = next((m for m in range(n + 2, len(tokens)) if tokens[m].lower_ == "at"), None)
            if at is None:
                continue
            people = [a for u in tokens[n + 2:at] for a in r.args_at(u, ("Person",), conj=False)]
            events = []
            for u in tokens[at + 1:]:
                if u.pos_ in ("VERB", "AUX"):
                    break
                events += r.args_at(u, ("Event", "Mechanism"), conj=False)
            for event in {a.entity: a for a in events[:1]}.values():
                for person in {a.entity: a for a in people}.values():
                    r.emit(person.entity, "attended", event.entity, sent, f"dep:{t.lemma_.lower()}-by-at",
                           r.conf(person, event) - 0.05)

    def _on_the_fringe(self, r: Reading, v: Token, sent: Span, people: list[Arg]) -> None:
        """ "signed X on the margins of the Forum", "met Y on the sidelines of the Summit": they attended it."""
        events = [a for c in r.children_of(v) if c.dep_ == "prep" for p in r.children_of(c)
                  if p.dep_ == "pobj" and p.lemma_.lower() in self._fringe for g in r.children_of(p)
                  if g.dep_ == "prep" and g.lower_ == "of" for e in r.children_of(g) if e.dep_ == "pobj"
                  for a in r.args_at(e, ("Event", "Mechanism"))]
        for event in events:
            for person in {a.entity: a for a in people}.values():
                r.emit(person.entity, "attended", event.entity, sent, f"dep:{v.lemma_}-on-the-margins",
                       r.conf(person, event) - 0.05)

    def succeed(self, r: Reading, v: Token, sent: Span) -> None:
        if v.pos_ not in ("VERB", "NOUN"):
            return
        old = r.objects(v, ("Organization",), preps=())
        new = r.objects(v, ("Organization",), preps=("into", "as", "to"))
        for o in old:
            for n in new:
                if o.entity != n.entity:
                    r.emit(n.entity, "succeeds", o.entity, sent, f"dep:{v.lemma_}", r.conf(o, n))


def co_subjects_meet(r: Reading, v: Token, sent: Span) -> None:
    """People who do something together meet: "Mr A and Mr B signed the Agreement"."""
    people = [a for a in r.subjects(v, ("Person",), inherit=False) if a.via == "mention"]
    r.pairwise(people, "metWith", sent, f"dep:co-{v.lemma_}", less=0.1)


def _clause_end(r: Reading, v: Token) -> int:
    """The index of the first token after ``v`` that ends its clause: ";", or a verb of another clause that is no
    word of a name (the end of the sentence when there is none)."""
    sent = r.sentence_of(v.i)
    return next((t.i for t in sent if t.i > v.i and (r.word_lowers[t.i] == ";" or t.pos_ in ("VERB", "AUX")
                                                     and r.entity_at(t) is None)), sent.end)
