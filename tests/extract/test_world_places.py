"""The lexicon knows every sovereign country and its capital (and seat of government), so that a
release from anywhere reads its places without the NER's guess ("Papua New Guinea" is no person).

Sentences are made up for these tests; each group has at least three paraphrases and a check of
what must not follow.
"""

import pytest

from igr.extract.lexicon import load_lexicon


def test_every_capital_lies_in_a_known_country():
    lex = load_lexicon()
    countries = {e.name for e in lex.entries if e.label == "Place" and e.kind == "country"}
    assert len(countries) >= 195  # the UN members, the Holy See and Palestine
    for name in ("Port Moresby", "Copenhagen", "Ouagadougou", "Wellington", "Montevideo", "The Hague"):
        entry = lex.lookup(name)
        assert entry is not None and entry.label == "Place" and entry.kind == "city"
        assert entry.parent in countries


@pytest.mark.parametrize("text, places", [
    ("The Secretary flew to Port Moresby, Papua New Guinea, for the talks.", {"Port Moresby", "Papua New Guinea"}),
    ("Ms Lo arrived in Nuku'alofa, Tonga, on Monday and left for Suva, Fiji.", {"Nuku'alofa", "Tonga", "Suva", "Fiji"}),
    ("The mission went on to Copenhagen and then to Reykjavik, Iceland.", {"Copenhagen", "Reykjavik", "Iceland"}),
    ("Officials from Sierra Leone and Burkina Faso met in Accra.", {"Sierra Leone", "Burkina Faso", "Accra"}),
])
def test_countries_and_capitals_are_places(mentions, text, places):
    found = mentions(text)
    for place in places:
        assert ("Place", place) in found or ("Place", load_lexicon().canonical("Place", place)) in found
    assert not any(label == "Person" and name in places for label, name in found)


@pytest.mark.parametrize("text, place", [
    ("He attended a forum in The Hague on Tuesday.", "The Hague"),
    ("The delegation visited the Hague and Amsterdam.", "The Hague"),
    ("The Hague hosted the meeting.", "The Hague"),
])
def test_the_hague(mentions, text, place):
    assert any(label == "Place" and name.lower().endswith("hague") for label, name in mentions(text))


# A capital whose name is a common word ("Victoria", "Male") needs a place context.
@pytest.mark.parametrize("text, word", [
    ("The fireworks lit up Victoria Harbour last night.", "Victoria"),
    ("The Victoria Park fair opened on Friday.", "Victoria"),
    ("Male and female students joined the camp.", "Male"),
])
def test_capital_that_is_a_common_word_needs_context(mentions, text, word):
    assert ("Place", word) not in mentions(text)


# Where only a place can stand: the destination of a journey, or a name described as a city.
@pytest.mark.parametrize("text, place", [
    ("Mr Lau will travel to Kota Kinabalu on Monday.", "Kota Kinabalu"),
    ("Ms Ho arrived in Johor Bahru yesterday for a two-day visit.", "Johor Bahru"),
    ("The delegation flew to Hai Phong after the talks.", "Hai Phong"),
    ("He departed for Santa Marta, where he met the governor.", "Santa Marta"),
])
def test_destination_of_a_journey_is_a_place(mentions, text, place):
    found = mentions(text)
    assert ("Place", place) in found
    assert ("Person", place) not in found


@pytest.mark.parametrize("text, place", [
    ("He also visited Gdansk, the port city of Poland.", "Gdansk"),
    ("Mr Tang will visit Bandung, the capital of West Java.", "Bandung"),
    ("She toured Curitiba, a major city in Brazil, on Friday.", "Curitiba"),
])
def test_name_described_as_a_city_is_a_place(mentions, text, place):
    assert ("Place", place) in mentions(text)


@pytest.mark.parametrize("text, name", [
    ("The team will travel to Invest Hong Kong offices on Monday.", "Invest Hong Kong"),
    ("He met Mr Chan, the Deputy Director of Planning, later.", "Chan"),
    ("Ms Wong, the Chairman of the Riverton Council, arrived in Beijing today.", "Wong"),
])
def test_no_place_read_into_bodies_or_people(mentions, text, name):
    assert ("Place", name) not in mentions(text)


# The first-level parts of federations the releases deal with (Australian states, Canadian provinces, German
# Länder) are places, whatever the NER makes of them after a comma or a title.
@pytest.mark.parametrize("text, places", [
    ("Ms Lo met the Premier of Queensland and then flew to Perth, Western Australia.", {"Queensland", "Western Australia"}),
    ("The mission visited Toronto, Ontario, and Vancouver, British Columbia.", {"Ontario", "British Columbia"}),
    ("He toured a plant in Bavaria before meeting officials from North Rhine-Westphalia.",
     {"Bavaria", "North Rhine-Westphalia"}),
    ("The Minister for Trade, New South Wales, Mr Sam Ode, received the delegation.", {"New South Wales"}),
])
def test_states_and_provinces_of_federations_are_places(mentions, text, places):
    found = mentions(text)
    for place in places:
        assert ("Place", place) in found
    assert not any(label in ("Person", "Organization") and name in places for label, name in found)


@pytest.mark.parametrize("text, post", [
    ("Mr Wong called on the Leader of the Opposition, Mr Sam Ode.", "Leader of the Opposition"),
    ("She also met the Opposition Leader, Ms Joan Hart, in Wellington.", "Leader of the Opposition"),
    ("The Leader of the House, Mr Ken Ray, hosted a lunch.", "Leader of the House"),
])
def test_titles_of_a_parliament(found_facts, text, post):
    assert any(p == "holdsPost" and o == post for _, p, o in found_facts(text))


def test_a_leader_described_in_lower_case_holds_no_title(mentions):
    found = mentions("Premier Li, the leader of the State Council, spoke of the plan.")
    assert not any(label == "Post" and "Leader" in name for label, name in found)


# A country's adjective the NER reads as a place ("the Kuwaiti government") is not the country's name.
@pytest.mark.parametrize("text", [
    "The Consul General said that the Kuwaiti government has stressed its commitment to developing relations.",
    "He said that the Kuwaiti authorities welcomed the visit.",
    "He said the Bahraini government attaches importance to ties with Hong Kong.",
])
def test_a_demonym_alone_names_no_place(mentions, text):
    assert not any(label == "Place" and name in ("Kuwaiti", "Bahraini") for label, name in mentions(text))


# "the central government" in lower case is the Central People's Government (as the official gold reads it).
@pytest.mark.parametrize("text", [
    "Mr Lee thanked the central government for its staunch support.",
    "Officials and experts of the central government and Guangdong Province joined the meeting.",
    "The measures were agreed with the central government last week.",
])
def test_lower_case_central_government(mentions, text):
    assert ("Organization", "Central People's Government") in mentions(text)
