"""Trips with the real model: where officials went and where their events were, three or more made-up
paraphrases per rule, and what must not follow."""

from datetime import date

import pytest

from igr.ingest import Document


def facts(extractor, text, title=None):
    [record] = extractor.extract([Document(key="t.txt", text=text, title=title, date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    found = {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}
    return found | {(o, p, s) for s, p, o in found if p in ("metWith", "cooperatesWith")}


def check(extractor, text, expected, absent=()):
    found = facts(extractor, text)
    assert set(expected) <= found, sorted(set(expected) - found)
    assert not set(absent) & found, sorted(set(absent) & found)


# "the visit" without a person: the trip of the release, made by its traveller, and the places it takes in
@pytest.mark.parametrize("text, expected", [
    ("A delegation led by the Secretary for Trade, Mr Lam Ka-fai, arrived in Madrid today. The six-day visit, "
     "organised by the Trade Council, also covers Barcelona and Seville.",
     {("Lam Ka-fai", "visited", "Barcelona"), ("Lam Ka-fai", "visited", "Seville")}),
    ("The Secretary for Justice, Ms Cheung Wai-man, arrived in Tokyo this morning. The trip also takes in Osaka and Kobe.",
     {("Cheung Wai-man", "visited", "Osaka"), ("Cheung Wai-man", "visited", "Kobe")}),
    ("The Secretary for Education, Mr Ng Chi-keung, will lead a delegation to Peru on Monday. "
     "His itinerary includes stops in Lima and Cusco.",
     {("Ng Chi-keung", "visited", "Lima"), ("Ng Chi-keung", "visited", "Cusco")}),
    ("Mr Lam Ka-fai visited Madrid today. The visit to Seville by the Mayor of Lisbon, Mr Rui Costa, is planned for June.",
     {("Rui Costa", "visited", "Seville")}),
])
def test_the_places_a_trip_takes_in(extractor, text, expected):
    check(extractor, text, expected)


@pytest.mark.parametrize("text, absent", [
    # visits of others, or not one trip of the release
    ("Mr Lam Ka-fai visited Madrid today. Visits to Seville and Porto are planned for students.",
     {("Lam Ka-fai", "visited", "Seville"), ("Lam Ka-fai", "visited", "Porto")}),
    ("Mr Lam Ka-fai visited Madrid today. A visit to Seville will be arranged for the business sector.",
     {("Lam Ka-fai", "visited", "Seville")}),
    # the trip of no one: no traveller in the release
    ("The Trade Council said the visit also covers Barcelona and Seville.", set()),
])
def test_no_trip_of_the_traveller(extractor, text, absent):
    found = facts(extractor, text)
    assert not {f for f in found if f[1] == "visited"} - {f for f in found if f[0] == "Lam Ka-fai" and f[2] == "Madrid"}
    assert not set(absent) & found


# being somewhere, or staying there, is a trip there
@pytest.mark.parametrize("text, expected", [
    ("Mr Wong Siu-ming will be in Oslo and Bergen next week to promote Hong Kong's services.",
     {("Wong Siu-ming", "visited", "Oslo"), ("Wong Siu-ming", "visited", "Bergen")}),
    ("The Secretary for Commerce and Economic Development, Mr Wong Siu-ming, is in the US to attend a trade fair.",
     {("Wong Siu-ming", "visited", "United States")}),
    ("Ms Ho Mei-ling will be in Berlin from May 3 to 5.", {("Ho Mei-ling", "visited", "Berlin")}),
    ("Wrapping up his three-day stay in Nanjing today, Mr Chan Tai-man said the trip was fruitful.",
     {("Chan Tai-man", "visited", "Nanjing")}),
    ("During her stay in Osaka, Ms Ho Mei-ling met business leaders.", {("Ho Mei-ling", "visited", "Osaka")}),
])
def test_being_or_staying_somewhere(extractor, text, expected):
    check(extractor, text, expected)


@pytest.mark.parametrize("text", [
    "The Chief Secretary for Administration, Mr Chan Tai-man, is in Hong Kong this week.",  # at home
    "The Mayor of Shenzhen, Mr Li Ming, will be in Shenzhen tomorrow.",
    "Mr Chan Tai-man said the office is in Shanghai.",  # a body, not a person
    "Mr Chan Tai-man said he will stay in touch with Guangdong officials.",
])
def test_being_at_home_or_not_a_person(extractor, text):
    assert not {f for f in facts(extractor, text) if f[1] == "visited"}


# the events attended on a trip to a place are held there
@pytest.mark.parametrize("text, expected", [
    ("The Chief Executive, Mr Tsang Wing-hong, will lead a delegation to Jiangxi on Friday. During the visit to Jiangxi, "
     "Mr Tsang will attend the Business Symposium and the Jiangxi Tourism Seminar.",
     {("Business Symposium", "heldIn", "Jiangxi"), ("Jiangxi Tourism Seminar", "heldIn", "Jiangxi")}),
    ("During his visit to Chengdu, Mr Ho Siu-ming attended the West China Expo.",
     {("West China Expo", "heldIn", "Chengdu"), ("Ho Siu-ming", "visited", "Chengdu")}),
    ("During the Osaka trip, Ms Lee Mei-ling will officiate at the Hong Kong Film Gala.",
     {("Hong Kong Film Gala", "heldIn", "Osaka"), ("Lee Mei-ling", "attended", "Hong Kong Film Gala")}),
    ("The Secretary for Justice, Mr Chan Wing-kit, will visit Peru next week. While in Lima, Mr Chan will attend the "
     "Pacific Trade Forum.", {("Pacific Trade Forum", "heldIn", "Lima"), ("Chan Wing-kit", "visited", "Lima")}),
])
def test_events_on_a_trip(extractor, text, expected):
    check(extractor, text, expected)


@pytest.mark.parametrize("text, absent", [
    # the event has a place of its own
    ("During his visit to Beijing, Mr Ho Siu-ming attended the Asia Finance Forum in Tianjin.",
     {("Asia Finance Forum", "heldIn", "Beijing")}),
    ("During his visit to Beijing, Mr Ho Siu-ming attended the Asia Finance Forum at the Grand Hotel in Tianjin.",
     {("Asia Finance Forum", "heldIn", "Beijing")}),
    # an event spoken of, not attended
    ("During his visit to Beijing, Mr Ho Siu-ming said the Asia Finance Forum was a success.",
     {("Asia Finance Forum", "heldIn", "Beijing")}),
])
def test_events_with_their_own_place_or_not_attended(extractor, text, absent):
    check(extractor, text, (), absent)


# co-chairing a session with a partner somewhere: the session was held there, and the partner came if the
# other chair is at home there
@pytest.mark.parametrize("text, expected", [
    ("Financial Secretary Paul Chan co-chaired the 10th Hong Kong Macao Co-operation High Level Meeting with Macao's "
     "Secretary for Economy and Finance Lionel Leong in Hong Kong today.",
     {("10th Hong Kong Macao Co-operation High Level Meeting", "heldIn", "Hong Kong"), ("Lionel Leong", "visited", "Hong Kong")}),
    ("The Secretary for Justice, Mr Lee Ka-chun, co-chaired the Fifth Legal Co-operation Meeting with the Director of "
     "Justice of Guangdong, Mr Zhou Min, in Hong Kong yesterday.",
     {("Fifth Legal Co-operation Meeting", "heldIn", "Hong Kong"), ("Zhou Min", "visited", "Hong Kong")}),
    ("The Chief Secretary for Administration, Mr Chan Wing-kit, chaired the Second Plenary Session of the Hong Kong/Fujian "
     "Co-operation Conference with the Vice Governor of Fujian, Mr Li Qiang, in Fuzhou today.",
     {("Second Plenary Session of the Hong Kong/Fujian Co-operation Conference", "heldIn", "Fuzhou"),
      ("Chan Wing-kit", "visited", "Fuzhou")}),
])
def test_a_session_chaired_with_a_partner_somewhere(extractor, text, expected):
    check(extractor, text, expected)


def test_the_partner_at_home_and_the_local_chair_visit_nothing(extractor):
    found = facts(extractor, "The Chief Secretary for Administration, Mr Chan Wing-kit, chaired the Second Plenary Session "
                             "of the Hong Kong/Fujian Co-operation Conference with the Vice Governor of Fujian, Mr Li Qiang, "
                             "in Fuzhou today.")
    assert ("Li Qiang", "visited", "Fuzhou") not in found
    found = facts(extractor, "Financial Secretary Paul Chan co-chaired the 10th Hong Kong Macao Co-operation High Level "
                             "Meeting with Macao's Secretary for Economy and Finance Lionel Leong in Hong Kong today.")
    assert ("Paul Chan", "visited", "Hong Kong") not in found


# those who lead a session chair it, and two who lead it together meet
@pytest.mark.parametrize("text, expected", [
    ("The Government of Hong Kong and the Sichuan Provincial Government held the First Plenary of the Hong Kong-Sichuan "
     "Co-operation Conference today in Chengdu. The meeting was led by the Chief Executive, Mrs Lam Mei-ling, and the "
     "Governor of Sichuan, Mr Peng Jun.",
     {("Lam Mei-ling", "chaired", "First Plenary of the Hong Kong-Sichuan Co-operation Conference"),
      ("Peng Jun", "chaired", "First Plenary of the Hong Kong-Sichuan Co-operation Conference"),
      ("Lam Mei-ling", "metWith", "Peng Jun"), ("Lam Mei-ling", "visited", "Chengdu")}),
    ("The Third Plenary of the Hong Kong/Fujian Co-operation Conference, led by the Chief Secretary for Administration, "
     "Mr Chan Wing-kit, and the Vice Governor of Fujian, Mr Li Qiang, was held in Fuzhou.",
     {("Chan Wing-kit", "chaired", "Third Plenary of the Hong Kong/Fujian Co-operation Conference"),
      ("Li Qiang", "chaired", "Third Plenary of the Hong Kong/Fujian Co-operation Conference"),
      ("Chan Wing-kit", "metWith", "Li Qiang")}),
    ("The Fifth Hong Kong-Hubei Joint Conference was led by the Chief Executive, Mr Lee Ka-chun, and the Governor of "
     "Hubei, Mr Wang Hao.",
     {("Lee Ka-chun", "chaired", "Fifth Hong Kong-Hubei Joint Conference"),
      ("Wang Hao", "chaired", "Fifth Hong Kong-Hubei Joint Conference"), ("Lee Ka-chun", "metWith", "Wang Hao")}),
])
def test_a_session_led_by_two(extractor, text, expected):
    check(extractor, text, expected)


def test_a_delegation_led_by_someone_is_no_session(extractor):
    found = facts(extractor, "The Hong Kong delegation was led by the Chief Secretary for Administration, Mr Chan Wing-kit.")
    assert not {f for f in found if f[1] in ("chaired", "attended", "metWith")}


# companions go where the text says they go with the principal: the leg named, and what the delegation does there
@pytest.mark.parametrize("text, expected, absent", [
    ("The Secretary for Transport, Mr Cheung Kin-wah, will visit Beijing and Hamburg this week. Mr Cheung will leave "
     "for Beijing this evening. He will then depart for Hamburg. The Director of Marine, Mr Wong Chi-ho, and the Deputy "
     "Secretary for Transport, Ms Chan Yuk-lin, will accompany Mr Cheung to Hamburg.",
     {("Wong Chi-ho", "visited", "Hamburg"), ("Chan Yuk-lin", "visited", "Hamburg")},
     {("Wong Chi-ho", "visited", "Beijing"), ("Chan Yuk-lin", "visited", "Beijing")}),
    ("The Chief Executive, Mr Tsang Wing-hong, will lead a delegation on a study tour to Guangxi on June 2. Mr Tsang will "
     "leave for Kunming on June 4 to attend the Regional Forum. Officials accompanying Mr Tsang on the Guangxi visit "
     "include the Director of Information Services, Mr Yau Kin-man.",
     {("Yau Kin-man", "visited", "Guangxi")}, {("Yau Kin-man", "visited", "Kunming")}),
    ("The Chief Executive, Mr Tsang Wing-hong, will lead a delegation to Guangxi on June 2. During the visit to Guangxi, "
     "the delegation will attend the Guangxi Trade Symposium. Mr Tsang will then leave for Kunming to attend the Regional "
     "Forum. Government officials accompanying Mr Tsang on the visit include the Director of Information Services, "
     "Mr Yau Kin-man.",
     {("Yau Kin-man", "visited", "Guangxi")}, {("Yau Kin-man", "visited", "Kunming")}),
    ("The Secretary for Development, Mr Chan Ka-keung, will lead a delegation to Sichuan on March 4. In Chengdu, the "
     "delegation will meet provincial officials. Mr Chan will also visit Gengda School in Wenchuan. Accompanying Mr Chan "
     "on the visit to Sichuan will be the Director of Administration, Ms Choi Yuk-lin.",
     {("Choi Yuk-lin", "visited", "Sichuan"), ("Choi Yuk-lin", "visited", "Chengdu")},
     {("Choi Yuk-lin", "visited", "Gengda School"), ("Choi Yuk-lin", "visited", "Wenchuan")}),
])
def test_companions_on_a_leg(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# "Officials accompanying Mr A will include B": B goes where A goes (no leg named)
@pytest.mark.parametrize("text, expected", [
    ("The Chief Executive, Mr Tsang Wing-hong, will lead a delegation to Jiangxi on Friday. Government officials "
     "accompanying Mr Tsang will include the Secretary for Commerce and Economic Development, Mr Wong Kam-sing; and the "
     "Permanent Secretary for Constitutional Affairs, Mrs Tse Mei-ling.",
     {("Wong Kam-sing", "visited", "Jiangxi"), ("Tse Mei-ling", "visited", "Jiangxi")}),
    ("The Secretary for Justice, Mr Lam Ting-kwok, will visit Beijing tomorrow. Officials accompanying him will include "
     "the Solicitor General, Mr Chan Sai-mun.",
     {("Chan Sai-mun", "visited", "Beijing"), ("Chan Sai-mun", "holdsPost", "Solicitor General")}),
    ("Ms Ho Mei-ling will visit Osaka and Kobe next week. Officials accompanying Ms Ho will be the Commissioner for "
     "Tourism, Mr Fung Ka-lok, and the Director of Trade, Mr Lee Chun-wai.",
     {("Fung Ka-lok", "visited", "Osaka"), ("Lee Chun-wai", "visited", "Kobe")}),
])
def test_officials_accompanying_a_principal(extractor, text, expected):
    check(extractor, text, expected)


def test_delegation_members_do_not_share_the_leaders_own_meeting(extractor):
    text = ("A delegation led by the Secretary for Financial Services, Mr Ma Si-hang, started their visit in Riyadh today. "
            "The delegation comprises some 30 members of the financial sector, including legislators Mr Chan Bun-ting and "
            "Mr Lau Sau-kei. Mr Ma also had a meeting with the Mayor of Riyadh, Mr Faisal Al-Saud.")
    check(extractor, text, {("Ma Si-hang", "metWith", "Faisal Al-Saud"), ("Chan Bun-ting", "visited", "Riyadh")},
          {("Chan Bun-ting", "metWith", "Faisal Al-Saud"), ("Lau Sau-kei", "metWith", "Faisal Al-Saud")})


# what "the delegation" attends, the companions on that leg and its listed members attend; not the leader's own events
@pytest.mark.parametrize("text, expected, absent", [
    ("The Chief Executive, Mr Tsang Wing-hong, will lead a delegation to Guangxi on June 2. During the visit to Guangxi, "
     "the delegation will attend the Guangxi Trade Symposium. Officials accompanying Mr Tsang on the visit include the "
     "Director of Information Services, Mr Yau Kin-man.",
     {("Yau Kin-man", "attended", "Guangxi Trade Symposium")}, set()),
    ("The Secretary for Development, Mr Chan Ka-keung, will lead a delegation to Sichuan on March 4. The delegation will "
     "attend the Sichuan Reconstruction Forum in Chengdu. Mr Chan will also officiate at the Wenchuan School Opening "
     "Ceremony. Accompanying Mr Chan on the visit to Sichuan will be the Director of Administration, Ms Choi Yuk-lin.",
     {("Choi Yuk-lin", "attended", "Sichuan Reconstruction Forum")},
     {("Choi Yuk-lin", "attended", "Wenchuan School Opening Ceremony")}),
    ("A delegation led by the Secretary for Financial Services, Mr Ma Si-hang, arrived in Riyadh today. The delegation "
     "comprises some 30 members of the financial sector, including legislators Mr Chan Bun-ting and Mr Lau Sau-kei. "
     "The delegation will attend the Gulf Finance Summit tomorrow. Mr Ma will also speak at the Riyadh Investment Dinner.",
     {("Chan Bun-ting", "attended", "Gulf Finance Summit"), ("Lau Sau-kei", "visited", "Riyadh")},
     {("Chan Bun-ting", "attended", "Riyadh Investment Dinner"), ("Lau Sau-kei", "attended", "Riyadh Investment Dinner")}),
])
def test_what_the_delegation_attends(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# "welcomed the delegation (he led), which includes A": A came with its leader and was met
@pytest.mark.parametrize("text, expected", [
    ("Chief Executive Mrs Lam Mei-ling today met the Party Secretary of Guangdong, Mr Li Hong, who is visiting Hong Kong. "
     "Mrs Lam welcomed Mr Li's first visit to Hong Kong. She also welcomed the delegation he led, which includes the "
     "Governor of Guangdong, Mr Ma Wen.",
     {("Ma Wen", "visited", "Hong Kong"), ("Lam Mei-ling", "metWith", "Ma Wen")}),
    ("The Chief Executive, Mr Lee Ka-chun, met the Governor of Fujian, Mr Zhao Min, in Hong Kong today. Mr Lee welcomed "
     "the delegation led by Mr Zhao, which comprises the Vice Governor of Fujian, Mr Wu Tao.",
     {("Wu Tao", "visited", "Hong Kong"), ("Lee Ka-chun", "metWith", "Wu Tao")}),
    ("The Mayor of Beijing, Mr Chen Gang, arrived in Hong Kong today. The Financial Secretary, Mr Wong Chi-kin, received "
     "the delegation he led, which includes the Vice Mayor of Beijing, Mr Sun Li.",
     {("Sun Li", "visited", "Hong Kong"), ("Wong Chi-kin", "metWith", "Sun Li")}),
])
def test_a_delegation_met_with_its_members(extractor, text, expected):
    check(extractor, text, expected)


def test_those_who_joined_the_host_do_not_meet_the_members_listed(extractor):
    text = ("Chief Executive Mrs Lam Mei-ling today met the Party Secretary of Guangdong, Mr Li Hong, who is visiting "
            "Hong Kong. She was joined by the Chief Secretary, Mr Cheung Ka-fai. She also welcomed the delegation he led, "
            "which includes the Governor of Guangdong, Mr Ma Wen.")
    check(extractor, text, {("Cheung Ka-fai", "metWith", "Li Hong"), ("Lam Mei-ling", "metWith", "Ma Wen")},
          {("Cheung Ka-fai", "metWith", "Ma Wen")})


@pytest.mark.parametrize("text, places", [
    # places coordinated before a plural class noun are each visited
    ("The Secretary for Housing, Ms Ivy Tse, will visit Jiangsu and Zhejiang provinces next week.",
     {"Jiangsu", "Zhejiang"}),
    ("The Chief Secretary, Mr Ko Ming, began a four-day visit to Shaanxi and Gansu provinces today.",
     {"Shaanxi", "Gansu"}),
    ("A delegation led by the Secretary for Labour, Mr Chan Lok, toured Zhuhai and Zhongshan cities yesterday.",
     {"Zhuhai", "Zhongshan"}),
])
def test_places_before_a_plural_class_noun(found_facts, text, places):
    assert {o for s, p, o in found_facts(text) if p == "visited"} >= places


@pytest.mark.parametrize("text, person, event", [
    # "he" in a relative clause on the place a trip goes to is the traveller
    ("The Financial Secretary, Mr Ho Wing, will depart this evening for Nanjing, where he will attend the "
     "Riverside Economic Forum tomorrow.", "Ho Wing", "Riverside Economic Forum"),
    ("The Chief Executive, Mrs Lee Mei, arrived in Lima, where she will attend the Pacific Rim Leaders' Summit.",
     "Lee Mei", "Pacific Rim Leaders' Summit"),
    ("The Secretary for Justice, Mr Lo Kin, travelled to Geneva, where he addressed the Global Arbitration Conference.",
     "Lo Kin", "Global Arbitration Conference"),
])
def test_a_pronoun_in_a_relative_clause_on_the_destination(extractor, text, person, event):
    assert (person, "attended", event) in facts(extractor, text)


# Taking part from afar ("via video", "virtually") is no trip to where the event is held.
@pytest.mark.parametrize("text, person, event", [
    ("The Secretary for Justice, Mr Paul Lam, addressed the Lakeside Arbitration Day in Vilnius via video.",
     "Paul Lam", "Lakeside Arbitration Day"),
    ("The Financial Secretary, Mr Lam Kin, spoke virtually at the Riverton Finance Summit in Oslo today.",
     "Lam Kin", "Riverton Finance Summit"),
    ("The Chief Executive, Mr Ho Wing, delivered a pre-recorded speech at the Harbour Forum held in Busan.",
     "Ho Wing", "Harbour Forum"),
])
def test_taking_part_from_afar_is_no_trip(found_facts, text, person, event):
    facts = found_facts(text)
    assert (person, "attended", event) in facts
    assert not any(s == person and p == "visited" for s, p, o in facts)


@pytest.mark.parametrize("text, place", [
    ("In the afternoon, Mr Chan Ho visited Riverton Group and was briefed on its online payment services.",
     "Riverton Group"),
    ("The Secretary for Commerce, Mr Lam Kin, visited Lakeside Holdings in Oslo and learnt about its online shop.",
     "Lakeside Holdings"),
    ("Mr Ho Wing toured the Harbour Data Centre, which hosts online platforms.", "Harbour Data Centre"),
])
def test_an_online_service_is_no_visit_from_afar(found_facts, text, place):
    assert any(p == "visited" and o == place for s, p, o in found_facts(text))


# A topic discussed "in" a place is no trip there: only people met "in" it are.
@pytest.mark.parametrize("text, person, place", [
    ("The Financial Secretary, Mr Paul Chan, met the Minister of Finance, Mr Xiao Jie, in Beijing. They discussed "
     "the issuance of sovereign bonds in Hong Kong.", "Xiao Jie", "Hong Kong"),
    ("Mr Ho Wing met the Mayor of Osaka, Mr Ken Sato, in Osaka. They discussed the development of tourism in Macao.",
     "Ken Sato", "Macao"),
    ("Mr Lam Kin met the Governor of Riverton, Mr Karl Tamm, in Oslo. They discussed the promotion of trade in Busan.",
     "Karl Tamm", "Busan"),
])
def test_a_topic_in_a_place_is_no_trip(found_facts, text, person, place):
    assert (person, "visited", place) not in found_facts(text)


@pytest.mark.parametrize("text, place", [
    ("The Secretary for Security, Mr Lam Kin, visited the site of the collapsed school building in Beichuan.",
     "Beichuan"),
    ("The Secretary for Development, Mr Ho Wing, toured the ruins of the old town hall in Yingxiu.", "Yingxiu"),
    ("The Chief Secretary, Mr Chow Ming, visited the grounds of the new hospital in Shantou.", "Shantou"),
])
def test_a_visit_to_the_site_of_a_building_in_a_place(found_facts, text, place):
    assert any(p == "visited" and o == place for s, p, o in found_facts(text))


# A post printed with a country's adjective ("the Danish Prime Minister") is that country's: going
# back there is no visit.
@pytest.mark.parametrize("text, visit, home", [
    ("The Danish Prime Minister, Mr Lars Holm, arrived in Hong Kong today. Mr Holm will leave for Denmark on "
     "Friday.", ("Lars Holm", "visited", "Hong Kong"), ("Lars Holm", "visited", "Denmark")),
    ("The Chilean Foreign Minister, Mr Alberto Soto, visited Macao today. He will depart for Chile tomorrow.",
     ("Alberto Soto", "visited", "Macao"), ("Alberto Soto", "visited", "Chile")),
    ("The Italian President, Mr Marco Rossi, began his visit to Singapore today. Mr Rossi will fly to Italy "
     "on Sunday.", ("Marco Rossi", "visited", "Singapore"), ("Marco Rossi", "visited", "Italy")),
])
def test_no_visit_to_the_country_of_a_post_s_adjective(extractor, text, visit, home):
    check(extractor, text, [visit], absent=[home])


# A host's official who accompanies a visitor on one leg is at home there, on no other leg of the trip (a
# companion from the visitor's side travels the trip).
@pytest.mark.parametrize("text, absent", [
    ("The Secretary for Justice, Mr Paul Lam, concluded his visit to Guangzhou and Shenzhen today. Mr Lam, accompanied "
     "by the Secretary of the CPC Guangzhou Nansha District Committee, Mr Lu Yixian, visited the Nansha International "
     "Arbitration Centre.", [("Lu Yixian", "visited", "Guangzhou"), ("Lu Yixian", "visited", "Shenzhen")]),
    ("The Secretary for Justice, Mr Paul Lam, concluded his visit to Guangzhou and Shenzhen today. Mr Lam, accompanied "
     "by the Director of the Guangzhou Municipal Bureau of Justice, Mr Lu Yixian, visited the Nansha International "
     "Arbitration Centre.", [("Lu Yixian", "visited", "Shenzhen")]),
    ("The Secretary for Justice, Mr Paul Lam, concluded his visit to Guangzhou and Shenzhen today. Mr Lam, accompanied "
     "by the Vice Mayor of Guangzhou, Mr Lu Yixian, visited the Nansha International Arbitration Centre.",
     [("Lu Yixian", "visited", "Shenzhen")]),
])
def test_a_host_s_official_accompanies_one_leg(extractor, text, absent):
    check(extractor, text, [("Paul Lam", "visited", "Shenzhen")], absent=absent)


def test_a_companion_from_the_visitor_s_side_travels_the_trip(extractor):
    check(extractor, "The Secretary for Justice, Mr Paul Lam, concluded his visit to Guangzhou and Shenzhen today. "
          "He was accompanied by the Director of Administration, Mr Chan Ka-fai.",
          [("Chan Ka-fai", "visited", "Shenzhen"), ("Chan Ka-fai", "visited", "Guangzhou")])


# A headline's subject is named before its first verb: "CS visits X to call on Mayor A and tour Y": A is the one
# called on, not the one who tours Y.
@pytest.mark.parametrize("title, text, host, place", [
    ("CS visits Shenzhen to call on Mayor Chen Rugui and tour Qianhai",
     "Chief Secretary Matthew Cheung visited Shenzhen today to call on its mayor Chen Rugui.", "Chen Rugui", "Qianhai"),
    ("FS visits Wuhan to meet Mayor Cheng Yongwen and visit Hubei Free Trade Zone",
     "The Financial Secretary, Mr Paul Chan, visited Wuhan today to meet the Mayor of Wuhan, Mr Cheng Yongwen.",
     "Cheng Yongwen", "Hubei Free Trade Zone"),
    ("SCED visits Chengdu to meet Governor Shi Xiaolin and visit Tianfu New Area",
     "The Secretary for Commerce and Economic Development, Mr Algernon Yau, visited Chengdu today to meet the Governor "
     "of Sichuan, Ms Shi Xiaolin.", "Shi Xiaolin", "Tianfu New Area"),
])
def test_the_one_called_on_in_a_headline_tours_nothing(extractor, title, text, host, place):
    assert (host, "visited", place) not in facts(extractor, text, title=title)


# Two places the parser reads as one noun phrase ("New York and Washington DC": "York" a modifier of "DC")
# are both visited.
@pytest.mark.parametrize("text, person, places", [
    ("Mr Henry Tang visited New York and Washington DC during the visit.", "Henry Tang",
     ("New York", "Washington, D.C.")),
    ("The Secretary, Mr Paul Chan, will visit New York and Washington DC next week.", "Paul Chan",
     ("New York", "Washington, D.C.")),
    ("Ms Ann Low visited Hong Kong and Macao SAR last week.", "Ann Low", ("Hong Kong", "Macao")),
])
def test_two_places_read_as_one_noun_phrase(extractor, text, person, places):
    check(extractor, text, [(person, "visited", p) for p in places])


# A sentence that opens "In X" with no comma before its subject ("In Zhuhai Mr Nip visited a firm", read by the
# parser as one name "Zhuhai Mr Nip"): the subject is in X; an official of X is at home there.
@pytest.mark.parametrize("text, expected, absent", [
    ("Secretary Patrick Nip has visited three cities. In Zhuhai Mr Nip visited a Hong Kong enterprise making printer "
     "consumables.", [("Patrick Nip", "visited", "Zhuhai")], []),
    ("Secretary Patrick Nip has visited three cities. In Shenzhen Mr Nip and Shenzhen Vice-Mayor Ai Xuefeng "
     "officiated at a reception.", [("Patrick Nip", "visited", "Shenzhen")], [("Ai Xuefeng", "visited", "Shenzhen")]),
    ("The Financial Secretary, Mr Paul Chan, is on a trip. In Wuhan Mr Chan toured a car plant.",
     [("Paul Chan", "visited", "Wuhan")], []),
])
def test_a_place_opening_a_sentence_without_a_comma(extractor, text, expected, absent):
    found = facts(extractor, text)
    assert set(expected) <= found and not set(absent) & found, found


# Opening an office: the one who opens it was there, and in the place the office's name gives.
@pytest.mark.parametrize("text, expected", [
    ("Under Secretary Ronald Chan opened the Zhejiang Liaison Unit of the Hong Kong Special Administrative Region "
     "Government in Hangzhou today.", [("Ronald Chan", "visited", "Hangzhou")]),
    ("The Secretary for Commerce, Mr Algernon Yau, opened the Hong Kong Economic and Trade Office in Dubai today.",
     [("Algernon Yau", "visited", "Dubai")]),
    ("Ms Ann Low inaugurated the Riverton Trade Office in Lakeland City yesterday.",
     [("Ann Low", "visited", "Lakeland City")]),
])
def test_opening_an_office_somewhere(extractor, text, expected):
    assert set(expected) <= facts(extractor, text)


# "his" after a person named as an owner ("President Xi's speeches during his visit to X"): that person's visit.
@pytest.mark.parametrize("text, visitor, other", [
    ("Chief Executive Sam Hou Fai led a delegation to Guangzhou today and met Governor Wang Weizhong. Both parties "
     "agreed to implement the spirit of President Xi's speeches during his visit to Macao.", "Xi", "Sam Hou Fai"),
    ("The Chief Executive, Mr John Lee, met Mr Tom Hale in Shenzhen. They praised Mr Sam Ho's remarks during his "
     "visit to Fujian.", "Sam Ho", "John Lee"),
    ("Ms Ann Low arrived in Shanghai today. She recalled Mr Ken Ray's speech during his visit to Chengdu.", "Ken Ray",
     "Ann Low"),
])
def test_his_visit_after_an_owner_named(extractor, text, visitor, other):
    found = facts(extractor, text)
    place = {"Xi": "Macao", "Sam Ho": "Fujian", "Ken Ray": "Chengdu"}[visitor]
    assert (visitor, "visited", place) in found and (other, "visited", place) not in found, found


# A place in the date-line puts the subject there, not a person named after the verb ("Mr A is pictured with Mr B
# at X in Davos today (January 20, Davos time)": B is no traveller the caption reports).
@pytest.mark.parametrize("text, subject, other", [
    ("The Secretary, Mr Gregory So (right), is pictured with the Director General of the World Trade Organization, "
     "Mr Roberto Azevedo at the WTO Gathering in Davos, Switzerland, today (January 20, Davos time).", "Gregory So",
     "Roberto Azevedo"),
    ("The Chief Executive, Mr John Lee, is pictured with the Mayor of Riverton, Mr Tom Hale, at the reception today "
     "(May 3, Osaka time).", "John Lee", "Tom Hale"),
    ("Mrs Ann Low, centre, was photographed with the Governor, Mr Ken Ray, today (May 3, Lima time).", "Ann Low", "Ken Ray"),
])
def test_a_date_line_place_is_the_subject_s(extractor, text, subject, other):
    found = facts(extractor, text)
    place = next(o for s, p, o in found if s == subject and p == "visited")
    assert (other, "visited", place) not in found


@pytest.mark.parametrize("text, expected", [
    ("Secretary Patrick Nip has visited three cities.\n\nIn Zhuhai Mr Nip visited a Hong Kong enterprise making printer "
     "consumables to learn how it has transformed itself.", ("Patrick Nip", "visited", "Zhuhai")),
    ("The Financial Secretary, Mr Paul Chan, is on a trip.\n\nIn Wuhan Mr Chan toured a car plant to see its robots.",
     ("Paul Chan", "visited", "Wuhan")),
    ("Ms Ann Low arrived in Shanghai.\n\nIn Hangzhou Ms Low met business leaders to promote Hong Kong.",
     ("Ann Low", "visited", "Hangzhou")),
])
def test_a_paragraph_opening_with_a_place_and_no_comma(extractor, text, expected):
    assert expected in facts(extractor, text)


# "has been invited to X for the Y": one invited goes there (and to the occasion); not one who invites another
@pytest.mark.parametrize("text, expected", [
    ("The Chief Executive, Mr Lam Kit, has been invited to Hainan Province for the Boao Forum for Asia Annual "
     "Conference 2025.", {("Lam Kit", "visited", "Hainan"),
                          ("Lam Kit", "attended", "Boao Forum for Asia Annual Conference 2025")}),
    ("The Secretary for Commerce, Mr Wong Kin, was invited to Singapore for the Asia Business Summit next week.",
     {("Wong Kin", "visited", "Singapore"), ("Wong Kin", "attended", "Asia Business Summit")}),
    ("The Secretary for Education, Ms Ho Lam, has been invited to Chengdu by the Sichuan Provincial Government.",
     {("Ho Lam", "visited", "Chengdu")}),
])
def test_invited_somewhere(extractor, text, expected):
    check(extractor, text, expected)


def test_inviting_another_is_no_trip(extractor):
    check(extractor, "The Financial Secretary, Mr Tang Wai, invited the Governor of Norland Province, Mr Zhao Wen, to "
                     "Hong Kong.", set(), absent={("Tang Wai", "visited", "Hong Kong")})


# Meetings or talks "at" a body put those meeting there: a visit to the body (not to an event: see the occasions)
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Food and Health, Dr Lee Ming, arrived in Brasilia today. In addition to meetings at the "
     "Brazilian Ministry of Agriculture and the Brazilian Meat Exporters Association, he will also visit cattle farms.",
     {("Lee Ming", "visited", "Brazilian Ministry of Agriculture"),
      ("Lee Ming", "visited", "Brazilian Meat Exporters Association")}),
    ("The Secretary for Commerce, Mr Wong Kin, arrived in Paris today. He held meetings at the French Ministry of "
     "Economy and the Paris Chamber of Commerce.", {("Wong Kin", "visited", "French Ministry of Economy"),
                                                   ("Wong Kin", "visited", "Paris Chamber of Commerce")}),
    ("The Financial Secretary, Mr Tang Wai, was in Berlin today. After a meeting at the Federal Ministry of Finance, "
     "he spoke at a luncheon.", {("Tang Wai", "visited", "Federal Ministry of Finance")}),
    ("The Chief Executive, Mr Lee Tak, will have talks at the European Commission in Brussels tomorrow.",
     {("Lee Tak", "visited", "European Commission")}),
])
def test_meetings_at_a_body(extractor, text, expected):
    check(extractor, text, expected)


# "as he toured the city", "during his visit to the province": with no destination stated before, the place of that
# kind named last in the sentence ("praised Shenzhen's firms as he toured the city"); "the region" may be a province
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Education, Mr Ho Lam, met officials of Sichuan's education department today during his visit "
     "to the province.", {("Ho Lam", "visited", "Sichuan")}),
    ("The Financial Secretary, Mr Paul Chan, praised Shenzhen's technology firms as he toured the city today.",
     {("Paul Chan", "visited", "Shenzhen")}),
    ("The Secretary for Transport and Logistics, Ms Mable Chan, met members of Guangxi's transport trade during her "
     "visit to the region.", {("Mable Chan", "visited", "Guangxi")}),
])
def test_the_kind_of_place_named_last(extractor, text, expected):
    check(extractor, text, expected)


# "extended his welcome (expressed his thanks) to Mr A for his visit to X": A's visit, not the speaker's
@pytest.mark.parametrize("text, visitor, host, place", [
    ("The Chief Executive, Mr John Lee, extended his warmest welcome to Head of the United Front Work Department, Mr "
     "Shi Taifeng, for his visit and inspection of Hong Kong.", "Shi Taifeng", "John Lee", "Hong Kong"),
    ("The Secretary for Justice, Mr Paul Lam, expressed his thanks to the Minister of Justice of Peru, Mr Luis Ortega, "
     "for his visit to Hong Kong.", "Luis Ortega", "Paul Lam", "Hong Kong"),
    ("The Financial Secretary, Mr Paul Chan, extended a warm welcome to the Governor of Norland, Mr Wei Dong, for his "
     "first visit to Shenzhen.", "Wei Dong", "Paul Chan", "Shenzhen"),
    ("The Chief Executive, Mr John Lee, extended his warmest welcome to Member of the Political Bureau of the CPC Central "
     "Committee, Vice-Chairman of the National Committee of the Chinese People's Political Consultative Conference, and "
     "Head of the United Front Work Department of the CPC Central Committee, Mr Shi Taifeng, for his visit and "
     "inspection of Hong Kong.", "Shi Taifeng", "John Lee", "Hong Kong"),
])
def test_welcomed_for_his_visit(extractor, text, visitor, host, place):
    check(extractor, text, {(visitor, "visited", place)}, absent={(host, "visited", place)})


# "welcomed to X the Governor of Y, Mr A" (the place before those welcomed): they came to X, and met the host
@pytest.mark.parametrize("text, host, guest, place", [
    ("Mr John Lee welcomed to Hong Kong the Governor of Hainan, Mr Feng Fei, and his delegation.", "John Lee",
     "Feng Fei", "Hong Kong"),
    ("The Chief Executive, Mr Sam Hou Fai, warmly welcomed to Macao Secretary Xu Qin and his delegation.",
     "Sam Hou Fai", "Xu Qin", "Macao"),
    ("The Financial Secretary, Mr Paul Chan, welcomed to Hong Kong the Mayor of Riverton, Mr Tom Hale.", "Paul Chan",
     "Tom Hale", "Hong Kong"),
])
def test_welcomed_to_a_place_before_the_guest(extractor, text, host, guest, place):
    check(extractor, text, {(guest, "visited", place), (host, "metWith", guest)})


# "met officials of the X Service in Auckland": those met are where the body they are of is (not at home: a Hong
# Kong official meeting a consulate's officials "in Hong Kong" travels nowhere)
@pytest.mark.parametrize("text, expected", [
    ("Meeting with officials of the New Zealand Customs Service in Auckland and the Australian Customs and Border "
     "Protection Service in Canberra, Mr Cheung reached agreements with the two authorities.",
     {("Cheung", "visited", "Auckland"), ("Cheung", "visited", "Canberra")}),
    ("Mr Cheung met officials of the New Zealand Customs Service in Auckland today.", {("Cheung", "visited", "Auckland")}),
    ("The Secretary, Mr Tang Ho, met representatives of the Ministry of Trade in Hanoi and the Ministry of Finance in "
     "Vientiane.", {("Tang Ho", "visited", "Hanoi"), ("Tang Ho", "visited", "Vientiane")}),
])
def test_people_of_a_body_in_a_place(extractor, text, expected):
    check(extractor, text, expected)


def test_people_of_a_body_at_home(extractor):
    check(extractor, "The Secretary for Security, Mr Tang Ping-keung, met officials of the Consulate General of Japan in "
                     "Hong Kong today.", set(), absent={("Tang Ping-keung", "visited", "Hong Kong")})


# The noun too: "At his meeting with officials in Jakarta", "During his meeting with business leaders in Osaka"
@pytest.mark.parametrize("text, expected", [
    ("At his meeting with officials in Jakarta, Mr Lee Tak said trade was growing.", {("Lee Tak", "visited", "Jakarta")}),
    ("During his meeting with business leaders in Osaka, Mr Lee Tak promoted Hong Kong.",
     {("Lee Tak", "visited", "Osaka")}),
    ("The Commissioner of Customs, Mr Clement Cheung, led a delegation to New Zealand. Meeting with officials of the New "
     "Zealand Customs Service (NZCS) in Auckland, Mr Cheung reached agreements.", {("Clement Cheung", "visited", "Auckland")}),
])
def test_a_meeting_noun_with_people_in_a_place(extractor, text, expected):
    check(extractor, text, expected)


# A delegation "led by" a lower-case title and a name the parser breaks up ("committee vice-chairman A visited X
# city": A read as the subject of "visited"): the first person named after "by" leads it, and meets its hosts
@pytest.mark.parametrize("text, leader, host", [
    ("A delegation of the Riverton People's Consultative Conference National Committee led by committee "
     "vice-chairman Wang Lin-tak visited Sanya city on Nov 29. Chen Bo, governor of Hainan province, met with the "
     "delegation.", "Wang Lin-tak", "Chen Bo"),
    ("A delegation of the Lakeland Chamber of Commerce led by chamber vice-president Tom Reed-Hill visited Shenzhen "
     "city yesterday. Li Wen, mayor of Shenzhen, met with the delegation.", "Tom Reed-Hill", "Li Wen"),
    ("A delegation of the Westland Youth Association led by association vice-chairman Chan Tai-man visited Foshan "
     "city last week. Wang Lin, mayor of Foshan, met with the delegation.", "Chan Tai-man", "Wang Lin"),
])
def test_a_delegation_led_by_a_lower_case_title(found_facts, text, leader, host):
    assert (leader, "metWith", host) in found_facts(text)


@pytest.mark.parametrize("text, place", [
    ("Mr Alan Brook said the plan would make Shenzhen a city of innovation.", "Shenzhen"),
    ("Mr Alan Brook signed the agreement with an Asia Pacific country for the first time.", "Asia Pacific"),
])
def test_a_kind_of_place_not_visited(found_facts, text, place):
    assert not any(p == "visited" and o == place for _, p, o in found_facts(text))


# One name of a list of places neither the lexicon nor the NER knows is a place too, and is visited
@pytest.mark.parametrize("text, place", [
    ("Mr Ho and the delegation will visit four cities in Brazil, namely Sao Paulo, Brasilia, Manaus and Rio de "
     "Janeiro.", "Manaus"),
    ("The Secretary for Commerce, Mr Alan Brook, will visit Berlin, Munich, Kelbrunn and Hamburg next week.", "Kelbrunn"),
    ("The Chief Executive, Mr Alan Brook, will visit Guangzhou, Foshan, Dongmao and Zhaoqing this week.", "Dongmao"),
])
def test_one_unknown_name_of_a_list_of_places(found_facts, mentions, text, place):
    assert ("Place", place) in mentions(text)
    assert any(p == "visited" and o == place for _, p, o in found_facts(text))


@pytest.mark.parametrize("text", [
    "He met Mr Lee, Ms Chan, Mr Wong and Dr Ho in Beijing.",
    "The fair featured Shanghai, Sony, Panasonic and Toshiba products.",
    "Delegates from Guangxi, Hainan, Yunnan and the Hong Kong and Macao SARs attended.",
])
def test_no_place_from_a_list_of_other_names(mentions, text):
    assert not {name for label, name in mentions(text) if label == "Place"} & {"Sony", "Panasonic", "Toshiba", "Macao SARs",
                                                                                "Ho", "Lee", "Chan", "Wong"}


# "X, the (provincial / state) capital of Y": a visit to X reaches Y too
@pytest.mark.parametrize("text, visitor, region", [
    ("The Chief Executive, Mr Edmund Ho, arrived in Harbin, the capital of Heilongjiang, today.", "Edmund Ho", "Heilongjiang"),
    ("The Secretary for Justice, Mr Paul Lam, visited Chengdu, the provincial capital of Sichuan, yesterday.",
     "Paul Lam", "Sichuan"),
    ("The Financial Secretary, Mr Paul Chan, arrived in Perth, the state capital of Western Australia, today.",
     "Paul Chan", "Western Australia"),
])
def test_a_capital_of_a_region(extractor, text, visitor, region):
    assert (visitor, "visited", region) in facts(extractor, text)


# A trip noun with a possessor is the possessor's trip, not the clause subject's ("looked forward to the Governor's
# visit to Macao": not the speaker's; a title's holder is not sure, so no one's)
@pytest.mark.parametrize("text, absent", [
    ("The Chief Executive, Mr Edmund Ho, met the Governor of Heilongjiang, Mr Li Zhanshu, in Harbin. He said he looked "
     "forward to the Governor's scheduled visit to Macao.", ("Edmund Ho", "visited", "Macao")),
    ("The Secretary for Justice, Mr Paul Lam, met the Minister of Law of Lakeland, Ms Ana Cruz, in Riverton. He "
     "welcomed the Minister's planned visit to Hong Kong next year.", ("Paul Lam", "visited", "Hong Kong")),
    ("The Financial Secretary, Mr Paul Chan, met the Mayor of Osaka, Mr Tom Hale, in Osaka. He said he looked forward "
     "to the Mayor's visit to Hong Kong.", ("Paul Chan", "visited", "Hong Kong")),
])
def test_a_trip_of_its_possessor(extractor, text, absent):
    assert absent not in facts(extractor, text)


def test_a_named_possessor_s_trip(extractor):
    assert ("Tom Hale", "visited", "Hong Kong") in facts(extractor, "Mr Paul Chan said Mr Tom Hale's visit to Hong Kong "
                                                                    "was fruitful.")


# "While in X, Mr A ...": the clause's subject was in X (the parser may hang "in" under "While")
@pytest.mark.parametrize("text, person, place", [
    ("While in Chengdu, Mr Ho Kin also met local lawyers.", "Ho Kin", "Chengdu"),
    ("While in Osaka, the Secretary for Commerce, Ms Chu Mei, toured a robotics company.", "Chu Mei", "Osaka"),
    ("Whilst in Hanoi, Mr Lau Wing also called on the Vietnam Chamber of Commerce.", "Lau Wing", "Hanoi"),
])
def test_while_in_a_place(found_facts, text, person, place):
    assert (person, "visited", place) in found_facts(text, title="Secretary continues visit")
