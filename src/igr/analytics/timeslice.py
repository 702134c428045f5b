"""Time slices: which facts a projection keeps, by the date each fact carries.

A fact is dated by its Interaction's ``igr:date`` or, failing that, by the
``dcterms:date`` of the release it comes from. A slice keeps the facts whose date
falls inside it (both ends included); an unbounded slice keeps every fact, dated
or not.

Examples
--------
>>> from datetime import date
>>> s = time_slice(year=2024)
>>> s.start, s.end
(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
>>> s.contains(date(2024, 6, 25)), s.contains(None)
(True, False)
>>> time_slice(start="2024-03", end="2024-05").end
datetime.date(2024, 5, 31)
>>> time_slice().label
'all dates'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from igr.analytics.errors import BadTimeSlice

_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class TimeSlice:
    """An inclusive date range; ``None`` at either end means unbounded."""

    start: date | None = None
    end: date | None = None

    @property
    def bounded(self) -> bool:
        """True when either end is set."""
        return self.start is not None or self.end is not None

    def contains(self, when: date | None) -> bool:
        """Whether a fact dated ``when`` belongs to the slice (undated facts only to unbounded ones)."""
        if not self.bounded:
            return True
        if when is None:
            return False
        return (self.start is None or when >= self.start) and (self.end is None or when <= self.end)

    @property
    def label(self) -> str:
        """A short human description: ``2024``, ``2024-01-01 to 2024-06-30``, ``all dates``."""
        if self.start and self.end:
            if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31) \
                    and self.start.year == self.end.year:
                return str(self.start.year)
            return f"{self.start.isoformat()} to {self.end.isoformat()}"
        if self.start:
            return f"from {self.start.isoformat()}"
        if self.end:
            return f"until {self.end.isoformat()}"
        return "all dates"

    @property
    def key(self) -> str:
        """A slug for IRIs and file names: ``all``, ``2024``, ``2024-01-01_2024-06-30``."""
        if not self.bounded:
            return "all"
        label = self.label
        if label.isdigit():
            return label
        return f"{self.start.isoformat() if self.start else 'start'}_{self.end.isoformat() if self.end else 'end'}"


def time_slice(year: int | str | None = None, start: date | str | None = None,
               end: date | str | None = None) -> TimeSlice:
    """Build a :class:`TimeSlice` from a year or from start/end dates.

    Parameters
    ----------
    year : int or str, optional
        A calendar year; cannot be combined with ``start``/``end``.
    start, end : datetime.date or str, optional
        Inclusive bounds. Strings may be ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``;
        a partial ``start`` means the first day of that period, a partial ``end``
        its last day.

    Raises
    ------
    BadTimeSlice
        When a date cannot be read, ``year`` is combined with a range, or the
        range ends before it starts.

    Examples
    --------
    >>> time_slice(start="2023").label
    'from 2023-01-01'
    >>> time_slice(year=2024, start="2024-01-01")
    Traceback (most recent call last):
    ...
    igr.analytics.errors.BadTimeSlice: give either a year or a from/to range, not both
    """
    if year is not None:
        if start is not None or end is not None:
            raise BadTimeSlice("give either a year or a from/to range, not both")
        text = str(year).strip()
        if not re.fullmatch(r"\d{4}", text):
            raise BadTimeSlice(f"'{year}' is not a year; write it as four digits, e.g. 2024")
        return TimeSlice(date(int(text), 1, 1), date(int(text), 12, 31))
    first = _bound(start, last=False)
    last = _bound(end, last=True)
    if first and last and last < first:
        raise BadTimeSlice(f"the range ends ({last.isoformat()}) before it starts ({first.isoformat()})")
    return TimeSlice(first, last)


def _bound(value: date | str | None, *, last: bool) -> date | None:
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", str(value))
    if not match:
        raise BadTimeSlice(f"cannot read the date '{value}'; write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 12, 31) if last else date(year, 1, 1)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        return date(year, month, day)
    except ValueError as err:
        raise BadTimeSlice(f"'{value}' is not a real date ({err})") from None


def parse_date(value: object) -> date | None:
    """Read a date from an RDF literal's value or text; partial dates give their first day.

    Examples
    --------
    >>> parse_date("2024-06-25"), parse_date("2024-06"), parse_date("June 2024")
    (datetime.date(2024, 6, 25), datetime.date(2024, 6, 1), None)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE.match(str(value))
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        return date(year, month or 1, day or 1)
    except ValueError:
        return None
