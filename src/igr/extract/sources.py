"""Mentions from the other detectors: honorific names, the lexicon, quoted titles, the NER."""

from __future__ import annotations

import re
from functools import cached_property

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc

from igr.extract.lexicon import Entry, key
from igr.extract.patterns import (
    WHEN_AFTER,
    BODY_CONTEXT,
    CITY_PAIR,
    PLACE_LIST,
    HYPHENATED_NAME,
    MEMBERS_OF,
    NAME_PARTICLES,
    BODY_AFTER_AND,
    BODY_BEFORE_AND,
    FUNDED_CONTEXT,
    GENERIC,
    HEADLINE_VERB,
    IN_PLACE,
    LEADING_THE,
    LOCAL_TIME,
    LOCATIVE,
    LOCATIVE_BEFORE,
    NER_LABELS,
    OFFICE_ABROAD,
    PLACE_APPOSITION,
    OPENERS,
    PATRONYMIC_TAIL,
    PORTFOLIO_END,
    QUOTED,
    QUOTED_AFTER_NAME,
    QUOTED_AND,
    QUOTED_LEAD,
    QUOTED_NOUN,
    QUOTED_HEAD,
    QUOTED_TAIL,
    REGION,
    TITLE_CASED,
    TRAVEL_TO,
    _currency,
    _name_boundary,
    _span_len,
)
from igr.extract.records import Mention


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
# compiled once: they run for every name the lexicon or the NER finds
_POSSESSIVE_END = re.compile(r"['’]s$")
_POSSESSIVE_END_S = re.compile(r"(?:'s|’s)$")
_WORD_START_INSIDE = re.compile(r"(?<=[\s/-])\S")
_SPACE = re.compile(r"\s")
_WORD = re.compile(r"\S+")
_NAME_LINKS = frozenset({"of", "on", "for", "and", "&", "-", "the"})
"""Words that may join the capitalised words of an occasion's name ("World Conference on X")."""
_SLASH_OR_DASH = re.compile(r"[/–-]")
_OWNER_BEFORE = re.compile(r"\sof\s+(?:the\s+)?$")
_SET_OFF_BEFORE = re.compile(r"(?:^|[,;:(]|\band)[ \t]*$")
_SET_OFF_AFTER = re.compile(r"[ \t]*(?:[,;:.)]|and\b|$)")
_IN_CITY = re.compile(r" in ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)$")
_COMMA_NAME = re.compile(r",[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)")


def _apposed(text: str, start: int, end: int) -> bool:
    """Whether the honorific name ``text[start:end]`` is set off as a name: after a comma, a colon, a bracket, "and"
    or at the start, and before a comma, a full stop or "and" ("the Minister, Mr Paul Grant, said"; "Mr A and Dr
    Ann Bank."), not inside a longer phrase ("at the Sir Robert Black Fund building").

    Examples
    --------
    >>> t = "He met the Minister, Mr Paul Grant, today."
    >>> _apposed(t, t.index("Mr"), t.index(", today"))
    True
    >>> t = "He toured the Sir Robert Black Fund building."
    >>> _apposed(t, t.index("Sir"), t.index(" building"))
    False
    """
    return _SET_OFF_BEFORE.search(text, max(0, start - 6), start) is not None and _SET_OFF_AFTER.match(text, end) is not None


_DETERMINERS = frozenset("the a an his her their its this that these those our my your".split())

_DESCRIBED = re.compile(r"\b(?:[Tt]he)[ \t]+([A-Z][\w'’&.-]*(?:[ \t]+(?:of|for|on|and|the|[A-Z][\w'’&.-]*)){0,6}),"
                        r"[ \t]+(?:an?|the|one of the)[ \t]+((?:[\w'’-]+[ \t]+){0,5}?)([a-z]+)(?=[ \t]*[,.;(]|[ \t]+(?:in|at|on|of|for|held|organi[sz]ed|hosted)\b)")
"""A name, then what it is after a comma: "the Educa, an education exhibition, ...", "the X, the largest fair of ..."."""
_TITLE_OF = re.compile(r"((?:[A-Z][\w-]*[ \t]+){1,4})(?:of|for)[ \t]+$")
"""Capitalised words, then "of" or "for", right before a name: a title's head before its portfolio, if the grammar
reads them as a title."""


class SourceMentions:
    """Mixin of :class:`igr.extract.mentions.MentionFinder`: honorifics, lexicon, quotes, NER."""

    def _people(self, text: str) -> list[Mention]:
        out = []
        self._honorific_words = set()  # the first words printed after an honorific ("Mr Tai"): people's
        for m in self.honorific.finditer(text):
            words = m[1].split()
            self._honorific_words.add(words[0])
            if words and _POSSESSIVE_END.search(words[-1]):  # "Mr Meng's visit"
                words[-1] = words[-1][:-2]
            # Stop a name at a word that opens a new name or clause ("Mr Lee In ...").
            # The first word is the surname whatever it spells ("Mr He Zhongyou", "Ms Long Yan"); an
            # initial is no article ("Mr Turqi A Al-Nowaiser").
            kept = []
            for i, w in enumerate(words):
                initial = len(w) == 1 and i + 1 < len(words)
                # a third syllable that spells a little word ends the name before a comma: "Mr Chui Sai On, ..."
                follow = re.match(r"[,.;)]|[ \t]+([a-z]+)\b", text[m.end(1):m.end(1) + 20])
                syllable = i >= 2 and i == len(words) - 1 and len(w) <= 3 and follow is not None \
                    and (follow[1] is None or follow[1] not in _DETERMINERS)  # (not "Mr Lee In the afternoon")
                particle = bool(kept) and kept[-1] in NAME_PARTICLES  # "Mr A Pires de Lima": no place after "de"
                if (i and w.lower() in OPENERS and not initial and not syllable) or (i and self.lexicon.known_label(w) and not (
                        i == 1 and len(words) == 2 and self._given_name(text, m, w)) and not particle) \
                        or self.honorific_word.match(w):
                    break
                kept.append(w)
            if not kept or key(kept[0]) in self._title_words:
                continue  # "Justice Minister ...", "Lord Mayor": a title
            name = " ".join(kept)
            # keep original spacing
            end = m.start(1) + _span_len(text[m.start(1):], kept)
            if any(self._head_word(w) for w in kept[:-1]) or (self._head_word(kept[-1]) and not (
                    len(kept) > 1 and _apposed(text, m.start(), end)
                    and key(text[m.start():m.start(1)].strip()) not in self._title_words)):
                continue  # "Justice Ministry", "Dr Sun Memorial Park": a body, a site (but "the Minister, Mr Paul
                # Grant, said": a surname that is a head word, after a given name, set off as a name)
            if key(text[m.start():m.start(1)].strip()) in self._title_words and PORTFOLIO_END.search(text, max(0, m.start() - 80), m.start()):
                # "Secretary for Administration & Justice Sonia Lei": the word ends the portfolio, then the holder
                out.append(Mention(m.start(1), end, text[m.start(1):end], "Person", name, "title-name"))
                continue
            out.append(Mention(m.start(), end, text[m.start():end], "Person", name, "honorific"))
        return out

    def _given_name(self, text: str, m, word: str) -> bool:
        """A one-word city printed as the second and last word after an honorific, with no word of a name after it,
        is the given name ("the Governor, Mr Huang Kunming, said", "Mr Zhou Nanjing."): a surname then a
        place's name is no phrase of English."""
        if self.lexicon.known_label(word) != "Place" or not word[:1].isupper() or not word.isalpha():
            return False
        after = text[m.end(1):m.end(1) + 2]
        return not after[:1].isalnum() and not after.startswith(("'s", "’s")) and not (
            after[:1] == " " and after[1:2].isupper())

    def _known(self, text: str) -> list[Mention]:
        # places inside longer known names ("Hong Kong" in "Hong Kong Economic and Trade Office in Wuhan")
        out = [Mention(m.start(), m.end(), m[0], "Place", entry.name, "lexicon", kind=entry.kind)
               for m in self._known_places.finditer(text) if (entry := self.lexicon.lookup(m[0])) is not None
               and _name_boundary(text, m.start()) and not _currency(text, m.end()) and not self._other_place(text, m.start())]
        for m in self._known_names.finditer(text):
            if not _name_boundary(text, m.start()):
                continue
            hits = [m]
            # names inside a known name ("Fujian" in "Hong Kong/Fujian Co-operation Conference"); a known body
            # inside another is named only as its owner, after "of" ("Office of the [HKSAR Government] in Beijing")
            for w in _WORD_START_INSIDE.finditer(text[m.start():m.end()]):
                inner = self._known_names.match(text, m.start() + w.start(), m.end())
                if inner:
                    hits.append(inner)
            # and at its start: "[Boao Forum for Asia] Annual Conference" is named after a body
            for w in _SPACE.finditer(m[0]):
                inner = self._known_names.fullmatch(text, m.start(), m.start() + w.start())
                if inner:
                    hits.append(inner)
            outer = self.lexicon.lookup(m[0])
            for hit in hits:
                entry = self.lexicon.lookup(hit[0])
                if entry is not None and (hit is m or outer is None or entry.label != outer.label
                                          or (entry.label == "Organization"
                                              and _OWNER_BEFORE.search(text, m.start(), hit.start()) is not None)) \
                        and not (entry.label == "Place" and (_currency(text, hit.end()) or self._other_place(text, hit.start()))):
                    out.append(Mention(hit.start(), hit.end(), hit[0], entry.label, entry.name, "lexicon", kind=entry.kind))
        # a known body's name inside a site's is no body ("[Central Government] Offices")
        out = [m for m in out if m.label == "Place" or not any(s <= m.start and m.end <= e for s, e in self._venues)]
        return out + self._weak(text, out)

    def _other_place(self, text: str, start: int) -> bool:
        """A known place's name after a word that makes another name of it: "West [Kowloon]",
        "South [China] Morning Post" (the lexicon's other_place_modifiers)."""
        before = _WORD_BEFORE.search(text[max(0, start - 12):start])
        return before is not None and before[1] in self._place_modifiers

    def _weak(self, text: str, known: list[Mention]) -> list[Mention]:
        """Weak aliases ("the Bay Area", "the bay area", "Belt and Road") of a known name the release
        has already printed in full: they refer to it there, and to nothing before."""
        first: dict[str, int] = {}
        for m in known:
            first.setdefault(m.name, m.start)
        taken = [(m.start, m.end) for m in known]
        out = []
        for entry, pattern in self._weak_patterns:
            if entry.name not in first:
                continue
            for m in pattern.finditer(text[first[entry.name]:]):
                start, end = first[entry.name] + m.start(), first[entry.name] + m.end()
                if not any(s < end and start < e for s, e in taken):
                    out.append(Mention(start, end, m[0], entry.label, entry.name, "lexicon", kind=entry.kind))
        return out

    @cached_property
    def _weak_patterns(self) -> list[tuple[Entry, re.Pattern]]:
        """The entries with weak aliases, in lexicon order, each with the pattern of its aliases (made
        once: the lexicon has thousands of entries, a few dozen with weak aliases)."""
        out = []
        for entry in self.lexicon.entries:
            if entry.weak:
                forms = sorted({LEADING_THE.sub("", w) for w in entry.weak}, key=len, reverse=True)
                out.append((entry, re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])", re.IGNORECASE)))
        return out

    def _sited(self, name: str) -> str:
        """A quoted name without the known place printed after its last comma: "X Expo, Wuhan" is read as "X Expo"."""
        head, comma, place = name.rpartition(", ")
        return head if comma and head and self.lexicon.known_label(place) == "Place" else name

    def _quoted(self, text: str) -> list[Mention]:
        out = []
        listed: tuple[int, str] | None = None  # the end and class of a quoted title just read
        for m in QUOTED.finditer(text):
            inner = m[1].strip()
            # a quoted title inside a longer name: the "Taste of Hong Kong" Thematic Exhibition,
            # the Seminar on "Big Data ..."
            tail = QUOTED_TAIL.match(text, m.end())
            tail_label = next((label for label in ("Event", "Initiative", "Agreement", "Mechanism")
                               if tail and self.grammar.ends_with(label, tail[1])), None)
            if tail_label:  # the "Belt and Road" Initiative, the "Taste of Hong Kong" Thematic Exhibition
                name = f"{inner} {tail[1]}"
                out.append(Mention(m.start(), tail.end(), text[m.start():tail.end()], tail_label,
                                   self.lexicon.canonical(tail_label, name), "quoted"))
                continue
            head = QUOTED_HEAD.search(text, max(0, m.start() - 40), m.start())
            if head and head.end() == m.start():
                name = f"{head[1]} {inner}"
                out.append(Mention(head.start(1), m.end() - 1, text[head.start(1):m.end()], "Event", name, "quoted"))
                continue
            series = QUOTED_AFTER_NAME.search(text, max(0, m.start() - 80), m.start())
            if series and series.end() == m.start() and self.grammar.classify(series[1]) == "Event":
                # an edition or title named after its series: Riverton Film Series "Ten Years On"
                out.append(Mention(series.start(1), m.end(), text[series.start(1):m.end()], "Event", inner, "quoted"))
                continue
            lead = QUOTED_LEAD.search(text, max(0, m.start() - 40), m.start()) \
                or QUOTED_NOUN.search(text, max(0, m.start() - 30), m.start())  # the promotion "Think Asia, ..."
            noun = key(lead[1]) if lead and lead.end() == m.start() else ""
            if noun.endswith("s") and noun not in self._event_nouns and noun[:-1] in self._event_nouns:
                noun = noun[:-1]  # "the two seminars, entitled "A" and "B""
            label = "Event" if noun in self._event_nouns else "Initiative" if noun in self._initiative_nouns else None
            if label is None and listed is not None and QUOTED_AND.fullmatch(text, listed[0], m.start()):
                label = listed[1]  # plans on "A" and "B": the second title is of the first one's kind
            if label and len(inner.split()) <= 14 and not inner.endswith((".", ",")) and not self.grammar.not_entity(inner):
                # a thing named by its quoted title after a common noun: a seminar on "Green Finance -
                # Hong Kong's Role", a session titled "...", plans on "..." and "..."
                out.append(Mention(m.start(1), m.start(1) + len(m[1].rstrip()), inner, label, inner, "quoted"))
                listed = (m.end(), label)
                continue
            listed = None
            if self.grammar.starts_with("Agreement", inner) and 3 <= len(inner.split()) <= 24 \
                    and not inner.endswith((".", ",")):
                # an agreement named by its quoted title, its head first: signed the "Agreement on deepening
                # co-operation in ..." (lower-case words a name of capitalised words would not take)
                out.append(Mention(m.start(1), m.start(1) + len(m[1].rstrip()), inner, "Agreement", inner, "quoted"))
                continue
            if 3 <= len(inner.split()) <= 24 and TITLE_CASED.fullmatch(inner) and self.grammar.classify(self._sited(inner)) == "Event":
                # a quoted title that is an event's name by its own head, however long: "Together · Progress –
                # Roving Exhibition in Celebration of the 20th Anniversary of the Return of X to the Motherland"
                out.append(Mention(m.start(1), m.start(1) + len(m[1].rstrip()), inner, "Event", inner, "quoted"))
                continue
            after = text[m.end():m.end() + 40].lower()
            before = text[max(0, m.start() - 60):m.start()].lower()
            nxt = re.match(r"\s*([a-z-]+)", after)
            word = nxt[1] if nxt else ""
            longest = 16 if word in self._event_nouns else 8  # the "Sharing ..., creating ..." conference
            if len(inner.split()) > longest or inner.endswith((".", ",")) or self.grammar.not_entity(inner):
                continue  # a sentence, or a principle ("One Country, Two Systems"), not a name
            if word in {"event", "events", "forum", "exhibition", "ceremony", "concert", "show", "gala",
                        "festival", "campaign", "roadshow", "carnival", "competition", "contest", "fair",
                        "conference", "seminar", "symposium", "tour", "series"}:
                label = "Event"
            elif FUNDED_CONTEXT.match(after) or "projects" in before or "funded" in before:
                label = "Initiative"  # ""Bay Area Smart Grid Resilience", a joint project of ..."
            elif re.search(r"\b(?:19|20)\d\d$", inner):
                label = "Event"  # a dated edition: "Savouring Hong Kong·Liaoning 2016"
            elif word in {"programme", "program", "scheme", "initiative", "project", "plan", "fund",
                          "strategy", "production", "drama", "film", "series"} or "funded" in after:
                label = "Initiative"
            elif before.rstrip().endswith(" the") or word in {"co-produced", "produced"}:
                label = "Initiative" if word in {"co-produced", "produced"} else "Event"
            else:
                continue
            out.append(Mention(m.start(1), m.start(1) + len(m[1].rstrip()), inner, label, inner, "quoted"))
        return out

    @cached_property
    def _street_heads(self) -> frozenset[str]:
        return frozenset(map(key, self.lexicon.street_heads))

    def _street(self, name: str) -> bool:
        """A road's or street's name ("Shan Kwong Road"), or a venue's: no person's."""
        return key(name.rsplit(" ", 1)[-1]) in self._street_heads or self.grammar.venue(name)

    def _site_after(self, end: int) -> bool:
        """Whether the words right after a name end a site's or a road's name, in any case: "[Yuen Wai] control
        point", "[Lok Ma Chau] Spur Line" (the NER's person is the site's name)."""
        words = re.match(r"(?:[ \t]+[A-Za-z][\w-]*){1,2}", self._text[end:end + 40])
        if words is None:
            return False
        following = words[0].split()
        return any(self._street(" ".join(following[:n])) for n in (1, 2) if n <= len(following))

    def _head_word(self, word: str) -> bool:
        """A head word of a thing (not of a title): "Ministry", "Events", "Model"."""
        k = key(word)
        return (k in self._thing_heads or k.rstrip("s") in self._thing_heads) and k not in self._title_words

    @cached_property
    def _head_words(self) -> frozenset[str]:
        """Every word of the head nouns of names ("memorandum", "understanding", "bureau"), function words left out."""
        return frozenset(w for h in self.grammar.all_heads for w in h.split()
                         if w not in ("of", "for", "on", "and", "the", "under")) - {"delta", "island", "peninsula"}

    @cached_property
    def _fields(self) -> frozenset[str]:
        """The policy fields of the lexicon ("education", "tourism"): no one-word body."""
        return frozenset(key(w) for w in self.lexicon.triggers.get("policy_areas", ()))

    def _one_word_place(self, ent, text: str) -> bool:
        """A one-word GPE that is a proper noun and no head or title word ("Davos", not "Plenary")."""
        k = key(text)
        singular = {k, k[:-1], k[:-2], k[:-3] + "y"} if k.endswith(("s", "x")) else {k}
        return ent.label_ == "GPE" and all(t.tag_ == "NNP" for t in ent) \
            and k not in self.grammar.all_heads and k not in self._title_words \
            and not singular & self._head_words  # "Memorandums", "Understanding", "Bureaux", "Ministries": words of
        # the names of things, no place

    def _locatives(self, text: str) -> list[Mention]:
        """Places named by where they stand, with no gazetteer: "(May 3, Izmir time)", "in Davos,
        Switzerland" (a name, a comma, a known place). NER may call them anything, even a person."""
        out = []
        for m in LOCAL_TIME.finditer(text):
            out.append(Mention(m.start(1), m.end(1), m[1], "Place", m[1], "locative"))
        for m in LOCATIVE.finditer(text):
            name = m[1]
            after = self._known_places.match(text, m.end())
            if after is None or (entry := self.lexicon.lookup(after[0])) is None or entry.label != "Place":
                continue
            if self.lexicon.known_label(name) not in (None, "Place") or self.grammar.classify(name) not in (None, "Place") \
                    or any(key(w) in self._title_words or self.honorific_word.match(w) for w in name.split()):
                continue
            out.append(Mention(m.start(1), m.end(1), name, "Place", self.lexicon.canonical("Place", name), "locative"))
        for m in (*TRAVEL_TO.finditer(text), *PLACE_APPOSITION.finditer(text)):
            name = m[1]
            if self.lexicon.known_label(name) or self.grammar.classify(name) or name.split()[0].lower() in OPENERS \
                    or any(key(w) in self._title_words or self.honorific_word.match(w) or self._head_word(w)
                           for w in name.split()):
                continue  # a known name, a body or a title: not a place the gazetteer lacks
            out.append(Mention(m.start(1), m.end(1), name, "Place", name, "locative"))
        for m in REGION.finditer(text):
            # "the Caucasus region", "the Kansai area": a region named by its proper name and a common noun
            name, words = m[1], m[1].split()
            if self.lexicon.known_label(name) or self.grammar.classify(name) not in (None, "Place") \
                    or words[0].lower() in OPENERS \
                    or any(key(w) in self._title_words or self.honorific_word.match(w) or self._head_word(w)
                           or self.lexicon.known_label(w) not in (None, "Place") for w in words):
                continue  # a known place keeps its own name; a body's or a title's words make no region
            out.append(Mention(m.start(1), m.end(), m[0][m.start(1) - m.start():], "Place", m[0][m.start(1) - m.start():],
                               "locative", aliases=(name,)))
        for m in CITY_PAIR.finditer(text):
            # "will also visit Bern and Cannes": a one-word name listed with a known city after a verb of travel is
            # a city too
            known, name = self.lexicon.lookup(m[1]), m[2]
            if known is None or known.label != "Place" or known.kind != "city" or self.lexicon.known_label(name) \
                    or self.lexicon.known_label(f"{m[1]} and {name}") \
                    or self.grammar.classify(name) or name.lower() in OPENERS or key(name) in self._title_words \
                    or self.honorific_word.match(name) or self._head_word(name):
                continue
            out.append(Mention(m.start(2), m.end(2), name, "Place", name, "locative"))
        for m in PLACE_LIST.finditer(text):
            # "four cities, namely Sao Paulo, Brasilia, Manaus and Rio de Janeiro": the one name of a list of places
            # (known, or read as places by the NER) that neither knows is a place too
            items = [(i.start() + m.start(), i.end() + m.start(), i[0]) for i in re.finditer(
                r"[^,]+?(?=,|$)", re.sub(r",?[ \t]+and[ \t]+(?=[^,]*$)", lambda a: "," + " " * (len(a[0]) - 1), m[0]))]
            items = [(s + len(x) - len(x.lstrip()), e, x.strip()) for s, e, x in items]
            unknown = [(s, e, x) for s, e, x in items if self.lexicon.known_label(x) != "Place" and (s, e) not in self._ner_places]
            if len(items) < 3 or len(unknown) != 1:
                continue
            s, e, name = unknown[0]
            if " " in name or name.isupper() or name.endswith("s") and self.lexicon.known_label(name[:-1]) \
                    or self.lexicon.known_label(name) or self.grammar.classify(name) or name.split()[0].lower() in OPENERS \
                    or any(key(w) in self._title_words or self.honorific_word.match(w) or self._head_word(w)
                           for w in name.split()):
                continue
            out.append(Mention(s, e, name, "Place", name, "locative"))
        # the release's other uses of a place so found: "held in Izmir (January 22, Izmir time)"
        names = {m.text: m.name for m in out}
        if names:
            seen = {(m.start, m.end) for m in out}
            for m in re.finditer(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])", text):
                if (m.start(), m.end()) not in seen:
                    out.append(Mention(m.start(), m.end(), m[0], "Place", names[m[0]], "locative"))
        return out

    @cached_property
    def _occasion_verbs(self) -> dict[str, str | None]:
        """The verbs whose object is only ever an occasion (lexicon cue ``occasion_verbs``), with the particle
        the object follows ("speak at"), or None for a direct object ("attend")."""
        out: dict[str, str | None] = {}
        for phrase in self.lexicon.triggers.get("occasion_verbs", ()):
            words = phrase.split()  # ("take part in": the object after "in")
            out[words[0]] = words[-1] if len(words) > 1 else None
        return out

    def _occasions(self, doc: Doc) -> list[Mention]:
        """Occasions named with no head word, where only an occasion can stand: the object of a verb that takes
        nothing else ("attended the World Health Assembly", "spoke at the Summer Davos"). Capitalised words after
        "the" (and "of", "on", "for", "and" between them) the lexicon and the grammar do not know, and no
        person's or place's name (not "attended Government House for a dinner")."""
        verbs = self._occasion_verbs
        wanted = [doc.vocab.strings[v] for v in verbs]  # (the tokens with those lemmas only: no Token made for the rest)
        out = []
        for i in numpy.flatnonzero(numpy.isin(doc.to_array(LEMMA), wanted)).tolist():
            t = doc[i]
            if t.pos_ != "VERB" or (lemma := t.lemma_.lower()) not in verbs:
                continue
            particle = verbs[lemma]
            objects = [c for c in t.children if c.dep_ == "dobj"] if particle is None else \
                [p for c in t.children if c.dep_ in ("prep", "prt") and c.lower_ == particle
                 for p in c.children if p.dep_ == "pobj"]
            for o in objects:
                # the name: the words before the noun, and its complements "of", "on", "for" (not "in Geneva")
                words = [w for left in o.lefts for w in left.subtree if w.dep_ != "det"] + [o] + [
                    w for c in o.rights if c.dep_ == "prep" and c.lower_ in ("of", "on", "for") for w in c.subtree]
                if o.pos_ != "PROPN" or not 2 <= len(words) <= 12 or not any(
                        w.dep_ == "det" and w.lower_ == "the" for w in o.lefts) or any(
                        not (w.text[:1].isupper() or w.lower_ in _NAME_LINKS) for w in words) \
                        or words[-1].i - words[0].i + 1 != len(words):
                    continue
                start, end = words[0].idx, words[-1].idx + len(words[-1].text)
                name = self._text[start:end]
                if self._named_otherwise(name, start, end, ("PERSON", "GPE", "LOC", "NORP", "DATE")):
                    continue
                out.append(Mention(start, end, name, "Event", name, "occasion"))
        return out

    def _named_otherwise(self, name: str, start: int, end: int, ner_labels: tuple[str, ...]) -> bool:
        """Whether a name with no head word of its own is another's: the lexicon's or the grammar's, a venue, or
        crossed by a name the NER reads with one of ``ner_labels``."""
        return bool(self.lexicon.known_label(name) or self.grammar.classify(name) or self.grammar.venue(name)) or any(
            e.start_char < end and start < e.end_char for e, label in self._ents if label in ner_labels)

    def _described(self, text: str) -> list[Mention]:
        """Occasions named with no head word and said to be one in the apposition after them: "attended the Educa,
        an education exhibition, in Helsinki", "the Vinexpo, the largest wine fair in Asia". The name is
        capitalised words the lexicon and the grammar do not know, and no person's name the NER reads."""
        out = []
        for m in _DESCRIBED.finditer(text):
            noun = m[3]
            if noun not in self._event_nouns or any(w in self._event_nouns for w in m[2].split()):
                continue  # (not "the Summit, a forum series": a noun of the description only, its head)
            name, start, end = m[1], m.start(1), m.end(1)
            if not name.split()[-1][:1].isupper() or self._named_otherwise(name, start, end, ("PERSON", "NORP", "DATE")):
                continue  # (a GPE the NER guesses for an unknown word gives way: "the Slush, a start-up festival")
            out.append(Mention(start, end, name, "Event", name, "described"))
        return out

    def _visited_body(self, start: int, text: str) -> bool:
        """An organisation with no head word, named where only a body or a site can stand: visited,
        toured, called on, or hosting ("visited Knowledge Works", "a breakfast hosted by the Business
        Roundtable"), or whose people are met ("representatives of Berlin Partner")."""
        words = text.split()
        if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words) \
                or any(key(w) in self._title_words for w in words):
            return False
        if MEMBERS_OF.search(self._text, max(0, start - 40), start):
            # "met representatives of Berlin Partner", "members of the Business Roundtable": people of a body
            # (its first words may name a place, not its last)
            return self.lexicon.known_label(words[-1]) is None and self.lexicon.known_label(text) is None \
                and "," not in text  # (not "officials from the Public Security, Foreign Affairs and X ministries")
        if self._listed_with_body(start, start + len(text)):
            return self.lexicon.known_label(words[-1]) is None and self.lexicon.known_label(text) is None \
                and "," not in text
        if any(self.lexicon.known_label(w) == "Place" for w in words):
            return False
        return bool(BODY_CONTEXT.search(self._text, max(0, start - 30), start))

    def _body_word(self, ent, start: int, text: str) -> bool:
        """A one-word organisation, a proper noun named where only a body can stand: "visited Huawei",
        "toured BusinessNZ", "met executives of Siemens" (no head or title word: not "visited Expo")."""
        k = key(text)
        if len(text) < 2 or not all(t.tag_ == "NNP" for t in ent) or k in self.grammar.all_heads \
                or k in self._title_words or k in self._head_words or self.lexicon.known_label(text) is not None \
                or k in self._fields:
            return False  # (nor a policy field: "visited Education" is the bureau's, named otherwise)
        before = self._text[max(0, start - 40):start]
        if re.search(r"\bin[ \t]+$", before):
            return False  # "the X Centre in Dujiangyan and the Y Centre": a place
        return bool(BODY_CONTEXT.search(before) or MEMBERS_OF.search(before)
                    or self._listed_with_body(start, start + len(text)))

    def _listed_with_body(self, start: int, end: int) -> bool:
        """A name joined by "and (the)" to a body the grammar reads ("the Heritage Foundation and the
        Business Roundtable", "Lakeland Partner and the Riverton Society"): another body."""
        text = self._text
        before = BODY_BEFORE_AND.search(text, max(0, start - 80), start)
        if before and self.grammar.classify(before[1]) == "Organization":
            return True
        after = BODY_AFTER_AND.match(text, end)
        return bool(after) and self.grammar.classify(after[1]) == "Organization"

    def _locative_pair(self, start: int, end: int) -> bool:
        """A name joined by "and" to a known place after "in/at/to/from": "in
        Huanggang and Sha Tau Kok", "to Sha Tau Kok and Huanggang"."""
        text = self._text
        base = max(0, start - 60)
        before = re.search(r"\b(?:in|at|to|from|visited|toured|visiting)\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
                           r"\s+and\s+$", text[base:start])
        if before and (self.lexicon.known_label(before[1]) == "Place"
                       or (base + before.start(1), base + before.end(1)) in self._ner_places):
            return True
        after = re.match(r"\s+and\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)", text[end:end + 60])
        return bool(after) and self.lexicon.known_label(after[1]) == "Place" \
            and bool(re.search(r"\b(?:in|at|to|from|visited|toured|visiting)\s+$", text[max(0, start - 12):start]))

    def _locative_person(self, start: int, end: int) -> bool:
        """A "person" where only a place can stand: "toured Tai Kok Tsui", "arrived in Ma On Shan", "a
        visit to Wan Chai", unless the release names someone so ("Mr Tai") or it owns something
        ("in Tai Kok Tsui's words")."""
        text = self._text
        frame = LOCATIVE_BEFORE.search(text, max(0, start - 30), start)
        if not frame or re.match(r"['’]s\b", text[end:end + 2]):
            return False
        words = text[start:end].split()
        if text[start:end].isupper() or any(key(w) in self._title_words for w in words):
            return False
        if len(words) < 2 and (self._head_word(words[0]) or self.lexicon.known_label(words[0]) is not None
                               or re.match(r"(?:visit|tour)\w*[ \t]+(?:the[ \t]+)?$", frame[0])):
            return False  # one word: a city the NER took for a person after "a visit to", "arrived in", "in"
            # ("Düsseldorf"), not what one visits or tours (a site, a company: "visited Novotown")
        return not any(w in self._honorific_words for w in words)

    def _venue_person(self, start: int, end: int) -> bool:
        """A "person" right after "at" is a venue ("a reception at Kerry Lodge"), unless the release
        names someone so ("Mr Lodge") or it owns something ("at John Lee's invitation")."""
        text = self._text
        return bool(re.search(r"\bat[ \t]+(?:the[ \t]+)?$", text[max(0, start - 8):start])) \
            and not re.match(r"['’]s\b", text[end:end + 2]) \
            and not any(w in self._honorific_words for w in text[start:end].split())

    def _city_before_place(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is printed before ", " and a known place, as a city is ("Arequipa, Peru"), or
        before a time ("in Wuzhen today"): where the name before "in" is, not a part of it."""
        after = _COMMA_NAME.match(self._text, end)
        return (after is not None and self.lexicon.known_label(after[1]) == "Place" or WHEN_AFTER.match(self._text, end)) \
            and self.lexicon.known_label(self._text[start:end]) is None

    def _ner(self, doc: Doc) -> list[Mention]:
        out = []
        for ent, ner_label in self._ents:  # (read once per document by find)
            label = NER_LABELS.get(ner_label)
            if label is None:
                continue
            start, end = ent.start_char, ent.end_char
            if any(s < end and start < e for s, e in self._venues):
                continue  # "[Lo Wu] Control Point", "[Riverton Convention] and Exhibition Centre": part of a site
            if label == "Person":  # "Minister Tang Yijun", "Ms He Rong": the name without the title
                start, end, _ = self._untitled(ent) or (start, end, "")
                if tail := PATRONYMIC_TAIL.match(self._text, end):
                    end = tail.end()  # "... bin Talal[ bin Abdul Aziz Al-Saud]": the NER stopped at a "bin"
            text = self._text[start:end]
            stripped = LEADING_THE.sub("", text)
            start += len(text) - len(stripped)
            text = _POSSESSIVE_END_S.sub("", stripped).rstrip(" /-,")
            cut = next((w.start() for w in _WORD.finditer(text) if w.start() and self.honorific_word.match(w[0])), None)
            if cut is not None:  # "the Bank of Lakeland Mr Piet Aalders": a name, then a person's
                text = text[:cut].rstrip()
            city = _IN_CITY.search(text)
            if city and label in ("Organization", "Event") and self._city_before_place(start + city.start(1), start + len(text)):
                # "the X Meeting [in Arequipa], Peru": where it is held, a city of a place (named on its own)
                out.append(Mention(start + city.start(1), start + city.end(1), city[1], "Place", city[1], "locative"))
                text = text[:city.start()]
            end = start + len(text)
            if not text or not text[0].isupper() or key(text) in GENERIC:
                continue
            if label == "Organization" and not text.split()[-1][:1].isupper() and not self.lexicon.known_label(text):
                continue  # "the Shenzhen authority", "the Guangdong side": a description, not a name
            if label == "Place" and HYPHENATED_NAME.fullmatch(text) and not self.lexicon.known_label(text):
                label = "Person"  # "Lau Kong-wah" read as a place: a surname, then a hyphenated given name
            located = False
            if label == "Person" and (self._locative_pair(start, end) or self._locative_person(start, end)):
                label, located = "Place", True  # "the ports in Huanggang and Sha Tau Kok": NER's person is a place
            if label == "Person" and self._venue_person(start, end):
                continue  # "held at Kerry Lodge": a venue, no scored entity
            if label == "Person" and (len(text.split()) < 2 or text.isupper()):
                continue  # "Chan" alone is a short name, "CS" an acronym: resolution handles them
            if label == "Place" and self._street(text):
                continue  # "1366 Qianjiang Road": an address, no place of the scored kinds
            if label == "Person" and (any(self._head_word(w) for w in text.split()) or self._street(text)
                                      or self._site_after(end)):
                continue  # "Counter Model", "Equestrian Events", "Wong Nai Chung Road": a head word names a thing;
                # "Heung Yuen Wai control point", "Lok Ma Chau Spur Line": a site's name
            verb = HEADLINE_VERB.search(text) if label == "Person" else None
            if verb:  # a title-case headline read as one name: "Li Hua Meet Chan Tai-man" is two people
                for part_start, part in ((start, text[:verb.start()].strip()), (start + verb.end(), text[verb.end():].strip())):
                    if len(part.split()) >= 2:
                        offset = text.find(part, part_start - start)
                        out.append(Mention(start + offset, start + offset + len(part), part, "Person", part, "ner"))
                continue
            if label == "Event" and not self.grammar.classify(text):
                continue
            if _SLASH_OR_DASH.search(text) and label == "Place" and not self.lexicon.known_label(text):
                continue  # "Hong Kong-Fujian", "Hong Kong/Shenzhen": two places, not one
            if label == "Place" and text in self.lexicon.demonyms:
                continue  # "the Kuwaiti government": a country's adjective, not its name
            body_word = label == "Organization" and " " not in text and self._body_word(ent, start, text)
            if label in ("Organization", "Place") and " " not in text and not text.isupper() and not located \
                    and not self.lexicon.known_label(text) and not self._one_word_place(ent, text) and not body_word:
                continue  # "Education", "Financial": parts of titles, not names
            known = self.lexicon.known_label(text)
            shaped = self.grammar.classify(text)
            if label == "Organization" and not known and not shaped and not self._visited_body(start, text) \
                    and not body_word:
                continue  # an ORG without an organisation's head word ("Belt and Road"), or an acronym
                # the release never defines ("FTA", "SC"): defined ones are found by resolution
            if label == "Organization" and self._of_government(text):
                continue  # "X Department of the Y Government": the grammar gives both bodies
            if label == "Organization" and not known \
                    and (title := _TITLE_OF.search(self._text, max(0, start - 60), start)) is not None \
                    and self.grammar.classify(title[1].strip()) == "Post" and self.grammar.portfolio_then_owner(text):
                continue  # "Vice-Minister of [Science and Technology of the X Government]": a portfolio, then whose
            if label == "Agreement" and not known and shaped != "Agreement":
                continue  # a law ("National Security Law", "Basic Law") is no agreement
            if text.count("(") != text.count(")") or self._generic_name(text):
                continue
            halves = text.split(" and ", 1)
            if len(halves) == 2 and self.grammar.classify(halves[0]) and \
                    self.grammar.classify(halves[0]) == self.grammar.classify(halves[1]):
                continue  # "A Committee and B Committee": two names, found by the grammar
            label = known or shaped or label
            if label == "Organization" and OFFICE_ABROAD.search(text) and (site := IN_PLACE.match(self._text, end)) \
                    and self.lexicon.known_label(LEADING_THE.sub("", site[0].strip()[3:])) == "Place":
                end = site.end()  # "the X Office [in Taiwan]": an office abroad keeps its place, as the grammar's do
                text = self._text[start:end]
            out.append(Mention(start, end, text, label, self.lexicon.canonical(label, text), "ner"))
        return out
