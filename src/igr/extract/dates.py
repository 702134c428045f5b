"""Dates as printed in releases, normalised against the release's own date.

"today (June 25)", "tomorrow", "April this year", "on May 11", "18 November 2017",
"last year", "in February" (that month of the release's year): resolved when the document
date is known; left open (None) when the year cannot be known.

Examples
--------
>>> from datetime import date
>>> find_date("Mr Chan will return to Hong Kong tomorrow (June 26).", date(2024, 6, 25))
(datetime.date(2024, 6, 26), 'tomorrow (June 26)')
>>> find_date("held in April this year", date(2024, 6, 25))
(datetime.date(2024, 4, 1), 'April this year')
>>> find_date("since his visit to Riverland in February", date(2024, 9, 14))
(datetime.date(2024, 2, 1), 'February')
>>> find_date("today (May 11)", None)
(None, 'today (May 11)')
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"

PATTERNS = [
    ("relative_md", re.compile(rf"\b(today|tomorrow|yesterday)\s*\(\s*{_MONTH}\s+(\d{{1,2}})\s*\)", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}})\s+{_MONTH},?\s+((?:19|20)\d\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b")),
    ("month_rel_year", re.compile(rf"\b{_MONTH}\s+(this|last|next)\s+year\b")),
    ("md", re.compile(rf"\b(?:on|since|from|until|by)\s+{_MONTH}\s+(\d{{1,2}})\b(?!,?\s+(?:19|20)\d\d)")),
    ("relative", re.compile(r"\b(today|tomorrow|yesterday|tonight|this morning|this afternoon|this evening)\b", re.I)),
    ("month_year", re.compile(rf"\b(?:in\s+)?{_MONTH}\s+((?:19|20)\d\d)\b")),
    ("month", re.compile(rf"\b(?:(?:in|since|early|late)\s+|mid-?\s*){_MONTH}\b(?!\s*\d)(?!\s+(?:this|last|next)\b)")),
]

_ANY = re.compile(rf"(?i)\b(?:{_MONTH[1:-1]}|today|tomorrow|yesterday|tonight|this (?:morning|afternoon|evening))\b")
"""A word every pattern needs: most sentences state no date and are passed over with one search."""


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, anchor: date) -> date | None:
    """A month and day without a year: the occurrence closest to the release date."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe(y, month, day))]
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def find_date(sentence: str, anchor: date | None) -> tuple[date | None, str | None]:
    """The first date the sentence states, normalised; and the words that state it.

    Parameters
    ----------
    sentence : str
    anchor : datetime.date or None
        The release date; relative expressions stay open (None) without it.
    """
    if not _ANY.search(sentence):
        return None, None
    best = None
    for kind, pattern in PATTERNS:
        m = pattern.search(sentence)
        if m and (best is None or m.start() < best[1].start()):
            best = (kind, m)
    if best is None:
        return None, None
    kind, m = best
    text = m[0]
    if kind == "dmy":
        return _safe(int(m[3]), MONTHS[m[2].lower()], int(m[1])), text
    if kind == "mdy":
        return _safe(int(m[3]), MONTHS[m[1].lower()], int(m[2])), text
    if kind == "month_year":
        text = text[3:] if text.lower().startswith("in ") else text
        return _safe(int(m[2]), MONTHS[m[1].lower()], 1), text
    if anchor is None:
        return None, text
    if kind == "relative_md":
        return _nearest_year(MONTHS[m[2].lower()], int(m[3]), anchor), text
    if kind == "md":
        text = text.split(None, 1)[1]
        return _nearest_year(MONTHS[m[1].lower()], int(m[2]), anchor), text
    if kind == "month":  # "his visit to X in February": that month of the release's year
        text = m[0][m.start(1) - m.start():]
        return _safe(anchor.year, MONTHS[m[1].lower()], 1), text
    if kind == "month_rel_year":
        shift = {"this": 0, "last": -1, "next": 1}[m[2].lower()]
        return _safe(anchor.year + shift, MONTHS[m[1].lower()], 1), text
    shift = {"tomorrow": 1, "yesterday": -1}.get(m[1].lower(), 0)
    return anchor + timedelta(days=shift), text
