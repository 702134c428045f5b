"""Relations the structure of names and appositions state (made-up sentences; three paraphrases or
more per rule, and what must not follow)."""

from datetime import date

import pytest

from igr.ingest import Document


# One person with a list of titles: every title of the list is theirs.
@pytest.mark.parametrize("text, person, posts", [
    ("The Secretary met the Minister for Ports, Minister for Fisheries and Minister for Rural Affairs, "
     "Mr Alan Moss, in Perth.", "Alan Moss", ["Minister for Ports", "Minister for Fisheries", "Minister for Rural Affairs"]),
    ("Ms Lau called on the Deputy Premier, Minister for Trade and Minister for Energy, Ms Joan Hart.",
     "Joan Hart", ["Deputy Premier", "Minister for Trade", "Minister for Energy"]),
    ("He also met the Minister of Culture, Minister of Sport, Minister of Youth and Minister of Tourism, "
     "Dr Rita Kane, yesterday.", "Rita Kane",
     ["Minister of Culture", "Minister of Sport", "Minister of Youth", "Minister of Tourism"]),
    ("The delegation met the Chairman of the Lakeland Port Authority and Director of the Riverton Harbour Board, Mr Sam Ode.",
     "Sam Ode", ["Chairman of the Lakeland Port Authority", "Director of the Riverton Harbour Board"]),
])
def test_titles_listed_for_one_holder(found_facts, text, person, posts):
    facts = found_facts(text)
    for post in posts:
        assert (person, "holdsPost", post) in facts


# Titles each with its own "the" are several people's: only the last one is the named holder's.
@pytest.mark.parametrize("text, person, post, others", [
    ("He met the Minister for Ports, the Minister for Fisheries and the Minister for Energy, Mr Alan Moss.",
     "Alan Moss", "Minister for Energy", ["Minister for Ports", "Minister for Fisheries"]),
    ("She thanked the Chief Executive, the Chief Secretary and the Financial Secretary, Mr Tom Wu.",
     "Tom Wu", "Financial Secretary", ["Chief Executive", "Chief Secretary for Administration"]),
    ("He met the Minister for Ports, Minister for Energy Mr Alan Moss.", "Alan Moss", "Minister for Energy",
     ["Minister for Ports"]),
])
def test_titles_of_several_people(found_facts, text, person, post, others):
    facts = found_facts(text)
    assert (person, "holdsPost", post) in facts
    assert not any((person, "holdsPost", other) in facts for other in others)


# A known body named inside another's name after "of" is its owner: the unit is part of it.
@pytest.mark.parametrize("text, unit, owner", [
    ("Staff of the Office of the Government of the HKSAR in Beijing met the visitors.",
     "Office of the Government of the HKSAR in Beijing", "HKSAR Government"),
    ("The Economic and Trade Office of the Government of the HKSAR in Tokyo hosted a lunch.",
     "Economic and Trade Office of the Government of the HKSAR in Tokyo", "HKSAR Government"),
    ("Members of the Central Committee of the Communist Party of China attended the forum.",
     "Central Committee of the Communist Party of China", "Communist Party of China"),
    ("A director of the Liaison Office of the Central People's Government in the HKSAR joined them.",
     "Liaison Office of the Central People's Government in the Hong Kong Special Administrative Region",
     "Central People's Government"),
])
def test_known_owner_inside_a_units_name(found_facts, text, unit, owner):
    assert (unit, "subOrganizationOf", owner) in found_facts(text)


# A known body cut short inside the complement ("[Ministry of Foreign Affairs] of Z") is not the owner; a
# government named only inside a listed body's name is no government of the list.
@pytest.mark.parametrize("text, unit, owner", [
    ("The Office of the Commissioner of the Ministry of Foreign Affairs of the Republic of Lakeland in Riverton "
     "hosted a reception.", "Office of the Commissioner of the Ministry of Foreign Affairs of the Republic of Lakeland "
     "in Riverton", "Ministry of Foreign Affairs"),
    ("The delegation comprises representatives from the Security Bureau and the Lands Department, along with the "
     "Office of the Government of the HKSAR in Beijing.", "Security Bureau", "HKSAR Government"),
    ("Staff of the Lands Department and the Security Bureau met officers of the Office of the Government of the "
     "HKSAR in Beijing.", "Lands Department", "HKSAR Government"),
])
def test_no_owner_cut_short_or_only_nested(found_facts, text, unit, owner):
    assert (unit, "subOrganizationOf", owner) not in found_facts(text)


def test_units_of_a_government_named_by_itself(found_facts):
    facts = found_facts("Other officials of the HKSAR Government attending the meeting included representatives "
                        "from the Security Bureau and the Lands Department.")
    assert ("Security Bureau", "subOrganizationOf", "HKSAR Government") in facts


# "the X Office (XO), City of the Y Government": the office with its city is Y's ("City of the Y Government" is
# no body: a place has no owner).
@pytest.mark.parametrize("text, office, owner", [
    ("The Riverton Trade Office, Paris of the Lakeland Government opened today.", "Riverton Trade Office",
     "Lakeland Government"),
    ("The Hong Kong Economic and Trade Office (HKETO), Berlin of the Government of the Hong Kong Special "
     "Administrative Region held a reception.", "Hong Kong Economic and Trade Office in Berlin", "HKSAR Government"),
    ("The Lakeland Tourism Office (LTO), Sydney of the Lakeland Government hosted a seminar.",
     "Lakeland Tourism Office", "Lakeland Government"),
])
def test_office_city_then_owner(found_facts, text, office, owner):
    facts = found_facts(text)
    assert (office, "subOrganizationOf", owner) in facts
    assert not any(p == "subOrganizationOf" and s.split()[0] in ("Paris", "Berlin", "Sydney") for s, p, _ in facts)


def test_office_city_and_another_body(found_facts):
    facts = found_facts("The Riverton Trade Office, Paris, and the Lakeland Government signed the agreement.")
    assert not any(p == "subOrganizationOf" for _, p, _ in facts)


# Being set up by a government is no membership (VOCABULARY's worked example: restructured by the Government is not
# part of it); "a unit of", "an office of", "under" still are.
@pytest.mark.parametrize("text, unit, owner, part", [
    ("She thanked Lakeland for its support of the Riverton Liaison Unit set up by the Riverton Government in 2016.",
     "Riverton Liaison Unit", "Riverton Government", False),
    ("The Marine Research Centre set up by the Lakeland Council opened in May.", "Marine Research Centre",
     "Lakeland Council", False),
    ("The Riverton Liaison Unit, a unit of the Riverton Government, hosted the meeting.", "Riverton Liaison Unit",
     "Riverton Government", True),
    ("The Lakeland Trade Office, an office of the Lakeland Government, opened in May.", "Lakeland Trade Office",
     "Lakeland Government", True),
])
def test_set_up_by_is_no_membership(found_facts, text, unit, owner, part):
    assert ((unit, "subOrganizationOf", owner) in found_facts(text)) is part


# A body named after a region serves it; a body named after a city or a province is there.
@pytest.mark.parametrize("text, body, place, located", [
    ("The delegation visited the South China Logistics Centre.", "South China Logistics Centre", "South China", False),
    ("She spoke at the Asia Society on Monday.", "Asia Society", "Asia", False),
    ("He met members of the Middle East Association in London.", "Middle East Association", "Middle East", False),
    ("He met members of the Tokyo Chamber of Commerce.", "Tokyo Chamber of Commerce", "Tokyo", True),
])
def test_body_named_after_a_region_is_not_located_there(found_facts, text, body, place, located):
    assert ((body, "locatedIn", place) in found_facts(text)) is located


# Two titles joined by a comma alone, then the holder set off by a comma: both are the holder's.
@pytest.mark.parametrize("text, person, posts", [
    ("The Secretary met the Standing Committee Member of the Riverton Provincial Committee, Secretary of the "
     "Lakeland Municipal Committee, Mr Zhou Ping, this morning.", "Zhou Ping",
     ["Standing Committee Member of the Riverton Provincial Committee", "Secretary of the Lakeland Municipal Committee"]),
    ("She called on the Deputy Premier, Minister for Energy, Ms Joan Hart.", "Joan Hart",
     ["Deputy Premier", "Minister for Energy"]),
    ("He was received by the Vice Chairman of the Lakeland Council, Director of the Riverton Office, Dr Tim Ho.",
     "Tim Ho", ["Vice Chairman of the Lakeland Council", "Director of the Riverton Office"]),
])
def test_two_titles_joined_by_a_comma_for_one_holder(found_facts, text, person, posts):
    facts = found_facts(text)
    for post in posts:
        assert (person, "holdsPost", post) in facts


# "Mr A, who is (also) the Title": the holder's title in a relative clause; not a past one ("who was").
@pytest.mark.parametrize("text, person, post, holds", [
    ("Mr Tom Lee, who is also the Chairman of the Riverton Council, spoke at the lunch.", "Tom Lee",
     "Chairman of the Riverton Council", True),
    ("Ms Ann Lo, who is the Director of the Lakeland Office, welcomed them.", "Ann Lo", "Director of the Lakeland Office", True),
    ("They met Dr Ben Ho, who is also Vice Chairman of the Riverton Trade Board.", "Ben Ho",
     "Vice Chairman of the Riverton Trade Board", True),
    ("Ms Ann Lo, who was the Director of the Lakeland Office, attended.", "Ann Lo", "Director of the Lakeland Office", False),
])
def test_title_in_a_relative_clause(found_facts, text, person, post, holds):
    assert ((person, "holdsPost", post) in found_facts(text)) is holds


# "the X Government's Y Bureau": a unit named after a body's possessive is a unit of it; not any body after one.
@pytest.mark.parametrize("text, unit, owner, part", [
    ("Officials of the HKSAR Government's Innovation and Technology Bureau attended.",
     "Innovation and Technology Bureau", "HKSAR Government", True),
    ("The delegation met the Lakeland Provincial Government's Foreign Affairs Office.", "Foreign Affairs Office",
     "Lakeland Provincial Government", True),
    ("Staff of the Riverton Trade Council's Research Department joined.", "Research Department",
     "Riverton Trade Council", True),
    ("The Riverton Trade Council's partner, the Lakeland Chamber of Commerce, joined.", "Lakeland Chamber of Commerce",
     "Riverton Trade Council", False),
])
def test_unit_after_a_possessive(found_facts, text, unit, owner, part):
    assert ((unit, "subOrganizationOf", owner) in found_facts(text)) is part


# One role described in lower case between a title and its holder ("the President of X and leader of the
# delegation, Mr Y"); not a plural ("and members of the council, Mr A and Mr B").
@pytest.mark.parametrize("text, person, post, holds", [
    ("The President of the Riverton Council and leader of the delegation, Mr Tom Wu, said members were keen.",
     "Tom Wu", "President of the Riverton Council", True),
    ("The Secretary for Trade and head of the mission, Ms Ann Lo, spoke.", "Ann Lo", "Secretary for Trade", True),
    ("The Chairman of the Lakeland Board and convenor of the group, Dr Ben Ho, welcomed them.", "Ben Ho",
     "Chairman of the Lakeland Board", True),
    ("He met the Secretary for Trade and members of the council, Mr Tom Wu and Mr Ken Ray.", "Tom Wu",
     "Secretary for Trade", False),
])
def test_title_then_a_lower_case_role_then_holder(found_facts, text, person, post, holds):
    assert ((person, "holdsPost", post) in found_facts(text)) is holds


# "X of the Y of Z": X is a unit of Y and Y of Z; X is not stated to be Z's directly
@pytest.mark.parametrize("text, unit, owner, not_owner", [
    ("He met the Deputy Director of the Legislative Affairs Commission of the Standing Committee of the National "
     "People's Congress, Mr Xu An.", "Legislative Affairs Commission of the Standing Committee of the National "
     "People's Congress", "Standing Committee of the National People's Congress", "National People's Congress"),
    ("The Director of the Political Bureau of the Central Committee of the Lakeland Workers' Party, Mr Tan, "
     "met him.", "Political Bureau of the Central Committee of the Lakeland Workers' Party",
     "Central Committee of the Lakeland Workers' Party", "Lakeland Workers' Party"),
    ("He met officials of the Hong Kong and Macao Affairs Office of the State Council yesterday.",
     "Hong Kong and Macao Affairs Office of the State Council", "State Council", None),
])
def test_a_unit_is_part_of_the_body_named_right_after_it(found_facts, text, unit, owner, not_owner):
    facts = found_facts(text)
    assert (unit, "subOrganizationOf", owner) in facts
    assert not_owner is None or (unit, "subOrganizationOf", not_owner) not in facts


# a title alone, printed as a body's with its holder set off after it, is a post the holder holds
@pytest.mark.parametrize("text, person, post", [
    ("He visited the Supreme People's Court and met its Vice President, Mr He Rong.", "He Rong", "Vice President"),
    ("Ms Lee called on the Riverton Trade Council and met its Chairman, Mr Sam Ode, this morning.", "Sam Ode",
     "Chairman"),
    ("The Lakeland Port Authority hosted a lunch. The Chairman, Dr Ana Ruiz, said the port would expand.",
     "Ana Ruiz", "Chairman"),
])
def test_a_bare_title_set_off_before_its_holder_is_held(found_facts, text, person, post):
    assert (person, "holdsPost", post) in found_facts(text)


def test_a_bare_head_before_a_name_of_no_person_is_no_post(mentions):
    found = mentions("The Government, Mr Ho said, would help. The Bureau, Hong Kong and Macao offices were closed.")
    assert not any(label == "Post" for label, _ in found)


# A place after a body and a comma that opens the next clause is that clause's subject, not where the body is
# ("with the support of the Central Government, Hong Kong has developed ..."; "the ETO, Sydney" still is).
@pytest.mark.parametrize("text, body, place", [
    ("With the unwavering support of the Central Government, Hong Kong has developed into a world-class city.",
     "Central People's Government", "Hong Kong"),
    ("With the help of the Ministry of Finance, Beijing has launched the scheme.", "Ministry of Finance", "Beijing"),
    ("With the backing of the State Council, Hainan will build a free trade port.", "State Council", "Hainan"),
    ("Supported by the Ministry of Education, Wuhan has opened ten new schools.", "Ministry of Education", "Wuhan"),
])
def test_a_clause_subject_after_a_comma_is_no_address(extractor, text, body, place):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    assert (body, "locatedIn", place) not in {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}


def test_an_office_and_its_city_after_a_comma_still_is_an_address(extractor):
    [record] = extractor.extract([Document(key="t.txt", text="The Riverton Trade Office, Sydney, said the event was a "
                                                              "success.", date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    assert ("Riverton Trade Office", "locatedIn", "Sydney") in {(names[f.subject], f.predicate, names[f.object])
                                                                for f in record.facts}
