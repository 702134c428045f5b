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
