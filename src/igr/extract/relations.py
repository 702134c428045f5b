"""Relations between the entities of one document: one orchestrator over small pattern families.

Each family owns one concept and lives in its own module:

* :class:`~igr.extract.structure.NameStructure`: the structure of names and names side by side;
* :class:`~igr.extract.participation.Participation`: verb frames (meet, visit, attend, chair,
  sign, succeed) and headlines;
* :class:`~igr.extract.sessions.EventPatterns`: organisers, venues, presiding officials;
* :class:`~igr.extract.funding.FundingPatterns`: who funds what;
* :class:`~igr.extract.parties.PartyPatterns`: lists of participants, companions, units;
* :class:`~igr.extract.cooperation.CooperationPatterns`: who co-operates with whom;
* :mod:`igr.extract.frames`: what a report of a meeting implies as a whole.

The words that trigger them come from ``ontology/lexicon/relations.json`` only
(:class:`~igr.extract.triggers.Vocabulary`). A :class:`~igr.extract.arguments.Reading`
carries what one release has said so far and collects the facts.

Examples
--------
>>> from igr.extract.lexicon import load_lexicon
>>> finder = RelationFinder(load_lexicon())
>>> sorted(finder.dispatch)[:3]
['attend', 'chair', 'cooperate_nouns']
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from igr.extract.arguments import Reading
from igr.extract.cooperation import CooperationPatterns, side_cooperation
from igr.extract.frames import at_home, frame_facts, home_places, possessed_posts, received_at_home, same_side
from igr.extract.funding import FundingPatterns
from igr.extract.jurisdiction import Jurisdiction
from igr.extract.lexicon import Lexicon, key
from igr.extract.participation import Participation
from igr.extract.parties import PartyPatterns
from igr.extract.records import Fact, LocalEntity
from igr.extract.sentence import Sentence
from igr.extract.sessions import EventPatterns
from igr.extract.structure import NameStructure
from igr.extract.triggers import Vocabulary


_INSIDE_COUNTRIES = frozenset({"city", "province", "sar", "country", "zone"})
"""The kinds of places (places.json) that lie in a country or are one: no country lies inside them."""


class RelationFinder:
    """Find facts in a parsed document whose entities are resolved.

    Parameters
    ----------
    lexicon : Lexicon
        For the trigger and cue words (``relations.json``) and the places of posts.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.words = Vocabulary.from_lexicon(lexicon)
        self.names = NameStructure(self.words, lexicon.honorifics + lexicon.styles)
        self.participation = Participation(self.words)
        self.events = EventPatterns(self.words)
        self.funding = FundingPatterns(self.words)
        self.parties = PartyPatterns(self.words)
        self.cooperation = CooperationPatterns(self.words)
        self._meetings = frozenset(f"dep:{w}" for w in self.words.family["meet"])
        self.jurisdiction = Jurisdiction(lexicon)
        self.dispatch = {
            **{family: [handler] for family, handler in self.participation.handlers().items()},
            "sign": [self.participation.sign, self.cooperation.signing],
            "organize": [self.events.organised],
            "fund": [self.funding.funding],
            "meet_join": [self.parties.joined],
            "cooperate_nouns": [self.cooperation.between],
            "cooperate_verbs": [self.cooperation.verbs],
        }

    def find(self, doc: Doc, entities: list[LocalEntity], doc_date: date | None = None,
             body_start: int = 0, text: str | None = None, jurisdiction: Jurisdiction | None = None) -> list[Fact]:
        """Facts stated in ``doc``.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        entities : list of LocalEntity
            The document's entities with every span that names them.
        doc_date : datetime.date or None
        body_start : int
            Where the body starts (after the title): facts in the title are stated too.
        text : str, optional
            ``doc.text``, when the caller has read it already (``Doc.text`` joins every token anew).
        jurisdiction : Jurisdiction, optional
            Where posts belong, read for the release's own government (default: the lexicon's, as for a
            release of the default home).
        """
        jurisdiction = jurisdiction or self.jurisdiction
        r = Reading(doc, entities, self.words, doc_date, self._within, text, jurisdiction.of)
        self.names.structural(r)
        self.names.appositions(r)
        self.names.editions(r)
        self.names.short_sessions(r)
        lowers, lemmas = r.word_lowers, r.word_lemmas

        def sentence(span: Span) -> Sentence:
            return Sentence(span, r.text, (tuple(lowers[span.start:span.end]), tuple(lemmas[span.start:span.end])),
                            tuple(r.tokens[span.start:span.end]))

        title_end = next((t.i for t in doc if t.idx >= body_start), len(doc)) if body_start else 0
        if title_end:  # the headline as one clause, however the parser split it ("SCED visits | Tokyo")
            self.participation.headline(r, sentence(doc[:title_end]))
        for span in doc.sents:  # each read by a dozen pattern families: tokens and words made once
            sent = sentence(span)
            r.note_parties(sent)
            self._frames(r, sent)
            self.cooperation.compounds(r, sent)
            self.participation.speeches(r, sent)
            self.participation.occasions(r, sent)
            self.participation.signed_between(r, sent)
            self.participation.witnessed_signing(r, sent)
            self.participation.stops(r, sent)
            self.participation.guests(r, sent)
            self.events.where(r, sent)
            self.events.named_plurals(r, sent)
            self.events.dateline(r, sent)
            self.events.opening_place(r, sent)
            self.parties.lists(r, sent)
            self.parties.attendees(r, sent)
            self.parties.units_of(r, sent)
            self.parties.other_units(r, sent)
            self.parties.together(r, sent)
            self.parties.leading_delegations(r, sent)
            self.parties.roles_at(r, sent)
            self.events.travel_to_attend(r, sent)
            r.remember(sent)
        for sent in r.leaderless if r.last_person.get("leader") else ():
            # "The delegation visited X ... The leader of the delegation, Mr A, said": what the delegation did before
            # its leader was named, he did (those sentences' verb frames read again, now that "the delegation" has one)
            self._frames(r, sent)
        # sides come from posts; frames add no posts, so one reading serves both steps
        home = home_places(list(r.facts.values()), r.ents, self.lexicon, self.names.inside(entities),
                           possessed_posts(r.text, entities), jurisdiction.of, jurisdiction.home or jurisdiction.default)
        side_cooperation(r, home, self._within)
        for guest, host, place, sent, confidence in r.guests:  # met by a host at home: the guest came there
            if host in home and self.lexicon.within(r.ents[place].name, home[host]):
                r.emit(guest, "visited", place, sent, "dep:met-in", confidence)
        for fact in frame_facts(list(r.facts.values()), r.ents, self.lexicon, home, r.delegates,
                                r.companions, r.venues, r.leaders, r.co_actors, r.own_legs, r.group_sentences) \
                + received_at_home(list(r.facts.values()), r.ents, home,  # (and a release's own home: Macao's)
                                   self.names.home | ({key(jurisdiction.home)} if jurisdiction.home else set()), self._meetings):
            k = (fact.subject, fact.predicate, fact.object)
            if k not in r.facts and fact.subject != fact.object:
                r.facts[k] = fact
        for k in at_home(list(r.facts.values()), r.ents, self.lexicon, home, r.enclosing) \
                | same_side(list(r.facts.values()), r.ents, jurisdiction.of, home, jurisdiction.home) \
                | self._country_venues(r):
            del r.facts[k]
        return sorted(r.facts.values(), key=lambda f: (f.start, f.predicate, f.subject, f.object))

    def _frames(self, r: Reading, sent: Sentence) -> None:
        """The verb frames of one sentence: each trigger's handlers, once per trigger word."""
        seen = set()
        for family, head in self.words.triggers(sent):
            if (family, head.i) not in seen:
                seen.add((family, head.i))
                for handler in self.dispatch[family]:
                    handler(r, head, sent)

    def _country_venues(self, r: Reading) -> set[tuple[str, str, str]]:
        """An event held in a city is not also held in the city's country ("in Bali, Indonesia": Bali)."""
        venues: dict[str, list[str]] = {}
        for s, p, o in r.facts:
            if p == "heldIn":
                venues.setdefault(s, []).append(o)
        return {(event, "heldIn", c) for event, places in venues.items() for c in places
                if r.ents[c].kind == "country" and any(
                    c in r.enclosing.get(q, ()) or self._within(r.ents[q].name, r.ents[c].name)
                    for q in places if q != c)}

    def _within(self, place: str, region: str) -> bool | None:
        """Whether the lexicon puts ``place`` inside ``region``; None when it does not know both."""
        a, b = self.lexicon.lookup(place), self.lexicon.lookup(region)
        if a is None or b is None or a.label != "Place" or b.label != "Place":
            return None
        if a.parent is None:  # a country lies in no city, province, region of a country or other country
            return False if a.kind == "country" and b.kind in _INSIDE_COUNTRIES else None
        return self.lexicon.within(place, region)
