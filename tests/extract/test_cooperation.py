"""Co-operation an official seeks for the place they serve (``igr.extract.cooperation.side_cooperation``)."""

import pytest

HK = "Hong Kong"


@pytest.mark.parametrize("text, partners", [
    # a trip made to explore co-operation: the official's place and each place the trip went to
    ("The Secretary for Development of Hong Kong, Mr Tam Ka-ming, this week led a delegation to Laos and "
     "Thailand to promote Hong Kong's engineering services and to explore room for collaboration.",
     {"Laos", "Thailand"}),
    ("The Secretary for Commerce and Economic Development, Mr Ho Wing-kit, led a delegation from Hong Kong to "
     "Vietnam and Cambodia to explore opportunities for co-operation.", {"Vietnam", "Cambodia"}),
    ("The Financial Secretary, Mr Paul Chau, will visit Yunnan next week to strengthen co-operation with the "
     "province in tourism. Hong Kong and Yunnan have close ties.", {"Yunnan"}),
    # the partner named: "exchanges with Hebei"
    ("The Chief Executive of Hong Kong, Mrs Ada Wong, met the Governor of Hebei Province, Mr Xu Gang. Mrs Wong "
     "said she looked forward to enhancing exchanges with Hebei in trade and culture.", {"Hebei"}),
    # a meeting held for co-operation: the places of those met
    ("The Chief Executive of Hong Kong, Mr Lam Tai-fai, separately met with leaders of Hainan, Yunnan and Guangxi "
     "this afternoon to exchange views on how to further strengthen co-operation.", {"Hainan", "Yunnan", "Guangxi"}),
    ("The Chief Executive of Hong Kong, Mr Lam Tai-fai, met the Governor of Jiangxi Province, Mr Liu Qi, today to "
     "discuss co-operation in tourism.", {"Jiangxi"}),
    ("The Secretary for Education of Hong Kong, Mr Chow Ka-lok, met officials of Anhui this morning to promote "
     "exchanges between schools.", {"Anhui"}),
])
def test_an_official_seeks_cooperation_for_their_place(found_facts, text, partners):
    facts = found_facts(text)
    assert {o for s, p, o in facts if s == HK and p == "cooperatesWith"} == partners


@pytest.mark.parametrize("text", [
    # a co-operation noun inside a name is no co-operation sought
    "The Chief Executive of Hong Kong, Mr Lam Tai-fai, will leave for Japan to attend the Asia-Pacific Economic "
    "Cooperation Economic Leaders' Meeting in Osaka.",
    # what a meeting was about, not what a trip set out to do
    "The Secretary for Security of Hong Kong, Mr Yip Chi-on, co-chaired a task force meeting in Shenzhen today "
    "on the collaboration for the planning of control points.",
    # no co-operation word
    "The Secretary for Commerce of Hong Kong, Mr Ho Wing-kit, visited Jakarta today to discuss trade figures "
    "with officials.",
    # a meeting about something else
    "The Chief Executive of Hong Kong, Mr Lam Tai-fai, met the Governor of Jiangxi Province, Mr Liu Qi, today to "
    "discuss the weather.",
    # a place inside the official's own
    "The Secretary for Justice of Hong Kong, Ms Mary Ip, visited Kowloon City today to promote co-operation "
    "among district offices.",
])
def test_no_cooperation_sought(found_facts, text):
    assert not {(s, o) for s, p, o in found_facts(text) if p == "cooperatesWith" and HK in (s, o)}


@pytest.mark.parametrize("text, pair, place", [
    ("Mr Sun witnessed the signing of a memorandum on co-operation between the Transport Bureau and the Ministry of "
     "Transport of Thailand in Bangkok.", ("Transport Bureau", "Ministry of Transport of Thailand"), "Bangkok"),
    ("The officials discussed co-operation between Hong Kong and Shenzhen at the Lakeside Hotel in Guangzhou.",
     ("Hong Kong", "Shenzhen"), "Guangzhou"),
    ("The agreement deepens co-operation between the Commerce Bureau and the Ministry of Trade of Malaysia in "
     "Kuala Lumpur.", ("Commerce Bureau", "Ministry of Trade of Malaysia"), "Kuala Lumpur"),
])
def test_the_place_of_a_cooperation_between_two_is_no_party(found_facts, text, pair, place):
    facts = {(s, o) for s, p, o in found_facts(text) if p == "cooperatesWith"}
    assert pair in facts and not {f for f in facts if place in f}


def test_places_are_the_parties_when_only_they_are_named(found_facts):
    facts = found_facts("The forum promoted co-operation between the sectors in Hong Kong and the UAE.")
    assert ("Hong Kong", "cooperatesWith", "United Arab Emirates") in facts


@pytest.mark.parametrize("text, pair", [
    # two places before a plural class noun, or after "the governments of"
    ("The Hong Kong and Fujian governments have agreed to deepen co-operation in tourism.", ("Hong Kong", "Fujian")),
    ("The governments of Shenzhen and Hong Kong will step up collaboration on innovation.", ("Shenzhen", "Hong Kong")),
    ("The Macao and Hong Kong administrations signed a memorandum to strengthen co-operation in health.",
     ("Macao", "Hong Kong")),
    # a complement after the last of two nouns is both's
    ('"This will lead to more investment and further exchanges between Hong Kong and Canada," Mr Ho said.',
     ("Hong Kong", "Canada")),
    ("The two sides agreed to promote trade and closer partnership between Hong Kong and Chile.", ("Hong Kong", "Chile")),
    ("The forum fostered dialogue and exchanges between Hong Kong and Peru.", ("Hong Kong", "Peru")),
])
def test_parties_named_around_a_plural_or_a_list(found_facts, text, pair):
    a, b = pair
    assert (a, "cooperatesWith", b) in found_facts(text)


@pytest.mark.parametrize("text, partners", [
    # "the two provinces": the last two of that kind, not the release's pair
    ("The Secretary for Justice of Hong Kong, Mr Lo Wai-man, started his visit to Hunan and Henan today to explore "
     "room for co-operation with the two provinces.", {"Hunan", "Henan"}),
    ("The Secretary for Housing of Hong Kong, Ms Ivy Tse, will visit Jiangxi and Fujian next week to strengthen "
     "co-operation with the two provinces in housing.", {"Jiangxi", "Fujian"}),
    ("The Secretary for Transport of Hong Kong, Mr Wu Kin, led a delegation to Guizhou and Sichuan to explore "
     "opportunities for collaboration with the two provinces.", {"Guizhou", "Sichuan"}),
])
def test_the_two_provinces_are_the_two_named_last(found_facts, text, partners):
    assert {o for s, p, o in found_facts(text) if s == HK and p == "cooperatesWith"} == partners


def test_one_region_before_a_plural_is_not_its_places(found_facts):
    facts = found_facts("The Financial Secretary of Hong Kong, Mr Ng Sai-ho, will visit Mainland cities next week.")
    assert not {o for s, p, o in facts if p == "visited"}


@pytest.mark.parametrize("text, pair", [
    # "both sides" after two officials met, no parties named: the places the two serve
    ("The Secretary for Transport of Hong Kong, Mr Lam Wing, met the Mayor of Zhuhai, Mr Huang Ming, today. Both "
     "sides agreed to enhance collaboration in cross-boundary transport.", ("Hong Kong", "Zhuhai")),
    ("The Chief Secretary of Hong Kong, Mr Ko Man, met the Governor of Hainan, Mr Feng Fei, this morning. The two "
     "sides exchanged views on strengthening co-operation in tourism.", ("Hong Kong", "Hainan")),
    ("The Secretary for Justice of Hong Kong, Ms Lo Ying, called on the Minister of Justice of Chile, Mr Luis Cordero. "
     "Both sides will deepen exchanges in legal services.", ("Hong Kong", "Chile")),
])
def test_both_sides_of_two_who_met(found_facts, text, pair):
    a, b = pair
    assert (a, "cooperatesWith", b) in found_facts(text)


def test_both_sides_of_one_place_are_no_pair(found_facts):
    facts = found_facts("The Secretary for Justice of Hong Kong, Ms Lo Ying, met the Chief Executive of Hong Kong, "
                        "Mr Lee Wing. Both sides agreed to enhance collaboration.")
    assert not {(s, o) for s, p, o in facts if p == "cooperatesWith"}


# "the two economies" after a trip to a city printed with its country: the traveller's home and that country
@pytest.mark.parametrize("text, country, city", [
    ("The Financial Secretary, Mr Paul Chan, will depart for London, the United Kingdom, on October 25. He will brief "
     "officials on Hong Kong and meet start-ups in London to bolster collaboration between the two economies.", "United Kingdom", "London"),
    ("The Secretary for Commerce and Economic Development, Mr Algernon Yau, arrived in Paris, France, today. He said "
     "Hong Kong welcomed French firms and that co-operation between the two economies in trade would deepen.", "France", "Paris"),
    ("The Chief Executive, Mr John Lee, arrived in Riyadh, Saudi Arabia, today. He said Hong "
     "Kong hoped to strengthen co-operation between the two economies in finance.", "Saudi Arabia", "Riyadh"),
])
def test_two_economies_are_the_country_of_the_city_visited(found_facts, text, country, city):
    found = found_facts(text)
    assert ("Hong Kong", "cooperatesWith", country) in found
    assert ("Hong Kong", "cooperatesWith", city) not in found


# co-operation "with" a partner after "to"/"for" of the clause's verb: the clause's subject co-operates
@pytest.mark.parametrize("text, a, b", [
    ("Mrs Lam said that Hong Kong looked forward to further bilateral exchanges with Belgium.", "Hong Kong", "Belgium"),
    ("The HKSAR Government is committed to closer co-operation with the Government of Peru.", "HKSAR Government",
     "Government of Peru"),
    ("Mr Lee said Hong Kong would work towards deeper collaboration with Chile in innovation.", "Hong Kong", "Chile"),
])
def test_cooperation_after_to_is_the_subjects(found_facts, text, a, b):
    assert (a, "cooperatesWith", b) in found_facts(text)


@pytest.mark.parametrize("text", [
    "Hong Kong thanked Peru for its co-operation with Chile.",
    "Hong Kong looked forward to Peru's co-operation with Chile.",
    "Hong Kong paid tribute to the co-operation of Peru with Chile.",
])
def test_someone_elses_cooperation_is_not_the_subjects(found_facts, text):
    assert ("Hong Kong", "cooperatesWith", "Chile") not in found_facts(text)


# Adverbs inside a phrase of the lexicon: "work closely with", "work more closely with", "met separately with".
@pytest.mark.parametrize("text, a, b", [
    ("Hong Kong will continue to work closely with Guangdong to develop the Greater Bay Area.", "Hong Kong", "Guangdong"),
    ("Hong Kong will work more closely with Singapore in fintech.", "Hong Kong", "Singapore"),
    ("Mr Lam said Hong Kong would work hand in hand with Shenzhen on innovation.", "Hong Kong", "Shenzhen"),
])
def test_working_closely_with_a_place_is_cooperation(found_facts, text, a, b):
    assert (a, "cooperatesWith", b) in found_facts(text)
