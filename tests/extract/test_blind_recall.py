"""Relation frames common in releases never seen: attendance lists, itineraries, meetings, co-operation.

Every input is a made-up release sentence; each rule has three or more paraphrases and what must not follow.
"""

import pytest


# a list of attendees in a sentence of its own: they attended the event reported last
@pytest.mark.parametrize("text, people, event", [
    ("The Chief Executive, Mr Tom Hale, attended the Northbay Innovation Summit today. Other attendees included "
     "the Secretary for Innovation, Mr Sun Kai, and the Commissioner for Digital Policy, Mr Tony Ling.",
     ("Sun Kai", "Tony Ling"), "Northbay Innovation Summit"),
    ("The Financial Secretary, Mr Paul Wan, spoke at the Eastgate Finance Forum today. Also attending were the "
     "Secretary for Financial Services, Mr Chris Hu, and the Under Secretary, Mr Joe Lam.",
     ("Chris Hu", "Joe Lam"), "Eastgate Finance Forum"),
    ("The Chief Secretary, Mr Chan Wing-ki, officiated at the opening ceremony of the Riverside Youth Festival today. "
     "Among those present were the Secretary for Home Affairs, Ms Alice Mok, and the Director of Home Affairs, "
     "Ms Janet Tse.", ("Alice Mok", "Janet Tse"), "Riverside Youth Festival"),
    ("The Secretary for Culture, Mr Kevin Yip, officiated at the opening of the Riverside Arts Festival today. Other "
     "officiating guests included the Vice Mayor of Lakeview, Ms Ada Fong, and the Director of Arts, Mr Tim Ho.",
     ("Ada Fong", "Tim Ho"), "Riverside Arts Festival"),
    ("The Chief Executive, Mr Tom Hale, spoke at the Hillside Logistics Forum this morning. Also present were the "
     "Secretary for Transport, Ms Mabel Chu, and the Under Secretary, Mr Liu Chun-wai.",
     ("Mabel Chu", "Liu Chun-wai"), "Hillside Logistics Forum"),
    ("The Secretary for Justice, Mr Paul Lo, attended the Lakeside Legal Summit today. Among the guests were the "
     "Attorney General of Freeland, Ms Eva Berg, and the Chairman of the Bar, Mr Victor Dawson.",
     ("Eva Berg", "Victor Dawson"), "Lakeside Legal Summit"),
])
def test_a_list_of_attendees_attended_the_event_reported_last(found_facts, text, people, event):
    found = found_facts(text)
    for person in people:
        assert (person, "attended", event) in found, person


# not a list of another gathering's people, nor a list with no event reported before it
@pytest.mark.parametrize("text, person", [
    ("The Secretary for Justice, Mr Paul Lo, will speak at the Lakeside Legal Summit. The Law Society said "
     "participants in its own seminar included the President of the Law Society, Mr Victor Dawson.", "Victor Dawson"),
    ("Guests included the Attorney General of Freeland, Ms Eva Berg. The Lakeside Legal Summit will be held next "
     "year.", "Eva Berg"),
    ("The Secretary for Justice, Mr Paul Lo, attended the Lakeside Legal Summit and the Harbour Arbitration Forum "
     "today. Other guests included the Attorney General of Freeland, Ms Eva Berg.", "Eva Berg"),
])
def test_no_attendance_without_one_event_reported_before(found_facts, text, person):
    assert not any(s == person and p == "attended" for s, p, _ in found_facts(text))


def test_those_present_after_a_later_meeting_did_not_attend_the_event(found_facts):
    found = found_facts("The Secretary for Justice, Mr Paul Lo, attended the Lakeside Legal Summit this morning. In "
                        "the afternoon, he met the Attorney General of Freeland, Ms Eva Berg. Among those present "
                        "were the Solicitor General, Mr Ivan Lau.")
    assert ("Ivan Lau", "attended", "Lakeside Legal Summit") not in found


# a meal with someone is a meeting with them ("a working lunch with", "had dinner with"), the name however nested
@pytest.mark.parametrize("text, a, b", [
    ("The Secretary for Trade, Ms Ada Lam, had a working dinner with the Mayor of Greenport, Mr Bo Lind, in "
     "Greenport.", "Ada Lam", "Bo Lind"),
    ("The Secretary for Trade, Ms Ada Lam, had dinner with the Governor of Westland, Ms Cora Vale, last night.",
     "Ada Lam", "Cora Vale"),
    ("The Secretary for Trade, Ms Ada Lam, will have a working breakfast with the Minister of Industry of Freeland, "
     "Mr Dan Roe, tomorrow.", "Ada Lam", "Dan Roe"),
    ("The Secretary for Transport, Ms Mabel Chu, had a working lunch with the Vice Mayor of Eastport, Mr Huang Li.",
     "Mabel Chu", "Huang Li"),
])
def test_a_meal_with_someone_is_a_meeting(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


def test_a_meal_with_unnamed_people_meets_no_one_named(found_facts):
    found = found_facts("The Secretary for Trade, Ms Ada Lam, said the Minister of Industry of Freeland, Mr Dan Roe, "
                        "had a working lunch with local farmers.")
    assert ("Ada Lam", "metWith", "Dan Roe") not in found


# a meeting in the passive: "Mr B was received by Mr A": the one after "by" met the subject
@pytest.mark.parametrize("text, a, b", [
    ("The Mayor of Greenport, Mr Bo Lind, was received by the Chief Executive, Mr Tom Hale, at Government House "
     "today.", "Tom Hale", "Bo Lind"),
    ("The Governor of Westland, Ms Cora Vale, was welcomed by the Chief Secretary, Mr Chan Wing-ki, on her arrival.",
     "Chan Wing-ki", "Cora Vale"),
    ("The Minister of Industry of Freeland, Mr Dan Roe, was met by the Secretary for Trade, Ms Ada Lam, at the "
     "airport.", "Ada Lam", "Dan Roe"),
    ("The Minister of Industry of Freeland, Mr Dan Roe, and the Mayor of Greenport, Mr Bo Lind, were received by the "
     "Chief Executive, Mr Tom Hale, today.", "Tom Hale", "Bo Lind"),
])
def test_received_by_is_a_meeting(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


@pytest.mark.parametrize("text", [
    "The Director of Trade, Mr Ivan Lau, was appointed by the Chief Executive, Mr Tom Hale, last year.",
    "The plan of the Mayor of Greenport, Mr Bo Lind, was welcomed by the Chief Executive, Mr Tom Hale, today.",
])
def test_other_passives_are_no_meeting(found_facts, text):
    assert not any(p == "metWith" for _, p, _ in found_facts(text))


# an act ordered "before/after/upon" another has the clause's subject: "visit X before travelling to Y"
@pytest.mark.parametrize("text, person, places", [
    ("The Secretary for Trade, Ms Ada Lam, will first visit Munich before travelling to Berlin.", "Ada Lam",
     ("Munich", "Berlin")),
    ("The Secretary for Trade, Ms Ada Lam, toured a port in Rotterdam after arriving in Amsterdam.", "Ada Lam",
     ("Rotterdam", "Amsterdam")),
    ("The Secretary for Trade, Ms Ada Lam, called on the Mayor of Lyon, Mr Paul Remy, before heading to Paris.",
     "Ada Lam", ("Paris",)),
    ("The Secretary for Trade, Ms Ada Lam, met the Minister of Economy of Freeland, Mr Dan Roe, upon arriving in "
     "Vienna.", "Ada Lam", ("Vienna",)),
])
def test_a_later_leg_is_the_subjects(found_facts, text, person, places):
    found = found_facts(text)
    for place in places:
        assert (person, "visited", place) in found, place


# the one thanked or welcomed "for visiting" still visits, not the one thanking
def test_thanked_for_visiting_is_still_the_object(found_facts):
    found = found_facts("The Chief Executive, Mr Tom Hale, thanked the Mayor of Lyon, Mr Paul Remy, for visiting "
                        "Hong Kong.")
    assert ("Paul Remy", "visited", "Hong Kong") in found
    assert ("Tom Hale", "visited", "Hong Kong") not in found
    assert ("Paul Remy", "visited", "Paris") not in found_facts(
        "The Secretary for Trade, Ms Ada Lam, called on the Mayor of Lyon, Mr Paul Remy, before heading to Paris.")


# the next leg of a trip: "continue to X", "move on to X", "go on to X"
@pytest.mark.parametrize("text, person, places", [
    ("The Secretary for Justice, Mr Ho Wing, concluded his visit to Tokyo today and will continue to Osaka "
     "tomorrow.", "Ho Wing", ("Osaka",)),
    ("The Secretary for Justice, Mr Ho Wing, arrived in Tokyo today. He will move on to Osaka on Friday.", "Ho Wing",
     ("Osaka",)),
    ("The Secretary for Justice, Mr Ho Wing, met lawyers in Tokyo. He will then go on to Kyoto and Nara.", "Ho Wing",
     ("Kyoto", "Nara")),
    ("The Secretary for Justice, Mr Ho Wing, will continue on to Seoul after the forum.", "Ho Wing", ("Seoul",)),
])
def test_the_next_leg_is_a_visit(found_facts, text, person, places):
    found = found_facts(text)
    for place in places:
        assert (person, "visited", place) in found, place


@pytest.mark.parametrize("text, place", [
    ("The Secretary for Justice, Mr Ho Wing, said Hong Kong would continue to support Osaka's bid.", "Osaka"),
    ("The Secretary for Justice, Mr Ho Wing, went on to say that Tokyo was a key partner.", "Tokyo"),
    ("The Secretary for Justice, Mr Ho Wing, said the company would move its headquarters to Singapore.", "Singapore"),
])
def test_going_on_to_do_something_is_no_visit(found_facts, text, place):
    assert ("Ho Wing", "visited", place) not in found_facts(text)


# a stop of the trip said to be a place: its owner, else the release's traveller, visited it
@pytest.mark.parametrize("text, person, place", [
    ("The Secretary for Tourism, Mr Kevin Yip, led a delegation to Sichuan this week. The delegation's last stop was "
     "Leshan.", "Kevin Yip", "Leshan"),
    ("The Secretary for Tourism, Mr Kevin Yip, led a delegation to Sichuan this week. The last stop of the visit was "
     "Leshan, where the delegation toured a heritage site.", "Kevin Yip", "Leshan"),
    ("The Secretary for Tourism, Mr Kevin Yip, began his visit to Yunnan today. His first stop was Kunming.",
     "Kevin Yip", "Kunming"),
    ("The Secretary for Tourism, Mr Kevin Yip, is visiting Yunnan. Next stop on his itinerary is Dali.", "Kevin Yip",
     "Dali"),
    ("The Secretary for Tourism, Mr Kevin Yip, is visiting Yunnan. Lijiang will be the final leg of the visit.",
     "Kevin Yip", "Lijiang"),
])
def test_a_stop_of_the_trip_is_visited(found_facts, text, person, place):
    assert (person, "visited", place) in found_facts(text)


@pytest.mark.parametrize("text, place", [
    ("The Secretary for Tourism, Mr Kevin Yip, said the last stop of the tourism fair will be Dali next year.", "Dali"),
    ("The Secretary for Tourism, Mr Kevin Yip, visited Kunming. He said Yunnan was a popular destination for "
     "tourists.", "Yunnan"),
    ("The Secretary for Tourism, Mr Kevin Yip, visited Kunming. He said Lijiang has always been the destination for "
     "businesses and people.", "Lijiang"),
])
def test_other_stops_are_no_visit(found_facts, text, place):
    assert ("Kevin Yip", "visited", place) not in found_facts(text)


# "It" opening a sentence after an event is the event: "It was co-chaired by A and B", "It was held in X"
SECOND = "Second Meeting of the Hong Kong/Jiangsu Co-operation Conference"


@pytest.mark.parametrize("text, fact", [
    (f"The {SECOND} was held in Nanjing today. It was co-chaired by the Chief Secretary, Mr Chan Wing-ki, and the "
     "Executive Vice Governor of Jiangsu Province, Mr Fei Gaoyun.", ("Fei Gaoyun", "chaired", SECOND)),
    ("The Harbour Forum was staged in Paris yesterday. It was organised by the Hong Kong Economic and Trade Office in "
     "Brussels.", ("Harbour Forum", "organizedBy", "Hong Kong Economic and Trade Office in Brussels")),
    ("The Chief Executive, Mr Tom Hale, opened the Northbay Innovation Summit today. It was held in Shenzhen and "
     "attracted over 2 000 participants.", ("Northbay Innovation Summit", "heldIn", "Shenzhen")),
    ("The Westland Tourism Expo opened today. It was attended by the Secretary for Tourism, Mr Kevin Yip, and the "
     "Mayor of Greenport, Mr Bo Lind.", ("Bo Lind", "attended", "Westland Tourism Expo")),
])
def test_it_after_an_event_is_the_event(found_facts, text, fact):
    assert fact in found_facts(text)


# not when a body was named after the event, nor an expletive "it"
@pytest.mark.parametrize("text", [
    "The Chief Executive, Mr Tom Hale, attended the Northbay Innovation Summit. He said the Hong Kong Science Park "
    "would expand. It was founded in Shenzhen in 2001.",
    "The Chief Executive, Mr Tom Hale, attended the Northbay Innovation Summit today. He said it was important to hold "
    "more events in Shenzhen.",
    "The Chief Executive, Mr Tom Hale, attended the Northbay Innovation Summit today. It is expected that more events "
    "will be held in Shenzhen.",
])
def test_it_is_not_always_the_event(found_facts, text):
    assert ("Northbay Innovation Summit", "heldIn", "Shenzhen") not in found_facts(text)


# leading a delegation to an event is attending it, not chairing it
@pytest.mark.parametrize("text, person, event", [
    ("The Secretary for Constitutional Affairs, Mr Erick Tam, led the Hong Kong delegation to the Hong Kong/Guangxi "
     "Co-operation Meeting in Nanning today.", "Erick Tam", "Hong Kong/Guangxi Co-operation Meeting"),
    ("The Financial Secretary, Mr Paul Wan, headed the Hong Kong delegation at the Eastern Economic Forum in "
     "Vladivostok.", "Paul Wan", "Eastern Economic Forum"),
    ("The Secretary for Commerce, Ms Ada Lam, will lead a business delegation to the Silk Road Trade Fair in Xi'an "
     "next week.", "Ada Lam", "Silk Road Trade Fair"),
    ("The Secretary for Commerce, Ms Ada Lam, led a delegation of 30 companies to the Asian Food Expo.", "Ada Lam",
     "Asian Food Expo"),
])
def test_leading_a_delegation_to_an_event_is_attending_it(found_facts, text, person, event):
    found = found_facts(text)
    assert (person, "attended", event) in found
    assert (person, "chaired", event) not in found


def test_leading_a_delegation_after_an_event_is_not_attending_it(found_facts):
    found = found_facts("The Secretary for Commerce, Ms Ada Lam, led a delegation to Tokyo after the Asian Food Expo.")
    assert ("Ada Lam", "visited", "Tokyo") in found
    assert ("Ada Lam", "attended", "Asian Food Expo") not in found


# "welcomed Mr A (and his delegation) to X": those welcomed came to X
@pytest.mark.parametrize("text, guest", [
    ("The Chief Executive, Mr Tom Hale, today welcomed the Governor of Guizhou Province, Mr Li Bing, and his "
     "delegation to Hong Kong.", "Li Bing"),
    ("Mr Tom Hale welcomed Mr Li Bing to Hong Kong.", "Li Bing"),
    ("The Secretary for Commerce, Ms Ada Lam, welcomed the Minister of Trade of Peru, Ms Elizabeth Galdo, to Hong "
     "Kong at a luncheon today.", "Elizabeth Galdo"),
])
def test_welcomed_to_a_place_came_there(found_facts, text, guest):
    assert (guest, "visited", "Hong Kong") in found_facts(text)


@pytest.mark.parametrize("text", [
    "The Chief Executive, Mr Tom Hale, welcomed the Mayor of Lyon, Mr Paul Remy, who is on his first visit to Asia, "
    "to Government House.",
    "The Chief Executive, Mr Tom Hale, welcomed the proposal of the Mayor of Lyon, Mr Paul Remy, to add flights to "
    "Hong Kong.",
])
def test_welcoming_is_no_visit_without_a_place_to_come_to(found_facts, text):
    assert ("Paul Remy", "visited", "Hong Kong") not in found_facts(text)


# a visit to a body whose name says where it is ("the X Office in Tokyo") is a visit to that place
@pytest.mark.parametrize("text, person, place", [
    ("The Secretary for Commerce, Ms Ada Lam, paid a visit to the Hong Kong Economic and Trade Office in Tokyo.",
     "Ada Lam", "Tokyo"),
    ("The Chief Secretary, Mr Chan Wing-ki, visited the Office of the Government of the HKSAR in Beijing this "
     "afternoon.", "Chan Wing-ki", "Beijing"),
    ("The Chief Secretary, Mr Chan Wing-ki, inspected the Hong Kong Economic and Trade Office in Chengdu and met its "
     "staff.", "Chan Wing-ki", "Chengdu"),
])
def test_a_visit_to_a_body_in_a_place_is_a_visit_to_the_place(found_facts, text, person, place):
    assert (person, "visited", place) in found_facts(text)


@pytest.mark.parametrize("text, place", [
    ("The Chief Secretary, Mr Chan Wing-ki, visited the Office of the Commissioner of the Ministry of Foreign Affairs "
     "in Hong Kong.", "Hong Kong"),
    ("The Chief Secretary, Mr Chan Wing-ki, thanked the Hong Kong Economic and Trade Office in Tokyo for its work.",
     "Tokyo"),
])
def test_no_visit_to_the_place_of_a_body_at_home_or_not_visited(found_facts, text, place):
    assert ("Chan Wing-ki", "visited", place) not in found_facts(text)


# "Mr A and his delegation, who came to X to attend Y": A came to X and attended Y
@pytest.mark.parametrize("text, person, place", [
    ("The Chief Executive, Mr Tom Hale, and his delegation, who came to Shanghai to attend the Harbour Trade Fair, met "
     "the Mayor of Shanghai, Mr Gong Wei, today.", "Tom Hale", "Shanghai"),
    ("The Mayor of Shanghai, Mr Gong Wei, met the Chief Executive of Hong Kong, Mr Tom Hale, and his delegation, who "
     "came to Shanghai to attend the Harbour Trade Fair.", "Tom Hale", "Shanghai"),
    ("The Mayor of Shanghai, Mr Gong Wei, met the Secretary for Justice, Mr Paul Lo, and his party, who arrived in "
     "Shanghai yesterday.", "Paul Lo", "Shanghai"),
])
def test_who_after_someone_and_his_delegation_is_that_someone(found_facts, text, person, place):
    found = found_facts(text)
    assert (person, "visited", place) in found
    assert ("Gong Wei", "visited", place) not in found


def test_which_after_a_person_and_a_body_is_not_the_person(found_facts):
    found = found_facts("The Chief Executive, Mr Tom Hale, met the Mayor of Shanghai, Mr Gong Wei, and the Shanghai "
                        "Hong Kong Association, which hosted the Harbour Trade Fair.")
    assert ("Gong Wei", "chaired", "Harbour Trade Fair") not in found


# "The X Meeting was held in Y today. Mr A and Mr B reviewed ...": those reporting its work together took part in it
WORKING = "12th Working Meeting of the Hong Kong/Guangdong Co-operation Joint Conference"
HUBEI = "Second Plenary Session of the Hong Kong/Hubei Co-operation Conference"
HUNAN = "Third Plenary Session of the Hong Kong/Hunan Co-operation Conference"


@pytest.mark.parametrize("text, people, event", [
    (f"The {WORKING} was held in Guangzhou today. The Chief Secretary for Administration, Mr Chan Wing-ki, and the "
     "Executive Vice-Governor of Guangdong Province, Mr Zhang Hu, together with officials of both sides, reviewed the "
     "progress of co-operation.", ("Chan Wing-ki", "Zhang Hu"), WORKING),
    (f"The {HUBEI} took place in Wuhan today. The Chief Executive, Mr Tom Hale, and the Governor of Hubei Province, "
     "Mr Wang Zhonglin, discussed co-operation in logistics.", ("Tom Hale", "Wang Zhonglin"), HUBEI),
    (f"The {HUNAN} was held in Changsha this morning, where the Chief Executive, Mr Tom Hale, and the Governor of "
     "Hunan Province, Mr Mao Wei, signed four agreements.", ("Tom Hale", "Mao Wei"), HUNAN),
])
def test_a_sessions_report_names_who_took_part(found_facts, text, people, event):
    found = found_facts(text)
    for person in people:
        assert (person, "attended", event) in found, person


@pytest.mark.parametrize("text, event", [
    (f"The {HUNAN} was held in Changsha in 2019. The Chief Executive, Mr Tom Hale, and the Governor of Hunan "
     "Province, Mr Mao Wei, said the results were encouraging.", HUNAN),
    ("The Hunan Trade Fair and the Hubei Culture Week were held in Changsha and Wuhan. The Secretary for Commerce, Ms "
     "Ada Lam, and the Governor of Hunan Province, Mr Mao Wei, reviewed the results.", "Hunan Trade Fair"),
])
def test_no_session_report_after_words_or_several_events(found_facts, text, event):
    assert not any(p == "attended" and o == event for _, p, o in found_facts(text))


# "the department", "the council": the one body with that head word named before
@pytest.mark.parametrize("text, fact", [
    ("The Department of Justice announced the programme today. The department will host the Asian Arbitration Summit "
     "in November.", ("Asian Arbitration Summit", "organizedBy", "Department of Justice")),
    ("The Innovation and Technology Commission launched the scheme today. The commission will also organise the Smart "
     "City Expo next month.", ("Smart City Expo", "organizedBy", "Innovation and Technology Commission")),
    ("The Hong Kong Trade Development Council opened an office in Seoul today. The council also signed a memorandum "
     "of understanding with the Korea Trade-Investment Promotion Agency.",
     ("Hong Kong Trade Development Council", "cooperatesWith", "Korea Trade-Investment Promotion Agency")),
    ("The Hong Kong Tourism Board launched a campaign today. The board will work with the Macao Government Tourism "
     "Office on joint promotion.", ("Hong Kong Tourism Board", "cooperatesWith", "Macao Government Tourism Office")),
])
def test_the_body_noun_is_the_body_named_before(found_facts, text, fact):
    assert fact in found_facts(text)


def test_the_body_noun_is_nobody_when_two_bodies_share_it(found_facts):
    found = found_facts("The Security Bureau and the Transport and Logistics Bureau briefed legislators. The bureau "
                        "will host the Asian Safety Forum.")
    assert not any(p == "organizedBy" for _, p, _ in found)


# a central official of China at a session in Hong Kong or Macao visited it (one country, two systems); not an
# official posted there, nor a central official on the Mainland
@pytest.mark.parametrize("text, person, place", [
    ("The Vice Minister of Commerce, Mr Wang Qing, attended the Tenth Meeting of the Mainland/Hong Kong Trade Committee "
     "in Hong Kong today, co-chaired by the Financial Secretary, Mr Paul Wan.", "Wang Qing", "Hong Kong"),
    ("The Vice Minister of Commerce, Mr Wang Qing, spoke at the Asian Logistics Summit in Macao today.", "Wang Qing",
     "Macao"),
    ("The Minister of Foreign Affairs, Mr Wang Qing, attended the Asian Logistics Summit in Hong Kong today.",
     "Wang Qing", "Hong Kong"),
])
def test_a_central_official_in_a_sar_visited_it(found_facts, text, person, place):
    assert (person, "visited", place) in found_facts(text)


@pytest.mark.parametrize("text, person, place", [
    ("The Minister of Commerce, Mr Wang Qing, attended the China Trade Summit in Guangzhou today.", "Wang Qing",
     "Guangzhou"),
    ("The Director of the Liaison Office of the Central People's Government in the Hong Kong Special Administrative "
     "Region, Mr Zheng Yi, attended the Hong Kong Youth Summit in Hong Kong today.", "Zheng Yi", "Hong Kong"),
    ("The Vice Minister of Commerce, Mr Wang Qing, attended the Tenth Meeting of the Mainland/Hong Kong Trade Committee "
     "in Hong Kong today, co-chaired by the Financial Secretary, Mr Paul Wan.", "Paul Wan", "Hong Kong"),
])
def test_no_visit_at_home(found_facts, text, person, place):
    assert (person, "visited", place) not in found_facts(text)


# co-subjects of a meeting verb with no one else to meet met each other ("He and the Minister, Mr A, held talks")
@pytest.mark.parametrize("text, a, b", [
    ("The Secretary for Financial Services, Mr Chris Hu, arrived in Beijing today. He and the Vice Chairman of the "
     "China Securities Regulatory Commission, Mr Li Ming, exchanged views on the bond market.", "Chris Hu", "Li Ming"),
    ("The Secretary for Justice, Mr Paul Lo, visited Singapore today. He and the Minister for Law of Singapore, Mr "
     "Edwin Tan, held talks on legal co-operation.", "Paul Lo", "Edwin Tan"),
    ("The Chief Executive, Mr Tom Hale, arrived in Hainan today. He and the Governor of Hainan Province, Mr Liu Ming, "
     "met in Haikou this afternoon.", "Tom Hale", "Liu Ming"),
])
def test_co_subjects_of_a_meeting_met_each_other(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


@pytest.mark.parametrize("text", [
    "The Director of the Riverton Museum, Mr Abe Lo, and the Curator of the Riverton Museum, Ms Bea Chu, met the press "
    "today.",
    "The Director of the Riverton Museum, Mr Abe Lo, and the Curator of the Riverton Museum, Ms Bea Chu, met with local "
    "artists today.",
])
def test_co_subjects_meeting_others_did_not_meet_each_other(found_facts, text):
    assert ("Abe Lo", "metWith", "Bea Chu") not in found_facts(text)


# "Officials he met included A and B": he met A and B
@pytest.mark.parametrize("text, a, others", [
    ("The Secretary for Financial Services, Mr Chris Hu, arrived in Beijing today. Officials he met included the Vice "
     "Chairman of the China Securities Regulatory Commission, Mr Li Ming, and the Deputy Governor of the People's Bank "
     "of China, Mr Zhu Hexin.", "Chris Hu", ("Li Ming", "Zhu Hexin")),
    ("The Chief Executive, Mr Tom Hale, visited Tokyo this week. The leaders he met included the Governor of Tokyo, Ms "
     "Yuri Ando, and the Minister of Economy of Japan, Mr Ken Saito.", "Tom Hale", ("Yuri Ando", "Ken Saito")),
    ("The Secretary for Justice, Mr Paul Lo, concluded his visit to Paris today. Those he met during the visit "
     "included the Minister of Justice of France, Mr Remi Dupont.", "Paul Lo", ("Remi Dupont",)),
])
def test_a_list_of_those_met(found_facts, text, a, others):
    found = found_facts(text)
    for b in others:
        assert (a, "metWith", b) in found, b


def test_a_list_of_other_things_meets_no_one(found_facts):
    found = found_facts("The Secretary for Justice, Mr Paul Lo, concluded his visit to Paris today. The issues he "
                        "raised included the arbitration law, the Minister of Justice of France, Mr Remi Dupont, said.")
    assert ("Paul Lo", "metWith", "Remi Dupont") not in found


# "hosted a dinner / lunch / banquet for Mr A": the host met the guest
@pytest.mark.parametrize("text, a, b", [
    ("The Secretary for Financial Services, Mr Chris Hu, arrived in Beijing today. The Vice Chairman of the China "
     "Securities Regulatory Commission, Mr Li Ming, hosted a lunch for him.", "Chris Hu", "Li Ming"),
    ("The Governor of Hainan Province, Mr Liu Ming, hosted a banquet for the Chief Executive, Mr Tom Hale, and his "
     "delegation in Haikou.", "Tom Hale", "Liu Ming"),
    ("The Chief Executive, Mr Tom Hale, hosted a welcome dinner for the Governor of Hainan Province, Mr Liu Ming, at "
     "Government House.", "Tom Hale", "Liu Ming"),
])
def test_a_meal_hosted_for_someone_is_a_meeting(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


def test_a_reception_for_unnamed_guests_meets_no_one_named(found_facts):
    found = found_facts("The Governor of Hainan Province, Mr Liu Ming, said the Chief Executive, Mr Tom Hale, had "
                        "hosted a reception for 300 guests last year.")
    assert ("Tom Hale", "metWith", "Liu Ming") not in found


# "held under the chairmanship of Mr A": A chaired the session of the clause
FOURTH = "Fourth Meeting of the Hong Kong/Shenzhen Co-operation Committee"


@pytest.mark.parametrize("text, people", [
    (f"The {FOURTH} was held under the chairmanship of the Chief Secretary, Mr Chan Wing-ki, today.", ("Chan Wing-ki",)),
    (f"The {FOURTH} was held in Shenzhen today under the co-chairmanship of the Chief Secretary, Mr Chan Wing-ki, and "
     "the Mayor of Shenzhen, Mr Qin Wei.", ("Chan Wing-ki", "Qin Wei")),
    (f"The Committee held its {FOURTH} under the chairmanship of the Financial Secretary, Mr Paul Wan.", ("Paul Wan",)),
])
def test_under_the_chairmanship_of(found_facts, text, people):
    found = found_facts(text)
    for person in people:
        assert (person, "chaired", FOURTH) in found, person


@pytest.mark.parametrize("text, fact", [
    (f"The {FOURTH} was held today. The Committee was set up in 2020 under the chairmanship of the Financial "
     "Secretary, Mr Paul Wan.", ("Paul Wan", "chaired", FOURTH)),
    ("The Financial Secretary, Mr Paul Wan, congratulated the Chairman, Mr Bo Lind, on his chairmanship of the "
     "Riverton Forum.", ("Paul Wan", "chaired", "Riverton Forum")),
])
def test_other_chairmanships_chair_nothing_here(found_facts, text, fact):
    assert fact not in found_facts(text)


# "The X Conference held its Fifth Plenary Session": the session is the series' own
@pytest.mark.parametrize("text, session, series", [
    ("The Hong Kong/Hubei Co-operation Conference held its Fifth Plenary Session in Wuhan today.",
     "Fifth Plenary Session", "Hong Kong/Hubei Co-operation Conference"),
    ("The Hong Kong/Macao Tourism Task Force hosted its Third Working Session in Macao today.", "Third Working Session",
     "Hong Kong/Macao Tourism Task Force"),
    ("The Hong Kong/Jiangsu Co-operation Conference will hold its Second Annual Meeting in Nanjing next month.",
     "Second Annual Meeting", "Hong Kong/Jiangsu Co-operation Conference"),
])
def test_a_series_holding_its_session(found_facts, text, session, series):
    assert (session, "partOf", series) in found_facts(text)


def test_a_series_holding_another_event_is_not_its_session(found_facts):
    found = found_facts("The Hong Kong/Hubei Co-operation Conference held the Riverton Trade Fair in Wuhan today.")
    assert ("Riverton Trade Fair", "partOf", "Hong Kong/Hubei Co-operation Conference") not in found


# "the X Summit, organised / held / convened under the Y Conference": a part of that series
@pytest.mark.parametrize("text, event, series", [
    ("The Greater Bay Area Youth Summit, organised under the Hong Kong/Guangdong Co-operation Joint Conference, opened "
     "in Shenzhen today.", "Greater Bay Area Youth Summit", "Hong Kong/Guangdong Co-operation Joint Conference"),
    ("The Riverton Water Forum, held under the Hong Kong/Guangxi Co-operation Conference, opened in Nanning today.",
     "Riverton Water Forum", "Hong Kong/Guangxi Co-operation Conference"),
    ("The Harbour Trade Fair, convened under the Hong Kong/Fujian Co-operation Conference, drew 300 firms.",
     "Harbour Trade Fair", "Hong Kong/Fujian Co-operation Conference"),
])
def test_an_event_held_under_a_series_is_part_of_it(found_facts, text, event, series):
    assert (event, "partOf", series) in found_facts(text)


def test_an_event_organised_by_a_series_body_is_not_part_of_it(found_facts):
    found = found_facts("The Harbour Trade Fair was organised by the Hong Kong/Fujian Co-operation Conference "
                        "secretariat.")
    assert ("Harbour Trade Fair", "partOf", "Hong Kong/Fujian Co-operation Conference") not in found


# "toured the headquarters of X": a visit to X
@pytest.mark.parametrize("text, person, body", [
    ("The Secretary for Commerce, Ms Ada Lam, visited the headquarters of Sony Group Corporation in Tokyo.", "Ada Lam",
     "Sony Group Corporation"),
    ("The Secretary for Innovation, Mr Sun Kai, toured the production base of BYD Company Limited in Shenzhen today.",
     "Sun Kai", "BYD Company Limited"),
    ("The Secretary for Innovation, Mr Sun Kai, inspected the research facilities of the Chinese Academy of Sciences in "
     "Beijing.", "Sun Kai", "Chinese Academy of Sciences"),
])
def test_a_visit_to_a_bodys_premises_is_a_visit_to_the_body(found_facts, text, person, body):
    assert (person, "visited", body) in found_facts(text)


@pytest.mark.parametrize("text, body", [
    ("The Secretary for Innovation, Mr Sun Kai, said the headquarters of BYD Company Limited would expand.",
     "BYD Company Limited"),
    ("The Secretary for Innovation, Mr Sun Kai, visited the construction site of the Riverton Manufacturers' "
     "Association's permanent venue in Wuhan.", "Riverton Manufacturers' Association"),
])
def test_no_visit_to_a_body_spoken_of_or_owning_the_place(found_facts, text, body):
    assert ("Sun Kai", "visited", body) not in found_facts(text)
