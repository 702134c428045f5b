"""Sessions and meetings of co-operation series, named in lower case or in part: made-up paraphrases
per rule, each with what must not follow."""

from datetime import date

import pytest

from igr.ingest import Document


# an ordinal or edition word, modifiers, a session word, then "of" a series: a session of that series
@pytest.mark.parametrize("text, session, series, people, place", [
    ("The Secretary for Commerce, Mr Alan Poon, and the Vice Governor of Fujian, Mr Lin Bao, co-chaired the "
     "second working meeting of the Hong Kong/Fujian Co-operation Conference in Fuzhou yesterday.",
     "second working meeting of the Hong Kong/Fujian Co-operation Conference",
     "Hong Kong/Fujian Co-operation Conference", ("Alan Poon", "Lin Bao"), "Fuzhou"),
    ("The Chief Secretary, Mr Peter Lam, chaired the 3rd special plenary session of the Hong Kong/Sichuan "
     "Co-operation Conference in Chengdu.",
     "3rd special plenary session of the Hong Kong/Sichuan Co-operation Conference",
     "Hong Kong/Sichuan Co-operation Conference", ("Peter Lam",), "Chengdu"),
    ("The Financial Secretary, Mr Paul Ho, presided over the Fourth high-level meeting of the Hong "
     "Kong-Shenzhen Joint Task Force on Boundary District Development in Shenzhen.",
     "Fourth high-level meeting of the Hong Kong-Shenzhen Joint Task Force on Boundary District Development",
     "Hong Kong-Shenzhen Joint Task Force on Boundary District Development", ("Paul Ho",), "Shenzhen"),
])
def test_an_ordinal_and_modifiers_before_a_session_word_name_a_session(found_facts, text, session, series,
                                                                        people, place):
    found = found_facts(text)
    assert (session, "partOf", series) in found
    assert (session, "heldIn", place) in found
    for person in people:
        assert (person, "chaired", session) in found
        assert (person, "chaired", series) not in found


def test_an_inaugural_joint_meeting_is_attended(found_facts):
    found = found_facts("The Secretary for Development, Ms Mary Chow, attended the inaugural joint meeting of "
                        "the Hong Kong/Guangzhou Co-operation Working Group in Guangzhou today.")
    session = "inaugural joint meeting of the Hong Kong/Guangzhou Co-operation Working Group"
    assert ("Mary Chow", "attended", session) in found
    assert (session, "partOf", "Hong Kong/Guangzhou Co-operation Working Group") in found


@pytest.mark.parametrize("text", [
    "The Secretary for Commerce, Mr Alan Poon, attended a working meeting of the Hong Kong/Fujian "
    "Co-operation Conference in Fuzhou.",  # no ordinal: no edition
    "He noted that the first business meeting of the Hong Kong/Fujian Co-operation Conference was useful.",
])  # "business" is no session modifier
def test_no_session_without_an_ordinal_and_modifiers(mentions, text):
    assert not any(label == "Event" for label, _ in mentions(text))


# a mechanism head in lower case, "on/for", a field naming two parties: a series of those parties
@pytest.mark.parametrize("text, series, parties", [
    ("The Secretary for Labour, Mr Chan Kwok-ki, attended the inaugural meeting of the co-ordination mechanism "
     "on Guangdong-Hong Kong talent co-operation in Guangzhou today.",
     "co-ordination mechanism on Guangdong-Hong Kong talent co-operation", ("Guangdong", "Hong Kong")),
    ("The Secretary for Security, Mr John Lam, and the Vice Mayor of Shenzhen, Mr Wu Gang, co-chaired the second "
     "meeting of the joint working group on Hong Kong/Shenzhen boundary control and clearance facilitation in "
     "Shenzhen yesterday.",
     "joint working group on Hong Kong/Shenzhen boundary control and clearance facilitation",
     ("Hong Kong", "Shenzhen")),
    ("The Under Secretary for Transport, Mr Paul Yip, said the task force on Macao-Hong Kong cross-boundary "
     "ferry services would meet again next month.",
     "task force on Macao-Hong Kong cross-boundary ferry services", ("Macao", "Hong Kong")),
    ("The Secretary for Innovation, Ms Ada Ho, attended the first plenary meeting of the expert group for "
     "scientific research co-operation between Hong Kong and Fujian in Fuzhou.",
     "expert group for scientific research co-operation between Hong Kong and Fujian", ("Hong Kong", "Fujian")),
])
def test_a_lower_case_head_and_a_field_of_two_parties_name_a_series(mentions, found_facts, text, series, parties):
    assert ("Mechanism", series) in mentions(text)
    found = found_facts(text)
    for party in parties:
        assert (series, "hasParticipant", party) in found


def test_a_session_of_a_lower_case_series_is_part_of_it(found_facts):
    found = found_facts("The Secretary for Security, Mr John Lam, and the Vice Mayor of Shenzhen, Mr Wu Gang, "
                        "co-chaired the second meeting of the joint working group on Hong Kong/Shenzhen boundary "
                        "control in Shenzhen yesterday.")
    session = "second meeting of the joint working group on Hong Kong/Shenzhen boundary control"
    assert (session, "partOf", "joint working group on Hong Kong/Shenzhen boundary control") in found
    assert ("John Lam", "chaired", session) in found and ("Wu Gang", "chaired", session) in found
    assert (session, "heldIn", "Shenzhen") in found


@pytest.mark.parametrize("text", [
    "Hong Kong and Guangdong established a mechanism for communications and coordination at the meeting.",
    "The task force on trade facilitation will report in May.",  # no parties in its field
    "The working group on Hong Kong investment will report to the Legislative Council.",  # one place: no pair
])
def test_no_lower_case_series_without_two_parties(mentions, text):
    assert not any(label == "Mechanism" for label, _ in mentions(text))


# "Hong Kong, China" after a hyphen inside an edition's name: the comma cuts no name; the series is
# the name without the edition, known by its acronym's form where the release gives one
@pytest.mark.parametrize("text, session, series, place", [
    ("The Secretary for Trade, Mr Edward Yau, and the Philippine Secretary of Trade, Mr Ramon Lopez, co-chaired "
     "the 2nd ASEAN Economic Ministers-Hong Kong, China Consultations in Manila today.",
     "2nd ASEAN Economic Ministers-Hong Kong, China Consultations",
     "ASEAN Economic Ministers-Hong Kong, China Consultations", "Manila"),
    ("The Under Secretary, Mr Ken Wong, and the Uruguayan Minister, Mr Pablo Ruiz, co-chaired the 3rd Mercosur "
     "Trade Ministers-Hong Kong, China Joint Committee in Montevideo yesterday.",
     "3rd Mercosur Trade Ministers-Hong Kong, China Joint Committee",
     "Mercosur Trade Ministers-Hong Kong, China Joint Committee", "Montevideo"),
    ("The Secretary for Commerce, Ms Ivy Lee, attended the 5th Pacific Alliance (PA) Trade Ministers-Hong Kong, "
     "China Consultations in Lima.",
     "5th Pacific Alliance Trade Ministers-Hong Kong, China Consultations",
     "PA Trade Ministers-Hong Kong, China Consultations", "Lima"),
])
def test_an_edition_named_with_hong_kong_china(found_facts, text, session, series, place):
    found = found_facts(text)
    assert (session, "partOf", series) in found
    assert (series, "hasParticipant", "Hong Kong") in found
    assert (session, "heldIn", place) in found
    assert not any(p == "organizedBy" for _, p, _ in found)  # the first of two parties organises nothing
    assert not any("China Consultations" == s or "China Joint Committee" == s for s, _, _ in found)


def test_a_series_known_by_a_known_acronym(found_facts):
    found = found_facts("Mr Lee, the Secretary, co-chaired the 2nd Association of Southeast Asian Nations (ASEAN) "
                        "Economic Ministers-Hong Kong, China Consultations in Manila.")
    series = "ASEAN Economic Ministers-Hong Kong, China Consultations"
    assert ("2nd Association of Southeast Asian Nations Economic Ministers-Hong Kong, China Consultations",
            "partOf", series) in found
    assert (series, "hasParticipant", "Association of Southeast Asian Nations") in found
    assert not any(s.startswith("Southeast Asian Nations") for s, _, _ in found)  # no series starts inside a known name


def test_no_name_across_the_comma_before_lower_case_words(mentions):
    found = mentions("Mr Lau told the Lakeland Ministers-Hong Kong, China talks that trade was growing.")
    assert not any(label in ("Event", "Mechanism") for label, _ in found)


def test_no_place_inside_a_body_inside_a_series(extractor):
    [record] = extractor.extract([Document(key="t.txt", text="The Secretary, Mr Gregory So, attended the 25th "
                                           "Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting in Bali today.")])
    assert "Asia-Pacific" not in {e.name for e in record.entities if e.label == "Place"}


# a session named by its ordinal and session word alone is a session of the release's one series
@pytest.mark.parametrize("text, session, series", [
    ("The Chief Executive, Mr Tung Chee Hwa, attended the Seventh Plenary of the Hong Kong/Guangdong Co-operation "
     "Joint Conference in Guangzhou. The Sixth Plenary was held in Hong Kong last year.",
     "Sixth Plenary", "Hong Kong/Guangdong Co-operation Joint Conference"),
    ("The Hong Kong/Fujian Co-operation Conference has met regularly. Officials reviewed the work done since the "
     "Third Plenary Session in Fuzhou.", "Third Plenary Session", "Hong Kong/Fujian Co-operation Conference"),
    ("Mr Lee said the 5th Working Meeting had set out the priorities of the Hong Kong/Shenzhen Co-operation Meeting.",
     "5th Working Meeting", "Hong Kong/Shenzhen Co-operation Meeting"),
])
def test_a_bare_session_is_part_of_the_release_series(found_facts, text, session, series):
    assert (session, "partOf", series) in found_facts(text)


def test_no_bare_session_of_two_series(found_facts):
    found = found_facts("The Hong Kong/Fujian Co-operation Conference and the Hong Kong/Sichuan Co-operation "
                        "Conference both met this year. The Second Plenary was held in May.")
    assert not any(s == "Second Plenary" and p == "partOf" for s, p, _ in found)


# an edition numbered after its owner's name is a session of the owner's series
@pytest.mark.parametrize("text, edition, series", [
    ("Mr Wong said Hong Kong was well prepared for the WTO 6th Ministerial Conference to be held in Hong Kong "
     "in December.", "WTO 6th Ministerial Conference", "WTO Ministerial Conference"),
    ("The Secretary, Mr Yau, attended the APEC 25th Ministerial Meeting in Lima.",
     "APEC 25th Ministerial Meeting", "APEC Ministerial Meeting"),
    ("Mrs Lam attended the APEC 2017 Economic Leaders' Meeting in Manila.",
     "APEC 2017 Economic Leaders' Meeting", "APEC Economic Leaders' Meeting"),
])
def test_an_edition_numbered_after_its_owner(found_facts, text, edition, series):
    assert (edition, "partOf", series) in found_facts(text)


def test_no_owner_series_for_an_occasion(mentions):
    # a body's dinner is its event, no standing series
    found = mentions("The Trade Development Council 5th Annual Dinner was held in London.")
    assert not any(label == "Mechanism" for label, _ in found)


# the place after "a meeting of the X Organization in Y" is the meeting's, not the body's address
@pytest.mark.parametrize("text, body, place", [
    ("Mr Wong said he would attend the informal ministerial meeting of the World Trade Organization in Cairns.",
     "World Trade Organization", "Cairns"),
    ("The Secretary will speak at the annual session of the Asian-African Legal Consultative Organization in "
     "Bangkok next week.", "Asian-African Legal Consultative Organization", "Bangkok"),
    ("Ms Lee joined the general assembly of the International Federation of Red Cross in Geneva.",
     "International Federation of Red Cross", "Geneva"),
])
def test_a_meeting_of_a_body_in_a_place_locates_no_body(found_facts, text, body, place):
    assert (body, "locatedIn", place) not in found_facts(text)


def test_a_body_in_a_place_is_located_there(found_facts):
    assert ("Asian Development Bank", "locatedIn", "Manila") in found_facts("Ms Lee visited the Asian Development "
                                                                             "Bank in Manila.")


# "the X Working Group held its first meeting": a session of X, named after it
@pytest.mark.parametrize("text, session, series, place", [
    ("The Working Group on Enhancing Hong Kong/Macao Economic Co-operation held its first meeting today to "
     "further strengthen co-operation in tourism.\n\nThe Secretary for Commerce, Mr Gregory So, and the Director "
     "of Economic Services of Macao, Mr Tai Kin-ip, co-chaired the meeting in Hong Kong.",
     "first meeting of the Working Group on Enhancing Hong Kong/Macao Economic Co-operation",
     "Working Group on Enhancing Hong Kong/Macao Economic Co-operation", "Hong Kong"),
    ("The Hong Kong/Shenzhen Joint Task Force on Boundary Development convened its second plenary meeting in "
     "Shenzhen yesterday. The Secretary for Development, Ms Carol Lau, and the Vice Mayor of Shenzhen, Mr Tan Bo, "
     "co-chaired the meeting.",
     "second plenary meeting of the Hong Kong/Shenzhen Joint Task Force on Boundary Development",
     "Hong Kong/Shenzhen Joint Task Force on Boundary Development", "Shenzhen"),
    ("The Hong Kong/Guangzhou Co-operation Working Group, set up in 2015, held its 3rd meeting in Guangzhou today.",
     "3rd meeting of the Hong Kong/Guangzhou Co-operation Working Group",
     "Hong Kong/Guangzhou Co-operation Working Group", "Guangzhou"),
])
def test_a_series_holding_its_numbered_session(found_facts, text, session, series, place):
    found = found_facts(text)
    assert (session, "partOf", series) in found
    assert (session, "heldIn", place) in found


def test_the_co_chairs_of_its_session_chair_the_session(found_facts):
    found = found_facts("The Hong Kong/Shenzhen Joint Task Force on Boundary Development convened its second plenary "
                        "meeting in Shenzhen yesterday. The Secretary for Development, Ms Carol Lau, and the Vice "
                        "Mayor of Shenzhen, Mr Tan Bo, co-chaired the meeting.")
    session = "second plenary meeting of the Hong Kong/Shenzhen Joint Task Force on Boundary Development"
    assert ("Carol Lau", "chaired", session) in found and ("Tan Bo", "chaired", session) in found


def test_no_session_of_a_series_after_another_its(mentions):
    found = mentions("The company said its first meeting with investors went well. The Hong Kong/Fujian "
                     "Co-operation Conference will meet in May.")
    assert not any(label == "Event" for label, _ in found)


# an edition numbered after its owner's name and acronym; the acronym in parentheses after the edition is
# the edition's, and an event named after it is a part of the edition
@pytest.mark.parametrize("text, edition, series", [
    ("The Chief Executive, Mrs Carrie Lam, met other leaders at the Asia-Pacific Economic Cooperation (APEC) 2018 "
     "Economic Leaders' Meeting (AELM) in Port Moresby today.",
     "Asia-Pacific Economic Cooperation 2018 Economic Leaders' Meeting", "APEC Economic Leaders' Meeting"),
    ("The Secretary, Mr Lee, attended the World Trade Organization (WTO) 11th Ministerial Conference in Buenos Aires.",
     "World Trade Organization 11th Ministerial Conference", "WTO Ministerial Conference"),
    ("The Secretary, Mr Lee, attended the World Trade Organization (WTO) 12th Ministerial Conference (WMC) in "
     "Geneva.", "World Trade Organization 12th Ministerial Conference", "WTO Ministerial Conference"),
])
def test_an_edition_numbered_after_its_owner_and_acronym(found_facts, text, edition, series):
    assert (edition, "partOf", series) in found_facts(text)


@pytest.mark.parametrize("text, part, edition", [
    ("Mrs Lam attended the Asia-Pacific Economic Cooperation (APEC) 2018 Economic Leaders' Meeting (AELM) in Port "
     "Moresby today. She later joined the AELM Working Lunch.",
     "AELM Working Lunch", "Asia-Pacific Economic Cooperation 2018 Economic Leaders' Meeting"),
    ("Mr Lee attended the World Trade Organization (WTO) 12th Ministerial Conference (WMC) in Geneva. He spoke at "
     "the WMC Plenary Session.", "WMC Plenary Session", "World Trade Organization 12th Ministerial Conference"),
    ("Mr Lee attended the 9th Riverton/Lakeside Co-operation Conference (RLCC) in Lakeside. He joined the RLCC Gala "
     "Dinner.", "RLCC Gala Dinner", "9th Riverton/Lakeside Co-operation Conference"),
])
def test_an_event_named_after_an_edition_acronym_is_part_of_it(found_facts, text, part, edition):
    assert (part, "partOf", edition) in found_facts(text)


def test_an_event_named_after_a_body_acronym_is_no_part(found_facts):
    found = found_facts("Mr Lee visited the Riverton Trade Council (RTC) in Lakeside. He joined the RTC Gala Dinner.")
    assert not any(s == "RTC Gala Dinner" and p == "partOf" for s, p, _ in found)


# "co-chaired with the Mayor of X, Mr A, the third plenary session of Y": the session shifted after the partner
@pytest.mark.parametrize("text, chairs, session", [
    ("The Secretary, Mr Lee, will co-chair with the Vice Governor of Fujian, Mr Lin, the second meeting of the Hong "
     "Kong/Fujian Co-operation Conference.", ("Lee", "Lin"),
     "second meeting of the Hong Kong/Fujian Co-operation Conference"),
    ("Mr Tsang co-chaired with the Mayor of Shenzhen, Mr Xu, the third plenary session of the Hong Kong/Shenzhen "
     "Co-operation Meeting in Shenzhen.", ("Tsang", "Xu"),
     "third plenary session of the Hong Kong/Shenzhen Co-operation Meeting"),
    ("The Financial Secretary, Mr Paul Ho, co-chaired with the Vice Minister of Commerce, Mr Wang Lin, the 5th "
     "meeting of the Mainland and Hong Kong Trade Co-operation Committee today.", ("Paul Ho", "Wang Lin"),
     "5th meeting of the Mainland and Hong Kong Trade Co-operation Committee"),
])
def test_a_session_printed_after_the_co_chair(found_facts, text, chairs, session):
    found = found_facts(text)
    for person in chairs:
        assert (person, "chaired", session) in found


def test_a_guest_in_apposition_chairs_nothing(found_facts):
    found = found_facts("Mr Tsang met with the Mayor of Shenzhen, Mr Xu, the chairman of the Shenzhen Trade Forum.")
    assert not any(p == "chaired" for _, p, _ in found)


# a numbered or dated session: a year before a lower-case session, session modifiers after a capitalised
# ordinal, an ordinal before a series named head first
@pytest.mark.parametrize("text, session, series", [
    ("The Secretary for Commerce, Mr Lee, attended the 2019 annual meeting of the Hong Kong/Shanghai Financial "
     "Co-operation Working Group in Shanghai.",
     "2019 annual meeting of the Hong Kong/Shanghai Financial Co-operation Working Group",
     "Hong Kong/Shanghai Financial Co-operation Working Group"),
    ("The Financial Secretary, Mr Chan, will attend the 13th Mainland-Hong Kong Joint Committee on Financial "
     "Co-operation in Beijing tomorrow.", "13th Mainland-Hong Kong Joint Committee on Financial Co-operation",
     "Mainland-Hong Kong Joint Committee on Financial Co-operation"),
    ("The Secretary for Tourism, Ms Yeung, attended the 5th Hong Kong-Macao Joint Working Group on Tourism in Macao.",
     "5th Hong Kong-Macao Joint Working Group on Tourism", "Hong Kong-Macao Joint Working Group on Tourism"),
])
def test_numbered_and_dated_sessions(found_facts, text, session, series):
    assert (session, "partOf", series) in found_facts(text)


@pytest.mark.parametrize("text, session", [
    ("The Secretary for Justice will attend the 58th Annual Session of the Asian-African Legal Consultative "
     "Organization in Bangkok.", "58th Annual Session of the Asian-African Legal Consultative Organization"),
    ("The Chief Secretary attended the Fifth Joint Plenary of the Hong Kong/Fujian Co-operation Conference.",
     "Fifth Joint Plenary of the Hong Kong/Fujian Co-operation Conference"),
    ("The Minister attended the 3rd Special Session of the Riverton Development Council in Lakeside.",
     "3rd Special Session of the Riverton Development Council"),
])
def test_session_modifiers_after_an_ordinal(mentions, text, session):
    assert ("Event", session) in mentions(text)


def test_a_dated_body_is_no_session(mentions):
    assert not any(label == "Event" for label, _ in mentions("He thanked the 2018 Riverton Trade Development Council."))


# a numbered or dated session of a body, or numbered after the body's acronym, is organised by that body
@pytest.mark.parametrize("text, session, body", [
    ("Mr Wong said Hong Kong was well prepared for the WTO 6th Ministerial Conference to be held in Hong Kong.",
     "WTO 6th Ministerial Conference", "World Trade Organization"),
    ("Mr Lee attended the 5th Plenary Session of the Riverton Chamber of Commerce in Lakeside.",
     "5th Plenary Session of the Riverton Chamber of Commerce", "Riverton Chamber of Commerce"),
    ("Mr Lee said the report to the 20th National Congress of the Communist Party of China pointed the way.",
     "20th National Congress of the Communist Party of China", "Communist Party of China"),
    ("The Secretary attended the APEC 2017 Economic Leaders' Meeting in Manila.",
     "APEC 2017 Economic Leaders' Meeting", "Asia-Pacific Economic Cooperation"),
])
def test_a_numbered_session_of_a_body_is_organised_by_it(found_facts, text, session, body):
    assert (session, "organizedBy", body) in found_facts(text)


@pytest.mark.parametrize("text", [
    "Mr Lee attended the 10th anniversary celebration of the Riverton Chamber of Commerce in Lakeside.",
    "The department will host the Annual Session of the Asian-African Legal Consultative Organization this year.",
])
def test_no_organiser_without_a_numbered_session(found_facts, text):
    found = found_facts(text)
    assert not any(p == "organizedBy" and o in ("Riverton Chamber of Commerce", "Asian-African Legal Consultative "
                                                "Organization") for _, p, o in found)


# a place praised "for/on the (successful) hosting of" an event hosted it
@pytest.mark.parametrize("text, event, place", [
    ("She congratulated Hunan Province for the successful hosting of the 2019 Hunan-Guangdong-Hong Kong-Macao Greater "
     "Bay Area Conference.", "2019 Hunan-Guangdong-Hong Kong-Macao Greater Bay Area Conference", "Hunan"),
    ("He congratulated Xiamen on the successful hosting of the Asian Logistics Forum.", "Asian Logistics Forum",
     "Xiamen"),
    ("He praised Shenzhen for the smooth hosting of the China Hi-Tech Fair.", "China Hi-Tech Fair", "Shenzhen"),
])
def test_a_place_praised_for_hosting_held_the_event(found_facts, text, event, place):
    assert (event, "heldIn", place) in found_facts(text)


def test_a_person_praised_for_hosting_places_nothing(found_facts):
    found = found_facts("He thanked the Secretary, Mr Lee, for the successful hosting of the Asian Logistics Forum.")
    assert not any(p == "heldIn" for _, p, _ in found)


# a place that opens the sentence is where what its verbs take part in was held
@pytest.mark.parametrize("text, event, place", [
    ('In Frankfurt she met the Consul-General, Mr Wang Shunqing, and later spoke at the "Think Asia, Think Hong Kong" '
     "gala dinner held by the Hong Kong Trade Development Council.", "Think Asia, Think Hong Kong", "Frankfurt"),
    ("In Osaka, Mr Lee spoke at the Think Global Forum.", "Think Global Forum", "Osaka"),
    ("In Chicago, the Secretary, Mr Lee, attended the Midwest Business Summit and met local leaders.",
     "Midwest Business Summit", "Chicago"),
])
def test_a_place_opening_the_sentence_holds_its_events(found_facts, text, event, place):
    assert (event, "heldIn", place) in found_facts(text)


def test_a_place_later_in_the_sentence_holds_no_event_by_this_rule(found_facts):
    found = found_facts("Mr Lee spoke at the Think Global Forum before leaving for Osaka.")
    assert ("Think Global Forum", "heldIn", "Osaka") not in found


# a numbered session under or of the series' short name is a session of the one series the release names
@pytest.mark.parametrize("text, session, series", [
    ("Mr Tang co-chaired the Second High-level Meeting under the Coordination Mechanism for Hong Kong's "
     "Participation in Reconstruction in Sichuan today. The first High-Level Meeting under the Coordination "
     "Mechanism was held in Sichuan last year.", "first High-Level Meeting under the Coordination Mechanism",
     "Coordination Mechanism for Hong Kong's Participation in Reconstruction in Sichuan"),
    ("The Hong Kong/Fujian Co-operation Conference has met regularly. The Fourth Plenary Session of the Conference was "
     "held in Fuzhou.", "Fourth Plenary Session of the Conference", "Hong Kong/Fujian Co-operation Conference"),
    ("Ms Ho attended a meeting of the Hong Kong-Shenzhen Joint Task Force on Boundary Development today. She said the "
     "Third Meeting of the Joint Task Force had set the priorities.", "Third Meeting of the Joint Task Force",
     "Hong Kong-Shenzhen Joint Task Force on Boundary Development"),
])
def test_a_numbered_session_of_the_short_series(found_facts, text, session, series):
    assert (session, "partOf", series) in found_facts(text)


def test_no_session_of_a_short_name_two_series_share(found_facts):
    found = found_facts("The Hong Kong/Fujian Co-operation Conference and the Hong Kong/Sichuan Co-operation Conference "
                        "met this year. The Fourth Plenary Session of the Conference was held in Fuzhou.")
    assert not any(s == "Fourth Plenary Session of the Conference" and p == "partOf" for s, p, _ in found)


# "The group held its ninth meeting": the session of the series named before in full, named "ninth meeting of the
# X" (the issue's "the task force held its third meeting").
@pytest.mark.parametrize("text, session, series", [
    ("The Riverton-Lakeland Joint Working Group on Trade will cut red tape. The group held its ninth meeting in Hong "
     "Kong today.", "ninth meeting of the Riverton-Lakeland Joint Working Group on Trade",
     "Riverton-Lakeland Joint Working Group on Trade"),
    ("The Hong Kong/Shenzhen Task Force on Ferry Services met yesterday. The task force held its third meeting to "
     "review progress.", "third meeting of the Hong Kong/Shenzhen Task Force on Ferry Services",
     "Hong Kong/Shenzhen Task Force on Ferry Services"),
    ("The Hong Kong-Guangdong Joint Working Group on Sustainable Development & Environmental Protection set goals. The "
     "working group held its 12th meeting in Guangzhou.",
     "12th meeting of the Hong Kong-Guangdong Joint Working Group on Sustainable Development & Environmental Protection",
     "Hong Kong-Guangdong Joint Working Group on Sustainable Development & Environmental Protection"),
])
def test_a_series_held_its_nth_meeting(found_facts, text, session, series):
    assert (session, "partOf", series) in found_facts(text)


# A series "of" a list of places: each is a party ("Joint Conference of Tourism Officials of A, B and C").
def test_the_places_a_series_is_of(found_facts):
    found = found_facts("He attended the Fifth Joint Conference of Tourism Officials of Guangdong, Hong Kong and Macao "
                        "in Zhuhai.")
    series = "Joint Conference of Tourism Officials of Guangdong, Hong Kong and Macao"
    assert {(series, "hasParticipant", p) for p in ("Guangdong", "Hong Kong", "Macao")} <= found


# A lower-case ordinal before a series that the shapes read whole past the chunk ("the eighth ASEAN Economic
# Ministers - Hong Kong, China Consultations"): the edition is an Event, chaired by who co-chaired it.
@pytest.mark.parametrize("text, session", [
    ("Mr Algernon Yau co-chaired the eighth ASEAN Economic Ministers - Hong Kong, China Consultations in Vientiane, "
     "Laos, today.", "eighth ASEAN Economic Ministers - Hong Kong, China Consultations"),
    ("Mr Edward Yau co-chaired the fourth ASEAN Economic Ministers - Hong Kong, China Consultations in Manila today.",
     "fourth ASEAN Economic Ministers - Hong Kong, China Consultations"),
    ("Ms Ann Low attended the second Pacific Alliance Trade Ministers - Hong Kong, China Consultations in Lima.",
     "second Pacific Alliance Trade Ministers - Hong Kong, China Consultations"),
])
def test_a_lower_case_ordinal_before_a_dashed_series(found_facts, text, session):
    found = found_facts(text)
    assert any(o == session and p in ("chaired", "attended") for _, p, o in found), found


# A ministers' meeting of a group of economies is a series (a Mechanism, like "APEC Ministerial Meeting"); a numbered
# or dated one is an edition of it.
@pytest.mark.parametrize("text, series, edition", [
    ("Mr Yau attended the ASEAN Economic Ministers' Meeting in Manila today.", "ASEAN Economic Ministers' Meeting", None),
    ("The Financial Secretary spoke at the APEC Finance Ministers' Meeting in Lima.", "APEC Finance Ministers' Meeting", None),
    ("She met the Trade Minister of Japan at the G20 Trade Ministers' Meeting in Osaka.", "G20 Trade Ministers' Meeting",
     None),
    ("Mr Yau attended the 25th ASEAN Economic Ministers' Meeting in Kuala Lumpur.", None,
     "25th ASEAN Economic Ministers' Meeting"),
])
def test_ministers_meeting_is_a_series(mentions, text, series, edition):
    found = mentions(text)
    if series:
        assert ("Mechanism", series) in found and ("Event", series) not in found
    if edition:
        assert ("Event", edition) in found


def _events(extractor, text):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    return [e for e in record.entities if e.label == "Event"]


# An edition printed twice, "of" its series' full name and "of" another name of the series, is one event named in
# full ("the 6th Ministerial Conference of Forum Macao" after the full name; "of the Joint Steering Committee of
# CEPA" after "of the CEPA Joint Steering Committee"); a sentence may open with "The" before the full name.
@pytest.mark.parametrize("text, name", [
    ("The 5th Ministerial Conference of the Forum for Economic and Trade Co-operation between China and "
     "Portuguese-speaking Countries (Macao) opened today in Macao. Ministers from eight countries attended the 5th "
     "Ministerial Conference of Forum Macao.", "5th Ministerial Conference of the Forum for Economic and Trade "
     "Co-operation between China and Portuguese-speaking Countries (Macao)"),
    ("The Secretary attended the 12th Meeting of the CEPA Joint Steering Committee in Beijing. At the 12th Meeting "
     "of the Joint Steering Committee of CEPA, both sides reviewed progress.",
     "12th Meeting of the CEPA Joint Steering Committee"),
    ("The 3rd Plenary of the Hong Kong-Guangdong Cooperation Joint Conference was held in Guangzhou. Mr Lee chaired "
     "the 3rd Plenary of the Hong Kong/Guangdong Co-operation Joint Conference.",
     "3rd Plenary of the Hong Kong/Guangdong Co-operation Joint Conference"),
])
def test_an_edition_named_by_another_name_of_its_series(extractor, text, name):
    events = _events(extractor, text)
    assert [e.name for e in events] == [name]


# A numbered session printed in lower case after its series' name, held by two parties "their": the session is an
# Event part of the series (a Mechanism), the two are the series' parties, not the session's hosts or organisers
@pytest.mark.parametrize("text, session, series, parties", [
    ("Hong Kong and the European Union held their 12th annual Structured Dialogue meeting in Brussels today.",
     "12th annual Structured Dialogue meeting", "Structured Dialogue", ["Hong Kong", "European Union"]),
    ("Hong Kong and Singapore held their third Strategic Policy Dialogue session in Singapore yesterday.",
     "third Strategic Policy Dialogue session", "Strategic Policy Dialogue", ["Hong Kong", "Singapore"]),
    ("Hong Kong and Australia held their 2024 annual Trade Consultation meeting in Hong Kong this morning.",
     "2024 annual Trade Consultation meeting", "Trade Consultation", ["Hong Kong", "Australia"]),
])
def test_a_session_after_its_series_name(found_facts, text, session, series, parties):
    found = found_facts(text)
    assert (session, "partOf", series) in found
    assert {(series, "hasParticipant", p) for p in parties} <= found
    assert not any(s == session and p == "organizedBy" for s, p, _ in found)


def test_a_name_with_its_place_in_parentheses_is_printed_without_it_too(extractor):
    events = _events(extractor, "The 5th Ministerial Conference of the Forum for Economic and Trade Co-operation between "
                                "China and Portuguese-speaking Countries (Macao) opened today in Macao.")
    assert [e.aliases for e in events] == [("5th Ministerial Conference of the Forum for Economic and Trade Co-operation "
                                            "between China and Portuguese-speaking Countries",)]
