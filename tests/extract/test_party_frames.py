"""Parties of a trip or an event: lists of people, lists of places, co-attendees, with the real model.

Every input is a made-up release sentence; each rule has three or more paraphrases and what must not follow.
"""

import pytest


# a list of titled people as one subject: every person of it does the verb (the parser hangs the later names
# inside the first one's title)
@pytest.mark.parametrize("text, people, places", [
    ("The Director-General of Investment Promotion, Ms Alpha Lau, the Associate Director-General, Mr Charles Ng, "
     "and the Head of Business Development, Mr Peter Fok, will visit Madrid, Lisbon and Milan next week.",
     ("Alpha Lau", "Charles Ng", "Peter Fok"), ("Madrid", "Lisbon", "Milan")),
    ("The Commissioner for Tourism, Ms Lee Ling, the Deputy Commissioner, Mr Tony Wong, and the Executive Director "
     "of the Tourism Board, Mr Kwok Man, toured Seoul and Busan from May 3 to 7.",
     ("Lee Ling", "Tony Wong", "Kwok Man"), ("Seoul", "Busan")),
    ("The Director of Trade, Mr Lau Wing, the Deputy Director, Ms Chu Mei, and the Assistant Director, Mr Kwok "
     "Man, arrived in Hanoi and Vientiane this week.", ("Lau Wing", "Chu Mei", "Kwok Man"), ("Hanoi", "Vientiane")),
])
def test_every_person_of_a_listed_subject_visits_every_place(found_facts, text, people, places):
    found = found_facts(text)
    for person in people:
        for place in places:
            assert (person, "visited", place) in found, (person, place)


# names inside a clause on the subject do not do the verb
def test_names_in_a_clause_on_the_subject_do_not_travel(found_facts):
    found = found_facts("The Secretary for Justice, Mr Ho Kin, and the Under Secretary, Mr Lau Wing, who will "
                             "stay in Hong Kong to meet the Minister of Justice of Peru, Mr Pablo Soto, and the Mayor "
                             "of Lima, Ms Rosa Diaz, will visit Shenzhen and Zhuhai next week.")
    assert ("Ho Kin", "visited", "Shenzhen") in found
    assert not {("Pablo Soto", "visited", "Shenzhen"), ("Rosa Diaz", "visited", "Zhuhai")} & found


# people or things not named, met or visited "in X": the traveller was in X
@pytest.mark.parametrize("text, person, places", [
    ("The Secretary for Commerce, Mr Ho Kin, will begin a visit to Thailand and Cambodia tomorrow. During the visit, "
     "Mr Ho will call on government officials in Bangkok and Phnom Penh.", "Ho Kin", ("Bangkok", "Phnom Penh")),
    ("The Secretary for Commerce, Mr Ho Kin, met business leaders in Osaka and Kobe today.", "Ho Kin", ("Osaka", "Kobe")),
    ("The Under Secretary for Commerce, Ms Lee Ling, called on bankers in Zurich and Geneva this week.", "Lee Ling",
     ("Zurich", "Geneva")),
    ("The Secretary for Justice, Ms Teresa Ma, today met officials from the Public Security, Foreign Affairs and "
     "Justice ministries in Beijing.", "Teresa Ma", ("Beijing",)),
    ("The Secretary for Commerce, Mr Ho Kin, will call on the mayor of Osaka tomorrow.", "Ho Kin", ("Osaka",)),
])
def test_people_met_in_a_place_put_the_traveller_there(found_facts, text, person, places):
    found = found_facts(text)
    for place in places:
        assert (person, "visited", place) in found, place


# not where the people met come from, nor a local official at home
@pytest.mark.parametrize("text, place", [
    ("The Secretary for Commerce, Mr Ho Kin, met representatives of companies from Shenzhen today.", "Shenzhen"),
    ("The Chief Executive, Mr John Lee, met business leaders in Hong Kong today.", "Hong Kong"),
    ("The Secretary for Commerce, Mr Ho Kin, met the ambassador of France today.", "France"),
    ("The Secretary for Commerce, Mr Ho Kin, met the consul of Japan and staff of the consulate in Hong Kong.",
     "Japan"),
    ("The Secretary for Commerce, Mr Ho Kin, will meet officials in charge of trade at the Ministry of Commerce of "
     "Thailand.", "Thailand"),
])
def test_people_met_elsewhere_put_no_one_there(found_facts, text, place):
    assert not any(p == "visited" and o == place for _, p, o in found_facts(text))


# a trip to a generic place noun: the places listed after it ("namely", "including", a colon), else its region
@pytest.mark.parametrize("text, people, places", [
    ("The Director-General of Investment Promotion, Ms Alpha Lau, will lead an outreach mission to four cities in "
     "the Middle East, namely Riyadh, Jeddah, Doha and Dubai, from March 5 to 12.", ("Alpha Lau",),
     ("Riyadh", "Jeddah", "Doha", "Dubai")),
    ("The Associate Director-General, Mr Charles Ng, and the Head of Financial Services, Ms Christine Chan, will "
     "embark on an outreach mission to five cities in Europe, including London, Paris and Berlin, next week.",
     ("Charles Ng", "Christine Chan"), ("London", "Paris", "Berlin")),
    ("The Secretary for Commerce, Mr Ho Kin, will visit three countries in South America: Peru, Chile and Colombia.",
     ("Ho Kin",), ("Peru", "Chile", "Colombia")),
    ("The Financial Secretary, Mr Paul Chan, continued his tour of cities in the Greater Bay Area today.",
     ("Paul Chan",), ("Guangdong-Hong Kong-Macao Greater Bay Area",)),
    ("The Secretary for Commerce, Mr Ho Kin, set off on a trade mission to Hanoi and Jakarta today.", ("Ho Kin",),
     ("Hanoi", "Jakarta")),
])
def test_a_trip_to_counted_places_reaches_the_places_listed(found_facts, text, people, places):
    found = found_facts(text)
    for person in people:
        for place in places:
            assert (person, "visited", place) in found, (person, place)


# the region only places the list; a list spoken of is no trip; a word of a name is no trip
@pytest.mark.parametrize("text, absent", [
    ("The Director-General of Investment Promotion, Ms Alpha Lau, will lead an outreach mission to four cities in "
     "the Middle East, namely Riyadh, Jeddah, Doha and Dubai, from March 5 to 12.", ("Alpha Lau", "visited", "Middle East")),
    ("The Secretary for Commerce, Mr Ho Kin, said that the cities in the Greater Bay Area, namely Shenzhen and Zhuhai, "
     "are growing fast.", ("Ho Kin", "visited", "Shenzhen")),
    ("A luncheon was hosted by the Deputy Chief of Mission of the Embassy of Peru to Chile, Mr Pablo Soto.",
     ("Pablo Soto", "visited", "Chile")),
])
def test_what_a_trip_to_counted_places_does_not_reach(found_facts, text, absent):
    assert absent not in found_facts(text)


# companions named for this trip were not on the principal's earlier trips
@pytest.mark.parametrize("text, earlier", [
    ("The Chief Executive, Mr Ho Kin, will lead a delegation to Jiangxi on Friday. He has led delegations to three "
     "other provinces, including Guangxi, Hunan and Guizhou, since June 2006. Officials accompanying Mr Ho will "
     "include the Secretary for Commerce, Mr Lau Wing.", ("Guangxi", "Hunan", "Guizhou")),
    ("The Chief Executive, Mr Ho Kin, will visit Jiangxi on Friday. He visited Hunan in August last year. Officials "
     "accompanying Mr Ho will include the Secretary for Commerce, Mr Lau Wing.", ("Hunan",)),
    ("The Chief Executive, Mr Ho Kin, will visit Jiangxi on Friday, accompanied by the Secretary for Commerce, Mr Lau "
     "Wing. Mr Ho has visited Guangxi and Hunan before.", ("Guangxi", "Hunan")),
])
def test_companions_share_this_trip_not_earlier_ones(found_facts, text, earlier):
    found = found_facts(text)
    assert ("Lau Wing", "visited", "Jiangxi") in found
    for place in earlier:
        assert ("Ho Kin", "visited", place) in found, place
        assert ("Lau Wing", "visited", place) not in found, place


# "B and C also attended the events / the meetings / both events": every event attended so far, not the last one
@pytest.mark.parametrize("text, people, events", [
    ("The Chief Secretary for Administration, Mr Chan Kwok-ki, attended the Belt and Road Forum in Beijing today. He "
     "later attended the Asian Financial Cooperation Summit. The Secretary for Financial Services and the Treasury, "
     "Mr Christopher Hui, and the Under Secretary for Commerce and Economic Development, Dr Bernard Chan, also "
     "attended the events.", ("Christopher Hui", "Bernard Chan"),
     ("Belt and Road Forum", "Asian Financial Cooperation Summit")),
    ("The Secretary for Commerce and Economic Development, Mr Algernon Yau, attended the APEC Trade Ministers Meeting "
     "and the WTO Mini-Ministerial Gathering in Paris. The Director-General of Trade and Industry, Ms Maggie Wong, "
     "also attended the meetings.", ("Maggie Wong",), ("APEC Trade Ministers Meeting", "WTO Mini-Ministerial Gathering")),
    ("Mr Ho Kin officiated at the opening ceremony of the Hong Kong Week in Tokyo and spoke at the Japan-Hong Kong "
     "Business Forum. Ms Lee Ling and Mr Lau Wing also took part in both events.", ("Lee Ling", "Lau Wing"),
     ("Hong Kong Week", "Japan-Hong Kong Business Forum")),
])
def test_also_attended_the_events_is_every_event_so_far(found_facts, text, people, events):
    found = found_facts(text)
    for person in people:
        for event in events:
            assert (person, "attended", event) in found, (person, event)


# events of their own ("the meetings of X", "the events to be held in Y") are not the events reported
@pytest.mark.parametrize("text", [
    "Mr Ho Kin attended the Hong Kong Week in Tokyo. Mr Lau Wing will attend the meetings of the Asia Trade Council "
    "next month.",
    "Mr Ho Kin attended the Hong Kong Week in Tokyo. Mr Lau Wing attended the events to be held next year in Osaka.",
    "Mr Ho Kin attended the Hong Kong Week in Tokyo. Mr Lau Wing said the events that Japan will hold next year "
    "matter.",
])
def test_events_of_their_own_are_not_the_events_so_far(found_facts, text):
    assert ("Lau Wing", "attended", "Hong Kong Week") not in found_facts(text)


# an itinerary: "they" stays the group listed as a subject while each sentence's subject is "they"
@pytest.mark.parametrize("text, group, places", [
    ("Mr Ho Kin and Ms Lee Ling will visit Japan from May 3 to 8. In Tokyo, they will meet the Minister of Economy, "
     "Mr Taro Sato. They will then travel to Osaka, where they will tour the Osaka Science Park. In Kyoto, they will "
     "visit Kyoto University.", ("Ho Kin", "Lee Ling"), ("Tokyo", "Osaka", "Kyoto")),
    ("The Secretary for Financial Services and the Treasury, Mr Christopher Hui, and the Under Secretary for "
     "Financial Services and the Treasury, Mr Joseph Chan, will visit France, Germany and Switzerland next week. In "
     "Paris, they will meet the Governor of the Banque de France. In Frankfurt, they will call on the European "
     "Central Bank; in Zurich, they will meet bankers.", ("Christopher Hui", "Joseph Chan"),
     ("Paris", "Frankfurt", "Zurich")),
    ("Mr Ho Kin and Mr Lau Wing arrived in Canada today. They toured Vancouver in the morning. They then went to "
     "Toronto. In the evening, they flew to Montreal.", ("Ho Kin", "Lau Wing"), ("Vancouver", "Toronto", "Montreal")),
])
def test_they_in_an_itinerary_is_the_group_throughout(found_facts, text, group, places):
    found = found_facts(text)
    for person in group:
        for place in places:
            assert (person, "visited", place) in found, (person, place)
    assert not any(s == "Taro Sato" and p == "visited" for s, p, _ in found)


# a sentence whose subject is not "they" ends the group: "they" later is no one of it
def test_they_after_a_break_is_not_the_group(found_facts):
    found = found_facts("Mr Ho Kin and Mr Lau Wing arrived in Canada today. They toured Vancouver in the "
                             "morning. The city has a large port. They then went to Toronto.")
    assert ("Ho Kin", "visited", "Vancouver") in found
    assert ("Ho Kin", "visited", "Toronto") not in found


# a companion named in the sentence of the principal's event attended it too
@pytest.mark.parametrize("text", [
    "The Financial Secretary, Mr Ho Kin, attended the Asia Business Summit in Jakarta today, joined by the "
    "Under Secretary, Mr Lau Wing.",
    "Mr Ho Kin, together with Mr Lau Wing, attended the Asia Business Summit in Jakarta this morning.",
    "Accompanied by the Under Secretary, Mr Lau Wing, the Financial Secretary, Mr Ho Kin, spoke at the Asia "
    "Business Summit in Jakarta today.",
])
def test_a_companion_attends_the_principals_event_of_that_sentence(found_facts, text):
    found = found_facts(text)
    assert {("Ho Kin", "attended", "Asia Business Summit"), ("Lau Wing", "attended", "Asia Business Summit")} <= found


# not the principal's events of other sentences: the companion may have been elsewhere
@pytest.mark.parametrize("text", [
    "Mr Ho Kin will visit Jakarta, accompanied by Mr Lau Wing. Mr Ho will attend the Asia Business Summit on May 5.",
    "Mr Ho Kin, together with Mr Lau Wing, arrived in Jakarta today. Mr Ho later spoke at the Asia Business Summit.",
    "Joined by Mr Lau Wing, Mr Ho Kin toured Jakarta today. In the evening, Mr Ho attended the Asia Business Summit.",
])
def test_a_companion_does_not_attend_the_principals_other_events(found_facts, text):
    found = found_facts(text)
    assert ("Ho Kin", "attended", "Asia Business Summit") in found
    assert ("Lau Wing", "attended", "Asia Business Summit") not in found


# "will lead a delegation comprising B and C to X": the leader and the members go to X (the parser hangs "to X"
# inside the list of members)
@pytest.mark.parametrize("text, people, places", [
    ("The Director-General of Investment Promotion, Ms Alpha Lau, will lead a delegation comprising the Associate "
     "Director-General, Mr Charles Ng, and the Head of Tourism, Ms Betty Ho, to Madrid, Lisbon and Milan from June 2 "
     "to 9.", ("Alpha Lau", "Charles Ng", "Betty Ho"), ("Madrid", "Lisbon", "Milan")),
    ("The Secretary for Commerce, Mr Ho Kin, will lead a delegation including the Under Secretary, Mr Lau Wing, and "
     "the Director of Trade, Ms Chu Mei, to Hanoi and Bangkok next week.", ("Ho Kin", "Lau Wing", "Chu Mei"),
     ("Hanoi", "Bangkok")),
    ("Mr Ho Kin will head a business delegation comprising Mr Lau Wing and Ms Chu Mei to Jakarta from May 3 to 6.",
     ("Ho Kin", "Lau Wing", "Chu Mei"), ("Jakarta",)),
])
def test_a_delegation_with_its_members_led_to_places(found_facts, text, people, places):
    found = found_facts(text)
    for person in people:
        for place in places:
            assert (person, "visited", place) in found, (person, place)


# a "to" that is no destination: a title's ("Special Adviser to ..."), a clause's ("reported to the Mayor of X")
@pytest.mark.parametrize("text", [
    "The Secretary for Commerce, Mr Ho Kin, will lead a delegation of the Special Adviser to the Chief Executive, "
    "Mr Lau Wing, and business leaders on Monday.",
    "The Secretary for Commerce, Mr Ho Kin, led a delegation comprising Mr Lau Wing and Ms Chu Mei, which reported "
    "to the Mayor of Bangkok.",
])
def test_a_delegation_led_nowhere(found_facts, text):
    assert not any(p == "visited" for _, p, _ in found_facts(text))


# photo captions and their kin: whoever the subject is with at a named event, and a person printed "at" it
@pytest.mark.parametrize("text, person, event", [
    ("The Secretary for Commerce, Mr Ho Kin (right), is pictured with the Director General of the World Trade "
     "Organization (WTO), Mr Pablo Soto at the WTO Informal Ministerial Gathering in Davos today.", "Pablo Soto",
     "WTO Informal Ministerial Gathering"),
    ("The Secretary for Commerce, Mr Ho Kin (left), poses with the Minister of Trade of Peru, Ms Rosa Diaz, at the "
     "APEC Trade Ministers Meeting in Lima.", "Rosa Diaz", "APEC Trade Ministers Meeting"),
    ("Mr Ho Kin toured the exhibition hall with the Mayor of Osaka, Mr Taro Sato, at the Osaka Trade Expo today.",
     "Taro Sato", "Osaka Trade Expo"),
])
def test_with_the_subject_at_an_event(found_facts, text, person, event):
    assert (person, "attended", event) in found_facts(text)


# the one acted upon there, or one spoken with elsewhere, is not put at the event
@pytest.mark.parametrize("text", [
    "Mr Ho Kin thanked Mr Taro Sato at the Osaka Trade Expo today for his support.",
    "Mr Ho Kin, who spoke with Mr Taro Sato last year, attended the Osaka Trade Expo today.",
])
def test_not_with_the_subject_at_an_event(found_facts, text):
    found = found_facts(text)
    assert ("Ho Kin", "attended", "Osaka Trade Expo") in found
    assert ("Taro Sato", "attended", "Osaka Trade Expo") not in found


# "Also present at the events / at the forum were B and C": they attended what is named or every event so far
@pytest.mark.parametrize("text, people, events", [
    ("Mr Ho Kin attended the Asia Business Summit and the Global Trade Forum in Jakarta. Also present at the events "
     "were Mr Lau Wing and Ms Chu Mei.", ("Lau Wing", "Chu Mei"), ("Asia Business Summit", "Global Trade Forum")),
    ("Mr Ho Kin spoke at the Asia Business Summit and the Global Trade Forum. Also present at the forum was Mr Lau "
     "Wing.", ("Lau Wing",), ("Global Trade Forum",)),
    ("Mr Ho Kin opened the Asia Business Summit and later spoke at the Global Trade Forum. Also present at the events "
     "were Mr Lau Wing and Ms Chu Mei.", ("Lau Wing", "Chu Mei"), ("Asia Business Summit", "Global Trade Forum")),
])
def test_present_at_the_events(found_facts, text, people, events):
    found = found_facts(text)
    for person in people:
        for event in events:
            assert (person, "attended", event) in found, (person, event)


# present, with no event named or referred to (a meeting reported after the event): no attendance from this frame
# (right after the event, those present attended it: see test_blind_recall.py)
def test_present_without_an_event(found_facts):
    found = found_facts("Mr Ho Kin attended the Asia Business Summit in Jakarta. He later met the Minister of Trade, "
                        "Mr Budi Tan. Also present were Mr Lau Wing and Ms Chu Mei.")
    assert ("Lau Wing", "attended", "Asia Business Summit") not in found


# "..., with A and B leading delegations to it": the heads attend the session the clause reports and meet across sides
@pytest.mark.parametrize("text, heads, session", [
    ("The Fourth Fujian-Hong Kong Co-operation Conference was held in Fuzhou today, with the Governor of Fujian, "
     "Mr Zhao Long, and the Chief Secretary for Administration, Mr Eric Chan, leading delegations to the conference.",
     ("Zhao Long", "Eric Chan"), "Fourth Fujian-Hong Kong Co-operation Conference"),
    ("The Second Plenary of the Sichuan-Hong Kong Joint Meeting took place in Chengdu yesterday, with the Chief "
     "Secretary for Administration, Mr Eric Chan, and the Vice Governor of Sichuan, Mr Luo Qiang, heading their "
     "delegations.", ("Eric Chan", "Luo Qiang"), "Second Plenary of the Sichuan-Hong Kong Joint Meeting"),
    ("The Hong Kong/Shenzhen Joint Task Force held its third meeting in Shenzhen today with the Secretary for "
     "Development, Ms Bernadette Linn, and the Vice Mayor of Shenzhen, Mr Huang Min, leading the two delegations.",
     ("Bernadette Linn", "Huang Min"), "Hong Kong/Shenzhen Joint Task Force"),
])
def test_heads_leading_delegations_to_a_session(found_facts, text, heads, session):
    found = found_facts(text)
    for person in heads:
        assert (person, "attended", session) in found, person
    assert (heads[0], "metWith", heads[1]) in found


def test_leading_the_way_is_no_delegation(found_facts):
    found = found_facts("The Asian Logistics Expo opened in Jakarta today, with the Director of Trade, Mr Ho Kin, and "
                        "the Governor of Jakarta, Mr Budi Santo, leading the way.")
    assert not {f for f in found if f[1] == "attended" or f[1] == "metWith"}


@pytest.mark.parametrize("text, host, guests", [
    # a place printed as a post's possessor is the post's side; list-mates with no side of their own share it
    ("The Chief Executive, Mrs Ada Wong, met the Deputy Prime Minister of Norway, Mr Lars Berg, today. Norway's "
     "Minister for Trade, Ms Ingrid Dahl, and the State Secretary, Mr Ole Lund, also attended the meeting.",
     "Ada Wong", {"Ingrid Dahl", "Ole Lund"}),
    ("The Financial Secretary, Mr Paul Ho, met the Prime Minister of Fiji, Mr Sitiveni Rabuka, this morning. Fiji's "
     "Minister for Finance, Mr Biman Prasad, also attended the meeting.", "Paul Ho", {"Biman Prasad"}),
    ("The Chief Secretary, Mr Eric Lam, met the Vice President of Peru, Ms Dina Torres, today. Peru's Minister of "
     "Trade, Mr Juan Vega, and the Ambassador, Mr Luis Soto, also joined the meeting.", "Eric Lam",
     {"Juan Vega", "Luis Soto"}),
])
def test_attendees_of_the_other_side_meet_the_host(found_facts, text, host, guests):
    found = found_facts(text)
    assert guests <= {o for s, p, o in found if s == host and p == "metWith"}


def test_attendees_of_the_hosts_own_side_do_not_meet_him(found_facts):
    found = found_facts("The Chief Executive, Mrs Ada Wong, met the Prime Minister of Fiji, Mr Sitiveni Rabuka, "
                             "today. Hong Kong's Secretary for Justice, Mr Tom Lo, also attended the meeting.")
    assert ("Ada Wong", "metWith", "Tom Lo") not in found


# a role at a named event is attending it: among the guests, the keynote speaker, present; one's speech at it
@pytest.mark.parametrize("text, person, event", [
    ("The Secretary for Transport and Logistics, Mr Lam Wai, was among the guests at the Asia Logistics Forum.",
     "Lam Wai", "Asia Logistics Forum"),
    ("The Secretary for Labour, Ms Amy Chu, was the keynote speaker at the Global Skills Summit.",
     "Amy Chu", "Global Skills Summit"),
    ("The Director of Trade, Mr Ho Kin, was present at the Pacific Trade Conference.", "Ho Kin", "Pacific Trade Conference"),
    ("In his speech at the Asia Logistics Forum, the Secretary for Transport and Logistics, Mr Lam Wai, said that "
     "logistics matter.", "Lam Wai", "Asia Logistics Forum"),
    ("Ms Amy Chu's remarks at the Global Skills Summit were well received.", "Amy Chu", "Global Skills Summit"),
])
def test_a_role_at_a_named_event(found_facts, text, person, event):
    assert (person, "attended", event) in found_facts(text)


def test_others_at_an_event(found_facts):
    found = found_facts("The Secretary for Transport and Logistics, Mr Lam Wai, said the guests at the Asia Logistics "
                        "Forum were many.")
    assert ("Lam Wai", "attended", "Asia Logistics Forum") not in found


_SPEAKERS = [
    ("The 4th Lakeland Trade Forum opened this morning in Riverton. Guests delivering speeches at the opening ceremony "
     "were: Minister of Industry of the Republic of Westmark, Mr Rui Oliveira; Vice Minister of Commerce of the "
     "Republic of Lowland, Ms Ludovina Bernardo; Minister of Economy of the Republic of Midland, Mr Pedro Reis; and "
     "Vice President of the National Assembly of the Republic of Farland, Mr Abnildo do Nascimento.",
     "4th Lakeland Trade Forum", ["Rui Oliveira", "Ludovina Bernardo", "Pedro Reis", "Abnildo do Nascimento"]),
    ("The 4th Ministerial Conference of the Lakeland Trade Forum opened this morning in Riverton. Guests delivering "
     "speeches at the opening ceremony were: member of the Standing Committee of the Lakeland Workers Party, and Vice "
     "Chairman of the National Assembly of Lakeland, Mr Li Hong; Minister of Industry and Commerce of the Republic of "
     "Westmark, Mr Rui Oliveira; Executive Secretary of the Ministry of Small Business of the Federative Republic of "
     "Eastland, Mr Francisco Alencar; Vice Prime Minister, Minister of Finance and Business Promotion, and Minister of "
     "Digital Economy of the Republic of Northland, Mr Olavo Correia; Minister of Economy, Planning, and Regional "
     "Integration of the Republic of Southland, Mr Soares Sambu; Vice Minister of Industry and Commerce of the Republic "
     "of Lowland, Ms Ludovina Bernardo; Minister of Economy of the Republic of Midland, Mr Pedro Reis; and Vice "
     "President of the National Assembly of the Republic of Farland, Mr Abnildo do Nascimento.",
     "4th Ministerial Conference of the Lakeland Trade Forum",
     ["Li Hong", "Rui Oliveira", "Olavo Correia", "Ludovina Bernardo", "Pedro Reis", "Abnildo do Nascimento"]),
    ("Speakers at the 5th Harbour Cities Forum were: the Mayor of Lakeland City, Mr Tom Hale; the Deputy Mayor of "
     "Westmark City, Ms Ana Cruz; and the Governor of Eastland Province, Mr Piet Aalders.",
     "5th Harbour Cities Forum", ["Tom Hale", "Ana Cruz", "Piet Aalders"]),
    ("Panellists at the 2024 Riverton Finance Summit were: the Minister of Finance of Lakeland, Mr Tom Hale; the "
     "Governor of the Westmark Central Bank, Ms Ana Cruz; and the Deputy Minister of Trade of Eastland, Mr Piet "
     "Aalders.", "2024 Riverton Finance Summit", ["Tom Hale", "Ana Cruz", "Piet Aalders"]),
]


# Speakers listed after a colon, set off by semicolons, attended the event and did not meet one another: the list is
# one sentence (no sentence starts after a semicolon), "do" in "Abnildo do Nascimento" is no verb, and the parser's
# list hung on "Speakers" is the list of attendees, not a person named before the verb (the last two: guards)
@pytest.mark.parametrize("text, event, speakers", _SPEAKERS)
def test_speakers_listed_after_a_colon(found_facts, text, event, speakers):
    found = found_facts(text)
    assert {(s, "attended", event) for s in speakers} <= found
    assert not {(a, "metWith", b) for a in speakers for b in speakers} & found


# One who joined "the meeting" at home shares the visits reported before it, not those its principal recalls after it
@pytest.mark.parametrize("text, joiner", [
    ("The Chief Executive, Mr John Lee, met the Secretary-General of ASEAN, Dr Kao Kim Hourn, in Hong Kong today. The "
     "Secretary for Commerce and Economic Development, Mr Algernon Yau, also attended the meeting. Mr Lee said he was "
     "pleased to see Dr Kao again after his visit to Jakarta.", "Algernon Yau"),
    ("The Chief Secretary, Mr Eric Chan, met the Governor of Eastland, Ms Lena Berg, in Hong Kong today. The Secretary "
     "for Labour and Welfare, Mr Chris Sun, also joined the meeting. Mr Chan noted that he had toured Eastland Port "
     "during his visit to Eastland in May.", "Chris Sun"),
    ("The Secretary for Justice, Mr Paul Lam, met the Minister of Law of Westmark, Mr Tom Hale, in Hong Kong today. The "
     "Deputy Secretary for Justice, Mr Horace Cheung, also attended the meeting. Mr Lam recalled that he had met Mr "
     "Hale during his visit to Westmark City in April.", "Horace Cheung"),  # (a guard: a past visit)
])
def test_a_joiner_shares_no_visit_told_after(found_facts, text, joiner):
    assert not any(s == joiner and p == "visited" for s, p, _ in found_facts(text))


# "A and B led their (government / respective) delegations to the conference": each heads a delegation; the heads of
# two sides meet
@pytest.mark.parametrize("text, a, b", [
    ("The Fujian-Macao Co-operation Joint Conference 2024 was held today in Fuzhou. The Governor of Fujian Province, Mr "
     "Zhao Long, and the Secretary for Economy and Finance of Macao, Mr Tai Kin Ip, led their government delegations to "
     "the conference and delivered speeches.", "Zhao Long", "Tai Kin Ip"),
    ("The 5th Plenary of the Hong Kong/Sichuan Co-operation Conference was held in Chengdu yesterday. The Chief "
     "Secretary for Administration, Mr Eric Chan, and the Vice Governor of Sichuan Province, Mr Luo Qiang, led their "
     "delegations to the plenary.", "Eric Chan", "Luo Qiang"),
    ("The Guangxi-Macao Joint Commission met in Nanning today. The Chairman of Guangxi Zhuang Autonomous Region, Mr Lan "
     "Tianli, and the Secretary for Administration and Justice of Macao, Mr Andre Cheong, led their respective "
     "delegations to the meeting.", "Lan Tianli", "Andre Cheong"),
])
def test_two_who_lead_their_delegations_meet(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


# Two who report a session's work together, right after the sentence that says who attended it, took part in it
@pytest.mark.parametrize("text, event, a, b", [
    ("The Chief Executive, Mr Chui Sai On, and the Governor of Guangdong Province, Mr Zhu Xiaodan, led "
     "their delegations to the Guangdong-Macao Co-operation Joint Conference 2014. The Secretary for "
     "Economy and Finance, Mr Tam Pak Yuen, and the Vice Governor of Guangdong Province, Ms Zhao Yufang, "
     "reported on the progress of co-operation.",
     "Guangdong-Macao Co-operation Joint Conference 2014", "Tam Pak Yuen", "Zhao Yufang"),
    ("The Chief Secretary, Mr Eric Chan, attended the 5th Plenary of the Hong Kong/Sichuan Co-operation "
     "Conference today. The Secretary for Commerce and Economic Development, Mr Algernon Yau, and the Vice "
     "Governor of Sichuan Province, Mr Luo Qiang, reviewed the results of the past year.",
     "5th Plenary of the Hong Kong/Sichuan Co-operation Conference", "Algernon Yau", "Luo Qiang"),
    ("The Governor of Fujian Province, Mr Zhao Long, attended the Fujian-Macao Co-operation Joint "
     "Conference 2024 yesterday. The Secretary for Administration and Justice of Macao, Mr Andre Cheong, "
     "and the Vice Governor of Fujian Province, Mr Guo Ningning, reported on the work plan.",
     "Fujian-Macao Co-operation Joint Conference 2024", "Andre Cheong", "Guo Ningning"),
])
def test_two_who_report_on_the_session_attended_it(found_facts, text, event, a, b):
    assert {(a, "attended", event), (b, "attended", event)} <= found_facts(text)


# No sentence starts right after a closing bracket on the same line: a list of titles with acronyms before the names
# ("Vice Chairman of the X Commission (NDRC) Tom Hale, Director of ... (LTC) Maria Santos, ... delivered speeches") is
# one sentence, and every name of it did what its verb says
@pytest.mark.parametrize("text, event, speakers", [
    ("The Third Lakeland Trade Forum kicked off today. At the opening ceremony, Vice Chairman of the National "
     "Development and Reform Commission (NDRC) Tom Hale, Director of the Lakeland Trade Council (LTC) Maria Santos, "
     "and Member of the Riverton Planning Commission (RPC) Piet Aalders delivered speeches.",
     "Third Lakeland Trade Forum", ["Tom Hale", "Maria Santos", "Piet Aalders"]),
    ("The 2024 Harbour Cities Summit opened today. Speaking at the opening were Chairman of the China Council for the "
     "Promotion of International Trade (CCPIT) Ren Hongbin and Deputy Director of the State Council's Hong Kong and "
     "Macao Affairs Office (HKMAO) Zhou Bo.", "2024 Harbour Cities Summit", ["Ren Hongbin", "Zhou Bo"]),
    ("The Second Westmark Energy Expo began today. Vice Minister of the Ministry of Commerce (MOFCOM) Guo Tingting and "
     "Deputy Secretary-General of the Guangdong Provincial Government (GDPG) Guo Yile officiated at the opening "
     "ceremony.", "Second Westmark Energy Expo", ["Guo Tingting", "Guo Yile"]),
])
def test_titles_with_acronyms_before_the_names(found_facts, text, event, speakers):
    assert {(s, "attended", event) for s in speakers} <= found_facts(text)


# "Other members include A and B" after the delegation's leader is named: they are the delegation's members, who
# go where it goes and meet whom it meets
@pytest.mark.parametrize("text, member, met, place", [
    ("The delegation of the Riverton Council visited Berlin today and met the Minister of the Interior, Dr Ole "
     "Schmidt. The delegation is led by Ms Emily Wong. Other members include Mr Lee Kin and Mr Chan Po.",
     "Chan Po", "Ole Schmidt", "Berlin"),
    ("The delegation visited Vienna and met the Mayor of Vienna, Mr Karl Huber. The delegation is led by Mr Ho Wing. "
     "Other members include Ms Lau Mei, Mr Tang Fai and Dr Ip Sum.", "Tang Fai", "Karl Huber", "Vienna"),
    ("The delegation toured Osaka and met the Governor of Osaka Prefecture, Mr Ken Sato. The delegation is led by "
     "Ms Cheung Yi. Other members include Mr Wu Tak and Ms Kwok Lan.", "Kwok Lan", "Ken Sato", "Osaka"),
])
def test_other_members_of_a_delegation(found_facts, text, member, met, place):
    found = found_facts(text)
    assert (member, "metWith", met) in found
    assert (member, "visited", place) in found


# "led by A and B": B is of A's party
@pytest.mark.parametrize("text, second, met", [
    ("The delegation met the Minister of the Interior, Dr Ole Schmidt, in Berlin. The delegation is led by Ms Emily "
     "Wong (Leader) and Mr Tommy Lee (Deputy Leader).", "Tommy Lee", "Ole Schmidt"),
    ("The delegation met the Mayor of Vienna, Mr Karl Huber. The delegation is led by Mr Ho Wing and Ms Lau "
     "Mei.", "Lau Mei", "Karl Huber"),
    ("The delegation met the Governor of Osaka Prefecture, Mr Ken Sato, today. The delegation is led by Ms Cheung Yi "
     "and Mr Wu Tak.", "Wu Tak", "Ken Sato"),
])
def test_second_leader_of_a_delegation(found_facts, text, second, met):
    assert (second, "metWith", met) in found_facts(text)


# "Other participants of/from the X Government include A and B": they go with the official whose trip is reported
@pytest.mark.parametrize("text, member, place", [
    ("The Chief Executive, Mrs Carrie Lam, will visit Shanghai tomorrow to attend the anniversary celebrations. Other "
     "participants of the HKSAR Government include the Financial Secretary, Mr Paul Chan; and the Secretary for "
     "Justice, Ms Teresa Cheng.", "Teresa Cheng", "Shanghai"),
    ("The Secretary for Commerce, Mr Ho Kin, will depart for Tokyo on Monday to attend the opening activities. Other "
     "participants from the Hong Kong Government include Ms Chu Mei and Mr Lau Wing.", "Lau Wing", "Tokyo"),
    ("The Chief Secretary, Mr Wu Tak, will travel to Chengdu tomorrow to join the celebrations. Other participants "
     "of the Government include the Director of Information Services, Ms Kwok Lan.", "Kwok Lan", "Chengdu"),
])
def test_other_participants_of_a_government_join_the_trip(found_facts, text, member, place):
    assert (member, "visited", place) in found_facts(text)


# "B is joining Mr A on the visit": B is of A's party, and goes where A goes
@pytest.mark.parametrize("text, companion, place", [
    ("Mr Ho Kin is visiting Chengdu today. Director of Agriculture Mickey Lai and representatives from Ocean Park "
     "are joining Mr Ho on the visit.", "Mickey Lai", "Chengdu"),
    ("Mr Ho Kin is visiting Chengdu today. Ms Chu Mei will join Mr Ho on the trip.", "Chu Mei", "Chengdu"),
    ("The Secretary for Justice, Mr Lau Wing, arrived in Wuhan this morning. The Deputy Secretary, Mr Tang Fai, "
     "joins Mr Lau on the visit.", "Tang Fai", "Wuhan"),
])
def test_joining_someone_on_a_visit(found_facts, text, companion, place):
    assert (companion, "visited", place) in found_facts(text)


# what the principal did together with an official of the other side ("Mr A and the Governor, Mr B, will review
# ..."), his companions did with him: they meet that official
@pytest.mark.parametrize("text, companion, host", [
    ("The Chief Executive, Mr Ho Kin, will lead a delegation to Fuzhou on Monday. During the meeting, Mr Ho and the "
     "Governor of Fujian Province, Mr Zhang Wei, will review the progress of co-operation. Officials accompanying "
     "Mr Ho will include the Secretary for Commerce, Mr Lau Wing.", "Lau Wing", "Zhang Wei"),
    ("The Chief Executive, Mr Ho Kin, will visit Changsha tomorrow, accompanied by the Secretary for Transport, "
     "Ms Chan Mei. Mr Ho and the Governor of Hunan Province, Mr Li Gang, will discuss co-operation in trade.",
     "Chan Mei", "Li Gang"),
    ("The Chief Executive, Mr Ho Kin, arrived in Nanning today, accompanied by the Secretary for Justice, Mr Tam "
     "Ka-wai. Mr Ho and the Chairman of Guangxi, Mr Wu Bin, reviewed the work of the past year.", "Tam Ka-wai", "Wu Bin"),
])
def test_companions_meet_whom_the_principal_acted_with(found_facts, text, companion, host):
    found = found_facts(text)
    assert ("Ho Kin", "metWith", host) in found
    assert (companion, "metWith", host) in found
