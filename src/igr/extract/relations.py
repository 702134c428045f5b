"""Relations between the entities of one document, from syntax around trigger words.

Three families of evidence, each with its own confidence:

* **structure of names**: "Sixth Plenary Session of the X Conference" is part of the
  Conference; "Hong Kong/Shanghai Co-operation Conference" has Hong Kong and Shanghai as
  parties; "... Office in Shanghai" is located in Shanghai; "Office ... of the HKSAR
  Government" is part of that government;
* **apposition**: "the Vice Mayor of Shanghai, Mr Chen Jie" holds that post;
* **dependency patterns** around the trigger words of ``ontology/lexicon/relations.json``
  (meet, visit, attend, chair, sign, organise, hold ... in, co-operation between ...),
  with subjects inherited by participles ("Speaking at the event, he said") and
  pronouns resolved to the person last named as a subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from igr.extract.dates import find_date
from igr.extract.frames import at_home, frame_facts
from igr.extract.lexicon import Lexicon
from igr.extract.records import Fact, LocalEntity

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "pobj", "attr", "dative", "oprd", "obj"}
INHERIT_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "ccomp", "prep"}
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}

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

CONFIDENCE = {
    "title-apposition": 0.9, "name-structure": 0.85, "dep": 0.75, "noun-phrase": 0.65, "adjacency": 0.7,
}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
FUNDED_NOUNS = {"project", "projects", "programme", "programmes", "production", "productions", "initiative",
                "initiatives", "scheme", "schemes", "proposal", "proposals"}
SERIES_NOUNS = {"series", "event", "events", "activity", "activities", "programme", "program"}
EVENT_NOUNS = {"event", "ceremony", "forum", "plenary", "meeting", "conference", "reception", "session",
               "expo", "exhibition", "summit", "luncheon", "dinner", "banquet", "seminar", "symposium", "gala",
               "festival", "fair", "roadshow", "opening", "signing", "launch", "celebration"}


@dataclass(frozen=True)
class _Arg:
    entity: str
    label: str
    via: str  # how the argument was reached: "mention", "pronoun", "holder", "event-noun"


class RelationFinder:
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

    # -------------------------------------------------------------- public
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
        self._series: tuple[list[_Arg], list[_Arg]] | None = None
        self._pair: tuple[str, ...] = ()  # the two places the release is about, for "the two places"
        self._parties: dict[str, list[str]] = {}
        self._companions: list[tuple[str, str | None, Fact]] = []
        self._structural(doc, entities, nested)
        self._appositions(doc, entities)
        for sent in doc.sents:
            self._sentence(sent)
            self._where(sent)
            self._lists(sent)
            self._units_of(sent)
            self._accompanied(sent)
            self._travel_to_attend(sent)
            self._remember_subjects(sent)
        inside = self._inside(entities)
        for fact in frame_facts(list(self._facts.values()), self._ents, self.lexicon, inside, self._delegates,
                                self._companions, self._venues):
            k = (fact.subject, fact.predicate, fact.object)
            if k not in self._facts and fact.subject != fact.object:
                self._facts[k] = fact
        for k in at_home(list(self._facts.values()), self._ents, self.lexicon, inside):
            del self._facts[k]
        return sorted(self._facts.values(), key=lambda f: (f.start, f.predicate, f.subject, f.object))

    @staticmethod
    def _inside(entities: list[LocalEntity]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        spans = [(s, e, ent.id) for ent in entities for s, e in ent.spans]
        for s0, e0, outer in spans:
            for s, e, inner in spans:
                if inner != outer and s0 <= s and e <= e0 and (s, e) != (s0, e0):
                    out.setdefault(outer, [])
                    if inner not in out[outer]:
                        out[outer].append(inner)
        return out

    # ------------------------------------------------------------ mapping
    @staticmethod
    def _map_tokens(doc: Doc, entities: list[LocalEntity]) -> dict[int, tuple[str, int, int]]:
        """Token index to the (entity, start, end) of the widest span covering it."""
        spans = sorted(((s, e, ent.id) for ent in entities for s, e in ent.spans), key=lambda x: x[0] - x[1])
        out: dict[int, tuple[str, int, int]] = {}
        for s, e, eid in spans:  # widest first: keep the first (widest) owner of a token
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                out.setdefault(t.i, (eid, s, e))
        return out

    def _entity_at(self, token: Token) -> str | None:
        hit = self._token_entity.get(token.i)
        return hit[0] if hit else None

    def _label(self, eid: str) -> str:
        return self._ents[eid].label

    # ------------------------------------------------------------ emitting
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
        when, when_text = find_date(sent.text, self._date)
        areas = tuple(dict.fromkeys(self.areas.findall(sent.text.lower())))[:6] if self.areas else ()
        self._facts[k] = Fact(
            subject=s, predicate=p, object=o, start=sent.start_char, end=sent.end_char,
            evidence=sent.text.strip(), method=method, confidence=round(min(max(confidence, 0.05), 0.99), 2),
            date=when, date_text=when_text, participants=tuple(sorted(set(participants) | {s, o})),
            areas=areas,
        )

    # --------------------------------------------------------- structure
    def _structural(self, doc: Doc, entities: list[LocalEntity], nested: dict[str, str]) -> None:
        text = self._text
        # Every name inside another, at any depth: "20th Plenary of the Hong Kong/Guangdong
        # Co-operation Joint Conference" holds the Conference, which holds Hong Kong and Guangdong.
        spans = [(s, e, ent) for ent in entities for s, e in ent.spans]
        for s0, e0, ent in spans:
            for s, e, inner in spans:
                if inner.id == ent.id or not (s0 <= s and e <= e0) or (s, e) == (s0, e0):
                    continue
                span = doc.char_span(s0, e0, alignment_mode="expand")
                if span is None:
                    continue
                sent = span.sent
                before = text[s0:s]
                conf = CONFIDENCE["name-structure"]
                if ent.label == "Event" and inner.label in ("Mechanism", "Event") and not before.strip() == "":
                    self._emit(ent.id, "partOf", inner.id, sent, "name-structure:session", conf)
                elif ent.label == "Event" and inner.label == "Organization" and not before.strip():
                    # an event named after its organiser: "Boao Forum for Asia Annual Conference 2018"
                    self._emit(ent.id, "organizedBy", inner.id, sent, "name-structure:organiser", conf - 0.15)
                elif ent.label == "Mechanism" and inner.label in ("Place", "Organization"):
                    # parties are named before the mechanism head: "Hong Kong/Shanghai Co-operation ..."
                    head_at = re.search(r"(?i)co-?operation|joint|high[- ]level|conference|meeting|committee", text[s0:e0])
                    if head_at is None or s - s0 < head_at.start():
                        self._emit(ent.id, "hasParticipant", inner.id, sent, "name-structure:parties", conf)
                elif ent.label == "Organization" and inner.label == "Place" and re.search(r"\bin\s*$", before):
                    self._emit(ent.id, "locatedIn", inner.id, sent, "name-structure:in", conf)
                elif ent.label == "Organization" and inner.label == "Organization" and re.search(r"\bof(?: the)?\s*$", before):
                    self._emit(ent.id, "subOrganizationOf", inner.id, sent, "name-structure:of", conf)
        # "Org1 (ACR) of the Org2", "Event of the Mechanism" as neighbouring names.
        every = sorted((s, e, ent.id) for ent in entities for s, e in ent.spans)
        spans = [x for x in every if not any(o[0] <= x[0] and x[1] <= o[1] and (o[0], o[1]) != (x[0], x[1]) for o in every)
                 and not (text[max(0, x[0] - 1):x[0]] == "(" and text[x[1]:x[1] + 1] == ")")]  # "(SHETO)" is a gloss
        for i, ((s1, e1, a), (s2, e2, b)) in enumerate(zip(spans, spans[1:])):
            gap = text[e1:s2]
            if re.fullmatch(r"\s*(?:\([^()]{1,40}\)\s*)?(?:in|,)\s*", gap) and self._label(a) == "Organization" \
                    and self._label(b) == "Place":
                span = doc.char_span(s1, e2, alignment_mode="expand")
                if span is not None:  # "the Investment Coordinating Board in Indonesia", "the ETO, Sydney"
                    self._emit(a, "locatedIn", b, span.sent, "adjacency:in", CONFIDENCE["adjacency"] - 0.05)
                    if i and "in" in gap:  # "A and the B in Indonesia": both
                        s0, e0, z = spans[i - 1]
                        if self._label(z) == "Organization" and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[e0:s1]):
                            self._emit(z, "locatedIn", b, span.sent, "adjacency:in", CONFIDENCE["adjacency"] - 0.1)
                continue
            if not re.fullmatch(r"\s*(?:\([^()]{1,40}\)\s*)?(?:of|under)(?: the)?\s*", gap):
                continue
            la, lb = self._label(a), self._label(b)
            sent = doc.char_span(s1, e2, alignment_mode="expand")
            if sent is None:
                continue
            sent = sent.sent
            if "of" not in gap and "under" not in gap:
                continue
            if la == "Organization" and lb == "Organization":
                self._emit(a, "subOrganizationOf", b, sent, "adjacency:of", CONFIDENCE["adjacency"])
            elif la == "Event" and lb == "Mechanism":
                self._emit(a, "partOf", b, sent, "adjacency:of", CONFIDENCE["adjacency"])

    def _appositions(self, doc: Doc, entities: list[LocalEntity]) -> None:
        """Post and person printed side by side: "the Governor of X, Mr Y," / "Mr Y, Governor of X"."""
        text = self._text
        spans = sorted((s, e, ent.id) for ent in entities for s, e in ent.spans)
        top = [x for x in spans if not any(o[0] <= x[0] and x[1] <= o[1] and (o[0], o[1]) != (x[0], x[1]) for o in spans)]
        post_then_person = re.compile(r"\s*,?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Madam)\.?\s*)?")
        # A post with its holder printed right after it ("Secretary for X Mr Y") is taken; in a list
        # "Post A Name A, Post B Name B" the name before the comma is not Post B's holder.
        pairs = [(s1, s2) for (s1, e1, a), (s2, e2, b) in zip(top, top[1:])
                 if self._label(a) == "Post" and self._label(b) == "Person" and post_then_person.fullmatch(text[e1:s2])]
        followed = {p for p, _ in pairs}
        introduced = {q for _, q in pairs}  # people whose post is printed before them
        for i, ((s1, e1, a), (s2, e2, b)) in enumerate(zip(top, top[1:])):
            la, lb = self._label(a), self._label(b)
            gap = text[e1:s2]
            if la == "Post" and lb == "Person" and post_then_person.fullmatch(gap):
                person, post = b, a
                # "Deputy Director of X and Director of Y, Mr Z": Mr Z holds both
                if i and self._label(top[i - 1][2]) == "Post" and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[top[i - 1][1]:s1]):
                    span = doc.char_span(top[i - 1][0], e2, alignment_mode="expand")
                    if span is not None:
                        self._emit(person, "holdsPost", top[i - 1][2], span.sent, "title-apposition",
                                   CONFIDENCE["title-apposition"] - 0.1)
            elif la == "Person" and lb == "Post" and re.fullmatch(r"\s*,\s*(?:the\s+)?", gap) and s2 not in followed \
                    and s1 not in introduced:
                person, post = a, b
            elif la == "Person" and lb == "Post" and re.fullmatch(
                    r"\s+(?:will be|is|was|has been|had been|became|becomes|serves as|served as|as)\s+(?:the\s+)?(?:[Aa]cting\s+)?", gap):
                person, post = a, b  # "James Lau will be Acting Financial Secretary"
            else:
                continue
            span = doc.char_span(s1, e2, alignment_mode="expand")
            if span is None:
                continue
            confidence = CONFIDENCE["title-apposition"] - (0.05 if "," not in gap else 0.0)
            self._emit(person, "holdsPost", post, span.sent, "title-apposition", confidence)
            self._holders.setdefault(post, person)

    # --------------------------------------------------------- sentences
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

    def _people_within(self, v: Token, exclude: list[_Arg]) -> list[_Arg]:
        """Everyone named inside the objects of ``v``, however the parser nested the list:
        "met the Secretary of X, Mr A, and the Mayor of Y, Mr B"."""
        out: list[_Arg] = []
        skip = {a.entity for a in exclude}
        for child in v.children:
            if child.dep_ not in ("dobj", "prep", "dative", "obj", "npadvmod", "conj") or child.dep_ == "conj" and child.pos_ == "VERB":
                continue
            if child.dep_ == "prep" and child.lower_ not in ("with", "on"):
                continue
            for t in child.subtree:
                if t.dep_ in ("relcl", "advcl", "xcomp") or t.pos_ == "VERB":
                    break
                for a in self._args_at(t, ("Person",), conj=False):
                    if a.entity not in skip:
                        skip.add(a.entity)
                        out.append(a)
        return out

    def _bare_fact(self, entity: str, sent: Span) -> Fact:
        when, when_text = find_date(sent.text, self._date)
        return Fact(entity, "attended", entity, sent.start_char, sent.end_char, sent.text.strip(), "companion", 0.5,
                    when, when_text)

    def _accompanied(self, sent: Span) -> None:
        """ "Mrs Lam, accompanied by the Secretary ..., Mr X; and ..., Mr Y, met ..." """
        for v in sent:
            if v.lemma_.lower() != "accompany" or v.pos_ != "VERB":
                continue
            companions = [a for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                          for a in self._args_at(p, ("Person",))]
            if not companions:  # the parser often leaves the list flat: take the people after "by"
                by = next((c for c in v.children if c.lower_ == "by"), None)
                if by is not None:
                    companions = [a for t in sent if t.i > by.i for a in self._args_at(t, ("Person",), conj=False)]
            principal = None
            head = v.head
            for candidate in (head, *head.children):
                found = self._args_at(candidate, ("Person",), conj=False)
                if found:
                    principal = found[0].entity
                    break
            for c in {a.entity: a for a in companions}.values():
                if c.entity != principal:
                    self._companions.append((c.entity, principal, self._bare_fact(c.entity, sent)))

    def _co_subjects_meet(self, v: Token, sent: Span) -> None:
        people = [a for a in self._subjects(v, ("Person",), inherit=False) if a.via == "mention"]
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                self._emit(a.entity, "metWith", b.entity, sent, f"dep:co-{v.lemma_}", self._conf(a, b) - 0.1)

    def _funding(self, v: Token, sent: Span) -> None:
        """ "X funds Y"; "Y is funded by/under X"; "the projects funded by X include "A" and "B"";
        ""A", one of the projects funded by X"; "A is one of the funded projects" (after naming X)."""
        labels = ("Initiative", "Organization")
        funders = [a for c in v.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "under", "through", "via")
                   for p in c.children if p.dep_ == "pobj" for t in p.subtree for a in self._args_at(t, labels, conj=False)]
        if v.dep_ != "amod" and not funders:
            funders = self._subjects(v, labels, inherit=False)
        funded = self._objects(v, ("Initiative",), preps=()) + self._subjects(v, ("Initiative",), inherit=False) \
            if v.dep_ not in ("acl", "amod") else []
        head = v.head
        if v.dep_ in ("acl", "amod") and head.lemma_.lower() in FUNDED_NOUNS:
            # the projects are named around the noun: by apposition, by "are", or as what "is one of" them
            named = {a.entity: a for t in sent for a in self._args_at(t, ("Initiative",), conj=False)}
            funded = [a for e, a in named.items() if e not in {f.entity for f in funders}]
            if not funders and v.dep_ == "amod":
                recent = self._recent_event(sent[0], "Initiative")  # named before this sentence
                funders = [_Arg(recent, "Initiative", "event-noun")] if recent else []
        # the most specific funder: "funded by the Bureau through the Scheme" -> the Scheme funds them
        schemes = [f for f in funders if self._label(f.entity) == "Initiative"]
        for s in (schemes or funders):
            for o in funded:
                if s.entity != o.entity and self._label(o.entity) == "Initiative":
                    self._emit(s.entity, "funds", o.entity, sent, f"dep:{v.lemma_}", self._conf(s, o) - 0.1)

    def _organised(self, v: Token, sent: Span) -> None:
        lemma = v.lemma_.lower()
        # passive or participle: "the event organised by TVB", "the Plenary was held in Hong Kong"
        events = []
        if v.dep_ in ("acl", "relcl") and v.head is not None:
            events = self._args_at(v.head, ("Event",))
            if v.head.dep_ == "conj":  # "the Business Forum and networking luncheon hosted by X"
                events += self._args_at(v.head.head, ("Event",), conj=False)
        events += [a for a in self._subjects(v, ("Event",), inherit=False)]
        events += self._objects(v, ("Event",), preps=()) if v.dep_ not in ("acl",) else []
        orgs = [a for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                for t in p.subtree for a in self._args_at(t, ("Organization",), conj=False)]
        if orgs:  # the parser may hang "and the B" on the verb: "held by A and the B in Dalian"
            orgs += [a for c in v.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                     for a in self._args_at(c, ("Organization",), conj=False)]
        orgs = list({a.entity: a for a in orgs}.values())  # "by A (ACR) and the B": both
        if not any(c.dep_ == "agent" for c in v.children) and v.dep_ not in ("acl", "relcl"):
            orgs += [a for a in self._subjects(v, ("Organization",), inherit=False)]
        if not events and orgs and any(t.lemma_.lower() in SERIES_NOUNS for c in v.children
                                       if c.dep_ in ("nsubjpass", "nsubj", "dobj") for t in c.subtree):
            # "a series of events will be held jointly by A and B in Dalian": the events come later
            places = [a for h in (v, *(c for c in v.children if c.dep_ == "conj")) for c in h.children
                      if c.dep_ == "prep" and c.lower_ in ("in", "at")
                      for p in c.children if p.dep_ == "pobj" for a in self._args_at(p, ("Place",))]
            self._series = (orgs, places)
        for e in events:
            for o in orgs:
                self._emit(e.entity, "organizedBy", o.entity, sent, f"dep:{lemma}", self._conf(e, o))
        jointly = any(c.lower_ in ("jointly", "together") for c in v.children) or v.text.lower().startswith("co")
        if jointly and len(orgs) > 1:  # "jointly organised by A and B": A and B work together
            self._pairwise(orgs, sent, f"dep:joint-{lemma}")
        if lemma in ("hold", "stage", "host"):
            for e in events:
                for place in self._objects(v, ("Place",), preps=("in", "at")):
                    self._emit(e.entity, "heldIn", place.entity, sent, f"dep:{lemma}-in", self._conf(e, place))

    # ------------------------------------------------------------ places
    def _where(self, sent: Span) -> None:
        """Events held "in X", and officials acting "in X" (visits), from prepositions."""
        for prep in sent:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at") or prep.head is prep:
                continue
            places = [a for p in prep.children if p.dep_ == "pobj" for a in self._args_at(p, ("Place",), conj=True)]
            if not places:
                continue
            head = prep.head
            # the event this "in X" belongs to: the head noun itself or an object of the head verb
            events = self._args_at(head, ("Event",), conj=False) if head.pos_ in ("NOUN", "PROPN") else []
            if head.pos_ in ("VERB", "AUX"):
                for child in head.children:
                    if child.dep_ in ("dobj", "nsubjpass", "nsubj", "attr"):
                        events += self._args_at(child, ("Event",), conj=True)
                if head.dep_ in ("acl", "relcl") and head.lemma_.lower() in ("hold", "open", "take", "stage", "convene"):
                    events += self._args_at(head.head, ("Event",), conj=False)  # "the Plenary held in X"
            for e in events:
                for place in places:
                    self._emit(e.entity, "heldIn", place.entity, sent, f"dep:{prep.lower_}-place", self._conf(e, place) - 0.05)
            if head.pos_ in ("VERB", "AUX"):  # "co-chaired the X Co-operation Meeting in Hong Kong": where a series met
                for child in head.children:
                    if child.dep_ in ("dobj", "nsubjpass"):
                        for m in self._args_at(child, ("Mechanism",), conj=True):
                            self._venues.setdefault(m.entity, [])
                            self._venues[m.entity] += [p.entity for p in places if p.entity not in self._venues[m.entity]]
            if head.pos_ in ("NOUN", "PROPN") and any(t.lemma_.lower() in ("visit", "trip", "tour", "programme", "delegation")
                                                   for t in (head, *head.children)):
                while head.dep_ in ("dobj", "pobj", "prep", "compound", "nsubj") and head.head is not head \
                        and head.pos_ != "VERB":
                    head = head.head  # "started his visit programme in Abu Dhabi"
            if head.pos_ == "VERB" and head.lemma_.lower() not in ("say", "live", "work", "invest", "base", "locate"):
                for person in self._subjects(head, ("Person",)):
                    for place in places:
                        if not self._local_to(person.entity, place.entity):
                            self._emit(person.entity, "visited", place.entity, sent, f"dep:act-{prep.lower_}",
                                       self._conf(person, place) - 0.15)

    def _local_to(self, person: str, place: str) -> bool:
        """Whether the person's post in this release names the place ("Mayor of Beijing" in Beijing)."""
        name = self._ents[place].name.lower()
        for (s, p, o), _ in self._facts.items():
            if s == person and p == "holdsPost" and name in self._ents[o].name.lower():
                return True
        return any(name in a.lower() for a in ()) or False

    def _travel_to_attend(self, sent: Span) -> None:
        """ "arrived in Wuhan, Hubei Province to attend the Expo": the Expo was held there."""
        facts = [f for f in self._facts.values() if f.start == sent.start_char]
        for v in (f for f in facts if f.predicate == "visited" and self._label(f.object) == "Place"):
            for a in (f for f in facts if f.predicate in ("attended", "chaired") and f.subject == v.subject):
                if self._label(a.object) == "Event":
                    self._emit(a.object, "heldIn", v.object, sent, "dep:travel-to-attend", min(v.confidence, a.confidence) - 0.1)

    def _units_of(self, sent: Span) -> None:
        """ "representatives from the A Bureau, the B Bureau and the Department of C" of a government:
        the listed bodies are parts of the government the sentence (or the one before) names."""
        for t in sent:
            if t.lower_ != "from" or t.head.lemma_.lower() not in ("representative", "official", "member", "staff", "colleague"):
                continue
            units = [a for p in t.children if p.dep_ == "pobj" for u in p.subtree
                     for a in self._args_at(u, ("Organization",), conj=False)]
            units = list({a.entity: a for a in units}.values())
            if len(units) < 2:
                continue
            unit_ids = {u.entity for u in units}
            governments = [e for e in self._ents.values() if e.label == "Organization" and e.government
                           and e.id not in unit_ids and any(s0 < sent.end_char for s0, _ in e.spans)]
            if not governments:
                continue
            # the government named closest before the list
            parent = max(governments, key=lambda e: max(s0 for s0, _ in e.spans if s0 < sent.end_char))
            for u in units:
                self._emit(u.entity, "subOrganizationOf", parent.id, sent, "list:representatives-from",
                           CONFIDENCE["dep"] - 0.15)

    def _lists(self, sent: Span) -> None:
        """ "Officials that attended the plenary included A; B; C", "members of the delegation include ..." """
        for v in sent:
            if v.lemma_.lower() not in ("include", "comprise") or v.pos_ not in ("VERB", "AUX"):
                continue
            people = [a for t in sent if t.i > v.i for a in self._args_at(t, ("Person",), conj=False)]
            people = list({a.entity: a for a in people}.values())
            subject_side = [t for t in sent if t.i < v.i]
            if self._series and any(t.lemma_.lower() in SERIES_NOUNS for t in subject_side):
                listed = {a.entity: a for t in sent if t.i > v.i for a in self._args_at(t, ("Event",), conj=False)}
                orgs, places = self._series
                for e in listed.values():  # "The series of events comprises X, Y and Z"
                    for o in orgs:
                        self._emit(e.entity, "organizedBy", o.entity, sent, "list:series", self._conf(e, o) - 0.15)
                    for p in places:
                        self._emit(e.entity, "heldIn", p.entity, sent, "list:series", self._conf(e, p) - 0.15)
            if not people:
                continue
            events = [a for t in subject_side for a in self._args_at(t, ("Event", "Mechanism"), conj=False)]
            if not events and any(t.lemma_.lower() == "delegation" for t in subject_side):
                for person in people:
                    when, when_text = find_date(sent.text, self._date)
                    self._delegates.append((person.entity, Fact(
                        person.entity, "attended", person.entity, sent.start_char, sent.end_char, sent.text.strip(),
                        "list:delegation", 0.5, when, when_text)))
            for e in {a.entity: a for a in events}.values():
                for person in people:
                    self._emit(person.entity, "attended", e.entity, sent, "list:include", self._conf(person, e) - 0.1)

    # ------------------------------------------------------- cooperation
    def _cooperation_between(self, v: Token, sent: Span) -> None:
        """ "co-operation between/among X and Y", "X and Y's co-operation", "X's co-operation with Y",
        "X and Y will strengthen co-operation"."""
        labels = ("Place", "Organization")
        parties: list[_Arg] = []
        for prep in v.children:
            if prep.dep_ == "prep" and prep.lower_ in ("between", "among", "amongst"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        # every party named in the phrase: "between the sectors in Hong Kong and the UAE"
                        parties += [a for t in pobj.subtree for a in self._args_at(t, labels, conj=False)]
        owners = [a for c in v.children if c.dep_ == "poss" for a in self._args_at(c, labels)]
        if owners:
            partners = [a for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children if p.dep_ == "pobj" for a in self._args_at(p, labels)]
            parties += owners + partners if (len(owners) > 1 or partners) else []
        if not parties:
            # the co-operation is what the subjects do: "Hong Kong and Guangzhou will strengthen co-operation"
            verb = v
            while verb.dep_ in ("dobj", "pobj", "conj", "prep", "compound", "attr") and verb.head is not verb:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                subjects = self._subjects(verb, labels, inherit=False)
                if len(subjects) > 1:
                    parties += subjects
        self._pairwise(parties, sent, "dep:cooperation")

    def _cooperation_compounds(self, sent: Span) -> None:
        """ "Hong Kong-Guangdong co-operation", "Hong Kong/Shanghai co-operation" """
        text = sent.text
        for m in re.finditer(r"(?i)co-?operation|collaboration|partnership", text):
            start = sent.start_char + m.start()
            window = self._text[max(sent.start_char, start - 60):start]
            hits = []
            for t in sent:
                if t.idx < start - len(window) or t.idx >= start:
                    continue
                eid = self._entity_at(t)
                if eid and self._label(eid) in ("Place",) and eid not in hits:
                    hits.append(eid)
            tail = re.search(r"([A-Z][\w ]*?)[-/–]([A-Z][\w ]*?)\s*$", window)
            if len(hits) >= 2 and tail:
                args = [_Arg(h, "Place", "mention") for h in hits[-2:]]
                self._pairwise(args, sent, "noun-phrase:x-y-cooperation")

    def _pairwise(self, parties: list[_Arg], sent: Span, method: str) -> None:
        unique = list({p.entity: p for p in parties}.values())
        for i, a in enumerate(unique):
            for b in unique[i + 1:]:
                self._emit(a.entity, "cooperatesWith", b.entity, sent, method, self._conf(a, b) - 0.05)

    # --------------------------------------------------------- arguments
    def _args_at(self, token: Token, labels: tuple[str, ...], conj: bool = True) -> list[_Arg]:
        """Entities named at ``token``: its own name, appositions, conjuncts, or what a pronoun or
        a generic event noun ("the event") refers to."""
        out: list[_Arg] = []
        seen = set()

        def visit(t: Token, depth: int) -> None:
            if t.i in seen or depth > 6:
                return
            seen.add(t.i)
            eid = self._entity_at(t)
            if eid is None and t.pos_ == "PROPN" and t.lemma_.lower() not in ("delegation", "visit", "trip", "tour", "meeting", "group"):
                for child in t.children:  # "Vice Mayor" compound heads, "Shanghai" inside a noun phrase
                    if child.dep_ in ("compound", "nmod", "amod") and self._entity_at(child):
                        eid = self._entity_at(child)
                        break
            if eid is not None:
                label = self._label(eid)
                if label in labels:
                    out.append(_Arg(eid, label, "mention"))
                elif label == "Post" and "Person" in labels and eid in self._holders:
                    out.append(_Arg(self._holders[eid], "Person", "holder"))
            elif t.lower_ in PRONOUNS and "Person" in labels:
                antecedent = self._last_person.get("any")
                if antecedent:
                    out.append(_Arg(antecedent, "Person", "pronoun"))
            elif t.lemma_.lower() in ("place", "side", "city", "region", "government") and "Place" in labels \
                    and any(c.lower_ in ("two", "both") for c in t.children) and self._pair:
                for eid in self._pair:  # "the two places": the pair the release is about
                    out.append(_Arg(eid, self._label(eid), "pronoun"))
            elif t.lemma_.lower() in ("delegation", "delegate") and "Person" in labels and depth == 0:
                leader = self._leader_of(t)
                if leader:
                    out.append(_Arg(leader, "Person", "pronoun"))
            elif t.lemma_.lower() in EVENT_NOUNS and any(c.lower_ in ("the", "this") for c in t.children) \
                    and ("Event" in labels or "Mechanism" in labels):
                recent = self._recent_event(t)
                if recent:
                    out.append(_Arg(recent, self._label(recent), "event-noun"))
            elif t.lemma_.lower() in ("agreement", "memorandum", "arrangement", "framework") and "Agreement" in labels \
                    and any(c.lower_ in ("the", "this", "a", "an") for c in t.children):
                recent = self._recent_event(t, "Agreement")  # "signed a Framework Agreement" after naming it
                if recent:
                    out.append(_Arg(recent, "Agreement", "event-noun"))
            for child in t.children:
                if child.dep_ == "appos" or (conj and child.dep_ == "conj"):
                    visit(child, depth + 1)
                elif child.dep_ == "cc":
                    continue

        visit(token, 0)
        return out

    def _leader_of(self, token: Token) -> str | None:
        """Who leads "the delegation": "the delegation led by Mr Lee", else the release's leader."""
        for child in token.children:
            if child.dep_ == "acl" and child.lemma_.lower() in ("lead", "head"):
                for agent in child.children:
                    if agent.dep_ == "agent":
                        for p in agent.children:
                            found = self._args_at(p, ("Person",))
                            if found:
                                return found[0].entity
        return self._last_person.get("leader")

    def _recent_event(self, token: Token, label: str = "Event") -> str | None:
        """The entity of ``label`` named last before ``token`` (what "the event" refers to)."""
        best = None
        for eid, ent in self._ents.items():
            if ent.label != label:
                continue
            for s, e in ent.spans:
                if e <= token.idx and (best is None or s > best[0]):
                    best = (s, eid)
        return best[1] if best else None

    def _subjects(self, v: Token, labels: tuple[str, ...], agent: bool = False, inherit: bool = True) -> list[_Arg]:
        out: list[_Arg] = []
        for child in v.children:
            if child.dep_ in SUBJECT_DEPS:
                out += self._args_at(child, labels)
            elif agent and child.dep_ == "agent":
                for p in child.children:
                    if p.dep_ == "pobj":
                        out += self._args_at(p, labels)
        if not out and any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in v.children):
            return out  # the verb has its own subject, and it is not one of these: "the SHETO has paid visits"
        if not out and v.dep_ == "pcomp" and v.head.dep_ == "prep":
            # "welcomed Mr Zhou and his delegation for visiting Hong Kong": the one welcomed visits
            objects = [a for c in v.head.head.children if c.dep_ in ("dobj", "obj") for a in self._args_at(c, labels)]
            if objects:
                return objects
        if not out and v.dep_ == "pobj" and v.head.dep_ == "prep":
            return self._subjects(v.head.head, labels, agent, inherit)  # "during his visit to"
        if not out and v.pos_ == "NOUN":
            for child in v.children:
                if child.dep_ == "poss":
                    out += self._args_at(child, labels)
            if not out and v.dep_ in OBJECT_DEPS | {"nsubj"}:
                return self._subjects(v.head, labels, agent, inherit)
        if not out and v.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "which", "that")
                                                 for c in v.children):
            # "Mr Leung, who came to Shanghai"; "the Games, which will be held in X" has no person
            return self._args_at(v.head, labels)
        if not out and inherit and v.dep_ in INHERIT_DEPS and v.head is not v:
            out = self._subjects(v.head, labels, agent, inherit)
        if not out and v.pos_ == "VERB":
            # a subject the parser hung on an auxiliary: "He will co-chair" with "He" under "will"
            for t in reversed(list(v.sent[: v.i - v.sent.start])):
                if t.dep_ in ("nsubj", "nsubjpass") and (t.head.pos_ == "AUX" or t.head in v.ancestors or t.head == v):
                    out = self._args_at(t, labels)
                    break
        return out

    def _objects(self, v: Token, labels: tuple[str, ...], preps: tuple[str, ...], deep: bool = False) -> list[_Arg]:
        out: list[_Arg] = []
        for child in v.children:
            if child.dep_ in ("dobj", "attr", "oprd", "obj", "dative") or (child.dep_ == "nsubjpass" and not preps):
                out += self._args_at(child, labels)
                if deep or child.lemma_.lower() in ("visit", "trip", "tour", "delegation"):
                    for grand in child.children:
                        if grand.dep_ == "prep" and grand.lower_ in ("to", "in", "at"):
                            out += [a for p in grand.children if p.dep_ == "pobj" for a in self._args_at(p, labels)]
            elif child.dep_ == "prep" and child.lower_ in preps:
                for p in child.children:
                    if p.dep_ == "pobj":
                        out += self._args_at(p, labels)
            elif child.dep_ in ("pobj",) and v.dep_ == "prep":
                out += self._args_at(child, labels)
            elif child.dep_ == "prt" and child.lower_ in preps:  # "called on X"
                continue
        if v.pos_ == "NOUN":  # "visit to Sichuan", "attendance at the forum"
            for child in v.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    out += [a for p in child.children if p.dep_ == "pobj" for a in self._args_at(p, labels)]
        return list({a.entity: a for a in out}.values())

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

    @staticmethod
    def _conf(a: _Arg, b: _Arg) -> float:
        base = CONFIDENCE["dep"]
        penalty = {"mention": 0.0, "holder": 0.05, "pronoun": 0.1, "event-noun": 0.1}
        return base - penalty.get(a.via, 0.1) - penalty.get(b.via, 0.1)


def iter_sentences(doc: Doc) -> Iterator[Span]:
    yield from doc.sents
