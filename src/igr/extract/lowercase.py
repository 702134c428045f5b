"""Names printed partly in lower case, and short forms of names printed in full in the same release.

A release often writes the ordinal or the head of a name in lower case: "the second
Hong Kong/Yunnan Co-operation Conference", "the first High-Level Meeting under the X
Mechanism", "the Hong Kong/Shenzhen co-operation meeting", "the Lushan earthquake". And
it often refers to a name printed in full by a short form: "the Prime Minister" after
"British Prime Minister", "the Second High-level Meeting" after (or before) the full
title of that meeting. These functions take the mentions the detectors found and add
or rename them; they read their words from the name grammar and the lexicon.

Examples
--------
>>> from igr.extract.lexicon import load_lexicon
>>> from igr.extract.names import NameGrammar
>>> grammar = NameGrammar(load_lexicon())
>>> text = "They held the second Riverton/Lakeside Co-operation Conference."
>>> [m.name for m in lower_case_names(text, [], grammar)]
['second Riverton/Lakeside Co-operation Conference']
"""

from __future__ import annotations

import re
from functools import lru_cache

from igr.extract.lexicon import key
from igr.extract.names import NameGrammar
from igr.extract.patterns import CHUNK, GENERIC, OPENERS
from igr.extract.records import Mention
from igr.extract.triggers import ARTICLES

SERIES = ("Mechanism", "Event")
_ORDINAL_NAME = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+([a-z]+|\d+(?:st|nd|rd|th))[ \t]+({CHUNK.pattern})")
_AND_THE = re.compile(r"[ \t]+and[ \t]+the[ \t]+")
_UNDER_NAME = re.compile(rf"[ \t]+[Uu]nder[ \t]+the[ \t]+({CHUNK.pattern})")
_LOWER_WORDS = re.compile(r"[ \t]+((?:[a-z][\w-]*)(?:[ \t]+[a-z][\w-]*){0,2})")
_SINCE = re.compile(r"[ \t]+(?:held[ \t]+)?(?:after|since|following)\b")
_OWNER_BEFORE = re.compile(rf"{CHUNK.pattern}[ \t]+of(?:[ \t]+the)?[ \t]+$")
_PAIR_BEFORE = re.compile(r"[ \t]*[/-][ \t]*$")


_LOWER_TITLE = re.compile(r"((?:[a-z][\w-]*[ \t]+){0,5}[a-z][\w-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")
_TITLE_LEAD = re.compile(rf"(?:(?:{'|'.join(ARTICLES)})[ \t]+)?(?:[a-z]+(?:ly|ed|ing)[ \t]+)*")
"""What a lower-case title may open with: an article, adverbs and participles ("the newly elected")."""
_TITLE_GAP = re.compile(r",[ \t]+|[ \t]+and[ \t]+|,[ \t]+and[ \t]+")
_BARE_NAME_TITLE = re.compile(r"(?:^|(?<=[,.;:] )|(?<=\band )|(?<=\n))([A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}),[ \t]+(?=[a-z])")


def _capitalised_only(grammar: NameGrammar, title: str) -> bool:
    """Whether ``title`` (a lower-case title, cased) ends with a head that names a post only when printed
    capitalised ("leader": "the leader of the State Council" describes, "the Deputy Leader of X" is a title)."""
    return key(title).split()[-1] in _keys(grammar.lexicon.capitalised_heads)


@lru_cache(maxsize=4)
def _keys(heads: tuple[str, ...]) -> frozenset[str]:
    return frozenset(map(key, heads))


def lower_case_posts(text: str, candidates: list[Mention], grammar: NameGrammar) -> list[Mention]:
    """Post titles printed in lower case after a person's name, as in releases written on the Mainland:
    "Han Zheng, member of the Political Bureau of the CPC Central Committee and secretary of the CPC
    Shanghai Municipal Committee, met ..." gives two posts (named in title case, as the annotation
    rules name posts). A title is lower-case words the name grammar reads as a post title, "of" or
    "for", and a name the detectors found (a body or a place).

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> text = "Yang Li, mayor of Riverton, met them."
    >>> found = [Mention(0, 7, "Yang Li", "Person", "Yang Li", "ner"), Mention(18, 26, "Riverton", "Place", "Riverton", "ner")]
    >>> [(m.text, m.name) for m in lower_case_posts(text, found, NameGrammar(load_lexicon()))]
    [('mayor of Riverton', 'Mayor of Riverton')]
    """
    names: dict[int, Mention] = {}  # the longest name starting at each place
    for m in candidates:
        if m.label in ("Organization", "Place", "Mechanism") and not m.nested and (
                m.start not in names or m.end > names[m.start].end):
            names[m.start] = m
    out = []
    people = [m for m in candidates if m.label == "Person" and not m.nested]
    taken = [(m.start, m.end) for m in candidates if not m.nested]
    # a name the detectors missed, before a lower-case post: "On April 9, Han Zheng, member of the ..."
    for hit in _BARE_NAME_TITLE.finditer(text):
        start, end = hit.span(1)
        title = _LOWER_TITLE.match(text, hit.end())
        if any(s < end and start < e for s, e in taken) or title is None or title.end() not in names:
            continue
        cased = " ".join(w[:1].upper() + w[1:] for w in title[1].split())
        if grammar.post_head_length(cased) >= len(key(cased)) and not grammar.lexicon.known_label(hit[1]) \
                and not any(key(w) in grammar.all_heads for w in re.split(r"[ -]", hit[1])):  # ("Tsinghua University, ...")
            people.append(Mention(start, end, hit[1], "Person", hit[1], "title-name"))
            out.append(people[-1])
    for person in people:
        at = person.end
        gap = _TITLE_GAP.match(text, at)
        if gap is None or not gap.group().startswith(","):
            continue
        while gap is not None:
            title = _LOWER_TITLE.match(text, gap.end())
            if title is None:
                break
            # "Mr A, the mayor of X": the title is "Mayor of X"; "the newly elected chief executive of Y": "Chief
            # Executive of Y" (an adverb or a participle before a title is no part of it)
            lead = _TITLE_LEAD.match(title[1])
            words = title[1][lead.end():].split()
            cased = " ".join(w[:1].upper() + w[1:] for w in words)
            owner = max((m for s, m in names.items() if s == title.end()), key=lambda m: m.end, default=None)
            if owner is None or not words or grammar.post_head_length(cased) < len(key(cased)) \
                    or _capitalised_only(grammar, cased):
                break
            printed = text[gap.end():owner.end]
            name = cased + printed[len(title[1]):]
            out.append(Mention(gap.end(), owner.end, printed, "Post", grammar.post_name(name), "shape"))
            gap = _TITLE_GAP.match(text, owner.end)
    return out


_TITLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z]+ing[ \t]+)?((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)"
                           r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")
_HOLDER_AFTER = re.compile(r",[ \t]+")


def lower_case_titles(text: str, candidates: list[Mention], grammar: NameGrammar) -> list[Mention]:
    """A title printed in lower case before its body and its holder: "met the visiting speaker of the
    Riverton Parliament, Mr A" gives the Post "Speaker of the Riverton Parliament" (named in title case,
    as the annotation rules name posts; a participle before it, "visiting", "outgoing", is no part of it).

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> text = "He met the visiting speaker of the Riverton Parliament, Mr Karl Tamm, today."
    >>> found = [Mention(35, 54, "Riverton Parliament", "Organization", "Riverton Parliament", "ner"),
    ...          Mention(56, 68, "Mr Karl Tamm", "Person", "Karl Tamm", "honorific")]
    >>> [(m.text, m.name) for m in lower_case_titles(text, found, NameGrammar(load_lexicon()))]
    [('speaker of the Riverton Parliament', 'Speaker of the Riverton Parliament')]
    """
    people = {m.start for m in candidates if m.label == "Person" and not m.nested}
    out = []
    for owner in candidates:
        if owner.label not in ("Organization", "Place", "Mechanism") or owner.nested:
            continue
        gap = _HOLDER_AFTER.match(text, owner.end)
        if gap is None or gap.end() not in people:
            continue
        title = _TITLE_BEFORE.search(text, max(0, owner.start - 80), owner.start)
        if title is None:
            continue
        cased = " ".join(w[:1].upper() + w[1:] for w in title[1].split())
        if grammar.post_head_length(cased) < len(key(cased)) or _capitalised_only(grammar, cased):
            continue
        printed = text[title.start(1):owner.end]
        out.append(Mention(title.start(1), owner.end, printed, "Post",
                           grammar.post_name(cased + printed[len(title[1]):]), "shape"))
    return out


def lower_case_names(text: str, candidates: list[Mention], grammar: NameGrammar) -> list[Mention]:
    """Names whose ordinal or head is printed in lower case, as new mentions.

    "the second X Conference" is the second session of the series (an Event); "the first
    X Meeting under the Y Mechanism" takes in the mechanism it is held under; a place or a
    pair of places followed by a lower-case head ("Hong Kong/Shenzhen co-operation
    meeting", "Lushan earthquake") is a name of the head's class.
    """
    out = []
    for m in _ORDINAL_NAME.finditer(text):
        if not grammar.ordinal(m[1]):
            continue
        series = _AND_THE.split(m[2], maxsplit=1)[0]  # "the 21st X Expo and the Y Summit": two names
        label = grammar.classify(series) or (grammar.head_first(series) if grammar.head_first(series) else None)
        if label not in SERIES and any(c.start == m.start(2) and c.label == "Mechanism" for c in candidates):
            label = "Mechanism"  # a series read whole by the shapes past the chunk: "the eighth ASEAN Ministers - X Consultation"
        if label not in SERIES or grammar.session(series) or any(c.start == m.start(1) and c.label in SERIES for c in candidates):
            continue  # (an edition the shapes found already: "21st X Expo")
        limit = m.start(2) + len(series) if series != m[2] else len(text)
        end = max([m.start(2) + len(series)] + [c.end for c in candidates if c.start == m.start(2) and c.label in SERIES
                                                 and c.end <= limit])
        if _SINCE.match(text, end):
            continue  # "the first X Meeting held after ...": the first since, not the first edition
        under = _UNDER_NAME.match(text, end)
        if under and grammar.classify(under[1]) == "Mechanism":  # "the first X Meeting under the Y Mechanism"
            end = _series_end(under, candidates)
        name = text[m.start(1):end]
        out.append(Mention(m.start(1), end, name, "Event", name, "shape"))
    for m in candidates:  # "Second High-level Meeting under the X Mechanism": the series it is held under
        under = _UNDER_NAME.match(text, m.end) if m.label == "Event" and grammar.session(m.text) else None
        if under and grammar.classify(under[1]) == "Mechanism":
            end = _series_end(under, candidates)
            name = text[m.start:end]
            out.append(Mention(m.start, end, name, "Event", name, "shape"))
    out.extend(_own_sessions(text, candidates, grammar))
    out.extend(_lower_scheme(text, candidates, grammar))
    out.extend(_lower_event(text, candidates, grammar))
    out.extend(_ceremonies(text, candidates, grammar))
    places = {m.end: m for m in candidates if m.label == "Place"}
    for m in places.values():
        start = m.start
        pair = _PAIR_BEFORE.search(text, max(0, m.start - 3), m.start)
        if pair and pair.end() == m.start:
            first = next((p for p in places.values() if p.end == pair.start()), None)
            if first is None:
                continue  # "non-Shenzhen ...": not a pair of places
            start = first.start
        out.extend(_lower_head(text, start, m.end, grammar, paired=start != m.start))
    return out


_CLOSING_QUOTE = re.compile(r"['’](?=[ \t])")  # (a double-quoted title is the quoted names' own)


@lru_cache(maxsize=4)
def _scheme_patterns(heads: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """The lower-case heads of schemes (the lexicon's lower_case_heads), and a name before one."""
    words = "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) or r"(?!x)x"
    return (re.compile(rf"(?<=[ \t])(?:{words})\b"),
            re.compile(rf"({CHUNK.pattern})[\'’]?((?:[ \t]+[a-z][a-z-]+){{0,2}}?)[ \t]+(?:{words})\b"))


_ITS_SESSION = re.compile(r"\b[Tt]he[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)[ \t]+(?:held|holds|convened|will[ \t]+hold)"
                          r"[ \t]+its[ \t]+([a-z]+|\d+(?:st|nd|rd|th))[ \t]+((?:[a-z]+[ \t]+)?(?:meeting|session|plenary))\b")


_ORDINAL_QUOTE = re.compile(r"\b([A-Z][a-z]+|\d+(?:st|nd|rd|th))[ \t]+[“\"]")


def ordinal_before_quote(text: str, candidates: list[Mention], grammar: NameGrammar) -> list[Mention]:
    """An occasion whose quoted title follows its ordinal: "the First “Business Conference on X”" is the First
    Business Conference on X (the edition, named with its number; the quotation marks are no part of the name; the
    quoted title inside names no series of its own, as "the Fifth X Forum" does not)."""
    out = []
    for m in candidates:
        if m.label != "Event" or m.start < 2 or text[m.start - 1] not in "“\"":
            continue
        ordinal = _ORDINAL_QUOTE.search(text, max(0, m.start - 20), m.start)
        if ordinal is None or ordinal.end() != m.start or not grammar.ordinal(ordinal[1]):
            continue
        end = m.end + 1 if text[m.end:m.end + 1] in ("”", "\"") else m.end
        name = f"{ordinal[1]} {m.name}"
        out.append(Mention(ordinal.start(1), end, text[ordinal.start(1):end], "Event", name, m.source))
    return out


_SESSION_AFTER_SERIES = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+([a-z]+|\d+(?:st|nd|rd|th)|(?:19|20)\d\d)[ \t]+"
                                   rf"((?:[a-z][\w-]*[ \t]+){{0,2}})({CHUNK.pattern})[ \t]+(meeting|session|round|plenary)\b")


def sessions_after_series(text: str, grammar: NameGrammar) -> list[Mention]:
    """A numbered session printed in lower case after its series' name: "Hong Kong and the EU held their 12th annual
    Structured Dialogue meeting" (the session, an Event; the series a Mechanism: the text names the series only by
    its meetings), "the second Lakeland Policy Dialogue session". Not a series with a head of its own ("the third X
    Conference meeting": the Conference's, read elsewhere). First among equals: the series is no Event of its own."""
    out = []
    for m in _SESSION_AFTER_SERIES.finditer(text):
        ordinal, words, series = m[1], m[2].split(), m[3]
        if not (grammar.ordinal(ordinal) or ordinal[0].isdigit()) or not all(map(grammar.session_modifier, words)) \
                or grammar.classify(series) not in (None, "Event") or grammar.session(series) \
                or grammar.ends_with("Mechanism", series) or len(series.split()) < 2:
            continue
        out.append(Mention(m.start(1), m.end(4), text[m.start(1):m.end(4)], "Event", text[m.start(1):m.end(4)], "shape"))
        out.append(Mention(m.start(3), m.end(3), series, "Mechanism", series, "shape"))
    return out


def _own_sessions(text: str, candidates: list[Mention], grammar: NameGrammar) -> list[Mention]:
    """A series that "held its ninth meeting", named before by its full name ("The X Joint Working Group on Y ... The
    group held its ninth meeting"): the session is the series', named "ninth meeting of the X Joint Working Group on
    Y" (a session printed with no name of its own).

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> grammar = NameGrammar(load_lexicon())
    >>> text = "The Riverton-Lakeland Joint Working Group on Trade met. The group held its ninth meeting in Riverton."
    >>> group = Mention(4, 50, text[4:50], "Mechanism", text[4:50], "shape")
    >>> [m.name for m in _own_sessions(text, [group], grammar)]
    ['ninth meeting of the Riverton-Lakeland Joint Working Group on Trade']
    """
    out = []
    for m in _ITS_SESSION.finditer(text):
        if not grammar.ordinal(m[2]):
            continue
        noun = key(m[1]).split()[-1]
        series = [c for c in candidates if c.label == "Mechanism" and c.end <= m.start()
                  and noun in key(_HEAD_PART.split(c.name, maxsplit=1)[0]).split()]
        if series:  # (the last one named, in its fullest form)
            last = max(series, key=lambda c: (c.end, -c.start))
            out.append(Mention(m.start(2), m.end(3), text[m.start(2):m.end(3)], "Event",
                               f"{m[2]} {m[3]} of the {last.name}", "shape"))
    return out


_HEAD_PART = re.compile(r" (?:on|for|of|between) ")


def _lower_scheme(text: str, candidates: list[Mention], grammar: NameGrammar) -> list[Mention]:
    """A scheme named in capitals, its head in lower case: "the Early Warnings for All initiative",
    "the Renminbi trade settlement scheme" (not "the Hong Kong scheme": a place's)."""
    taken = [(c.start, c.end) for c in candidates if c.label != "Place"]
    out = []
    scheme_head, lower_scheme = _scheme_patterns(grammar.lexicon.lower_scheme_heads)
    for head in scheme_head.finditer(text):  # read back from each lower-case head only
        m = next((m for m in lower_scheme.finditer(text, max(0, head.start() - 160), head.end())
                  if m.end() == head.end()), None)
        if m is None:
            continue
        start = m.start()
        lead = re.match(r"(?:The|([A-Z][a-z]+)[ \t]+the)[ \t]+", m[1])  # "The X project", "Regarding the X project"
        if lead and (lead[1] is None or lead[1].lower() in OPENERS or lead[1].endswith("ing")):
            start += lead.end()
        name, words = text[start:m.start(1) + len(m[1])], text[start:m.start(1) + len(m[1])].split()
        if len(words) < 2 and not m[2] or grammar.classify(name) is not None \
                or words[0].lower() in OPENERS or any(w in OPENERS for w in m[2].split()) \
                or any(s < m.end() and start < e and not (start <= s and e <= m.end()) for s, e in taken):
            continue
        end = m.end()
        if text[head.start():head.end()] in grammar.lexicon.lower_scheme_descriptors and not m[2]:
            end = m.start(1) + len(m[1])  # "the X Canal project": the X Canal, a project
        # (the name without the quote closed before its head: "the 'Belt and Road' initiative")
        out.append(Mention(start, end, text[start:end], "Initiative", _CLOSING_QUOTE.sub("", text[start:end]), "shape"))
    return out


_LOWER_EVENT = re.compile(rf"\b(?:[Tt]he|[Aa]n?)[ \t]+({CHUNK.pattern})[ \t]+([a-z]+)\b")


def _lower_event(text: str, candidates: list[Mention], grammar: NameGrammar) -> list[Mention]:
    """An occasion named in capitals, its event noun in lower case: "the Riverton Night reception",
    "a Harbour Lights gala" (not "the Riverton Expo dinner": a named event's own meal; not a
    body's or a person's: "the Riverton Council seminar")."""
    nouns = {h for h in grammar.head_keys("Event") if " " not in h} - grammar.generic_words - set(GENERIC)
    out = []
    for m in _LOWER_EVENT.finditer(text):
        if m[2] not in nouns or len(m[1].split()) < 2 or grammar.classify(m[1]) not in (None, "Place") \
                or m[1].split()[0].lower() in OPENERS:
            continue
        if any(c.start < m.end(1) and m.start(1) < c.end and c.label != "Place" and c.source != "ner" for c in candidates):
            continue  # (the NER reads such names as anything, even people)
        out.append(Mention(m.start(1), m.end(2), text[m.start(1):m.end(2)], "Event", text[m.start(1):m.end(2)], "shape"))
    return out


_OF_LINK = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_CEREMONY = re.compile(r"\b([a-z][a-z-]+[ \t]+(?:ceremony|meeting))[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")
_RUNS_ON = re.compile(r"[ \t]+[A-Z]")


def _ceremonies(text: str, candidates: list[Mention], grammar: NameGrammar) -> list[Mention]:
    """A ceremony printed in lower case, of a named place, body, scheme or agreement: "the opening
    ceremony of the Riverside Science Park" is an event (of an event, "the opening ceremony of
    the X Expo", it is a part of that event, not named apart); so is a numbered meeting of a body or a series,
    "the inaugural meeting of the Organising Committee of X", "the first meeting of the Y Committee"."""
    out = []
    if "ceremony" not in text and "meeting" not in text:
        return out  # (the pattern's fixed words: no need to try it at every word)
    for m in _CEREMONY.finditer(text):
        first = m[1].split()[0]
        meeting = m[1].endswith("meeting")
        kinds = ("Organization", "Mechanism") if meeting else ("Place", "Organization", "Initiative", "Agreement")
        named = [c for c in candidates if c.start == m.end() and c.label in kinds]
        if not named or first in OPENERS or meeting and not grammar.ordinal(first) \
                or not meeting and any(c.start == m.end() and c.label in SERIES for c in candidates):
            continue
        end = max(c.end for c in named)
        while (link := _OF_LINK.match(text, end)) is not None:  # "... of the X Unit of the Y Office"
            further = [c.end for c in candidates if c.start == link.end() and c.label in ("Place", "Organization")]
            if not further:
                break
            end = max(further)
        if _RUNS_ON.match(text, end):
            continue  # "the opening ceremony of the China Hong Kong Pavilion": a longer name no detector knows
        out.append(Mention(m.start(1), end, text[m.start(1):end], "Event", text[m.start(1):end], "shape"))
    return out


def _series_end(under: re.Match, candidates: list[Mention]) -> int:
    """Where the series a meeting is held under ends: its chunk, or the longer name found there
    ("the X Mechanism for Participation in Reconstruction in Y")."""
    return max([under.end(1)] + [c.end for c in candidates if c.start == under.start(1) and c.label == "Mechanism"])


def _lower_head(text: str, start: int, end: int, grammar: NameGrammar, paired: bool) -> list[Mention]:
    """A place (or an "X/Y" pair of places) and a head in lower case: "Lushan earthquake"."""
    follow = _LOWER_WORDS.match(text, end)
    if follow is None:
        return []
    words = follow[1].split()
    if words[0] in ARTICLES:
        return []  # "attended in Shanghai the opening ceremony of X": a new phrase after the place
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        for label in SERIES:
            if key(head) not in grammar.head_keys(label):
                continue
            if " " not in head and (key(head) in grammar.generic_words | GENERIC
                                    or head.endswith("s") and key(head)[:-1] in grammar.head_keys(label)):
                continue  # "the Shanghai meeting", "the HK-Fujian conference", "signature Macao events": no name
            stop = follow.start(1) + len(head)
            owner = _OWNER_BEFORE.search(text, max(0, start - 80), start)
            if owner and owner.end() == start:  # "the National Day of the Republic of Korea reception"
                start = owner.start()
            name = text[start:stop]
            return [Mention(start, stop, name, label, name, "shape")]
    for n in range(len(words), 1, -1) if paired else ():
        if key(words[n - 1]) in grammar.head_keys("Agreement"):
            # "the Hong Kong-Georgia free trade agreement", "the A-B double taxation agreement": a pair's agreement of
            # a kind (not "the A-B agreement", which names none)
            stop = follow.start(1) + [w.end() for w in re.finditer(r"\S+", follow[1])][n - 1]
            return [Mention(start, stop, text[start:stop], "Agreement", text[start:stop], "shape")]
    return []


_AGREEMENT_COMPLEMENT = re.compile(r" (?:with|between|on|for|concerning) ")


def agreements_by_kind(text: str, candidates: list[Mention], grammar: NameGrammar) -> list[Mention]:
    """An agreement printed by its kind alone ("signed an Investment Agreement with the Minister, Mr A"), where the
    release prints the one agreement of that kind in full ("The Investment Agreement with Chile is ..."): that agreement.

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> text = "He signed an Investment Agreement today. The Investment Agreement with Chile is the 19th."
    >>> full = Mention(45, 76, "Investment Agreement with Chile", "Agreement", "Investment Agreement with Chile", "shape")
    >>> [(m.text, m.name) for m in agreements_by_kind(text, [full], NameGrammar(load_lexicon()))]
    [('Investment Agreement', 'Investment Agreement with Chile')]
    """
    kinds: dict[str, set[str]] = {}
    for m in candidates:
        if m.label == "Agreement" and m.parent is None:
            kind = _AGREEMENT_COMPLEMENT.split(m.name, maxsplit=1)[0]
            if kind != m.name and grammar.ends_with_head("Agreement", kind) and key(kind) in grammar.all_heads:
                kinds.setdefault(kind, set()).add(m.name)
    taken = [(m.start, m.end) for m in candidates]
    out = []
    for kind, names in kinds.items():
        if len(names) != 1:
            continue  # (two agreements of the kind: "the Investment Agreement" names neither)
        for found in re.finditer(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", text):
            if not any(a < found.end() and found.start() < b for a, b in taken):
                out.append(Mention(found.start(), found.end(), found[0], "Agreement", next(iter(names)), "shape"))
    return out


def short_forms(mentions: list[Mention], grammar: NameGrammar, text: str = "") -> list[Mention]:
    """Short forms renamed to the one fuller name of the release that holds them.

    "First Plenary Session" inside "High-Level Meeting cum First Plenary Session of X",
    "Second High-level Meeting" and "second High-level Meeting Under the X Mechanism",
    "Prime Minister" and "British Prime Minister". A short form that two fuller names
    hold is left alone.
    """
    full: dict[str, list[str]] = {}
    for m in mentions:
        if m.parent is None and m.label in ("Event", "Mechanism", "Post", "Agreement", "Initiative"):
            full.setdefault(m.label, []).append(m.name)
    named_series = list(dict.fromkeys(m.name for m in mentions if m.label == "Mechanism"))  # (also inside sessions)
    out = []
    for m in mentions:
        series = _series_of_pair(m, named_series, grammar)
        session = None if series else _session_of_pair(m, full.get("Event", ()))
        if series is not None:  # "the HK-Guangdong joint conference" of a release that names the full series
            m = Mention(m.start, m.end, m.text, "Mechanism", series, m.source, m.kind, m.parent, m.aliases)
        elif session is not None:  # "the X/Y co-operation meeting" of a release that names the X/Y session
            m = Mention(m.start, m.end, m.text, "Event", session, m.source, m.kind, m.parent, m.aliases)
        elif m.parent is None and m.label in full:
            hosts = _fuller_names(m, full[m.label], grammar)
            if len(hosts) == 1:
                m = Mention(m.start, m.end, m.text, m.label, hosts.pop(), m.source, m.kind, m.parent, m.aliases)
        out.append(m)
    return _parenthesised(out, text)


def _fuller_names(m: Mention, names: list[str], grammar: NameGrammar) -> set[str]:
    """The fuller names of the release (``names``, of ``m``'s class) that the short form ``m`` may stand for: a bare
    head or a tail inside them ("Prime Minister" in "British Prime Minister"), or a head-first name printed without
    its complement ("the Business Conference" after "the First Business Conference on X", an ordinal before it or not)."""
    k = key(m.name)
    if _short(m, grammar) or _tail(m, grammar):
        return {name for name in names
                if len(key(name)) > len(k) and re.search(rf"(?:^| ){re.escape(k)}(?:$| )", key(name))
                and (m.label not in ("Post", "Agreement", "Initiative") or key(name).endswith(" " + k))
                and not (m.label == "Post" and (_ranked(key(name)[: -len(k)], grammar)
                                                or _COMPLEMENT_END.search(key(name)[: -len(k)])))}
        # (not a title that is the complement of another: "Chief Executive" in "Chief of Office of the Chief
        # Executive")
    if m.label in ("Event", "Mechanism") and grammar.ends_with(m.label, m.name):
        return {name for name in names if re.match(rf"(?:\S+ )?{re.escape(k)} (?:on|of|for|between) ", key(name))
                and (key(name).startswith(k) or grammar.ordinal(name.split()[0]))}
    return set()


_COMPLEMENT_END = re.compile(r" (?:of|for|to|to the|of the|for the)\s*$")
_LOWER_TAIL = re.compile(r"^(.*?[A-Za-z])(?:[ \t]+[a-z][\w-]*)+$")


_PAIR_SPLIT = re.compile(r"[ \t]*[/–-][ \t]*")


def _series_of_pair(m: Mention, series, grammar: NameGrammar) -> str | None:
    """The one series of the release named after the same places, in the same order, and ending in the same
    head as a short form printed with a lower-case head ("the HK-Riverton joint conference" for "the Hong
    Kong/Riverton Co-operation Joint Conference"), or None.

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> m = Mention(0, 27, "HK-Shanghai joint conference", "Mechanism", "HK-Shanghai joint conference", "shape")
    >>> _series_of_pair(m, ["Hong Kong/Shanghai Co-operation Joint Conference"], NameGrammar(load_lexicon()))
    'Hong Kong/Shanghai Co-operation Joint Conference'
    """
    if m.label != "Mechanism" or m.parent is not None or not series:
        return None
    pair = _LOWER_TAIL.match(m.name)
    parts = _PAIR_SPLIT.split(pair[1]) if pair else ()
    if len(parts) < 2:
        return None
    places = [grammar.lexicon.lookup(p) for p in parts]
    if any(e is None or e.label != "Place" for e in places):
        return None
    start = key(" ".join(e.name for e in places)) + " "
    tail = " " + key(m.name[pair.end(1):])
    hosts = {name for name in series if name != m.name and key(name).replace("/", " ").startswith(start)
             and key(name).endswith(tail)}
    return hosts.pop() if len(hosts) == 1 else None


def _session_of_pair(m: Mention, events) -> str | None:
    """The one event of the release named after the same places as a series printed with a
    lower-case head ("the Riverton/Lakeside co-operation meeting" for "the Third Plenary Session of
    the Riverton/Lakeside Co-operation Conference"), or None.

    Examples
    --------
    >>> m = Mention(0, 30, "Riverton/Lakeside co-operation meeting", "Mechanism",
    ...             "Riverton/Lakeside co-operation meeting", "shape")
    >>> _session_of_pair(m, ["Third Plenary Session of the Riverton/Lakeside Co-operation Conference"])
    'Third Plenary Session of the Riverton/Lakeside Co-operation Conference'
    """
    if m.label != "Mechanism" or m.parent is not None or "/" not in m.name and "-" not in m.name:
        return None
    pair = _LOWER_TAIL.match(m.name)
    if pair is None:
        return None
    k = key(pair[1])
    hosts = {name for name in events if re.search(rf"(?:^| ){re.escape(k)} ", key(name))}
    return hosts.pop() if len(hosts) == 1 else None


def _ranked(before: str, grammar: NameGrammar) -> bool:
    """Whether the words before a short title make another post: a rank ("Deputy Secretary for Justice" is
    not the "Secretary for Justice"), not a mere qualifier ("British Prime Minister", "Acting ...").

    >>> from igr.extract.lexicon import load_lexicon
    >>> grammar = NameGrammar(load_lexicon())
    >>> _ranked("deputy ", grammar), _ranked("british ", grammar), _ranked("acting ", grammar)
    (True, False, False)
    """
    last = before.split()[-1:] or [""]
    ranks = {key(w) for w in grammar.lexicon.post_modifiers} - {key(w) for w in grammar.lexicon.not_post_modifiers}
    return last[0] in ranks


def _tail(m: Mention, grammar: NameGrammar) -> bool:
    """An agreement or scheme named by the last three or more words of a fuller name of the
    release: "Closer Economic Partnership Agreement" for "Riverton - Lakeland Closer Economic
    Partnership Agreement" (not a known name of its own)."""
    return m.label in ("Agreement", "Initiative") and len(m.name.split()) >= 3 \
        and grammar.lexicon.known_label(m.name) is None


_OPEN = re.compile(r"[ \t]*\([ \t]*(?:the[ \t]+)?")
_CLOSE = re.compile(r"[ \t]*\)")


def _parenthesised(mentions: list[Mention], text: str) -> list[Mention]:
    """A short name in parentheses right after a name of the same class is that name's: "the X
    Closer Economic Partnership Agreement (CEP Agreement)" (an alias, rule 2 of the annotation
    guide)."""
    out = list(mentions)
    last: Mention | None = None
    last_at = -1
    for i, m in enumerate(out):
        if m.parent is not None:
            continue
        if last is not None and last.label == m.label and m.name != last.name and m.end - m.start < last.end - last.start \
                and _OPEN.fullmatch(text[last.end:m.start]) and _CLOSE.match(text, m.end):
            # "the Fifth [X Forum] (X Forum)": an event inside the edition, ending with it, is the series named
            series = next((n for n in out[last_at + 1:i] if n.label == "Event" == m.label and n.end == last.end), None)
            name = series.name if series is not None else last.name
            if name != m.name:
                out[i] = Mention(m.start, m.end, m.text, m.label, name, m.source, m.kind, m.parent, m.aliases)
        last, last_at = m, i
    return out


def _short(m: Mention, grammar: NameGrammar) -> bool:
    """A name made of a head, with at most an ordinal or a year before it."""
    words = m.name.split()
    if m.label == "Post":
        return grammar.post_head_length(m.name) >= len(key(m.name))  # a bare title: "Prime Minister"
    if words and (grammar.ordinal(words[0]) or words[0].isdigit()):
        words = words[1:]
    rest = " ".join(words)
    return bool(rest) and (key(rest) in grammar.all_heads or key(rest) in grammar.generic_words)
