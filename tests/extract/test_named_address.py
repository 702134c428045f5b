"""A body whose name gives its address is located there: a chamber, association, bank, exchange,
hospital ... (the lexicon's address_heads) named first after a place, or "of" a city or province.
Sentences are made up for these tests; each rule has three paraphrases or more and what must not follow."""

from datetime import date

import pytest

from igr.ingest.document import Document


def facts(extractor, text):
    [record] = extractor.extract([Document(key="t.txt", text=text, title="Release", date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    return {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}


@pytest.mark.parametrize("text, body, place", [
    ("Mr Lam addressed members of the Copenhagen Chamber of Commerce on Monday.", "Copenhagen Chamber of Commerce",
     "Copenhagen"),
    ("Ms Ho met the chairman of the Nairobi Hong Kong Association in the afternoon.", "Nairobi Hong Kong Association",
     "Nairobi"),
    ("The delegation then called at the Lima Stock Exchange.", "Lima Stock Exchange", "Lima"),
    ("Mr Wong visited the Central Hospital of Chengdu yesterday.", "Central Hospital of Chengdu", "Chengdu"),
    ("She later met the President of the Commercial Bank of Qingdao.", "Commercial Bank of Qingdao", "Qingdao"),
])
def test_a_body_named_after_its_place_is_located_there(extractor, text, body, place):
    assert (body, "locatedIn", place) in facts(extractor, text)


@pytest.mark.parametrize("text, body", [
    # a country's national body "of" it
    ("Mr Lam met the Governor of the National Bank of Kenya on Tuesday.", "National Bank of Kenya"),
    # a body of a pair of places
    ("Members of the Shenzhen-Macao Youth Association joined the tour.", "Shenzhen-Macao Youth Association"),
    # the releases' own place
    ("The Secretary thanked the Hong Kong Dental Association for its support.", "Hong Kong Dental Association"),
    # no address head: a government body or a forum
    ("Mr Ho met officials of the Chengdu Municipal Commerce Bureau.", "Chengdu Municipal Commerce Bureau"),
])
def test_what_gives_no_address(extractor, text, body):
    assert not any(s == body and p == "locatedIn" for s, p, o in facts(extractor, text))


# A place the release names by itself (no gazetteer entry) is also the place that starts a longer name.
@pytest.mark.parametrize("text, body, place", [
    ("He will visit Hamburg and Bremen. He will speak at a luncheon with the Bremen Chamber of Commerce.",
     "Bremen Chamber of Commerce", "Bremen"),
    ("Ms Ho arrived in Porto on Monday. She later met members of the Porto Business Association.",
     "Porto Business Association", "Porto"),
    ("The delegation arrived in Rotterdam today. It then toured the Rotterdam Port Authority.",
     "Rotterdam Port Authority", "Rotterdam"),
])
def test_a_place_named_elsewhere_starts_a_body(extractor, text, body, place):
    assert (body, "locatedIn", place) in facts(extractor, text)


def test_a_place_inside_a_name_does_not_start_it(extractor):
    text = "He visited Bremen on Monday. He then met the Lakeland Bremen Friendship Society."
    inner = text.index("Bremen Friendship")
    places = [m for m in extractor.nlp(text).user_data["igr_mentions"] if m.label == "Place"]
    assert places and not any(m.start == inner for m in places)


# A known body sited "in" a place, printed with an acronym before "in": "the Office of the Government of the X (ACR) in
# Beijing" is the known office in Beijing
@pytest.mark.parametrize("text, name", [
    ("Mr Tsang visited the Office of the Government of the Hong Kong Special Administrative Region (HKSAR) in Beijing "
     "yesterday.", "Office of the Government of the Hong Kong Special Administrative Region in Beijing"),
    ("The Secretary called at the Economic and Trade Office of the Government of the Hong Kong Special Administrative "
     "Region (HKSAR) in Guangdong this morning.",
     "Economic and Trade Office of the Government of the Hong Kong Special Administrative Region in Guangdong"),
    ("She toured the Hong Kong Economic and Trade Office (HKETO) in Tokyo after the meeting.",
     "Hong Kong Economic and Trade Office in Tokyo"),
])
def test_a_known_sited_body_with_an_acronym_before_in(mentions, text, name):
    assert ("Organization", name) in mentions(text)


# a known office abroad printed with its city after a comma is that office
@pytest.mark.parametrize("text, office", [
    ("He attended a lunch hosted by the Hong Kong Economic & Trade Office, Sydney, today.",
     "Hong Kong Economic and Trade Office in Sydney"),
    ("The Hong Kong Economic & Trade Office, London hosted a reception on Monday.",
     "Hong Kong Economic and Trade Office in London"),
    ("Staff from the Hong Kong Economic & Trade Office, Toronto, joined the seminar.",
     "Hong Kong Economic and Trade Office in Toronto"),
])
def test_office_with_its_city_after_a_comma(mentions, text, office):
    assert ("Organization", office) in mentions(text)


# a chamber of commerce is named with the place it serves abroad: "the X Chamber of Commerce in Y"
@pytest.mark.parametrize("text, body, place", [
    ("He met the Chairman of the Hong Kong Chamber of Commerce in Japan, Mr Ken Sato.",
     "Hong Kong Chamber of Commerce in Japan", "Japan"),
    ("She addressed members of the Lakeland Chamber of Commerce in Singapore at a luncheon.",
     "Lakeland Chamber of Commerce in Singapore", "Singapore"),
    ("The delegation called on the European Chamber of Commerce in Kenya and other bodies.",
     "European Chamber of Commerce in Kenya", "Kenya"),
])
def test_chamber_of_commerce_abroad(found_facts, text, body, place):
    assert (body, "locatedIn", place) in found_facts(text)


def test_bare_chamber_in_a_city_is_no_name(mentions):
    assert not any(name.startswith("Chamber of Commerce") for _, name in mentions("He spoke at the Chamber of Commerce in Tokyo."))
