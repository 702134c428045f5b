"""A visitor met by an official of the releases' own place, with no place said, came to that place
(``igr.extract.frames.received_at_home``)."""

import pytest

HK = "Hong Kong"


@pytest.mark.parametrize("text, visitor", [
    ("The Chief Executive, Mr Lam Tai-fai, met the Mayor of Shenzhen, Mr Xu Gang, today to exchange views on "
     "furthering Hong Kong/Shenzhen co-operation.", "Xu Gang"),
    ("The Chief Executive, Mr Lam Tai-fai, received the Governor of Hainan Province, Mr Liu Ming, at Government "
     "House today. They discussed exchanges between Hong Kong and Hainan.", "Liu Ming"),
    ("The Secretary for Justice, Ms Mary Ip, met the Minister of Justice of Thailand, Mr Somchai Wong, this "
     "afternoon. Ms Ip said Hong Kong's legal services could serve Thai enterprises.", "Somchai Wong"),
])
def test_a_visitor_met_at_home(found_facts, text, visitor):
    assert (visitor, "visited", HK) in found_facts(text)


@pytest.mark.parametrize("text", [
    # the meeting's place is said
    "The Chief Executive, Mr Lam Tai-fai, met the Mayor of Shenzhen, Mr Xu Gang, in Shenzhen today. Hong Kong and "
    "Shenzhen will work together.",
    # the official travels: the meeting may be anywhere
    "The Chief Executive, Mr Lam Tai-fai, arrived in Tokyo today. He met the Governor of Tokyo, Ms Yuki Sato, this "
    "afternoon and promoted Hong Kong.",
    # co-chairing a session is no meeting at home
    "The Chief Secretary for Administration, Mr Lee Man-kit, and the Vice Governor of Fujian Province, Mr Liang "
    "Ming, co-chaired the Second Hong Kong/Fujian Co-operation Conference today.",
])
def test_no_visit_at_home(found_facts, text):
    assert not {f for f in found_facts(text) if f[1] == "visited" and f[2] == HK}



# the official takes part in a session held elsewhere: the others met there did not come to the official's place
@pytest.mark.parametrize("text, other", [
    ("The Third Malaysia-Hong Kong Trade Dialogue was held in Kuala Lumpur this morning, co-chaired by the Secretary "
     "for Commerce and Economic Development, Mr Ho Kin, and the Minister of Trade of Malaysia, Mr Aziz Rahman. Mr Ho "
     "also met with the Minister of Trade of Vietnam, Mr Tran Nam, to promote Hong Kong.", "Tran Nam"),
    ("The Asia Cities Summit opened in Seoul today. The Chief Executive, Mr Lam Tai-fai, attended the Summit. He also "
     "met the Mayor of Busan, Mr Park Jin, to promote Hong Kong.", "Park Jin"),
    ("The Global Law Forum took place in Paris this morning. The Secretary for Justice, Ms Mary Ip, spoke at the "
     "forum. She then met the Minister of Justice of Chile, Mr Pablo Soto, to promote Hong Kong.", "Pablo Soto"),
    ("The Secretary for Commerce and Economic Development, Mr Ho Kin, and the Secretary of Trade of the Philippines, "
     "Mr Ramon Reyes, co-chaired the 2nd ASEAN Economic Ministers-Hong Kong, China Consultations in the Philippines "
     "this morning. Mr Ho also met with the Minister of Trade of Australia, Mr Steven Cole.", "Steven Cole"),
])
def test_no_visit_home_when_the_official_attends_a_session_elsewhere(found_facts, text, other):
    assert (other, "visited", HK) not in found_facts(text)


# "met visiting Minister A": "visiting" printed before the guest, however the parser hangs it, names the one met,
# a visitor at home
@pytest.mark.parametrize("text, host, visitor", [
    ("The Secretary for Justice, Mr Paul Lam, met visiting Malaysian Minister for Trade, Mr Ali Hassan, this "
     "afternoon to discuss legal co-operation between Hong Kong and Malaysia.", "Paul Lam", "Ali Hassan"),
    ("Chief Executive John Lee today met visiting Thai Minister of Commerce Somchai Wong to exchange views on "
     "trade between Hong Kong and Thailand.", "John Lee", "Somchai Wong"),
    ("The Financial Secretary, Mr Paul Chan, met visiting Governor of Hainan Province Liu Ming today. Mr Chan said "
     "Hong Kong welcomed Hainan enterprises.", "Paul Chan", "Liu Ming"),
])
def test_met_visiting_guest(found_facts, text, host, visitor):
    found = found_facts(text)
    assert (host, "metWith", visitor) in found
    assert (visitor, "visited", HK) in found
