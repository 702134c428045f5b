"""Names that share a part printed once for several of them: agreements that share their parties
across an acronym or a coordination, bodies that share a plural head.

"the Highways, Labour and Planning Departments" names three departments, each with the head
printed once in the plural after the last ("Highways Department", "Labour Department",
"Planning Department"): :func:`shared_heads`.

"the Free Trade Agreement (FTA) and the Investment Agreement (IA) between Hong Kong and
Chile" names two agreements, each between Hong Kong and Chile: the "between A and B"
complement is printed once, after the last name, and an acronym in parentheses may stand
between a name and its complement. The name shapes stop at the parenthesis; this module
gives each agreement its full name, over the span of the name as printed (so that the
acronym after it still defines its alias).

Examples
--------
>>> from igr.extract.lexicon import load_lexicon
>>> from igr.extract.names import NameGrammar
>>> grammar = NameGrammar(load_lexicon())
>>> text = "They reviewed the Tax Agreement (TA) and the Customs Agreement between Riverton and Lakeland."
>>> [m.name for m in shared_complements(text, grammar)]
['Customs Agreement between Riverton and Lakeland', 'Tax Agreement between Riverton and Lakeland']
"""

from __future__ import annotations

import re

from igr.extract.lexicon import key
from igr.extract.names import NameGrammar
from igr.extract.patterns import CHUNK
from igr.extract.records import Mention

_PARTIES = re.compile(r"[ \t]+(between|among)[ \t]+(?:the[ \t]+)?")
_ACRONYM = r"(?:[ \t]*\([ \t]*[A-Z][A-Za-z&]{1,11}[ \t]*\))"
_NAME_BEFORE = re.compile(rf"({CHUNK.pattern}){_ACRONYM}?$")
_AND_THE = re.compile(r"[ \t]+and[ \t]+the[ \t]+")
_PAIRED = re.compile(r"[\w)][ \t]*[-/–][ \t]*[A-Z]")
"""Two parties joined in a name: "Hong Kong-Peru", "Riverton/Lakeland"."""
_THE = re.compile(r"\b[Tt]he[ \t]+$")
_COORDINATED = re.compile(rf"({CHUNK.pattern}){_ACRONYM}?[ \t]+and[ \t]+(?:the[ \t]+)?$")
_ITEM = r"[A-Z][\w'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’-]*)*"
"""A modifier of a shared head: capitalised words, "&" inside ("Trade & Industry")."""
_LIST_BEFORE = re.compile(rf"\b[Tt]he[ \t]+({_ITEM}(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_ITEM})+)[ \t]+$")
_OXFORD = re.compile(r",[ \t]*and[ \t]")
_SEPARATORS = (re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?"), re.compile(r"[ \t]*,[ \t]*|[ \t]+and[ \t]+"))
"""Between the modifiers: with a comma before the last "and" ("A, B and C, and D") an "and" without one is
inside a modifier ("Customs and Excise"); else every "and" parts two."""


def shared_complements(text: str, grammar: NameGrammar) -> list[Mention]:
    """Agreements named before an acronym or a coordination, with the parties printed after both.

    Only where something stands between the name and "between" (a name printed right before
    its complement is read whole by the name shapes), and only after "the" ("an updated
    Memorandum (MOU) between A and B" describes one).
    """
    out = []
    for link in _PARTIES.finditer(text):
        parties = CHUNK.match(text, link.end())
        if parties is None or not re.search(r"\sand\s", parties[0]):
            continue
        complement = f"{link[1]} {parties[0]}"
        window = max(0, link.start() - 240)
        last = _NAME_BEFORE.search(text, window, link.start())
        if last is None or grammar.classify(last[1]) != "Agreement":
            continue
        names = [(last.start(1), last[1])]  # (start, name as printed), last first
        before = _COORDINATED.search(text, window, last.start(1))
        if before is not None and grammar.classify(before[1]) == "Agreement" and not _PAIRED.search(before[1]):
            names.append((before.start(1), before[1]))  # (not "the A-B Free Trade Agreement": its parties named)
        parts = _AND_THE.split(last[1])  # "the A Agreement and the B Agreement": one chunk of two names
        if len(parts) > 1 and all(grammar.classify(p) == "Agreement" for p in parts):
            names = [(last.start(1) + last[1].rindex(p), p) for i, p in reversed(list(enumerate(parts)))
                     if i == len(parts) - 1 or not _PAIRED.search(p)]
        if len(names) == 1 and last.end(1) == link.start():
            continue  # "X Agreement between A and B": one name, read whole by the shapes
        if not _THE.search(text, max(0, names[-1][0] - 4), names[-1][0]):
            continue  # "an updated Memorandum of Understanding (MOU) between ...": a description
        for start, name in names:
            out.append(Mention(start, start + len(name), name, "Agreement", f"{name} {complement}", "shape"))
    return out


_TOPIC_AFTER_BRACKET = re.compile(r"\)[ \t]+(?:on|for|concerning|regarding)[ \t]+[A-Z]")
_ACRONYM_THEN_TOPIC = re.compile(rf"({CHUNK.pattern}){_ACRONYM}[ \t]+(on|for|concerning|regarding)[ \t]+({CHUNK.pattern})")


def acronym_inside(text: str, grammar: NameGrammar) -> list[Mention]:
    """An agreement whose acronym is printed before its topic: "a Memorandum of Understanding (MOU) on Tourism
    Co-operation" is the "Memorandum of Understanding on Tourism Co-operation" (the acronym is no part of the name).

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> text = "They signed a Memorandum of Understanding (MOU) on Film Co-operation today."
    >>> [m.name for m in acronym_inside(text, NameGrammar(load_lexicon()))]
    ['Memorandum of Understanding on Film Co-operation']
    """
    out = []
    if _TOPIC_AFTER_BRACKET.search(text) is None:
        return out  # (a literal scan first: the full pattern tries a name at every word)
    for m in _ACRONYM_THEN_TOPIC.finditer(text):
        if grammar.classify(m[1]) != "Agreement":
            continue
        name = f"{m[1]} {m[2]} {m[3]}"
        out.append(Mention(m.start(1), m.end(3), text[m.start(1):m.end(3)], "Agreement", name, "shape"))
    return out


_LEVELS_SHARING = re.compile(r"(?<![\w'’-])(?!The\b)((?:[A-Z][\w'’-]*[ \t]+){1,3}?)(\w+)[ \t]+(?:and|&)[ \t]+((?:[A-Z][\w'’-]*[ \t]+){1,3}?)(\w+)"
                             r"[ \t]+(Governments?)\b")


def shared_government(text: str, grammar: NameGrammar) -> list[Mention]:
    """Two places' governments of two levels sharing one head: "Guangdong Provincial and Guangzhou Municipal
    Government officials" names the "Guangdong Provincial Government" and the "Guangzhou Municipal Government"
    (the level words are those of the lexicon's government heads: "Provincial", "Municipal", "People's").

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> text = "He met Guangdong Provincial and Guangzhou Municipal Government officials."
    >>> [(m.text, m.name) for m in shared_government(text, NameGrammar(load_lexicon()))]
    [('Guangdong Provincial', 'Guangdong Provincial Government'), ('Guangzhou Municipal Government', 'Guangzhou Municipal Government')]
    """
    if "Government" not in text:
        return []
    levels = {h.split()[0] for h in grammar.lexicon.heads.get("Organization", ())
              if h.endswith(" Government") and len(h.split()) == 2}
    out = []
    for m in _LEVELS_SHARING.finditer(text):
        first, second = m[1].strip(), m[3].strip()
        if m[2] not in levels or m[4] not in levels or grammar.classify(first) != "Place" or grammar.classify(second) != "Place":
            continue
        out.append(Mention(m.start(1), m.end(2), text[m.start(1):m.end(2)], "Organization", f"{first} {m[2]} Government", "shape"))
        out.append(Mention(m.start(3), m.end(5), text[m.start(3):m.end(5)], "Organization",
                           f"{second} {m[4]} Government", "shape"))
    return out


def plural_heads(heads) -> dict[str, str]:
    """The plural of each one-word body head (a government's own are plural in lists: "the A and B
    Departments"), to the head; not "Government" (the places' governments, read as places' parties),
    nor heads already plural or legal forms.

    Examples
    --------
    >>> sorted(plural_heads(["Bureau", "Ministry", "Department", "Holdings", "Ltd", "Government"]).items())
    [('Bureaus', 'Bureau'), ('Bureaux', 'Bureau'), ('Departments', 'Department'), ('Ministries', 'Ministry')]
    """
    out = {}
    for head in heads:
        if " " in head or not head.isalpha() or not head[:1].isupper() or head.endswith("s") or len(head) < 5 \
                or head == "Government":
            continue
        if head.endswith("y") and head[-2:-1] not in "aeiou":
            out[head[:-1] + "ies"] = head
        elif head.endswith("u"):
            out[head + "x"] = out[head + "s"] = head
        else:
            out[head + "s"] = head
    return out


def shared_heads(text: str, plurals: dict[str, str], pattern: re.Pattern, grammar: NameGrammar) -> list[Mention]:
    """Bodies listed before one plural head: "the Highways, Trade & Industry, Labour, and Planning
    Departments" (``pattern`` finds the plurals of ``plurals``). Each modifier names a body with the
    head in the singular; the last mention takes in the plural head. Only after "the", two or more, and
    where the plural ends the name ("the Lands and Fire Services Departments": not "Services").

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> grammar = NameGrammar(load_lexicon())
    >>> plurals = plural_heads(["Department", "Bureau"])
    >>> pattern = re.compile(rf"\\b(?:{'|'.join(plurals)})\\b(?![ \\t]+[A-Z])")
    >>> text = "Officers of the Lands, Trade & Industry and Drainage Services Departments came."
    >>> [(m.text, m.name) for m in shared_heads(text, plurals, pattern, grammar)]
    [('Lands', 'Lands Department'), ('Trade & Industry', 'Trade and Industry Department'), \
('Drainage Services Departments', 'Drainage Services Department')]
    """
    out = []
    for head in pattern.finditer(text):
        listed = _LIST_BEFORE.search(text, max(0, head.start() - 200), head.start())
        if listed is None:
            continue
        start, printed = listed.start(1), listed[1]
        if key(f"{printed} {plurals[head[0]]}") in grammar.head_keys("Organization"):
            continue  # one head in the lexicon, several bodies of it: "the Economic and Trade Offices in A and B"
        separator = _SEPARATORS[0] if _OXFORD.search(printed) else _SEPARATORS[1]
        cuts = [(m.start(), m.end()) for m in separator.finditer(printed)]
        bounds = zip([0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(printed)])
        items = [(start + a, start + b) for a, b in bounds]
        singular = plurals[head[0]]
        for i, (a, b) in enumerate(items):
            end = head.end() if i == len(items) - 1 else b
            name = grammar.lexicon.canonical("Organization", f"{text[a:b]} {singular}")
            out.append(Mention(a, end, text[a:end], "Organization", name, "shape"))
    return out
