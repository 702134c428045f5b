"""Fixtures of the extraction tests: what the real pipeline finds in a sentence written for a test."""

import pytest


@pytest.fixture(scope="module")
def mentions(extractor):
    """``mentions(text)``: the (class, name) of every mention igr's pipeline finds in ``text``."""
    def found(text: str) -> set[tuple[str, str]]:
        return {(m.label, m.name) for m in extractor.nlp(text).user_data["igr_mentions"]}

    return found
