"""Events: who organised them, where they were held, who presided.

"the event organised by X", "held in Y", "the Plenary held in Y", "arrived in Y to attend
the Expo" (held there), "Mr A and Mr B held the meeting" (they chaired it); officials
acting "in X" visited X unless their own post is there.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from igr.extract.arguments import Arg, Reading
from igr.extract.participation import co_subjects_meet
from igr.extract.triggers import Vocabulary


class EventPatterns:
    """Organisers, venues and presiding officials of events.

    Parameters
    ----------
    words : Vocabulary
    """

    def __init__(self, words: Vocabulary) -> None:
        self.words = words
        self._series_nouns = words.cue("series_nouns")
        self._jointly = words.cue("jointly")
        self._held = words.cue("held_verbs") | {w for w in words.cues.get("held_verbs", ()) if " " not in w}  # "co-host"
        self._hold_meeting = words.cue("hold_meeting_verbs")
        self._at = words.cue("locate")
        self._journey = words.cue("journey_nouns") | words.cue("programme_nouns")
        self._not_acting = words.cue("not_acting_verbs")
        self._event_nouns = words.cue("event_nouns")
        self._sitting = words.family["chair"] | words.family["attend"]  # verbs of taking part in a session

    def organised(self, r: Reading, v: Token, sent: Span) -> None:
        """Organisers, venues and presiding officials of events: "the event organised by X",
        "the Plenary was held in Y", "Mr A and Mr B held the meeting"."""
        if v.pos_ not in ("VERB", "NOUN"):
            return
        lemma = v.lemma_.lower()
        if v.pos_ == "VERB" and lemma in self._held:
            # "The X Conference held its Fifth Plenary Session in Y": the session is the series' own
            own = [a for c in r.children_of(v) if c.dep_ in ("dobj", "obj")
                   and any(g.dep_ == "poss" and g.lower_ == "its" for g in r.children_of(c))
                   for a in r.args_at(c, ("Event",), conj=False)]
            for series in r.subjects(v, ("Mechanism",), inherit=False) if own else ():
                for session in own:
                    r.emit(session.entity, "partOf", series.entity, sent, "dep:held-its", r.conf(session, series) - 0.05)
            # "Hong Kong and the EU held their 12th Structured Dialogue meeting": the two are the series' parties, not
            # the session's hosts nor its organisers
            their = [c for c in r.children_of(v) if c.dep_ in ("dobj", "obj")
                     and any(g.dep_ == "poss" and g.lower_ == "their" for g in r.children_of(c))]
            parties = list({a.entity: a for a in r.subjects(v, ("Place", "Organization"), inherit=False)}.values())
            if their and len(parties) > 1:
                spans = [(min(t.idx for t in r.subtree_of(c)), max(t.idx + len(t) for t in r.subtree_of(c))) for c in their]
                for series in [e.id for e in r.ents.values() if e.label == "Mechanism"
                               and any(a <= s0 and e0 <= b for a, b in spans for s0, e0 in e.spans)]:
                    for party in parties:  # (the series named inside the session's name)
                        r.emit(series, "hasParticipant", party.entity, sent, "dep:held-their", r.conf(party, party) - 0.05)
                return
        # passive or participle: "the event organised by TVB", "the Plenary was held in Hong Kong"
        agent = next((c for c in r.children_of(v) if c.dep_ == "agent"), None)
        events = []
        if v.dep_ in ("acl", "relcl") and v.head is not None:
            events = r.args_at(v.head, ("Event",))
            if not events and v.head.dep_ == "pobj" and v.head.head.lower_ == "of" and v.dep_ == "acl":
                # "the "X" performance of the Y Company co-organised by A": the occasion is organised, not its company
                events = r.args_at(v.head.head.head, ("Event",), conj=False)
            if v.head.dep_ == "conj" and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in r.children_of(v.head)):
                # "the Business Forum and (the) networking luncheon hosted by X" (not "the X Dinner, as well as a
                # luncheon hosted by Y": an event brought in with "a" is another, unnamed one)
                events += r.args_at(v.head.head, ("Event",), conj=False)
        events += [a for a in r.subjects(v, ("Event",), inherit=False)]
        if not events and v.tag_ == "VBN" and v.dep_ in ("advcl", "conj") and v.i - 2 >= sent.start \
                and r.doc[v.i - 1].text == "," and agent is not None:
            # "spoke at the X Week, organised by Y": the parser hung the participle on the verb; it belongs to
            # the event printed right before the comma
            events = r.args_at(r.doc[v.i - 2], ("Event",), conj=False)
        if not events and v.tag_ == "VBN" and v.dep_ == "advcl" and v.i < v.head.i \
                and agent is not None:
            # "Jointly organised by A and B, the X Forum opened today": a participle before the clause, of its subject
            events = [a for a in r.subjects(v.head, ("Event",), inherit=False)]
        events += r.objects(v, ("Event",), preps=("of",) if v.pos_ == "NOUN" else ()) if v.dep_ not in ("acl",) else []
        orgs = [a for c in r.children_of(v) if c.dep_ == "agent" for p in r.children_of(c) if p.dep_ == "pobj"
                for t in r.subtree_of(p) for a in r.args_at(t, ("Organization",), conj=False)]
        if orgs:  # the parser may hang "and the B" on the verb: "held by A and the B in Dalian"
            orgs += [a for c in r.children_of(v) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                     for a in r.args_at(c, ("Organization",), conj=False)]
        if agent is not None and orgs and v.dep_ in ("advcl", "ROOT", "acl"):
            # "Jointly hosted by A (ACR), B, C, and D, the X kicked off": the names after "by" up to the next verb,
            # wherever the parser hung them
            sentence = r.sentence_of(v.i)
            for t in sentence[agent.i + 1 - sentence.start:]:
                if t.pos_ in ("VERB", "AUX"):
                    break
                orgs += r.args_at(t, ("Organization",), conj=False)
        orgs = list({a.entity: a for a in orgs}.values())  # "by A (ACR) and the B": both
        orgs = [a for a in orgs if not r.owner_only(a.entity, [o.entity for o in orgs], sent)]
        if agent is None and v.dep_ not in ("acl", "relcl"):
            orgs += [a for a in r.subjects(v, ("Organization",), inherit=False)]
        if not events and orgs and any(t.lemma_.lower() in self._series_nouns for c in r.children_of(v)
                                       if c.dep_ in ("nsubjpass", "nsubj", "dobj") for t in r.subtree_of(c)):
            # "a series of events will be held jointly by A and B in Dalian": the events come later
            places = [a for h in (v, *(c for c in r.children_of(v) if c.dep_ == "conj")) for c in r.children_of(h)
                      if c.dep_ == "prep" and c.lower_ in ("in", "at")
                      for p in r.children_of(c) if p.dep_ == "pobj" for a in r.args_at(p, ("Place",))]
            r.series = (orgs, places)
        if orgs and agent is None:
            # "The A together with B and C held the X": B and C hold it too
            withs = [w for c in r.children_of(v) if c.dep_ == "nsubj" for w in r.children_of(c) if w.dep_ == "prep"
                     and w.lower_ == "with" and any(g.lower_ in self._jointly for g in r.children_of(w))]
            withs += [w for c in r.children_of(v) if c.dep_ == "nsubj" for x in r.children_of(c)
                      if x.dep_ == "prep" and x.lower_ in self._jointly  # ("along" read as a preposition)
                      for w in r.children_of(x) if w.dep_ == "prep" and w.lower_ == "with"]
            orgs += [a for w in withs for p in r.children_of(w) if p.dep_ == "pobj" for a in r.args_at(p, ("Organization",))
                     if a.entity not in {o.entity for o in orgs}]
        if not events and orgs and agent is not None:
            # "The seminars were jointly organised by A and B": the occasions named before (those attended), or
            # those the release names later as the seminars ("the two seminars, entitled X and Y")
            for c in r.children_of(v):
                if c.dep_ == "nsubjpass" and r.plural_occasion(c) is not None:
                    events = r.plural_organised(c, orgs, sent)
        for e in events:
            for o in orgs:
                r.emit(e.entity, "organizedBy", o.entity, sent, f"dep:{lemma}", r.conf(e, o))
        jointly = any(c.lower_ in self._jointly for c in r.children_of(v)) or v.text.lower().startswith("co")
        if jointly and orgs and agent is None:
            # "A will co-host the programme with B": B organises it too
            orgs += [a for h in (v, *(c for c in r.children_of(v) if c.dep_ in ("dobj", "obj"))) for c in r.children_of(h)
                     if c.dep_ == "prep" and c.lower_ == "with" for p in r.children_of(c) if p.dep_ == "pobj"
                     for a in r.args_at(p, ("Organization",))]
            orgs = list({a.entity: a for a in orgs}.values())
            for e in events:
                for o in orgs:
                    r.emit(e.entity, "organizedBy", o.entity, sent, f"dep:{lemma}-with", r.conf(e, o) - 0.05)
        if jointly and len(orgs) > 1:  # "jointly organised by A and B": A and B work together
            r.pairwise(orgs, "cooperatesWith", sent, f"dep:joint-{lemma}")
        if lemma in self._held:
            # "held in X"; a place as host: "thanked Anhui for hosting the Expo", "Hong Kong will host the Games",
            # "the hosting of the Plenary by Fujian"
            hosts = [a for a in r.subjects(v, ("Place",), inherit=v.dep_ == "pcomp") if v.dep_ not in ("acl", "relcl")]
            hosts += [a for c in r.children_of(v) if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                      for p in r.children_of(c) if p.dep_ == "pobj" and r.word_lemmas[p.i] not in r.party_nouns
                      for a in r.args_at(p, ("Place",))]  # (not "held by the A and B governments": organisers)
            if v.pos_ == "NOUN" and v.dep_ == "pobj" and v.head.lower_ in ("for", "on") and v.head.head.pos_ == "VERB":
                # "congratulated Hunan on the successful hosting of the X Conference": the place praised hosted it
                hosts += [a for c in r.children_of(v.head.head) if c.dep_ in ("dobj", "obj") for a in r.args_at(c, ("Place",))]
            for e in events:
                for place in r.objects(v, ("Place",), preps=("in", "at")) + hosts:
                    r.emit(e.entity, "heldIn", place.entity, sent, f"dep:{lemma}-in", r.conf(e, place))
            if jointly and len({h.entity for h in hosts}) > 1:  # "jointly hosted by A, B and C": joint hosting
                r.pairwise(hosts, "cooperatesWith", sent, f"dep:joint-{lemma}")
        if lemma in self._hold_meeting:
            co_subjects_meet(r, v, sent)
            # (a passive "X to be held in Y" is held by no one of the clause above: "called for X to be held")
            holders = [] if any(c.dep_ == "auxpass" for c in r.children_of(v)) else r.subjects(v, ("Person",))
            # co-principals who hold a session together preside over it
            predicate = "chaired" if len(holders) > 1 else "attended"
            for obj in r.objects(v, ("Event", "Mechanism"), preps=()):
                for s in holders:
                    r.emit(s.entity, predicate, obj.entity, sent, f"dep:{v.lemma_}", r.conf(s, obj) - 0.05)

    def named_plurals(self, r: Reading, sent: Span) -> None:
        """Occasions named as the plural occasion whose organisers the text gave before: "The seminars were
        organised by A. ... The two seminars, entitled "X" and "Y", ...": X and Y are organised by A."""
        if not r.plural_organisers:
            return
        for t in sent:
            noun = r.plural_occasion(t)
            orgs = r.plural_organisers.get(noun) if noun else None
            if not orgs:
                continue
            # the names set off right after the noun ("the two seminars, entitled X and Y"), up to the verb of its
            # clause (not a verb inside a title: "Go Global")
            end = next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX") and a.i > t.i), sent.end)
            named = {a.entity: a for u in sent[t.i + 1 - sent.start:end - sent.start]
                     for a in r.args_at(u, ("Event",), conj=False)}
            if len(named) < 2:
                continue  # (one name is not the plural's)
            for e in named.values():
                for o in {a.entity: a for a in orgs}.values():
                    r.emit(e.entity, "organizedBy", o.entity, sent, "dep:plural-occasion", r.conf(e, o) - 0.15)

    def where(self, r: Reading, sent: Span) -> None:
        """Events held "in X", and officials acting "in X" (visits), from prepositions."""
        if self._at.isdisjoint(sent.lowers):
            return
        for prep in sent:
            if prep.dep_ != "prep" or prep.lower_ not in self._at or prep.head.i == prep.i:
                continue
            places = [a for p in r.children_of(prep) if p.dep_ == "pobj" for a in r.args_at(p, ("Place",), conj=True)]
            if not places and prep.lower_ == "at":  # "at the Macao Stadium": a venue named after its city is there
                places = [Arg(e, "Place", "mention") for p in r.children_of(prep) if p.dep_ == "pobj" and p.pos_ == "PROPN"
                          and r.entity_at(p) is None for c in r.children_of(p) if c.dep_ in ("compound", "nmod")
                          and c.i < p.i and (e := r.entity_at(c)) is not None and r.label(e) == "Place"
                          and not r.paired(c.i)][:1]
            head = prep.head
            if head.lower_ in ("while", "whilst", "when") and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head  # "While in X, Mr A met ...", with "in" read under "While": the clause's verb
            body = head
            while r.entity_at(body) is not None and r.entity_at(body.head) == r.entity_at(body) and body.head.i != body.i:
                body = body.head  # the head word of the body's name ("the Bank for International Settlements in X")
            if body.dep_ == "pobj" and body.head.lower_ == "of" and body.pos_ == "PROPN" and r.entity_at(body) \
                    and r.label(r.entity_at(body)) == "Organization" and self._session_noun(r, body.head.head):
                # "attend the annual meeting of the X Bank in Manila": the parser hangs the place on the body whose
                # session it is; the session is there either way
                head = body.head.head
            held = [c for c in r.children_of(head) if c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in self._event_nouns
                    and r.entity_at(c) is None] if head.lemma_.lower() in self._held else []
            if held:  # "receptions were held in seven cities, namely A, B and C": the list read flat (after a
                # venue's name, not its words: "held at the China-Portuguese-speaking ... Complex [in Macao]")
                after = list(places)
                venue = max([p.i for p in r.children_of(prep) if p.dep_ == "pobj"], default=prep.i) \
                    if prep.lower_ == "at" else prep.i
                for t in sent[venue + 1 - sent.start:]:
                    if t.pos_ in ("VERB", "AUX"):
                        break
                    after += r.args_at(t, ("Place",), conj=False)
                places = list({a.entity: a for a in after}.values())
            if not places:
                continue
            for noun in [head] if head.lemma_.lower() in self._event_nouns and r.entity_at(head) is None else held:
                # "a reception in Los Angeles", "receptions were held in A and B": "the reception(s)" later are there
                r.unnamed_venues[noun.lemma_.lower()] = [p.entity for p in places]
            venue = r.entity_at(head)
            if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ in ("at", "in") \
                    and (venue is None or r.label(venue) == "Organization") and head.lemma_.lower() not in self._event_nouns \
                    and (head.head.head.pos_ == "VERB" or head.head.head.lemma_.lower() in self._event_nouns):
                # "presented X at the Lightbox Theatre in Toronto", "a reception at the Grand Hotel in Osaka": a
                # venue (a building, a body's premises) is where the verb's or the event noun's event took place
                head = head.head.head
            # the event this "in X" belongs to: the head noun itself or an object of the head verb
            events = r.args_at(head, ("Event",), conj=False) if head.pos_ in ("NOUN", "PROPN") else []
            if not events and head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.dep_ in ("acl", "relcl") \
                    and r.args_at(head, ("Organization",), conj=False):
                # "the Summit organised by the X Council in Y": the place is the event's, not the organiser's
                events = r.args_at(head.head.head.head, ("Event",), conj=False)
            if head.pos_ in ("NOUN", "PROPN"):  # "the X Co-operation Meeting in Hong Kong": where the series met
                for m in r.args_at(head, ("Mechanism",), conj=False):
                    r.venues.setdefault(m.entity, [])
                    r.venues[m.entity] += [p.entity for p in places if p.entity not in r.venues[m.entity]]
            if head.pos_ in ("VERB", "AUX"):
                for child in r.children_of(head):
                    if child.dep_ in ("dobj", "nsubjpass", "nsubj", "attr"):
                        events += r.args_at(child, ("Event",), conj=True)
                if prep.i < head.i and prep.i == sent.start:
                    # "In Osaka, Mr A spoke at the X Forum", "In Y she met B and later attended the Z Dinner": a
                    # place that opens the sentence is where what its verbs take part in was held
                    for verb in (head, *(c for c in r.children_of(head) if c.dep_ == "conj" and c.pos_ == "VERB")):
                        events += [a for c in r.children_of(verb) if c.dep_ in ("dobj", "prep") and (c.dep_ == "dobj" or c.lower_ == "at")
                                   for t in ((c,) if c.dep_ == "dobj" else r.children_of(c)) if t.dep_ in ("dobj", "pobj")
                                   for a in r.args_at(t, ("Event",), conj=True) if a.entity not in {e.entity for e in events}]
                if head.dep_ in ("acl", "relcl") and head.lemma_.lower() in self._held:
                    events += r.args_at(head.head, ("Event",), conj=False)  # "the Plenary held in X"
                elif not events and head.lemma_.lower() in self._held and head.tag_ == "VBN" \
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in r.children_of(head)):
                    # "the X Conference to be held in Y": the parser hung the participle elsewhere; it belongs
                    # to the event printed right before it
                    first = min([c.i for c in r.children_of(head) if c.dep_ in ("aux", "auxpass") and c.i < head.i] + [head.i])
                    before = first - 2 if first - 2 >= sent.start and r.doc[first - 1].text == "," else first - 1
                    if before >= sent.start:  # ("the Film Festival, to be held in Osaka")
                        events += r.args_at(r.doc[before], ("Event",), conj=False)
            for e in events:
                for place in places:
                    r.emit(e.entity, "heldIn", place.entity, sent, f"dep:{prep.lower_}-place", r.conf(e, place) - 0.05)
            if head.pos_ in ("VERB", "AUX"):  # "co-chaired the X Co-operation Meeting in Hong Kong": where a series met
                for child in r.children_of(head):
                    if child.dep_ in ("dobj", "nsubjpass"):
                        for m in r.args_at(child, ("Mechanism",), conj=True):
                            r.venues.setdefault(m.entity, [])
                            r.venues[m.entity] += [p.entity for p in places if p.entity not in r.venues[m.entity]]
            if head.pos_ in ("NOUN", "PROPN") and (any(t.lemma_.lower() in self._journey for t in (head, *r.children_of(head)))
                                                  or self._session_noun(r, head)
                                                  or head.dep_ == "dobj" and r.args_at(head, ("Agreement",), conj=False)):
                # "started his visit programme in Abu Dhabi"; "co-chaired the meeting in Shenzhen",
                # "attended the Forum in Davos", "signed the X Agreement in Sydney": whoever took part was there
                while head.dep_ in ("dobj", "pobj", "prep", "compound", "nsubj") and head.head.i != head.i \
                        and head.pos_ != "VERB":
                    head = head.head
            elif head.pos_ == "PROPN" and head.dep_ in ("dobj", "pobj", "appos", "npadvmod", "conj") \
                    and r.args_at(head, ("Person",), conj=False):
                # "met Minister Y in Singapore", "met with the Mayor, Mr Y, in X": the place of the meeting ("witnessed
                # the signing by A and B in X": the place hung on the last of the list)
                while head.dep_ in ("dobj", "pobj", "prep", "appos", "npadvmod", "conj") and head.head.i != head.i \
                        and head.pos_ != "VERB":
                    head = head.head
                if head.lemma_.lower() in self._sitting:
                    # "co-chaired the X Meeting with Mr Y in Hong Kong": the session the verb takes was held there
                    for e in {a.entity: a for c in r.children_of(head) if c.dep_ in ("dobj", "obj")
                              for a in r.args_at(c, ("Event",))}.values():
                        for place in places:
                            r.emit(e.entity, "heldIn", place.entity, sent, f"dep:{prep.lower_}-place-with",
                                   r.conf(e, place) - 0.1)
            passive_held = head.lemma_.lower() in self._held and head.tag_ == "VBN" and not any(
                c.dep_ in ("nsubj", "agent") for c in r.children_of(head)) and not self._taking_part(head)
            if head.pos_ == "VERB" and head.lemma_.lower() not in self._not_acting and not passive_held:
                # (an event "held in X" puts no one of the clause above there: "briefed the council on the
                # Conference to be held in X"; those attending it are put there by the meeting frames)
                people = r.subjects(head, ("Person",))
                people += [a for a in r.performers(head) if a.entity not in {p.entity for p in people}]
                if head.lemma_.lower() in self.words.family["meet"] or head.lemma_.lower() in self.words.family["chair"]:
                    # "met the Mayor of X, Mr Y, in Hong Kong", "co-chaired X with Mr Y in Hong Kong": Y came if the
                    # host is at home there (decided once the sides are known); "met Minister Y in Singapore" on a
                    # trip: Y is the host
                    for guest in r.objects(head, ("Person",), preps=("with",)) + r.people_within(head, people):
                        for host in people:
                            for place in places:
                                r.guests.append((guest.entity, host.entity, place.entity, sent, r.conf(guest, place) - 0.15))
                for person in people:
                    for place in places:
                        if not _local_to(r, person.entity, place.entity):
                            r.emit(person.entity, "visited", place.entity, sent, f"dep:act-{prep.lower_}",
                                       r.conf(person, place) - 0.15)

    def _taking_part(self, held: Token) -> bool:
        """Whether the clause above an event "held in X" takes part in it ("will attend the Summit to be held
        in X"), rather than only speaking of it ("briefed the council on the Conference to be held in X")."""
        verb, below = held.head, held
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb, below = verb.head, verb
        lemma = verb.lemma_.lower()
        if verb.i == held.i:
            return False
        if any(lemma in self.words.family[f] for f in ("attend", "chair", "visit")):
            return True
        # a meeting verb takes part when it meets at the event ("met on the sidelines of the Summit held in
        # X"), not when the event is what it discusses ("discussed the Meeting to be held in X")
        if below is held:  # the parser may hang "to be held" on the verb: the event is then its object
            below = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < held.i), below)
        return lemma in self.words.family["meet"] and below.dep_ not in ("dobj", "obj")

    def _session_noun(self, r: Reading, token: Token) -> bool:
        """Whether ``token`` names a session or event: an Event, or an event noun ("the meeting")."""
        return token.lemma_.lower() in self._event_nouns or any(
            r.label(a.entity) == "Event" for a in r.args_at(token, ("Event",), conj=False))

    def dateline(self, r: Reading, sent: Span) -> None:
        """A place in the date-line: "met today (May 2, London time) with ...": the subject is in London."""
        if "time" not in sent.lowers:
            return
        for token in sent:
            if token.lower_ != "time" or token.i == sent.start:
                continue
            places = r.args_at(token.doc[token.i - 1], ("Place",), conj=False)
            if not places or ")" not in token.doc[token.i:token.i + 3].text:
                continue
            verb = token
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in self._not_acting:
                continue
            people = r.subjects(verb, ("Person",)) or [  # "Mr A today (May 3, X time) ..." read as "today" the subject
                a for c in r.children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") for t in r.subtree_of(c)
                for a in r.args_at(t, ("Person",), conj=False)]
            for person in people:
                if r.named_only_after(person.entity, sent, verb.idx):
                    continue  # (not "is pictured with Mr A at X (X time)")
                for place in places:
                    if not _local_to(r, person.entity, place.entity):
                        r.emit(person.entity, "visited", place.entity, sent, "dep:dateline", r.conf(person, place) - 0.15)

    def opening_place(self, r: Reading, sent: Span) -> None:
        """A sentence that opens "In X" with no comma before its subject ("In Zhuhai Mr Nip visited a firm"), which
        the parser may read as one name "X Mr Nip": the subject is in X."""
        first = next((t for t in sent if not t.is_space), None)  # (a paragraph's line break may open the sentence)
        if first is None or first.i + 3 >= sent.end or first.lower_ != "in" \
                or (place := r.entity_at(r.doc[first.i + 1])) is None or r.label(place) != "Place":
            return
        after = first.i + 1
        while after < sent.end and r.entity_at(r.doc[after]) == place:
            after += 1
        person = r.entity_at(r.doc[after]) if after < sent.end else None  # (after a comma the parser reads it)
        if person is None or r.label(person) != "Person":
            return
        holder = r.doc[after]
        while holder.i + 1 < sent.end and r.entity_at(r.doc[holder.i + 1]) == person:
            holder = r.doc[holder.i + 1]
        verb = holder.head if holder.dep_ in ("nsubj", "compound", "nmod", "appos", "pobj") else None
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in self._not_acting:
            return
        people = [Arg(person, "Person", "mention")] + [a for a in r.subjects(verb, ("Person",)) if a.entity != person]
        for p in people:
            if not _local_to(r, p.entity, place):
                r.emit(p.entity, "visited", place, sent, "dep:act-in-opening", r.conf(p, p) - 0.15)

    def travel_to_attend(self, r: Reading, sent: Span) -> None:
        """ "arrived in Wuhan, Hubei Province to attend the Expo": the Expo was held there."""
        purpose = self.words.family["attend"] | self.words.family["chair"]
        if purpose.isdisjoint(sent.lemmas) or not any(t.lemma_.lower() in purpose and (any(c.dep_ == "aux" and c.tag_ == "TO" for c in r.children_of(t))
                                                    or self._on_a_trip(t)) for t in sent):
            return  # only a trip made to attend: "toured X and spoke at Y" says nothing of where Y was
        facts = [f for f in r.facts.values() if f.start == sent.start_char]
        for v in (f for f in facts if f.predicate == "visited" and r.label(f.object) == "Place"):
            for a in (f for f in facts if f.predicate in ("attended", "chaired") and f.subject == v.subject):
                if r.label(a.object) == "Event":
                    r.emit(a.object, "heldIn", v.object, sent, "dep:travel-to-attend", min(v.confidence, a.confidence) - 0.1)


    def _on_a_trip(self, verb: Token) -> bool:
        """Whether ``verb`` is subordinate to a trip: "started his visit to X by attending Y" (not a verb
        merely beside one: "toured X and spoke at Y")."""
        t = verb
        while t.dep_ != "conj" and t.head.i != t.i:
            t = t.head
            if t.lemma_.lower() in self.words.family["visit"] or any(
                    c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self._journey for c in t.children):
                return True
        return False


def _local_to(r: Reading, person: str, place: str) -> bool:
    """Whether the person's post in this release names the place ("Mayor of Beijing" in Beijing)."""
    name = r.ents[place].name.lower()
    return any(s == person and p == "holdsPost" and name in r.ents[o].name.lower()
               for s, p, o in r.facts)
