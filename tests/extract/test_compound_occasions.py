"""One occasion with two names joined by "cum", also when "the" follows it: made-up paraphrases."""

import pytest


@pytest.mark.parametrize("text, event, series", [
    ("The Chief Executive attended the High-Level Meeting cum the First Plenary Session of the Hong Kong/Zhejiang "
     "Co-operation Conference in Hangzhou today.",
     "High-Level Meeting cum the First Plenary Session of the Hong Kong/Zhejiang Co-operation Conference",
     "Hong Kong/Zhejiang Co-operation Conference"),
    ("Mrs Lo co-chaired the Joint Meeting cum the Third Plenary of the Lakeland/Hong Kong Co-operation "
     "Conference.", "Joint Meeting cum the Third Plenary of the Lakeland/Hong Kong Co-operation Conference",
     "Lakeland/Hong Kong Co-operation Conference"),
    ("The Working Meeting cum the Fifth Plenary Session of the Hong Kong/Tanjiang Co-operation Conference was "
     "held in Tanjiang.",
     "Working Meeting cum the Fifth Plenary Session of the Hong Kong/Tanjiang Co-operation Conference",
     "Hong Kong/Tanjiang Co-operation Conference"),
])
def test_cum_the_joins_one_occasion(mentions, found_facts, text, event, series):
    assert ("Event", event) in mentions(text)
    assert (event, "partOf", series) in found_facts(text)


# "cum" between two sites or two bodies names no occasion
def test_cum_between_sites_is_no_event(mentions):
    found = mentions("The reception was held at the Riverton Hall cum the Lakeland Gallery.")
    assert not any(label == "Event" for label, _ in found)
