"""Names of kinds the lexicon does not list, on sentences written for these tests (one group per rule).

Each rule has at least three paraphrases with made-up names, so that a rule fitted to one
phrasing fails here; some groups also check what the rule must leave alone.
"""

from datetime import date

import pytest

from igr.ingest.document import Document


@pytest.fixture(scope="module")
def mentions(extractor):
    def found(text: str) -> set[tuple[str, str]]:
        doc = extractor.nlp(text)
        return {(m.label, m.name) for m in doc.user_data["igr_mentions"]}

    return found


@pytest.fixture(scope="module")
def entities(extractor):
    def found(text: str, title: str = "Release") -> dict[tuple[str, str], tuple[str, ...]]:
        [record] = extractor.extract([Document(key="t.txt", text=text, title=title, date=date(2024, 5, 3))])
        return {(e.label, e.name): e.aliases for e in record.entities}

    return found


# "X and the Y" where only X reads as a name: two names, not one unclassified chunk.
@pytest.mark.parametrize("text, place", [
    ("He will visit the Tanjiang New Area and the Tanjiang Harbour before noon.", "Tanjiang New Area"),
    ("The delegation toured the Luoxi Hi-Tech Zone and the Luoxi Waterfront this morning.", "Luoxi Hi-Tech Zone"),
    ("Officials inspected the Mabei Economic Development Zone and the Mabei Riverside Walk.",
     "Mabei Economic Development Zone"),
])
def test_name_before_and_the_kept(mentions, text, place):
    assert ("Place", place) in mentions(text)


# A place head ends a name the NER reads as a person after a title word ("King ...").
@pytest.mark.parametrize("text, place", [
    ("Ms Ho also visited King Faisal Financial District and a school.", "King Faisal Financial District"),
    ("He then toured Sheikh Rashid Logistics District with officials.", "Sheikh Rashid Logistics District"),
    ("Mr Ko also visited Emir Khalid Financial District and a bank.", "Emir Khalid Financial District"),
])
def test_place_head_after_title_word(mentions, text, place):
    found = mentions(text)
    assert ("Place", place) in found
    assert not any(label in ("Person", "Post") and place.endswith(name) for label, name in found)


# "Justice" is an honorific before a name, but a body's word before a head ("Justice Ministry").
@pytest.mark.parametrize("text, body", [
    ("He met the Vice Minister of the Lakeland Justice Ministry, Mr Omar Haddad, today.", "Lakeland Justice Ministry"),
    ("Officials of the Justice Department of Westmark joined the talks.", "Justice Department of Westmark"),
    ("She called on the Riverton Justice Bureau yesterday.", "Riverton Justice Bureau"),
])
def test_justice_before_a_body_head(mentions, text, body):
    found = mentions(text)
    assert ("Organization", body) in found
    assert not any(label == "Person" and "Ministry" in name or "Department" in name or "Bureau" in name
                   for label, name in found if label == "Person")


# Where only a place can stand, the NER's "person" is a place; a person named so elsewhere is not.
@pytest.mark.parametrize("text, place", [
    ("The delegation later toured Sham Kok Wan and the new ferry pier.", "Sham Kok Wan"),
    ("Mr Chan arrived in Lo Fu Tau this morning for a two-day stay.", "Lo Fu Tau"),
    ("The team made a trip to Ma Wan Chung village to see the old houses.", "Ma Wan Chung"),
])
def test_locative_context_makes_a_place(mentions, text, place):
    found = mentions(text)
    assert ("Place", place) in found
    assert ("Person", place) not in found


@pytest.mark.parametrize("text, person", [
    ("He thanked Tai Man-kit for his help. Later he visited Tai Man-kit at his office. Mr Tai said yes.",
     "Tai Man-kit"),
    ("In Wong Siu-ling's view, the plan works.", "Wong Siu-ling"),
])
def test_people_stay_people(mentions, text, person):
    assert ("Place", person) not in mentions(text)


# An event named by a quoted title after a common noun: a seminar on "...", a session titled "...".
@pytest.mark.parametrize("text, event", [
    ('In the afternoon, he spoke at a seminar on "Smart Ports - What Riverton Can Offer" held by the Council.',
     "Smart Ports - What Riverton Can Offer"),
    ('The forum this year has a session titled "Data for Good: A Greener Delta".', "Data for Good: A Greener Delta"),
    ('She then joined a roundtable on "Legal Bridges for Global Investors" hosted by a chamber.',
     "Legal Bridges for Global Investors"),
    ('The two cities held a workshop themed "Young Makers, Shared Future" in May.', "Young Makers, Shared Future"),
])
def test_quoted_title_after_event_noun(mentions, text, event):
    assert ("Event", event) in mentions(text)


@pytest.mark.parametrize("text, quoted", [
    ('He gave a speech on "Riverton Advantages" at lunch.', "Riverton Advantages"),
    ('She wrote an article titled "Why Trade Matters" last year.', "Why Trade Matters"),
    ('They stressed the principle of "One Country, Two Systems" at the seminar.', "One Country, Two Systems"),
])
def test_quoted_title_after_other_nouns_is_no_event(mentions, text, quoted):
    assert ("Event", quoted) not in mentions(text)


# An edition named with a short name of its series: the series is an event of its own, with the alias.
@pytest.mark.parametrize("text, edition, series, short", [
    ("The Third Lakeside Regional Co-operation and Development Forum (Lakeside Forum) opened in Kunming today. "
     "The Lakeside Forum is held every two years.",
     "Third Lakeside Regional Co-operation and Development Forum",
     "Lakeside Regional Co-operation and Development Forum", "Lakeside Forum"),
    ("Mr Lee spoke at the 2024 Harbour City Smart Living Expo (Smart Living Expo) this morning.",
     "2024 Harbour City Smart Living Expo", "Harbour City Smart Living Expo", "Smart Living Expo"),
    ("The Fifth Riverton Innovation Summit (Innovation Summit) drew 800 guests.",
     "Fifth Riverton Innovation Summit", "Riverton Innovation Summit", "Innovation Summit"),
])
def test_edition_stays_apart_from_its_series(entities, text, edition, series, short):
    found = entities(text, title=f"{short} held")
    assert ("Event", edition) in found and short not in found["Event", edition]
    assert ("Event", series) in found and short in found["Event", series]
    assert ("Event", short) not in found  # the headline's use is the series too


# Quoted titles after a scheme's noun are schemes, and so is the next title of the same list.
@pytest.mark.parametrize("text, names", [
    ('The two sides drew up regional co-operation plans on "Greener Living" and "Cross-boundary Transport".',
     ("Greener Living", "Cross-boundary Transport")),
    ('The council runs schemes titled "Young Makers", "Silver Tech" as well as "Green Hands" in ten districts.',
     ("Young Makers", "Silver Tech", "Green Hands")),
    ('Both cities joined a programme called "Clean Harbours" last year.', ("Clean Harbours",)),
])
def test_quoted_titles_of_schemes(mentions, text, names):
    found = mentions(text)
    for name in names:
        assert ("Initiative", name) in found


# A scheme "of" an agreement or a body is named with it: the head before "of" types the name.
@pytest.mark.parametrize("text, name", [
    ("Under the Economic and Technical Co-operation Work Programme of the Riverton Trade Arrangement, "
     "both sides met.", "Economic and Technical Co-operation Work Programme of the Riverton Trade Arrangement"),
    ("He introduced the Implementation Plan of the Framework Agreement on Lakeland Co-operation to guests.",
     "Implementation Plan of the Framework Agreement on Lakeland Co-operation"),
    ("Officials reviewed the Youth Exchange Programme of the Westmark Municipal Government.",
     "Youth Exchange Programme of the Westmark Municipal Government"),
])
def test_scheme_of_a_named_thing(mentions, text, name):
    found = mentions(text)
    assert ("Initiative", name) in found
    assert not any(label == "Agreement" and n == name for label, n in found)
