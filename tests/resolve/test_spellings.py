"""Names printed in other spellings or word orders merge across releases (the lexicon's spellings
and post grammar); names that differ in a word do not. Names are made up for these tests."""

import pytest

from igr.extract.lexicon import load_lexicon
from igr.resolve.entities import KeyMaker


@pytest.fixture(scope="module")
def keymaker():
    return KeyMaker(load_lexicon())


@pytest.mark.parametrize("label, one, other", [
    ("Organization", "Riverton Trade Organisation", "Riverton Trade Organization"),
    ("Organization", "Westmark & Macau Friendship Centre", "Westmark and Macao Friendship Center"),
    ("Initiative", "Lakeland Youth Exchange Programme", "Lakeland Youth Exchange Program"),
    ("Organization", "Tanjiang Provincial People's Government Co-ordination Office",
     "Tanjiang Provincial Government Coordination Office"),
])
def test_spelling_variants_share_a_key(keymaker, label, one, other):
    assert keymaker.keys(label, [one]) & keymaker.keys(label, [other])


@pytest.mark.parametrize("label, one, other", [
    ("Organization", "Riverton Trade Organisation", "Riverton Trade Association"),
    ("Organization", "Westmark Friendship Centre", "Westmark Friendship Council"),
    ("Person", "Macau Lee", "Macao Lee"),  # people keep their names as printed
])
def test_other_words_do_not_share_a_key(keymaker, label, one, other):
    assert not keymaker.keys(label, [one]) & keymaker.keys(label, [other])


@pytest.mark.parametrize("printed, standard", [
    ("Hubei Provincial Government Vice Governor", "Vice Governor of Hubei Province"),
    ("Shanghai Municipal Government Vice Mayor", "Vice Mayor of Shanghai"),
    ("Vice Governor of the Hunan Provincial People's Government", "Vice Governor of Hunan Province"),
    ("CPC Fujian Provincial Committee Secretary", "Party Secretary of Fujian Province"),
    ("Hubei Province Vice-Governor", "Vice Governor of Hubei Province"),
])
def test_a_known_post_in_another_word_order_is_that_post(keymaker, printed, standard):
    assert keymaker.standard("Post", printed) == standard


@pytest.mark.parametrize("one, other", [
    ("Riverton Harbour Board Chairman", "Chairman of the Riverton Harbor Board"),
    ("Westmark Trade Council Executive Director", "Executive Director of Westmark Trade Council"),
    ("Lakeland Macau Affairs Office Deputy Director", "Deputy Director of the Lakeland Macao Affairs Office"),
])
def test_title_after_or_before_its_body_is_one_post(keymaker, one, other):
    assert keymaker.keys("Post", [one]) & keymaker.keys("Post", [other])


@pytest.mark.parametrize("one, other", [
    ("Riverton Trade Council Secretary", "Deputy Secretary of the Riverton Trade Council"),
    ("Westmark Council Chairman", "Chairman of the Eastmark Council"),
    # a portfolio's last word is no title: "Secretary for Administration and [Justice]"
    ("Riverton Secretary for Administration & Justice", "Justice of the Riverton Secretary for Administration and"),
])
def test_other_posts_do_not_share_a_key(keymaker, one, other):
    assert not keymaker.keys("Post", [one]) & keymaker.keys("Post", [other])


def test_a_post_of_a_place_government_is_the_post_of_the_place():
    lexicon = load_lexicon()
    assert lexicon.post_in_other_words("Hunan Provincial Government Governor").name == "Governor of Hunan Province"
    assert lexicon.lookup("Hunan Provincial Government Governor") is None  # extraction reads posts as printed


@pytest.mark.parametrize("one, other", [
    ("Justice Minister", "Minister of Justice"),
    ("Finance Minister", "Minister of Finance"),
    ("Tourism Commissioner", "Commissioner of Tourism"),
])
def test_one_word_portfolio_before_the_title_is_one_post(keymaker, one, other):
    assert keymaker.keys("Post", [one]) & keymaker.keys("Post", [other])


@pytest.mark.parametrize("one, other", [
    ("Vice Governor", "Governor of Vice"),  # a modifier is no portfolio
    ("Deputy Secretary", "Secretary of Deputy"),
    ("Finance Minister", "Minister of Justice"),
])
def test_a_modifier_is_no_portfolio(keymaker, one, other):
    assert not keymaker.keys("Post", [one]) & keymaker.keys("Post", [other])


@pytest.mark.parametrize("label, one, other", [
    # a unit before or after what it is a unit of
    ("Organization", "Ministry of Ocean Affairs", "Ocean Affairs Ministry"),
    ("Organization", "Department of Harbour Works", "Harbour Works Department"),
    ("Organization", "Secretariat of the Riverton Council", "Riverton Council Secretariat"),
    # the Party's committees however the Party is named
    ("Organization", "Tanjiang Provincial Party Committee", "CPC Tanjiang Provincial Committee"),
    ("Organization", "Tanjiang Municipal Committee of the Communist Party of China", "CPC Tanjiang Municipal Committee"),
    ("Organization", "Political Bureau of the CPC Central Committee",
     "Communist Party of China Central Committee Political Bureau"),
    # a body of a special administrative region, with or without the region
    ("Organization", "Harbour Planning Board of the Hong Kong Special Administrative Region", "Harbour Planning Board"),
    ("Organization", "Legislative Assembly of the Macao SAR", "Legislative Assembly"),
    # the word after "Plenary"
    ("Event", "Ninth Plenary Session of the Riverton/Lakeside Joint Conference",
     "Ninth Plenary of the Riverton/Lakeside Joint Conference"),
])
def test_word_orders_of_a_body_share_a_key(keymaker, label, one, other):
    assert keymaker.keys(label, [one]) & keymaker.keys(label, [other])


@pytest.mark.parametrize("label, one, other", [
    ("Organization", "Ministry of Ocean Affairs", "Ocean Affairs Council"),
    ("Organization", "Government of the Hong Kong Special Administrative Region", "Government"),  # one word: anyone's
    ("Organization", "Harbour Planning Board of Riverton", "Harbour Planning Board"),  # not a region's own body
    ("Person", "Ministry of Ocean Affairs", "Ocean Affairs Ministry"),
])
def test_other_bodies_keep_their_keys(keymaker, label, one, other):
    assert not keymaker.keys(label, [one]) & keymaker.keys(label, [other])


@pytest.mark.parametrize("label, one, other", [
    # a country's adjective before a post or a government body is "of" that country
    ("Post", "Estonian Prime Minister", "Prime Minister of Estonia"),
    ("Post", "British Foreign Secretary", "Foreign Secretary of the United Kingdom"),
    ("Post", "South African Minister of Trade", "Minister of Trade of South Africa"),
    ("Post", "Thai Commerce Minister", "Minister of Commerce of Thailand"),
    ("Post", "Norwegian Trade Minister", "Minister of Trade of Norway"),
    ("Organization", "Japanese Government", "Government of Japan"),
    ("Organization", "Thai Embassy", "Embassy of Thailand"),
])
def test_a_countrys_adjective_is_the_country(keymaker, label, one, other):
    assert keymaker.keys(label, [one]) & keymaker.keys(label, [other])


@pytest.mark.parametrize("label, one, other", [
    ("Post", "Chinese Ambassador to Japan", "Ambassador to Japan of China"),  # a post to a country
    ("Organization", "American Chamber of Commerce", "United States Chamber of Commerce"),  # no government's body
    ("Post", "Riverton Prime Minister", "Prime Minister of Estonia"),
])
def test_other_adjectives_name_no_country(keymaker, label, one, other):
    assert not keymaker.keys(label, [one]) & keymaker.keys(label, [other])
