"""Bodies listed before one plural head (made-up sentences; three paraphrases or more, and what must not follow)."""

import pytest


@pytest.mark.parametrize("text, bodies", [
    ("The team includes officers from the Lands, Buildings and Fire Services Departments.",
     ["Lands Department", "Buildings Department", "Fire Services Department"]),
    ("Staff of the Riverton and Lakeland Universities joined the tour.", ["Riverton University", "Lakeland University"]),
    ("The delegation comprises representatives from the Security Bureau and the Immigration, Customs and Excise, "
     "and Marine Departments.", ["Immigration Department", "Customs and Excise Department", "Marine Department"]),
    ("Officials of the Port & Harbour and Civil Aviation Authorities attended the briefing.",
     ["Port & Harbour Authority", "Civil Aviation Authority"]),
])
def test_bodies_sharing_a_plural_head(mentions, text, bodies):
    found = mentions(text)
    for body in bodies:
        assert ("Organization", body) in found


@pytest.mark.parametrize("text", [
    "In March, Planning and Lands Departments were merged.",  # no "the": no list of names
    "Both Councils agreed to the plan.",
    "The Finance and Trade Ministers met in Bali.",  # titles, not bodies
])
def test_no_bodies_without_a_listed_name(mentions, text):
    assert not any(label == "Organization" for label, _ in mentions(text))


@pytest.mark.parametrize("text", [
    # a head of the lexicon printed in the plural: several bodies of that one name, not one per word
    "With the support of the Economic and Trade Offices in Riverton, Lakeland and Westmark, exports grew.",
    "The Economic and Trade Offices in Tokyo and Seoul will hold receptions.",
    "Staff of the Economic and Trade Offices attended the meeting.",
])
def test_a_known_head_in_the_plural_is_not_split(mentions, text):
    assert not {name for label, name in mentions(text) if name in ("Economic Office", "Trade Office")}


# Two places' governments of two levels sharing one head.
@pytest.mark.parametrize("text, bodies", [
    ("Mr Lam will exchange views with Guangdong Provincial and Guangzhou Municipal Government officials.",
     {"Guangdong Provincial Government", "Guangzhou Municipal Government"}),
    ("The Hubei Provincial and Wuhan Municipal Governments co-hosted the fair.",
     {"Hubei Provincial Government", "Wuhan Municipal Government"}),
    ("He thanked the Fujian Provincial and Xiamen Municipal Government for their support.",
     {"Fujian Provincial Government", "Xiamen Municipal Government"}),
])
def test_two_levels_of_government_sharing_one_head(mentions, text, bodies):
    found = {name for label, name in mentions(text) if label == "Organization"}
    assert bodies <= found
    assert not any(" and " in name for name in found)


# A place and a body, each with its own head, listed after one verb of visiting.
@pytest.mark.parametrize("text, place, body", [
    ("Mr Alan Brook visited Qinghe Valley Technology Park and Qinghe Valley Nature Museum to see the city's growth.",
     "Qinghe Valley Technology Park", "Qinghe Valley Nature Museum"),
    ("Mr Alan Brook also toured Westbay Science Park and Westbay Maritime Museum in the afternoon.",
     "Westbay Science Park", "Westbay Maritime Museum"),
    ("Mr Alan Brook visited Lakeside Normal University and Lakeside Logistics Park yesterday.",
     "Lakeside Logistics Park", "Lakeside Normal University"),
])
def test_a_place_and_a_body_listed_as_two_sites(found_facts, mentions, text, place, body):
    found = mentions(text)
    assert ("Place", place) in found and ("Organization", body) in found
    assert not any(" and " in name for _, name in found)
    facts = found_facts(text)
    assert {("Alan Brook", "visited", place), ("Alan Brook", "visited", body)} <= facts


@pytest.mark.parametrize("text, body", [
    ("Mr Alan Brook met officials of the Department of Agriculture and Fisheries Science Park.",
     "Department of Agriculture and Fisheries Science Park"),  # no head before "and": one name
    ("Mr Alan Brook visited the Hong Kong Science and Technology Parks Corporation.",
     "Hong Kong Science and Technology Parks Corporation"),
])
def test_one_name_with_and_inside_is_not_split(mentions, text, body):
    assert body in {name for _, name in mentions(text)}
