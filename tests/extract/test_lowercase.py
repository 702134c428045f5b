"""Names printed partly in lower case and short forms, on sentences written for these tests."""

import pytest

from igr.ingest import Document


# A lower-case ordinal before a series names one of its sessions.
@pytest.mark.parametrize("text, event", [
    ("They held the second Riverton/Lakeside Co-operation Conference in May.",
     "second Riverton/Lakeside Co-operation Conference"),
    ("The third Pacific Rim Joint Working Group was convened today.", "third Pacific Rim Joint Working Group"),
    ("The first High-Level Meeting under the Flood Relief Coordination Mechanism took place in Chengdu.",
     "first High-Level Meeting under the Flood Relief Coordination Mechanism"),
])
def test_lower_case_ordinal(mentions, text, event):
    assert ("Event", event) in mentions(text)


@pytest.mark.parametrize("text", [
    "It was the first Riverton/Lakeside Co-operation Conference held after the reform.",
    "This is the first Pacific Rim Joint Working Group held since the pandemic.",
    "It is the second Harbour Joint Committee following the merger.",
])
def test_first_since_is_no_edition(mentions, text):
    assert not any(label == "Event" and name[0].islower() for label, name in mentions(text))


# A place, or a pair of places, and a head printed in lower case.
@pytest.mark.parametrize("text, label, name", [
    ("The mayors co-chaired the Hong Kong/Zhuhai co-operation meeting today.", "Mechanism",
     "Hong Kong/Zhuhai co-operation meeting"),
    ("Relief work went on after the Sichuan earthquake of 2008.", "Event", "Sichuan earthquake"),
    ("He attended the National Day of Brazil reception at the consulate.", "Event",
     "National Day of Brazil reception"),
])
def test_lower_case_head(mentions, text, label, name):
    assert (label, name) in mentions(text)


@pytest.mark.parametrize("text", [
    "He spoke at the Shanghai meeting on Monday.",
    "They went to the Guangzhou expo together.",
    "The HK-Fujian conference ended today.",
])
def test_generic_lower_case_head_names_nothing(mentions, text):
    assert not any(label in ("Event", "Mechanism") for label, _ in mentions(text))


# A short form takes the one fuller name of the release that holds it.
@pytest.mark.parametrize("text, label, full", [
    ("Mr Lo met Danish Prime Minister Lars Holm. After meeting the Prime Minister, Mr Lo left.",
     "Post", "Danish Prime Minister"),
    ("They attended the Joint Meeting cum Fourth Plenary Session of the Riverton/Lakeside Co-operation Conference. "
     "The Fourth Plenary Session reviewed progress.", "Event",
     "Joint Meeting cum Fourth Plenary Session of the Riverton/Lakeside Co-operation Conference"),
    ("The Second High-level Meeting under the Flood Relief Coordination Mechanism was held. "
     "At the Second High-level Meeting, both sides spoke.", "Event",
     "Second High-level Meeting under the Flood Relief Coordination Mechanism"),
])
def test_short_forms(mentions, text, label, full):
    found = mentions(text)
    assert (label, full) in found
    assert not any(lab == label and name != full and name in full and name[0].isupper() for lab, name in found
                   if lab == label and len(name.split()) <= 4)


@pytest.mark.parametrize("text, series", [
    # a short form with the same places and the same head is the series the release names in full
    ("T: CE to attend HK-Guangdong joint conference\nThe Chief Executive will attend the Eighth Plenary of the "
     "Hong Kong/Guangdong Co-operation Joint Conference in Guangzhou.", "Hong Kong/Guangdong Co-operation Joint Conference"),
    ("The Hong Kong/Fujian Co-operation Conference met in Fuzhou. The HK-Fujian co-operation conference was set up "
     "in 2015.", "Hong Kong/Fujian Co-operation Conference"),
    ("The Secretary attended the Third Plenary Session of the Hong Kong/Shanghai Economic and Trade Co-operation "
     "Conference. She said the HK/Shanghai co-operation conference had done much.",
     "Hong Kong/Shanghai Economic and Trade Co-operation Conference"),
])
def test_a_pairs_short_series_is_the_full_one(extractor, text, series):
    title, _, body = text.partition("\n") if text.startswith("T:") else ("", "", text)
    [record] = extractor.extract([Document(key="t.txt", text=body, title=title[2:].strip() or None)])
    assert [e.name for e in record.entities if e.label == "Mechanism"] == [series]


def test_a_short_form_with_another_head_is_not_the_series(extractor):
    text = "The Hong Kong/Fujian Co-operation Conference met in Fuzhou. The HK-Fujian joint task force met later."
    [record] = extractor.extract([Document(key="t.txt", text=text)])
    assert "Hong Kong/Fujian Co-operation Conference" in {e.name for e in record.entities}
    assert not any(e.name == "Hong Kong/Fujian Co-operation Conference" and len(e.spans) > 1 for e in record.entities)


# A numbered meeting of a body or a series, printed in lower case, is an event of its own; a body "of" an event (its
# organising committee) is a body, and its meeting is no part of the event
@pytest.mark.parametrize("text, event, body", [
    ("The Chief Executive, Mr John Lee, attended the inaugural meeting of the Organising Committee of the 16th "
     "National Games in Guangzhou today.",
     "inaugural meeting of the Organising Committee of the 16th National Games",
     "Organising Committee of the 16th National Games"),
    ("Ms Amy Ho attended the first meeting of the Preparatory Committee of the Riverton Marathon in Riverton.",
     "first meeting of the Preparatory Committee of the Riverton Marathon", "Preparatory Committee of the Riverton Marathon"),
    ("The Secretary for Education, Mr Kevin Yeung, attended the second meeting of the Lakeland Education Council.",
     "second meeting of the Lakeland Education Council", "Lakeland Education Council"),
])
def test_a_numbered_meeting_of_a_body(found_facts, mentions, text, event, body):
    found = mentions(text)
    assert ("Event", event) in found and ("Organization", body) in found
    facts = found_facts(text)
    assert any(p == "attended" and o == event for _, p, o in facts)
    assert not any(s == event and p == "partOf" for s, p, _ in facts)


@pytest.mark.parametrize("text", [
    "The meeting of the Lakeland Education Council was postponed.",  # no ordinal: no edition named
    "Mr Kevin Yeung chaired a meeting of the Riverton Youth Commission.",
])
def test_an_unnumbered_meeting_is_no_event(mentions, text):
    assert not any(label == "Event" and name.lower().startswith("meeting") for label, name in mentions(text))


# a lower-case title after its holder may open with an adverb and a participle ("the newly elected"): no part of it
@pytest.mark.parametrize("text, person, post", [
    ("Leung Chun-ying, the newly elected chief executive of the HKSAR, met Premier Wen Jiabao in Beijing.",
     "Leung Chun-ying", "Chief Executive"),
    ("Li Ming, the newly appointed governor of Hainan Province, met the delegation.", "Li Ming",
     "Governor of Hainan Province"),
    ("Zhou Bin, the visiting vice governor of Sichuan Province, toured the port.", "Zhou Bin",
     "Vice Governor of Sichuan Province"),
])
def test_lower_case_title_after_a_participle(found_facts, text, person, post):
    assert (person, "holdsPost", post) in found_facts(text)
