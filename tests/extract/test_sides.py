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
