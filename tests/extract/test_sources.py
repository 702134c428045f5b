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
