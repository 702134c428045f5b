"""Participation frames with the real model: three or more made-up paraphrases per rule, and what must not follow."""

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


# a place printed with the place it lies in: both visited
@pytest.mark.parametrize("text, expected", [
    ("Mr Wong Kam-fai arrived in Kuala Lumpur, Malaysia, this afternoon.",
     {("Wong Kam-fai", "visited", "Kuala Lumpur"), ("Wong Kam-fai", "visited", "Malaysia")}),
    ("Ms Lee Mei-ling arrived in Hefei in Anhui Province this morning for a two-day visit.",
     {("Lee Mei-ling", "visited", "Hefei"), ("Lee Mei-ling", "visited", "Anhui")}),
    ("During the trip Mr Ho Siu-ming toured the Harbour Primary School in Qingyuan.",
     {("Ho Siu-ming", "visited", "Harbour Primary School"), ("Ho Siu-ming", "visited", "Qingyuan")}),
])
def test_a_place_and_the_place_it_lies_in(extractor, text, expected):
    check(extractor, text, expected)


def test_a_list_of_places_is_not_a_place_and_its_region(extractor):
    check(extractor, "The forum was held in Xiamen. Mr Ho Siu-ming will visit Chengdu, Wuhan and Nanning.",
          {("Ho Siu-ming", "visited", "Chengdu")}, absent={("Ho Siu-ming", "visited", "Xiamen")})


# taking part in a session held somewhere puts the participant there
@pytest.mark.parametrize("text, expected", [
    ("Mr Chan Wing-kei attended the Asia Logistics Forum in Kuala Lumpur today.",
     {("Chan Wing-kei", "visited", "Kuala Lumpur")}),
    ("Mr Chan Wing-kei and Mr Zhao Lin co-chaired the working meeting in Xiamen yesterday.",
     {("Chan Wing-kei", "visited", "Xiamen"), ("Zhao Lin", "visited", "Xiamen")}),
    ("Ms Ho Lai-ching signed the agreement on the margins of the Global Trade Summit in Geneva.",
     {("Ho Lai-ching", "visited", "Geneva")}),
])
def test_a_session_held_somewhere(extractor, text, expected):
    check(extractor, text, expected)


# a place in the date-line
@pytest.mark.parametrize("text, expected", [
    ("Mr Lau Chi-wing met today (May 3, Paris time) with the Mayor of Paris, Ms Anne Durand.",
     {("Lau Chi-wing", "visited", "Paris"), ("Lau Chi-wing", "metWith", "Anne Durand")}),
    ("Ms Yip Ka-yan yesterday (May 2, Berlin time) toured a solar panel factory.",
     {("Yip Ka-yan", "visited", "Berlin")}),
    ("Mr Fung Tsz-on today (May 3, Sydney time) addressed a business luncheon.",
     {("Fung Tsz-on", "visited", "Sydney")}),
])
def test_a_place_in_the_date_line(extractor, text, expected):
    check(extractor, text, expected)


# a trip named by its destination, a motion verb with its destination
@pytest.mark.parametrize("text, expected, absent", [
    ("Mrs Ip Wai-man will begin her Osaka visit tomorrow.", {("Ip Wai-man", "visited", "Osaka")}, set()),
    ("Mr Tam Chi-keung will leave Berlin for Vienna on Friday.",
     {("Tam Chi-keung", "visited", "Vienna")}, {("Tam Chi-keung", "visited", "Berlin")}),
    ("On his arrival in Madrid on May 4, Mr Tam Chi-keung will meet bankers.",
     {("Tam Chi-keung", "visited", "Madrid")}, set()),
    ("Mr Tam Chi-keung will return to Hong Kong on Friday.", set(), {("Tam Chi-keung", "visited", "Hong Kong")}),
])
def test_how_a_visit_is_worded(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# companions go where their principal goes
@pytest.mark.parametrize("text, companion", [
    ("The Chief Executive, Mr Ho Kin, visited Chengdu today. The Secretary for Commerce and Economic Development, "
     "Mr Yuen Tak, will accompany the Chief Executive.", "Yuen Tak"),
    ("Accompanied by the Director of Administration, Ms Kwan Yee, the Chief Executive, Mr Ho Kin, visited "
     "Chengdu today.", "Kwan Yee"),
    ("The Chief Executive, Mr Ho Kin, will visit Chengdu on May 4. Accompanying Mr Ho on the visit will be the "
     "Director of Administration, Ms Kwan Yee.", "Kwan Yee"),
])
def test_companions_visit_where_their_principal_goes(extractor, text, companion):
    check(extractor, text, {("Ho Kin", "visited", "Chengdu"), (companion, "visited", "Chengdu")})


# no meeting between two officials of one side
@pytest.mark.parametrize("text, colleagues, counterpart", [
    ("The Chief Executive, Mr Ho Kin, and the Secretary for Justice, Mr Lam Po, met the Mayor of Wuhan, "
     "Mr Zhou Ping, today.", ("Ho Kin", "Lam Po"), "Zhou Ping"),
    ("Accompanied by the Secretary for Justice, Mr Lam Po, the Chief Executive, Mr Ho Kin, called on the "
     "Governor of Hubei Province, Mr Zhou Ping.", ("Ho Kin", "Lam Po"), "Zhou Ping"),
    ("The Financial Secretary, Mr Ho Kin, and the Secretary for Financial Services and the Treasury, Mr Lam Po, "
     "held talks with the Mayor of Wuhan, Mr Zhou Ping.", ("Ho Kin", "Lam Po"), "Zhou Ping"),
])
def test_no_meeting_between_colleagues(extractor, text, colleagues, counterpart):
    a, b = colleagues
    check(extractor, text, {(a, "metWith", counterpart)}, absent={(a, "metWith", b)})


# signing with a counterpart: both sign, and they meet
@pytest.mark.parametrize("text, first, second", [
    ("Mr Yuen Tak signed the Double Taxation Agreement with the Minister of Finance of Chile, Mr Pablo Soto.",
     "Yuen Tak", "Pablo Soto"),
    ("The Secretary for Commerce and Economic Development, Mr Yuen Tak, on his visit to Santiago signed the "
     "Double Taxation Agreement with Chile's Minister of Finance, Mr Pablo Soto.", "Yuen Tak", "Pablo Soto"),
    ("The Chief Executive witnessed the signing of the Double Taxation Agreement by Mr Yuen Tak and the Minister "
     "of Finance of Chile, Mr Pablo Soto.", "Yuen Tak", "Pablo Soto"),
])
def test_signing_with_a_counterpart(extractor, text, first, second):
    check(extractor, text, {(first, "signed", "Double Taxation Agreement"),
                            (second, "signed", "Double Taxation Agreement"), (first, "metWith", second)})


# a participle with "by" names the people who chaired or attended the session it describes
@pytest.mark.parametrize("text, session", [
    ("Co-chaired by the Financial Secretary, Mr Ho Kin, and the Vice Minister of Commerce, Mr Zhou Ping, the "
     "Mainland and Hong Kong Trade Co-operation Committee met in Hong Kong today.",
     "Mainland and Hong Kong Trade Co-operation Committee"),
    ("The Hong Kong/Hubei Logistics Task Force, co-chaired by Mr Ho Kin and Mr Zhou Ping, held its meeting today.",
     "Hong Kong/Hubei Logistics Task Force"),
    ("The Third Plenary of the Hong Kong/Fujian Co-operation Conference was co-chaired by Mr Ho Kin and "
     "Mr Zhou Ping.", "Third Plenary of the Hong Kong/Fujian Co-operation Conference"),
])
def test_chaired_by(extractor, text, session):
    check(extractor, text, {("Ho Kin", "chaired", session), ("Zhou Ping", "chaired", session),
                            ("Ho Kin", "metWith", "Zhou Ping")})


# the heads of the delegations of a session take part in it and meet each other
@pytest.mark.parametrize("text", [
    "The Fourth Plenary of the Hong Kong/Fujian Co-operation Conference was held in Fuzhou today. The Hong Kong "
    "delegation was led by the Chief Executive, Mr Ho Kin, and the Fujian delegation was led by the Governor of "
    "Fujian Province, Mr Zhou Ping.",
    "The Fourth Plenary of the Hong Kong/Fujian Co-operation Conference was held in Fuzhou today. The Fujian "
    "delegation was led by the Governor of Fujian Province, Mr Zhou Ping. The HKSAR delegation was led by the "
    "Chief Executive, Mr Ho Kin.",
    "The Fourth Plenary of the Hong Kong/Fujian Co-operation Conference was held in Fuzhou this morning. The "
    "delegation of Fujian was led by the Governor of Fujian Province, Mr Zhou Ping, and the delegation of the "
    "HKSAR was led by the Chief Executive, Mr Ho Kin.",
])
def test_heads_of_delegations(extractor, text):
    plenary = "Fourth Plenary of the Hong Kong/Fujian Co-operation Conference"
    check(extractor, text, {("Ho Kin", "attended", plenary), ("Zhou Ping", "attended", plenary),
                            ("Ho Kin", "metWith", "Zhou Ping"), ("Ho Kin", "visited", "Fuzhou")},
          absent={("Zhou Ping", "visited", "Fuzhou")})


# two people of different sides doing one thing together met; guests at one ceremony did not
@pytest.mark.parametrize("text, met", [
    ("The Chief Executive, Mr Ho Kin, and the Governor of Fujian Province, Mr Zhou Ping, reviewed the progress "
     "of co-operation today.", True),
    ("The Chief Secretary for Administration, Mr Ho Kin, and the Mayor of Xiamen, Mr Zhou Ping, together with "
     "officials of both sides, discussed closer co-operation in trade.", True),
    ("The Chief Executive, Mr Ho Kin, and the Governor of Fujian Province, Mr Zhou Ping, agreed to set up a task "
     "force.", True),
    ("The Chief Executive, Mr Ho Kin, and the Governor of Fujian Province, Mr Zhou Ping, will officiate at the "
     "opening ceremony of the Fujian Week.", False),
])
def test_doing_one_thing_together(extractor, text, met):
    found = facts(extractor, text)
    assert (("Ho Kin", "metWith", "Zhou Ping") in found) is met


# a description with "the" stands for the official named last
@pytest.mark.parametrize("text", [
    "The Secretary for Security, Mr Ho Kin, spoke at a seminar this morning. The security chief then travelled "
    "to Quanzhou.",
    "Mr Ho Kin met the Mayor of Xiamen this morning. In the afternoon, the secretary visited Quanzhou.",
    "The Secretary for Security, Mr Ho Kin, spoke at a seminar. Afterwards the security chief toured Quanzhou.",
])
def test_a_description_for_the_official_named_last(extractor, text):
    assert ("Ho Kin", "visited", "Quanzhou") in facts(extractor, text)


# plural "the meetings" is no single event
@pytest.mark.parametrize("text", [
    "The Chief Executive, Mr Ho Kin, attended the Fifth Hong Kong-Fujian Trade Forum. The Secretary for Justice, "
    "Mr Lam Po, also attended the meetings.",
    "Mr Ho Kin opened the Fifth Hong Kong-Fujian Trade Forum. Mr Lam Po joined the meetings in the afternoon.",
    "Mr Ho Kin spoke at the Fifth Hong Kong-Fujian Trade Forum. Mr Lam Po will attend the meetings tomorrow.",
])
def test_plural_meetings_are_not_the_event_named_last(extractor, text):
    found = facts(extractor, text)
    assert not any(s == "Lam Po" and p == "attended" for s, p, o in found)


# joining part of a visit goes where the visit goes
@pytest.mark.parametrize("text", [
    "The Chief Executive, Mr Ho Kin, will visit Chengdu on May 4. The Secretary for Justice, Mr Lam Po, will join "
    "part of the visit.",
    "The Chief Executive, Mr Ho Kin, will visit Chengdu on May 4. The Secretary for Justice, Mr Lam Po, will "
    "also join the visit.",
    "The Chief Executive, Mr Ho Kin, visited Chengdu today. The Secretary for Justice, Mr Lam Po, joined the trip "
    "in the afternoon.",
])
def test_joining_part_of_a_visit(extractor, text):
    assert ("Lam Po", "visited", "Chengdu") in facts(extractor, text)


# "a reception in X" named earlier: speaking at "the reception" puts the speaker in X
@pytest.mark.parametrize("text", [
    "About 200 guests attended a reception in Chicago today. Also speaking at the reception, Mr Ho Kin said trade "
    "was growing.",
    "A dinner in Chicago marked the anniversary. Mr Ho Kin spoke at the dinner.",
    "The office held a seminar in Chicago on May 2. Mr Ho Kin addressed the seminar.",
])
def test_the_event_named_earlier_with_its_place(extractor, text):
    assert ("Ho Kin", "visited", "Chicago") in facts(extractor, text)


# the one met is the noun a relative clause describes
@pytest.mark.parametrize("text", [
    "Another senior official Mr Ho Kin met yesterday was the Minister of Finance of Chile, Mr Pablo Soto.",
    "The last official Mr Ho Kin met in Santiago was the Minister of Finance of Chile, Mr Pablo Soto.",
    "Among the ministers Mr Ho Kin met today was the Minister of Finance of Chile, Mr Pablo Soto.",
])
def test_the_one_met_in_a_relative_clause(extractor, text):
    assert ("Ho Kin", "metWith", "Pablo Soto") in facts(extractor, text)


# "co-chaired" is one token with the lemma "co-chair": the parser reads it as the verb of its subjects
@pytest.mark.parametrize("text, expected", [
    ("Mr Wong Kam-fai and Ms Zhou Lan co-chaired the Riverside Co-operation Forum in Nanning today.",
     {("Wong Kam-fai", "chaired", "Riverside Co-operation Forum"), ("Zhou Lan", "chaired", "Riverside Co-operation Forum")}),
    ("The Harbour Logistics Summit, co-chaired by Mr Lam Tsz-hin and Mr Gao Feng, closed yesterday.",
     {("Lam Tsz-hin", "chaired", "Harbour Logistics Summit"), ("Gao Feng", "chaired", "Harbour Logistics Summit")}),
    ("Ms Ip Wing-sze will co-chair the Delta Water Forum with Mr Sun Hao next week.",
     {("Ip Wing-sze", "chaired", "Delta Water Forum"), ("Sun Hao", "chaired", "Delta Water Forum")}),
])
def test_co_chaired_is_one_verb(extractor, text, expected):
    check(extractor, text, expected)


def test_hyphenated_triggers_are_one_token_with_their_lemma(extractor):
    doc = extractor.nlp("The expo was co-organised by two councils, which co-hosted a dinner. Co-chairing it was Mr Ho.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["co-organised"] == "co-organise" and lemmas["co-hosted"] == "co-host"
    assert lemmas["Co-chairing"] == "co-chair"


# co-chairs of a session meet, whether or not the session is named, however the parser nests their titles
@pytest.mark.parametrize("text, pair", [
    ("Secretary for Transport Lau Ka-ming and Zhuhai Vice Mayor Chen Bo co-chaired a task force meeting in Zhuhai today.",
     ("Lau Ka-ming", "Chen Bo")),
    ("Mr Cheung Siu-fung and Mr Xu Wen co-chaired a working meeting on port logistics yesterday.",
     ("Cheung Siu-fung", "Xu Wen")),
    ("The Director of Housing, Ms Yau Mei-ling, and the Vice Governor, Mr Guo Ping, co-chaired the session this morning.",
     ("Yau Mei-ling", "Guo Ping")),
    ("The second meeting of the joint working group took place in Macao today. The meeting was co-chaired by the Deputy "
     "Director of Marine, Mr Lo Chi-keung, and the Deputy Director of the Macao Maritime Bureau, Ms Sou Wai-man.",
     ("Lo Chi-keung", "Sou Wai-man")),
    ("The session was co-chaired by Dr Ada Fung, Director of Health, and Dr Ivo Marek, Minister of Health of Ruritania.",
     ("Ada Fung", "Ivo Marek")),
    ("Officials of the two cities gathered in Shenzhen for the annual review. The meeting was co-chaired by "
     "Mr Edward Tam and Mr Rufus Kalt.", ("Edward Tam", "Rufus Kalt")),
])
def test_co_chairs_of_a_session_meet(extractor, text, pair):
    check(extractor, text, {(pair[0], "metWith", pair[1])})


def test_co_chairs_of_something_else_do_not_meet(extractor):
    check(extractor, "Mr Cheung Siu-fung and Mr Xu Wen co-chaired an internal study on port fees last year.",
          set(), absent={("Cheung Siu-fung", "metWith", "Xu Wen")})


# taking part in a part of an event (its opening, a session, the reception) is attending the event
@pytest.mark.parametrize("text, expected", [
    ("Mr Tam Ka-wai will address the opening of the Pacific Ports Symposium tomorrow.",
     {("Tam Ka-wai", "attended", "Pacific Ports Symposium")}),
    ("Ms Choi Mei-kuen took part in a panel session of the Asia Water Summit this morning.",
     {("Choi Mei-kuen", "attended", "Asia Water Summit")}),
    ("Mr Kwok Chun-yin officiated at the reception and premiere of the Harbour Film Festival.",
     {("Kwok Chun-yin", "attended", "Harbour Film Festival")}),
])
def test_a_part_of_an_event(extractor, text, expected):
    check(extractor, text, expected)


def test_a_part_of_something_that_is_not_an_event(extractor):
    check(extractor, "Mr Tam Ka-wai will address the opening of the Pacific Ports Symposium. He will attend "
                     "the launch of the Harbour Smart Initiative.", {("Tam Ka-wai", "attended", "Pacific Ports Symposium")},
          absent={("Tam Ka-wai", "attended", "Harbour Smart Initiative")})


# one met in a place: a guest when the host is at home there, the host when the subject travelled
@pytest.mark.parametrize("text, guest, place", [
    ("The Secretary for Justice, Mr Lam Ting-kwok, met the Vice Mayor of Chengdu, Mr Zhang Wei, in Hong Kong today.",
     "Zhang Wei", "Hong Kong"),
    ("The Chief Secretary for Administration, Mr Lau Tak-sing, met with the Governor of Hunan Province, Mr Liu Bo, "
     "in Hong Kong this afternoon.", "Liu Bo", "Hong Kong"),
    ("The Secretary for Security, Mr Wong Chi-fai, met the Mayor of Zhuhai, Mr Sun Yi, in Hong Kong yesterday.",
     "Sun Yi", "Hong Kong"),
])
def test_a_guest_met_at_home_came_there(extractor, text, guest, place):
    check(extractor, text, {(guest, "visited", place)})


@pytest.mark.parametrize("text, host, place", [
    ("The Chief Executive, Mr Lau Tak-sing, met Senior Minister Tan Boon Huat in Singapore today.",
     "Tan Boon Huat", "Singapore"),
    ("The Secretary for Justice, Mr Lam Ting-kwok, met with the Minister of Trade of Peru, Mr Juan Rojas, in Lima, Peru.",
     "Juan Rojas", "Lima"),
    ("The Financial Secretary, Mr Ho Wing-on, yesterday (May 2, Cairo time) met with the Minister of Finance of Egypt, "
     "Mr Omar Adel, in Cairo, Egypt.", "Omar Adel", "Cairo"),
])
def test_a_host_met_abroad_did_not_visit(extractor, text, host, place):
    found = facts(extractor, text)
    assert (host, "visited", place) not in found
    assert any(p == "visited" and o == place for _, p, o in found)  # the visitor did


# an official acting in a place the release puts inside their own jurisdiction did not visit it
@pytest.mark.parametrize("text, person, place", [
    ("The Minister of Finance of Egypt, Mr Omar Adel, spoke at the Nile Investment Forum in Cairo, Egypt.",
     "Omar Adel", "Cairo"),
    ("The Governor of Java Province, Mr Budi Santoso, hosted a banquet in Bandung, Java Province, tonight.",
     "Budi Santoso", "Bandung"),
    ("The Mayor of Quebec, Mr Luc Tremblay, addressed the Maple Trade Summit in Levis, Quebec, yesterday.",
     "Luc Tremblay", "Levis"),
])
def test_acting_inside_ones_own_jurisdiction(extractor, text, person, place):
    check(extractor, text, set(), absent={(person, "visited", place)})


# an infinitive has no subject of its own: "arrived in X, Y to attend Z" (the parser takes Y for one)
@pytest.mark.parametrize("text, person, event", [
    ("The Chief Executive, Mr Lo Ka-wing, yesterday arrived in Haikou, Hainan to attend the Southern Ports Forum.",
     "Lo Ka-wing", "Southern Ports Forum"),
    ("Ms Sze Wai-lan flew to Kunming, Yunnan to attend the Mekong Trade Fair.", "Sze Wai-lan", "Mekong Trade Fair"),
    ("Mr Au Chi-keung travelled to Guilin, Guangxi to attend the Lijiang Tourism Summit today.",
     "Au Chi-keung", "Lijiang Tourism Summit"),
])
def test_travelling_to_attend(extractor, text, person, event):
    check(extractor, text, {(person, "attended", event)})


# "a framework agreement" in lower case is a new agreement, not the one named before
@pytest.mark.parametrize("text, absent", [
    ("The Harbour Trade Agreement took effect last year. The Port Authority and the Ferry Board will sign a "
     "framework agreement tomorrow.", ("Port Authority", "signed", "Harbour Trade Agreement")),
    ("Mr Ma Chi-wai recalled the Closer Logistics Arrangement. Ms Ko Wing-yan will sign an agreement on "
     "customs data next week.", ("Ko Wing-yan", "signed", "Closer Logistics Arrangement")),
    ("The Delta Water Agreement was welcomed. Mr Ma Chi-wai signed a memorandum with the Water Board.",
     ("Ma Chi-wai", "signed", "Delta Water Agreement")),
])
def test_an_unnamed_new_agreement(extractor, text, absent):
    check(extractor, text, set(), absent={absent})


def test_the_agreement_named_before(extractor):
    check(extractor, "The Delta Water Agreement was drafted in May. Mr Ma Chi-wai signed the Agreement today.",
          {("Ma Chi-wai", "signed", "Delta Water Agreement")})


# a description of the official named last stands for them where the parser left the verb without subject
@pytest.mark.parametrize("text, pair", [
    ("The Secretary for Justice, Ms Lui Ka-yan, arrived in Beijing today. At the meeting with Vice Minister Wang Hua, "
     "the justice secretary introduced the work of her department.", ("Lui Ka-yan", "Wang Hua")),
    ("The Secretary for Security, Mr Tse Chun-hei, visited Shenzhen today. During the talks with Vice Mayor Li Gang, "
     "the security chief outlined border measures.", ("Tse Chun-hei", "Li Gang")),
    ("The Secretary for Transport, Mr Fok Man-lok, toured Zhuhai. At the meeting with Vice Mayor Hu Jun, "
     "the transport secretary discussed ferry links.", ("Fok Man-lok", "Hu Jun")),
])
def test_a_description_as_subject(extractor, text, pair):
    check(extractor, text, {(pair[0], "metWith", pair[1])})


# a guest at a meal or reception meets its host
@pytest.mark.parametrize("text, pair", [
    ("Mr Yeung Chi-kin later attended a lunch hosted by the Minister of Trade, Mr Arjun Mehta.", ("Yeung Chi-kin", "Arjun Mehta")),
    ("Ms Leung Pui-shan attended a banquet held by Deputy Governor Park Min-jun in her honour.",
     ("Leung Pui-shan", "Park Min-jun")),
    ("In the evening, Mr Kan Wai-man joined a reception hosted by the Mayor of Lyon, Mr Paul Girard.",
     ("Kan Wai-man", "Paul Girard")),
])
def test_a_guest_meets_the_host(extractor, text, pair):
    check(extractor, text, {(pair[0], "metWith", pair[1])})


def test_a_guest_at_a_body_s_dinner_meets_no_one_named(extractor):
    found = facts(extractor, "Mr Kan Wai-man attended a dinner hosted by the Lyon Chamber of Commerce. "
                             "Mr Paul Girard spoke about trade.")
    assert ("Kan Wai-man", "metWith", "Paul Girard") not in found


# those who perform the event a clause reports (the signing of X by A and B) were there, and its witnesses met them
@pytest.mark.parametrize("text, witness, signer, place", [
    ("The Chief Secretary, Mr Wan Lok-yin, witnessed the signing of the Port Agreement by the Secretary for Transport, "
     "Mr Fu Kin-man, and the Minister of Transport of Chile, Mr Pablo Reyes, at a ceremony held in Hong Kong today.",
     "Wan Lok-yin", "Pablo Reyes", "Hong Kong"),
    ("Mr Wan Lok-yin witnessed the signing of the Film Co-production Agreement by Mr Fu Kin-man and the Minister of "
     "Culture of Sweden, Ms Anna Berg, at a ceremony held in Hong Kong.", "Wan Lok-yin", "Anna Berg", "Hong Kong"),
    ("The Chief Executive, Ms Ng Hoi-ying, witnessed the signing of the Aviation Arrangement by Mr Tam Yiu and the "
     "Minister of Civil Aviation of India, Mr Raj Kumar, at a ceremony held in Hong Kong yesterday.",
     "Ng Hoi-ying", "Raj Kumar", "Hong Kong"),
])
def test_the_signers_of_a_witnessed_signing(extractor, text, witness, signer, place):
    check(extractor, text, {(witness, "metWith", signer), (signer, "visited", place)})


# what someone said at an event puts them there
@pytest.mark.parametrize("text, person, event", [
    ('"We will keep working together," the Chief Executive, Mr Kwan Tak-ming, said at the Delta River Forum today.',
     "Kwan Tak-ming", "Delta River Forum"),
    ("Ms Yu Sin-yee said at the Asia Fintech Summit that data rules must align.", "Yu Sin-yee", "Asia Fintech Summit"),
    ('"Trade is recovering," Mr Lui Kai-lok said at the opening of the Pacific Ports Symposium.',
     "Lui Kai-lok", "Pacific Ports Symposium"),
])
def test_saying_at_an_event(extractor, text, person, event):
    check(extractor, text, {(person, "attended", event)})


# calling on a body is visiting it; calling on someone to act is not
@pytest.mark.parametrize("text, body", [
    ("Ms Tong Ka-yee then called on the National Energy Administration.", "National Energy Administration"),
    ("During the trip the delegation led by Mr Pang Wai-ho will make calls on the Ministry of Commerce.",
     "Ministry of Commerce"),
    ("In the afternoon, Mr Pang Wai-ho called on the Shenzhen Municipal People's Government.",
     "Shenzhen Municipal Government"),  # (the standard form)
])
def test_calling_on_a_body(extractor, text, body):
    found = facts(extractor, text)
    assert any(p == "visited" and o == body for _, p, o in found), found


def test_calling_on_a_body_to_act(extractor):
    found = facts(extractor, "Mr Pang Wai-ho called on the Ministry of Commerce to ease the rules.")
    assert not any(p == "visited" for _, p, _ in found), found


# unnamed events held in a list of places: whoever officiates at "the receptions" was in each
@pytest.mark.parametrize("text, person, places", [
    ("Receptions have been held in four cities, namely Oslo (May 1, Oslo time), Bergen (May 2, Bergen time) and "
     "Turku (May 4, Turku time). Officiating at the receptions, the Director, Mr Siu Chi-hang, thanked the guests.",
     "Siu Chi-hang", {"Oslo", "Bergen", "Turku"}),
    ("Seminars were held in Lyon, Lille and Nantes this month. Speaking at the seminars, Ms Ip Ka-lai said trade "
     "was growing.", "Ip Ka-lai", {"Lyon", "Lille", "Nantes"}),
    ("A reception was held in Perth on Monday. Also speaking at the reception, Mr Law Yat-fung thanked the hosts.",
     "Law Yat-fung", {"Perth"}),
])
def test_unnamed_events_held_in_places(extractor, text, person, places):
    check(extractor, text, {(person, "visited", p) for p in places})


# a pronoun in a subordinate clause refers to the subject of the clause above it
@pytest.mark.parametrize("text, person, place", [
    ("Mr Tam Ka-wai met the Mayor. Vice-President Li Wen also spoke at the forum when he visited Peru in 2012.",
     "Li Wen", "Peru"),
    ("Ms Chow Yee-man met Mr Ko. Mr Fan Chun-hei said he would visit Chengdu next month.", "Fan Chun-hei", "Chengdu"),
    ("Mr Tam Ka-wai spoke first. Minister Ana Silva recalled that she toured Macao last year.", "Ana Silva", "Macao"),
])
def test_a_pronoun_bound_in_its_sentence(extractor, text, person, place):
    check(extractor, text, {(person, "visited", place)})


# speaking at a body puts the speaker there
@pytest.mark.parametrize("text, person, body", [
    ("Mr Kwok Chun-yin gave a speech at the Economic Commission for Africa today.", "Kwok Chun-yin",
     "Economic Commission for Africa"),
    ("Ms Lo Wing-sze spoke at the London School of Economics on Tuesday.", "Lo Wing-sze", "London School of Economics"),
    ("Mr Tse Ho-yin delivered a keynote speech at the Asian Development Bank.", "Tse Ho-yin", "Asian Development Bank"),
])
def test_speaking_at_a_body(extractor, text, person, body):
    check(extractor, text, {(person, "visited", body)})


# acting "on the margins / sidelines of" an event is attending it; a counterpart "with" hung on that phrase signs too
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Commerce, Mr Yip Siu-fai, signed the Port Agreement on the margins of the Global Shipping "
     "Summit in Oslo with the Minister of Trade of Norway, Ms Ingrid Dahl.",
     {("Yip Siu-fai", "attended", "Global Shipping Summit"), ("Ingrid Dahl", "attended", "Global Shipping Summit"),
      ("Ingrid Dahl", "signed", "Port Agreement"), ("Yip Siu-fai", "metWith", "Ingrid Dahl")}),
    ("Mr Yip Siu-fai met the Minister of Energy of Chile, Mr Diego Soto, on the sidelines of the Pacific Energy Forum.",
     {("Yip Siu-fai", "attended", "Pacific Energy Forum"), ("Diego Soto", "attended", "Pacific Energy Forum")}),
    ("On the fringe of the Asia Finance Week, Ms Chan Mei-wah signed the Fintech Co-operation Agreement with Mr Arif Khan.",
     {("Chan Mei-wah", "attended", "Asia Finance Week"), ("Arif Khan", "signed", "Fintech Co-operation Agreement")}),
])
def test_on_the_margins_of_an_event(extractor, text, expected):
    check(extractor, text, expected)


# "At the meeting with A and B, C said": C met A and B (the parser runs the three into one subject list);
# A and B, on one side, did not meet each other
@pytest.mark.parametrize("text, speaker, hosts", [
    ("At the meeting with the Mayor of Wuhan, Mr Sheng Yuechun, and the Vice Mayor, Mr Li Jun, Mr Erick Tsang "
     "introduced the latest developments in Hong Kong.", "Erick Tsang", ("Sheng Yuechun", "Li Jun")),
    ("During the meeting with the Minister of Trade of Peru, Mr Pablo Soto, and the Vice Minister of Trade of Peru, "
     "Mr Juan Ruiz, the Secretary for Commerce, Mr Ho Kin, said Hong Kong welcomed more trade.",
     "Ho Kin", ("Pablo Soto", "Juan Ruiz")),
    ("In her meeting with the Governor of Hubei Province, Mr Wang Zhonglin, and the Vice Governor, Mr Li Dianxun, "
     "the Secretary for Home Affairs, Miss Alice Mak, said youth exchanges would grow.",
     "Alice Mak", ("Wang Zhonglin", "Li Dianxun")),
])
def test_the_speaker_after_a_meeting_with_a_list_met_them(extractor, text, speaker, hosts):
    check(extractor, text, [(speaker, "metWith", h) for h in hosts], absent=[(hosts[0], "metWith", hosts[1])])


# "the first city to host X": the city hosts, not the one who praises it; a person so described still acts
@pytest.mark.parametrize("text, absent", [
    ("The Chief Executive, Mr John Lee, congratulated Kunming on becoming the first city to host the Asian Flower "
     "Expo.", [("John Lee", "chaired", "Asian Flower Expo"), ("John Lee", "attended", "Asian Flower Expo")]),
    ("The Chief Executive, Mr John Lee, praised Chengdu, the first city to host the Asian Flower Expo.",
     [("John Lee", "chaired", "Asian Flower Expo"), ("John Lee", "attended", "Asian Flower Expo")]),
    ("The Secretary for Justice, Mr Ho Kin, applauded Lima for being the first city to host the Pacific Legal Summit.",
     [("Ho Kin", "chaired", "Pacific Legal Summit"), ("Ho Kin", "attended", "Pacific Legal Summit")]),
])
def test_the_first_city_to_host(extractor, text, absent):
    check(extractor, text, [], absent)


@pytest.mark.parametrize("text", [
    "The Secretary for Justice, Mr Ho Kin, became the first minister to visit Lima this year.",
    "The Secretary for Justice, Mr Ho Kin, has a plan to visit Lima this year.",
    "The Secretary for Justice, Mr Ho Kin, was the only official to visit Lima this year.",
])
def test_a_person_described_by_an_infinitive_still_acts(extractor, text):
    check(extractor, text, [("Ho Kin", "visited", "Lima")])


# acting at an event is attending it: "At the meeting, A and B signed X", "remarks at the keynote luncheon"
@pytest.mark.parametrize("text, expected", [
    ("The Second High-Level Meeting of the Hong Kong/Hunan Co-operation Conference was held in Changsha today. At the "
     "meeting, the Chief Secretary, Mr Ho Kin, and the Vice Governor of Hunan Province, Mr Li Ming, signed the "
     "Agreement on Youth Exchanges.",
     [("Ho Kin", "attended", "Second High-Level Meeting of the Hong Kong/Hunan Co-operation Conference"),
      ("Li Ming", "attended", "Second High-Level Meeting of the Hong Kong/Hunan Co-operation Conference")]),
    ("The Asian Logistics Summit opened in Hong Kong today. The Financial Secretary, Mr Ho Kin, gave remarks at the "
     "keynote luncheon.", [("Ho Kin", "attended", "Asian Logistics Summit")]),
    ("The Secretary for Commerce, Mr Ho Kin, signed the Agreement on Trade at the Pacific Trade Forum in Lima.",
     [("Ho Kin", "attended", "Pacific Trade Forum")]),
])
def test_acting_at_an_event(extractor, text, expected):
    check(extractor, text, expected)


# not at it: a meeting with someone after a forum was named, or a consensus reached at an earlier plenary
@pytest.mark.parametrize("text, absent", [
    ("The Secretary for Justice, Ms Wong Mei, said Hong Kong will host the Pacific Legal Forum next year. At the "
     "meeting with Mr Zhao Ke, Ms Wong outlined the Legal Hub.", [("Wong Mei", "attended", "Pacific Legal Forum")]),
    ('The Chief Secretary, Mr Ho Kin, said at the meeting, "The consensus reached at the Fifth Plenary of the '
     'Hong Kong/Hunan Co-operation Conference guides us."',
     [("Ho Kin", "attended", "Fifth Plenary of the Hong Kong/Hunan Co-operation Conference")]),
    ("The Secretary for Justice, Ms Wong Mei, said the Pacific Legal Forum would open in December. At the meeting, "
     "Ms Wong also outlined the Legal Hub.", [("Wong Mei", "attended", "Pacific Legal Forum")]),
])
def test_not_at_an_event(extractor, text, absent):
    check(extractor, text, [], absent)


# a name printed again with its first words in lower case is that name, and what is said of it holds
@pytest.mark.parametrize("title, text, person, event", [
    ("High-Level Meeting cum Second Plenary of the Hong Kong-Hunan Co-operation Conference held",
     "The two governments held the high-level meeting cum Second Plenary of the Hong Kong-Hunan Co-operation "
     "Conference today in Changsha. The Deputy Director of the Hong Kong and Macao Affairs Office of the State Council, "
     "Mr Zhou Bin, also attended the meeting cum plenary as a special guest.",
     "Zhou Bin", "High-Level Meeting cum Second Plenary of the Hong Kong-Hunan Co-operation Conference"),
    ("Joint Forum cum Third Plenary of the Hong Kong/Fujian Co-operation Conference opens",
     "Officials opened the joint forum cum Third Plenary of the Hong Kong/Fujian Co-operation Conference in Fuzhou "
     "today. The Secretary for Justice, Mr Ho Kin, attended the plenary.",
     "Ho Kin", "Joint Forum cum Third Plenary of the Hong Kong/Fujian Co-operation Conference"),
    ("Working Meeting and Fourth Plenary of the Hong Kong/Hubei Co-operation Conference held",
     "The working meeting and Fourth Plenary of the Hong Kong/Hubei Co-operation Conference was held in Wuhan "
     "today. The Secretary for Justice, Mr Ho Kin, spoke at the meeting.",
     "Ho Kin", "Working Meeting and Fourth Plenary of the Hong Kong/Hubei Co-operation Conference"),
])
def test_a_name_printed_again_in_lower_case(extractor, title, text, person, event):
    found = facts(extractor, text, title=title)
    assert (person, "attended", event) in found
    assert not any(o != event and o.startswith(("Second Plenary", "Third Plenary", "Fourth Plenary"))
                   for _, _, o in found)


# "..., with Mr A as special guest": A attended the event of the clause, and is no co-chair
@pytest.mark.parametrize("text, guest, event, absent", [
    ("The Second Plenary of the Hong Kong/Hunan Co-operation Conference was held in Changsha today, with the Deputy "
     "Director of the Hong Kong and Macao Affairs Office, Mr Zhou Bin, as special guest.", "Zhou Bin",
     "Second Plenary of the Hong Kong/Hunan Co-operation Conference", []),
    ("The Chief Secretary, Mr Ho Kin, and the Vice Governor of Hunan Province, Mr Li Ming, co-chaired the Second "
     "Plenary of the Hong Kong/Hunan Co-operation Conference, with Mr Zhou Bin as guest of honour.", "Zhou Bin",
     "Second Plenary of the Hong Kong/Hunan Co-operation Conference",
     [("Zhou Bin", "chaired", "Second Plenary of the Hong Kong/Hunan Co-operation Conference")]),
    ("The Asian Logistics Forum opened in Hong Kong today with the Financial Secretary, Mr Ho Kin, as officiating "
     "guest.", "Ho Kin", "Asian Logistics Forum", []),
])
def test_with_a_person_as_guest(extractor, text, guest, event, absent):
    check(extractor, text, [(guest, "attended", event)], absent)


# object control: "invited the guests to visit X": the ones invited would go, not the host; a leader goes too
@pytest.mark.parametrize("text, expected, absent", [
    ("The Special Representative, Miss Grace Ho, invited guests to visit Hong Kong and see its culture in person.",
     [], [("Grace Ho", "visited", "Hong Kong")]),
    ("The Financial Secretary, Mr Ho Kin, encouraged Mainland enterprises to visit Hong Kong next year.",
     [], [("Ho Kin", "visited", "Hong Kong")]),
    ("The Chief Executive, Mr Ho Kin, led the delegation to visit Chengdu and hold the Second Plenary of the Hong "
     "Kong/Sichuan Co-operation Conference.", [("Ho Kin", "visited", "Chengdu")], []),
])
def test_the_one_invited_does_it(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# "his" and "her" agree with the honorifics printed with the names
@pytest.mark.parametrize("text, expected, absent", [
    ("The Chief Executive, Mrs Ho Mei, met the Governor of Hubei Province, Mr Wang Li. Mrs Ho welcomed Mr Wang for "
     "visiting Hong Kong again, following his first visit to Macao last year.", [("Wang Li", "visited", "Macao")],
     [("Ho Mei", "visited", "Macao")]),
    ("Mr Ho Kin met Ms Anna Wong in Lima. Ms Wong thanked him, recalling her visit to Cusco in May.",
     [("Anna Wong", "visited", "Cusco")], [("Ho Kin", "visited", "Cusco")]),
    ("Mr Ho Kin met Mr Pablo Soto in Cairo. At his meeting with the Chairman of the Exchange, Mr Ahmed Sheikh, on the "
     "same day, Mr Ho introduced the listing reform.", [("Ho Kin", "metWith", "Ahmed Sheikh")],
     [("Pablo Soto", "metWith", "Ahmed Sheikh")]),
])
def test_pronouns_agree_with_honorifics(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# "The X Summit opened today. Mr A gave remarks at a plenary session": a part of the event named just before
@pytest.mark.parametrize("text, expected, absent", [
    ("The Ninth Asian Logistics Summit opened in Hong Kong today. The Financial Secretary, Mr Ho Kin, gave remarks "
     "at a business plenary session where he spoke of shipping.", [("Ho Kin", "attended", "Ninth Asian Logistics Summit")], []),
    ("The Pacific Trade Forum opened in Lima today. Mr Ho Kin spoke at a luncheon.",
     [("Ho Kin", "attended", "Pacific Trade Forum")], []),
    ("The Pacific Trade Forum opened in Lima today. Mr Ho Kin later attended a dinner hosted by the Consul General.",
     [], [("Ho Kin", "attended", "Pacific Trade Forum")]),
])
def test_a_part_of_the_event_named_before(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# a place itself "of" a trip noun is where the trip goes ("join the itinerary of X", "a tour of A and B"); not a
# person's or a delegation's trip ("the visit of the Governor of X")
@pytest.mark.parametrize("text, expected, absent", [
    ("The Chief Secretary, Mr Paul Kwan, will visit Wuhan tomorrow. The Secretary for Housing, Mr Ben Lo, and the "
     "Secretary for Development, Ms Ivy Mak, will join the itinerary of Wuhan.",
     [("Ben Lo", "visited", "Wuhan"), ("Ivy Mak", "visited", "Wuhan")], []),
    ("The Secretary for Culture, Mr Kevin Yeung, began a tour of Kyoto and Nara today.",
     [("Kevin Yeung", "visited", "Kyoto"), ("Kevin Yeung", "visited", "Nara")], []),
    ("Ms Amy Lo will join the programme of visits on Friday as part of the itinerary of Nanjing.",
     [("Amy Lo", "visited", "Nanjing")], []),
    ("The Deputy Secretary, Mr Lui Tak, said his mission of Seoul and Tokyo was a success.",
     [("Lui Tak", "visited", "Seoul"), ("Lui Tak", "visited", "Tokyo")], []),
    ("The visit of the Governor of Sichuan, Mr Wang Xin, was welcomed by the Secretary for Trade, Mr Joe Ho.",
     [], [("Joe Ho", "visited", "Sichuan"), ("Wang Xin", "visited", "Sichuan")]),
])
def test_a_place_of_a_trip(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# addressing or speaking to the audience "of" an event is attending it (not thanking or meeting them)
@pytest.mark.parametrize("text, expected, absent", [
    ("The Secretary for Transport, Mr Lam Wai, addressed participants of the Asia Logistics Forum in Busan today.",
     [("Lam Wai", "attended", "Asia Logistics Forum")], []),
    ("The Secretary for Labour, Ms Amy Chu, spoke to the guests of the Global Skills Summit this morning.",
     [("Amy Chu", "attended", "Global Skills Summit")], []),
    ("The Director of Trade, Mr Ho Kin, addressed the audience of the Pacific Trade Conference yesterday.",
     [("Ho Kin", "attended", "Pacific Trade Conference")], []),
    ("The Director of Trade, Mr Ho Kin, thanked the participants of the Pacific Trade Conference for their support.",
     [], [("Ho Kin", "attended", "Pacific Trade Conference")]),
])
def test_addressing_the_audience_of_an_event(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# a participle of the verb that takes a trip says which places the trip takes in
@pytest.mark.parametrize("text, expected, absent", [
    ("The Secretary for Justice, Mr Paul Lam, today embarked on a five-day trip to the Middle East, covering Riyadh "
     "and Dubai.", [("Paul Lam", "visited", "Riyadh"), ("Paul Lam", "visited", "Dubai")], []),
    ("The Chief Executive, Mr John Lee, will begin a week-long visit to ASEAN countries tomorrow, taking in "
     "Singapore, Jakarta and Kuala Lumpur.",
     [("John Lee", "visited", "Singapore"), ("John Lee", "visited", "Kuala Lumpur")], []),
    ("The Secretary for Trade, Ms Amy Lo, will lead a mission to South America, covering Lima and Santiago.",
     [("Amy Lo", "visited", "Lima"), ("Amy Lo", "visited", "Santiago")], []),
    # a participle of another verb, or of a trip's topic
    ("The Secretary for Trade, Ms Amy Lo, will attend a forum in Lima on Tuesday, covering trade with Chile.",
     [], [("Amy Lo", "visited", "Chile")]),
])
def test_a_participle_of_the_trip_covering_places(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# briefing someone, or being briefed by someone, is meeting them (a lexicon meet trigger, active or passive)
@pytest.mark.parametrize("text, expected, absent", [
    ("In the morning, Mrs Carrie Lam and the leaders of the other economies were briefed by the Managing Director of "
     "the International Monetary Fund, Ms Christine Lagarde, on the global economy.",
     [("Carrie Lam", "metWith", "Christine Lagarde")], []),
    ("The Secretary for Trade, Mr Ho Kin, briefed the Minister of Trade of Peru, Mr Luis Vega, on the Greater Bay "
     "Area.", [("Ho Kin", "metWith", "Luis Vega")], []),
    ("The Director-General of the Trade Council, Mr Roberto Alves, briefed the Secretary for Commerce and Economic "
     "Development, Mr Ho Kin, on the negotiations.", [("Roberto Alves", "metWith", "Ho Kin")], []),
    # two colleagues of one side are no sides of a meeting
    ("The Secretary for Security, Mr Tang Ping-keung, briefed the Chief Executive, Mr John Lee, on the incident.",
     [], [("Tang Ping-keung", "metWith", "John Lee")]),
])
def test_briefing_is_meeting(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# Joining the leg of a trip a place names ("the Guangzhou leg", "the Shenzhen part") is a visit to that place, not to
# every place the principal goes.
@pytest.mark.parametrize("text, person, leg, other", [
    ("Mayor Hana Tan will lead a delegation to visit Wuhan and Changsha next week. "
     "Deputy Mayor Ron Yu will join the Changsha leg of the visit.", "Ron Yu", "Changsha", "Wuhan"),
    ("Chief Executive Mary Tong will lead a delegation to Nanning and Guilin on May 3. "
     "The Secretary for Justice, Ms Amy Lo, will join the Nanning part.", "Amy Lo", "Nanning", "Guilin"),
    ("The Financial Secretary, Mr Bob Kwan, will visit Xiamen and Fuzhou. "
     "The Secretary for Housing, Ms Ivy Sum, will join the Xiamen portion of the trip.", "Ivy Sum", "Xiamen", "Fuzhou"),
])
def test_joining_a_leg_named_by_its_place(found_facts, text, person, leg, other):
    facts = found_facts(text)
    assert (person, "visited", leg) in facts
    assert (person, "visited", other) not in facts


def test_joining_the_delegation_is_no_leg(found_facts):
    facts = found_facts("The Financial Secretary, Mr Bob Kwan, will lead a delegation to Xiamen and Fuzhou. "
                        "The Secretary for Housing, Ms Ivy Sum, will join the delegation.")
    assert {("Ivy Sum", "visited", "Xiamen"), ("Ivy Sum", "visited", "Fuzhou")} <= facts


# Courtesy calls "to" people are meetings with each of them, however the parser hangs the later names of the list.
@pytest.mark.parametrize("text, caller, met", [
    ("The Financial Secretary, Mr Paul Chan, arrived in New York. Mr Chan started the day with separate courtesy "
     "calls to the Consul General of the PRC in New York, Mr Wang Lei, and the Mayor of Boston, Ms Ann Kerr.",
     "Paul Chan", {"Wang Lei", "Ann Kerr"}),
    ("The Secretary for Justice, Ms Ivy Ko, began her visit to Paris with courtesy calls to the Mayor of Paris, "
     "Ms Claire Roux, and the Minister of Culture, Mr Jean Petit.", "Ivy Ko", {"Claire Roux", "Jean Petit"}),
    ("Mr Tony Lam, the Secretary for Transport, opened his programme with a courtesy call to the Governor of Bavaria, "
     "Mr Karl Roth.", "Tony Lam", {"Karl Roth"}),
])
def test_courtesy_calls_to_people_meet_them(found_facts, text, caller, met):
    facts = found_facts(text)
    assert {(caller, "metWith", m) for m in met} <= facts


def test_a_name_after_the_clause_of_the_calls_is_not_called_on(found_facts):
    facts = found_facts("Mr Paul Chan made courtesy calls to local chambers in Lyon; the Consul, Ms Ann Lo, "
                        "was away.")
    assert ("Paul Chan", "metWith", "Ann Lo") not in facts


# "Mr A also attended (as special guest)": an attending verb with nothing of its own names the session reported last.
@pytest.mark.parametrize("text, guest, event", [
    ("The Chief Executive, Mrs Ada Lam, and the Governor of Hubei Province, Mr Wang Qiang, held the First Plenary "
     "Session of the Hong Kong/Hubei Co-operation Conference in Wuhan today. The Vice Minister of Commerce, "
     "Mr Li Cheng, also attended as a special guest.", "Li Cheng",
     "First Plenary Session of the Hong Kong/Hubei Co-operation Conference"),
    ("Mr Tom Yip and the Mayor of Xiamen, Mr Wu Bin, co-chaired the Third Plenary Session of the Hong Kong/Xiamen "
     "Co-operation Conference today. The Deputy Director of the Liaison Office, Mr Zhou Ping, also attended.",
     "Zhou Ping", "Third Plenary Session of the Hong Kong/Xiamen Co-operation Conference"),
    ("The Secretary for Justice, Ms Ivy Ko, officiated at the opening ceremony of the 2024 Riverton Legal Forum "
     "today. The Consul General of France, Mr Jean Petit, attended as guest of honour.", "Jean Petit",
     "2024 Riverton Legal Forum"),
])
def test_attending_with_no_object_is_at_the_session_reported_last(found_facts, text, guest, event):
    assert (guest, "attended", event) in found_facts(text)


def test_attending_with_no_session_reported_is_nothing(found_facts):
    facts = found_facts("The Secretary for Justice, Ms Ivy Ko, met the Mayor of Xiamen, Mr Wu Bin, today. "
                        "The Consul General of France, Mr Jean Petit, also attended.")
    assert not any(s == "Jean Petit" and p == "attended" for s, p, o in facts)



# a headline whose trigger word is a noun ("Beijing trip") before a clause: what the clause names is no destination
@pytest.mark.parametrize("title, text, person, absent", [
    ("CE: Chengdu trip opens new chapter for co-operation between Sichuan Provincial Government and central ministries",
     "The Chief Executive, Mr Tom Lee, concluded his visit to Chengdu today (May 3).", "Tom Lee",
     "Sichuan Provincial Government"),
    ("SJ: Wuhan visit deepens ties between Hong Kong and Hunan Province",
     "The Secretary for Justice, Mr Paul Lam, concluded his visit to Wuhan today.", "Paul Lam", "Hunan"),
    ("FS: Kunming tour strengthens links with the Yunnan Development and Reform Commission",
     "The Financial Secretary, Mr Paul Chan, concluded his visit to Kunming today.", "Paul Chan",
     "Yunnan Development and Reform Commission"),
])
def test_a_headline_noun_before_a_clause_names_no_destination(extractor, title, text, person, absent):
    found = facts(extractor, text, title=title)
    assert (person, "visited", absent) not in found
    assert any(s == person and p == "visited" for s, p, _ in found)  # the visit the body states is still read


@pytest.mark.parametrize("title, text, person, place", [
    ("SJ visits Hangzhou", "The Secretary for Justice, Mr Paul Lam, arrived today.", "Paul Lam", "Hangzhou"),
    ("CE to visit Nanjing and Suzhou", "The Chief Executive, Mr Tom Lee, will depart tomorrow.", "Tom Lee", "Suzhou"),
    ("SCED visits Vietnam", "The Secretary for Commerce and Economic Development, Mr Algernon Yau, arrived today.",
     "Algernon Yau", "Vietnam"),
])
def test_a_headline_verb_still_names_the_destination(extractor, title, text, person, place):
    assert (person, "visited", place) in facts(extractor, text, title=title)


# the principal's earlier trip, dated by its month alone, is not one his companions of this release made
@pytest.mark.parametrize("text, earlier", [
    ("The Chief Executive, Mr Ho Kin, met the Minister of Trade of Kazakhstan, Mr Arman Dosov, today. The Secretary "
     "for Justice, Mr Lam Pak-to, also attended the meeting. Mr Ho said trade had grown since his visit to Saudi "
     "Arabia in February.", "Saudi Arabia"),
    ("The Chief Executive, Mr Ho Kin, met the Ambassador of Thailand, Mr Somchai Rattana, today, joined by the "
     "Secretary for Justice, Mr Lam Pak-to. Mr Ho recalled his visit to Bangkok in March.", "Bangkok"),
    ("The Chief Executive, Mr Ho Kin, received the Governor of Hubei Province, Mr Wang Jun, today. The Secretary for "
     "Justice, Mr Lam Pak-to, also joined the meeting. Mr Ho thanked Mr Wang for his hospitality during his trip to "
     "Wuhan in early March.", "Wuhan"),
])
def test_a_companion_does_not_make_the_principals_earlier_trip(extractor, text, earlier):
    found = facts(extractor, text)
    assert ("Ho Kin", "visited", earlier) in found  # the earlier trip is still the principal's
    assert ("Lam Pak-to", "visited", earlier) not in found


# "CE leads X delegation to Y": the bodies of the delegation are not where it goes
@pytest.mark.parametrize("title, text, person, place, body", [
    ("CE leads HKSAR Government and LegCo delegation to continue visit to GBA",
     "The Chief Executive, Mr Tom Lee, continued his visit today.", "Tom Lee",
     "Guangdong-Hong Kong-Macao Greater Bay Area", "Legislative Council"),
    ("CS leads Legislative Council delegation to visit Hangzhou and Ningbo",
     "The Chief Secretary for Administration, Mr Eric Chan, left today.", "Eric Chan", "Ningbo", "Legislative Council"),
    ("CE leads business delegation of Hong Kong Trade Development Council to Thailand",
     "The Chief Executive, Mr Tom Lee, left today.", "Tom Lee", "Thailand", "Hong Kong Trade Development Council"),
])
def test_a_headline_delegation_goes_where_to_says(extractor, title, text, person, place, body):
    found = facts(extractor, text, title=title)
    assert (person, "visited", place) in found
    assert (person, "visited", body) not in found


# a body's premises in the possessive ("X Company Limited's headquarters") are a visit to the body
@pytest.mark.parametrize("text, person, body", [
    ("In the morning, Mr John Lee led the delegation to visit BYD Company Limited's headquarters in Shenzhen.",
     "John Lee", "BYD Company Limited"),
    ("Mr Paul Chan toured the Riverton Robotics Group's factory in Dongguan this afternoon.", "Paul Chan",
     "Riverton Robotics Group"),
    ("The Secretary, Mr Tom Ho, visited the Lakeside Aerospace Corporation's research base in Xi'an.", "Tom Ho",
     "Lakeside Aerospace Corporation"),
])
def test_premises_in_the_possessive_are_a_visit_to_their_owner(extractor, text, person, body):
    check(extractor, text, {(person, "visited", body)})


# a long company name the parser reads as a clause of its own is still what was visited, by every subject
@pytest.mark.parametrize("text, people, body", [
    ("In the afternoon, Mr John Lee and the group of LegCo members led by the President of the LegCo, Mr Andrew "
     "Leung, visited Dajiang Innovations Technology Company Limited to learn about the company.",
     ("John Lee", "Andrew Leung"), "Dajiang Innovations Technology Company Limited"),
    ("Mr Tom Ho and Mr Paul Chan visited Riverton Smart Logistics Technology Company Limited to learn about drones.",
     ("Tom Ho", "Paul Chan"), "Riverton Smart Logistics Technology Company Limited"),
    ("Later, Mr Tom Ho visited Lakeside New Energy Vehicle Holdings Company Limited to see its plant.",
     ("Tom Ho",), "Lakeside New Energy Vehicle Holdings Company Limited"),
])
def test_a_long_company_name_is_what_was_visited(extractor, text, people, body):
    check(extractor, text, {(p, "visited", body) for p in people})


# an official posted in a city is at home in the region around it: attending an event there is no visit to either
@pytest.mark.parametrize("text, person, region", [
    ("The Hong Kong Economic and Trade Office in Wuhan held the Riverside Anniversary Reception in Wuhan, Hubei "
     "Province, today. The Director of the Hong Kong Economic and Trade Office in Wuhan, Mr Vincent Fung, and the "
     "Vice Governor of Hubei Province, Mr Zhao Hai, officiated at the reception.", "Vincent Fung", "Hubei"),
    ("The Hong Kong Economic and Trade Office in Chengdu held the Lakeside Spring Reception in Chengdu, Sichuan "
     "Province, today. The Director of the Hong Kong Economic and Trade Office in Chengdu, Ms Ada Lam, officiated at "
     "the reception with the Vice Governor of Sichuan Province, Mr Luo Qiang.", "Ada Lam", "Sichuan"),
    ("The Hong Kong Economic and Trade Office in Guangdong held the Harbour Business Reception in Guangzhou, "
     "Guangdong Province, today. The Director of the Hong Kong Economic and Trade Office in Guangdong, Mr Tom Ho, "
     "officiated at the reception.", "Tom Ho", "Guangzhou"),
])
def test_an_official_posted_in_a_place_is_at_home_around_it(extractor, text, person, region):
    found = facts(extractor, text)
    assert not any(s == person and p == "visited" for s, p, _ in found), sorted(found)


# "the signing ceremony for X" is an event of its own, not the event named before it
@pytest.mark.parametrize("text, person, event", [
    ("Ms Teresa Cheng introduced the Riverside Legal Week to the guests. She then attended the signing ceremony for "
     "the memorandum of co-operation.", "Teresa Cheng", "Riverside Legal Week"),
    ("Mr Tom Ho spoke about the Lakeside Innovation Expo. Later, he attended the launch ceremony for a new youth "
     "scheme.", "Tom Ho", "Lakeside Innovation Expo"),
    ("The Secretary, Mr Paul Lam, praised the Harbour Arbitration Week. He also attended the prize presentation "
     "ceremony for a moot court competition.", "Paul Lam", "Harbour Arbitration Week"),
])
def test_a_ceremony_for_something_is_not_the_event_named_before(extractor, text, person, event):
    assert (person, "attended", event) not in facts(extractor, text)


# attending something held by bodies is no visit to them ("attended X jointly held by A and B")
@pytest.mark.parametrize("text, person, bodies", [
    ("She then attended the signing ceremony for the memorandum under the platform jointly held by the Department "
     "of Treaty and Law of the Ministry of Commerce, the Bureau of Policies of the State Council and the Department "
     "of Justice.", "Cheng", ("Department of Justice",)),
    ("Mr Tom Ho attended the briefing session, the Riverside Trade Bureau and the Lakeside Chamber of Commerce.",
     "Tom Ho", ("Riverside Trade Bureau",)),
    ("Mr Tom Ho attended the seminar co-organised by the Hong Kong Trade Development Council and the Lakeside "
     "Chamber of Commerce.", "Tom Ho", ("Hong Kong Trade Development Council", "Lakeside Chamber of Commerce")),
])
def test_attending_is_no_visit_to_the_bodies_named_with_what_is_attended(extractor, text, person, bodies):
    found = facts(extractor, "Ms Cheng visited Beijing. " + text)
    assert not any((person, "visited", b) in found for b in bodies)


def test_speaking_at_a_body_is_still_a_visit_to_it(extractor):
    assert ("Tom Ho", "visited", "Riverside University") in facts(
        extractor, "Mr Tom Ho spoke at the Riverside University yesterday.")


# an infinitive with a subject of its own ("for practitioners to practise in X") puts no one of the clause there
@pytest.mark.parametrize("text, place", [
    ("Mr Paul Lam met the Minister, Ms He Rong, to discuss the pilot measures for Hong Kong legal practitioners to "
     "practise in the Guangdong-Hong Kong-Macao Greater Bay Area.", "Guangdong-Hong Kong-Macao Greater Bay Area"),
    ("Mr Paul Lam met the Minister, Ms He Rong, to discuss arrangements for young lawyers to work in Shenzhen.",
     "Shenzhen"),
    ("Mr Paul Lam met the Minister, Ms He Rong, and discussed schemes for students to study in Guangzhou.", "Guangzhou"),
])
def test_an_infinitive_of_its_own_subject_puts_no_one_there(extractor, text, place):
    assert ("Paul Lam", "visited", place) not in facts(extractor, text)


# "support for the Government to hold X": the one after "for" holds it, not the one who thanks
@pytest.mark.parametrize("text, event, body, person", [
    ("Mrs Carrie Lam thanked the Beijing Municipal Government for its support for the Hong Kong Special "
     "Administrative Region Government to hold the Riverside Heritage Exhibition at the National Museum of China.",
     "Riverside Heritage Exhibition", "HKSAR Government", "Carrie Lam"),
    ("Mr Tom Ho thanked the Guangdong Provincial Government for arranging for the Hong Kong Trade Development "
     "Council to organise the Lakeside Design Fair in Guangzhou.", "Lakeside Design Fair",
     "Hong Kong Trade Development Council", "Tom Ho"),
    ("Mr Tom Ho said it was an honour for the Hong Kong Trade Development Council to host the Harbour Logistics "
     "Forum in Shenzhen.", "Harbour Logistics Forum", "Hong Kong Trade Development Council", "Tom Ho"),
])
def test_for_a_body_to_hold_an_event(extractor, text, event, body, person):
    found = facts(extractor, text)
    assert (event, "organizedBy", body) in found
    assert (person, "attended", event) not in found


# a speech noun given, made or delivered "at" somewhere: the speaker attended it, or was at the body
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Education, Ms Christine Choi, gave a lecture at Fudan University in Shanghai today.",
     ("Christine Choi", "visited", "Fudan University")),
    ("Mr Tom Ho made a presentation at the Lakeside University this morning.",
     ("Tom Ho", "visited", "Lakeside University")),
    ("Ms Christine Choi gave a keynote speech at the Riverside Summit in Chengdu.",
     ("Christine Choi", "attended", "Riverside Summit")),
    ("Mr Tom Ho delivered opening remarks at the Harbour Logistics Forum.",
     ("Tom Ho", "attended", "Harbour Logistics Forum")),
])
def test_a_speech_given_at_a_place(extractor, text, expected):
    check(extractor, text, {expected})


def test_giving_something_else_is_no_attendance(extractor):
    found = facts(extractor, "Mr Tom Ho gave a donation to the Riverside Summit organisers.")
    assert ("Tom Ho", "attended", "Riverside Summit") not in found


# an unnamed event noun "titled", "entitled" or "named" "X" is the event X
@pytest.mark.parametrize("text, person, event", [
    ('Mr Paul Chan will deliver a speech at a seminar titled "Revitalizing Real Economy with Financial Resources" '
     'tomorrow.', "Paul Chan", "Revitalizing Real Economy with Financial Resources"),
    ('Ms Christine Choi attended a forum entitled "Education for the Future" in Shenzhen.', "Christine Choi",
     "Education for the Future"),
    ('Mr Tom Ho spoke at a symposium titled "Smart Cities of the Bay Area" this morning.', "Tom Ho",
     "Smart Cities of the Bay Area"),
])
def test_an_event_noun_titled_by_a_name(extractor, text, person, event):
    check(extractor, text, {(person, "attended", event)})


# a list of titled people after an opening phrase ("Under the witness of the two leaders, A and B signed X"):
# the parser hangs the list on the phrase; every one of them is the verb's subject
@pytest.mark.parametrize("text, people", [
    ("Under the witness of the two leaders, the Secretary for Justice, Mr Paul Lam, and the Minister of Justice, "
     "Ms He Rong, signed the Arrangement on Mutual Legal Assistance.", ("Paul Lam", "He Rong")),
    ("After the meeting, the Secretary for Commerce, Mr Tom Ho, and the Minister of Trade of Riverland, Mr Ali Noor, "
     "signed the Riverland Investment Agreement.", ("Tom Ho", "Ali Noor")),
    ("At the ceremony, the Director of the Trade Office, Ms Amy Lo, and the Mayor of Chengdu, Mr Wang Feng, signed "
     "the Chengdu Memorandum of Co-operation.", ("Amy Lo", "Wang Feng")),
])
def test_a_titled_list_after_an_opening_phrase_signs(extractor, text, people):
    found = facts(extractor, text)
    agreement = next(o for s, p, o in found if p == "signed")
    assert {(p, "signed", agreement) for p in people} <= found, sorted(found)


# a venue named after a place ("the Hong Kong Pavilion", "the Shanghai Hotel") is no visit to the place
@pytest.mark.parametrize("text, person, place", [
    ("Mr Tom Ho visited the Hong Kong Pavilion at the Riverton Trade Fair today.", "Tom Ho", "Hong Kong"),
    ("In the evening, Ms Amy Lee toured the Guangzhou Stadium with the Vice Mayor of Guangzhou, Mr Wu Wei.",
     "Amy Lee", "Guangzhou"),
    ("Mr Paul Chan visited the Shenzhen Bay Port Terminal in the afternoon.", "Paul Chan", "Shenzhen"),
])
def test_a_venue_named_after_a_place_is_no_visit_to_it(extractor, text, person, place):
    check(extractor, text, set(), {(person, "visited", place)})


# "met a delegation of X led by B ... welcomed the delegation to Hong Kong": B's delegation came to Hong Kong
@pytest.mark.parametrize("text, leader", [
    ("The Chief Executive, Mr John Lee, met a delegation of the United States Congress led by Congressman Jim "
     "Miller this afternoon. Mr Lee welcomed the delegation to Hong Kong.", "Jim Miller"),
    ("The Secretary for Security, Mr Tang Wai, received a delegation from the Ministry of Public Security led by "
     "Vice Minister Wang Lin today. He welcomed the delegation to Hong Kong and briefed them on the city.",
     "Wang Lin"),
    ("Mrs Carrie Lam met a business delegation of the Riverton Chamber of Commerce led by its President, Mr Sam Ode, "
     "today. She welcomed the delegation to Hong Kong.", "Sam Ode"),
])
def test_the_leader_of_a_delegation_met_is_whom_the_delegation_stands_for(extractor, text, leader):
    check(extractor, text, {(leader, "visited", "Hong Kong")})


# "called on X to exchange views": a call made to talk is a visit; "called on X to act" urges X, no visit
@pytest.mark.parametrize("text, expected, absent", [
    ("Mr Joseph Wong will call on the Ministry of Commerce tomorrow to exchange views on trade matters.",
     {("Joseph Wong", "visited", "Ministry of Commerce")}, ()),
    ("In Beijing, Ms Amy Lee called on the National Development and Reform Commission to discuss the Plan.",
     {("Amy Lee", "visited", "National Development and Reform Commission")}, ()),
    ("Mr Tom Ho called on the Riverton Trade Council to meet its Chairman, Mr Sam Ode.",
     {("Tom Ho", "visited", "Riverton Trade Council")}, ()),
    ("Mr Tom Ho called on the Riverton Trade Council to review its fees.", set(),
     {("Tom Ho", "visited", "Riverton Trade Council")}),
    ("Ms Amy Lee called on the Lakeland Municipal Government to support the Forum.", set(),
     {("Amy Lee", "visited", "Lakeland Municipal Government")}),
])
def test_a_call_made_to_talk_is_a_visit(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# "spoke to / with X": the particle of a two-word meeting phrase of the lexicon takes the people met.
@pytest.mark.parametrize("text, a, b", [
    ("On a visit to Canberra, Mr Tang spoke to the Treasurer, Mr Peter Costello.", "Tang", "Peter Costello"),
    ("The Secretary for Justice, Mr Ho Wing, spoke with the Minister of Justice of Latvia, Mr Karl Tamm, in Riga.",
     "Ho Wing", "Karl Tamm"),
    ("The Chief Executive, Mr Lam Kin, spoke to the Governor of Hainan Province, Mr Li Ming, about tourism.",
     "Lam Kin", "Li Ming"),
])
def test_speaking_to_someone_is_meeting_them(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


def test_speaking_to_no_one_named_meets_no_one(found_facts):
    assert not any(p == "metWith" for _, p, _ in found_facts(
        "Mr Lam Kin spoke to reporters after the meeting. He spoke at the forum on trade with Ms Amy Ho."))


@pytest.mark.parametrize("text, b", [
    ("The Secretary for Commerce and Economic Development, Mr Ho Wing, met separately with the Minister of Trade of "
     "Latvia, Mr Karl Tamm, and the Minister of Economy of Estonia, Mr Jonas Petras.", "Jonas Petras"),
    ("Mr Ho Wing later met briefly with the Mayor of Riga, Mr Karl Tamm.", "Karl Tamm"),
    ("Mr Ho Wing also talked separately with the Governor of Hainan Province, Mr Li Ming.", "Li Ming"),
])
def test_an_adverb_inside_a_meeting_phrase(found_facts, text, b):
    assert ("Ho Wing", "metWith", b) in found_facts(text)


# A visit paid to a person is a meeting with them ("visited the Governor, Mr A", "paid a courtesy visit to
# the Vice Premier, Mr B"); a visit to a place or a body with someone is not.
@pytest.mark.parametrize("text, expected, absent", [
    ("The Chief Secretary for Administration, Mr Eric Chan, paid a courtesy visit to the Vice Premier of the State "
     "Council, Mr Ding Xuexiang, in Beijing today.",
     [("Eric Chan", "metWith", "Ding Xuexiang"), ("Eric Chan", "visited", "Beijing")], []),
    ("The Chief Executive, Mr John Lee, visited the Governor of Guangdong Province, Mr Wang Weizhong, in Guangzhou "
     "this morning.", [("John Lee", "metWith", "Wang Weizhong"), ("John Lee", "visited", "Guangzhou")], []),
    ("Mr Paul Lam paid a visit to the Minister of Justice of Indonesia, Mr Yasonna Laoly, in Jakarta.",
     [("Paul Lam", "metWith", "Yasonna Laoly")], []),
    ("The Secretary for Justice, Mr Paul Lam, visited the Ministry of Justice of Indonesia in Jakarta with the "
     "Consul General, Mr Tan Wei.", [("Paul Lam", "visited", "Ministry of Justice of Indonesia")],
     [("Paul Lam", "metWith", "Tan Wei")]),
])
def test_a_visit_paid_to_a_person(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# "met officials of X, including the Minister, Mr A": those listed after "including" were met.
@pytest.mark.parametrize("text, expected, absent", [
    ("The Secretary for Justice, Mr Paul Lam, met with officials of the Ministry of Justice of Indonesia, including "
     "the Minister, Mr Yasonna Laoly, in Jakarta.", [("Paul Lam", "metWith", "Yasonna Laoly")], []),
    ("The Financial Secretary, Mr Paul Chan, met representatives of the Riverton Municipal Government, including "
     "the Mayor, Mr Tom Hale, in Riverton today.", [("Paul Chan", "metWith", "Tom Hale")], []),
    ("The Secretary for Security, Mr Chris Tang, met with officials of the Ministry of Public Security, including "
     "the Vice Minister, Mr Xu Datong, in Beijing.", [("Chris Tang", "metWith", "Xu Datong")], []),
    ("Mr Paul Chan met senior officials of the Riverton Government including the Mayor, Mr Tom Hale, and the Deputy "
     "Mayor, Ms Ann Low.", [("Paul Chan", "metWith", "Tom Hale"), ("Paul Chan", "metWith", "Ann Low")], []),
    ("The Chief Executive, Mr John Lee, met the media on issues including the Riverton Plan, and Mr Tom Hale "
     "spoke later.", [], [("John Lee", "metWith", "Tom Hale")]),
])
def test_those_met_listed_after_including(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# "joined the Vice Governor, Mr B, at the X": B attended X too (not "joined B for a walk").
@pytest.mark.parametrize("text, expected, absent", [
    ("The Secretary for Transport and Logistics, Mr Lam Sai-hung, joined the Vice Governor of Guangdong Province, "
     "Mr Zhang Guozhi, at the opening ceremony of the Greater Bay Area Logistics Forum in Shenzhen today.",
     [("Zhang Guozhi", "attended", "Greater Bay Area Logistics Forum"),
      ("Lam Sai-hung", "attended", "Greater Bay Area Logistics Forum")], []),
    ("The Chief Executive, Mr John Lee, joined the Mayor of Riverton, Mr Tom Hale, at the Riverton Trade Expo 2025 "
     "this morning.", [("Tom Hale", "attended", "Riverton Trade Expo 2025")], []),
    ("Mr Paul Chan joined business leaders and the Governor of Lakeland, Ms Ann Low, at the Lakeland Investment "
     "Summit in Lakeland City.", [("Ann Low", "attended", "Lakeland Investment Summit")], []),
    ("Mr Paul Chan joined the Governor of Lakeland, Ms Ann Low, for a walk after the Lakeland Investment Summit.",
     [], [("Ann Low", "attended", "Lakeland Investment Summit")]),
])
def test_the_one_joined_at_an_event_attended_it(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# "and then met Mr B (Mayor of X)", with B read by the parser as the subject of "met": B is the one met, and the
# first verb's subject met him (not so for a verb that reports speech: "and said Mr B").
@pytest.mark.parametrize("text, expected", [
    ("The Financial Secretary, Mr Paul Chan, arrived in Chengdu this morning. He called on the Governor of Sichuan "
     "Province, Mr Huang Qiang, and then met Mr Li Wei (Vice Mayor of Chengdu) to discuss trade.",
     [("Paul Chan", "metWith", "Li Wei"), ("Paul Chan", "metWith", "Huang Qiang")]),
    ("Ms Ann Low toured the port of Riverton and later met Mr Tom Hale (Mayor of Riverton) to exchange views.",
     [("Ann Low", "metWith", "Tom Hale")]),
    ("The Secretary for Justice, Mr Paul Lam, arrived in Jakarta and met Mr Budi Santoso (Minister of Law of "
     "Indonesia) to discuss legal co-operation.", [("Paul Lam", "metWith", "Budi Santoso")]),
    ("Mr Tom Lee visited the science park in Shenzhen and then met Mr Zhao Lei (Deputy Mayor of Shenzhen) to "
     "discuss innovation.", [("Tom Lee", "metWith", "Zhao Lei")]),
])
def test_the_one_met_read_as_the_subject_of_a_second_verb(extractor, text, expected):
    check(extractor, text, expected)


# "Also attending the meeting were A and B" right after a meeting with no name: they joined it, and each met the
# other side's principal only (as in the official gold: not each other, nor their own side's principal).
@pytest.mark.parametrize("text, expected", [
    ("The Chief Executive, Mr John Lee, met the Governor of Guangdong Province, Mr Wang Weizhong, in Hong Kong "
     "today. Also attending the meeting were the Secretary for Justice, Mr Paul Lam, and the Vice Governor of "
     "Guangdong Province, Mr Zhang Xin.",
     [("Paul Lam", "metWith", "Wang Weizhong"), ("Zhang Xin", "metWith", "John Lee")]),
    ("The Chief Executive, Mr John Lee, met the Governor of Guangdong Province, Mr Wang Weizhong, in Hong Kong "
     "today. Also attending were the Secretary for Justice, Mr Paul Lam, and the Director of the Chief "
     "Executive's Office, Ms Carol Yip.",
     [("Paul Lam", "metWith", "Wang Weizhong"), ("Carol Yip", "metWith", "Wang Weizhong")]),
    ("MACAU, May 3 - Chief Executive Ho Iat Seng today held a meeting with Governor of Guangdong Province Wang "
     "Weizhong at the Government Headquarters. Both sides exchanged views on the development of Hengqin. Also "
     "attending the meeting were Secretary for Economy and Finance Lei Wai Nong and Guangdong Vice Governor "
     "Zhang Xin.",
     [("Lei Wai Nong", "metWith", "Wang Weizhong"), ("Zhang Xin", "metWith", "Ho Iat Seng")]),
])
def test_those_attending_an_unnamed_meeting_joined_it(extractor, text, expected):
    check(extractor, text, expected, absent=[("Lei Wai Nong", "metWith", "Ho Iat Seng"), ("Paul Lam", "metWith", "John Lee"),
                                             ("Zhang Xin", "metWith", "Paul Lam"), ("Zhang Xin", "metWith", "Lei Wai Nong")])


# "A, together with B, toured X": B was with A there, not at the meetings A held elsewhere in the release.
@pytest.mark.parametrize("text, companion, other", [
    ("Mr Suen met the Minister of Education, Dr Ng Wei, in Singapore today. Earlier in the day, Mr Suen together with "
     "Professor Anthony Cheung visited a primary school.", "Anthony Cheung", "Ng Wei"),
    ("Ms Ann Low called on the Mayor of Riverton, Mr Tom Hale. Later, Ms Low, together with Mr Paul Ho, toured the "
     "Riverton Port.", "Paul Ho", "Tom Hale"),
    ("The Financial Secretary, Mr Paul Chan, met the Governor of Lakeland, Ms Mary Stone, in the morning. In the "
     "afternoon, Mr Chan, together with Dr Tom Lee, visited the Lakeland Science Park.", "Tom Lee", "Mary Stone"),
])
def test_a_companion_together_in_one_action_only(extractor, text, companion, other):
    assert (companion, "metWith", other) not in facts(extractor, text)


def test_a_companion_together_at_the_meeting_met(extractor):
    check(extractor, "Mr Paul Chan, together with Dr Tom Lee, met the Governor of Lakeland, Ms Mary Stone, today.",
          [("Tom Lee", "metWith", "Mary Stone")])


# "their meeting" after two people named together: the two met.
@pytest.mark.parametrize("text, expected", [
    ("The Chief Executive, Mr Donald Tsang, and the President of the European Commission, Mr Jose Barroso, announced "
     "today that links would be boosted. A joint statement issued after their meeting said the two sides agreed.",
     [("Donald Tsang", "metWith", "Jose Barroso")]),
    ("The Financial Secretary, Mr Paul Chan, and the Mayor of Riverton, Ms Ann Low, opened the forum today. Their "
     "meeting afterwards covered trade.", [("Paul Chan", "metWith", "Ann Low")]),
    ("Mr Tom Lee and the Governor of Lakeland, Mr Sam Ho, toured the port. After their talks, a dinner was held.",
     [("Tom Lee", "metWith", "Sam Ho")]),
])
def test_their_meeting_is_the_two_named_together(extractor, text, expected):
    check(extractor, text, expected)


# People who arrive together are "they" and "the delegation" as long as the release goes on with them, when no one
# is named as its leader: "A, B and C arrived in X. The delegation visited Y. They then met Mayor Z."
@pytest.mark.parametrize("text, expected, absent", [
    ("Secretary Patrick Nip, Secretary Edward Yau and Secretary James Lau arrived in Shenzhen this morning. The "
     "delegation visited an Internet bank. They also visited a command centre. They then met Shenzhen Vice Mayor Ai "
     "Xuefeng.", [("Edward Yau", "metWith", "Ai Xuefeng"), ("James Lau", "metWith", "Ai Xuefeng")], []),
    ("Ms Ann Low and Mr Tom Hale arrived in Riverton today. The delegation toured the port. They later met the Mayor "
     "of Riverton, Mr Sam Ho. They also visited the Riverton Museum.",
     [("Tom Hale", "metWith", "Sam Ho"), ("Ann Low", "metWith", "Sam Ho")], [("Sam Ho", "visited", "Riverton Museum")]),
    ("Mr Paul Chan, Ms Mary Stone and Mr Tom Lee arrived in Lakeland City today. The delegation then departed for "
     "Westport and met Mayor Ken Ray.", [("Mary Stone", "visited", "Westport"), ("Tom Lee", "metWith", "Ken Ray")], []),
])
def test_a_group_travelling_together(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# "met with the Governor of X, A; Secretary of Y, B; and Mayor of Z, C": a list set off by semicolons, which the
# parser cuts into pieces: everyone named after the verb was met by those named before it, and they did not meet
# each other.
@pytest.mark.parametrize("text, expected, absent", [
    ("In Kansas, Mr Tong and Mr Leung met with the Governor of Kansas, Sam Brownback; Kansas Secretary of Commerce, "
     "Pat George; Senate President, Stephen Morris; and Mayor of Topeka, Bill Bunten.",
     [("Tong", "metWith", "Pat George"), ("Leung", "metWith", "Bill Bunten"), ("Tong", "metWith", "Stephen Morris")],
     [("Sam Brownback", "metWith", "Pat George"), ("Pat George", "metWith", "Bill Bunten")]),
    ("The Chief Executive, Mr John Lee, met the Governor of Fujian Province, Mr Zhao Long; the Vice Governor, Mr Guo "
     "Ning; and the Mayor of Xiamen, Mr Huang Wen.", [("John Lee", "metWith", "Huang Wen"), ("John Lee", "metWith", "Guo Ning")],
     [("Zhao Long", "metWith", "Huang Wen")]),
    ("Ms Ann Low met with the Minister of Trade, Mr Tom Hale; the Minister of Finance, Ms Mary Stone; and the Governor "
     "of the Central Bank, Mr Ken Ray.", [("Ann Low", "metWith", "Mary Stone"), ("Ann Low", "metWith", "Ken Ray")],
     [("Tom Hale", "metWith", "Mary Stone")]),
])
def test_a_semicolon_list_of_people_met(extractor, text, expected, absent):
    check(extractor, text, expected, absent)


# Attendees listed in one sentence whose titles tell no side are on the side of those listed with them whose titles do.
def test_attendees_take_their_list_mates_side(extractor):
    check(extractor, "The Chief Secretary, Mr Rafael Hui, and the Executive Vice Governor of Guangdong Province, Mr Tang "
                     "Bingquan, co-chaired the Sixth Working Meeting of the Hong Kong/Guangdong Co-operation Joint "
                     "Conference in Guangzhou today. Key officials attending the meeting were the Secretary for "
                     "Constitutional Affairs, Mr Stephen Lam; the Permanent Secretary for Economic Development and "
                     "Labour (Economic Development), Ms Sandra Lee and the Permanent Secretary for the Environment, "
                     "Transport and Works, Mr Joshua Law.",
          [("Sandra Lee", "metWith", "Tang Bingquan"), ("Joshua Law", "metWith", "Tang Bingquan")],
          [("Sandra Lee", "metWith", "Rafael Hui")])


# "Mr A met the delegation of X. The delegation is led by Mr B. Mr C also attended the meeting": A met B (the leader
# named after the meeting), "the meeting" is that meeting (not the event named before it), and C joined it
@pytest.mark.parametrize("text, expected, absent", [
    ("The Eighth Lakeland Trade Summit will be held in Hong Kong from tomorrow. The Chief Executive, Mr John Lee, "
     "today met with the delegation of the Norland Commerce Commission at Government House. The delegation is led by "
     "the Vice Chairman of the Commission, Mr Gou Wei. The Secretary for Commerce and Economic Development, Mr "
     "Algernon Yau, also attended the meeting.",
     {("John Lee", "metWith", "Gou Wei"), ("Algernon Yau", "metWith", "Gou Wei")},
     {("Algernon Yau", "attended", "Eighth Lakeland Trade Summit")}),
    ("The Lakeland Expo opened today. The Financial Secretary, Mr Paul Chan, met the delegation of the Riverton "
     "Chamber of Commerce this afternoon. The delegation was led by its Chairman, Mr Tom Reid. The Secretary for "
     "Financial Services and the Treasury, Mr Christopher Hui, also attended the meeting.",
     {("Paul Chan", "metWith", "Tom Reid"), ("Christopher Hui", "metWith", "Tom Reid")},
     {("Christopher Hui", "attended", "Lakeland Expo")}),
    ("The Riverton Forum closed yesterday. The Chief Secretary, Mr Eric Chan, received a delegation of the Norland "
     "People's Congress today. The delegation is headed by Mr Wei Dong. The Secretary for Justice, Mr Paul Lam, also "
     "attended the meeting.", {("Eric Chan", "metWith", "Wei Dong")}, {("Paul Lam", "attended", "Riverton Forum")}),
])
def test_a_meeting_with_a_delegation_led_by_one_named_after(found_facts, text, expected, absent):
    found = found_facts(text)
    assert expected <= found, sorted(expected - found)
    assert not absent & found


# "CE meets chief executives attending the X Summit": those the noun names attend, not the clause's subject
@pytest.mark.parametrize("text, title, absent", [
    ("The Chief Executive, Mr John Lee, met the delegation today.", "CE meets SASAC and SoE chief executives attending "
     "eighth Lakeland Summit", ("John Lee", "attended", "eighth Lakeland Summit")),
    ("The Secretary for Justice, Mr Paul Lam, met them today.", "SJ meets lawyers attending Riverton Legal Forum",
     ("Paul Lam", "attended", "Riverton Legal Forum")),
    ("The Chief Secretary, Mr Eric Chan, greeted the guests.", "CS greets officials attending Norland Trade Expo",
     ("Eric Chan", "attended", "Norland Trade Expo")),
])
def test_those_attending_are_the_noun_s(found_facts, text, title, absent):
    assert absent not in found_facts(text, title)


# Meetings "at" a host's office are no visit to it ("met Mr A at the Chief Executive's Office")
def test_a_meeting_at_a_host_s_office(found_facts):
    found = found_facts("Chief Executive Carrie Lam today met the Secretary of the CPC Zhaoqing Municipal Committee Lai "
                        "Zehua at the Chief Executive's Office.")
    assert not any(p == "visited" and o == "Chief Executive's Office" for _, p, o in found)


# "The ceremony was held at the Government Headquarters in Macao. Also present were A and B": those present were at
# the event without a name reported last, where it was held (a visit, not for those at home there)
@pytest.mark.parametrize("text, visitors, place", [
    ("The Chief Executive, Mr Ho Wai, and the Minister of State Administration of Norland, Mr Tomas Cabral, signed a "
     "memorandum on sister-city ties. The ceremony was held on Thursday at the Government Headquarters in Macao. Also "
     "present were: the Director General of Local Administration of Norland, Ms Maria Belo; and the Mayor of Dili, Mr "
     "Gregorio Saldanha.", ("Maria Belo", "Gregorio Saldanha"), "Macao"),
    ("The reception was held at the Grand Hotel in Osaka. Also present were the Consul General of Norland in Osaka, Mr "
     "Ken Mori, and the Secretary for Commerce and Economic Development, Mr Algernon Yau.", ("Algernon Yau",), "Osaka"),
    ("The luncheon was held in Lima today. Among those present were the Minister of Trade of Norland, Ms Ana Cruz, and "
     "the Director-General of Trade and Industry, Ms Maria Wong.", ("Ana Cruz", "Maria Wong"), "Lima"),
])
def test_those_present_at_an_unnamed_event_held_somewhere(found_facts, text, visitors, place):
    found = found_facts(text)
    assert {(v, "visited", place) for v in visitors} <= found


def test_those_present_at_home_travel_nowhere(found_facts):
    found = found_facts("The reception was held at Government House in Hong Kong. Also present were the Secretary for "
                        "Justice, Mr Paul Lam, and the Consul General of Norland, Mr Ken Mori.")
    assert ("Paul Lam", "visited", "Hong Kong") not in found


# "Upon arriving in X, Mrs A, accompanied by B, met Y": the parser hangs A on the opening phrase (and may read Y as the
# subject); A met Y, and B, who accompanied her, too
@pytest.mark.parametrize("text, subject, companion, met", [
    ("Upon arriving in Nanjing, Mrs Lam, accompanied by Secretary for Constitutional & Mainland Affairs Patrick Nip, met "
     "CPC Jiangsu Provincial Committee Secretary Lou Qinjian.", "Lam", "Patrick Nip", "Lou Qinjian"),
    ("After arriving in Chengdu, Mr Chan, accompanied by the Director of Immigration Mr Au Ka-wang, met Sichuan Vice "
     "Governor Luo Qiang.", "Chan", "Au Ka-wang", "Luo Qiang"),
    ("On arrival in Hangzhou, Ms Yip, accompanied by Under Secretary for Commerce and Economic Development Clement Woo, "
     "met Zhejiang Governor Wang Hao.", "Yip", "Clement Woo", "Wang Hao"),
])
def test_a_subject_hung_on_the_opening_phrase(found_facts, text, subject, companion, met):
    found = found_facts(text)
    assert {(subject, "metWith", met), (companion, "metWith", met)} <= found
    assert (met, "metWith", companion) in found and (subject, "metWith", companion) not in found


# "graced the occasion (with their presence)": the occasion is the event named last
@pytest.mark.parametrize("text, people, event", [
    ("The Riverton Innovation Forum was held in Hong Kong this morning. The Director of the Liaison Office, Mr Wang "
     "Lin, and the Consul General of Lakeland in Hong Kong, Mr Tom Reed, graced the occasion with their presence.",
     ("Wang Lin", "Tom Reed"), "Riverton Innovation Forum"),
    ("The Westbay Film Festival opened yesterday. The Secretary for Culture, Mr Alan Brook, graced the occasion.",
     ("Alan Brook",), "Westbay Film Festival"),
    ("The Lakeland Trade Expo 2024 opened in Macao today. Mr Tom Reed and Ms Amy Ho also graced the occasion.",
     ("Tom Reed", "Amy Ho"), "Lakeland Trade Expo 2024"),
])
def test_those_at_the_occasion(found_facts, text, people, event):
    found = found_facts(text)
    for person in people:
        assert (person, "attended", event) in found


# Officiating guests listed right after the sentence that names the event, with no one reported at it before
@pytest.mark.parametrize("text, people, event", [
    ("The Riverton Green Expo opened today. Officiating guests included the Chief Executive, Mr John Lee; the "
     "Director of the Liaison Office, Mr Wang Lin; and the Secretary for Justice, Mr Paul Lam.",
     ("John Lee", "Wang Lin", "Paul Lam"), "Riverton Green Expo"),
    ("The Lakeland Food Festival was held at the harbourfront today. Other guests included Mr Tom Reed and Ms Amy Ho.",
     ("Tom Reed", "Amy Ho"), "Lakeland Food Festival"),
    ("The 2024 Westbay Design Week began this morning. Among those present were Mr Alan Brook and Mr Chan Tai-man.",
     ("Alan Brook", "Chan Tai-man"), "2024 Westbay Design Week"),
])
def test_guests_listed_after_the_event_named(found_facts, text, people, event):
    found = found_facts(text)
    for person in people:
        assert (person, "attended", event) in found


# Speeches made "for" an event: their speakers attended it, however far back it was named
@pytest.mark.parametrize("text, people, event", [
    ("The Riverton Innovation Forum was held in Hong Kong today. The Chief Executive, Mr John Lee, delivered the "
     "opening remarks. The Chief Secretary, Mr Alan Brook; and the Vice Governor of Guangdong, Ms Amy Ho, made "
     "key-note speeches for the Forum.", ("Alan Brook", "Amy Ho"), "Riverton Innovation Forum"),
    ("The Lakeland Finance Summit opened today. Mr Tom Reed welcomed the guests. Ms Amy Ho delivered a keynote speech "
     "for the Summit.", ("Amy Ho",), "Lakeland Finance Summit"),
    ("The Westbay Legal Forum took place today in Macao. It drew 500 guests. Mr Paul Lam and Mr Chan Tai-man gave "
     "speeches for the Forum.", ("Paul Lam", "Chan Tai-man"), "Westbay Legal Forum"),
])
def test_speeches_made_for_an_event(found_facts, text, people, event):
    found = found_facts(text)
    for person in people:
        assert (person, "attended", event) in found


# "a meeting (talks) between A and B": A and B met
@pytest.mark.parametrize("text, a, b", [
    ("Riverton and Hong Kong intend to deepen ties, following a meeting between Wang Lin, Riverton's Party "
     "Secretary, and Alan Brook, Hong Kong's chief executive, on June 1.", "Wang Lin", "Alan Brook"),
    ("The talks between the Chief Executive, Mr Alan Brook, and the Governor of Riverton, Mr Wang Lin, covered trade.",
     "Alan Brook", "Wang Lin"),
    ("A meeting between Mr Tom Reed and Ms Amy Ho was held in Lakeland yesterday.", "Tom Reed", "Amy Ho"),
])
def test_a_meeting_between_two_people(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


def test_a_meeting_between_two_places_meets_no_one(found_facts):
    found = found_facts("A meeting between Riverton and Lakeland officials was held yesterday. Mr Tom Reed spoke.")
    assert not any(p == "metWith" for _, p, _ in found)


# "A, accompanied by B and C, met D. E and F also attended the meeting": E and F (D's side) meet A, the principal,
# not A's companions
@pytest.mark.parametrize("text, principal, companions, joiners", [
    ("The Chief Executive, Mrs Carrie Lam, accompanied by the Secretary for Commerce, Mr Edward Yau, and the Secretary "
     "for Finance, Mr James Lau, met with the Deputy Prime Minister of Singapore, Mr Heng Swee Keat, at Government "
     "House today. Singapore's Minister for Foreign Affairs, Dr Vivian Balakrishnan, and the Senior Minister of State, "
     "Mr Chee Hong Tat, also attended the meeting.",
     "Carrie Lam", ("Edward Yau", "James Lau"), ("Vivian Balakrishnan", "Chee Hong Tat")),
    ("The Chief Secretary, Mr Alan Brook, accompanied by the Secretary for Security, Mr Chris Tang, and the Secretary "
     "for Justice, Mr Paul Lam, met the Minister of Justice of Thailand, Mr Tom Reed, today. Thailand's Ambassador to "
     "China, Ms Ana Cruz, also attended the meeting.", "Alan Brook", ("Chris Tang", "Paul Lam"), ("Ana Cruz",)),
    ("The Financial Secretary, Mr Paul Chan, accompanied by the Secretary for Transport, Mr Lam Wai, and the "
     "Commissioner for Tourism, Ms Amy Ho, met the Foreign Minister of Chile, Mr Eric Holt, in Hong Kong today. Chile's "
     "Minister of Trade, Mr Luis Ortega, and its Consul General, Ms Ida Holm, also attended the meeting.",
     "Paul Chan", ("Lam Wai", "Amy Ho"), ("Luis Ortega", "Ida Holm")),
])
def test_joiners_meet_the_principal_not_his_companions(found_facts, text, principal, companions, joiners):
    found = found_facts(text)
    for joiner in joiners:
        assert (joiner, "metWith", principal) in found
        for companion in companions:
            assert (joiner, "metWith", companion) not in found


# The session a delegation is led to is attended by those who join the delegation, not only by its leader.
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Trade, Mr Ho Kin, will lead a delegation to Lakeland for the third Riverton/Lakeland Trade "
     "Conference on May 3. The Under Secretary for Trade, Ms Ann Lo, will join the delegation.",
     {("Ann Lo", "attended", "third Riverton/Lakeland Trade Conference")}),
    ("Chief Secretary Tom Hale will lead a Government delegation to Fujian for the second Riverton/Fujian "
     "Co-operation Conference. Under Secretary for Finance Ann Lo and Permanent Secretary for Trade Ho Kin will "
     "join the delegation.", {("Ann Lo", "attended", "second Riverton/Fujian Co-operation Conference"),
                              ("Ho Kin", "attended", "second Riverton/Fujian Co-operation Conference")}),
    ("The Financial Secretary, Mr Tom Hale, will lead a delegation to Hainan for the fifth Riverton/Hainan Economic "
     "Forum tomorrow. Also joining the delegation is the Director of Trade, Ms Ann Lo.",
     {("Ann Lo", "attended", "fifth Riverton/Hainan Economic Forum")}),
])
def test_who_joins_a_delegation_attends_the_session_it_is_led_to(extractor, text, expected):
    check(extractor, text, expected)


# "Hong Kong officials attending the meeting were A and B", "Joining the meeting was C": those listed join the meeting
# reported before and meet the other side (a place or body naming the officials is no name of the attendees).
@pytest.mark.parametrize("text, expected", [
    ("The Chief Secretary, Mr John Lee, met the Deputy Director of the Hong Kong and Macao Affairs Office of the State "
     "Council, Mr Huang Liuquan, in Shenzhen today. Hong Kong officials attending the meeting were the Secretary for "
     "Food and Health, Professor Sophia Chan, and the Secretary for Development, Mr Michael Wong.",
     {("Sophia Chan", "metWith", "Huang Liuquan"), ("Michael Wong", "metWith", "Huang Liuquan")}),
    ("The Secretary for Security, Mr Tang Ping-keung, met the Minister of Public Security of Lakeland, Mr Jan Novak, "
     "in Lakeland today. Other Hong Kong officials attending the meeting included the Commissioner of Police, "
     "Mr Ho Kin, and the Director of Immigration, Mr Tom Hale.",
     {("Ho Kin", "metWith", "Jan Novak"), ("Tom Hale", "metWith", "Jan Novak")}),
    ("The Secretary for Security, Mr Tang Ping-keung, met the Minister of Public Security of Lakeland, Mr Jan Novak, "
     "in Lakeland today. Joining the meeting was the Director of Immigration, Mr Tom Hale.",
     {("Tom Hale", "metWith", "Jan Novak")}),
])
def test_officials_listed_as_joining_a_meeting(extractor, text, expected):
    check(extractor, text, expected)


# Signing an agreement in a place puts the signers there: "signed the X Agreement in Sydney".
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Commerce and Economic Development, Mr Edward Yau, signed the Riverton-Lakeland Free Trade "
     "Agreement in Sydney today.", {("Edward Yau", "visited", "Sydney")}),
    ("Mr Tom Hale and Mr Ho Kin signed the Memorandum of Understanding on Port Co-operation in Hanoi yesterday.",
     {("Tom Hale", "visited", "Hanoi"), ("Ho Kin", "visited", "Hanoi")}),
    ("The Secretary for Security, Mr Tang Ping-keung, signed the Riverton-Lakeland Air Services Agreement in Lisbon.",
     {("Tang Ping-keung", "visited", "Lisbon")}),
])
def test_signing_an_agreement_in_a_place(extractor, text, expected):
    check(extractor, text, expected)


# Sharing views with someone is meeting them, whosever the views.
@pytest.mark.parametrize("text, expected", [
    ("Mr Suen shared his views with the Director of the Lakeland Education Bureau, Mr Zhang Bao, on transport.",
     {("Suen", "metWith", "Zhang Bao")}),
    ("The Secretary for Education, Mr Ho Kin, shared his views with the Vice Governor of Lakeland, Mr Li Wen, today.",
     {("Ho Kin", "metWith", "Li Wen")}),
    ("Ms Ann Lo shared her ideas with the Mayor of Riverton, Mr Tom Hale, during the visit.",
     {("Ann Lo", "metWith", "Tom Hale")}),
])
def test_sharing_views_is_meeting(extractor, text, expected):
    check(extractor, text, expected)


# A place that opens a longer name (a venue's) is no place a body is located in (guards: the made-up venues are
# not read this way by the start code either; the case came from a real release).
@pytest.mark.parametrize("text, absent", [
    ("He attended a concert of the Lakeland Philharmonic at the Taipei Zhongzheng Auditorium.",
     ("Lakeland Philharmonic", "locatedIn", "Taipei")),
    ("He toured the exhibits of the Riverton Museum at the Shanghai Expo Centre.",
     ("Riverton Museum", "locatedIn", "Shanghai")),
])
def test_a_place_opening_a_venue_s_name_locates_no_body(extractor, text, absent):
    check(extractor, text, set(), absent={absent})


def test_a_body_in_a_place_is_located_there(extractor):
    check(extractor, "He met members of the Investment Coordinating Board in Indonesia.",
          {("Investment Coordinating Board", "locatedIn", "Indonesia")})


# Attending the activities "under" an event is attending it.
@pytest.mark.parametrize("text, expected", [
    ("The Chairman, Mr Charles Lee, will visit Taipei to attend activities under Riverton Week 2013.",
     {("Charles Lee", "attended", "Riverton Week 2013")}),
    ("Ms Ann Lo will attend events under the Riverton Youth Week tomorrow.",
     {("Ann Lo", "attended", "Riverton Youth Week")}),
    ("Mr Tom Hale attended programmes under the Riverton Arts Festival yesterday.",
     {("Tom Hale", "attended", "Riverton Arts Festival")}),
])
def test_activities_under_an_event(extractor, text, expected):
    check(extractor, text, expected)


# "The delegation was received by X": the delegation's leader met X, also when the passive is the second verb.
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Education, Mr Ho Kin, led a delegation to Beijing today. The delegation was received by the "
     "Director, Mr Wang Li.", {("Ho Kin", "metWith", "Wang Li")}),
    ("The Secretary for Education, Mr Ho Kin, led a delegation to Beijing today. The delegation paid a visit to the "
     "Lakeland Affairs Office and was received by the Director, Mr Wang Li.", {("Ho Kin", "metWith", "Wang Li")}),
    ("Mr Ho Kin arrived in Beijing and was received by the Vice Minister, Mr Wang Li.",
     {("Ho Kin", "metWith", "Wang Li")}),
])
def test_a_delegation_received_by_someone(extractor, text, expected):
    check(extractor, text, expected)


def test_a_plan_welcomed_by_someone_is_no_meeting(extractor):
    check(extractor, "The plan of Mr Ho Kin was welcomed by the Director, Mr Wang Li.", set(),
          absent={("Ho Kin", "metWith", "Wang Li")})


# A host who accompanies the visitor round ("accompanied by the Mayor of X, Mr B") meets him and visits nothing:
# the host's side is the place the release names inside the post, however the post spells it ("Tel Aviv-Yafo").
@pytest.mark.parametrize("text, visitor, host, place", [
    ("The Chief Executive, Mr C Y Leung, arrived in Tel Aviv today. In the afternoon, Mr Leung, accompanied by the "
     "Mayor of Tel Aviv-Yafo, Mr Ron Huldai, will meet two technology start-up companies.",
     "C Y Leung", "Ron Huldai", "Tel Aviv"),
    ("The Secretary for Commerce and Economic Development, Mr Edward Yau, arrived in Sapporo today. Mr Yau, "
     "accompanied by the Governor of "
     "Hokkaido Prefecture, Ms Naomi Takahashi, toured a dairy farm.", "Edward Yau", "Naomi Takahashi", "Sapporo"),
    ("The Secretary for Education, Dr Choi Yuk-lin, visited Helsinki today. Dr Choi, accompanied by the Deputy Mayor "
     "of Helsinki City, Ms Anni Sinnemaki, toured a library.", "Choi Yuk-lin", "Anni Sinnemaki", "Helsinki"),
])
def test_host_companion_meets_the_visitor(found_facts, text, visitor, host, place):
    facts = found_facts(text)
    assert (visitor, "metWith", host) in facts
    assert (visitor, "visited", place) in facts
    assert not any(s == host and p == "visited" for s, p, o in facts)


# "Together with A, B met C": A came with B (both met C), and did not meet B.
@pytest.mark.parametrize("text, companion, principal, met", [
    ("Together with the Minister of Culture, Dr Cai Wu, Mr Tsang met with the Chinese Ambassador to Singapore, "
     "Mr Wei Wei.", "Cai Wu", "Tsang", "Wei Wei"),
    ("Together with the Vice Minister of Commerce, Mr Wang Shouwen, Mr Yau met with the Minister of Trade of Chile, "
     "Mr Rodrigo Yanez.", "Wang Shouwen", "Yau", "Rodrigo Yanez"),
    ("Together with the Governor of Guangdong Province, Mr Wang Weizhong, Mr Lee met with the Prime Minister of "
     "Thailand, Mr Srettha Thavisin.", "Wang Weizhong", "Lee", "Srettha Thavisin"),
    ("Along with the Mayor of Shenzhen, Mr Qin Weizhong, Mr Chan met with the Mayor of Osaka, Mr Hideyuki Yokoyama.",
     "Qin Weizhong", "Chan", "Hideyuki Yokoyama"),
])
def test_together_with_is_a_companion(found_facts, text, companion, principal, met):
    facts = found_facts(text)
    assert (companion, "metWith", met) in facts
    assert not any(s == companion and p == "metWith" and principal in o for s, p, o in facts)


# "Led by A, the delegation visited X": the participle before the clause names the delegation's leader.
@pytest.mark.parametrize("text, leader, place", [
    ("Led by the Secretary for Home Affairs, Mr Lau Kong-wah, the delegation visited Chengdu today.",
     "Lau Kong-wah", "Chengdu"),
    ("Led by COY Chairman Mr Bunny Chan Chun-bun, the delegation visited Baoding in Hebei today.",
     "Bunny Chan Chun-bun", "Baoding"),
    ("Headed by the Under Secretary for Education, Mr Sze Chun-fai, the delegation toured Xiamen yesterday.",
     "Sze Chun-fai", "Xiamen"),
])
def test_leader_in_an_opening_participle(found_facts, text, leader, place):
    assert (leader, "visited", place) in found_facts(text)


# Bare "Members" of a release about a delegation with a leader are the delegation: its leader does what they do.
@pytest.mark.parametrize("text, leader, place", [
    ("Led by the Secretary for Home Affairs, Mr Lau Kong-wah, the delegation visited Chengdu today. Members also "
     "visited the Sichuan University.", "Lau Kong-wah", "Sichuan University"),
    ("The Under Secretary for Education, Mr Sze Chun-fai, led a delegation of 50 teachers to Xiamen today. Members "
     "toured the Xiamen University in the afternoon.", "Sze Chun-fai", "Xiamen University"),
    ("The Chairman of the Commission on Youth, Mr Lau Chi-wah, is leading a youth delegation to Wuhan. Members visited "
     "the Wuhan University yesterday.", "Lau Chi-wah", "Wuhan University"),
])
def test_bare_members_are_the_delegation(found_facts, text, leader, place):
    assert (leader, "visited", place) in found_facts(text)


# "The delegation includes A and B. They will meet X": "they" are the delegation, and its members meet X too.
@pytest.mark.parametrize("text, member, met", [
    ("The Secretary for Food and Health, Dr York Chow, will lead a delegation to Israel next week. The delegation "
     "includes the Deputy Director of Health, Dr Gloria Tam. They will meet Deputy Minister of Health Ya'akov Litzman.",
     "Gloria Tam", "Ya'akov Litzman"),
    ("The Secretary for Security, Mr Chris Tang, will lead a delegation to Singapore tomorrow. The delegation includes "
     "the Commissioner of Police, Mr Raymond Siu. They will call on the Minister for Home Affairs, Mr K Shanmugam.",
     "Raymond Siu", "K Shanmugam"),
    ("The Secretary for Education, Dr Choi Yuk-lin, led a delegation to Helsinki today. The delegation comprises the "
     "Permanent Secretary for Education, Ms Michelle Li. They met the Minister of Education of Finland, Ms Anna-Maja "
     "Henriksson.", "Michelle Li", "Anna-Maja Henriksson"),
])
def test_they_after_the_delegation_members(found_facts, text, member, met):
    assert (member, "metWith", met) in found_facts(text)


# "He is accompanied (on the visit) by A; B; and C": every name of the list after "by" came along.
@pytest.mark.parametrize("text, companions, place", [
    ("The Chief Executive, Mr Donald Tsang, today led a delegation to Kuwait. He is accompanied on the visit by the "
     "Director of the Chief Executive's Office, Mr Norman Chan; the Private Secretary to Chief Executive, Mr Kenneth "
     "Mak; and the Information Co-ordinator, Mr Andy Ho.", ("Norman Chan", "Kenneth Mak", "Andy Ho"), "Kuwait"),
    ("The Secretary for Justice, Mr Paul Lam, arrived in Riyadh today. He is accompanied by the Deputy Solicitor "
     "General, Ms Linda Poon; and the Director of Administration, Mr Ivan Tang.", ("Linda Poon", "Ivan Tang"), "Riyadh"),
    ("The Secretary for Commerce and Economic Development, Mr Algernon Yau, arrived in Jakarta today. He is "
     "accompanied by the Commissioner for Tourism, Mr Vincent Fung; the Director-General of Trade and Industry, Ms "
     "Maggie Wong; and the Press Secretary, Mr Ken Ng.", ("Vincent Fung", "Maggie Wong", "Ken Ng"), "Jakarta"),
    ("The Financial Secretary, Mr Paul Chan, arrived in Doha today. Mr Chan is accompanied on the trip by the Under "
     "Secretary for Financial Services and the Treasury, Mr Joseph Chan.", ("Joseph Chan",), "Doha"),
])
def test_passive_companion_list(found_facts, text, companions, place):
    facts = found_facts(text)
    for person in companions:
        assert (person, "visited", place) in facts


# "call on A and B, followed by C and D": what follows is called on, visited or met too.
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Culture, Sports and Tourism, Mr Kevin Yeung, will call on the Jiangmen Municipal Government "
     "and the Jiangmen Culture Bureau, followed by the Zhuhai Municipal Government and the Zhuhai Culture Bureau.",
     {("Kevin Yeung", "visited", "Zhuhai Municipal Government"), ("Kevin Yeung", "visited", "Zhuhai Culture Bureau")}),
    ("The Secretary for Commerce and Economic Development, Mr Edward Yau, met the Mayor of Osaka, Mr Ken Ito, followed "
     "by the Governor of Osaka, Mr Ryo Sato.", {("Edward Yau", "metWith", "Ryo Sato")}),
    ("The Secretary for Education, Dr Choi Yuk-lin, visited the University of Helsinki, followed by the Aalto "
     "University, today.", {("Choi Yuk-lin", "visited", "Aalto University")}),
])
def test_followed_by_more_of_the_same(extractor, text, expected):
    check(extractor, text, expected)


# "toured the 99th X Fair", "visited the Y Expo": an occasion one goes round is attended (a visit is to a place or body).
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Commerce and Economic Development, Mr Joseph Wong, also toured the 99th Chinese Export "
     "Commodities Fair in Guangzhou.", {("Joseph Wong", "attended", "99th Chinese Export Commodities Fair")}),
    ("The Secretary for Education, Dr Choi Yuk-lin, visited the Riverton Book Fair today.",
     {("Choi Yuk-lin", "attended", "Riverton Book Fair")}),
    ("The Financial Secretary, Mr Paul Chan, toured the Lakeland Food Expo 2024 yesterday.",
     {("Paul Chan", "attended", "Lakeland Food Expo 2024")}),
])
def test_touring_an_occasion_is_attending_it(extractor, text, expected):
    check(extractor, text, expected)


# "They joined other ministers to call on A", "accompanied Mr B to visit X": the subject does what the infinitive
# says, with those it joins (not object control, as in "invited the guests to visit X").
@pytest.mark.parametrize("text, expected", [
    ("Mr Tsang and Dr Cai Wu met the Chinese Ambassador to Singapore, Mr Wei Wei. They then joined other ministers "
     "to call on the Prime Minister of Singapore, Mr Lee Hsien Loong.",
     {("Tsang", "metWith", "Lee Hsien Loong"), ("Cai Wu", "metWith", "Lee Hsien Loong")}),
    ("The Secretary for Justice, Mr Paul Lam, joined other delegates to call on the Minister of Law of Singapore, "
     "Mr K Shanmugam.", {("Paul Lam", "metWith", "K Shanmugam")}),
    ("Mrs Lam joined other leaders to call on the President of Chile, Mr Sebastian Pinera.",
     {("Lam", "metWith", "Sebastian Pinera")}),
])
def test_joining_others_to_do_something(extractor, text, expected):
    check(extractor, text, expected)


# Speeches "delivered / given / made by" someone: the speakers attended the occasion the speeches were at, else the
# one event the sentence before names
@pytest.mark.parametrize("text, event, speakers", [
    ("The 3rd Westmark Energy Summit opened today in Lakeland. Speeches at the opening ceremony were delivered by the "
     "Minister of Energy of Upland, Ms Maria Silva, and the Mayor of Lakeland, Mr Paulo Reis.",
     "3rd Westmark Energy Summit", ["Maria Silva", "Paulo Reis"]),
    ("Keynote speeches were delivered by the Minister of Energy of Upland, Ms Maria Silva, and the Mayor of Lakeland, "
     "Mr Paulo Reis at the 3rd Westmark Energy Summit.", "3rd Westmark Energy Summit", ["Maria Silva", "Paulo Reis"]),
    ("The 2nd Riverton Ports Forum was held in Lakeland today. Welcome remarks were given by the Minister of Transport "
     "of Westmark, Mr Tiago Lopes, and the Mayor of Lakeland, Ms Ana Cruz.",
     "2nd Riverton Ports Forum", ["Tiago Lopes", "Ana Cruz"]),
    ("The Lakeland Film Week opened yesterday. Opening remarks were made by the Consul General of Westmark, Mr Tom "
     "Hale.", "Lakeland Film Week", ["Tom Hale"]),
])
def test_speeches_delivered_by(found_facts, text, event, speakers):
    assert {(s, "attended", event) for s in speakers} <= found_facts(text)


def test_speeches_delivered_by_with_no_event_named(found_facts):
    found = found_facts("Speeches were delivered by the Minister of Energy of Upland, Ms Maria Silva.")
    assert not any(p == "attended" for _, p, _ in found)


# A place after a list of people the verb takes ("witnessed the signing by A and B in X", "met A and B in X") is where
# the verb's act took place, though the parser hangs it on the last name of the list
@pytest.mark.parametrize("text, visitor, place", [
    ("Financial Secretary John Tsang and Chilean President Sebastian Pinera witnessed the signing by Secretary for "
     "Commerce & Economic Development Gregory So and Chilean Minister of Foreign Affairs Alfredo Moreno in Vladivostok, "
     "Russia.", "John Tsang", "Vladivostok"),
    ("The Chief Executive, Mr John Lee, met the Prime Minister of Thailand, Mr Srettha Thavisin, and the Minister of "
     "Commerce of Thailand, Mr Phumtham Wechayachai in Bangkok.", "John Lee", "Bangkok"),
    ("The Secretary for Justice, Mr Paul Lam, called on the Minister of Law of Singapore, Mr K Shanmugam, and the "
     "Senior Minister of State for Law, Mr Edwin Tong in Singapore.", "Paul Lam", "Singapore"),
])
def test_a_place_after_a_list_of_people(found_facts, text, visitor, place):
    assert (visitor, "visited", place) in found_facts(text)


# the parts of an event "of" it, listed: its opening and its activities, its launch and its programme
@pytest.mark.parametrize("text, person, event, place", [
    ("Mr Michael Wong will depart for Harbin tomorrow to attend the opening ceremony and related activities of the "
     "Harbin International Ice and Snow Festival.", "Michael Wong", "Harbin International Ice and Snow Festival",
     "Harbin"),
    ("Ms Betty Ho will travel to Chengdu on Monday to officiate at the opening ceremony and other activities of the "
     "Western China International Fair.", "Betty Ho", "Western China International Fair", "Chengdu"),
    ("Mr Chan Kin will attend the launch and related programme of the Riverton Design Week in Shanghai.", "Chan Kin",
     "Riverton Design Week", "Shanghai"),
    ("The Secretary for Home Affairs, Mr Lau Wing, will attend the opening and other activities of the Lakeland "
     "Culture Week in Taipei.", "Lau Wing", "Lakeland Culture Week", "Taipei"),
])
def test_listed_parts_of_an_event_are_attending_it(found_facts, text, person, event, place):
    found = found_facts(text)
    assert (person, "attended", event) in found
    assert (event, "heldIn", place) in found


# a meeting noun the light verb takes, "with" someone hung on the verb: a meeting with them
@pytest.mark.parametrize("text, a, b", [
    ("Mr Lam held a discussion session with the Mayor of Berlin, Mr Kai Wegner, today.", "Lam", "Kai Wegner"),
    ("Ms Ho held a discussion with the Governor of Osaka Prefecture, Mr Ken Sato, this morning.", "Ho", "Ken Sato"),
    ("The Secretary for Justice, Mr Ho Kin, had a working session with the Minister of Justice of Peru, Mr Juan "
     "Perez.", "Ho Kin", "Juan Perez"),
])
def test_meeting_noun_with_someone(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


# signing or meeting "with" someone "during" an event: both were at it; "in" a place during it: it was held there
@pytest.mark.parametrize("text, other, event, place", [
    ("The Commissioner of Customs, Mr Ho Kin, signed an arrangement with the Comptroller of Lakeland Customs, Ms Jane "
     "Stone, in Brussels yesterday during the 40th Council Session of the Riverton Customs Organization.", "Jane Stone",
     "40th Council Session of the Riverton Customs Organization", "Brussels"),
    ("Mr Lau Wing signed a trade pact in Lima with the Minister of Trade of Peru, Mr Juan Perez, during the Riverton "
     "Trade Ministers Summit.", "Juan Perez", "Riverton Trade Ministers Summit", "Lima"),
    ("Ms Chu Mei signed a memorandum with the Mayor of Osaka, Mr Ken Sato, in Tokyo during the Asia Cities Summit.",
     "Ken Sato", "Asia Cities Summit", "Tokyo"),
])
def test_counterpart_during_an_event(found_facts, text, other, event, place):
    found = found_facts(text)
    assert (other, "attended", event) in found
    assert (event, "heldIn", place) in found


# "conferred with", "sat down with": meetings
@pytest.mark.parametrize("text, a, b", [
    ("The Secretary for Justice, Mr Ho Kin, conferred with the Mayor of Chengdu, Mr Wang Lei, today.", "Ho Kin",
     "Wang Lei"),
    ("Ms Chu Mei sat down with the Governor of Osaka Prefecture, Mr Ken Sato, this morning.", "Chu Mei", "Ken Sato"),
    ("Mr Lau Wing will confer with the Minister of Trade of Peru, Mr Juan Perez, in Lima.", "Lau Wing", "Juan Perez"),
])
def test_confer_and_sit_down_with(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


# a part of an occasion "of" it: a panel discussion of a forum
@pytest.mark.parametrize("text, person, event", [
    ("The Secretary for Justice, Mr Ho Kin, spoke at a panel discussion of the Riverton Legal Forum today.", "Ho Kin",
     "Riverton Legal Forum"),
    ("Ms Chu Mei joined a roundtable discussion of the Lakeland Trade Summit this morning.", "Chu Mei",
     "Lakeland Trade Summit"),
    ("Mr Lau Wing took part in the closing discussion of the Asia Logistics Conference.", "Lau Wing",
     "Asia Logistics Conference"),
])
def test_a_discussion_of_an_event(found_facts, text, person, event):
    assert (person, "attended", event) in found_facts(text)
