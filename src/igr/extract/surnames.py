"""People named again by one word of their name, with no honorific: "Hu said at a meeting with Tsang".

Wire reports name a person in full once ("Chinese President Hu Jintao", "Donald Tsang") and then by the
surname alone, the first word of a Chinese name, the last of a Western one, the one before a hyphenated
given name in a Hong Kong one ("Paul Chan Mo-po"). A capitalised word that is
the first or the last word of exactly one person named earlier in the release, tagged a proper noun,
standing alone (no capitalised word next to it) and inside no other name, refers to that person; coreference
(:mod:`igr.extract.coref`) joins it to them as it joins "Mr Tsang".

Examples
--------
>>> from igr.extract.pipeline import load_model
>>> text = "Chinese President Hu Jintao met Donald Tsang. Hu said at a meeting with Tsang that ..."
>>> doc = load_model()(text)
>>> people = [Mention(18, 27, "Hu Jintao", "Person", "Hu Jintao", "title-name"),
...           Mention(32, 44, "Donald Tsang", "Person", "Donald Tsang", "ner")]
>>> [(m.text, m.source) for m in bare_surnames(doc, text, people)]
[('Hu', 'surname'), ('Tsang', 'surname')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from igr.extract.records import Mention

_NAME_WORD = re.compile(r"[A-Z][a-z]+")
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def bare_surnames(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """The one-word references to people of ``mentions`` (see the module's docstring).

    Parameters
    ----------
    doc : Doc
        The analysed release (its part-of-speech tags).
    text : str
        The release's text.
    mentions : list of Mention
        The mentions found so far, after overlaps are resolved.
    """
    owners: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for m in mentions:
        words = m.name.split()
        if m.label != "Person" or len(words) < 2:
            continue
        # (a Hong Kong name's surname is before its hyphenated given name: "Paul [Chan] Mo-po")
        for word in {words[0], words[-1]} | ({words[-2]} if len(words) > 2 and "-" in words[-1] else set()):
            if _NAME_WORD.fullmatch(word):
                owners.setdefault(word, set()).add(m.name)
                first_seen[word] = min(first_seen.get(word, m.end), m.end)
    words = sorted(w for w, names in owners.items() if len(names) == 1)
    if not words:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    out = []
    for found in re.finditer(rf"\b(?:{'|'.join(words)})\b", text):
        start, end = found.span()
        if start < first_seen[found[0]] or _CAPITALISED_NEXT.match(text, end) \
                or _CAPITALISED_BEFORE.search(text, max(0, start - 30), start) \
                or any(s < end and start < e for s, e in taken):
            continue
        span = doc.char_span(start, end)
        if span is None or len(span) != 1 or span[0].pos_ != "PROPN":
            continue
        out.append(Mention(start, end, found[0], "Person", found[0], "surname"))
    return out
