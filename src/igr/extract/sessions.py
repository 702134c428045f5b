"""Sessions, venues and lists: who organised, funded, attended or accompanied, and where.

Patterns around events ("the event organised by X", "held in Y", "a series of events ...
The series comprises ..."), funding ("projects funded under the X Scheme"), attendance
lists ("Officials that attended the plenary included A; B"), companions ("accompanied
by ..."), and officials acting in a place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from igr.extract.arguments import CONFIDENCE, Arg
from igr.extract.dates import find_date
from igr.extract.records import Fact

FUNDED_NOUNS = {"project", "projects", "programme", "programmes", "production", "productions", "initiative",
                "initiatives", "scheme", "schemes", "proposal", "proposals"}
SERIES_NOUNS = {"series", "event", "events", "activity", "activities", "programme", "program"}


class SessionPatterns:
    """Mixin of :class:`igr.extract.relations.RelationFinder`: events, places and lists."""

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
                recent = self._named_last(sent[0], "Initiative")  # named before this sentence
                funders = [Arg(recent, "Initiative", "event-noun")] if recent else []
        # the most specific funder: "funded by the Bureau through the Scheme" -> the Scheme funds them
        schemes = [f for f in funders if self._label(f.entity) == "Initiative"]
        for s in (schemes or funders):
            for o in funded:
                if s.entity != o.entity and self._label(o.entity) == "Initiative":
                    self._emit(s.entity, "funds", o.entity, sent, f"dep:{v.lemma_}", self._conf(s, o) - 0.1)

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
            if head.pos_ in ("NOUN", "PROPN"):  # "the X Co-operation Meeting in Hong Kong": where the series met
                for m in self._args_at(head, ("Mechanism",), conj=False):
                    self._venues.setdefault(m.entity, [])
                    self._venues[m.entity] += [p.entity for p in places if p.entity not in self._venues[m.entity]]
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
                people = self._subjects(head, ("Person",))
                if head.lemma_.lower() in self.triggers["meet"]:  # "met the Mayor of X, Mr Y, in Hong Kong"
                    people += self._objects(head, ("Person",), preps=("with",))
                for person in people:
                    for place in places:
                        if not self._local_to(person.entity, place.entity):
                            self._emit(person.entity, "visited", place.entity, sent, f"dep:act-{prep.lower_}",
                                       self._conf(person, place) - 0.15)

    def _local_to(self, person: str, place: str) -> bool:
        """Whether the person's post in this release names the place ("Mayor of Beijing" in Beijing)."""
        name = self._ents[place].name.lower()
        return any(s == person and p == "holdsPost" and name in self._ents[o].name.lower()
                   for s, p, o in self._facts)

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
            # the government whose delegation it is ("the HKSAR Government delegation"), else the
            # government named closest before the list
            own = self._delegation_government(sent)
            parent = next((e for e in governments if e.id == own), None) or \
                max(governments, key=lambda e: max(s0 for s0, _ in e.spans if s0 < sent.end_char))
            for u in units:
                self._emit(u.entity, "subOrganizationOf", parent.id, sent, "list:representatives-from",
                           CONFIDENCE["dep"] - 0.15)

    def _delegation_government(self, sent: Span) -> str | None:
        """The government named on the last "delegation" up to this sentence ("HKSAR Government delegation")."""
        found = None
        for t in self._doc[: sent.end]:
            if t.lemma_.lower() == "delegation":
                for child in t.children:
                    eid = self._entity_at(child)
                    if eid and self._ents[eid].label == "Organization" and self._ents[eid].government:
                        found = eid
        return found

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

    def _bare_fact(self, entity: str, sent: Span) -> Fact:
        when, when_text = find_date(sent.text, self._date)
        return Fact(entity, "attended", entity, sent.start_char, sent.end_char, sent.text.strip(), "companion", 0.5,
                    when, when_text)
