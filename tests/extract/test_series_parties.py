"""The parties a series' name states (``igr.extract.structure``): "A/B Co-operation Conference",
"Task Force on X between A and B"."""

import pytest


@pytest.mark.parametrize("text, series, parties", [
    ("The Chief Secretary for Administration, Mr Lee Man-kit, and the Vice Mayor of Shenzhen, Mr Zhao Wei, "
     "co-chaired the first meeting of the Task Force on Port Co-operation between Hong Kong and Shenzhen today.",
     "Task Force on Port Co-operation between Hong Kong and Shenzhen", {"Hong Kong", "Shenzhen"}),
    ("The Joint Working Group on Trade Facilitation between Hong Kong and Macao met today in Macao.",
     "Joint Working Group on Trade Facilitation between Hong Kong and Macao", {"Hong Kong", "Macao"}),
    ("The Chief Secretary, Mr Lee Man-kit, attended the meeting of the Expert Group on Water Supply between "
     "Guangdong and Hong Kong in Guangzhou yesterday.",
     "Expert Group on Water Supply between Guangdong and Hong Kong", {"Guangdong", "Hong Kong"}),
    ("Mr Lee said the Hong Kong/Tianjin Co-operation Meeting had achieved much.",
     "Hong Kong/Tianjin Co-operation Meeting", {"Hong Kong", "Tianjin"}),
])
def test_a_series_name_states_its_parties(found_facts, text, series, parties):
    assert {o for s, p, o in found_facts(text) if s == series and p == "hasParticipant"} == parties


def test_between_years_names_no_party(found_facts):
    facts = found_facts("Mr Wong served on the Task Force on Ferry Services in Kowloon between 2010 and 2012.")
    assert not {f for f in facts if f[1] == "hasParticipant"}


@pytest.mark.parametrize("text, edition, series", [
    ("Mr Ho attended the 25th APEC Ministerial Meeting in Lima today. The APEC Ministerial Meeting is held every year.",
     "25th APEC Ministerial Meeting", "APEC Ministerial Meeting"),
    ("Mr Lam will attend the APEC 2019 Economic Leaders' Meeting in Santiago. The APEC Economic Leaders' Meeting "
     "brings together the leaders of the member economies.", "APEC 2019 Economic Leaders' Meeting",
     "APEC Economic Leaders' Meeting"),
    ("The Financial Secretary, Mr Paul Chau, opened the Fifth Lakeside Innovation Summit today. The Lakeside "
     "Innovation Summit was first held in 2019.", "Fifth Lakeside Innovation Summit", "Lakeside Innovation Summit"),
])
def test_an_edition_is_part_of_the_series_the_release_names(found_facts, text, edition, series):
    assert (edition, "partOf", series) in found_facts(text)


def test_no_series_unless_named(found_facts):
    facts = found_facts("The 2024 Riverton Harbour Forum opened today in Riverton.")
    assert not {f for f in facts if f[1] == "partOf"}
