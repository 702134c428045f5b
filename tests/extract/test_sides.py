"""Which side of a meeting an official is on: made-up paraphrases per rule."""

import pytest


# a release written elsewhere names the visitor's post with its place ("of the HKSAR") and its own
# official's without: the two met, though the lexicon puts both posts in Hong Kong
@pytest.mark.parametrize("text, a, b", [
    ("The Chief Executive, Mr Ho Man Kit, met the Secretary for Security of the HKSAR, Mr Tang Ping, at the "
     "Government Headquarters this afternoon.", "Ho Man Kit", "Tang Ping"),
    ("Chief Executive Ho Man Kit today received the Secretary for Justice of the Hong Kong Special "
     "Administrative Region, Mr Paul Lam, and his delegation.", "Ho Man Kit", "Paul Lam"),
    ("The Chief Executive, Mr Ho Man Kit, held talks with the Financial Secretary of Hong Kong, Mr Paul Wong, "
     "on regional co-operation.", "Ho Man Kit", "Paul Wong"),
])
def test_a_post_named_with_its_place_is_the_other_side(found_facts, text, a, b):
    assert (a, "metWith", b) in found_facts(text)


# colleagues stay colleagues: both posts first named alike, whatever a later mention adds
@pytest.mark.parametrize("text, a, b", [
    ("The Chief Executive, Mrs Mary Lo, and the Secretary for Justice, Mr Paul Lam, met the Governor of "
     "Tokyo, Ms Aiko Sato, today.", "Mary Lo", "Paul Lam"),
    ("Accompanied by the Secretary for Commerce and Economic Development, Mr Ed Yip, the Chief Executive, "
     "Mrs Mary Lo, met the Mayor of Osaka, Mr Ken Mori. Mrs Lo said that she, the first woman Chief Executive of the Hong Kong Special "
     "Administrative Region, was glad to visit Osaka.", "Mary Lo", "Ed Yip"),
])
def test_colleagues_named_alike_do_not_meet(found_facts, text, a, b):
    assert (a, "metWith", b) not in found_facts(text)


# A title that is the complement of another ("Chief of Office of the Chief Executive") is no fuller form of it; the
# holder of a title serving a known post, or of a government unit named with no place, is on the issuing
# government's side: those present from the two sides met the other side only.
@pytest.mark.parametrize("text, expected, absent", [
    ("MACAU, May 3 - Chief Executive Ho Iat Seng met with Governor of Fujian Province Wang Ning today. Also present "
     "at the meeting were the Chief of Office of the Chief Executive, Ms Hoi Lai Fong; the Director of the Economic "
     "and Technological Development Bureau, Mr Tai Kin Ip; and Vice Governor of Fujian Province Guo Ningning.",
     [("Hoi Lai Fong", "metWith", "Wang Ning"), ("Tai Kin Ip", "metWith", "Wang Ning")],
     [("Hoi Lai Fong", "metWith", "Ho Iat Seng"), ("Tai Kin Ip", "metWith", "Ho Iat Seng"),
      ("Tai Kin Ip", "metWith", "Guo Ningning"),
      ("Ho Iat Seng", "holdsPost", "Chief of Office of the Chief Executive")]),
    ("The Chief Executive, Mr John Lee, met the Governor of Guangdong Province, Mr Wang Weizhong, today. Also present "
     "were the Director of the Chief Executive's Office, Ms Carol Yip, and the Director of the Riverside Planning "
     "Bureau, Mr Tom Ho.", [("Tom Ho", "metWith", "Wang Weizhong")], [("Tom Ho", "metWith", "John Lee")]),
    ("The Chief Executive, Mr John Lee, met the Mayor of Shenzhen, Mr Qin Weizhong, today. Also present were the "
     "Secretary to the Chief Executive, Ms Ann Low, and the Commissioner of the Riverside Development Office, Mr Ken "
     "Wu.", [("Ann Low", "metWith", "Qin Weizhong"), ("Ken Wu", "metWith", "Qin Weizhong")],
     [("Ann Low", "metWith", "John Lee"), ("Ken Wu", "metWith", "John Lee")]),
])
def test_the_issuing_government_s_own_officials(found_facts, text, expected, absent):
    found = found_facts(text)
    found |= {(o, p, s) for s, p, o in found if p == "metWith"}
    assert set(expected) <= found and not set(absent) & found, found


# Two officials whose posts the lexicon does not know are of one side when their posts name the same place: they
# meet the other side, not each other
@pytest.mark.parametrize("text, a, b, other", [
    ("The Vice Governor of Yunnan Provincial People's Government, Mr Zhao Wen, and the Director of the Yunnan "
     "Provincial Commerce Department, Mr Wei Dong, exchanged views with the Secretary for Justice, Mr Paul Lam.",
     "Zhao Wen", "Wei Dong", "Paul Lam"),
    ("The Mayor of Chengdu Municipal People's Government, Mr Tom Hale, and the Deputy Secretary-General of the Chengdu "
     "Municipal Government, Ms Ana Cruz, held talks with the Secretary for Justice, Mr Paul Lam.",
     "Tom Hale", "Ana Cruz", "Paul Lam"),
    ("The Vice Chairman of Guangxi Zhuang Autonomous Region People's Government, Mr Li Bin, and the Director of the "
     "Guangxi Commerce Department, Mr Lu Hao, exchanged views with the Financial Secretary, Mr Paul Chan.",
     "Li Bin", "Lu Hao", "Paul Chan"),
])
def test_officials_whose_posts_name_one_place(found_facts, text, a, b, other):
    found = found_facts(text)
    assert (a, "metWith", b) not in found
    assert {(a, "metWith", other), (b, "metWith", other)} <= found


# In a release of another government (its dateline or its own bare titles say so), its bare titles are its own: an
# official whose post names that government's place is on the same side ("the Director of the Macao Government
# Tourism Office" with Macao's "Secretary for Economy and Finance")
@pytest.mark.parametrize("text, a, b, other", [
    ("A delegation of the Macao Special Administrative Region Government led by the Secretary for Administration and "
     "Justice, Mr Andre Cheong, visited Haikou today. Mr Cheong held talks with the Governor of Hainan Province, Mr Liu "
     "Xiaoming, together with the Director of the Macao Public Administration and Civil Service Bureau, Mr Kou Peng.",
     "Andre Cheong", "Kou Peng", "Liu Xiaoming"),
    ("A delegation of the Macao Special Administrative Region Government led by the Secretary for Social Affairs and "
     "Culture, Ms Elsie Ao, visited Wuhan today. Ms Ao held a meeting with the Mayor of Wuhan, Mr Sheng Yuechun, "
     "together with the President of the Macao Institute for Tourism Studies, Mr Paulo Wong.",
     "Elsie Ao", "Paulo Wong", "Sheng Yuechun"),
    ("A Macao Special Administrative Region Government delegation led by the Secretary for Security, Mr Wong Sio Chak, "
     "arrived in Fuzhou today. Mr Wong held talks with the Governor of Fujian Province, Mr Zhao Long, together with "
     "the Director of the Macao Judiciary Police, Mr Sit Chong Meng.", "Wong Sio Chak", "Sit Chong Meng", "Zhao Long"),
    ("MACAU, May 3 - The Secretary for Social Affairs and Culture, Ms Elsie Ao, met the Mayor of Wuhan, Mr Sheng "
     "Yuechun, together with the President of the Macao Institute for Tourism Studies, Mr Paulo Wong.",
     "Elsie Ao", "Paulo Wong", "Sheng Yuechun"),
])
def test_a_release_s_own_officials_named_two_ways(found_facts, text, a, b, other):
    found = found_facts(text)
    assert (a, "metWith", b) not in found
    assert (a, "metWith", other) in found and (b, "metWith", other) in found


# An official whose post names their own place through a body ("the Director of the Hong Kong Economic and Trade
# Office in X") is on the side of the release's bare titles of that place: a companion, not a counterpart
@pytest.mark.parametrize("text, a, b, other", [
    ("The Secretary for Justice, Mr Paul Lam, held talks with the Minister of Law of Singapore, Mr K Shanmugam, "
     "together with the Director of the Hong Kong Economic and Trade Office in Singapore, Mr Eric Chan.",
     "Paul Lam", "Eric Chan", "K Shanmugam"),
    ("The Secretary for Commerce and Economic Development, Mr Algernon Yau, called on the Governor of Yunnan Province, "
     "Mr Wang Yubo, together with the Director of the Hong Kong Economic and Trade Office in Chengdu, Mr Lam Chun-fai.",
     "Algernon Yau", "Lam Chun-fai", "Wang Yubo"),
    ("The Financial Secretary, Mr Paul Chan, held a meeting with the Mayor of Osaka, Mr Hideyuki Yokoyama, together "
     "with the Director of the Hong Kong Economic and Trade Office in Tokyo, Ms Maureen Chan.",
     "Paul Chan", "Maureen Chan", "Hideyuki Yokoyama"),
])
def test_an_official_of_a_body_of_the_same_place(found_facts, text, a, b, other):
    found = found_facts(text)
    assert (a, "metWith", b) not in found
    assert (a, "metWith", other) in found and (b, "metWith", other) in found


# a body about a place, owned by another, gives its officials no side: "the Hong Kong SAR Basic Law Committee of the
# NPC Standing Committee" is a central body (its chairman meets the Secretary for Justice)
def test_a_body_about_a_place_owned_by_another(found_facts):
    found = found_facts("Secretary for Justice Teresa Cheng today met officials in Beijing. She also met Hong Kong "
                        "Special Administrative Region Basic Law Committee of the National People's Congress Standing "
                        "Committee Chairman Shen Chunyao.")
    assert ("Teresa Cheng", "metWith", "Shen Chunyao") in found
