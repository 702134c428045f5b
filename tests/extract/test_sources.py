"""Honorific names whose surname is a head word of a thing (made-up sentences; three paraphrases or more,
and what must not follow)."""

import pytest


# A name set off after an honorific is a person's, whatever its last word ("Grant", "Fund", "Bank", "Plan").
@pytest.mark.parametrize("text, person", [
    ("The Secretary met the Minister of Justice, Mr Paul Grant, in Canberra.", "Paul Grant"),
    ("She was joined by the Treasurer, Dr Ann Bank, and the Mayor of Lakeland.", "Ann Bank"),
    ("Also present were Ms Lee and Mr Ken Fund.", "Ken Fund"),
    ("The Chairman, Ms Eve Project, welcomed the guests.", "Eve Project"),
])
def test_honorific_name_ending_with_a_head_word(mentions, text, person):
    found = mentions(text)
    assert ("Person", person) in found
    assert not any(label != "Person" and name == person for label, name in found)


# Not inside a longer phrase, nor a one-word name, nor after an honorific that is a title word.
@pytest.mark.parametrize("text, name", [
    ("They toured the Sir Robert Black Fund building.", "Robert Black Fund"),
    ("Officials of the Police, Justice Ministry and Customs attended.", "Ministry"),
    ("Representatives of Mr Grant Fund Management attended.", "Grant Fund Management"),
])
def test_head_word_after_an_honorific_inside_a_name(mentions, text, name):
    assert ("Person", name) not in mentions(text)


# Malaysian honorifics ("Tan Sri", "Dato' Sri", "Datuk Seri", "Dato'", "Datuk") are no part of a person's name.
@pytest.mark.parametrize("text, person", [
    ("The Secretary met the Minister of Trade, Dato' Sri Aziz Rahman, in Kuala Lumpur.", "Aziz Rahman"),
    ("She met Tan Sri Lim Kok Wing and his team.", "Lim Kok Wing"),
    ("He called on Datuk Seri Ahmad Faiz, the Chief Minister.", "Ahmad Faiz"),
    ("Also present was Datuk Nor Azman of the Riverton Council.", "Nor Azman"),
])
def test_malaysian_honorifics(mentions, text, person):
    found = mentions(text)
    assert ("Person", person) in found
    assert not any(label == "Person" and name != person and person in name for label, name in found)


# A one-word city printed as the second and last word after an honorific is the given name ("Mr Huang Kunming"),
# not a place: the person keeps the whole name and holds the title set beside it.
@pytest.mark.parametrize("text, person, post", [
    ("The Chief Executive, Mr Tom Yip, met with the Secretary of the CPC Yunnan Provincial Committee, "
     "Mr Wang Ningbo, in Kunming today.", "Wang Ningbo", "Party Secretary of Yunnan Province"),
    ("Mr Lee met the Governor of Anhui Province, Mr Zhou Nanjing, at Government House.",
     "Zhou Nanjing", "Governor of Anhui Province"),
    ("The Secretary for Justice, Ms Ann Ko, called on the Vice Mayor of Tianjin, Mr Liu Xiamen.",
     "Liu Xiamen", "Vice Mayor of Tianjin"),
])
def test_a_city_after_a_surname_is_a_given_name(mentions, found_facts, text, person, post):
    found = mentions(text)
    assert ("Person", person) in found
    assert ("Place", person.split()[1]) not in found
    assert (person, "holdsPost", post) in found_facts(text)


# Not a place named after the name, nor one that goes on into a longer name.
@pytest.mark.parametrize("text, place", [
    ("Mr Chan visited Kunming and met Mr Huang there.", "Kunming"),
    ("Mr Chan flew to Ningbo on Monday.", "Ningbo"),
])
def test_a_place_apart_from_the_name_stays_a_place(mentions, text, place):
    assert ("Place", place) in mentions(text)


# A one-word name the NER calls a place is no place when it is a word of the names of things, or its plural
# ("Memorandums", "Understanding", "Bureaux", "Ministries").
@pytest.mark.parametrize("text, word", [
    ("She was pleased to note that some Memorandums of Understanding were signed between the two places.",
     "Memorandums"),
    ("Relevant Directors of Bureaux and representatives of regulators will join the visit.", "Bureaux"),
    ("Mr Tam said several Agreements were reached with Ministries in Hanoi.", "Ministries"),
])
def test_a_word_of_the_names_of_things_is_no_place(mentions, text, word):
    assert not any(label == "Place" and word in name for label, name in mentions(text))


def test_a_one_word_place_stays(mentions):
    found = mentions("Mr Chan flew to Izmir and later visited Davos.")
    assert ("Place", "Davos") in found


# A road's or a street's name is no person's, whatever the parser reads.
@pytest.mark.parametrize("text", [
    "Police announced that Tai Hang Road and Shing Ping Street will be closed.",
    "Motorists may use Hau Tak Lane or Fook Yum Road during the closure.",
    "Wong Nai Chung Road and Shan Kwong Road will be closed tomorrow.",
])
def test_a_street_is_no_person(mentions, text):
    assert not [name for label, name in mentions(text) if label == "Person"]
