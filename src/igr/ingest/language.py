"""Is a release in English? A cheap test by script and by English function words.

Extraction is English-only (the model, the lexicon, the patterns); a release in another
language would build with no entities and no word of why. Two signals, no model:

- the script of its letters: mostly Han, Cyrillic, Arabic ... is not English;
- among its lower-case words, the share of English function words (spaCy's English stop
  words): 45-60% in English prose, under 10% in French, German, Italian, Portuguese,
  Dutch, Indonesian or pinyin. Only lower-case words count, so that a release that is
  mostly names ("Mr Chan Kwok-ki, Secretary for ...; Mr Li Qiang ...") is judged by its
  few common words, and one with too few of them is not judged by words at all.

Examples
--------
>>> not_english("The Chief Executive met the Mayor of Shanghai in Hong Kong today.") is None
True
>>> not_english("香港特別行政區行政長官今日會見上海市市長。")
'not English (mostly CJK characters)'
"""

from __future__ import annotations

import re
import unicodedata

SAMPLE = 20_000
"""Characters looked at: a release's language shows in its first pages."""
MIN_LATIN = 0.5
"""Least share of Latin letters among all letters."""
MIN_WORDS = 20
"""Fewer lower-case words than this are not judged by their function words."""
MIN_FUNCTION_WORDS = 0.2
"""Least share of English function words among the lower-case words of a release."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def not_english(text: str) -> str | None:
    """Why a release is not English, or None when it is (or may be: doubt keeps it).

    Parameters
    ----------
    text : str

    Returns
    -------
    str or None
        A reason such as ``"not English (mostly Cyrillic characters)"``.

    Examples
    --------
    >>> not_english("Mr Chan Kwok-ki, Mr Li Qiang, Ms Wong Ka-wai and Mr Lam.") is None
    True
    >>> not_english("Le Chef de l'exécutif a rencontré le maire de Shanghai. " * 4)
    'not English (only 4 of 28 lower-case words are English function words)'
    """
    sample = text[:SAMPLE]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None  # nothing to judge; extraction finds nothing either way
    scripts: dict[str, int] = {}
    for c in letters:
        name = _script(c)
        scripts[name] = scripts.get(name, 0) + 1
    if scripts.get("Latin", 0) < MIN_LATIN * len(letters):
        main = max((n for n in scripts if n != "Latin"), key=scripts.__getitem__)
        return f"not English (mostly {main} characters)"
    words = [w.replace("’", "'") for w in _WORD.findall(sample) if w[0].islower() and _script(w[0]) == "Latin"]
    if len(words) < MIN_WORDS:
        return None
    from spacy.lang.en.stop_words import STOP_WORDS  # here: importing spaCy takes most of a second

    common = sum(1 for w in words if w in STOP_WORDS)
    if common < MIN_FUNCTION_WORDS * len(words):
        return f"not English (only {common} of {len(words)} lower-case words are English function words)"
    return None


def _script(char: str) -> str:
    """The script a letter is written in, named as users know it (Latin, CJK, Cyrillic ...)."""
    if char < "\u0250" or "\u1e00" <= char <= "\u1eff":
        return "Latin"
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO"}:
        return "CJK" if first == "CJK" else first.capitalize()
    if first in {"FULLWIDTH", "HALFWIDTH"}:
        return "Latin" if "LATIN" in name else "CJK"
    return first.capitalize() or "unknown"
