"""Parties: lists of participants, companions, the units of a government.

"Officials that attended the plenary included A; B"; "members of the delegation include
..." (they attend the release's main session); "accompanied by ..." (companions meet
whom their principal met); "representatives from the A Bureau and the B Department" (units
of the government whose delegation it is); "a series of events ... comprises X, Y".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from igr.extract.arguments import CONFIDENCE, Arg, Reading
from igr.extract.triggers import Vocabulary


class PartyPatterns:
    """Who took part, listed or accompanying.

    Parameters
    ----------
    words : Vocabulary
    """

    def __init__(self, words: Vocabulary) -> None:
        self._representatives = words.cue("representative_nouns")
        self._unit_heads = words.cue("government_unit_heads")
        self._list_verbs = words.cue("list_verbs")
        self._example_preps = words.cue("example_preps")
        self._series_nouns = words.cue("series_nouns")
        self._delegation = words.cue("delegation_nouns")
        self._accompany = words.family["meet_join"]
        self._apart = words.family["attend"] | words.family["visit"] | words.family["organize"]
        self._journey = words.cue("journey_nouns")
        self._lead = words.cue("lead_verbs")
        self._meet = words.family["meet"]
        self._chair = words.family["chair"]
        self._not_acting = words.cue("not_acting_verbs")
        self._attendees = words.cue("attendee_words")
        self._speeches = words.cue("speech_nouns")
        self._organiser_nouns = words.cue("organiser_nouns")

    def together(self, r: Reading, sent: Span) -> None:
        """People who do something together ("Mr A and Mr B reviewed the progress"): they met, if they are
        on different sides (decided with the sides of :mod:`igr.extract.frames`)."""
        listed = r.listed_subjects(("nsubj", "nsubjpass"))
        for v in sent:
            if v.i not in listed or v.pos_ != "VERB" or v.lemma_.lower() in self._apart or r.entity_at(v) is not None:
                continue  # (guests at one ceremony, visitors of one place, have not met for that; "do" in "Abnildo
                # do Nascimento" is no verb)
            people = list({a.entity: a for a in r.subjects(v, ("Person",), inherit=False) if a.via == "mention"
                           and not r.named_only_after(a.entity, sent, v.idx)}.values())
            for i, a in enumerate(people):
                for b in people[i + 1:]:
                    r.co_actors.append((a.entity, b.entity, r.bare_fact(a.entity, sent, "together")))
            if len(people) > 1 and v.lemma_.lower() not in self._chair | self._not_acting:
                # "The X Meeting was held in Y today. Mr A and Mr B reviewed the progress ...": those who report
                # the session's work together, right after it was said to be held, took part in it
                for event in self._session_held(r, sent):
                    for person in people:
                        r.emit(person.entity, "attended", event, sent, "frame:session-report", r.conf(person, person) - 0.15)

    @staticmethod
    def _session_held(r: Reading, sent: Span) -> list[str]:
        """The one event said to be held somewhere in this sentence or the one before ("The X Meeting was held in
        Y today."), else the one the sentence before says people attended; none when several were."""
        doc = sent.span.doc
        start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        events = list(dict.fromkeys(f.subject for f in r.facts.values() if f.predicate == "heldIn"
                                    and start <= f.start <= sent.start_char and r.label(f.subject) == "Event"))
        if not events:  # "A and B led their delegations to the conference. C and D reported on ...": the one
            # session the sentence before says people attended
            events = list(dict.fromkeys(f.object for f in r.facts.values() if f.predicate in ("attended", "chaired")
                                        and start <= f.start < sent.start_char and r.label(f.object) == "Event"))
        return events if len(events) == 1 else []

    def units_of(self, r: Reading, sent: Span) -> None:
        """ "representatives from the A Bureau, the B Bureau and the Department of C" of a government:
        the listed bodies are parts of the government the sentence (or the one before) names."""
        if "from" not in sent.lowers:
            return
        for t in sent:
            if t.lower_ != "from" or t.head.lemma_.lower() not in self._representatives:
                continue
            units = [a for p in r.children_of(t) if p.dep_ == "pobj" for u in r.subtree_of(p)
                     for a in r.args_at(u, ("Organization",), conj=False)]
            if len({a.entity for a in units}) < 2:  # the parser often leaves a long list flat: read the names up to the next clause
                units = []
                for u in sent[t.i + 1 - sent.start:]:
                    if u.pos_ in ("VERB", "AUX") or u.lower_ in (";", ":"):
                        break
                    units += r.args_at(u, ("Organization",), conj=False)
            units = list({a.entity: a for a in units}.values())
            if len(units) < 2:
                continue
            # (only a government's own units: "the X Bureau", "the Department of Y"; not a university, a
            # chamber or a company listed with them)
            units = [u for u in units if self._government_unit(r.ents[u.entity])]
            unit_ids = {u.entity for u in units}
            # (named by itself: not only as the owner inside a listed body's name, "the Office of the X
            # Government in Y", which names no government the others belong to)
            outer = [(s0, e0) for e in r.ents.values() for s0, e0 in e.spans]
            governments = [e for e in r.ents.values() if e.label == "Organization" and self._a_government(e)
                           and e.id not in unit_ids and any(s0 < sent.end_char and not _inside(s0, e0, outer)
                                                            for s0, e0 in e.spans)]
            if not governments:
                continue
            # the government whose delegation it is ("the HKSAR Government delegation"), else the
            # government named closest before the list
            own = self._delegation_government(r, sent)
            parent = next((e for e in governments if e.id == own), None) or \
                max(governments, key=lambda e: max(s0 for s0, _ in e.spans if s0 < sent.end_char))
            for u in units:
                r.emit(u.entity, "subOrganizationOf", parent.id, sent, "list:representatives-from",
                           CONFIDENCE["dep"] - 0.15)

    def other_units(self, r: Reading, sent: Span) -> None:
        """ "the A Office, the B Commission and other ministries of the Central Government": the bodies listed
        before "other <units> of Y" are units of Y too ("... and other departments under the State Council")."""
        if "other" not in sent.lowers:
            return
        for t in sent:
            if t.lower_ != "other" or t.dep_ != "amod":
                continue
            units = t.head
            if r.word_lemmas[units.i] not in self._unit_heads or units.dep_ != "conj":
                continue
            parents = [a for c in units.children if c.dep_ == "prep" and c.lower_ in ("of", "under")
                       for p in c.children if p.dep_ == "pobj" for a in r.args_at(p, ("Organization",))]
            if len(parents) != 1:
                continue
            members = self._listed_before(r, t.i, sent.start)
            for member in members - {parents[0].entity}:
                r.emit(member, "subOrganizationOf", parents[0].entity, sent, "list:other-units", CONFIDENCE["dep"] - 0.1)

    @staticmethod
    def _listed_before(r: Reading, i: int, start: int) -> set[str]:
        """The bodies of the list printed right before token ``i`` ("the A, the B and" before "other ..."),
        read from the words (the parser often hangs such a list on another word)."""
        members: set[str] = set()
        i -= 1
        while i >= start:
            eid = r.entity_at(r.tokens[i])
            if eid is not None and r.label(eid) == "Organization":
                members.add(eid)
                while i >= start and r.entity_at(r.tokens[i]) == eid:
                    i -= 1
            elif r.word_lowers[i] in (",", "and", "the", "&"):
                i -= 1
            else:
                break
        return members

    @staticmethod
    def _a_government(entity) -> bool:
        """Whether a body is a government itself, whose units others can be: one the lexicon knows as a
        government, or named as one ("the Government of X", "the Y Municipal Government"); not one of a
        government's own bodies ("the X Monetary Authority", "the Y Logistics Council")."""
        if entity.kind is not None:
            return entity.kind == "government"
        return entity.government and re.search(r"\bGovernment(?: of\b|$)", entity.name) is not None

    def _government_unit(self, entity) -> bool:
        """Whether a body is one a government is made of: marked so in the lexicon, or headed by a government
        unit's word, last ("the X Bureau") or before its portfolio ("the Department of Y")."""
        if entity.government and entity.kind is not None:
            return True  # (a body the lexicon knows as a government's: "Invest Hong Kong")
        words = entity.name.lower().split()
        first = entity.name.lower().split(" of ", 1)[0].split() if " of " in entity.name else words
        return bool(words) and (words[-1] in self._unit_heads or first[-1] in self._unit_heads)

    def _delegation_government(self, r: Reading, sent: Span) -> str | None:
        """The government named on the last "delegation" up to this sentence ("HKSAR Government delegation",
        "a delegation of the Government of the HKSAR")."""
        found = None
        for t in r.doc[: sent.end]:
            if t.lemma_.lower() in self._delegation:
                named = [c for c in r.children_of(t) if c.dep_ != "prep"]
                named += [o for c in r.children_of(t) if c.dep_ == "prep" and c.lower_ in ("of", "from")
                          for o in r.children_of(c) if o.dep_ == "pobj"]
                for child in named:
                    eid = r.entity_at(child)
                    if eid and r.ents[eid].label == "Organization" and r.ents[eid].government:
                        found = eid
        return found

    def lists(self, r: Reading, sent: Span) -> None:
        """ "Officials that attended the plenary included A; B; C", "members of the delegation include ..." """
        if self._list_verbs.isdisjoint(sent.lemmas):
            return
        for v in sent:
            if v.lemma_.lower() not in self._list_verbs or v.pos_ not in ("VERB", "AUX"):
                continue
            people = [a for t in sent if t.i > v.i for a in r.args_at(t, ("Person",), conj=False)]
            people = list({a.entity: a for a in people}.values())
            subject_side = [t for t in sent if t.i < v.i]
            if r.series and any(t.lemma_.lower() in self._series_nouns for t in subject_side):
                listed = {a.entity: a for t in sent if t.i > v.i for a in r.args_at(t, ("Event",), conj=False)}
                orgs, places = r.series
                for e in listed.values():  # "The series of events comprises X, Y and Z"
                    for o in orgs:
                        r.emit(e.entity, "organizedBy", o.entity, sent, "list:series", r.conf(e, o) - 0.15)
                    for p in places:
                        r.emit(e.entity, "heldIn", p.entity, sent, "list:series", r.conf(e, p) - 0.15)
            organisers = [t for t in subject_side if t.lemma_.lower() in self._organiser_nouns]
            occasion = next((n for t in organisers for p in r.children_of(t) if p.dep_ == "prep" and p.lower_ == "of"
                             for n in r.children_of(p) if n.dep_ == "pobj" and r.plural_occasion(n)), None)
            if occasion is not None:  # "Co-organisers of the seminars included A; B and C": organisers of the
                # occasions named before, or of those the release names later as the seminars
                orgs = list({a.entity: a for t in sent if t.i > v.i
                             for a in r.args_at(t, ("Organization",), conj=False)}.values())
                orgs = [a for a in orgs if not r.owner_only(a.entity, [o.entity for o in orgs], sent)]
                for e in r.plural_organised(occasion, orgs, sent):
                    for o in orgs:
                        r.emit(e.entity, "organizedBy", o.entity, sent, "list:organisers", r.conf(e, o) - 0.15)
            if not people:
                continue
            events = [a for t in subject_side for a in r.args_at(t, ("Event", "Mechanism"), conj=False)]
            delegation = next((t for t in reversed(subject_side) if t.lemma_.lower() in self._delegation
                               or r.members_of_delegation(t)), None)
            if not events and delegation is not None:
                # "the delegation he led, which includes A": its leader is who led it, else the release's
                # (a pronoun there is the release's leader, or its traveller: "welcomed Mr Li's visit ... the
                # delegation he led")
                led = [a for c in r.children_of(delegation) if c.dep_ == "relcl" and c.lemma_.lower() in self._lead
                       for a in r.subjects(c, ("Person",), inherit=False)]
                named = [a for a in led if a.via == "mention"]
                if not named and delegation.dep_ in ("dobj", "obj") and delegation.head.lemma_.lower() in self._lead:
                    # "Ms A will lead a delegation comprising B and C to X": who leads it in this sentence
                    named = r.subjects(delegation.head, ("Person",))
                leader = named[0].entity if named else r.leader_of(delegation)
                # "welcomed/met the delegation, which includes A": A is met too
                hosts = r.subjects(delegation.head, ("Person",)) if delegation.dep_ in ("dobj", "obj") \
                    and delegation.head.lemma_.lower() in self._meet else []
                for person in people:
                    r.delegates.append((person.entity, r.bare_fact(person.entity, sent, "list:delegation")))
                    if leader and leader != person.entity:  # members go where their leader goes, meet whom he meets
                        r.companions.append((person.entity, leader, r.bare_fact(person.entity, sent, "list:delegation")))
                    for host in hosts:
                        r.emit(person.entity, "metWith", host.entity, sent, "list:delegation-met", r.conf(person, host) - 0.1)
            for e in {a.entity: a for a in events}.values():
                for person in people:
                    r.emit(person.entity, "attended", e.entity, sent, "list:include", r.conf(person, e) - 0.1)

    def attendees(self, r: Reading, sent: Span) -> None:
        """ "Other attendees included A and B", "Also attending were A and B", "Among those present were A",
        "Other officiating guests included A": the people listed after the verb attended the event the words
        before it name ("Among those present at the ceremony"), else the one the release reported attended
        last. Not when a person is named before the verb ("Mr A was present"), nor for a list of a delegation."""
        if self._attendees.isdisjoint(sent.lemmas):
            return
        root = sent.span.root
        if root.lemma_.lower() not in self._list_verbs | {"be"} or root.pos_ not in ("VERB", "AUX"):
            return
        before = [t for t in sent if t.i < root.i]
        # (whose they are: "Other participants of the X Government include A and B")
        sides = {t.i for t in before if t.dep_ == "prep" and t.lower_ in ("of", "from")
                 and t.head.lemma_.lower() in self._attendees for t in r.subtree_of(t)}
        if not any(t.lemma_.lower() in self._attendees for t in before) \
                or any(t.lemma_.lower() in self._delegation for t in before) \
                or any(r.args_at(t, ("Person",) if t.dep_ in ("compound", "amod", "nmod") else ("Person", "Organization", "Place"),
                                 conj=False) for t in before if t.lemma_.lower() not in self._attendees and t.i not in sides):
            return  # ("Hong Kong officials attending the meeting were"; not the list the parser hung on "Speakers")
        people = [a for t in sent if t.i > root.i for a in r.args_at(t, ("Person",), conj=False)]
        events = [a for t in before for a in r.args_at(t, ("Event", "Mechanism"), conj=False)] or r.attended_last(sent) \
            or r.named_just_before(sent)
        if not events and r.recent_met():
            # "Also attending the meeting were A and B" right after a meeting the release reported: they joined it
            # (they meet whom the other side met: :mod:`igr.extract.frames`)
            for person in {a.entity: a for a in people}.values():
                r.companions.append((person.entity, None, r.bare_fact(person.entity, sent)))
        elif not events and sides and r.last_person.get("traveller"):
            # "Mrs A will visit X to attend the celebrations. Other participants of the Y Government include B and
            # C": they go with the official whose trip the release reports
            traveller = r.last_person["traveller"]
            for person in {a.entity: a for a in people}.values():
                if person.entity != traveller:
                    r.companions.append((person.entity, traveller, r.bare_fact(person.entity, sent)))
        elif not events and r.unnamed_venues:
            # "The ceremony was held at the Government Headquarters in Macao. Also present were A and B": they were
            # at the event without a name reported last, where it was held (not at home: see frames.at_home)
            for person in {a.entity: a for a in people}.values():
                for place in list(r.unnamed_venues.values())[-1]:
                    r.emit(person.entity, "visited", place, sent, "list:attendees-at", r.conf(person, person) - 0.15)
        for event in {a.entity: a for a in events}.values():
            for person in {a.entity: a for a in people}.values():
                r.emit(person.entity, "attended", event.entity, sent, "list:attendees", r.conf(person, event) - 0.05)

    def roles_at(self, r: Reading, sent: Span) -> None:
        """A role at a named event is attending it: "Mr A was among the guests at the X Forum", "was the keynote
        speaker at X", "was present at X" (an attendee word, lexicon ``attendee_words``, said of the subject);
        "In his speech at the X Forum, Mr A said", "Mr A's remarks at X" (a speech noun and its possessor)."""
        if "at" not in sent.lowers:
            return
        for prep in sent:
            if prep.lower_ != "at" or prep.dep_ != "prep":
                continue
            events = [a for p in r.children_of(prep) if p.dep_ == "pobj"
                      for a in r.args_at(p, ("Event", "Mechanism")) if a.via == "mention"]
            role = prep.head
            if role.lemma_ == "be":  # "was present at X" with "at" hung on the copula
                role = next((c for c in r.children_of(role) if c.dep_ in ("acomp", "attr") and c.i < prep.i
                             and (c.lemma_.lower() in self._attendees or c.lower_ in self._attendees)), role)
            if not events or role.pos_ not in ("NOUN", "ADJ"):
                continue
            people = []
            if (role.lemma_.lower() in self._speeches or role.lower_ in self._speeches) \
                    and any(c.dep_ == "poss" for c in r.children_of(role)):
                people = r.subjects(role, ("Person",))  # (the possessor; "In his speech ..., Mr A said": Mr A)
            elif role.lemma_.lower() in self._attendees or role.lower_ in self._attendees:
                be = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "among" else role.head
                if be.lemma_ == "be" and (role.dep_ in ("attr", "acomp") or role.head.lower_ == "among"):
                    people = r.subjects(be, ("Person",), inherit=False)
            for event in {a.entity: a for a in events}.values():
                for person in {a.entity: a for a in people}.values():
                    r.emit(person.entity, "attended", event.entity, sent, f"dep:{role.lemma_.lower()}-at",
                           r.conf(person, event) - 0.1)

    def leading_delegations(self, r: Reading, sent: Span) -> None:
        """ "The X Conference was held in Y today, with A and B leading delegations to the conference", "...,
        with A and B heading their delegations": A and B attended the session the clause reports (or the one
        the delegations go "to") and head its delegations (the heads of different sides meet: see
        :mod:`igr.extract.frames`). The names are read flat from "with" to the participle: the parser hangs
        such a list anywhere."""
        if self._lead.isdisjoint(sent.lemmas) or "with" not in sent.lowers:
            return
        tokens = list(sent)
        for n, v in enumerate(tokens):
            if v.tag_ != "VBG" or v.lemma_.lower() not in self._lead \
                    or not any(t.lemma_.lower() in self._delegation for t in tokens[n + 1:n + 4]):
                continue
            start = next((m for m in range(n - 1, -1, -1) if tokens[m].lower_ == "with"
                          or tokens[m].pos_ in ("VERB", "AUX")), None)
            if start is None or tokens[start].lower_ != "with" or tokens[start].head.pos_ not in ("VERB", "AUX"):
                continue  # (not "..., with companies leading the way": no one named; not a clause of its own)
            clause = tokens[start].head
            people = list({a.entity: a for t in tokens[start + 1:n] for a in r.args_at(t, ("Person",), conj=False)
                           if a.via == "mention"}.values())
            to = next((t for t in tokens[n + 1:n + 5] if t.lower_ == "to" and t.dep_ == "prep"), None)
            events = [a for p in (r.children_of(to) if to is not None else ()) if p.dep_ == "pobj"
                      for a in r.args_at(p, ("Event", "Mechanism"))]
            events = events or r.subjects(clause, ("Event", "Mechanism"), inherit=False) + [
                a for c in r.children_of(clause) if c.dep_ in ("dobj", "obj") for a in r.args_at(c, ("Event", "Mechanism"))]
            for person in people if len(people) > 1 or events else ():
                if person.entity not in r.leaders:
                    r.leaders.append(person.entity)
                    r.delegates.append((person.entity, r.bare_fact(person.entity, sent, "delegation:leading")))
                for event in {a.entity: a for a in events}.values():
                    r.emit(person.entity, "attended", event.entity, sent, f"dep:with-{v.lemma_.lower()}-delegation",
                           r.conf(person, event) - 0.1)

    def joined(self, r: Reading, v: Token, sent: Span) -> None:
        """People who joined a reported meeting: "accompanied by A", "together with A", "A also joined
        the meeting". They meet whom their principal (or their side) met (:mod:`igr.extract.frames`)."""
        if v.pos_ == "VERB" and (v.lemma_.lower() in self._accompany or any(c.dep_ == "agent" for c in r.children_of(v))):
            self._accompanied(r, v, sent)  # "accompanied by", "will be joined by"
        elif v.pos_ in ("ADV", "ADP") and v.head.i != v.i:  # "Mr A, together with Mr B, met ..."
            if v.dep_ == "advmod" and v.head.dep_ == "prep" and v.head.head.i != v.head.i:
                v = v.head  # ("together" read as a modifier of "with", the phrase hung on the subject Mr A)
            companions = [a for c in r.subtree_of(v) if c.dep_ == "pobj" for a in r.args_at(c, ("Person",))]
            principals = r.subjects(v.head, ("Person",)) if v.head.pos_ in ("VERB", "AUX") else \
                [a for a in r.args_at(v.head, ("Person",), conj=False) if v.head.dep_ in ("nsubj", "nsubjpass")]
            principal = principals[0].entity if principals else None
            for c in {a.entity: a for a in companions}.values():
                if c.entity != principal:  # (with the principal in this sentence's action: see frames)
                    r.companions.append((c.entity, principal, r.bare_fact(c.entity, sent, "companion:together")))
        elif v.pos_ in ("VERB", "AUX", "ADJ"):  # "Mr B also joined the meeting", "Mr B was also present"
            people = r.subjects(v, ("Person",))
            if not people and v.dep_ == "acomp" and v.head.lemma_ == "be":  # "Also present were B and C"
                people = [a for c in r.children_of(v.head) if c.dep_ in ("attr", "nsubj") and c.i > v.i
                          for a in r.args_at(c, ("Person",))]
                if people:  # (and every name of the list, however the parser hung it)
                    people += [a for t in sent if t.i > v.head.i for a in r.args_at(t, ("Person",), conj=False)]
                self._present_at(r, v, people, sent)
            if v.i in r.listed_subjects(("nsubj", "nsubjpass")):  # a long list of names: every name up to the verb
                # (the parser hangs the last ones of "A, B, ... and Z also joined the meeting" anywhere)
                start = max([t.i + 1 for t in sent if t.i < v.i and t.pos_ in ("VERB", "AUX")] + [sent.start])
                people += [a for t in sent if start <= t.i < v.i for a in r.args_at(t, ("Person",), conj=False)]
            for person in {a.entity: a for a in people}.values():
                r.companions.append((person.entity, None, r.bare_fact(person.entity, sent)))

    def _accompanied(self, r: Reading, v: Token, sent: Span) -> None:
        """ "Mrs Lam, accompanied by the Secretary ..., Mr X; and ..., Mr Y, met ..."; "Mr X will accompany
        the Chief Executive"; "Accompanying Mr Chan on the visit will be Ms Y"."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in r.children_of(v))  # (an object read into a passive's
        # list is one of those after "by": "is accompanied by A; and the Information Co-ordinator, Mr B")
        principals = [] if passive else [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj")
                                         for a in r.args_at(c, ("Person",))]
        if principals:  # active: the subjects accompany the object
            companions = r.subjects(v, ("Person",), inherit=v.dep_ != "csubj")
            # "Accompanying Mr Chan ... will be Ms Y"; "Officials accompanying Mr Chan will include Ms Y"
            listed = v.dep_ in ("csubj", "nsubj", "advcl") or (
                v.dep_ == "acl" and v.head.dep_ == "nsubj" and v.head.head.lemma_.lower() in self._list_verbs | {"be"})
            if not companions and listed:
                clause = v.head if v.dep_ != "acl" else v.head.head
                companions = [a for t in sent if t.i > clause.i and t.head == clause and t.dep_ in ("attr", "nsubj")
                              for a in r.args_at(t, ("Person",))]
                # and every name of the list, however the parser hung it, up to the next clause
                after = max(c.i for c in r.subtree_of(v))
                end = next((t.i for t in sent if t.i > after and t.pos_ == "VERB" and t.i != clause.i), sent.end)
                companions += [a for t in sent if after < t.i < end for a in r.args_at(t, ("Person",), conj=False)]
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and r.entity_at(c) is None
                                      for c in r.children_of(v)):
                # "Several officials will accompany Mr A, including the Secretary ..., Ms B; ...; and ..., Mr C": a
                # generic subject with the names listed after "including" / "such as" (hung anywhere by the parser),
                # up to the next clause
                example = next((t for t in sent if t.i > v.i and (t.lower_ in self._example_preps or t.lower_ == "as"
                                                                   and t.nbor(-1).lower_ == "such")), None)
                if example is not None:
                    end = next((t.i for t in sent if t.i > example.i and t.pos_ in ("VERB", "AUX")
                                and t.lower_ not in self._example_preps), sent.end)
                    # (each name by its own mention: the parser may read one as an apposition to the principal)
                    named = {principals[0].entity}  # (not the names the parser hung on it)
                    for t in sent[example.i + 1 - sent.start:end - sent.start]:
                        e = r.entity_at(t)
                        companions += [a for a in ([Arg(e, "Person", "mention")] if e and r.label(e) == "Person"
                                                   else r.args_at(t, ("Person",), conj=False)) if a.entity not in named]
            principal = principals[0].entity
        else:
            companions = [a for c in r.children_of(v) if c.dep_ == "agent" for p in r.children_of(c) if p.dep_ == "pobj"
                          for a in r.args_at(p, ("Person",))]
            by = next((c for c in r.children_of(v) if c.lower_ == "by"), None)
            if by is None and passive:
                # "He is accompanied on the visit by A": "by" hung on the noun of the phrase before it
                by = next((b for c in r.children_of(v) if c.dep_ == "prep" for p in r.children_of(c) if p.dep_ == "pobj"
                           for b in r.children_of(p) if b.lower_ == "by" and b.dep_ == "prep"), None)
            if not companions and by is not None:  # the parser often leaves the list flat: take the people after "by"
                companions = [a for t in sent if t.i > by.i for a in r.args_at(t, ("Person",), conj=False)]
            if by is not None and passive and ";" in r.text[by.idx:sent.end_char]:
                # "He is accompanied by the Secretary for X, Mr A; the Director of Y, Mr B; and ...": the whole list
                companions += r.named_after(by, semicolons=True)
            # and the last names of a list the parser hung on the verb ("accompanied by A, and B"), or on the main
            # verb after it ("The Chief Executive, accompanied by the Secretary for X, Mr A, and the Secretary for Y,
            # Mr B, met ...": every name after "by" up to the next verb)
            companions += [a for c in r.children_of(v) if c.dep_ in ("npadvmod", "appos") and by is not None and c.i > by.i
                           for a in r.args_at(c, ("Person",), conj=False)]
            if by is not None and v.i > sent.start and v.i > v.head.i:
                companions += r.named_after(by)
            head = v.head
            if by is not None and v.i < head.i and v.i == sent.start:
                # "Accompanied by A, B and C, the Chief Executive, Mr D, met ...": every name up to the verb (the
                # parser hangs the later ones anywhere)
                subject = {a.entity for c in r.children_of(head) if c.dep_ in ("nsubj", "nsubjpass") and c.i != v.i
                           for a in r.args_at(c, ("Person",), conj=False)}
                companions += [a for t in sent if by.i < t.i < head.i for a in r.args_at(t, ("Person",), conj=False)
                               if a.entity not in subject]
            companions = list({a.entity: a for a in companions}.values())
            if len(companions) > 1 and v.i < head.i and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != v.i
                                                                for c in r.children_of(head)):
                # "Accompanied by A, B, the Chief Executive, Mr C, visited ...": the parser ran the subject into the list
                companions, principals = companions[:-1], companions[-1:]
            taken = {a.entity for a in companions}
            found = [a for candidate in (head, *r.children_of(head)) for a in r.args_at(candidate, ("Person",), conj=False)
                     if a.entity not in taken]
            found = principals + [a for a in r.subjects(head, ("Person",)) if a.entity not in taken] + found
            principal = found[0].entity if found else None
        self._present_at(r, v, companions, sent)  # "Accompanying him at the events were B and C"
        legs = self._legs(r, v) if principals else []
        for c in {a.entity: a for a in companions}.values():
            if c.entity != principal:
                r.companions.append((c.entity, principal, r.bare_fact(c.entity, sent)))
                if legs:  # they go where the text says they go with the principal, not everywhere the principal goes
                    r.own_legs.add(c.entity)
                    for place in legs:
                        r.emit(c.entity, "visited", place, sent, "dep:accompany-to", r.conf(c, c) - 0.1)

    @staticmethod
    def _present_at(r: Reading, v: Token, people, sent: Span) -> None:
        """Companions or those present "at" named events or at "the events" of the release attended them: "Also
        present at the events were B and C", "Accompanying him at the forum was B"."""
        events = [a for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ == "at" for p in r.children_of(c)
                  if p.dep_ == "pobj" for a in (r.args_at(p, ("Event", "Mechanism")) or r.events_so_far(p, sent))]
        for event in {a.entity: a for a in events}.values():
            for person in {a.entity: a for a in people}.values():
                r.emit(person.entity, "attended", event.entity, sent, "frame:present-at", r.conf(person, event) - 0.1)

    def _legs(self, r: Reading, v: Token) -> list[str]:
        """The places of the leg of a trip someone accompanies the principal on: "will accompany Mr A to X",
        "accompanying Mr A on the X visit", "on his visit to X", "on the visit" (the trip named last)."""
        legs = [a.entity for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ == "to"
                for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Place",))]
        trips = [p for c in r.children_of(v) if c.dep_ == "prep" and c.lower_ in ("on", "during") for p in r.children_of(c)
                 if p.dep_ == "pobj" and p.lemma_.lower() in self._journey]
        for trip in trips:
            named = [a.entity for a in r.objects(trip, ("Place",), preps=("to", "in"))]
            named += [a.entity for c in r.children_of(trip) if c.dep_ in ("compound", "nmod") and c.i < trip.i
                      for a in r.args_at(c, ("Place",), conj=False)]
            legs += named or list(r.trip)
        return list(dict.fromkeys(legs))


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the span ``start:end`` lies inside a longer one of ``spans``.

    >>> _inside(4, 8, [(0, 12), (4, 8)]), _inside(0, 12, [(0, 12), (4, 8)])
    (True, False)
    """
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
