"""A place printed with the region it lies in ("Tallinn, Estonia"): the visit reaches both, and a
release that prints the two places each inside the other still builds (made-up releases)."""

from datetime import date

import pytest

from igr.ingest import Document


@pytest.mark.parametrize("title, body, city, country", [
    ("SFST signs tax pact with Estonia in Tallinn",
     "The Secretary for Financial Services and the Treasury, Mr Lam Kin, arrived in Tallinn, Estonia yesterday "
     "and signed an agreement with the Minister of Finance of Estonia, Mr Karl Tamm.", "Tallinn", "Estonia"),
    ("SCED meets Latvian minister in Riga",
     "The Secretary for Commerce and Economic Development, Mr Ho Wing, arrived in Riga, Latvia today. "
     "Latvia in Riga held talks.", "Riga", "Latvia"),
    ("SJ signs pact with Lithuania in Vilnius",
     "The Secretary for Justice, Mr Chow Ming, visited Vilnius, Lithuania today and met the Minister of "
     "Justice of Lithuania, Mr Jonas Petras.", "Vilnius", "Lithuania"),
])
def test_places_each_printed_inside_the_other(found_facts, title, body, city, country):
    facts = found_facts(body, title=title)
    visitor = next(s for s, p, o in facts if p == "holdsPost" and s.startswith(("Lam", "Ho", "Chow")))
    assert {(visitor, "visited", city), (visitor, "visited", country)} <= facts


@pytest.mark.parametrize("body, subject", [
    ("Mr Lam Kin visited Estonia today. Following the conclusion of the agreement with Estonia, Singapore has "
     "signed such agreements with 17 states.", "Singapore"),
    ("Mr Ho Wing toured Latvia this week. After the talks with Latvia, Thailand will open an office there.",
     "Thailand"),
    ("Mr Chow Ming visited Spain yesterday. Besides the treaty with Spain, Chile is negotiating a second one.",
     "Chile"),
])
def test_a_place_before_the_next_clause_subject_does_not_lie_in_it(found_facts, body, subject):
    facts = found_facts(body)
    assert any(p == "visited" for s, p, o in facts)
    assert not any(p == "visited" and o == subject for s, p, o in facts)


@pytest.mark.parametrize("body, city, region", [
    ("The Chief Executive, Mr Lam Kin, arrived in Sanya, Hainan to attend the Regional Co-operation Forum.",
     "Sanya", "Hainan"),
    ("The Secretary for Justice, Mr Ho Wing, arrived in Guilin, Guangxi to speak at a seminar.", "Guilin", "Guangxi"),
    ("The Financial Secretary, Mr Chow Ming, travelled to Wuxi, Jiangsu to visit a science park.", "Wuxi", "Jiangsu"),
])
def test_a_region_before_an_infinitive_is_still_the_region(found_facts, body, city, region):
    facts = found_facts(body)
    visitor = next(s for s, p, o in facts if p == "holdsPost")
    assert {(visitor, "visited", city), (visitor, "visited", region)} <= facts


# A country printed before another known place and a comma lies in no city, province or other country: "how
# their movements may affect the US, Hong Kong and the world economy" is a list, and no trip to Hong Kong.
@pytest.mark.parametrize("text, country, place", [
    ("The Financial Secretary, Mr Henry Tang, visited the United States. They discussed how oil prices may affect "
     "the US, Hong Kong and the world economy.", "United States", "Hong Kong"),
    ("The Secretary, Mr Paul Chan, visited Japan. He said trade between Japan, Singapore and the wider region "
     "had grown.", "Japan", "Singapore"),
    ("Mr Paul Chan visited France. He noted that France, Shanghai and the rest of the world were linked by trade.",
     "France", "Shanghai"),
])
def test_a_country_lies_in_no_city_or_other_country(extractor, text, country, place):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    visits = {(names[f.subject], names[f.object]) for f in record.facts if f.predicate == "visited"}
    assert any(o == country for _, o in visits) and not any(o == place for _, o in visits), visits
