"""A body's head word before a title ("Board Director", "Council Member") is part of the post: made-up
paraphrases."""

import pytest


@pytest.mark.parametrize("text, post", [
    ("Mr Li Wei, Board Director of the Riverton Development Commission, met the delegation.",
     "Board Director of the Riverton Development Commission"),
    ("The Council Member of the Lakeland Trade Council, Ms Ana Ruiz, joined the talks.",
     "Council Member of the Lakeland Trade Council"),
    ("He thanked the Board Chairman of the Tanjiang Port Group, Mr Zhou Bin.", "Board Chairman of the Tanjiang Port Group"),
])
def test_a_board_or_council_title_is_a_post(mentions, text, post):
    found = mentions(text)
    assert ("Post", post) in found
    assert ("Organization", post) not in found


@pytest.mark.parametrize("text, body", [
    ("The Board of Trade of Lakeland hosted the lunch.", "Board of Trade of Lakeland"),
    ("Members of the Legislative Council attended.", "Legislative Council"),
    ("The Riverton Development Council organised the forum.", "Riverton Development Council"),
])
def test_bodies_with_those_heads_stay_bodies(mentions, text, body):
    assert ("Organization", body) in mentions(text)
