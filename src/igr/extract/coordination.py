"""Agreements that share their parties across an acronym or a coordination.

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
