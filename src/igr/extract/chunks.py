"""Names read from their shape: capitalised chunks cut at honorifics, "and the", people, and
joined across acronyms in parentheses; then classified by the name grammar (posts, sessions,
mechanisms, events, initiatives, agreements, organisations).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Doc

from igr.extract.lexicon import key
from igr.extract.names import DASH
from igr.extract.patterns import (
    WHEN_AFTER,
    CHAMBER_ABROAD,
    CHUNK,
    GENERIC,
    IN_PLACE,
    KNOWN_OF,
    LEADING_THE,
    MONTH_LINK,
    OPENERS,
    OFFICE_ABROAD,
    PAREN_ACRONYM,
    QUALIFIER_END,
    PARTIES,
    PARTY_LINK,
    PORTFOLIO_END,
    SESSION_PREFIX,
    SHORT_NAME,
    IN_LINK,
    MONTH,
    WEEKDAYS,
    SITED,
    SITED_BODY,
    SITED_POST,
    TRAILING_LINK,
    _currency,
    _with_acronym,
)
from igr.extract.records import Mention

_HEADLINE_AUXILIARIES = ("To", "Will", "Was", "Were", "Is", "Are", "Has", "Have", "Had")
"""Words a headline prints before its verb, cut with it ("X [To Visit] Y", "X Meeting [Was Held] at Y")."""
_AND_SPLIT = re.compile(r"[ \t]+(?:and|&)[ \t]+")
_SET_OFF_HOLDER = re.compile(r",[ \t]+([A-Z][\w.]*)[ \t]+[A-Z]")
_OWNER_WORD = re.compile(r"(?i)(?:\b(?:its|the|their)[ \t]+)$")

# compiled once: the re module's own cache costs a look-up per call, and _trim runs for every chunk
_WORD_AT = re.compile(r"[\w'’.&-]+")
_COMMA_BEFORE = re.compile(r",[ \t]*$")
_LAST_FOR = re.compile(r"[ \t]+for[ \t]+(?!.*[ \t]for[ \t])")
_COMMA_CITY = re.compile(r",[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)")
_WORD_AND_LINKS = re.compile(r"[\w'’.&-]+\s*(?:(?:of|for|and|the|on)\s+)*")
_NOUN_LINK = re.compile(r"([A-Z][a-z]+)[ \t]+(?:for|of|on|to)[ \t]+(?:the[ \t]+)?")
_POSSESSIVE = re.compile(r"(?:[\w.&-]+[ \t]+){0,3}?[\w.&-]+['’]s[ \t]+")
_TRAILING_DAY = re.compile(rf"[ \t]+(?:on|in|of)[ \t]+(?:{MONTH.pattern}|{WEEKDAYS})$")
_TRAILING_S = re.compile(r"(?:'s|’s|\.)$")
_TITLE_NAME_OF = re.compile(r"(\S+(?:[ \t]+\S+)?)[ \t]+([A-Z][\w'’-]*)[ \t]+(of|for)[ \t]+((?:the[ \t]+)?)(\S.*)$")
# and those of the chunk rules that run for every chunk
_SENTENCE_END = re.compile(r"[.!?][ \t\n]|\n")
_WITH_OR_ON = re.compile(r"[ \t]+(?:with|on)[ \t]+(?:the[ \t]+)?")
_WITH = re.compile(r"[ \t]+with[ \t]+")
_FOR_COMPLEMENT = re.compile(r"[ \t]for[ \t]+(?:the[ \t]+)?((?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*)$")
_FIRST_WORD = re.compile(r"^\S+\s+")
_IN_THE = re.compile(r"^\s*in\s+(?:the\s+)?")
_AFTER_DOT = re.compile(r"\.[ \t]+([A-Z][\w'’-]*)")
_FOR_THE = re.compile(r"[ \t]+for[ \t]+the[ \t]+")
_TO_LINK = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?")
_AT_LINK = re.compile(r"[ \t]+at[ \t]+(?:the[ \t]+)?")
_AND_THE = re.compile(r"\s+(?:and|&)\s+the\s+")
_COMMA_GAP = re.compile(r",[ \t]+")
_TO_PLACE = re.compile(r"\b(?:to|in|from|at)[ \t]+$")
"""A preposition right before a chunk: a place opening the chunk is its object ("welcomed to Macao Secretary Xu")."""
_ORDINAL = re.compile(SESSION_PREFIX.pattern.replace(r"(?!Plenary|Session|Meeting\b)", ""), re.IGNORECASE)
"""An edition's ordinal or year, before any head ("Second Meeting of ...")."""
_LIST_GAP = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?")
_OF_PLACE = re.compile(r"[ \t]of[ \t]+(?:the[ \t]+)?([A-Z](?:(?![ \t]of[ \t])[^,;()])*)$")
_OF_OR_FOR = re.compile(r"\s(?:of|for)\s")
_OF_SPLIT = re.compile(r"\s+of\s+")
_OF_THE_SPLIT = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_LAST_AND = re.compile(r"(.+?)[ \t]+(?:and|&)[ \t]+(.+)$")
_OF_OR_FOR_LAST = re.compile(r"(.+)\s(of|for)\s+(?:the\s+)?(.+)$")
_PORTFOLIO_WORDS = re.compile(r"[\s&]+|\band\b")
_SPACES = re.compile(r"\s+")
_ENDS_LINK = re.compile(r"\s(?:in|of|for|to|at|and|the|on)$")
_WORD = re.compile(r"\S+")
_POSSESSIVE_CUT = re.compile(r"['’]s[ \t]+(?=[A-Z\d])")
_SPACED_SLASH = re.compile(r"[ \t]+/[ \t]*|[ \t]*/[ \t]+")
_BASED = re.compile(r"[A-Z][\w'’-]*?-(?:based|headquartered)[ \t]+")
_PURPOSE = re.compile(r"\s(?:for|on|concerning|regarding)\s+(?:the\s+)?[A-Z]")
_BETWEEN = re.compile(r"[ \t]+between[ \t]+(?:the[ \t]+)?")
_BETWEEN_IN = re.compile(r"\sbetween\s")
_FIELD_AFTER = re.compile(r"\b(?:[Cc]o-?operation|[Cc]ollaboration|[Ee]xchanges?)$")
"""A name's last word that takes the field it is in: "... on X/Y Co-operation [in Innovation and Technology]"."""
_TWO_TITLES = re.compile(r"^([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) and ((?!the )[A-Z].*)$")
"""A short title, "and", then another: "Party Secretary and X Commission Director"."""
_TO_BEFORE = re.compile(r"\b(?:to|will)[ \t]+$", re.IGNORECASE)
_SUBJECT_LINK = re.compile(r"[ \t]+(?:on|in|concerning|regarding|with[ \t]+respect[ \t]+to)[ \t]+")
"""What links an agreement to its subject (not "the": a body after "in the" is where it is)."""
_OF_THE_BODY = re.compile(r"\sof\s+the\s+")
_SITED_SPLIT = re.compile(r"\s(?:in|of)\s+(?:the\s+)?(?=[A-Z])")
_TO_BE = re.compile(r"-(?:elect|designate)$")
_AND_LINK = re.compile(r"[ \t]+(?:and[ \t]+(?:the[ \t]+)?|&[ \t]+the[ \t]+)")
"""Where a chunk may hold two names: "and", "and the", "& the" (a bare "&" joins words of one name)."""
_OPEN_PAREN = re.compile(r"[ \t]*\([ \t]*")
_CLOSE_AND_THE = re.compile(r"[ \t]*\)[ \t]+and[ \t]+the[ \t]+")
_BEGUN_COMPLEMENT = re.compile(r"\s(?:on|of|for|between|among|[Cc]oncerning|[Rr]egarding|respect\s+to)\s")
"""A complement begun in an agreement's name ("Memorandum on X", "Arrangement Concerning Y")."""
_CUM = re.compile(r"[ \t]+cum[ \t]+")
_QUALIFIER = re.compile(r"[ \t]*\(([A-Z][a-z][\w'’-]*(?:(?:,?[ \t]+(?:and[ \t]+|&[ \t]+|of[ \t]+)?|[ \t]*&[ \t]*)[A-Z][a-z][\w'’-]*)*)\)")
"""A qualifier in parentheses: capitalised words ("(Excise and Strategic Support)")."""
_CAMEL = re.compile(r"[a-z][A-Z]")
"""A word with a capital inside: an acronym ("LegCo", "MiC")."""



def _unacronymed(name: str) -> str:
    """``name`` without the acronyms printed in it.

    Examples
    --------
    >>> _unacronymed("Annual Meetings of the Riverton Fund (RF) and the Bank")
    'Annual Meetings of the Riverton Fund and the Bank'
    """
    return _SPACES.sub(" ", PAREN_ACRONYM.sub(" ", name)).strip()


def _printed_without(text: str, start: int, end: int, place: int) -> bool:
    """Whether the release prints the name ending at ``end`` elsewhere without the place that follows it
    here ("10th meeting of X in the Loop held" in the headline, "the 10th meeting of X in the Loop in Hong
    Kong today" in the body: Hong Kong is where it met, not part of its name).

    Examples
    --------
    >>> t = "Task Force on Parks in the Loop held. The Task Force on Parks in the Loop in Hong Kong met."
    >>> _printed_without(t, 42, 73, 77)
    True
    >>> t = "Mechanism for Aid in Sichuan held. The Mechanism for Aid in Sichuan met."
    >>> _printed_without(t, 39, 56, 60)
    False
    """
    tail = text[max(start, end - 40):end]
    here = text[end:place] + text[place:place + 1]
    at = text.find(tail)
    while at != -1:
        after = at + len(tail)
        if after != end and not text.startswith(here, after):
            return True
        at = text.find(tail, at + 1)
    return False


_SYLLABLE = re.compile(r"[A-Z][a-z]")
_TITLE_CASE_NEXT = re.compile(r"[ \t]+[A-Z]")
_COMMON_NOUN = re.compile(r"(?:tion|sion|ment|ity|ics|ance|ence|ism|ship|ness|ure|ogy|ies|ing|ions|ary)$")
"""The endings of English nouns a portfolio ends with ("Diversification", "Communications"): no first name."""


def _surname_opener(tail: list[str], i: int) -> bool:
    """ "He" as the first of two or more name words after a title is a surname ("Vice-Governor He Zhongyou"):
    the pronoun opens a clause with a lower-case verb; a two-letter word ending a name of three or more words is a
    syllable of a given name ("Chief Executive Chui Sai On": not the preposition)."""
    return i == 0 and tail[0] == "He" and len(tail) > 1 and tail[1][:1].isupper() \
        or i >= 2 and i == len(tail) - 1 and _SYLLABLE.fullmatch(tail[i]) is not None


_LISTED = re.compile(r"(?:[ \t]*,|[ \t]+(?:and|&))[ \t]+")
"""Where a list goes on inside a chunk: a title may follow ("A and Dutch Minister of Finance B")."""

class ChunkMentions:
    """Mixin of :class:`igr.extract.mentions.MentionFinder`: mentions from name shapes."""

    def _shapes(self, doc: Doc) -> list[Mention]:
        text = self._text
        out = []
        for start, end in self._chunks(text, frozenset(e.end_char for e in doc.ents if e.label_ == "PERSON")):
            if self.grammar.venue(text[start:end]):
                self._venues.append((start, end))  # "the X Offices [in Y]": a building, wherever it is
                continue
            if (SITED.search(text[start:end]) or SITED_POST.search(text, start, end) or SITED_BODY.search(text, start, end)
                    or self._sited_acronym(text[start:end])
                    or CHAMBER_ABROAD.search(text, start, end) and self.grammar.classify(text[start:end]) in ("Organization", "Post")) \
                    and (site := IN_PLACE.match(text, end)) \
                    and self.grammar.classify(_IN_THE.sub("", site[0])) in (None, "Place"):
                end = site.end()  # (not "the X Government in the Y Joint Conference": its part in a series)
            elif (site := IN_PLACE.match(text, end)) and PAREN_ACRONYM.match(text, site.end()) \
                    and self.grammar.classify(text[start:end]) == "Organization" \
                    and self.lexicon.known_label(_IN_THE.sub("", site[0])) == "Place":
                end = site.end()  # "the American Chamber of Commerce in Hong Kong (AmCham)": the acronym names
                # the body with its city
            elif (paren := PAREN_ACRONYM.match(text, end)) and (site := IN_PLACE.match(text, paren.end() - 1)) \
                    and (known := self.lexicon.lookup(f"{LEADING_THE.sub('', text[start:end])}{site[0]}")) is not None \
                    and known.label == "Organization":
                # "the Office of the Government of the X (ACR) in Beijing": the known office in Beijing, the acronym
                # of its government between
                start += len(the[0]) if (the := LEADING_THE.match(text[start:end])) else 0
                out.append(Mention(start, site.end(), text[start:site.end()], "Organization", known.name, "shape"))
                continue
            elif (city := _COMMA_CITY.match(text, end)) and OFFICE_ABROAD.search(text, start, end) \
                    and (known := self.lexicon.lookup(f"{LEADING_THE.sub('', text[start:end])}, {city[1]}")) is not None \
                    and known.label == "Organization":
                # "the X Economic & Trade Office, Sydney": the known office in Sydney, printed with its city after a comma
                start += len(the[0]) if (the := LEADING_THE.match(text[start:end])) else 0
                out.append(Mention(start, city.end(), text[start:city.end()], "Organization", known.name, "shape"))
                continue
            elif (paren := PAREN_ACRONYM.match(text, end)) and (city := _COMMA_CITY.match(text, paren.end())) \
                    and (known := self.lexicon.lookup(f"{LEADING_THE.sub('', text[start:end])}, {city[1]}")) is not None \
                    and known.label == "Organization":
                # "the X Office (XO), Berlin": the known office in Berlin, its acronym between
                start += len(the[0]) if (the := LEADING_THE.match(text[start:end])) else 0
                acronym = paren[0].strip(" \t()")
                out.append(Mention(start, city.end(), text[start:city.end()], "Organization", known.name, "shape",
                                   aliases=(text[start:city.end()], f"{acronym}, {city[1]}")))
                continue
            start, end = self._trim(doc, start, end)
            if end <= start or _currency(text, end):
                continue
            if self.grammar.venue(text[start:end]):
                self._venues.append((start, end))  # a site: no name of it, nor the NER's reading of part of it
                continue
            for s, e in (piece for cut in self._split_honorifics(text, start, end)
                         for verb_cut in self._split_headline_verbs(text, *cut)
                         for possessed in self._split_possessive(text, *verb_cut)
                         for piece in self._split_cum(text, *possessed)):
                for a, b in self._split_and_the(text, s, e):
                    for c, d, kind in self._split_people(doc, a, b):
                        if kind == "person":
                            out.append(Mention(c, d, text[c:d], "Person", text[c:d], "title-name"))
                        elif kind == "title":
                            titled = self._title(c, d)
                            out.extend(titled)
                            out.extend(self._title_complements(doc, titled))
                        else:
                            found = self._shape_mentions(doc, c, d)
                            out.extend(found)
                            if found:
                                out.extend(self._complements(doc, c, d))
                                out.extend(self._title_complements(doc, [m for m in found if m.end < d]))
        return out

    def _sited_acronym(self, chunk: str) -> bool:
        """Whether ``chunk`` ends with the acronym of known bodies sited somewhere: "Director-General of the HKETO
        [in London]" (the lexicon's "HKETO London" is an Economic and Trade Office)."""
        return chunk.rsplit(" ", 1)[-1] in self._sited_acronyms

    @cached_property
    def _sited_acronyms(self) -> frozenset[str]:
        """The acronyms that open the names of known bodies sited somewhere ("HKETO" of "HKETO London")."""
        return frozenset(first for entry in self.lexicon.entries
                         if entry.label == "Organization" and SITED.search(entry.name.split(" in ", 1)[0])
                         for alias in (entry.name, *entry.aliases) if len(first := alias.split(" ", 1)[0]) > 1
                         and first.isupper() and first.isalpha())

    def _chunks(self, text: str, people_ends: frozenset[int] = frozenset()) -> Iterable[tuple[int, int]]:
        """Capitalised chunks, joined across an acronym in parentheses when the whole is one name:
        "Pan-Pearl River Delta (PPRD) Regional Cooperation Chief Executive Joint Conference" (``people_ends``:
        where the NER's people end, whom a title's "at" complement never follows)."""
        spans = self._dashed(text, self._listed_places_of(text, self._comma_places(
            text, [(m.start(), m.end()) for m in CHUNK.finditer(text)])))
        i = 0
        while i < len(spans):
            start, end = spans[i]
            # the acronym is a chunk of its own: name, (ACR), rest of the name
            while i + 2 < len(spans) and PAREN_ACRONYM.fullmatch(text[end:spans[i + 2][0]]):
                joined = text[start:end] + " " + text[spans[i + 2][0]:spans[i + 2][1]]
                if self.grammar.classify(joined) is None \
                        and not self._owner_title(text[start:end], text[spans[i + 2][0]:spans[i + 2][1]]):
                    # (a name with two acronyms inside it: "Asia-Pacific Economic Cooperation (APEC) Ministers
                    # Responsible for Trade (MRT) Meeting", a name only once whole)
                    further = i + 4 < len(spans) and PAREN_ACRONYM.fullmatch(text[spans[i + 2][1]:spans[i + 4][0]])
                    if not further or self.grammar.classify(joined + " " + text[spans[i + 4][0]:spans[i + 4][1]]) is None:
                        break
                    end = spans[i + 4][1]
                    i += 4
                    continue
                end = spans[i + 2][1]
                i += 2
            end, i = self._portfolio_list(text, spans, i, start, end)
            end, i = self._qualified(text, spans, i, start, end)
            end, i = self._second_body_after_acronym(text, spans, i, start, end)
            end, i = self._listed_places_body(text, spans, i, start, end)
            end, i = self._fields_before_head(text, spans, i, start, end)
            # a bare head takes its complement: "the Informal Dialogue with ASEAN Leaders"
            if i + 1 < len(spans) and _WITH_OR_ON.fullmatch(text[end:spans[i + 1][0]]) \
                    and self.grammar.classify(text[start:end]) in ("Event", "Mechanism") \
                    and self._generic_name(_FIRST_WORD.sub("", text[start:end])) \
                    and self.grammar.classify(text[spans[i + 1][0]:spans[i + 1][1]]) not in ("Person", "Post"):
                end = spans[i + 1][1]
                i += 1
            # "the 12th National Games for Persons with Disabilities", "the Fund for Children with Special Needs": a
            # complement "for" common words goes on "with" common words (not "a Fund for X with the Y Bureau")
            if i + 1 < len(spans) and _WITH.fullmatch(text[end:spans[i + 1][0]]) \
                    and (purpose := _FOR_COMPLEMENT.search(text, start, end)) and self._common_words(purpose[1]) \
                    and self._common_words(_AND_SPLIT.split(text[spans[i + 1][0]:spans[i + 1][1]], maxsplit=1)[0]) \
                    and self.grammar.classify(LEADING_THE.sub("", text[start:end])) is not None:
                end = spans[i + 1][1]
                i += 1
            # "Supplement VII to CEPA", "the Second Protocol to the X Agreement": an amending instrument
            if i + 1 < len(spans) and _TO_LINK.fullmatch(text[end:spans[i + 1][0]]) \
                    and self.grammar.amending(text[start:end]) \
                    and self.grammar.classify(text[spans[i + 1][0]:spans[i + 1][1]]) == "Agreement":
                end = spans[i + 1][1]
                i += 1
            # "Ambassador to Japan", "Economic Secretary to the Treasury": the title's "to" complement;
            # "Undersecretary of Trade at Lakeland's Ministry of Economy": the body it serves in
            while i + 1 < len(spans) and self.grammar.classify(text[start:end]) == "Post" \
                    and (_TO_LINK.fullmatch(text[end:spans[i + 1][0]])
                         and self.grammar.classify(text[spans[i + 1][0]:spans[i + 1][1]]) not in ("Post", "Person")
                         or _AT_LINK.fullmatch(text[end:spans[i + 1][0]]) and end not in people_ends
                         and self.grammar.classify(text[spans[i + 1][0]:spans[i + 1][1]]) == "Organization"):
                # (not "the Secretary of the X Committee Mr A at the Y Office": a title, its holder, then where they met)
                end = spans[i + 1][1]
                i += 1
            # agreements are named with their whole subject: "Memorandum of Understanding on Co-operation
            # in Tourism and Mega Events between Hong Kong and Macao"
            # and so are mechanisms and events named head first: "Task Force on Ferry Services between
            # Hong Kong and Zhuhai", "Conference on Economic Co-operation between A and B"
            label = self.grammar.classify(LEADING_THE.sub("", text[start:end]))  # (also "The X" opening a sentence)
            last = _AND_THE.split(text[start:end])[-1]  # "A and the Task Force on X between ..."
            link = self._complement_link if label == "Agreement" else PARTY_LINK \
                if self.grammar.head_first(last) in ("Mechanism", "Event") else None
            if link is not None:
                bare = label == "Agreement" and self._generic_name(LEADING_THE.sub("", text[start:end]))
                while i + 1 < len(spans) and link.fullmatch(text[end:spans[i + 1][0]]) \
                        and (self.grammar.classify(text[spans[i + 1][0]:spans[i + 1][1]]) not in PARTIES
                             or label == "Agreement" and self._field_of(text, end, spans[i + 1])
                             or bare and _BETWEEN.fullmatch(text[end:spans[i + 1][0]])
                             and _PURPOSE.search(text, spans[i + 1][0], spans[i + 1][1]) is not None) \
                        and not self._no_complement(text, start, end, spans[i + 1]):
                    # (a bare "Agreement" takes the bodies it is between when its purpose follows them: "the
                    # Agreement between the Government of A and the Government of B for the Avoidance of Double
                    # Taxation"; not "a Memorandum of Understanding between A and B": the parties only)
                    end = spans[i + 1][1]  # not "... between the Abu Dhabi Chamber of Commerce": that is a party
                    i += 1
            if label == "Post":
                end, i = self._post_place(text, spans, i, end)
            if label in ("Post", "Event", "Organization"):  # (a title, an occasion or a unit of a known name)
                end, i = self._known_body_on(text, spans, i, start, end)
            end, i = self._in_complement(text, spans, i, start, end)
            yield start, end
            i += 1

    def _qualified(self, text: str, spans: list[tuple[int, int]], i: int, start: int, end: int) -> tuple[int, int]:
        """A title or a body keeps the qualifier printed after it in parentheses, the branch or the place that
        tells it from others of its name: "Permanent Secretary for Development (Works)", "Deputy Commissioner of
        Police (Operations)", "the X Chamber of Commerce (East Java)"; not a short name ("(Joint Conference)",
        "(Sydney ETO)") nor a title after a name ("Mr A (Leader)")."""
        qualifier = self._qualifier(text, end)
        if qualifier is None or self.grammar.classify(LEADING_THE.sub("", text[start:end])) not in ("Post", "Organization"):
            return end, i
        while i + 1 < len(spans) and spans[i + 1][0] < qualifier.end():
            i += 1
        return qualifier.end(), i

    def _second_body_after_acronym(self, text: str, spans: list[tuple[int, int]], i: int, start: int,
                                   end: int) -> tuple[int, int]:
        """An occasion of two bodies, the first printed with its acronym, goes on to the second: "the Annual Meetings
        of the X Fund (XF) and the Y Bank Group"."""
        if i + 2 < len(spans) and _OPEN_PAREN.fullmatch(text, end, spans[i + 1][0]) \
                and _CLOSE_AND_THE.fullmatch(text, spans[i + 1][1], spans[i + 2][0]) \
                and self._occasion_of_body(text[start:end]) \
                and self.grammar.classify(text[spans[i + 2][0]:spans[i + 2][1]]) == "Organization":
            return spans[i + 2][1], i + 2
        return end, i

    def _qualifier(self, text: str, at: int) -> re.Match | None:
        """The qualifier in parentheses that opens at ``at``, if any: capitalised words, none an acronym ("LegCo"),
        that name no body, title or occasion, nor a remark on the holder ("(Acting)")."""
        qualifier = _QUALIFIER.match(text, at)
        if qualifier is None or _CAMEL.search(qualifier[1]) or self.grammar.classify(qualifier[1]) not in (None, "Place") \
                or key(qualifier[1]) in self._modifier_keys:
            return None
        return qualifier

    @cached_property
    def _modifier_keys(self) -> frozenset[str]:
        """The words that modify a title ("Acting", "Designate"): in parentheses, a remark on its holder."""
        return frozenset(key(w.strip("-")) for w in (*self.lexicon.post_modifiers, *self.lexicon.not_post_modifiers))

    @cached_property
    def _comma_forms(self) -> tuple[tuple[str, str], ...]:
        """The known places printed with a comma, cut there: ("Hong Kong", "China"), ("Washington", "D.C.")."""
        return tuple((name[:name.index(",")], name[name.index(",") + 1:].strip())
                     for name, entry in self.lexicon.surface_forms() if entry.label == "Place" and "," in name)

    def _in_comma_place(self, text: str, comma: int, after: int) -> bool:
        """Whether the comma at ``comma`` (the text after it resuming at ``after``) is that of a known place."""
        return any(text.endswith(left, 0, comma) and text.startswith(right, after)
                   for left, right in self._comma_forms)

    def _comma_places(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Chunks joined across the comma of a known place's name, so that a name holding the place goes
        on: "[Riverton] Ministers - [Hong Kong, China Consultations]" (not "China Consultations")."""
        out: list[tuple[int, int]] = []
        for s, e in spans:
            if out and _COMMA_GAP.fullmatch(text, out[-1][1], s) and any(
                    text.endswith(left, out[-1][0], out[-1][1]) and text.startswith(right, s)
                    and (out[-1][1] - len(left) == out[-1][0] or text[out[-1][1] - len(left) - 1] in " \t-/")
                    and (s + len(right) == e or text[s + len(right)] in " \t")
                    for left, right in self._comma_forms):
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        return out

    def _listed_places_of(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """An occasion's name that ends with a list of three or more known places, "of" them: "the Third Joint
        Meeting of Senior Health Officials of the Mainland, Hong Kong and Macau" (one name, not a meeting "of the
        Mainland" and two places after it)."""
        out: list[tuple[int, int]] = []
        end = -1
        for s, e in spans:
            if e <= end:
                continue  # (inside the list joined to the name before)
            last_of = _OF_PLACE.search(text, s, e)
            listed = self._places_after(text, e) if last_of is not None \
                and self.lexicon.known_label(last_of[1]) == "Place" \
                and self.grammar.classify(text[s:last_of.start()]) in ("Event", "Mechanism") else None
            if listed is not None and not any(a < listed < b for a, b in spans):
                out.append((s, listed))
                end = listed
            else:
                out.append((s, e))
        return out

    def _places_after(self, text: str, pos: int) -> int | None:
        """Where a list of two or more known places printed right after ``pos`` ends (", A and B", ", A, B and
        C"), or None."""
        count, joined = 0, False
        while (gap := _LIST_GAP.match(text, pos)) and (place := self._known_places.match(text, gap.end())) \
                and self.lexicon.known_label(place[0]) == "Place" and not joined:
            joined = "and" in gap[0]
            count, pos = count + 1, place.end()
        return pos if count >= 2 and joined else None

    def _dashed(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Chunks joined across a spaced dash when the whole is one name: a series or an event, then its
        parties ("the Joint Commission Meeting - Riverton and Lakeland"), or a name whose head comes after
        the dash, after its parties or an edition ("the 5th Ministers - Riverton, China Consultations")."""
        spans = self._dashed_places(text, spans)
        out: list[tuple[int, int]] = []
        for s, e in spans:
            if out and DASH.fullmatch(text, out[-1][1], s) and self._dash_joins(text[out[-1][0]:out[-1][1]], text[s:e]):
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        return out

    def _dashed_places(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Chunks joined across spaced dashes between known places, printed as "Guangdong-Hong Kong-Macao" is
        without spaces, when the places are part of a name: "the Guangdong - Hong Kong - Macao Meeting on X", "the
        Outline Development Plan for the Guangdong – Hong Kong – Macao Greater Bay Area" (not a bare pair of places,
        "Riverton - Lakeland")."""
        out: list[tuple[int, int]] = []
        i = 0
        while i < len(spans):
            j = i
            while j + 1 < len(spans) and DASH.fullmatch(text, spans[j][1], spans[j + 1][0]) \
                    and (j == i or self._ends_with_place(text[spans[j][0]:spans[j][1]])) \
                    and self._known_places.match(text, *spans[j + 1]):
                # (a chunk between two dashes may hold two names: "the 33rd Guangdong - Hong Kong - Macao Seminar on X
                # and the 24th Guangdong - Hong Kong - Macao Meeting on Y", split at "and the" later)
                j += 1
            first, last = spans[i], spans[j]
            if j > i and self._ends_with_place(text[first[0]:first[1]]) \
                    and (not self._known_places.fullmatch(text, *first) or not self._known_places.fullmatch(text, *last)):
                out.append((first[0], last[1]))
                i = j + 1
            else:
                out.append(first)
                i += 1
        return out

    def _tight(self, chunk: str) -> str:
        """``chunk`` with its spaced slashes and its spaced dashes between known places printed without spaces."""
        chunk = _SPACED_SLASH.sub("/", chunk)
        if " - " not in chunk and " – " not in chunk:
            return chunk
        return DASH.sub(lambda m: "-" if self._ends_with_place(chunk[:m.start()])
                        and self._known_places.match(chunk, m.end()) else m[0], chunk)

    def _ends_with_place(self, chunk: str) -> bool:
        return any(m.end() == len(chunk) for m in self._known_places.finditer(chunk))

    def _dash_joins(self, left: str, right: str) -> bool:
        label = self.grammar.classify(left)
        if label in ("Mechanism", "Event") and not self._generic_name(LEADING_THE.sub("", left)) \
                and self.grammar.parties(right):
            return True
        after = self.grammar.classify(right)
        if label == "Event" == after and re.search(r" (?:19|20)\d\d$", left) and not self._generic_name(right):
            return True  # a dated occasion and its subtitle: "Hong Kong Week 2018 - Greater Bay Area Showcase"
        return after in ("Mechanism", "Event", "Agreement") and not self._generic_name(right) \
            and (label is None or self.grammar.parties(LEADING_THE.sub("", left)))

    def _field_of(self, text: str, end: int, nxt: tuple[int, int]) -> bool:
        """After an agreement's subject ("on", "in", "concerning"), a field whose last word happens to
        be a body's head ("Agreement on Trade in [Financial Services]"), not a party to it: no name
        the lexicon knows as a body, no government, no person, no title."""
        if not _SUBJECT_LINK.fullmatch(text, end, nxt[0]):
            return False
        word = text[nxt[0]:nxt[1]]
        return self.grammar.classify(word) == "Organization" and self.lexicon.known_label(word) is None \
            and not re.search(r"(?i)\bgovernment\b", word)

    def _no_complement(self, text: str, start: int, end: int, nxt: tuple[int, int]) -> bool:
        """"in" goes on a complement already begun ("Memorandum on Co-operation in Tourism"); after
        a bare head it says when or where ("the MOU in 2018", "the Framework Agreement in the Plan period")."""
        if not re.match(r"[ \t]+in\b", text[end:nxt[0]]):
            return False
        word = text[nxt[0]:nxt[1]]
        if re.search(r"\s(?:between|among)\s.+\sand\s", text[start:end]) and self.lexicon.known_label(word) == "Place":
            return True  # "... between A and B in Paris": where it was signed, the parties named
        if (self.lexicon.known_label(word) == "Place" or nxt in self._ner_places) and WHEN_AFTER.match(text, nxt[1]):
            return True  # "signed the MoU on Trade Promotion in Nanning yesterday": where, then when
        return not _BEGUN_COMPLEMENT.search(text, start, end) \
            or not word[:1].isupper() or bool(MONTH.match(word))

    def _post_place(self, text: str, spans: list[tuple[int, int]], i: int, end: int) -> tuple[int, int]:
        """A title whose place follows after a comma, then its holder: "Commissioner for Trade
        Affairs, USA, Mr X", "Lord Mayor, City of Westham, Sir Y" (the place is the title's)."""
        if i + 1 >= len(spans) or not _COMMA_GAP.fullmatch(text[end:spans[i + 1][0]]):
            return end, i
        place = text[spans[i + 1][0]:spans[i + 1][1]]
        after = re.match(r",[ \t]+(\S+)", text[spans[i + 1][1]:spans[i + 1][1] + 40])
        if after and self.honorific_word.match(after[1]) and self.grammar.classify(place) == "Place":
            return spans[i + 1][1], i + 1
        title = text[spans[i][0]:end]
        j = i + 1  # (the body may be "in" a place: "Director, X Office in Berlin, Mr Y")
        if j + 1 < len(spans) and re.fullmatch(r"[ \t]+in[ \t]+", text[spans[j][1]:spans[j + 1][0]]) \
                and self.grammar.classify(text[spans[j + 1][0]:spans[j + 1][1]]) == "Place":
            j += 1
            after = re.match(r",[ \t]+(\S+)", text[spans[j][1]:spans[j][1] + 40])
        portfolio = re.match(r"^(.+?)\s(?:of|for)\s(\S+(?:\s\S+)?)$", title)  # ("Director of Asylum, Home Office")
        bare = not re.search(r"\s(?:of|for|in)\s", title) and self.grammar.post_head_length(title) >= len(key(title)) \
            or portfolio is not None and self.grammar.post_head_length(portfolio[1]) >= len(key(portfolio[1])) \
            and self.grammar.classify(portfolio[2]) is None and not self.lexicon.known_label(portfolio[2])
        if after and self.honorific_word.match(after[1]) and self.grammar.classify(place) == "Organization" and bare:
            # a bare title, then its body after a comma: "Director, Chief Executive's Office, Mr X", "Commissioner,
            # HKSAR Expo Affairs Office, Mr Y" (a list of officials printed as on a name card)
            return spans[j][1], j
        return end, i

    def _in_complement(self, text: str, spans: list[tuple[int, int]], i: int, start: int, end: int) -> tuple[int, int]:
        """A scheme, series or event named on across "in" when what follows names no place, body or
        person: "Trust Fund in Support of X", "Mechanism for Participation in Restoration and
        Reconstruction"; once joined, a place after a further "in" is the name's too ("... in Sichuan")."""
        if self.grammar.classify(text[start:end]) not in ("Mechanism", "Initiative", "Event"):
            return end, i
        joined = False
        while i + 1 < len(spans) and IN_LINK.fullmatch(text[end:spans[i + 1][0]]):
            nxt = text[spans[i + 1][0]:spans[i + 1][1]]
            if not nxt[:1].isupper() or MONTH.match(nxt) or _currency(text, spans[i + 1][1]):
                break  # "in 1998", "in May"
            label = self.grammar.classify(nxt)
            if not joined and label is None \
                    and (self._city_of(text, spans, i + 1) or WHEN_AFTER.match(text, spans[i + 1][1])):
                break  # "the X Meeting in Arequipa, Peru", "the Y Conference in Wuzhen today": where it is
            if joined:
                if label not in (None, "Place") or _printed_without(text, start, end, spans[i + 1][0]):
                    break  # (a place the release leaves out elsewhere: "... in the Loop in Hong Kong today")
            elif label is not None or spans[i + 1][0] in self._ner_starts and not _FIELD_AFTER.search(text, start, end) \
                    or not (re.search(r"\s(?:for|on|of)\s", text[start:end]) or re.search(r"\sof\s", nxt)):
                break  # the first "in" goes on a complement ("for X in Y", "in Support of Z"), not to a place
            field = not joined and _FIELD_AFTER.search(text, start, end) is not None
            end = spans[i + 1][1]
            i += 1
            joined = True
            if field:
                break  # "... Co-operation in Innovation and Technology [in Shenzhen]": the field ends the name
        return end, i

    def _city_of(self, text: str, spans: list[tuple[int, int]], j: int) -> bool:
        """Whether the chunk ``spans[j]`` is printed before ", " and a known place (a country or province), as a
        city is: "in Arequipa, Peru", "in Kunming, Yunnan"."""
        return j + 1 < len(spans) and _COMMA_GAP.fullmatch(text, spans[j][1], spans[j + 1][0]) is not None \
            and self.lexicon.known_label(text[spans[j + 1][0]:spans[j + 1][1]]) == "Place"

    def _of_government(self, name: str) -> re.Match | None:
        """ "X Department of the Y Government": a body (with its own head), "of" a known government (not of a
        government body: "the Legislative Affairs Commission of the Standing Committee of the X Congress" is
        the commission's whole name)."""
        owner = re.match(r"^(.+?)\s+of\s+the\s+(.+)$", name)
        if owner and self.grammar.ends_with("Organization", owner[1]) and not self.lexicon.known_label(name) \
                and (entry := self.lexicon.lookup(owner[2])) is not None and entry.government \
                and entry.kind == "government" \
                and self.lexicon.known_label(owner[1]) is None and len(owner[1].split()) > 1:
            return owner
        return None

    def _portfolio_list(self, text: str, spans: list[tuple[int, int]], i: int, start: int, end: int) -> tuple[int, int]:
        """A title whose portfolio is a list keeps it whole: "Secretary for Culture, Sports and Tourism",
        "Vice Minister of Economy, Development and Tourism" (not "Secretary for Culture"); and so does a
        body named by its head and portfolio ("the Ministry of Industry, Trade and Tourism", "the
        Department of Culture, Sports and Tourism of X"), when the items are no names and hold no head
        ("the Ministry of Finance, State Bank and Chamber of Commerce" is a list of bodies)."""
        chunk = text[start:end]
        if not _OF_OR_FOR.search(chunk):
            return end, i
        label = self.grammar.classify(chunk)
        if label is None and self._two_titles(chunk):
            label = "Post"  # "Deputy Prime Minister and Minister for Construction, Transport and ...": the second
            # of two titles keeps its listed portfolio
        if label == "Organization":
            head, _, topic = _OF_OR_FOR_LAST.match(chunk).groups()
            field = self._field_word(topic, {key(w) for w in head.split()})
            places = self.lexicon.known_label(topic) == "Place" and self._places_then_field(text, spans, i)
            if not self.grammar.ends_with("Organization", head) or self.lexicon.known_label(topic) is not None \
                    and not places or self._holds_head(topic) and not (field or places):
                return end, i  # (not "Bank of China, X and Y": its complement is a name)
        elif label != "Post":
            return end, i
        else:
            places = False
        own_head = {key(w) for w in _OF_SPLIT.split(chunk)[0].split()}
        j = i + 1
        while j < len(spans) and j <= i + 4 and _COMMA_GAP.fullmatch(text[spans[j - 1][1]:spans[j][0]]):
            part = text[spans[j][0]:spans[j][1]]
            words = part.split()
            # (a head word alone in a list of words is a field: "State Administration of Radio, Film and Television";
            # not the title's or body's own head again: "Minister of Culture, Minister of Sport and ...")
            whole = _OF_SPLIT.split(part)[0]
            fields = places or all(self.grammar.classify(item) is None or self._field_word(item, own_head)
                                   for item in _AND_SPLIT.split(whole))
            if self.honorific_word.match(words[0]) or self._honorific(words[0], words[1] if len(words) > 1 else "") \
                    or self.grammar.classify(whole) is not None and not fields \
                    or label == "Organization" and self._holds_head(whole) and not fields:
                break
            if re.search(r"\s(?:and|&)\s", part):  # "Trade, Tourism and Investment", "... & Investment"
                return spans[j][1], j
            j += 1
        return end, i

    def _known_body_on(self, text: str, spans: list[tuple[int, int]], i: int, start: int, end: int) -> tuple[int, int]:
        """A title whose body's known name goes on past the chunk in parentheses: "Director of the Hong Kong
        Economic and Trade Office (Toronto)" (the office's known name), its holder after it."""
        for known in self._known_names.finditer(text, start, min(len(text), end + 100)):
            if start <= known.start() < end < known.end() and (text.startswith(" (", end) or (
                    self.lexicon.known_label(known[0]) in ("Organization", "Mechanism", "Event", "Agreement")
                    and not text[end:known.end()].strip()[:1].isupper())):
                # (or a known name printed in part in lower case: "the Forum for Economic and Trade Co-operation
                # between China and Portuguese-speaking Countries (Macao)")
                while i + 1 < len(spans) and spans[i + 1][0] < known.end():
                    i += 1
                return known.end(), i
        return end, i

    def _listed_places_body(self, text: str, spans: list[tuple[int, int]], i: int, start: int, end: int) -> tuple[int, int]:
        """Places listed before one body's head, which the chunks cut at the commas: "the [Hong Kong], [Macao
        and Taiwan Affairs Office]", "Director of the [Hong Kong], [Macao and Taiwan Exchange Office of X]" (one
        body of three places; not "Guangdong, Fujian and Hainan Provincial Governments", bodies of each)."""
        last = _OF_THE_SPLIT.split(text[start:end])[-1]
        if self.lexicon.known_label(last) != "Place":
            return end, i
        j = i + 1
        while j < len(spans) and j <= i + 4 and _COMMA_GAP.fullmatch(text, spans[j - 1][1], spans[j][0]):
            part = text[spans[j][0]:spans[j][1]]
            if self.lexicon.known_label(part) == "Place":
                j += 1  # another place of the list
                continue
            listed = _LAST_AND.match(part)
            if listed and self.lexicon.known_label(listed[1]) == "Place" and self._known_place_first(listed[2]) \
                    and self.grammar.classify(part) == "Organization" and not _OF_SPLIT.split(part)[0].endswith("s"):
                return spans[j][1], j
            break
        return end, i

    def _fields_before_head(self, text: str, spans: list[tuple[int, int]], i: int, start: int, end: int) -> tuple[int, int]:
        """Fields listed before one name's head, which the chunks cut at the commas: "the [Asian Logistics],
        [Maritime and Aviation Conference]", "the [Culture], [Sports and Tourism Bureau] of X" (one name whose head
        follows its last field), after "the" and when no item is a name or holds a head of its own (not "the
        Finance, Trade and Investment Committees": the same; not "Shenzhen, Zhuhai and Macao Science Park", places)."""
        first = LEADING_THE.sub("", text[start:end])
        if first == text[start:end] and not text.endswith("the ", 0, start) and not text.endswith("The ", 0, start):
            return end, i
        owner, _, rest = first.partition(" ")  # (a place may own the list: "the Zhongshan Culture, Radio, ... Bureau")
        if not self._field_words(first) and not (rest and self.lexicon.known_label(owner) == "Place"
                                                 and self._field_words(rest)):
            return end, i
        j = i + 1
        while j < len(spans) and j <= i + 3 and _COMMA_GAP.fullmatch(text, spans[j - 1][1], spans[j][0]):
            part = text[spans[j][0]:spans[j][1]]
            listed = _LAST_AND.match(_OF_SPLIT.split(part)[0])
            if listed is None:
                if not self._listed_field(part):
                    break
                j += 1
                continue
            head = listed[2].rsplit(" ", 1)[-1]
            if self._listed_field(listed[1]) and self.grammar.classify(head) is not None \
                    and self.grammar.classify(part) in ("Organization", "Event", "Mechanism", "Initiative"):
                return spans[j][1], j
            break
        return end, i

    def _field_list(self, words: str) -> bool:
        """Whether ``words`` end in a list of fields after a comma, which the next head closes: "[Zhongshan Culture,
        Radio, Television] and Tourism Bureau" (one bureau; "Television" stands for a field, no body of its own)."""
        _, comma, items = words.partition(", ")
        return bool(comma) and all(map(self._listed_field, items.split(", ")))

    def _listed_field(self, item: str) -> bool:
        """Whether ``item`` of a list before one head is a field: words naming no thing ("Logistics"), or a head
        word alone standing for one ("Television")."""
        return self._field_words(item) or self._field_word(item, set())

    def _field_words(self, words: str) -> bool:
        """Whether ``words`` (one to three capitalised words) name a field, not a thing: no head of a class, no
        known name, no honorific ("Logistics", "Culture", "Asian Financial")."""
        parts = words.split()
        return 0 < len(parts) <= 3 and all(w[:1].isupper() for w in parts) and not self._holds_head(words) \
            and self.lexicon.known_label(words) is None and self.grammar.classify(words) is None \
            and not self.honorific_word.match(parts[0])

    def _known_place_first(self, words: str) -> bool:
        """Whether ``words`` open with a known place's name ("Taiwan Affairs Office")."""
        parts = words.split()
        return any(self.lexicon.known_label(" ".join(parts[:n])) == "Place" for n in range(1, min(4, len(parts))))

    def _places_then_field(self, text: str, spans: list[tuple[int, int]], i: int) -> bool:
        """Whether the chunks after ``spans[i]`` list places and close on a field noun after the last one: "the
        Department of Taiwan, [Hong Kong & Macao Affairs]" (the affairs of three places: one body's portfolio)."""
        for j in range(i + 1, min(i + 5, len(spans))):
            if not _COMMA_GAP.fullmatch(text, spans[j - 1][1], spans[j][0]):
                return False
            items = _AND_SPLIT.split(_OF_SPLIT.split(text[spans[j][0]:spans[j][1]])[0])
            if len(items) > 1:
                *before, last = items
                place, _, noun = last.rpartition(" ")
                return all(self.lexicon.known_label(p) == "Place" for p in (*before, place)) \
                    and noun[:1].isupper() and self.grammar.classify(noun) is None
            if self.lexicon.known_label(items[0]) != "Place":
                return False
        return False

    def _field_word(self, item: str, own_head: set[str]) -> bool:
        """Whether ``item`` of a portfolio list is a body's head word alone, standing for a field ("Radio, Film and
        [Television]", "Bureau of [Press], Publication and Television"): not a title ("Director"), and not the
        list's own head again ("Ministry of Finance, [Ministry] of Trade")."""
        return self._generic_name(item) and self.grammar.classify(item) == "Organization" \
            and key(item.split()[-1]) not in own_head

    def _holds_head(self, words: str) -> bool:
        """Whether any word of ``words`` is a one-word head of a class or a known name ("Bank", "China")."""
        return any(key(w) in self._thing_heads or self.lexicon.known_label(w) is not None
                   for w in _PORTFOLIO_WORDS.split(words) if w)

    @cached_property
    def _complement_link(self) -> re.Pattern:
        words = "|".join(sorted(map(re.escape, self.lexicon.complement_connectors), key=len, reverse=True))
        return re.compile(rf"[ \t]+(?:{words})[ \t]+(?:the[ \t]+)?")

    def _shape_mentions(self, doc: Doc, start: int, end: int) -> list[Mention]:
        text = self._text
        chunk = text[start:end]
        titled = self._title_and_name(doc, start, end) or self._title_name_of(doc, start, end)
        if titled:
            return titled
        if self._generic_name(chunk):
            if self._bare_title_of(chunk, start, end):
                return [Mention(start, end, chunk, "Post", self.grammar.post_name(chunk), "shape")]
            return []  # "Government", "Framework Agreement": a head alone names nothing
        qualifier = QUALIFIER_END.search(chunk)
        bare = self.grammar.classify(chunk[:qualifier.start()]) \
            if qualifier is not None and self._qualifier(chunk, qualifier.start()) else None
        qualified = bare in ("Post", "Organization")
        label = bare if qualified else self._acronym_label(chunk) \
            or self.grammar.classify(chunk) or self.grammar.classify(_unacronymed(chunk))
        if label == "Post" and (start, end) in self._ner_places and not self.grammar.post_title(chunk):
            return []  # "Sharm El Sheikh" is a place whose last word happens to be a title
        if label is None:
            # Try the longest prefix that the grammar classifies ("Governor Ma Xingrui" -> no).
            return []
        if label == "Post":
            return self._post_and_holder(doc, start, end)
        if label == "Organization" and (known := KNOWN_OF.match(chunk)) and self.lexicon.known_label(known[1]) == "Place" \
                and _COMMA_BEFORE.search(text, max(0, start - 3), start):
            # "the X Office (XO), Berlin of the Y Government": the office's city after a comma, then whose the
            # office is; a place has no owner, "Berlin of the Y Government" is no body: the owner alone
            owner = start + known.end() - 1
            return [Mention(owner, end, text[owner:end], label, self.lexicon.canonical(label, text[owner:end]), "shape")]
        if label == "Organization" and (known := KNOWN_OF.match(chunk)) and \
                self.lexicon.known_label(known[1]) == "Organization" and not self.lexicon.known_label(chunk) \
                and not self.grammar.ends_with("Organization", known[1]):
            # "Invest Hong Kong of the HKSAR Government": a known body, then whose it is
            return [Mention(start, start + len(known[1]), known[1], label, self.lexicon.canonical(label, known[1]), "shape")]
        owner = self._of_government(chunk) if label == "Organization" else None
        if owner:  # "Environmental Protection Department of the HKSAR Government": a department, then whose
            name, entry = owner[1], self.lexicon.lookup(owner[2])
            return [Mention(start, start + len(name), name, label, name, "shape"),
                    Mention(start + owner.start(2), end, owner[2], label, entry.name, "shape")]
        paren = PAREN_ACRONYM.search(chunk)
        sited = ()
        if paren and not paren[0].isupper() and self.lexicon.known_label(paren[0].strip(" \t()")) == "Place":
            # "... between China and Portuguese-speaking Countries (Macao)": a place, part of the name (printed without
            # it too)
            sited, paren = (_unacronymed(chunk),), None
        elif qualified:
            paren = None  # "the X Chamber of Commerce (East Java)": the qualifier is part of the name
        if paren:  # name without the acronym; the acronym's form of it as an alias
            plain = _unacronymed(chunk)  # (every acronym: "X (APEC) Y (MRT) Meeting")
            acronym = paren[0].strip(" \t()")
            short = _with_acronym(chunk[:paren.start()], acronym) or self._known_acronym(chunk[:paren.start()], acronym)
            aliases = (chunk,) + ((short + " " + chunk[paren.end():],) if short else ())
            found = [Mention(start, end, chunk, label, self.lexicon.canonical(label, plain), "shape", aliases=aliases)]
            return found + self._series_of_edition(start, end, label, aliases)
        # "Hong Kong / Shenzhen Co-operation Meeting" is named as "Hong Kong/Shenzhen ..." is, "Guangdong - Hong Kong
        # - Macao Meeting" as "Guangdong-Hong Kong-Macao Meeting"
        found = [Mention(start, end, chunk, label, self.lexicon.canonical(label, self._tight(chunk)), "shape",
                         aliases=sited)]
        # ("Protocol to Amend the X Agreement": the verb is no part of the amended name)
        amended = re.search(r" to (?:(?:[Aa]mend|[Rr]evise|[Mm]odify)[ \t]+)?(?:the )?", chunk) \
            if label == "Agreement" and self.grammar.amends(chunk) else None
        if amended:  # "Supplement VII to [CEPA]": the agreement amended, a name of its own
            inner = chunk[amended.end():]
            found.append(Mention(start + amended.end(), end, inner, "Agreement", self.lexicon.canonical("Agreement", inner),
                                 "shape"))
        edition = self._series_of_edition(start, end, label)
        series = SESSION_PREFIX.match(chunk)
        rest = chunk[series.end():] if series else ""
        if not edition and label == "Event" and series and self.grammar.classify(rest) == "Event" \
                and (short := SHORT_NAME.match(text, end)) and not SESSION_PREFIX.match(short[1] + " x"):
            # "the Fifth X Forum (X Forum)": the short name without the edition names the series,
            # an event of its own that the edition is part of
            found.append(Mention(start + series.end(), end, rest, "Event", self.lexicon.canonical("Event", rest), "series"))
        return found + edition

    def _acronym_label(self, chunk: str) -> str | None:
        """The class of an occasion or a series named after what an acronym stands for, read with the acronym in
        its place: "Group of Twenty (G20) Leaders' Summit" is a "G20 Leaders' Summit", not a body named "Group of
        ..."; None for other names."""
        paren = PAREN_ACRONYM.search(chunk)
        if paren is None or paren.end() >= len(chunk):
            return None
        acronym, left = paren[0].strip(" \t()"), chunk[:paren.start()]
        short = _with_acronym(left, acronym) or self._known_acronym(left, acronym)
        label = self.grammar.classify(f"{short} {chunk[paren.end():]}") if short else None
        return label if label in ("Event", "Mechanism") else None

    def _known_acronym(self, left: str, acronym: str) -> str | None:
        """``left`` with the known name it ends with replaced by ``acronym``, when the lexicon knows the
        acronym as that name's ("2nd Association of Southeast Asian Nations", "ASEAN" -> "2nd ASEAN")."""
        entry = self.lexicon.lookup(acronym)
        if entry is None:
            return None
        last = next((m for m in self._known_names.finditer(left) if m.end() == len(left.rstrip())), None)
        return left[:last.start()] + acronym if last is not None and self.lexicon.lookup(last[0]) == entry else None

    def _series_of_edition(self, start: int, end: int, label: str, aliases: tuple[str, ...] = ()) -> list[Mention]:
        """The series an edition is a session of, named by the edition without its ordinal or year: "11th
        Hong Kong Macao Co-operation High Level Meeting"; "2nd Association of Southeast Asian Nations
        (ASEAN) Economic Ministers-Hong Kong, China Consultations" (named by its acronym's form). Not
        when "of" or "under" outside a known name leads to the series ("22nd Working Meeting of the X
        Conference": the series is X, found as a complement)."""
        chunk = self._text[start:end]
        ordinal = _ORDINAL.match(chunk) if label == "Event" else None
        rest = chunk[ordinal.end():] if ordinal else ""
        plain = _unacronymed(rest)
        if ordinal and self._meeting_of_people(plain):  # "Third Joint Meeting of Senior Officials of A, B and C",
            # "Second Meeting of Trade Ministers of X": the meeting's own series
            return [Mention(start + ordinal.end(), end, rest, "Mechanism", plain, "shape")]
        series = SESSION_PREFIX.match(chunk) if label == "Event" else None
        if series is None:
            return self._owner_series(start, end) if label == "Event" else []
        if self.grammar.classify(plain) != "Mechanism" or self._generic_name(plain) \
                or self._link_outside_names(rest):
            return []
        # a series is known by its acronym's form where the release gives one ("APEC Ministerial Meeting")
        short = [a[series.end():] for a in aliases[1:] if SESSION_PREFIX.match(a)]
        name = self.lexicon.canonical("Mechanism", short[0] if short else plain)
        return [Mention(start + series.end(), end, rest, "Mechanism", name, "shape",
                        aliases=tuple(a for a in (rest, plain) if a != name))]

    def _meeting_of_people(self, name: str) -> bool:
        """Whether ``name`` is an occasion's head "of" the people who meet, not of a body or a series: "Joint
        Meeting of Senior Health Officials of A, B and C", "Meeting of Trade Ministers of X" (its editions are
        sessions of it), not "Plenary Session of the X Conference" (a session of X)."""
        head, of, people = name.partition(" of ")
        return bool(of) and (self.grammar.ends_with_head("Event", head) or key(head.split()[-1]) in self.grammar.generic_words) \
            and people[:1].isupper() \
            and people.split(" of ")[0].split()[-1].lower() in self._people_words \
            and not self._inside_known(name, len(head) + 1)

    @cached_property
    def _people_words(self) -> frozenset[str]:
        """The plural nouns of people who meet ("officials", "ministers"): the lexicon's ``member_nouns`` and
        ``description_nouns`` in the plural."""
        words = (*self.lexicon.triggers.get("member_nouns", ()), *self.lexicon.triggers.get("description_nouns", ()))
        return frozenset(_plural(w.lower()) for w in words if " " not in w)

    def _owner_series(self, start: int, end: int) -> list[Mention]:
        """The series of an edition numbered after its owner's name: "the WTO 6th Ministerial Conference"
        is a session of the "WTO Ministerial Conference" (the owner a body the lexicon knows, or an acronym)."""
        chunk = self._text[start:end]
        for space in re.finditer(r"[ \t]+", chunk):
            owner, number = chunk[:space.start()], SESSION_PREFIX.match(chunk[space.end():])
            if number is None:
                continue
            acronym = PAREN_ACRONYM.search(owner)  # "Asia-Pacific Economic Cooperation (APEC) 2018 ...": by the acronym
            plain = owner[:acronym.start()] if acronym and acronym.end() == len(owner) else owner
            if not (plain.isupper() and len(plain) > 1 or self.lexicon.known_label(plain) == "Organization"):
                return []
            at = space.end() + number.end()
            rest = chunk[at:]
            name = f"{acronym[0].strip(' ()') if plain != owner else owner} {rest}"
            if self.grammar.classify(name) != "Mechanism" or self._generic_name(name):
                return []
            return [Mention(start + at, end, rest, "Mechanism", self.lexicon.canonical("Mechanism", name), "shape")]
        return []

    def _link_outside_names(self, words: str) -> bool:
        """Whether "of" or "under" links two names in ``words``, not inside a name the lexicon knows
        ("Association of Southeast Asian Nations")."""
        return any(not self._inside_known(words, m.start()) for m in re.finditer(r"\s(?:of|under)\s", words))

    def _inside_known(self, words: str, at: int) -> bool:
        """Whether position ``at`` of ``words`` lies inside a name the lexicon knows."""
        return any(m.start() < at < m.end() for m in self._known_names.finditer(words))

    def _title_complements(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """The names inside a title printed right before its holder's name: "Rector of the
        [University of X] Ana Costa", "Counsellor of the [Lakeland Embassy] Chen Wei"."""
        return [c for m in found if m.label == "Post" and m.source == "shape" and "(" not in m.text
                for c in self._complements(doc, m.start, m.end)]  # (an acronym inside: read with the chunk)

    def _complements(self, doc: Doc, start: int, end: int) -> list[Mention]:
        """Names inside a name after "of (the)" / "in": "Deputy Director of the [Hong Kong and Macao
        Affairs Office of the [State Council]]", "Liaison Unit of the [HKSAR Government]"."""
        text = self._text
        out = []
        outer = self.grammar.classify(text[start:end])
        post, occasion = outer == "Post", outer == "Event"
        for m in re.finditer(r"\s(?:of|in|at|[Uu]nder)\s+(?:the\s+)?|,\s+", text[start:end]):
            tail_start = start + m.end()
            tail = text[tail_start:end]
            if m[0][0] == "," and (self._in_comma_place(text, start + m.start(), tail_start) or self._known_place_first(tail)
                                   and self.lexicon.known_label(_OF_THE_SPLIT.split(text[start:start + m.start()])[-1]) == "Place"):
                continue  # the comma of "Hong Kong, China", of "the Hong Kong, Macao and Taiwan Office": no name starts after it
            if m[0][0] == "," and self._field_words(_OF_THE_SPLIT.split(LEADING_THE.sub("", text[start:start + m.start()]))[-1]):
                continue  # the comma of a list of fields: "the Asian Logistics, [Maritime and Aviation Conference]"
            if self._head_of.search(text, start, tail_start):
                continue  # "Memorandum of [Understanding ...]": the "of" of an agreement's head
            if post and self._title_rest.match(text, tail_start, end):
                continue  # "Minister of [State for Trade]": the "of" of a title's head
            tail = _BETWEEN.split(tail, maxsplit=1)[0]  # "Memorandum of [Understanding] between A and B"
            parts = _AND_THE.split(tail, maxsplit=1)
            if len(parts) > 1 and self.grammar.classify(_unacronymed(parts[0])) is not None \
                    and not (self._occasion_of_body(parts[0]) and self.grammar.classify(parts[1]) == "Organization"):
                tail = parts[0]  # "... between the Government of [A] and the Government of B": A's name ends there
                # (not "Plenary Session of the [Annual Meetings of the X Fund and the Y Bank]": one occasion of both)
            elif len(parts) > 1 and self.grammar.classify(_unacronymed(parts[0])) is None \
                    and self._occasion_of_body(text[start:end]):
                continue  # "Annual Dinner of the X Chamber of [Commerce and the Y Federation]": no name starts there
            if post and SITED_POST.match(LEADING_THE.sub("", text[start:end])) and not self.lexicon.known_label(tail) \
                    and not SITED.search(tail.split(" in ", 1)[0]):  # (a sited body keeps its place: "X Embassy in Y")
                tail = re.sub(r"\s+in\s+(?:the\s+)?[A-Z].*$", "", tail)  # "Commissioner of the [Ministry of X] in
                # the Y SAR": the place is where the post is, not part of the body's name
            if post and not m[0].lstrip().startswith("in") and self.grammar.portfolio_then_owner(tail):
                continue  # "Minister of [Education of the X Government]": a portfolio, then whose; the body is X alone
            label = self.grammar.classify(tail)
            if label is None and (sited := re.match(r"^(.+?) in (?:the )?[A-Z]", tail)) and OFFICE_ABROAD.search(sited[1]) \
                    and self.grammar.classify(sited[1]) == "Organization":
                label = "Organization"  # "... of the [X Office in Y]": an office abroad keeps its city
            source = "shape"
            if post and (m[0].lstrip().startswith("of") and self._post_body(label, tail, tail_start, "the" in m[0])
                         or m[0].lstrip().startswith("at") and label == "Organization"):
                label, source = "Organization", "owner"  # whose post it is
            if label in ("Mechanism", "Event") and self._inside_known(text[start:end], m.start()):
                continue  # "2nd Association of [Southeast Asian Nations ...] Consultations": no series starts
                # inside a known name
            if label in ("Mechanism", "Event") and PAREN_ACRONYM.search(tail) and self._acronym_label(text[start:end]):
                continue  # "X College of [Medical Administrators (XCMA) Conference]": the acronym closes the body's
                # name, the occasion is the whole
            if post and label == "Event" and "the" not in m[0]:
                continue  # "Minister of [Small Business and Export Promotion]": a portfolio, no event
            if label == "Agreement" and not occasion:
                continue  # (an agreement inside an occasion's name only: "Signing Ceremony of the [X Agreement]";
                # not a department's portfolio, "Department of [Treaty and Law] of Y")
            if label in ("Organization", "Mechanism", "Place", "Event", "Agreement") and tail_start > start \
                    and not self._generic_name(tail):  # "Chief Executive Officer of the Group": no name
                out.append(Mention(tail_start, tail_start + len(tail), tail, label, self.lexicon.canonical(label, tail),
                                   source))
        return out

    @cached_property
    def _head_of(self) -> re.Pattern:
        """The first words of an agreement's head that holds "of" ("Memorandum of Understanding", "Letter of
        Intent"), up to that "of"."""
        firsts = sorted({h.split(" of ")[0] for h in self.lexicon.heads.get("Agreement", ()) if " of " in h},
                        key=len, reverse=True)
        return re.compile(rf"\b(?:{'|'.join(map(re.escape, firsts))})\s+of\s+(?:the\s+)?$") if firsts else re.compile(r"^\b$")

    @cached_property
    def _title_rest(self) -> re.Pattern:
        """The rest of a post's head that holds "of", after it ("Secretary of [State]"), then the title's
        portfolio or its end."""
        rests = sorted({h.split(" of ", 1)[1] for h in self.lexicon.heads.get("Post", ()) if " of " in h},
                       key=len, reverse=True)
        rests = [re.sub(r"^the ", "", r) for r in rests]
        return re.compile(rf"(?:{'|'.join(map(re.escape, rests))})(?=$|\s+(?:for|to|and|&)\s)") if rests else re.compile(r"^\b$")

    def _post_body(self, label: str | None, tail: str, tail_start: int, the: bool) -> bool:
        """Whether the "of" complement of a post names the body whose post it is, where the grammar
        alone does not say so. A fund with governors is a body ("Deputy Governor of the X Investment
        Fund"), and so is what the NER reads as an organisation after "of the" ("Governor of the
        Bank of Lakeland"); a portfolio is not ("Minister of Foreign Affairs")."""
        if label == "Initiative":
            return True
        return label in (None, "Organization") and the and len(tail.split()) > 1 and tail_start in self._ner_org_starts

    def _sessions(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Sessions printed in lower case before their series: "the third meeting of the Hong
        Kong/Guangzhou Co-operation Working Group", "the 3rd session of the Conference on ..."."""
        out = []
        for m in candidates:
            if m.label != "Mechanism" and not (m.label in ("Event", "Organization") and "Conference" in m.text):
                continue
            before = self.grammar.lower_session.search(text, max(0, m.start - 80), m.start)
            if before and before.end() == m.start:
                start = before.start(1)
                name = text[start:m.end]
                out.append(Mention(start, m.end, name, "Event", name, "shape"))
        if " its " not in text:
            return out
        series = sorted((m for m in candidates if m.label == "Mechanism"), key=lambda m: m.end)
        for own in self.grammar.own_session.finditer(text):
            # "The X Working Group held its first meeting": the session of the series named last in the sentence
            last = next((m for m in reversed(series) if m.end <= own.start() and not _SENTENCE_END.search(text, m.end, own.start())),
                        None)
            if last is not None:
                out.append(Mention(own.start(1), own.end(1), own[1], "Event", f"{own[1]} of the {last.name}", "shape"))
        return out

    def _bare_title_of(self, chunk: str, start: int, end: int) -> bool:
        """Whether a title alone is printed as someone's, with the holder set off after it: "met its Vice
        President, Mr He Rong", "the Chairman, Dr Sam Ode, said" (the title as printed, VOCABULARY rule 3).

        Examples
        --------
        >>> from igr.extract.lexicon import load_lexicon
        >>> from igr.extract.mentions import MentionFinder
        >>> finder = MentionFinder(load_lexicon())
        >>> finder._text = "He met its Vice President, Mr He Rong, and the Government, Mr X."
        >>> finder._bare_title_of("Vice President", 11, 25), finder._bare_title_of("Government", 47, 57)
        (True, False)
        """
        holder = _SET_OFF_HOLDER.match(self._text, end)
        return holder is not None and self.honorific_word.match(holder[1]) is not None \
            and self.grammar.classify(chunk) == "Post" and _OWNER_WORD.search(self._text, max(0, start - 8), start) is not None

    def _generic_name(self, name: str) -> bool:
        if self.lexicon.known_label(name):
            return False
        k = key(name)
        return k in GENERIC or k in self.grammar.all_heads

    def _post_and_holder(self, doc: Doc, start: int, end: int) -> list[Mention]:
        """A post title, and a name printed right after it ("Governor Ma Xingrui")."""
        text = self._text
        chunk = text[start:end]
        head = self.grammar.post_head_length(chunk)
        rest = chunk[head:].strip() if head else ""
        if head and rest and not re.match(r"^(?:of|for|to)\b", rest) and rest[:1].isupper():
            name_start = start + chunk.index(rest, head)
            if self._person_like(doc, name_start, end):
                title = chunk[:head].strip()
                return [Mention(start, name_start - 1, title, "Post", self.grammar.post_name(title), "shape"),
                        Mention(name_start, end, rest, "Person", rest, "title-name")]
        split = self._known_title_then_name(chunk)
        if split:  # "Secretary for Home Affairs Lau Kong-wah": a known title, then its holder
            cut = start + split
            title = text[start:cut].strip()
            return [Mention(start, start + len(title), title, "Post", self.grammar.post_name(title), "shape"),
                    Mention(cut, end, text[cut:end], "Person", text[cut:end], "title-name")]
        if PAREN_ACRONYM.search(chunk) and self.grammar.title_start(chunk):
            return self._title(start, end)  # "X Fund (XF) Governor": the post without the acronym, and the body
        return [Mention(start, end, chunk, "Post", self.grammar.post_name(chunk), "shape")]

    def _known_title_then_name(self, chunk: str) -> int | None:
        """Where a name starts after the longest known title at the start of ``chunk``, if it does."""
        words = list(_WORD.finditer(chunk))
        for k in range(len(words) - 1, 0, -1):
            title = chunk[:words[k - 1].end()]
            tail = [w[0] for w in words[k:]]
            if self.lexicon.known_label(title) != "Post" or not 1 <= len(tail) <= 4:
                continue
            if all(w[:1].isupper() and w.lower() not in OPENERS and not self.lexicon.known_label(w) for w in tail) \
                    and not self.grammar.classify(" ".join(tail)) and not self.honorific_word.match(tail[0]) \
                    and not (len(tail) == 1 and self._english(tail[0].lower())):
                # (not one common word: "Mayor of Chengdu [Municipality]" is the title printed with its place's style)
                return words[k].start()
            return None
        return None

    @cached_property
    def _modifier_keys(self) -> frozenset[str]:
        """The words printed before a title that are no part of it ("Acting"), as lookup keys."""
        return frozenset(key(w) for w in self.lexicon.not_post_modifiers)

    def _person_like(self, doc: Doc, start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        if any(start <= s and e <= end for s, e, _ in self._people_spans):
            return True
        return 1 <= len(span) <= 4 and not self.lexicon.known_label(span.text) and all(
            t.pos_ == "PROPN" or (i == 0 and t.text == "He" and len(span) > 1)  # (a surname)
            or (t.pos_ == "NOUN" and t.is_title and bool(self._dictionary) and t.lower_ not in self._dictionary)  # (a
            # name the tagger reads as a noun: "Ya'akov Litzman")
            or (i >= 2 and i == len(span) - 1 and t.pos_ == "ADP" and _SYLLABLE.fullmatch(t.text) is not None
                and t.i + 1 < len(t.doc) and not t.doc[t.i + 1].is_title)  # ("Chui Sai On led ...")
            for i, t in enumerate(span))

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        text = self._text
        while start < end:
            m = _WORD_AT.match(text[start:end])
            if not m:
                break
            word = m[0]
            if (word.lower() in OPENERS and (word.lower() == "the" or not self.lexicon.known_label(text[start:end]))
                    and not (word in self.lexicon.post_modifiers and not text.startswith(" the ", start + len(word))
                             and self.grammar.classify(text[start:end]) == "Post")) \
                    or (word.endswith("ing") and self._verb_at(doc, start, start + len(word))) \
                    or (word.endswith("ing") and key(word) not in self._modifier_keys
                        and self.grammar.title_start(text[start:end]) != 0  # (not "Managing Director of X")
                        and self.grammar.title_start(text[start + len(word):end].lstrip()) == 0
                        and self.grammar.post_title(text[start + len(word):end].lstrip())):
                # ("Meeting Executive Vice Minister of X Zhang Y, Mr A thanked ...": a gerund, then a title)
                nxt = _WORD_AND_LINKS.match(text[start:end])
                start += nxt.end()
                continue
            break
        dated = MONTH_LINK.match(text, start, end)
        if dated:
            start = dated.end()  # "10 [April of the] X Forum": a date, then the name
        based = _BASED.match(text, start, end)
        if based:
            start = based.end()  # "the Bangkok-based [X Association]": where it is based is no part of its name
        lead = _NOUN_LINK.match(text[start:end])
        if lead and self._common_noun(doc, start, start + len(lead[1])) and self.grammar.classify(text[start + lead.end():end]):
            start += lead.end()  # "Preparations for the [Third X Summit]", "Highlights of the [Y Expo]": a common noun first
        place = self._known_places.match(text, start, end)
        purpose = _FOR_THE.match(text, place.end(), end) if place is not None else None
        if purpose and self.lexicon.known_label(place[0]) == "Place" and self.grammar.classify(text[purpose.end():end]):
            start = purpose.end()  # "invited to Singapore for the [X Summit]": where one goes, then what for
            place = self._known_places.match(text, start, end)
        if place is not None and _TO_PLACE.search(text, max(0, start - 12), start) \
                and self.lexicon.known_label(place[0]) == "Place" \
                and (after := LEADING_THE.sub("", text[place.end():end].lstrip()).split(maxsplit=1)) \
                and after[0][:1].isupper() and key(after[0]) in self._title_words:
            start = end - len(LEADING_THE.sub("", text[place.end():end].lstrip()))
            # "welcomed to Macao (the) Secretary Xu": the place the preposition takes, then a title (not "Macao
            # Secretary")
        owner = _POSSESSIVE.match(text[start:end])
        whose = self.grammar.classify(text[start:start + owner.end()].strip()[:-2].rstrip("'’")) if owner else None
        what = self.grammar.classify(text[start + owner.end():end]) if owner else None
        if owner and (what == whose == "Place" or what == "Post" and whose == "Organization"
                      or what == "Post" and whose == "Place" and self._own_known_post(
                          text[start:start + owner.end()].strip()[:-2].rstrip("'’"), text[start + owner.end():end])
                      or whose == "Place" and what in ("Event", "Mechanism", "Initiative")
                      and self.lexicon.known_label(text[start + owner.end():end]) == what):
            start += owner.end()  # "Hong Kong's Northern Metropolis": a place of a place (not "Mexico's Ministry");
            # "the X Government's Cabinet Secretary for Finance": the title as printed after whose it is (a
            # place's is printed whole, as a title before a name is: "Singapore's Minister of Education");
            # "Riverton's Belt and Road Initiative": a known event, series or scheme, named as known; "Hong Kong's
            # Secretary for Transport", a title the lexicon gives that place, as known
        chunk = text[start:end]
        chunk = _TRAILING_DAY.sub("", chunk)  # "... of the CPC on October", "... Forum on Tuesday"
        trimmed = TRAILING_LINK.sub("", chunk)
        trimmed = _TRAILING_S.sub("", trimmed)
        cut = self.for_whom(doc, start, start + len(trimmed))
        return start, cut if cut is not None else start + len(trimmed)

    def _own_known_post(self, place: str, post: str) -> bool:
        """Whether the lexicon knows ``post`` as a title of ``place`` ("Hong Kong", "Secretary for Transport")."""
        entry = self.lexicon.lookup(post)
        return entry is not None and entry.label == "Post" and bool(entry.jurisdiction) \
            and self.lexicon.canonical("Place", entry.jurisdiction) == self.lexicon.canonical("Place", place)

    def for_whom(self, doc: Doc, start: int, end: int) -> int | None:
        """Where the body named ``text[start:end]`` ends before "for" a place that modifies a noun printed after
        the name ("hosted by the X Office [for U.S.] government officials": whom for, no part of the name)."""
        name = self._text[start:end]
        if " for " not in name:
            return None
        purpose = _LAST_FOR.search(name)
        if purpose and "Place" in (self.lexicon.known_label(name[purpose.end():]),
                                   self.lexicon.known_label(name[purpose.end():] + ".")) \
                and self._modifies_next_noun(doc, end) \
                and self.grammar.classify(name[:purpose.start()]) == "Organization":
            return start + purpose.start()
        return None

    @staticmethod
    def _modifies_next_noun(doc: Doc, end: int) -> bool:
        """Whether the word ending at ``end`` modifies a lower-case noun printed after it ("U.S. [officials]")."""
        span = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        word = span[-1]
        head = word.head
        return head.i > word.i and head.idx >= end and head.pos_ == "NOUN" and head.text.islower()

    def _common_noun(self, doc: Doc, start: int, end: int) -> bool:
        """A common noun capitalised only by its place ("Preparations", "Highlights"): tagged as one,
        and no head, title or known name of the domain."""
        span = doc.char_span(start, end)
        word = key(self._text[start:end])
        return span is not None and len(span) == 1 and span[0].tag_ in ("NN", "NNS", "NNPS") \
            and word not in self.grammar.all_heads and not {word, word[:-1]} & self._title_words and not self._head_word(word) \
            and self.lexicon.known_label(word) is None

    @staticmethod
    def _verb_at(doc: Doc, start: int, end: int) -> bool:
        """ "Formulating the 13th Five-Year Plan": a verb opening a chunk is no part of a name."""
        span = doc.char_span(start, end)
        return span is not None and len(span) == 1 and span[0].tag_ in ("VBG", "VB", "VBN")

    def _is_title(self, name: str) -> bool:
        """A post title, bare or after the words that say whose it is ("Justice Minister")."""
        return self.grammar.post_title(name) or self.grammar.title_start(name) is not None

    def _name_prefix(self, title: str) -> bool:
        """A title that stands before a bare surname ("Governor Ma"): lexicon title_as_name_prefix."""
        k = key(title)
        return any(k == p or k.endswith(" " + p) for p in map(key, self.lexicon.title_prefixes))

    def _title(self, start: int, end: int) -> list[Mention]:
        """A title printed before its holder's name: the Post as printed, and the place or body
        named before the bare title ("[Shenzhen Municipal Government] Vice Mayor") inside it.
        A bare title ("Vice Minister") names a post here, where a name follows it."""
        text = self._text
        address = self.address.match(text, start, end)
        if address:
            start = address.end()
        title = text[start:end]
        if not self._is_title(title):
            return []
        two = self._two_titles(title)
        if two and self._is_title(two[2]):
            # "Party Secretary and X Health Commission Director [Zhu Hong]": two titles of one holder
            return self._title(start, start + len(two[1])) + self._title(start + two.start(2), end)
        plain = _unacronymed(title)  # "... of China (CPC) Xi Jinping"
        out = [Mention(start, end, title, "Post", self.grammar.post_name(plain), "shape")]
        at = self.grammar.title_start(title)
        if at:
            owner = PAREN_ACRONYM.sub(" ", re.sub(r"(?:'s|’s)\s*$", "", title[:at].rstrip())).strip()
            label = self.grammar.classify(owner)
            if label == "Initiative" and PAREN_ACRONYM.search(title):
                label = "Organization"  # "X Investment Fund (XIF) Governor": a fund with a governor is a body
            if owner and label in ("Organization", "Place", "Mechanism"):
                out.append(Mention(start, start + len(owner), owner, label, self.lexicon.canonical(label, owner), "owner"))
        return out

    def _two_titles(self, chunk: str) -> re.Match | None:
        """A short title, "and", then another, both titles by the grammar: "Party Secretary and X Commission
        Director", "Deputy Prime Minister and Minister for Y"."""
        two = _TWO_TITLES.match(chunk)
        return two if two and self.grammar.classify(two[1]) == "Post" and self.grammar.classify(two[2]) == "Post" else None

    def _title_and_name(self, doc: Doc, start: int, end: int) -> list[Mention]:
        """ "Justice Minister Tang Yijun", "Department of Treaty & Law Director-General Jia Guide":
        a title, then one to four words that read as a person's name."""
        text = self._text
        words = list(_WORD.finditer(text[start:end]))
        cuts = list(range(len(words) - 1, max(0, len(words) - 5), -1))
        # (first a cut after a title the lexicon knows whole, "Chief Executive of the HKSAR Tung Chee Hwa", then one
        # the words tell, a name of no familiar word after familiar ones: "... of Economic Development Timur Igorevich
        # Maximov", not "... Development Timur" and the NER's "Igorevich Maximov")
        # (and a complement of familiar words before one of common English: "Minister of Transport [Wee Ka Siong]",
        # where "Wee" is a common word too)
        cuts.sort(key=lambda k: (self.lexicon.known_label(text[start:start + words[k].start()].rstrip()) != "Post",
                                 not self._words_tell(text[start:start + words[k].start()].rstrip(),
                                                      [w[0] for w in words[k:]], english=False),
                                 not self._words_tell(text[start:start + words[k].start()].rstrip(),
                                                      [w[0] for w in words[k:]])))
        for k in cuts:
            cut = start + words[k].start()
            title = text[start:cut].rstrip()
            tail = [w[0] for w in words[k:]]
            if _ENDS_LINK.search(title) or any(_TO_BE.search(w) for w in tail):
                continue  # "... Office in [Sao Paulo]": a title is not cut after its connector (nor "-elect")
            elect = _TO_BE.search(title)
            if elect:  # "Chief Executive-elect Ho Iat-seng": the person only, who does not hold the post yet
                title = title[:elect.start()]
            at = self.grammar.title_start(title)
            if at is None or (len(tail) == 1 and not self._name_prefix(title[at:])):
                continue  # one word after a title is a surname only after "Governor", "Mayor" ...
            if self.grammar.post_head_length(title[at:]) < len(key(title[at:])) \
                    and not any(s == cut for s, _, _ in self._people_spans) and not self._unfamiliar(title[at:], tail) \
                    and self.lexicon.known_label(title[at:]) != "Post":
                continue  # after "Minister of Transport" only the NER, or the words, tell where the name starts (or
                # a title the lexicon knows whole)
            if any(w.lower() in OPENERS and i >= 2 for i, w in enumerate(tail)) and _TITLE_CASE_NEXT.match(text, end):
                continue  # ("Vice Premier Wang Yang On Trade": a headline's preposition, not a name's syllable)
            if all(w[:1].isupper() and (w.lower() not in OPENERS or _surname_opener(tail, i))
                   and not self.lexicon.known_label(w) and key(w) not in self._title_words for i, w in enumerate(tail)) \
                    and not self.grammar.classify(" ".join(tail)) and not self.honorific_word.match(tail[0]) \
                    and self._person_like(doc, cut, end):
                person = [Mention(cut, end, text[cut:end], "Person", text[cut:end], "title-name")]
                return person if elect else self._title(start, start + len(title)) + person
        return []

    def _title_name_of(self, doc: Doc, start: int, end: int) -> list[Mention]:
        """ "President Tan of the Lakeland Investment Authority": a title that stands before a bare
        surname, the surname, then whose title it is; the post is the title of that body or place."""
        text = self._text
        m = _TITLE_NAME_OF.match(text[start:end])
        if m is None or not self._name_prefix(m[1]) or not self.grammar.post_title(m[1]):
            return []
        word, owner = m[2], m[5]
        at = start + m.start(5)
        label = self.grammar.classify(owner) or ("Place" if (at, end) in self._ner_places else None)
        if label not in ("Organization", "Place") or key(word) in self._title_words or self.lexicon.known_label(word) \
                or word.lower() in OPENERS or not self._person_like(doc, start + m.start(2), start + m.end(2)):
            return []
        title = f"{m[1]} {m[3]} {m[4]}{owner}"
        return [Mention(start, start + m.end(1), m[1], "Post", self.grammar.post_name(title), "shape"),
                Mention(start + m.start(2), start + m.end(2), word, "Person", word, "title-name"),
                Mention(at, end, owner, label, self.lexicon.canonical(label, owner), "owner")]

    def _words_tell(self, title: str, tail: list[str], english: bool = True) -> bool:
        """Whether the words alone say a name starts after ``title``: it is a title whose complement's words are
        familiar (:meth:`_unfamiliar`), and the name's first word is not."""
        at = self.grammar.title_start(title) if tail and key(tail[0]) not in self._familiar else None
        return at is not None and self._unfamiliar(title[at:], tail, english)

    def _unfamiliar(self, title: str, tail: list[str], english: bool = True) -> bool:
        """Whether ``tail`` reads as a person's name after the complement of ``title``: the
        complement's words are all words of known names or common words of English, and at most one word of the
        two to four of the tail is a known name's, the tail is not all common words ending in a plural, and the last
        is no name or head word by itself ("Minister of Transport [Lim Kok
        Wing]"; "Rector of the University of Lisbon [Ana Costa]": "Costa" only in "Costa Rica")."""
        head = self.grammar.post_head_length(title)
        complement = [w for w in re.findall(r"[\w'’-]+", key(title)[head:]) if w not in ("of", "for", "to", "the", "and")]
        words = [key(w) for w in tail]
        return 2 <= len(words) <= 4 and bool(complement) \
            and all(w in self._familiar or (english and self._english(w)) for w in complement) \
            and words[-1] not in self._name_words and sum(w in self._familiar for w in words) <= 1 \
            and not (all(map(self._english, words)) and self._english(words[-1][:-1]) and words[-1].endswith("s"))
        # (common words, the last a plural: "Director of Public [Safety Affairs]")

    def _common_words(self, words: str) -> bool:
        """Capitalised common words of English only, no name the lexicon knows nor a class's head ("Special Needs")."""
        return all(self._english(w.lower()) for w in words.split()) and self._known_names.search(words) is None \
            and self.grammar.classify(words) is None

    def _english(self, word: str) -> bool:
        """A common word of English, or its plural ("fisheries", "affairs"): the model's dictionary."""
        d = self._dictionary
        return word in d or (word.endswith("ies") and word[:-3] + "y" in d) or (word.endswith("s") and word[:-1] in d)

    def _split_people(self, doc: Doc, start: int, end: int) -> Iterable[tuple[int, int, str | None]]:
        """Cut a chunk around the people NER finds inside it: "Secretary for Home Affairs Lau
        Kong-wah and Under Secretary ..." is a post, a person, and more."""
        people = [(s, e) for s, e, name in self._people_spans
                  if start < s and e <= end and len(name.split()) >= 2 and not self.lexicon.known_label(name)
                  and self.grammar.classify(name) in (None, "Person")  # "[King] Abdullah Financial District": a place
                  and not self._locative_person(s, e)  # "... Office in [Sao Paulo]": a place
                  and not self._body_goes_on(s, e, end)]
        pos = start
        text = self._text
        for s, e in people:
            if s <= pos:
                continue
            left = TRAILING_LINK.sub("", text[pos:s].rstrip())
            first = re.search(r"(?<![&,])(?<!\band)[ \t]([A-Z][\w'’-]*)$", left)
            if first and not self.lexicon.known_label(first[1]) and key(first[1]) not in self._title_words \
                    and not _COMMON_NOUN.search(first[1]) and not _ENDS_LINK.search(left[:first.start()]) \
                    and self._words_tell(left[:first.start()], [first[1], *text[s:e].split()], english=False):
                # "... Minister of Economic Development [Timur] Igorevich Maximov": a first name the NER left out
                s, left = pos + first.start(1), left[:first.start()]
            if not left or not self._is_title(left):
                continue  # only a post title directly before a name gives way to it
            for a, b in self._split_and_the(text, pos, pos + len(left)):
                yield a, b, "title"  # "State Councillor and Public Security Minister Zhao Kezhi": two posts
            last = re.fullmatch(r"[ \t]+([A-Z][\w'’-]*)", text[e:end])
            if last and not self.lexicon.known_label(last[1]) and not self.grammar.classify(last[1]):
                e = end  # NER cut the name short: "Lee Hsien [Loong]"
            yield s, e, "person"
            gap = re.match(r"[ \t]*(?:and|&)?[ \t]*", text[e:end])
            pos = e + gap.end()
        if pos < end:
            yield pos, end, None

    def _body_goes_on(self, start: int, end: int, chunk_end: int) -> bool:
        """Whether the name the NER read as a person's goes on, in the same chunk, to a body's head: "Principal
        of [Yan Oi Tong Tin Ka Bing] Secondary School" is no person's name but the school's first words."""
        rest = self._text[end:chunk_end]
        return bool(rest.strip()) and not _LISTED.search(rest) \
            and self.grammar.classify(self._text[start:chunk_end]) == "Organization" \
            and self.grammar.ends_with_head("Organization", self._text[start:chunk_end])

    def _starts_title(self, name: str) -> bool:
        """ "Public Security Minister Zhao Kezhi": a title ending a few words in, more words after."""
        words = list(_WORD.finditer(name))
        return any(self.grammar.title_start(name[:w.end()]) is not None for w in words[:4])

    def _split_and_the(self, text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
        """ "X and the Y" is one name only when the grammar says so ("Secretary for Financial
        Services and the Treasury"); otherwise two ("the Chamber and the Federation")."""
        chunk = text[start:end]
        if self.lexicon.known_label(chunk):
            yield start, end
            return
        pos = start
        for m in _AND_LINK.finditer(chunk):
            right = chunk[m.end():]
            left = text[pos:start + m.start()]
            if self._portfolio_end(right) and re.search(r"\s(?:for|of)\s", left):
                continue  # the honorific word that ends a portfolio: "Secretary for Security and Justice (of X)"
            label = self.grammar.classify(right)
            if label != "Agreement" and _BETWEEN_IN.search(left) and self.grammar.classify(chunk) == "Agreement":
                continue  # the second party of "the Agreement between the Government of A and the Government of B"
            if label == "Organization" and "the" in m[0] and self._occasion_of_body(left) \
                    and not self._occasion_of_body(right):
                continue  # an occasion of two bodies: "the Annual Meetings of the X Fund and the Y Bank Group"
            if "&" in m[0] and not (label == "Organization" == self.grammar.classify(left)):
                continue  # "& the" parts two bodies only ("the X Authority & the Y Council"); it joins the
                # parts of one occasion ("High-Level Meeting & the Second Plenary Session of X")
            # "... Conference and Director of ...": a second title starts after "and";
            # "Strategic Development Committee and Economic Development Committee": two bodies;
            # "Yunnan and Guangxi Zhuang Autonomous Region": two places; "Beijing and Equestrian Events"
            if ("the" in m[0] and not self.grammar.post_title(chunk) and (label or self._names_left(chunk, left))) \
                    or ("the" in m[0] and self._title_of_body(left, right)) \
                    or self.grammar.post_title(right) \
                    or self._starts_title(right) \
                    or (label and label != "Post" and self.grammar.classify(left) == label
                        and (self.grammar.ends_with(label, left) or label == "Place") and not self._field_list(left)
                        and not self.grammar.post_title(chunk) and not self._second_head(right, label)) \
                    or self._titled_holder(left) \
                    or self._two_occasions(left, right, label) \
                    or self._two_sites(left, right, label) \
                    or (label in ("Event", "Mechanism") and self.grammar.classify(left) == "Organization"
                        and self.grammar.ends_with("Organization", left) and not self.grammar.post_title(chunk)
                        and not re.search(r"\bJoint\b", right)) \
                    or (label in ("Event", "Initiative", "Agreement") and self.lexicon.known_label(left) == "Place"
                        and not self._known_places.match(right)) \
                    or (len(right.split()) > 1 and self.lexicon.known_label(right) not in (None, "Post", "Place")
                        and self.lexicon.known_label(right) == self.grammar.classify(left)) \
                    or (self.lexicon.known_label(right) == "Place" and re.search(r"\s(?:of|in)\s", left)
                        and self.grammar.classify(left) == "Organization"):
                # (not "A and B Co-operation Agreement"); "the Government of X and Y people": a body, a place;
                # "the Riverton Climate Group and Green Cities Summit 2019": a body, then an event (not "A
                # and B Joint Seminar", the two bodies' event)
                yield pos, start + m.start()
                pos = start + m.end()
        yield pos, end

    def _occasion_of_body(self, name: str) -> bool:
        """Whether ``name`` is an occasion "of (the)" a body, printed last: "Annual Meetings of the X Fund",
        "Plenary Session of the Annual Meetings of the Y Bank"."""
        name = _unacronymed(name)  # ("... of the X Fund (XF)")
        return self.grammar.classify(name) == "Event" and any(
            self.grammar.ends_with("Event", name[:of.start()])
            and self.grammar.classify(LEADING_THE.sub("", name[of.end():])) == "Organization"
            for of in _OF_SPLIT.finditer(name))

    def _titled_holder(self, left: str) -> bool:
        """Whether ``left``, before "and", is a title and its holder's name, by the words alone: "[Deputy Secretary
        for Commerce & Economic Development Vivian Sum] and European External Action Service Deputy Managing Director
        ... Paola Pampaloni" (two titled people, not one name)."""
        words = left.split()
        return any(self.grammar.classify(title := " ".join(words[:-k])) == "Post" and not title.endswith(",")
                   and all(re.fullmatch(r"[A-Z][\w'’-]*", w) for w in words[-k:]) and self._words_tell(title, words[-k:])
                   for k in (2, 3) if len(words) > k + 1)  # (not a portfolio's list: "Minister of Public Works,
        # Transportation and Communication")

    def _second_head(self, right: str, label: str) -> bool:
        """Whether ``right``, after "and", is an occasion's second head, with no name of its own: "the X Forum and
        Trade Fair", "the Y Forum and Exhibition on Z" (one occasion)."""
        return label == "Event" and (self._generic_name(right) or self.grammar.starts_with(label, right))

    def _two_occasions(self, left: str, right: str, label: str | None) -> bool:
        """Whether "left and right" names two occasions, each with its own name and head: "the 7th X
        Ministerial Meeting and APEC Ministerial Conference on Y" (not "the X Forum and Trade Fair", one
        occasion with a second head alone, nor "the X Forum and Exhibition on Y")."""
        occasions = ("Event", "Mechanism")
        left = _unacronymed(left)
        before = self.grammar.classify(left)
        return label in occasions and before in occasions and self.grammar.ends_with_head(before, left) \
            and not self._generic_name(right) and not self._generic_name(left) \
            and not self.grammar.starts_with(label, right) and not self.grammar.starts_with("Event", right) \
            and not self.grammar.post_title(left + " and " + right)

    def _two_sites(self, left: str, right: str, label: str | None) -> bool:
        """Whether "left and right" names a place and a body, each ending with its own head: "the X Technology
        Park and the Y Science Museum", "the Z University and the W Industrial Park" (not "the Department of
        Agriculture and Fisheries", whose second part has no head of its own)."""
        sites = ("Place", "Organization")
        before = self.grammar.classify(left)
        return label in sites and before in sites and label != before \
            and len(left.split()) > 1 and len(right.split()) > 1 \
            and self.grammar.ends_with(before, left) and self.grammar.ends_with(label, right) \
            and not self.grammar.post_title(left + " and " + right)

    def _portfolio_end(self, right: str) -> bool:
        """Whether the words after "and" in a title are an honorific word closing its portfolio, alone or with
        the place the title is of: "[Secretary for Administration and] Justice of the Macao SAR (Government)" (not a
        judge's title)."""
        first, _, rest = right.strip().partition(" ")
        if not self.honorific_word.match(first):
            return False
        place = re.fullmatch(r"(?:of|in)[ \t]+(?:the[ \t]+)?(.+?)(?:[ \t]+Government)?", rest)
        return not rest or place is not None and self.grammar.classify(place[1]) == "Place"  # (or its Government)

    def _title_of_body(self, left: str, right: str) -> bool:
        """ "Director of the X Office of the State Council and the Y Office of Z": a title of one body, then
        another body (capitalised words ending with a body's head), not the title's portfolio ("Secretary
        for Financial Services and the Treasury")."""
        of = _OF_THE_BODY.search(left)
        return of is not None and self.grammar.post_title(left) and len(right.split()) > 1 \
            and self.grammar.ends_with("Organization", left[of.end():]) \
            and self.grammar.classify(right) == "Organization" \
            and self.grammar.ends_with("Organization", _SITED_SPLIT.split(right, maxsplit=1)[0])

    def _owner_title(self, owner: str, after: str) -> bool:
        """A body, its acronym, then a title of it: "Lakeland Trade Office (LTO) Director [Wang Lin]"."""
        words = after.split()
        return any(self.grammar.post_head_length(" ".join(words[:n])) for n in range(1, min(4, len(words)) + 1)) \
            and self.grammar.classify(owner) in ("Organization", "Initiative")

    def _names_left(self, chunk: str, left: str) -> bool:
        """ "X and the Y" where only X reads as a name: two names ("the Ganjiang New Area and the
        Nanchang Port"), since the whole names nothing the grammar knows."""
        label = self.grammar.classify(left)
        return label not in (None, "Post", "Person") and self.grammar.classify(chunk) is None

    def _honorific(self, word: str, following: str, in_portfolio: bool = False) -> bool:
        """An honorific, unless a title or a body's head follows it: "Justice Minister", "Lord Mayor"
        are titles, "Justice Ministry", "Justice Department" bodies; listed last in a portfolio, an
        honorific word is the portfolio's ("Secretary for Administration & Justice [Sonia Lei]";
        ``in_portfolio``), and so is one that ends a name ("the Minister of Justice, Ms X")."""
        nxt = following.rstrip(",;:")
        return bool(self.honorific_word.match(word)) and not (in_portfolio and key(word) in self._portfolio_words) \
            and bool(nxt) and key(nxt) not in self._title_words and not self._head_word(nxt)

    @cached_property
    def _portfolio_words(self) -> frozenset[str]:
        """The honorific words that known titles print inside their portfolios ("justice": "Secretary for
        Justice"); never "Mr" or "Dr" ("... of the X Government and Mr A": the next person)."""
        words = {key(h).rstrip(".") for h in self.lexicon.honorifics if " " not in h.strip()}
        return frozenset(w for name, entry in self.lexicon.surface_forms() if entry.label == "Post"
                         for w in key(name).split()[1:] if w in words)

    @cached_property
    def _headline_verbs(self) -> tuple[frozenset[str], frozenset[str]]:
        """The verbs of title-case headlines (lexicon cue ``headline_verbs``): base forms, and "-s" and past forms
        (``headline_past_verbs``)."""
        base = frozenset(w.lower() for w in self.lexicon.triggers.get("headline_verbs", ()))
        third = frozenset(w + ("es" if w.endswith(("s", "sh", "ch", "x", "o")) else "s") for w in base)
        return base, third | frozenset(w.lower() for w in self.lexicon.triggers.get("headline_past_verbs", ()))

    def _split_headline_verbs(self, text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
        """Cut a chunk of a title-case headline at its verbs: "SCED [Meets] Vietnamese Minister of Trade",
        "CE [To Visit] Tanjiang", "Riverton and Lakeland [Hold] X Meeting": the names on either side.
        A verb is a headline verb with an "-s" (any word but the first, not before a head: "Exchange Visits
        Scheme" is a name), or a base form after "To"/"Will",
        or first in the chunk after "to" ("... to [Attend] X"), or after two known places or bodies joined
        by "and" (the subject)."""
        base, third = self._headline_verbs
        pos = start
        words = list(_WORD.finditer(text, start, end))
        for i in range(len(words)):
            w = words[i][0].lower()
            prev = words[i - 1][0] if i else ""
            nxt = key(words[i + 1][0]) if i + 1 < len(words) else ""
            verb = (i and w in third and nxt not in self._thing_heads) or w in base and (
                prev in ("To", "Will") or not i and _TO_BEFORE.search(text, max(0, start - 6), start) is not None
                or i > 1 and " and " in text[pos:words[i].start()]
                and self.grammar.parties(text[pos:words[i].start()].strip()))
            if verb:
                cut = words[i - 1].start() if prev in _HEADLINE_AUXILIARIES else words[i].start()
                if cut > pos:
                    yield pos, start + len(text[start:cut].rstrip())
                pos = words[i + 1].start() if i + 1 < len(words) else end
        if pos < end:
            yield pos, end

    def _split_cum(self, text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
        """ "the Permanent Secretary for X cum Director of Y": one person's two titles joined by "cum", the first
        whole with its portfolio or body (not "Vice Chairman cum Secretary-General of Y", one title of one body;
        nor an occasion's parts: "the X Ceremony cum Y Session" is one event)."""
        cut = _CUM.search(text, start, end)
        left = LEADING_THE.sub("", text[start:cut.start()]) if cut else ""
        if cut is None or self.grammar.classify(left) != "Post" or not _OF_OR_FOR.search(left) \
                or self.grammar.classify(text[cut.end():end]) != "Post":
            yield start, end
            return
        yield start, cut.start()
        yield from self._split_cum(text, cut.end(), end)

    def _split_possessive(self, text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
        """ "the X Meeting's Trade Session", "the Y Council's Z Week": a name whose owner is an event,
        a series, a body or a scheme ends before the possessive, and what it owns is a name of its own.
        Not a possessive inside a name ("People's Bank of X"), nor a place's or a post holder's
        ("Riverton's Ministry of Economy", "the Chief Executive's Office": printed whole)."""
        cut = self._possessive_cut(text, start, end)
        if cut is None:
            yield start, end
            return
        yield start, cut.start()
        if cut.end() < end and not self.grammar.part_of_owner(text[cut.end():end]):
            yield cut.end(), end  # (a session of the owner is its part, no name of its own: "X's Trade Session")

    def _possessive_cut(self, text: str, start: int, end: int) -> re.Match | None:
        """The first possessive in ``text[start:end]`` whose owner is a name of an event, a series,
        a body or a scheme ending with its head or known whole (see :meth:`_split_possessive`), or None."""
        for m in _POSSESSIVE_CUT.finditer(text, start, end):
            owner = text[start:m.start()]
            label = self.grammar.classify(owner)
            # the owner ends with its own head ("... Council's"), or is known whole: not "the People's
            # Government" after "Office of the X Municipal", nor "Participation" after "Mechanism for X's"
            if label in ("Event", "Mechanism", "Organization", "Initiative") and not self._generic_name(owner) \
                    and (self.grammar.ends_with_head(label, owner) or self.lexicon.known_label(owner) == label):
                return m
        return None

    def _split_honorifics(self, text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
        """Cut a chunk before each honorific: "Vice Mayor of Shanghai Mr Chen Jie".

        The piece before the first honorific is given, and what follows the person's name after an "and" or a
        comma, cut again: a piece after an honorific is a person's, found with the honorific.
        """
        words = list(_WORD.finditer(text[start:end]))
        cut = end
        for i, w in enumerate(words):
            # (an abbreviation ends the chunk at its full stop: "... Government and Mr. A")
            dotted = _AFTER_DOT.match(text, start + w.end()) if i + 1 == len(words) else None
            if self.honorific_word.match(w[0]) and self._honorific(
                    w[0], words[i + 1][0] if i + 1 < len(words) else dotted[1] if dotted else "",
                    PORTFOLIO_END.search(text, start, start + w.start()) is not None):
                cut = start + w.start()
                break
        piece = text[start:cut].rstrip()
        if piece:
            yield start, start + len(TRAILING_LINK.sub("", piece))
        # the person's name, found with the honorific, may be followed by more of a list: "Professor A and Dutch
        # Minister of Finance B"
        listed = _LISTED.search(text, cut, end) if cut < end else None
        if listed is not None:
            yield from self._split_honorifics(text, listed.end(), end)


def _plural(noun: str) -> str:
    """ "officials", "secretaries", "members" (a regular plural)."""
    if noun.endswith("s"):
        return noun
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
