"""Relations between the entities of one document, from syntax around trigger words.

Evidence comes in families, each with its own confidence and its own module:

* the structure of names and names side by side (:mod:`igr.extract.structure`);
* dependency patterns around the trigger words of ``ontology/lexicon/relations.json``
  (meet, visit, attend, chair, sign, organise, fund, restructure; here), with arguments
  found by :mod:`igr.extract.arguments`;
* sessions, venues, funding and lists (:mod:`igr.extract.sessions`), co-operation
  (:mod:`igr.extract.cooperation`);
* what a report of a meeting implies as a whole (:mod:`igr.extract.frames`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from igr.extract.arguments import Arg, ArgumentFinder
from igr.extract.cooperation import CooperationPatterns
from igr.extract.dates import find_date
from igr.extract.frames import at_home, frame_facts, home_places
from igr.extract.lexicon import Lexicon
from igr.extract.records import Fact, LocalEntity
from igr.extract.sessions import SessionPatterns
from igr.extract.structure import NameStructure

DEFAULT_TRIGGERS = {
    "meet": ("meet", "call", "receive", "greet", "talk"),
    "visit": ("visit", "tour", "arrive", "travel", "inspect", "head", "depart", "lead", "go", "fly", "come",
              "return", "trip"),
    "attend": ("attend", "speak", "officiate", "address", "join", "witness", "participate", "deliver",
               "grace", "present", "host", "open", "launch", "unveil", "preside"),
    "chair": ("chair", "co-chair", "preside", "convene", "co-host", "cochair"),
    "sign": ("sign", "conclude", "ink", "enter"),
    "organize": ("organise", "organize", "host", "hold", "stage", "co-organise", "co-organize", "present"),
    "fund": ("fund", "finance", "sponsor", "subsidise", "subsidize"),
    "succeed": ("restructure", "rename", "replace", "reorganise", "reorganize", "merge", "transform"),
    "cooperate_nouns": ("co-operation", "cooperation", "collaboration", "partnership", "exchange", "exchanges",
                        "operation", "integration", "liaison", "link", "ties"),
    "cooperate_verbs": ("co-operate", "cooperate", "collaborate", "partner", "operate", "work"),
}


HEADLINE_VERBS = {"meets": "metWith", "meet": "metWith", "visits": "visited", "visit": "visited"}
HEADLINE_RANGE = {"metWith": ("Person",), "visited": ("Place", "Organization")}


class RelationFinder(ArgumentFinder, NameStructure, SessionPatterns, CooperationPatterns):
    """Find facts in a parsed document whose entities are resolved.

    Parameters
    ----------
    lexicon : Lexicon
        For the trigger words (``relations.json``); defaults cover what it lacks.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        merged = {k: set(v) for k, v in DEFAULT_TRIGGERS.items()}
        for k, words in lexicon.triggers.items():
            if k in merged:
                merged[k].update(w.lower() for w in words if " " not in w)
        for family, negatives in (("visit", "not_visit"), ("cooperate_nouns", "not_cooperate"),
                                  ("cooperate_verbs", "not_cooperate")):
            merged[family] -= {w.lower() for w in lexicon.triggers.get(negatives, ()) if " " not in w}
        self.triggers = {k: frozenset(v) for k, v in merged.items()}
        areas = sorted({w.lower() for w in lexicon.triggers.get("policy_areas", ())}, key=len, reverse=True)
        self.areas = re.compile(r"\b(" + "|".join(map(re.escape, areas)) + r")\b") if areas else None

    def find(self, doc: Doc, entities: list[LocalEntity], nested: dict[str, str], doc_date=None,
             body_start: int = 0) -> list[Fact]:
        """Facts stated in ``doc``.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        entities : list of LocalEntity
            The document's entities with every span that names them.
        nested : dict
            Entity id of a nested mention's span key ``"start:end"`` to the entity id of its container.
        doc_date : datetime.date or None
        body_start : int
            Where the body starts (after the title): facts in the title are stated too.
        """
        self._doc = doc
        self._text = doc.text  # Doc.text joins every token on each access: read it once
        self._ents = {e.id: e for e in entities}
        self._token_entity = self._map_tokens(doc, entities)
        self._date = doc_date
        self._facts: dict[tuple[str, str, str], Fact] = {}
        self._last_person: dict[str, str] = {}
        self._holders = {}
        self._delegates: list[tuple[str, Fact]] = []
        self._venues: dict[str, list[str]] = {}
        self._series: tuple[list[Arg], list[Arg]] | None = None
        self._pair: tuple[str, ...] = ()  # the two places the release is about, for "the two places"
        self._parties: dict[str, list[str]] = {}
        self._companions: list[tuple[str, str | None, Fact]] = []
        self._per_sentence: dict[int, tuple] = {}
        self._structural(doc, entities, nested)
        self._appositions(doc, entities)
        for sent in doc.sents:
            if sent.start_char < body_start:
                self._headline(sent)
            self._sentence(sent)
            self._where(sent)
            self._lists(sent)
            self._units_of(sent)
            self._accompanied(sent)
            self._travel_to_attend(sent)
            self._remember_subjects(sent)
        # sides come from posts; frames add no posts, so one reading serves both steps
        home = home_places(list(self._facts.values()), self._ents, self.lexicon, self._inside(entities))
        for fact in frame_facts(list(self._facts.values()), self._ents, self.lexicon, home, self._delegates,
                                self._companions, self._venues):
            k = (fact.subject, fact.predicate, fact.object)
            if k not in self._facts and fact.subject != fact.object:
                self._facts[k] = fact
        for k in at_home(list(self._facts.values()), self._ents, self.lexicon, home):
            del self._facts[k]
        return sorted(self._facts.values(), key=lambda f: (f.start, f.predicate, f.subject, f.object))

    def _headline(self, sent: Span) -> None:
        """Headlines are in title case, which the parser reads badly: "CE Visits Guangzhou",
        "Han Zheng and Yang Xiong Meet Leung Chun-ying". Read them as subject, verb, objects."""
        for verb in sent:
            predicate = HEADLINE_VERBS.get(verb.lower_)
            if predicate is None:
                continue
            subjects = [a for t in sent if t.i < verb.i for a in self._args_at(t, ("Person",), conj=False)]
            objects: list[Arg] = []
            for t in sent[verb.i - sent.start + 1:]:
                found = self._args_at(t, HEADLINE_RANGE[predicate], conj=False)
                if t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN":
                    found = []  # "FS to visit Mainland cities": a modifier, not where he goes
                if found:
                    objects += [a for a in found if a.entity not in {o.entity for o in objects}]
                elif objects and t.lower_ not in (",", "and", "&") and not t.ent_iob_ == "I" \
                        and self._entity_at(t) is None:
                    break  # the objects are the names right after the verb
            for s in {a.entity: a for a in subjects}.values():
                for o in objects:
                    self._emit(s.entity, predicate, o.entity, sent, f"headline:{verb.lower_}", self._conf(s, o) - 0.1)

    def _emit(self, s: str, p: str, o: str, sent: Span, method: str, confidence: float,
              participants: tuple[str, ...] = ()) -> None:
        if s == o or s is None or o is None:
            return
        if p in ("metWith", "cooperatesWith") and s > o:
            s, o = o, s
        if p == "cooperatesWith" and self._label(s) == self._label(o) == "Place":
            self._pair = (s, o)
        elif p == "hasParticipant" and self._label(o) == "Place":
            self._parties[s] = [*self._parties.get(s, []), o][-2:]
            if len(self._parties[s]) == 2:
                self._pair = tuple(self._parties[s])
        k = (s, p, o)
        if k in self._facts and self._facts[k].confidence >= confidence:
            return
        evidence, when, when_text, areas = self._sentence_facts(sent)
        self._facts[k] = Fact(
            subject=s, predicate=p, object=o, start=sent.start_char, end=sent.end_char,
            evidence=evidence, method=method, confidence=round(min(max(confidence, 0.05), 0.99), 2),
            date=when, date_text=when_text, participants=tuple(sorted(set(participants) | {s, o})),
            areas=areas,
        )

    def _sentence_facts(self, sent: Span):
        """The sentence's text, date and policy areas, worked out once per sentence."""
        if sent.start_char not in self._per_sentence:
            text = sent.text
            when, when_text = find_date(text, self._date)
            areas = tuple(dict.fromkeys(self.areas.findall(text.lower())))[:6] if self.areas else ()
            self._per_sentence[sent.start_char] = (text.strip(), when, when_text, areas)
        return self._per_sentence[sent.start_char]

    def _sentence(self, sent: Span) -> None:
        for token in sent:
            lemma = token.lemma_.lower()
            text = token.text.lower()
            for family, words in self.triggers.items():
                if lemma in words or text in words:
                    self._trigger(family, token, sent)
        self._cooperation_compounds(sent)

    def _trigger(self, family: str, v: Token, sent: Span) -> None:
        if family == "cooperate_nouns":
            if v.pos_ in ("NOUN", "PROPN"):
                self._cooperation_between(v, sent)
            return
        if family == "cooperate_verbs":
            if v.pos_ == "VERB":
                subjects = self._subjects(v, ("Place", "Organization"))
                for obj in self._objects(v, ("Place", "Organization"), preps=("with",)):
                    for s in subjects:
                        self._emit(s.entity, "cooperatesWith", obj.entity, sent, "dep:cooperate", self._conf(s, obj))
            return
        if v.pos_ not in ("VERB", "NOUN") and not (family == "visit" and v.pos_ == "PROPN"):
            return
        if family == "meet":
            people = self._subjects(v, ("Person",))
            for obj in self._objects(v, ("Person",), preps=("with", "on")) + self._people_within(v, people):
                for s in people:
                    self._emit(s.entity, "metWith", obj.entity, sent, f"dep:{v.lemma_}", self._conf(s, obj))
        elif family == "visit":
            people = self._subjects(v, ("Person",))
            objs = self._objects(v, ("Place", "Organization"), preps=("to", "in", "at", "for"), deep=v.lemma_ == "lead")
            if v.lemma_.lower() in ("return", "come", "go", "head", "depart", "fly") and not objs:
                return
            for obj in objs:
                for s in people:
                    self._emit(s.entity, "visited", obj.entity, sent, f"dep:{v.lemma_}", self._conf(s, obj) - 0.05)
        elif family in ("attend", "chair"):
            people = self._subjects(v, ("Person",))
            if family == "chair":  # "co-chair the plenary with the Governor, Mr Wang"
                partners = self._objects(v, ("Person",), preps=("with",))
                partners += [a for c in v.children if c.dep_ in ("dobj", "obj") for g in c.children
                             if g.dep_ == "prep" and g.lower_ == "with"
                             for p in g.children if p.dep_ == "pobj" for a in self._args_at(p, ("Person",))]
                people += [a for a in partners if a.entity not in {p.entity for p in people}]
            objs = self._objects(v, ("Event", "Mechanism"), preps=("at", "in", "over", "of", "to"))
            predicate = "chaired" if family == "chair" else "attended"
            if family == "attend" and not people and (v.head.lemma_ == "be" or v.i - sent.start <= 2):
                # inverted: "Also attending the meeting were the Deputy Chief Secretary, Mr A; the Secretary ..., Mr B"
                people = [a for t in sent if t.i > max(v.i, v.head.i) for a in self._args_at(t, ("Person",), conj=False)]
                people = list({a.entity: a for a in people}.values())
            if family == "attend" and not objs and any(
                    c.dep_ in ("dobj", "pobj", "prep") and c.lemma_.lower() in ("meeting", "talk", "talks", "discussion", "visit", "delegation", "trip", "session")
                    for c in v.children):
                for person in people:  # "... also joined the meeting"
                    self._companions.append((person.entity, None, self._bare_fact(person.entity, sent)))
            for obj in objs:
                for s in people:
                    self._emit(s.entity, predicate, obj.entity, sent, f"dep:{v.lemma_}", self._conf(s, obj))
            if family == "chair" and len(people) > 1 and objs:
                for i, a in enumerate(people):
                    for b in people[i + 1:]:
                        self._emit(a.entity, "metWith", b.entity, sent, "dep:co-chair", self._conf(a, b) - 0.05)
        elif family == "sign":
            signers = self._subjects(v, ("Person", "Organization", "Place"), agent=True)
            # "A and B, representing the X Government and the Y Government, signed ..."
            signers += [a for t in sent if t.lemma_.lower() == "represent" and t.i < v.i
                        for c in t.children if c.dep_ == "dobj"
                        for a in self._args_at(c, ("Organization", "Place"))]
            self._co_subjects_meet(v, sent)
            for obj in self._objects(v, ("Agreement",), preps=("into",)):
                for s in signers:
                    self._emit(s.entity, "signed", obj.entity, sent, f"dep:{v.lemma_}", self._conf(s, obj))
        if family == "organize":
            self._organised(v, sent)
            if v.lemma_.lower() in ("hold", "host"):
                self._co_subjects_meet(v, sent)
                holders = self._subjects(v, ("Person",))
                # co-principals who hold a session together preside over it
                predicate = "chaired" if len(holders) > 1 else "attended"
                for obj in self._objects(v, ("Event", "Mechanism"), preps=()):
                    for s in holders:
                        self._emit(s.entity, predicate, obj.entity, sent, f"dep:{v.lemma_}", self._conf(s, obj) - 0.05)
        elif family == "fund":
            self._funding(v, sent)
        elif family == "succeed":
            old = self._objects(v, ("Organization",), preps=())
            new = self._objects(v, ("Organization",), preps=("into", "as", "to"))
            for o in old:
                for n in new:
                    if o.entity != n.entity:
                        self._emit(n.entity, "succeeds", o.entity, sent, f"dep:{v.lemma_}", self._conf(o, n))

    def _remember_subjects(self, sent: Span) -> None:
        for v in sent:  # "Mrs Lam led the HKSAR Government delegation": she leads "the delegation" after this
            if v.lemma_.lower() in ("lead", "head") and any(c.dep_ == "dobj" and c.lemma_.lower() == "delegation"
                                                           for c in v.children):
                leaders = [a for a in self._subjects(v, ("Person",)) if a.via != "pronoun"] or self._subjects(v, ("Person",))
                if leaders:
                    self._last_person["leader"] = leaders[0].entity
        for t in sent:
            if t.dep_ in ("nsubj", "nsubjpass"):
                for a in self._args_at(t, ("Person",)):
                    if a.via != "pronoun":
                        self._last_person["any"] = a.entity
                        return
        for t in sent:
            eid = self._entity_at(t)
            if eid and self._label(eid) == "Person":
                self._last_person.setdefault("any", eid)
