"""Relations stated by the names themselves and by names printed side by side.

"Sixth Plenary Session of the X Conference" is part of the Conference; "Hong Kong/Shanghai
Co-operation Conference" has Hong Kong and Shanghai as parties; "... Office in Shanghai"
is located there; "X (ACR) of the HKSAR Government" is part of it; "the Vice Mayor of
Shanghai, Mr Chen Jie" holds that post.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc

from igr.extract.arguments import CONFIDENCE, Reading
from igr.extract.lexicon import key
from igr.extract.patterns import SESSION_PREFIX
from igr.extract.records import LocalEntity
from igr.extract.triggers import Vocabulary


# what may precede an organiser's name inside an event's name: nothing, an ordinal or a year
# ("25th Asia-Pacific Economic Cooperation Ministerial Meeting", "2019 World Economic Forum Annual Meeting")
_EDITION = re.compile(r"(?i)\s*(?:(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|\d{4}|first|second|third|fourth|fifth|sixth|"
                      r"seventh|eighth|ninth|tenth|eleventh|twelfth)\s+)?")

# compiled once: NameStructure.structural tries them at every name inside another
_MECHANISM_HEAD = re.compile(r"(?i)co-?operation|joint|high[- ]level|conference|meeting|committee")
_ENDS_IN = re.compile(r"\bin\s*(?:the\s*)?$")
_CLOSING = re.compile(r"\)?\s*")
_ENDS_COMMA_OR_PAREN = re.compile(r"(?:,|\()\s*$")
_ENDS_OF = re.compile(r"\bof(?: the)?\s*$")
_OF_AFTER = re.compile(r"\s+of\s")
_OWNER_AFTER_PLACE = re.compile(r"\s+of\s+(?:the\s+)?")
_AGENT_BEFORE = re.compile(r"\bby[ \t]+(?:the[ \t]+)?$")
_BASED_GAP = re.compile(r"-(?:based|headquartered)\s+")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
_POSSESSIVE_END = re.compile(r"['’]s\s+$")
_DASHED_PARTIES = re.compile(r"[ \t]+[-–—][ \t]+(?=[^-–—]*$)")
"""The spaced dash after which a series' name lists its parties (the last dash of the name)."""
_SESSION_OF = re.compile(r"^[a-z0-9][\w-]*(?: [a-z][\w-]*)* of (?:the )?([A-Z].+)$")
"""A session printed in lower case, then its series: "first meeting of the X Working Group"."""
_UNDER_SHORT = re.compile(r"^(.+?) (?:under|of) (?:the )?(.+)$", re.IGNORECASE)
_SESSION_OF_BODY = re.compile(r"(?:the\s+)?(.+?)\s+of\s+(?:the\s+)?")
_NUMBERED = re.compile(r"\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d")
_SECOND_PARTY = re.compile(r"[^\W\d_]-[A-Z]|[ \t][-–—][ \t]")
"""A dash after which a name goes on to its second party ("Ministers-Hong Kong, China ...")."""
_BETWEEN_PARTIES = re.compile(r"\b(?:between|among|amongst)\s+(?:the\s+)?")
"""The words after which a series' name lists its parties ("Task Force on X between A and B")."""


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Whether the names between ``start`` and ``end`` are items of a list ("the US, the European Union, India and
    Brazil"; "agreements with the A, Australia and the B"), not a body and its city ("the ETO, Sydney").

    >>> t = "talks with the US, the European Union, India and Brazil"
    >>> _in_a_list(t, t.index("European"), t.index("India") + 5)
    True
    >>> t = "the Hong Kong Economic and Trade Office, Sydney (Sydney ETO) said"
    >>> _in_a_list(t, t.index("Hong"), t.index("Sydney") + 6)
    False
    """
    return bool(re.match(r"\s*(?:,\s*(?:and\s+)?(?:the\s+)?[A-Z]|and\s|&)", text[end:end + 30])
                or re.search(r"(?:,|\band)\s*(?:the\s+)?$", text[max(0, start - 30):start]))


class NameStructure:
    """Relations stated by the structure of names and by names side by side.

    Parameters
    ----------
    words : Vocabulary
        For the connectors between neighbouring names (``part_of``, ``locate``).
    """

    def __init__(self, words: Vocabulary, honorifics: tuple[str, ...] = ()) -> None:
        self._part_of = _alternatives(words.cues.get("part_of", ()))
        self._located = _alternatives(words.cues.get("locate", ()))
        self._fund_cues = _alternatives(words.cue("fund_cues"))
        self._funder_heads = words.cue("funder_heads")
        self._address_heads = tuple(" " + h.lower() for h in words.cues.get("address_heads", ()))
        self.home = frozenset(h.lower() for h in words.cues.get("home_places", ()))  # the releases' own places
        self._unit_heads = words.cue("unit_heads")
        self._ordinals = frozenset(words.cues.get("ordinals", ()))
        self._session_words = frozenset(key(w) for w in words.cues.get("session_words", ()))
        heads = sorted({w.split()[-1] for w in self._session_words}, key=len, reverse=True) or ["(?!x)x"]
        self._session_of_body = re.compile(rf"\b(?:{'|'.join(map(re.escape, heads))})s?[ \t]+of[ \t]+(?:the[ \t]+)?$")
        self._complement = re.compile(r"\s(?:of|for|on|in|and|&)\s")
        # what may stand between a title and its holder's name: "Mr", "Dr", "Prince", "His Excellency" (posts.json
        # honorifics and styles, given by the caller), each ending with a dot or not
        forms = sorted({h.rstrip(".") for h in honorifics} or {"Mr", "Mrs", "Ms", "Miss", "Dr", "Professor", "Prof", "Sir", "Madam"},
                       key=len, reverse=True)
        self._honorific = "(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in forms) + r")\.?\s*"
        # "the former Chief Executive, Mr A", "the wife of the Governor, Mrs B": A and B hold no post now
        past = _alternatives(words.cues.get("past_modifiers", ()))
        relatives = _alternatives(words.cues.get("relative_nouns", ()))
        self._not_holder = re.compile(rf"(?i)\b(?:(?:{past})[\s-]+|(?:{relatives})\s+of\s+(?:the\s+)?)$")
        self._past_post = re.compile(rf"(?i)(?:{past})[\s-]+")
        # the gaps between two neighbouring names, compiled once (they are tried at every two names)
        self._located_gap = re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?,?\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?"
                                       rf"(?:(?:{self._located})(?: the)?|,)\s*")
        self._fund_gap = re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?,?\s*(?:{self._fund_cues})(?: the)?\s*")
        events_part = _alternatives(words.cues.get("event_part_of", ()))
        self._event_part_gap = re.compile(rf"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|are|were|be)\s+)?(?:{events_part})"
                                          rf"(?:\s+(?:the|this\s+year['’]s))?\s*")
        self._part_of_gap = re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?,?\s*(?:{self._part_of})(?: the)?\s*")

    def structural(self, r: Reading) -> None:
        """Names inside names, and names printed next to each other."""
        doc, entities, text = r.doc, r.entities, r.text
        # Every name inside another, at any depth: "20th Plenary of the Hong Kong/Guangdong
        # Co-operation Joint Conference" holds the Conference, which holds Hong Kong and Guangdong.
        spans = [(s, e, ent) for ent in entities for s, e in ent.spans]
        for (s0, e0, ent), within in zip(spans, _starting_within(spans)):
            sent = False  # the outer name's sentence, found at its first name inside
            for s, e, inner in within:
                if inner.id == ent.id or not (s0 <= s and e <= e0) or (s, e) == (s0, e0):
                    continue
                if sent is False:
                    span = doc.char_span(s0, e0, alignment_mode="expand")
                    sent = None if span is None else r.sentence_of(span.start)
                if sent is None:
                    continue
                before = text[s0:s]
                conf = CONFIDENCE["name-structure"]
                if ent.label == "Event" and inner.label in ("Mechanism", "Event") and not before.strip() == "" \
                        and not _POSSESSIVE_END.search(before) \
                        and not any(i.label == "Organization" and s0 <= x <= s and e <= y <= e0 and (x, y) != (s0, e0)
                                    for x, y, i in within):
                    # ("Riverton's X Forum" is X Forum itself; "the meeting of the Organising Committee of the Y Games"
                    # is the committee's, not a part of the Games)
                    r.emit(ent.id, "partOf", inner.id, sent, "name-structure:session", conf)
                elif ent.label == "Event" and inner.label == "Organization" and not _SECOND_PARTY.search(text, e, e0) \
                        and (_EDITION.fullmatch(before) or e == e0 and self._numbered_session_of(before)):
                    # (or a numbered session of the body: "the 20th National Congress of the X Party")
                    # an event named after its organiser: "Boao Forum for Asia Annual Conference 2018" (not
                    # after the first of two parties: "2nd ASEAN Ministers-Riverton, China Consultations")
                    r.emit(ent.id, "organizedBy", inner.id, sent, "name-structure:organiser", conf - 0.15)
                elif ent.label == "Mechanism" and inner.label in ("Place", "Organization"):
                    # parties are named before the mechanism head: "Hong Kong/Shanghai Co-operation ..."
                    # (a series printed in lower case names its head first, its parties in its field:
                    # "the working group on A/B boundary control")
                    head_at = None if text[s0].islower() else _MECHANISM_HEAD.search(text[s0:e0])
                    dash = _DASHED_PARTIES.search(text, s0, e0)
                    if dash and s >= dash.end():  # "X Joint Commission Meeting - Riverton and Lakeland"
                        r.emit(ent.id, "hasParticipant", inner.id, sent, "name-structure:parties", conf)
                        continue
                    nested = any(x <= s and e <= y and (x, y) != (s, e) and (x, y) != (s0, e0) for x, y, i in within
                                 if i.id != ent.id and s0 <= x and y <= e0)  # ("Pearl River Delta" in "Pan-...")
                    if _BETWEEN_PARTIES.search(text, s0, s) and not nested:  # "... Co-operation between A and B"
                        r.emit(ent.id, "hasParticipant", inner.id, sent, "name-structure:parties", conf)
                        continue
                    listed = _OF_LIST.search(text, s0, e0)
                    parts = _LIST_SPLIT.split(listed[1]) if listed else []
                    places = {(x, y) for x, y, i in within if i.label == "Place" and listed and x >= listed.start(1)
                              and y <= e0 and text[x:y] in parts}
                    if listed and s >= listed.start(1) and len(parts) > 1 and len(places) == len(parts) and not nested:
                        # "Joint Meeting of Senior Health Officials of the Mainland, Hong Kong and Macau": the places
                        # whose officials meet
                        r.emit(ent.id, "hasParticipant", inner.id, sent, "name-structure:parties", conf)
                        continue
                    others = [i for x, y, i in within if i.id not in (inner.id, ent.id) and s0 <= x and y <= e0
                              and i.label in ("Place", "Organization") and (head_at is None or x - s0 < head_at.start())
                              and (x >= e or y <= s)]  # (not a name inside this one: "Pearl River Delta" in "Pan-...")
                    alone = not others and not re.match(r"\s*(?:[/–-]|and\b)", text[e:e0]) \
                        and not re.search(r"(?:[/–-]|\band)\s*$", before)
                    # (one body before the head names its own series: "APEC Ministerial Meeting" is APEC's
                    # meeting, APEC no party to itself)
                    if not alone and not nested and (head_at is None or s - s0 < head_at.start()):
                        r.emit(ent.id, "hasParticipant", inner.id, sent, "name-structure:parties", conf)
                elif ent.label == "Organization" and inner.label == "Place" and (
                        _ENDS_IN.search(before) or (
                            _CLOSING.fullmatch(text[e:e0]) and _ENDS_COMMA_OR_PAREN.search(before))):
                    # "... Office in Shanghai"; a place printed last: "... Office (Tokyo)", "... Office, Brussels"
                    # ("... of China" is no address: the Ministry of Foreign Affairs of China, Bank of China)
                    r.emit(ent.id, "locatedIn", inner.id, sent, "name-structure:in", conf)
                elif ent.label == "Organization" and inner.label == "Place" and self.named_address(ent, inner, before, text[e:e0], text[e:e + 2]):
                    r.emit(ent.id, "locatedIn", inner.id, sent, "name-structure:address", conf - 0.1)
                elif ent.label == "Organization" and inner.label == "Organization" and _ENDS_OF.search(before):
                    if not any(x == s and e < y <= e0 and i.label == "Organization" for x, y, i in within) \
                            and not any(s0 < x < s and e <= y <= e0 and i.label == "Organization" and i.id != ent.id
                                        for x, y, i in within) \
                            and not _OF_AFTER.match(text, e, e0):
                        # (the whole complement only: not "[Y] Standing Committee" in "X of the Y Standing Committee",
                        # nor "[Ministry of Y] of Z" in "Office of the Ministry of Y of Z in W": that body is Z's;
                        # nor "[Z]" in "X of the Y of Z": X is Y's, and Y is Z's)
                        r.emit(ent.id, "subOrganizationOf", inner.id, sent, "name-structure:of", conf)
                elif ent.label == "Organization" and inner.label == "Organization" and s == s0 \
                        and self._unit_after(text, s, e, e0):
                    # "APEC Business Advisory Council", "X Congress Standing Committee": a body's name, then a unit's
                    r.emit(ent.id, "subOrganizationOf", inner.id, sent, "name-structure:unit", conf - 0.1)
        # "Org1 (ACR) of the Org2", "Event of the Mechanism" as neighbouring names.
        every = sorted((s, e, ent.id) for ent in entities for s, e in ent.spans)
        spans = [x for x in _outermost(every)
                 if not (text[max(0, x[0] - 1):x[0]] == "(" and text[x[1]:x[1] + 1] == ")")]  # "(SHETO)" is a gloss
        for i, ((s1, e1, a), (s2, e2, b)) in enumerate(zip(spans, spans[1:])):
            gap = text[e1:s2]
            if self._located_gap.fullmatch(gap) and r.label(a) == "Organization" \
                    and r.label(b) == "Place" and not (r.ents[a].government and r.ents[b].name.lower() in r.ents[a].name.lower()) \
                    and not (re.fullmatch(r"\s*,\s*", gap) and _in_a_list(text, s1, e2)) \
                    and not _NAME_GOES_ON.match(text, e2) \
                    and not (gap.strip() == "in" and (_AGENT_BEFORE.search(text, max(0, s1 - 12), s1)
                                                      or self._session_of_body.search(text, max(0, s1 - 30), s1))):
                # ("a summit organised by the X Council in Y", "the informal meeting of the X Organization in Y":
                # the place is the summit's or the meeting's, not the body's)
                # (a government named after its place is that place's, not located in it; a place that opens a
                # longer name is that name's: "a concert of the X Philharmonic at the [Taipei] Zhongzheng Auditorium")
                span = doc.char_span(s1, e2, alignment_mode="expand")
                if span is not None and "," in gap and r.opens_clause(s2, e2):
                    continue  # "with the support of the Central Government, Hong Kong has developed ...": the place
                    # opens the next clause
                if span is not None:  # "the Investment Coordinating Board in Indonesia", "the ETO, Sydney"
                    r.emit(a, "locatedIn", b, r.sentence_of(span.start), "adjacency:in", CONFIDENCE["adjacency"] - 0.05)
                    if i + 2 < len(spans) and "," in gap and r.label(spans[i + 2][2]) == "Organization" \
                            and _OWNER_AFTER_PLACE.fullmatch(text, e2, spans[i + 2][0]):
                        # "the X Office (XO), Berlin of the Y Government": the office (of that city) is Y's
                        r.emit(a, "subOrganizationOf", spans[i + 2][2], r.sentence_of(span.start), "adjacency:of",
                               CONFIDENCE["adjacency"] - 0.05)
                    if i and "in" in gap:  # "A and the B in Indonesia": both
                        s0, e0, z = spans[i - 1]
                        if r.label(z) == "Organization" and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[e0:s1]) \
                                and not text.endswith(")", s0, e0):  # (not "the X (Guangzhou)": its own place)
                            r.emit(z, "locatedIn", b, r.sentence_of(span.start), "adjacency:in", CONFIDENCE["adjacency"] - 0.1)
                continue
            if r.label(a) == "Initiative" and r.label(b) in ("Initiative", "Organization") \
                    and r.ents[b].name.split()[-1].lower() in self._funder_heads \
                    and self._fund_gap.fullmatch(gap):
                span = doc.char_span(s1, e2, alignment_mode="expand")
                if span is not None:  # "the River Songs Project under the Cultural Exchange Fund"
                    r.emit(b, "funds", a, r.sentence_of(span.start), "adjacency:under-fund", CONFIDENCE["adjacency"] - 0.05)
                continue
            if _BASED_GAP.fullmatch(gap) and r.label(a) == "Place" and r.label(b) == "Organization":
                span = doc.char_span(s1, e2, alignment_mode="expand")
                if span is not None:  # "the Bangkok-based X Association"
                    r.emit(b, "locatedIn", a, r.sentence_of(span.start), "adjacency:based", CONFIDENCE["adjacency"] - 0.05)
                continue
            if _POSSESSIVE_GAP.fullmatch(gap) and r.label(a) == r.label(b) == "Organization" \
                    and r.ents[b].name.split()[-1].lower() in self._unit_heads:
                span = doc.char_span(s1, e2, alignment_mode="expand")
                if span is not None:  # "the Riverton Government's Foreign Affairs Office": a unit of that body
                    r.emit(b, "subOrganizationOf", a, r.sentence_of(span.start), "adjacency:possessive",
                           CONFIDENCE["adjacency"] - 0.1)
                continue
            if _POSSESSIVE_GAP.fullmatch(gap) and r.label(a) == "Organization" and r.label(b) == "Event":
                span = doc.char_span(s1, e2, alignment_mode="expand")
                if span is not None:  # "the Riverton Trade Council's Lakeland Week": the body's event
                    r.emit(b, "organizedBy", a, r.sentence_of(span.start), "adjacency:possessive", CONFIDENCE["adjacency"] - 0.1)
                continue
            if r.label(a) == "Event" and r.label(b) == "Event" and self._event_part_gap.fullmatch(gap):
                span = doc.char_span(s1, e2, alignment_mode="expand")
                if span is not None:  # "the X Seminar, held as part of the Y Week": a part of that event
                    r.emit(a, "partOf", b, r.sentence_of(span.start), "adjacency:part-of", CONFIDENCE["adjacency"] - 0.05)
                continue
            if not self._part_of_gap.fullmatch(gap):
                continue
            la, lb = r.label(a), r.label(b)
            sent = doc.char_span(s1, e2, alignment_mode="expand")
            if sent is None:
                continue
            sent = r.sentence_of(sent.start)
            if la == "Organization" and lb == "Organization":
                r.emit(a, "subOrganizationOf", b, sent, "adjacency:of", CONFIDENCE["adjacency"])
            elif la == "Event" and lb == "Mechanism":
                r.emit(a, "partOf", b, sent, "adjacency:of", CONFIDENCE["adjacency"])

    def _unit_after(self, text: str, start: int, inner_end: int, end: int) -> bool:
        """Whether the name ``text[start:end]`` opens with another body's name (up to ``inner_end``), then
        capitalised words ending with a unit's head, before any complement ("[APEC] Business Advisory
        Council", "[United Nations] Economic Commission for Y"): the unit of that body. Not a company of
        a group ("X Holdings"), nor a body whose own head comes later ("[A] and B Council")."""
        rest = text[inner_end:end]
        words = self._complement.split(rest, maxsplit=1)[0].split()  # the unit's head before its complement
        return start < inner_end and rest[:1] == " " and bool(words) and words[-1].lower() in self._unit_heads \
            and all(w[:1].isupper() for w in words)

    def named_address(self, body: LocalEntity, place: LocalEntity, before: str, after: str, after_place: str = "") -> bool:
        """Whether ``body`` is located in ``place`` by its name: a chamber, association, bank, hospital ...
        (the lexicon's address_heads) named first after the place, or "of" a city or province.

        Not a government body, nor a body of the releases' own place (home_places), nor a country's
        national body "of" it ("People's Bank of China"), nor a body of a pair of places
        ("Riverton-Lakeland Chamber of Commerce": ``after_place``, the text right after the place, says).

        Examples
        --------
        >>> from igr.extract.lexicon import load_lexicon
        >>> structure = NameStructure(Vocabulary.from_lexicon(load_lexicon()))
        >>> body = LocalEntity("e1", "Organization", "Riverton Chamber of Commerce")
        >>> structure.named_address(body, LocalEntity("e2", "Place", "Riverton", kind="city"), "", " Chamber of Commerce")
        True
        >>> body = LocalEntity("e1", "Organization", "National Bank of Lakeland")
        >>> structure.named_address(body, LocalEntity("e2", "Place", "Lakeland", kind="country"), "National Bank of ", "")
        False
        >>> body = LocalEntity("e1", "Organization", "South China Logistics Centre")
        >>> structure.named_address(body, LocalEntity("e2", "Place", "South China", kind="region"), "", " Logistics Centre")
        False
        """
        if body.government or place.name.lower() in self.home:
            return False
        if before == "":  # "Riverton Chamber of Commerce", "Lakeland Hong Kong Society"
            # (not "Riverton-Lakeland Chamber of Commerce", "Riverton/Lakeland Centre": a body of the pair; nor a
            # region's, "South China Logistics Centre", "Asia Society": a region names what the body serves)
            return not re.match(r"[-–/]\S", after_place) and place.kind != "region" \
                and (" " + body.name.lower()).endswith(self._address_heads)
        of = re.search(r"\s+of\s+(?:the\s+)?$", before)  # "Central Hospital of Tanjiang"
        return of is not None and after == "" and place.kind != "country" \
            and (" " + before[:of.start()].lower()).endswith(self._address_heads)

    def editions(self, r: Reading) -> None:
        """An edition named by its number or year is part of its series when the release names the series
        too, in any of its names: "the 25th APEC Ministerial Meeting" of "the APEC Ministerial Meeting",
        "the APEC 2017 Economic Leaders' Meeting" of "the APEC Economic Leaders' Meeting", "the 2024 X Forum"
        of "the X Forum"; an event named after another's acronym is a part of it ("the AELM Working Lunch"
        of the Economic Leaders' Meeting the release calls "AELM")."""
        series: dict[str, str] = {}
        for ent in r.entities:
            if ent.label in ("Mechanism", "Event"):
                for name in (ent.name, *ent.aliases):
                    series.setdefault(key(name), ent.id)
        for ent in r.entities:
            if ent.label != "Event" or not ent.spans:
                continue
            found = {series.get(key(name)) for full in (ent.name, *ent.aliases) for name in _series_names(full)}
            first = ent.name.split(maxsplit=1)
            if len(first) > 1 and first[0].isupper() and len(first[0]) > 1:  # "the AELM Working Lunch": a part of
                # the event called "AELM" (the edition, before a series of the same short name)
                found.add(next((o.id for o in sorted(r.entities, key=lambda o: o.label != "Event")
                                if o.label in ("Event", "Mechanism") and first[0] in o.aliases), None))
            found.discard(None)
            found.discard(ent.id)
            if found:
                span = r.doc.char_span(*ent.spans[0], alignment_mode="expand")
                for s in (found if span is not None else ()):
                    r.emit(ent.id, "partOf", s, span.sent, "name-structure:edition", CONFIDENCE["name-structure"] - 0.05)

    def short_sessions(self, r: Reading) -> None:
        """A session named by its ordinal and session word alone ("The Sixth Plenary was held in X last
        year", "the 3rd Working Meeting"), or numbered under the series' short name ("the first High-Level
        Meeting under the Coordination Mechanism"), is a session of the one series the release's other
        sessions are part of, or, when none is, of the one series the release names."""
        short = [ent for ent in r.entities if ent.label == "Event" and ent.spans and self._bare_session(ent.name)]
        series = {o for s, p, o in r.facts if p == "partOf" and r.label(o) == "Mechanism"} \
            or {ent.id for ent in r.entities if ent.label == "Mechanism"}
        if len(series) != 1:
            return
        [whole] = series
        # "the first High-Level Meeting under the Coordination Mechanism": a numbered session of the series'
        # short name (its head words, printed in it)
        name = f" {key(r.ents[whole].name)} "
        short += [ent for ent in r.entities if ent.label == "Event" and ent.spans and (m := _UNDER_SHORT.match(ent.name))
                  and _EDITION.match(m[1]).end() > 0 and f" {key(m[2])} " in name]
        for ent in short:
            span = r.doc.char_span(*ent.spans[0], alignment_mode="expand")
            if span is not None and not any(s == ent.id and p == "partOf" for s, p, o in r.facts):
                r.emit(ent.id, "partOf", whole, span.sent, "name-structure:short-session", CONFIDENCE["name-structure"] - 0.1)

    def _numbered_session_of(self, before: str) -> bool:
        """Whether ``before`` is an ordinal or a year, session words, then "of (the)": "20th National Congress of the
        "."""
        m = _SESSION_OF_BODY.fullmatch(before)
        # (numbered or dated: not "the Annual Session of the X", a body's own session named by no edition)
        return m is not None and _EDITION.match(m[1]).end() > 0 and self._bare_session(m[1])

    def _bare_session(self, name: str) -> bool:
        """An ordinal or a year, then session words only: "Sixth Plenary", "20th Plenary Session"."""
        first, _, rest = key(name).partition(" ")
        return (first in self._ordinals or _NUMBERED.fullmatch(first) is not None) and rest in self._session_words

    def appositions(self, r: Reading) -> None:
        """Post and person printed side by side: "the Governor of X, Mr Y," / "Mr Y, Governor of X"."""
        doc, entities, text = r.doc, r.entities, r.text
        spans = sorted((s, e, ent.id) for ent in entities for s, e in ent.spans)
        outer = _outermost(spans)  # "(HKSAR)", "(Beijing Office)" are glosses; "Mr A (Mayor of X)" gives A's title
        top = [x for x, before in zip(outer, [None, *outer])
               if not (text[max(0, x[0] - 1):x[0]] == "(" and text[x[1]:x[1] + 1] == ")")
               or r.label(x[2]) == "Post" and before is not None and r.label(before[2]) == "Person"]
        # (one role described in lower case may come between: "the President of X and leader of the delegation, Mr Y";
        # not a plural, "the Secretary and members of the council, Mr A and Mr B")
        # (a duty in lower case may stand between: "Vice President of X in charge of daily operations, Mr A")
        post_then_person = re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?:\s+and\s+[a-z][\w-]*(?<!s)\s+of\s+(?:the\s+)?[a-z][\w-]*\s*,)?"
                                      rf"(?:\s+in\s+charge\s+of(?:\s+(?:[a-z][\w-]*|&),?){{1,6}})?"
                                      rf",?\s*(?:{self._honorific})*")
        # A post with its holder printed right after it ("Secretary for X Mr Y") is taken; in a list
        # "Post A Name A, Post B Name B" the name before the comma is not Post B's holder.
        pairs = [(s1, s2) for (s1, e1, a), (s2, e2, b) in zip(top, top[1:])
                 if r.label(a) == "Post" and r.label(b) == "Person" and post_then_person.fullmatch(text[e1:s2])]
        # "Name, the Post, Name, the Post": in such a list a comma after a post does not introduce the next name
        name_then_post = {s1 for (s1, e1, a), (s2, e2, b) in zip(top, top[1:])
                          if r.label(a) == "Person" and r.label(b) == "Post"
                          and re.fullmatch(r"\s*,\s*the\s+", text[e1:s2])}
        pairs = [(p, q) for p, q in pairs if not (q in name_then_post and _bare_comma(text, p, q, top))]
        # "A, Title of A, B, Title of B, C, Title of C": a list that opens with a name gives each title to the name
        # before it
        named_first = _names_first(r, top, text)
        pairs = [(p, q) for p, q in pairs if q not in named_first]
        followed = {p for p, _ in pairs}
        introduced = {q for _, q in pairs}  # people whose post is printed before them
        for i, ((s1, e1, a), (s2, e2, b)) in enumerate(zip(top, top[1:])):
            la, lb = r.label(a), r.label(b)
            gap = text[e1:s2]
            listed: list[int] = []  # the other titles of a list printed before the holder's name
            if la == "Post" and lb == "Person" and post_then_person.fullmatch(gap) and (s1, s2) in pairs:
                person, post = b, a
                if self._not_holder.search(text, max(0, s1 - 30), s1) or self._past_post.match(text, s1, e1):
                    continue  # ("Former" printed before the post or read into it)
                if "," in gap and r.holders.get(post, person) != person and min(x for x, _ in r.ents[person].spans) < s1:
                    # "after his meeting with the Prime Minister, Mr Tsang said": a post whose holder is named
                    # already, then someone named before it, starting the next clause
                    continue
                # "Deputy Director of X and Director of Y, Mr Z", "Minister for A, Minister for B and Minister
                # for C, Mr Z": Mr Z holds every title of the list (after the one printed next to the name)
                listed = _titles_before(r, top, i, "," in gap or gap.strip() != "")
            elif la == "Organization" and lb == "Person" \
                    and re.fullmatch(rf"(?:\s*\([A-Z][A-Za-z&]{{1,11}}\))?\s*,\s*(?:{self._honorific})*", gap) \
                    and (title := self._title_before_bodies(r, top, i)) is not None:
                # "the Director of the X Office and the Y Office [of Z], Mr A": the title of X, then the other
                # body he heads; Mr A holds the title printed
                person, post = b, top[title][2]
                s1 = top[title][0]
                if self._not_holder.search(text, max(0, s1 - 30), s1) or self._past_post.match(text, s1, top[title][1]):
                    continue
            elif la == "Person" and lb == "Post" and re.fullmatch(r"\s*,\s*(?:the\s+)?", gap) and s2 not in followed \
                    and s1 not in introduced:
                person, post = a, b
                if r.holders.get(post, person) != person and _verb_after(doc, text, e2):
                    continue  # "In his meeting with Ms A, the Chief Executive was told ...": the title whose holder is
                    # named already, the subject of the clause after an opening phrase that ends with A
                # "Yang Xiong, deputy secretary of X and mayor of Y,": every post of the list that follows
                for (x1, y1, c), (x2, y2, d) in zip(top[i + 1:], top[i + 2:]):
                    if r.label(d) != "Post" or not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[y1:x2]) \
                            or x2 in followed:
                        break
                    span = doc.char_span(s1, y2, alignment_mode="expand")
                    if span is not None:
                        r.emit(person, "holdsPost", d, r.sentence_of(span.start), "title-apposition", CONFIDENCE["title-apposition"] - 0.1)
            elif la == "Person" and lb == "Post" and re.fullmatch(r"\s*\(\s*(?:the\s+)?", gap) \
                    and re.match(r"\s*\)", text[e2:]) and s1 not in introduced:
                person, post = a, b  # "met Mr A (Mayor of X)"
            elif la == "Person" and lb == "Post" and re.fullmatch(
                    r",?\s+(?:who\s+is|will be|is|was|has been|had been|became|becomes|serves as|served as|as)\s+"
                    r"(?:also\s+)?(?:the\s+)?(?:[Aa]cting\s+)?", gap) \
                    and s2 not in followed:
                # "James Lau will be Acting Financial Secretary", "Mr A, who is also the Chairman of X"; not
                # "Accompanying Ms A will be the Director of X, Mr B"
                person, post = a, b
            else:
                continue
            span = doc.char_span(s1, e2, alignment_mode="expand")
            if span is None:
                continue
            confidence = CONFIDENCE["title-apposition"] - (0.05 if "," not in gap else 0.0)
            r.emit(person, "holdsPost", post, r.sentence_of(span.start), "title-apposition", confidence)
            r.holders.setdefault(post, person)
            for j in listed:
                span = doc.char_span(top[j][0], e2, alignment_mode="expand")
                if span is not None:
                    r.emit(person, "holdsPost", top[j][2], r.sentence_of(span.start), "title-apposition",
                           CONFIDENCE["title-apposition"] - 0.1)

    @staticmethod
    def _title_before_bodies(r: Reading, top: list[tuple[int, int, str]], i: int) -> int | None:
        """The index in ``top`` of a title "of the" one body printed before "and the" another body (which may be
        "of" a third) that ends at ``top[i]``: "Director of the X Office and the Y Office of the Z"; or of a title
        whose body's acronym, then "of" its owner, come before ``top[i]``: "Director of X (XO) of the Z"."""
        text = r.text
        j = i
        while j and r.label(top[j - 1][2]) == "Organization" and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[top[j - 1][1]:top[j][0]]):
            j -= 1
        if j and r.label(top[j - 1][2]) == "Post" and re.fullmatch(r"\s+and\s+the\s+", text[top[j - 1][1]:top[j][0]]) \
                and re.search(r"\sof\s+the\s", text[top[j - 1][0]:top[j - 1][1]]):
            return j - 1
        if j and r.label(top[j - 1][2]) == "Post" \
                and re.fullmatch(r"\s*\([A-Z][A-Za-z&]{1,11}\)\s+of\s+(?:the\s+)?", text[top[j - 1][1]:top[j][0]]):
            return j - 1  # "Director of the X Office in Y (XO) of the Z Government (ZG), Miss A": the office's acronym,
            # then whose office it is
        return None

    @staticmethod
    def inside(entities: list[LocalEntity]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        spans = [(s, e, ent.id) for ent in entities for s, e in ent.spans]
        for (s0, e0, outer), within in zip(spans, _starting_within(spans)):
            for s, e, inner in within:
                if inner != outer and s0 <= s and e <= e0 and (s, e) != (s0, e0):
                    out.setdefault(outer, [])
                    if inner not in out[outer]:
                        out[outer].append(inner)
        return out


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
"""Capitalised words right after a name: it opens a longer one."""
_OF_LIST = re.compile(r" of (?:the )?((?:(?! of ).)+)$")
"""The last complement of a name, after its last "of" ("... of the Mainland, Hong Kong and Macau")."""
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _alternatives(phrases) -> str:
    """A regular expression matching any of ``phrases`` (longest first), spaces as any white space."""
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or "(?!)"


_LIST_CLOSE = re.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,11}\))?\s*,?\s+(?:and|cum)\s+")
_LIST_COMMA = re.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,11}\))?\s*,\s*")
"""(A title's acronym in parentheses may end it: "Secretary of the X Committee of the Communist Party of China
(CPC) and Director of Y, Mr Z".)"""


def _titles_before(r: Reading, top: list[tuple[int, int, str]], i: int, apposed: bool) -> list[int]:
    """The indices in ``top`` of the titles listed before the title ``top[i]`` as one person's ("Minister for
    A, Minister for B and Minister for C, Mr Z"; "Leader of X and Shadow Treasurer, Mr Z"): titles joined by
    commas and a last "and", with no "the" between them ("the A, the B and the C, Mr Z" lists three people's
    titles, the last one Mr Z's). More than two titles, or titles joined by commas alone ("the Member of X,
    Secretary of Y, Mr Z"), only when the name is set off by a comma or an honorific.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> text = "the Minister for A, Minister for B and Minister for C, Mr Z"
    >>> top = [(4, 18, "a"), (20, 34, "b"), (39, 53, "c"), (55, 59, "z")]
    >>> r = SimpleNamespace(text=text, label=lambda e: "Person" if e == "z" else "Post")
    >>> _titles_before(r, top, 2, True)
    [1, 0]
    >>> _titles_before(r, top, 2, False)
    [1]
    """
    text = r.text
    out: list[int] = []
    j = i - 1
    while j >= 0 and r.label(top[j][2]) == "Post":
        gap = text[top[j][1]:top[j + 1][0]]
        if not (_LIST_CLOSE.fullmatch(gap) or (apposed and _LIST_COMMA.fullmatch(gap))):
            break
        out.append(j)
        j -= 1
    return out


def _bare_comma(text: str, post_start: int, person_start: int, top) -> bool:
    """Whether only a comma (no honorific) stands between the post and the name."""
    post_end = next(e for s, e, _ in top if s == post_start)
    # (the person's span may start with the honorific itself: "the Governor of X, Mr Y, the Chief Executive, ...")
    return re.fullmatch(r"\s*,\s*", text[post_end:person_start]) is not None \
        and not re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Madam)\.?\s", text[person_start:person_start + 12])



def _starting_within(spans: list[tuple]) -> Iterator[list[tuple]]:
    """For each ``(start, end, ...)`` span in turn, the spans that start within it, in list order.

    What every pair of spans would give for "is one inside the other", without looking at
    every pair: a long release has thousands of spans.

    Examples
    --------
    >>> [[x[2] for x in w] for w in _starting_within([(0, 9, "a"), (12, 15, "b"), (2, 5, "c")])]
    [['a', 'c'], ['b'], ['c']]
    """
    by_start = sorted(range(len(spans)), key=lambda i: spans[i][0])
    starts = [spans[i][0] for i in by_start]
    for span in spans:
        yield [spans[i] for i in sorted(by_start[bisect_left(starts, span[0]):bisect_right(starts, span[1])])]


def _verb_after(doc: Doc, text: str, end: int) -> bool:
    """Whether a verb follows the name ending at ``end``, with no comma between: "... the Chief Executive was
    told", "... the Secretary said"."""
    m = re.match(r"[ \t]+([a-z]+)\b", text[end:])
    span = doc.char_span(end + m.start(1), end + m.end(1)) if m else None
    return span is not None and len(span) == 1 and span[0].pos_ in ("VERB", "AUX")


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans (sorted by start) inside no other span, in one pass.

    A span is inside another when that one starts before it and ends at or after its
    end, or starts with it and ends after it.

    Examples
    --------
    >>> _outermost([(0, 10, "a"), (0, 4, "b"), (2, 10, "c"), (12, 15, "d"), (12, 15, "e")])
    [(0, 10, 'a'), (12, 15, 'd'), (12, 15, 'e')]
    """
    out = []
    reach = -1  # furthest end of the spans that start before the current start
    i = 0
    while i < len(spans):
        j = i
        while j < len(spans) and spans[j][0] == spans[i][0]:
            j += 1
        longest = max(e for _, e, _ in spans[i:j])
        out.extend(x for x in spans[i:j] if reach < x[1] and x[1] == longest)
        reach = max(reach, longest)
        i = j
    return out


_YEAR_INSIDE = re.compile(r"\s(?:19|20)\d\d\b")


def _series_names(edition: str) -> list[str]:
    """The names an edition's series may go by: without its leading number or year ("25th X Meeting": "X
    Meeting"), without a year inside ("APEC 2017 Economic Leaders' Meeting": "APEC Economic Leaders' Meeting").

    Examples
    --------
    >>> _series_names("25th APEC Ministerial Meeting")
    ['APEC Ministerial Meeting']
    >>> _series_names("APEC 2017 Economic Leaders' Meeting")
    ["APEC Economic Leaders' Meeting"]
    >>> _series_names("Asian Financial Forum")
    []
    >>> _series_names("first meeting of the Riverton Working Group")
    ['Riverton Working Group']
    """
    out = []
    own = _SESSION_OF.match(edition)
    if own:  # "first meeting of the X Working Group", named apart from the series ("X held its first meeting")
        out.append(own[1])
    lead = SESSION_PREFIX.match(edition)
    if lead and len(edition[lead.end():].split()) >= 2:
        out.append(edition[lead.end():])
    inside = _YEAR_INSIDE.sub("", edition).strip()
    if inside != edition and len(inside.split()) >= 2 and not SESSION_PREFIX.match(edition):
        out.append(inside)
    return out


_RUN_COMMA = re.compile(r"\s*,\s*(?:and\s+)?")


def _names_first(r: Reading, top: list[tuple[int, int, str]], text: str) -> set[int]:
    """The starts of the names in lists that alternate name, title, name, title (four or more, commas between) and
    open with a name: "attended by A, Deputy Director of X, B, Vice President of Y, C, ..."; there each title is the
    name's before it, not the next one's."""
    runs: list[list[tuple[int, int, str]]] = []
    styled: set[int] = set()  # the sentences whose lists open with a name
    run: list[tuple[int, int, str]] = []
    before: tuple[int, int, str] | None = None  # the name printed before the run
    for item in [*top, None]:
        if item is not None and run and _RUN_COMMA.fullmatch(text[run[-1][1]:item[0]]) \
                and r.label(item[2]) in ("Person", "Post") and r.label(item[2]) != r.label(run[-1][2]):
            run.append(item)
            continue
        titled = before is not None and r.label(before[2]) == "Post" and not text[before[1]:run[0][0]].strip(" \t") \
            if run else False  # ("Secretary for X Mr A, Title B, Mr B": A's title is printed before A)
        if len(run) >= 3:
            runs.append(run)
            if r.label(run[0][2]) == "Person" and not titled:
                styled.add(_sentence_start(r, run[0][0]))
        before = run[-1] if run else before
        run = [item] if item is not None and r.label(item[2]) in ("Person", "Post") else []
    # (a list the NER breaks, missing a name, goes on in the style it opened with: the rest of that sentence's lists
    # give each title to the name before it too)
    return {s for run in runs if _sentence_start(r, run[0][0]) in styled for s, _, eid in run if r.label(eid) == "Person"}


def _sentence_start(r: Reading, at: int) -> int:
    """The first character of the sentence that holds character ``at``."""
    token = r.doc.char_span(at, at + 1, alignment_mode="expand")
    return r.sentence_of(token.start).start_char if token is not None else at
