import pytest

from igr.extract.lexicon import key, load_lexicon
from igr.extract.names import NameGrammar

grammar = NameGrammar(load_lexicon())


@pytest.mark.parametrize("name, label", [
    ("Vice Mayor of Shanghai", "Post"),
    ("Secretary for Constitutional and Mainland Affairs", "Post"),
    ("Deputy Director of the Hong Kong and Macao Affairs Office of the State Council", "Post"),
    ("Hong Kong/Shanghai Co-operation Conference", "Mechanism"),
    ("Hong Kong/Guangdong Co-operation Joint Conference", "Mechanism"),
    ("Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference", "Event"),
    ("20th Plenary of the Hong Kong/Guangdong Co-operation Joint Conference", "Event"),
    ("Framework Agreement on Hong Kong/Guangdong Co-operation", "Agreement"),
    ("Memorandum of Understanding on Youth Exchange", "Agreement"),
    ("CreateSmart Initiative", "Initiative"),
    ("Abu Dhabi-Hong Kong Business Forum", "Event"),
    ("Shanghai Hong Kong Association", "Organization"),
    ("Television Broadcasts Limited", "Organization"),
    ("Macau", "Place"),
    ("Blue Sky", None),
])
def test_classify(name, label):
    assert grammar.classify(name) == label


def test_lexicon_knows_standard_forms():
    lex = load_lexicon()
    assert lex.canonical("Place", "Macau") == "Macao"
    assert lex.canonical("Place", "Guangdong Province") == "Guangdong"
    assert key("The Hong Kong/Shanghai Co-operation Conference") == "hong kong/shanghai cooperation conference"


# Names that open with their head: typed by that head.
@pytest.mark.parametrize("name, label", [
    ("Task Force on Ferry Services between Riverton and Lakeside", "Mechanism"),
    ("Working Group on Cross-boundary Data Flows", "Mechanism"),
    ("Seminar on Green Bonds in the Greater Valley", "Event"),
    ("Forum on Smart Ports", "Event"),
    ("Conference on Trade Co-operation between Riverton and Lakeside", "Mechanism"),
])
def test_head_first(name, label):
    assert grammar.classify(name) == label


# "A cum B" is one occasion: an Event when either part is a meeting or an event.
@pytest.mark.parametrize("name", [
    "Joint Meeting cum Second Plenary Session of the Riverton/Lakeside Co-operation Conference",
    "High Level Meeting cum Signing Ceremony of Riverton/Lakeside Agreements",
    "Working Meeting cum Networking Luncheon",
])
def test_cum_compound_is_an_event(name):
    assert grammar.classify(name) == "Event"


# Weak heads end a name after two capitalised words; an edition of a series is an Event; a ministers' meeting with
# no edition named is the series, as a ministerial meeting is.
@pytest.mark.parametrize("name, label", [
    ("Pacific Rim Trade Ministers Meeting", "Mechanism"),
    ("Third Pacific Rim Trade Ministers Meeting", "Event"),
    ("Lakeside Regional Development Forum", "Event"),
    ("Lakeside Regional Development Agenda", "Initiative"),
    ("Pacific Rim 2019 Economic Leaders' Meeting", "Event"),
    ("Inaugural Riverton Finance Forum", "Event"),
    ("Pacific Rim Ministerial Meeting", "Mechanism"),
    ("Mainland and Riverton Belt and Road Task Group", "Mechanism"),
])
def test_weak_heads_and_editions(name, label):
    assert grammar.classify(name) == label


@pytest.mark.parametrize("name", ["Basic Law", "Policy Address", "Budget Speech"])
def test_named_documents_are_no_entities(name):
    assert grammar.classify(name) is None


@pytest.mark.parametrize("name, start", [
    ("Public Security Minister", 16),
    ("Riverton Municipal Government Vice Mayor", 30),
    ("Assistant Minister", 0),
    ("Department of Justice", None),
    ("Office of the Chief Secretary", None),
])
def test_title_start(name, start):
    assert grammar.title_start(name) == start


# The head before a complement types the name; plural titles before "of" name people.
@pytest.mark.parametrize("name, label", [
    ("Lakeside Institute Conference on Regional Trade", "Event"),
    ("Informal Dialogue with Pacific Leaders", "Event"),
    ("Riverton Summit on Ocean Finance", "Event"),
    ("Principal Officials of the Riverton Municipal Government", None),
    ("Members of the Lakeside Legislative Council", None),
    ("Deputy Directors of the Harbour Department", None),
])
def test_head_before_complement_and_people_of(name, label):
    assert grammar.classify(name) == label


# A known post printed after the name of its own place is that post ("Hong Kong Secretary for Justice").
@pytest.mark.parametrize("printed, post", [
    ("Hong Kong Secretary for Commerce and Economic Development", "Secretary for Commerce and Economic Development"),
    ("Hong Kong Financial Secretary", "Financial Secretary"),
    ("HKSAR Secretary for Justice", "Secretary for Justice"),
])
def test_known_post_after_its_own_place(printed, post):
    assert grammar.post_name(printed) == post


def test_known_post_after_another_place_is_not_that_post():
    assert grammar.post_name("Macao Secretary for Justice") != "Secretary for Justice"
@pytest.mark.parametrize("text, person", [
    # a hyphenated given name whose last syllable the tokenizer reads as a word ("on", "in", "to")
    ("The Secretary met Chief Executive Chui Sai-on today.", "Chui Sai-on"),
    ("Mr Tam Yiu-on, the Director of Trade, spoke.", "Tam Yiu-on"),
    ("The Mayor met Councillor Lee Ka-in in the morning.", "Lee Ka-in"),
])
def test_a_given_name_is_not_cut_at_a_syllable(mentions, text, person):
    assert ("Person", person) in mentions(text)


# A known body printed with its owner in the possessive ("the State Council's X Office") is the known body.
@pytest.mark.parametrize("text, body", [
    ("He met the Deputy Director of the State Council's Hong Kong and Macao Affairs Office, Mr Li Ming.",
     "Hong Kong and Macao Affairs Office of the State Council"),
    ("He met the Director of the CPC Central Committee's Hong Kong and Macao Work Office, Mr Li Ming.",
     "Hong Kong and Macao Work Office of the CPC Central Committee"),
    ("The Deputy Director of the State Council's Hong Kong and Macao Affairs Office, Ms Amy Ho, spoke.",
     "Hong Kong and Macao Affairs Office of the State Council"),
])
def test_a_known_body_with_its_owner_in_the_possessive(mentions, text, body):
    found = {name for label, name in mentions(text) if label == "Organization"}
    assert body in found
    assert not any("'s " in name and name.endswith(("Office", "Commission")) for name in found)


# A committee "for" an occasion is a body, as one "of" it is ("Organizing Committee for the Games of X").
@pytest.mark.parametrize("name", [
    "Beijing Organizing Committee for the Games of the XXIX Olympiad",
    "Preparatory Committee for the Riverton Asian Games",
    "Organising Committee for the 2026 Lakeland Expo",
])
def test_committee_for_an_occasion_is_a_body(name):
    assert grammar.classify(name) == "Organization"


# "Convention" heads treaties and gatherings: a treaty before its subject ("Convention on X"), a gathering when the
# name says it is international, world-wide or annual (lexicon events gathering_words); else a treaty.
@pytest.mark.parametrize("name, label", [
    ("Riverton Convention on Diplomatic Relations", "Agreement"),
    ("Lakeland Framework Convention on Climate Change", "Agreement"),
    ("Westmark Convention on Mercury", "Agreement"),
    ("Riverton International Tourism Convention", "Event"),
    ("World Dental Convention", "Event"),
    ("Asia Pacific Jewellery Convention", "Event"),
    ("Riverton Convention", "Agreement"),
])
def test_convention_treaty_or_gathering(name, label):
    assert grammar.classify(name) == label


# An occasion head with a year after it is a dated occasion, whatever body it is named after.
@pytest.mark.parametrize("name", [
    "Commission on Poverty Summit 2018",
    "Council for Sustainable Development Forum 2024",
    "Association of Riverton Banks Annual Dinner 2023",
])
def test_dated_occasion_named_after_a_body(name):
    assert grammar.classify(name) == "Event"
