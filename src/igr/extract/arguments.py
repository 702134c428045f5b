"""Arguments of relations: which entities a token of the parse names, and who does what.

A token may name an entity itself, through an apposition or a conjunct, or refer to one:
a pronoun (the person last named as a subject), a post (its holder in the release), "the
delegation" (its leader), a generic noun ("the event", "the Agreement": the one named
last). Subjects are inherited by participles and clauses that have none of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from igr.extract.records import LocalEntity

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "pobj", "attr", "dative", "oprd", "obj"}
INHERIT_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "ccomp", "prep"}
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
EVENT_NOUNS = {"event", "ceremony", "forum", "plenary", "meeting", "conference", "reception", "session",
               "expo", "exhibition", "summit", "luncheon", "dinner", "banquet", "seminar", "symposium", "gala",
               "festival", "fair", "roadshow", "opening", "signing", "launch", "celebration"}

CONFIDENCE = {
    "title-apposition": 0.9, "name-structure": 0.85, "dep": 0.75, "noun-phrase": 0.65, "adjacency": 0.7,
}


@dataclass(frozen=True)
class Arg:
    """An entity reached from a token, and how it was reached."""

    entity: str
    label: str
    via: str  # "mention", "pronoun", "holder", "event-noun"


class ArgumentFinder:
    """Mixin of :class:`igr.extract.relations.RelationFinder`: from tokens to entities."""

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

    def _args_at(self, token: Token, labels: tuple[str, ...], conj: bool = True) -> list[Arg]:
        """Entities named at ``token``: its own name, appositions, conjuncts, or what a pronoun or
        a generic event noun ("the event") refers to."""
        out: list[Arg] = []
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
                    out.append(Arg(eid, label, "mention"))
                elif label == "Post" and "Person" in labels and eid in self._holders:
                    out.append(Arg(self._holders[eid], "Person", "holder"))
            elif t.lower_ in PRONOUNS and "Person" in labels:
                antecedent = self._last_person.get("any")
                if antecedent:
                    out.append(Arg(antecedent, "Person", "pronoun"))
            elif t.lemma_.lower() in ("place", "side", "city", "region", "government") and "Place" in labels \
                    and any(c.lower_ in ("two", "both") for c in t.children) and self._pair:
                for eid in self._pair:  # "the two places": the pair the release is about
                    out.append(Arg(eid, self._label(eid), "pronoun"))
            elif t.lemma_.lower() in ("delegation", "delegate") and "Person" in labels and depth == 0:
                leader = self._leader_of(t)
                if leader:
                    out.append(Arg(leader, "Person", "pronoun"))
            elif t.lemma_.lower() in EVENT_NOUNS and any(c.lower_ in ("the", "this") for c in t.children) \
                    and ("Event" in labels or "Mechanism" in labels):
                recent = self._named_last(t)
                if recent:
                    out.append(Arg(recent, self._label(recent), "event-noun"))
            elif t.lemma_.lower() in ("agreement", "memorandum", "arrangement", "framework") and "Agreement" in labels \
                    and any(c.lower_ in ("the", "this", "a", "an") for c in t.children):
                recent = self._named_last(t, "Agreement")  # "signed a Framework Agreement" after naming it
                if recent:
                    out.append(Arg(recent, "Agreement", "event-noun"))
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

    def _named_last(self, token: Token, label: str = "Event") -> str | None:
        """The entity of ``label`` named last before ``token`` (what "the event" refers to)."""
        best = None
        for eid, ent in self._ents.items():
            if ent.label != label:
                continue
            for s, e in ent.spans:
                if e <= token.idx and (best is None or s > best[0]):
                    best = (s, eid)
        return best[1] if best else None

    def _subjects(self, v: Token, labels: tuple[str, ...], agent: bool = False, inherit: bool = True) -> list[Arg]:
        out: list[Arg] = []
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
            governor = v.head.head
            while governor.pos_ in ("NOUN", "PROPN") and governor.dep_ in ("dobj", "conj", "pobj") \
                    and governor.head is not governor:
                governor = governor.head
            objects = [a for c in governor.children if c.dep_ in ("dobj", "obj") for a in self._args_at(c, labels)]
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

    def _objects(self, v: Token, labels: tuple[str, ...], preps: tuple[str, ...], deep: bool = False) -> list[Arg]:
        out: list[Arg] = []
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

    def _people_within(self, v: Token, exclude: list[Arg]) -> list[Arg]:
        """Everyone named inside the objects of ``v``, however the parser nested the list:
        "met the Secretary of X, Mr A, and the Mayor of Y, Mr B"."""
        out: list[Arg] = []
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

    @staticmethod
    def _conf(a: Arg, b: Arg) -> float:
        base = CONFIDENCE["dep"]
        penalty = {"mention": 0.0, "holder": 0.05, "pronoun": 0.1, "event-noun": 0.1}
        return base - penalty.get(a.via, 0.1) - penalty.get(b.via, 0.1)
