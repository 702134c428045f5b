"""Quoted titles that name events: after the common noun they stand in apposition to, and long
slogans before an event noun (made-up sentences; three paraphrases or more, and what must not follow)."""

import pytest


@pytest.mark.parametrize("text, event", [
    ('He attended the council\'s mega promotion "Think Global, Think Riverton" in Chicago.', "Think Global, Think Riverton"),
    ('She officiated at the flagship promotion "Discover Asia, Discover Lakeland" in Paris.',
     "Discover Asia, Discover Lakeland"),
    ('The forum "Bridging East and West" opened in Vienna.', "Bridging East and West"),
    ('Mr Ho toured the exhibition "Riverton Through the Ages" on Friday.', "Riverton Through the Ages"),
])
def test_event_noun_then_quoted_title(mentions, text, event):
    assert ("Event", event) in mentions(text)


@pytest.mark.parametrize("text, event", [
    ('Mr Ho spoke at the "Sharing new opportunities in green finance, creating a new chapter in Riverton-Lakeland '
     'cooperation" conference in Tanjiang.',
     "Sharing new opportunities in green finance, creating a new chapter in Riverton-Lakeland cooperation"),
    ('Ms Lam attended the "Building bridges across the bay, opening new doors for young people of both places" '
     'symposium in Wuhan.', "Building bridges across the bay, opening new doors for young people of both places"),
    ('He addressed the "Joining hands for a greener future, working together for a smarter city" forum.',
     "Joining hands for a greener future, working together for a smarter city"),
])
def test_long_quoted_title_before_an_event_noun(mentions, text, event):
    assert ("Event", event) in mentions(text)


@pytest.mark.parametrize("text", [
    'He stressed the principle "One Country, Two Systems" again.',
    'The theme "Green and Smart" was chosen by the students.',
    'She said that "we will work together with our partners in the region, and we will do more" today.',
])
def test_quoted_words_that_name_no_event(mentions, text):
    assert not any(label == "Event" for label, _ in mentions(text))


@pytest.mark.parametrize("text, person, event", [
    ('The Secretary for Justice, Mr Paul Lam, attended a seminar on "Green Finance - Riverton\'s Role" organised '
     'by the Riverton Trade Council today.', "Paul Lam", "Green Finance - Riverton's Role"),
    ('Mrs Ho spoke at a forum on "Smart Cities for Tomorrow" in Tanjiang this morning.', "Ho",
     "Smart Cities for Tomorrow"),
    ('Mr Chan later joined a roundtable on "Trade Links across the Bay" hosted by the Lakeland Chamber of Commerce.',
     "Chan", "Trade Links across the Bay"),
    ('Ms Wong today officiated at a symposium on "Heritage and Innovation" at the Riverton Museum.', "Wong",
     "Heritage and Innovation"),
])
def test_event_noun_on_a_quoted_title_is_that_event(found_facts, text, person, event):
    facts = found_facts(text)
    assert any(s.endswith(person) and p == "attended" and o == event for s, p, o in facts), facts


@pytest.mark.parametrize("text", [
    'Mr Chan attended a seminar on the Riverton Green Bond Scheme in Tanjiang today.',
    'Ms Wong spoke at a forum on the "Belt and Road Initiative" in Lakeland.',
])
def test_event_noun_on_a_topic_is_not_the_topic(found_facts, text):
    assert not any(p == "attended" and ("Scheme" in o or "Initiative" in o) for s, p, o in found_facts(text))
