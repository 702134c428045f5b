"""Names of agreements with words before their head, and statements of intent: made-up paraphrases."""

import pytest


# words before an agreement's head and a complement after it: one agreement, named in full
@pytest.mark.parametrize("text, agreement", [
    ("The Comprehensive Agreement for the Avoidance of Double Taxation was signed today.",
     "Comprehensive Agreement for the Avoidance of Double Taxation"),
    ("Hong Kong and Peru signed the Bilateral Agreement on Air Services yesterday.",
     "Bilateral Agreement on Air Services"),
    ("The two sides welcomed the Strategic Agreement concerning Customs Co-operation.",
     "Strategic Agreement concerning Customs Co-operation"),
])
def test_words_before_the_head_of_an_agreement(mentions, text, agreement):
    assert ("Agreement", agreement) in mentions(text)


@pytest.mark.parametrize("text, agreement", [
    ("Hong Kong and Norland today signed a Statement of Intent on Co-operation in Green Finance.",
     "Statement of Intent on Co-operation in Green Finance"),
    ("The Statement of Intent on Tourism Exchanges was signed by the two ministers.",
     "Statement of Intent on Tourism Exchanges"),
    ("Both cities agreed a Statement of Intent regarding Creative Industries.",
     "Statement of Intent regarding Creative Industries"),
])
def test_a_statement_of_intent_is_an_agreement(mentions, text, agreement):
    assert ("Agreement", agreement) in mentions(text)


# a body or post before "on"/"of" is no agreement; a head alone names nothing
@pytest.mark.parametrize("text, name", [
    ("The Director of the Agreement Office on Trade spoke.", "Director of the Agreement Office on Trade"),
    ("The Statement of Intent was signed today.", "Statement of Intent"),
    ("The Commission on Trade met in Geneva.", "Commission on Trade"),
])
def test_no_agreement_without_its_shape(mentions, text, name):
    assert ("Agreement", name) not in mentions(text)


# a pair of places and an agreement of a kind in lower case: named by the pair
@pytest.mark.parametrize("text, agreement", [
    ("The Secretary said the Hong Kong-Uruguay free trade agreement would take effect next year.",
     "Hong Kong-Uruguay free trade agreement"),
    ("The Hong Kong-Maldives investment agreement entered into force today.", "Hong Kong-Maldives investment agreement"),
    ("Officials of both sides reviewed the Hong Kong/Peru double taxation agreement.",
     "Hong Kong/Peru double taxation agreement"),
])
def test_a_pairs_agreement_of_a_kind(mentions, text, agreement):
    assert ("Agreement", agreement) in mentions(text)


@pytest.mark.parametrize("text", [
    "The Secretary said the Hong Kong-Norland agreement would take effect next year.",  # no kind: no name
    "Hong Kong and Norland signed a free trade agreement last year.",  # no pair before it
])
def test_no_pairs_agreement_without_a_kind_or_a_pair(mentions, text):
    assert not {name for label, name in mentions(text) if label == "Agreement"}


@pytest.mark.parametrize("text, agreement", [
    # an acronym printed between an agreement's head and its topic is no part of the name
    ("He witnessed the signing of a Memorandum of Understanding (MOU) on Tourism Co-operation between Hong Kong and "
     "Uruguay.", "Memorandum of Understanding on Tourism Co-operation"),
    ("The two sides signed a Framework Agreement (FA) on Trade Facilitation today.", "Framework Agreement on Trade Facilitation"),
    ("Both cities signed the Memorandum of Co-operation (MOC) for Cultural Exchanges.",
     "Memorandum of Co-operation for Cultural Exchanges"),
])
def test_an_acronym_before_the_topic(mentions, text, agreement):
    assert ("Agreement", agreement) in mentions(text)


def test_an_acronym_after_a_body_is_no_agreement(mentions):
    found = mentions("The Riverton Trade Council (RTC) on Monday signed nothing.")
    assert not {name for label, name in found if label == "Agreement"}


# "with respect to" joins an agreement's topic to its name, as "on" and "for" do
@pytest.mark.parametrize("text, agreement", [
    ("They signed the Agreement for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with "
     "respect to Taxes on Income today.", "Agreement for the Avoidance of Double Taxation and the Prevention of "
     "Fiscal Evasion with respect to Taxes on Income"),
    ("Hong Kong and Lakeland signed the Arrangement with respect to Mutual Legal Assistance in Criminal Matters.",
     "Arrangement with respect to Mutual Legal Assistance in Criminal Matters"),
    ("The Protocol with respect to Air Services was signed yesterday.", "Protocol with respect to Air Services"),
])
def test_with_respect_to_joins_the_topic(mentions, text, agreement):
    assert ("Agreement", agreement) in mentions(text)


# "Protocol to Amend the X": the verb is no part of the amended agreement's name.
@pytest.mark.parametrize("text, amended", [
    ("Mr Yau signed the First Protocol to Amend the Free Trade Agreement between Hong Kong and Chile today.",
     "Free Trade Agreement between Hong Kong and Chile"),
    ("They signed the Second Protocol to Amend the Agreement on Air Services between Hong Kong and Latvia.",
     "Agreement on Air Services between Hong Kong and Latvia"),
    ("They signed the Protocol to Revise the Comprehensive Double Taxation Agreement between Hong Kong and Estonia.",
     "Comprehensive Double Taxation Agreement between Hong Kong and Estonia"),
])
def test_the_verb_of_an_amending_protocol_is_no_part_of_the_amended_name(mentions, text, amended):
    found = {name for label, name in mentions(text) if label == "Agreement"}
    assert amended in found
    assert not any(name.startswith(("Amend", "Revise")) for name in found)



# an agreement printed by its kind alone is the one agreement of that kind the release prints in full (among others)
@pytest.mark.parametrize("text, signer, agreement", [
    ("The Secretary for Commerce, Mr Ho Kin, today signed an Investment Agreement with the Minister of Trade of "
     "Chile, Mr Lars Berg. The Investment Agreement with Chile adds to the Free Trade Agreement between Hong Kong "
     "and Chile signed in 2012.", "Ho Kin", "Investment Agreement with Chile"),
    ("Ms Chu Mei signed a Free Trade Agreement with the Georgian Minister of Economy, Mr Levan Adze, in Tbilisi "
     "today. The Free Trade Agreement between Hong Kong and Georgia and the Investment Agreement with Georgia will "
     "enter into force next year.", "Chu Mei", "Free Trade Agreement between Hong Kong and Georgia"),
    ("Mr Lau Wing signed a Cooperation Arrangement with the Commissioner of Customs of Peru, Mr Tom Reyes, "
     "yesterday. The Cooperation Arrangement on Customs Enforcement and the Free Trade Agreement with Peru were "
     "welcomed by traders.", "Lau Wing", "Cooperation Arrangement on Customs Enforcement"),
])
def test_an_agreement_printed_by_its_kind(found_facts, text, signer, agreement):
    assert (signer, "signed", agreement) in found_facts(text)


def test_two_agreements_of_a_kind_leave_the_kind_alone(found_facts):
    found = found_facts("Mr Ho Kin signed an Investment Agreement today. The Investment Agreement with Chile and the "
                        "Investment Agreement with Peru were signed in 2020.")
    assert not any(s == "Ho Kin" and p == "signed" for s, p, _ in found)


# a complement begun with a capitalised "Concerning" or "Regarding" goes on across "in" ("the Arrangement
# Concerning Mutual Assistance in Court-ordered Interim Measures")
@pytest.mark.parametrize("text, agreement", [
    ("They signed the Arrangement Concerning Mutual Assistance in Court-ordered Interim Measures today.",
     "Arrangement Concerning Mutual Assistance in Court-ordered Interim Measures"),
    ("The two sides signed the Agreement Regarding Co-operation in Maritime Search and Rescue.",
     "Agreement Regarding Co-operation in Maritime Search and Rescue"),
    ("He witnessed the signing of the Memorandum Concerning Co-operation in Higher Education yesterday.",
     "Memorandum Concerning Co-operation in Higher Education"),
])
def test_capitalised_complement_goes_on_across_in(mentions, text, agreement):
    assert ("Agreement", agreement) in mentions(text)
