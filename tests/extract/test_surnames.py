"""People named again by one word of their name, with no honorific (``igr.extract.surnames``); made-up
sentences in the style of wire reports, and what the rule must leave alone."""

import pytest


@pytest.mark.parametrize("text, a, b", [
    ("Chinese President Ma Jianguo praised Donald Tsui. The central government fully recognizes his work, said Ma "
     "at a meeting with Tsui.", "Ma Jianguo", "Donald Tsui"),
    ("Premier Gao Minghua spoke highly of Ms Carol Ng. Hong Kong has made great achievements, Gao said at a meeting "
     "with Ng in Beijing.", "Gao Minghua", "Carol Ng"),
    ("Vice Premier Zhou Ping thanked Mr Daniel Fok. The city will prosper, said Zhou at a meeting with Fok on "
     "Monday.", "Zhou Ping", "Daniel Fok"),
])
def test_surname_alone_is_the_person_named_before(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


# a Hong Kong name's surname comes before its hyphenated given name
@pytest.mark.parametrize("text, person, event", [
    ("Financial Secretary Peter Lam Ka-wai said trade grew. Lam co-chaired the 5th Riverton-Lakeside Co-operation "
     "Meeting with Mr Tom Berg.", "Peter Lam Ka-wai", "5th Riverton-Lakeside Co-operation Meeting"),
    ("Secretary for Justice Teresa Wong Yuk-lan spoke on law. Wong chaired the 3rd Riverton Legal Forum yesterday.",
     "Teresa Wong Yuk-lan", "3rd Riverton Legal Forum"),
])
def test_surname_before_a_hyphenated_given_name(found_facts, text, person, event):
    assert (person, "chaired", event) in found_facts(text)


@pytest.mark.parametrize("text, word", [
    # a word of two people's names names neither
    ("Peter Chau met Mary Chau and Premier Gao Minghua. Gao said at a meeting with Chau that trade grew.", "Chau"),
    # a word inside a longer name, or before one, is that name's
    ("Mr Tom Lee visited Lee Gardens and the Lee Foundation.", "Lee"),
    # a common word that opens a sentence is no name
    ("The Secretary met Raymond Young. Young people joined the forum.", "Young"),
])
def test_no_bare_surname(mentions, text, word):
    assert ("Person", word) not in mentions(text)
