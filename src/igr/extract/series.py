"""Co-operation series named in lower case by their head and the parties' field.

Releases often name a standing mechanism without capitals: "the co-ordination mechanism on
Guangdong-Hong Kong talent co-operation", "the joint working group on Hong Kong/Shenzhen
boundary control". Such a phrase names one series when a mechanism head of the lexicon (of two
words or more, not a session word: "working group", "task force", "liaison mechanism") is
followed by "on" or "for" and a field whose words name its parties: two places joined by a
hyphen or a slash, or "between A and B". The field runs over nouns and adjectives (and "and"
between two of them) and ends on a noun; a bare head ("the mechanism for communication") or a
field with no parties names nothing.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> from igr.extract.lexicon import load_lexicon
>>> from igr.extract.names import NameGrammar
>>> words = ["the", "task", "force", "on", "Riverton", "-", "Lakeside", "trade", "facilitation", "met"]
>>> pos = ["DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "NOUN", "NOUN", "VERB"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, pos=pos,
...           spaces=[True, True, True, True, False, False, True, True, True, False])
>>> text = doc.text
>>> places = [Mention(text.index(p), text.index(p) + 8, p, "Place", p, "ner") for p in ("Riverton", "Lakeside")]
>>> [m.name for m in lower_case_series(doc, text, places, NameGrammar(load_lexicon()))]
['task force on Riverton-Lakeside trade facilitation']
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from igr.extract.lexicon import key
from igr.extract.names import NameGrammar
from igr.extract.records import Mention

_FIELD_WORDS = frozenset(("NOUN", "PROPN", "ADJ"))
_JOINERS = frozenset(("-", "/", "–"))
_MOST_WORDS = 12


@lru_cache(maxsize=4)
def _head_pattern(heads: tuple[str, ...], session_words: frozenset[str]) -> re.Pattern:
    """ "the <lower-case mechanism head> on|for ": the heads of two words or more that are no session words."""
    forms = {h.lower() for h in heads if len(h.split()) > 1 and key(h).split()[-1] not in session_words}
    words = "|".join(sorted((re.escape(f).replace(r"\ ", r"[ \t]+") for f in forms), key=len, reverse=True))
    return re.compile(rf"\b[Tt]he[ \t]+((?:{words or '(?!x)x'})[ \t]+(?:on|for)[ \t]+)")


def lower_case_series(doc: Doc, text: str, candidates: list[Mention], grammar: NameGrammar) -> list[Mention]:
    """Mechanisms printed in lower case with their parties' field, as new mentions.

    Parameters
    ----------
    doc : Doc
        The parsed release (its tokens end the field).
    text : str
        The text the mentions' offsets point into.
    candidates : list of Mention
        The mentions found so far (the places that name the parties).
    grammar : NameGrammar
        Its lexicon gives the mechanism heads and the session words.

    Returns
    -------
    list of Mention
        One Mechanism mention per phrase, from its head to the field's last noun.
    """
    session_words = frozenset(key(w).split()[-1] for w in grammar.lexicon.session_words)
    pattern = _head_pattern(grammar.lexicon.heads.get("Mechanism", ()), session_words)
    places = {(m.start, m.end) for m in candidates if m.label == "Place"}
    out = []
    for hit in pattern.finditer(text):
        end = _field_end(doc, hit.end())
        if end is None or not _names_parties(text, hit.end(), end, places):
            continue
        out.append(Mention(hit.start(1), end, text[hit.start(1):end], "Mechanism", text[hit.start(1):end], "shape"))
    return out


def _field_end(doc: Doc, start: int) -> int | None:
    """Where the field starting at ``start`` ends: the last noun of a run of nouns, adjectives, hyphens
    and slashes joining them, and "and" or "between" before another such word."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    end = None
    for i in range(span.start, min(len(doc), span.start + _MOST_WORDS)):
        token = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if token.pos_ in _FIELD_WORDS:
            if token.pos_ != "ADJ":
                end = token.idx + len(token.text)
        elif token.text in _JOINERS or token.lower_ in ("and", "between") and nxt is not None \
                and nxt.pos_ in _FIELD_WORDS and i > span.start:
            continue
        else:
            break
    return end


def _names_parties(text: str, start: int, end: int, places: set[tuple[int, int]]) -> bool:
    """Whether the field names two parties: two places joined by a hyphen or a slash, or after "between"."""
    inside = sorted((s, e) for s, e in places if start <= s and e <= end)
    joined = any(re.fullmatch(r"[ \t]*[-/–][ \t]*", text[a[1]:b[0]]) for a, b in zip(inside, inside[1:]))
    return joined or (len(inside) > 1 and re.search(r"\bbetween\b", text[start:inside[0][0]]) is not None)
