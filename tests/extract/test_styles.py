"""Words of rank between a title and its holder's name ("the Governor of X, Prince Y") keep them together
(posts.json ``styles``, read by ``igr.extract.structure.NameStructure``)."""

import pytest


@pytest.mark.parametrize("text, holder, post", [
    ("Mr Lee was greeted by the Governor of Riyadh Province, Prince Faisal bin Bandar, on arrival.",
     "Faisal bin Bandar", "Governor of Riyadh Province"),
    ("Mr Lee met the Crown Prince of Abu Dhabi, Sheikh Khaled bin Mohamed, in Abu Dhabi today.",
     "Khaled bin Mohamed", "Crown Prince of Abu Dhabi"),
    ("Mr Lee called on the Minister of Foreign Affairs of Lakeland, His Excellency Mr Tomas Berg, today.",
     "Tomas Berg", "Minister of Foreign Affairs of Lakeland"),
])
def test_a_style_between_a_title_and_its_holder(found_facts, text, holder, post):
    assert (holder, "holdsPost", post) in found_facts(text)


def test_a_style_is_no_title_of_the_next_person(found_facts):
    facts = found_facts("Mr Lee met the Governor of Riyadh Province and then Prince Faisal bin Bandar.")
    assert ("Faisal bin Bandar", "holdsPost", "Governor of Riyadh Province") not in facts
