"""A title that goes on past a comma with the place it serves (made-up sentences; three paraphrases or more
per rule, and what must not follow)."""

import pytest


# "Mr A, Title, Place," / "the Title, Place, Mr A": the place printed with the title belongs to it.
@pytest.mark.parametrize("text, person, post", [
    ("Mr Ken Ray, Minister for Trade, Queensland, arrived in Hong Kong today.", "Ken Ray", "Minister for Trade, Queensland"),
    ("Ms Joan Hart, the Director of the Riverton Office, Berlin, said the office would open next year.",
     "Joan Hart", "Director of the Riverton Office, Berlin"),
    ("The talks were useful, said Dr Tim Ho, Commissioner for Tourism, Ontario.", "Tim Ho", "Commissioner for Tourism, Ontario"),
    ("She met the Minister for Energy, Saxony, Dr Eva Berg, in Dresden.", "Eva Berg", "Minister for Energy, Saxony"),
])
def test_title_with_its_place(found_facts, text, person, post):
    assert (person, "holdsPost", post) in found_facts(text)


# A title that ends with a place, or a list of places after a title, keeps the title as printed.
@pytest.mark.parametrize("text, person, post", [
    ("Mr Ken Ray, Mayor of Sydney, Australia, arrived today.", "Ken Ray", "Mayor of Sydney"),
    ("He thanked Mr Ken Ray, Minister for Trade, Berlin, Paris and Rome for their support.", "Ken Ray", "Minister for Trade"),
    ("Mr Ken Ray, Minister for Trade, visited Berlin, Paris and Rome.", "Ken Ray", "Minister for Trade"),
])
def test_title_without_the_places_after_it(found_facts, text, person, post):
    facts = found_facts(text)
    assert (person, "holdsPost", post) in facts
    assert not any(p == "holdsPost" and o.startswith(post + ",") for _, p, o in facts)
