import pytest

from igr.extract.lexicon import load_lexicon
from igr.extract.records import LocalEntity
from igr.resolve.entities import KeyMaker, class_of, describe, features
from igr.vocab import ID


def test_the_label_is_the_name_most_releases_use_then_the_fullest():
    d = describe(ID["person/grace-wong"], {"l:Grace Wong": 2, "l:Grace Wong Mei-ling": 2,
                                           "n:Ms Grace Wong": 1})
    assert (d.name, d.aliases) == ("Grace Wong Mei-ling", ("Grace Wong", "Ms Grace Wong"))
    assert d.prefixes == {"grace wong", "grace wong mei"} and "Person|grace wong mei ling" in d.keys


def test_an_entity_no_release_uses_has_no_description():
    assert describe(ID["place/x"], {"l:X": 0, "n:X": 0}) is None


def test_the_lexicon_standard_form_wins_and_kinds_vote():
    d = describe(ID["place/macao"], {"l:Macau": 3, "n:Macau": 3, "k:sar": 2, "k:city": 1}, KeyMaker(load_lexicon()))
    assert (d.name, d.aliases, d.kind) == ("Macao", ("Macau",), "sar")


def test_features_and_classes():
    e = LocalEntity("e1", "Organization", "Shanghai Municipal People's Government", ("SMPG",), government=True)
    assert features(e) == {"l:Shanghai Municipal People's Government",
                           "n:SMPG", "g:"}
    assert class_of(ID["organization/x"]) == "Organization" and class_of(ID["interaction/x"]) is None


def test_keys_stay_within_a_class_and_expand_place_abbreviations():
    keys = KeyMaker(load_lexicon()).keys("Mechanism", ["HK/Guangdong Co-operation Joint Conference"])
    assert "Mechanism|hong kong guangdong cooperation joint conference" in keys
    assert all(k.startswith("Mechanism|") for k in keys)


@pytest.mark.parametrize("printed, standard", [
    ("Hubei Provincial Party Committee Secretary", "Party Secretary of Hubei Province"),
    ("Secretary of the Sichuan Provincial Party Committee", "Party Secretary of Sichuan Province"),
    ("Secretary of the CPC Hangzhou Municipal Party Committee", "Party Secretary of Hangzhou"),
    ("Guangdong Provincial Party Committee Secretary", "Party Secretary of Guangdong Province"),
])
def test_every_printed_form_of_a_party_secretary_has_its_standard_post(printed, standard):
    assert KeyMaker(load_lexicon()).standard("Post", printed) == standard


# A list of officials prints a title and the body it serves after a comma: the same post as "Title of the Body".
@pytest.mark.parametrize("listed, full", [
    ("Director, Chief Executive's Office", "Director of the Chief Executive's Office"),
    ("Commissioner, Riverton Expo Affairs Office", "Commissioner of the Riverton Expo Affairs Office"),
    ("Deputy Director, Lakeland Trade Office", "Deputy Director of the Lakeland Trade Office"),
])
def test_a_listed_title_and_body_is_the_title_of_the_body(listed, full):
    keys = KeyMaker(load_lexicon())
    assert keys.keys("Post", [listed]) & keys.keys("Post", [full])


def test_a_title_and_a_place_after_a_comma_is_not_another_title():
    keys = KeyMaker(load_lexicon())
    assert not keys.keys("Post", ["Deputy Mayor for Economy, Seoul"]) & keys.keys("Post", ["Deputy Mayor for Economy"])
