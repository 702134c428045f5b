from datetime import date

import pytest

from igr.analytics.errors import BadTimeSlice
from igr.analytics.timeslice import TimeSlice, parse_date, time_slice


@pytest.mark.parametrize(("kwargs", "start", "end", "label", "key"), [
    ({}, None, None, "all dates", "all"),
    ({"year": 2024}, date(2024, 1, 1), date(2024, 12, 31), "2024", "2024"),
    ({"year": "2023"}, date(2023, 1, 1), date(2023, 12, 31), "2023", "2023"),
    ({"start": "2024-03", "end": "2024-05"}, date(2024, 3, 1), date(2024, 5, 31),
     "2024-03-01 to 2024-05-31", "2024-03-01_2024-05-31"),
    ({"start": "2024-02-29"}, date(2024, 2, 29), None, "from 2024-02-29", "2024-02-29_end"),
    ({"end": "2023"}, None, date(2023, 12, 31), "until 2023-12-31", "start_2023-12-31"),
    ({"start": date(2024, 1, 1), "end": date(2024, 12, 31)}, date(2024, 1, 1), date(2024, 12, 31), "2024", "2024"),
])
def test_time_slice(kwargs, start, end, label, key):
    s = time_slice(**kwargs)
    assert (s.start, s.end, s.label, s.key) == (start, end, label, key)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"year": 2024, "end": "2024-06"}, "give either a year or a from/to range, not both"),
    ({"year": "24"}, "'24' is not a year; write it as four digits, e.g. 2024"),
    ({"start": "June 2024"}, "cannot read the date 'June 2024'; write YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"start": "2024-02-30"}, "'2024-02-30' is not a real date (day is out of range for month)"),
    ({"start": "2024-06", "end": "2024-01"}, "the range ends (2024-01-31) before it starts (2024-06-01)"),
])
def test_bad_time_slice(kwargs, message):
    with pytest.raises(BadTimeSlice) as err:
        time_slice(**kwargs)
    assert str(err.value) == message


def test_contains_keeps_undated_facts_only_when_unbounded():
    assert TimeSlice().contains(None)
    assert not time_slice(year=2024).contains(None)
    assert time_slice(year=2024).contains(date(2024, 12, 31))
    assert not time_slice(year=2024).contains(date(2025, 1, 1))


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-06-25", date(2024, 6, 25)),
    ("2024-06", date(2024, 6, 1)),
    ("2024", date(2024, 1, 1)),
    (date(2024, 6, 25), date(2024, 6, 25)),
    ("25 June 2024", None),
    (None, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected
