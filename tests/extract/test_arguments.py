"""The Reading's references with the real model (``igr.extract.arguments``): made-up paraphrases per rule,
and what must not follow."""

import pytest


# a possessive in a noun phrase is bound by the clause of the phrase: the subject of the clause above when
# the phrase is a subject below it, the agent of a participle
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Justice, Ms Ann Lee, said today that her three-day visit to Canada had been fruitful.",
     ("Ann Lee", "visited", "Canada")),
    ("The Secretary for Education, Mr Peter Ho, said that his five-day trip to Germany had strengthened ties.",
     ("Peter Ho", "visited", "Germany")),
    ("Mr Wu Kin-pong noted that his week-long mission to Chile had opened new markets.",
     ("Wu Kin-pong", "visited", "Chile")),
    ("Measures announced by Vice Premier Wang Dong during his visit to Macao in May were welcomed.",
     ("Wang Dong", "visited", "Macao")),
    ("The new routes announced by the Minister of Transport, Mr Ivo Petrov, during his trip to Tirana took effect.",
     ("Ivo Petrov", "visited", "Tirana")),
])
def test_possessive_bound_by_the_clause_of_its_phrase(found_facts, text, expected):
    assert expected in found_facts(text)


@pytest.mark.parametrize("text, absent", [
    # the phrase's own clause has a subject of its own: the one who said it did not go
    ("The Secretary for Justice, Ms Ann Lee, said that Mr Omar Haddad had concluded his visit to Canada.",
     ("Ann Lee", "visited", "Canada")),
    # the agent of the clause above a phrase that is not its own
    ("The plan was approved by the Governor, Mr Li Ming, before Ms Jane Roe began her visit to Kenya.",
     ("Li Ming", "visited", "Kenya")),
])
def test_possessive_not_bound_across_a_subject(found_facts, text, absent):
    assert absent not in found_facts(text)


# a subject list the parser cut at its first semicolon (the first member hung on the verb): every member acts
@pytest.mark.parametrize("text, expected, absent", [
    ("The Secretary for Labour, Mr Law Chi-kwong; the Secretary for Education, Dr Chan Ho; and the Commissioner for "
     "Tourism, Mr Joe Fok, will visit Manila tomorrow.", ("Law Chi-kwong", "visited", "Manila"), None),
    ("The Secretary for Labour, Mr Law Chi-kwong; the Secretary for Education, Dr Chan Ho; and the Commissioner for "
     "Tourism, Mr Joe Fok, arrived in Perth today.", ("Law Chi-kwong", "visited", "Perth"), None),
    ("The Secretary for Labour, Mr Law Chi-kwong; the Secretary for Education, Dr Chan Ho; and the Commissioner for "
     "Tourism, Mr Joe Fok, will meet the Governor of Bali, Mr Wayan Koster.", ("Law Chi-kwong", "metWith", "Wayan Koster"),
     ("Law Chi-kwong", "metWith", "Chan Ho")),
    # two clauses joined by a semicolon: the first clause's subject does not do the second's verb
    ("Over the weekend, the Secretary for Health, Professor Lo Chung-mau, visited Osaka; the Director of Health, "
     "Dr Ronald Lam, met the Mayor of Kobe, Mr Taro Sato.", None, ("Lo Chung-mau", "metWith", "Taro Sato")),
])
def test_a_subject_list_cut_at_a_semicolon(found_facts, text, expected, absent):
    found = found_facts(text)
    assert expected is None or expected in found
    assert absent is None or absent not in found


# "the delegation" before its leader is named: what it did, the leader named later did
@pytest.mark.parametrize("text, expected", [
    ("The delegation of the Legislative Council visited the Riverside Logistics Centre and the Shenzhen International "
     "Airport. The President of the Legislative Council and leader of the delegation, Mr Jasper Tsang Yok-sing, said "
     "that members were very interested.", {("Jasper Tsang Yok-sing", "visited", "Shenzhen International Airport")}),
    ("A delegation of the Chamber toured Ningbo and Wenzhou this week. The leader of the delegation, Mr Andrew Lau, "
     "said the visit was fruitful.", {("Andrew Lau", "visited", "Ningbo"), ("Andrew Lau", "visited", "Wenzhou")}),
    ("The delegation visited Jakarta today. Mr Henry Poon, who led the delegation, said the trip had been useful.",
     {("Henry Poon", "visited", "Jakarta")}),
    ("The delegation arrived in Penang this morning. The head of the delegation, Ms Iris Chu, thanked the hosts.",
     {("Iris Chu", "visited", "Penang")}),
])
def test_the_delegation_before_its_leader_is_named(found_facts, text, expected):
    assert expected <= found_facts(text)


@pytest.mark.parametrize("text", [
    # one who meets the delegation does not lead it; a delegation with no leader named is no one's trip
    "The delegation visited Jakarta today. The Secretary for Trade, Mr Henry Poon, met the delegation last week.",
    "The delegation visited Jakarta today. The head of the Trade Council, Mr Henry Poon, welcomed the news.",
])
def test_no_leader_named_for_the_delegation(found_facts, text):
    assert ("Henry Poon", "visited", "Jakarta") not in found_facts(text)


@pytest.mark.parametrize("text", ["His visit to Japan.", "Her three-day trip to Chile and Peru.",
                                  "The Secretary for Trade, Mr Ho Kin: his mission to Oslo"])
def test_a_possessive_in_a_sentence_without_a_verb(found_facts, text):
    # the clause of a possessive is looked for up to the root, which may be a noun: the reading ends
    assert isinstance(found_facts(text), set)


# "Members of the delegation", "the delegation members" as a subject stand for the delegation: its leader
@pytest.mark.parametrize("text, expected", [
    ("A delegation led by the President of the Council, Mr Andrew Leung, arrived in Chengdu today. Members of the "
     "delegation attended a lunch hosted by the Vice Governor of Sichuan, Mr Luo Qiang.",
     ("Andrew Leung", "metWith", "Luo Qiang")),
    ("The Secretary for Trade, Mr Ho Kin, is leading a delegation to Hanoi. The delegation members called on the "
     "Minister of Industry, Mr Tran Nam, this morning.", ("Ho Kin", "metWith", "Tran Nam")),
    ("Mr Andrew Leung led a delegation of the Council to Jakarta today. Members of the delegation visited the Jakarta "
     "Smart City Centre.", ("Andrew Leung", "visited", "Jakarta Smart City Centre")),
    ("Members of the delegation attended a dinner hosted by the Mayor of Osaka, Mr Taro Sato. The leader of the "
     "delegation, Ms Iris Chu, thanked the hosts.", ("Iris Chu", "metWith", "Taro Sato")),
])
def test_members_of_the_delegation(found_facts, text, expected):
    assert expected in found_facts(text)


def test_members_of_something_else(found_facts):
    found = found_facts("Mr Andrew Leung visited Jakarta today. Members of the Legislative Council met the Governor "
                        "of Jakarta, Mr Budi Santo, last week.")
    assert ("Andrew Leung", "metWith", "Budi Santo") not in found


# "calling on X" with X read under the particle "on": X is the verb's object
@pytest.mark.parametrize("text, pair", [
    ("Arriving in Rome yesterday afternoon (May 2, Rome time), Mr Ho Kin started his visit programme by calling on "
     "the Chinese Ambassador to Italy, Mr Li Jun.", ("Ho Kin", "Li Jun")),
    ("Arriving in Berlin this morning (May 3, Berlin time), Ms Amy Lo began her visit by calling on the Chinese "
     "Ambassador to Germany, Mr Wu Ken.", ("Amy Lo", "Wu Ken")),
    ("Arriving in Vienna this morning (May 3, Vienna time), Mr Tom Chu started his visit by calling on the Chinese "
     "Ambassador to Austria, Ms Li Mei.", ("Tom Chu", "Li Mei")),
])
def test_calling_on_a_person_under_the_particle(found_facts, text, pair):
    assert (pair[0], "metWith", pair[1]) in found_facts(text)


def test_calling_on_people_to_act(found_facts):
    found = found_facts("The Secretary for Labour, Mr Sam Ng, called on employers in the city to raise wages.")
    assert not {f for f in found if f[1] in ("metWith", "visited")}


# titles and names printed as one list before the verb: every person of it acts (the parser breaks such lists up)
@pytest.mark.parametrize("text, people, place", [
    ("Chief Secretary Ko Wai will lead a delegation to Zhuhai today. Secretary for the Environment Tse Ming, Under "
     "Secretary for Home and Youth Affairs Lily Ho and Under Secretary for Education Sam Lo will accompany Mr Ko.",
     ("Tse Ming", "Lily Ho", "Sam Lo"), "Zhuhai"),
    ("Chief Secretary Ko Wai will lead a delegation to Foshan today. Secretary for Security Tang Wing, Under "
     "Secretary for Security Michael Fok, and Permanent Secretary for Security Patrick Wu will accompany Mr Ko.",
     ("Tang Wing", "Michael Fok", "Patrick Wu"), "Foshan"),
    ("Financial Secretary Lam Tak will lead a delegation to Hefei tomorrow. Under Secretary for Housing Joe Lau and "
     "Under Secretary for Education Ben Yip will accompany Mr Lam.", ("Joe Lau", "Ben Yip"), "Hefei"),
])
def test_a_printed_list_of_titled_names_acts_together(found_facts, text, people, place):
    found = found_facts(text)
    assert {(p, "visited", place) for p in people} <= found


def test_a_list_broken_by_other_words_is_no_subject_list(found_facts):
    found = found_facts("Chief Secretary Ko Wai will lead a delegation to Zhuhai today. Under Secretary for Education "
                        "Sam Lo, who was in Macao yesterday, said Under Secretary for Housing Amy Ho will stay.")
    assert ("Amy Ho", "visited", "Zhuhai") not in found


# a name the parser read as a conjunct of the verb after the verb's object ("visit A and B this week") is an object
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Trade, Ms Amy Lo, will visit Xian and Lanzhou this week.", ("Amy Lo", "visited", "Lanzhou")),
    ("The Secretary for Development, Mr Ho Wai, will inspect the construction sites on the section of Route 5 from "
     "Maoxian to Lixian, and the Sichuan Research Centre for Giant Pandas.",
     ("Ho Wai", "visited", "Sichuan Research Centre for Giant Pandas")),
    ("The Secretary for Health, Mr Tom Chu, visited the wards of the hospital, and the Riverside Medical Research "
     "Institute.", ("Tom Chu", "visited", "Riverside Medical Research Institute")),
])
def test_a_name_read_as_a_conjunct_of_the_verb(found_facts, text, expected):
    assert expected in found_facts(text)


@pytest.mark.parametrize("text, absent", [
    # a clause of its own after "and"
    ("The Secretary for Trade, Ms Amy Lo, visited Xian yesterday and Ningxia hosted a dinner.",
     ("Amy Lo", "visited", "Ningxia")),
    ("The Secretary for Trade, Ms Amy Lo, visited Xian and Lanzhou Mayor Li Ping thanked her.",
     ("Amy Lo", "visited", "Lanzhou")),
])
def test_a_clause_after_and_is_no_object(found_facts, text, absent):
    assert absent not in found_facts(text)


# Thanks expressed "to" someone "for" doing something: the one thanked did it, not the one thanking
# ("expressed his gratitude to Guizhou Province for hosting X", as "thanked Anhui for hosting X").
@pytest.mark.parametrize("text, speaker, event, place", [
    ("Mr Lee then met with the Governor of Guizhou Province, Mr Xu Lin. Mr Lee expressed his gratitude to "
     "Guizhou Province for hosting the 2023 Riverton Trade Fair.", "Lee", "2023 Riverton Trade Fair", "Guizhou"),
    ("Ms Ho met the Mayor of Xiamen, Mr Wu Bin. She expressed thanks to Xiamen for hosting the Third Lakeside Expo.",
     "Ho", "Third Lakeside Expo", "Xiamen"),
    ("Mr Lee met the Governor of Shaanxi Province, Mr Zhao Gang. Mr Lee extended his appreciation to Shaanxi "
     "Province for hosting the Ninth Silk Road Games.", "Lee", "Ninth Silk Road Games", "Shaanxi"),
])
def test_the_one_thanked_for_hosting_hosts(found_facts, text, speaker, event, place):
    facts = found_facts(text)
    assert (event, "heldIn", place) in facts
    assert (speaker, "attended", event) not in facts and (speaker, "chaired", event) not in facts


def test_thanks_to_unnamed_guests_for_attending_puts_nobody_there(found_facts):
    facts = found_facts("Mr Lee expressed his gratitude to the guests for attending the Sixth Lakeside Forum.")
    assert ("Lee", "attended", "Sixth Lakeside Forum") not in facts


# A trip that belongs to a body named before it ("the X Council's visit to Y", "the X Council panel's visit", "the X
# Council duty visit") is the body's: the subject who discusses or prepares it does not go; one who joins, leads or
# accompanies it does.
@pytest.mark.parametrize("text, person, place", [
    ("Ms Ho met the Mayor of Xiamen, Mr Wu Bin. They discussed the Hong Kong Trade Development Council's visit to "
     "Quanzhou next month.", "Ho", "Quanzhou"),
    ("Mr Tam will prepare the Legislative Council panel's visit to Wuhan in May.", "Tam", "Wuhan"),
    ("Mr Nip will visit Shanghai. He will also discuss arrangements for the Legislative Council joint-panel duty "
     "visit to the major cities in the Yangtze River Delta Region in April.", "Nip", "Yangtze River Delta"),
])
def test_a_bodys_trip_is_not_the_subjects(found_facts, text, person, place):
    assert (person, "visited", place) not in found_facts(text)


@pytest.mark.parametrize("text, person, place", [
    ("Mr Tam joined the Hong Kong Trade Development Council's mission to Quanzhou last week.", "Tam", "Quanzhou"),
    ("Mr Tam led the Legislative Council's delegation to Wuhan in May.", "Tam", "Wuhan"),
    ("Mr Tam will make his first visit to Wuhan in May.", "Tam", "Wuhan"),
])
def test_joining_or_leading_a_bodys_trip_still_goes(found_facts, text, person, place):
    assert (person, "visited", place) in found_facts(text)


# "the two regions" are two places of that kind stated before; a place printed only inside a title ("the Secretary
# for Constitutional and Mainland Affairs") is none of them.
@pytest.mark.parametrize("text", [
    "Also present was the Secretary for Constitutional and Mainland Affairs, Mr Ken Lo. Hunan will strengthen "
    "co-operation with the Greater Bay Area. The HKSAR Government set up the Hunan Liaison Unit to deepen "
    "co-operation between the two regions.",
    "Also present was the Secretary for Constitutional and Mainland Affairs, Mr Ken Lo. Hunan will strengthen "
    "co-operation with the Greater Bay Area. Officials discussed co-operation between the two regions.",
    "Also present was the Secretary for Constitutional and Mainland Affairs, Mr Ken Lo. Hunan will strengthen "
    "co-operation with the Greater Bay Area. Both regions will deepen co-operation.",
])
def test_a_place_inside_a_title_is_no_place_of_a_pair(found_facts, text):
    assert not any(p == "cooperatesWith" and "Mainland" in (s, o) for s, p, o in found_facts(text))


def test_two_regions_stated_are_the_pair(found_facts):
    facts = found_facts("Mr Lo visited the Greater Bay Area and the Yangtze River Delta. He called for co-operation "
                        "between the two regions.")
    assert ("Guangdong-Hong Kong-Macao Greater Bay Area", "cooperatesWith", "Yangtze River Delta") in facts


# "his" in a noun phrase of a clause whose one subject is a person is that person's ("Mr Lee recalled his visit to
# Lima"), not the one named last before the sentence
@pytest.mark.parametrize("text, owner, place", [
    ("The Chief Executive, Mr John Lee, met the Minister of Trade of Peru, Ms Ana Cruz, today. The Secretary for "
     "Financial Services and the Treasury, Mr Christopher Hui, also attended the meeting. Mr Lee described his trip to "
     "Chile in detail.", "John Lee", "Chile"),
    ("The Secretary for Justice, Mr Paul Lam, met the Attorney General of Lakeland, Ms Ana Cruz, today. The Deputy "
     "Secretary for Justice, Mr Horace Cheung, also attended the meeting. Mr Lam recalled his visit to Riverton.",
     "Paul Lam", "Riverton"),
    ("The Chief Secretary, Mr Eric Chan, met the Governor of Eastland, Ms Lena Berg, today. The Secretary for Labour "
     "and Welfare, Mr Chris Sun, also attended the meeting. Mr Chan mentioned his visit to Westmark City.",
     "Eric Chan", "Westmark City"),
])
def test_his_is_the_clause_s_subject(found_facts, text, owner, place):
    visits = {(s, o) for s, p, o in found_facts(text) if p == "visited"}
    assert (owner, place) in visits and [s for s, o in visits if o == place] == [owner]
