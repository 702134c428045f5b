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
])
def test_dates_are_normalised_against_the_release(sentence, expected, text):
    assert find_date(sentence, ANCHOR) == (expected, text)


def test_relative_dates_stay_open_without_a_release_date():
    assert find_date("today (May 11)", None) == (None, "today (May 11)")
    assert find_date("in March 2021", None) == (date(2021, 3, 1), "March 2021")


def test_no_date():
    assert find_date("Mr Chan met Mr Li.", ANCHOR) == (None, None)
