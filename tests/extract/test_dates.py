from datetime import date

import pytest

from igr.extract.dates import find_date

ANCHOR = date(2024, 6, 25)


@pytest.mark.parametrize("sentence, expected, text", [
    ("The CS today (June 25) met ...", date(2024, 6, 25), "today (June 25)"),
    ("He will return tomorrow (June 26).", date(2024, 6, 26), "tomorrow (June 26)"),
    ("The Plenary held in April this year ...", date(2024, 4, 1), "April this year"),
    ("signed on 18 November 2017", date(2017, 11, 18), "18 November 2017"),
    ("on January 3, 2023 the", date(2023, 1, 3), "January 3, 2023"),
    ("He visited Beijing yesterday.", date(2024, 6, 24), "yesterday"),
    ("on December 30 the office", date(2023, 12, 30), "December 30"),  # nearest year to the release
    ("since his visit to Riverland in February, talks have", date(2024, 2, 1), "February"),  # the release's year
    ("after the forum held in mid-March", date(2024, 3, 1), "March"),
    ("the delegation will return in early August", date(2024, 8, 1), "August"),
])
def test_dates_are_normalised_against_the_release(sentence, expected, text):
    assert find_date(sentence, ANCHOR) == (expected, text)


def test_relative_dates_stay_open_without_a_release_date():
    assert find_date("today (May 11)", None) == (None, "today (May 11)")
    assert find_date("in March 2021", None) == (date(2021, 3, 1), "March 2021")


def test_no_date():
    assert find_date("Mr Chan met Mr Li.", ANCHOR) == (None, None)


def test_a_month_with_a_day_or_a_year_is_not_read_as_the_month_alone():
    assert find_date("He arrived in May 3 and left", ANCHOR)[1] != "May"
    assert find_date("in May last year", ANCHOR) == (date(2023, 5, 1), "May last year")
