"""A release that sends a reading into a loop is reported and skipped, and the others are extracted; and
releases that once looped forever (a parse whose root is a noun, under a body's meeting or visit) extract."""

from datetime import date

import pytest

from igr.extract import budget
from igr.extract import extractor as extractor_module
from igr.extract.records import Extraction, Failed
from igr.ingest import Document

pytestmark = pytest.mark.model


def test_a_document_over_its_budget_is_reported_and_the_rest_extracted(extractor, monkeypatch):
    looping = Document(key="loop.txt", text="The Secretary, Mr Tom Ray, met the Mayor, Ms Ann Low, in Lakeland today.")
    plain = Document(key="plain.txt", text="Mr Chan Kwok-ki met Mr Chen Jie in Shanghai.")
    find = extractor.relations.find

    def stuck(doc, entities, *args, **kwargs):  # a reading that never ends, for the document that has Ms Ann Low
        while any(e.name == "Ann Low" for e in entities):
            pass
        return find(doc, entities, *args, **kwargs)

    monkeypatch.setattr(extractor.relations, "find", stuck)
    monkeypatch.setattr(extractor_module, "seconds_for", lambda characters: 0.5)
    looped, done = extractor.extract([looping, plain])
    assert isinstance(looped, Failed) and looped.key == "loop.txt"
    assert "took longer than" in looped.reason
    assert isinstance(done, Extraction) and {"Chan Kwok-ki", "Chen Jie"} <= {e.name for e in done.entities}


def test_the_budget_grows_with_the_length_of_a_document():
    assert budget.seconds_for(0) == budget.BASE_SECONDS
    assert budget.seconds_for(1_000_000) > budget.seconds_for(10_000) > budget.seconds_for(0)


@pytest.mark.parametrize("text", [
    "Photo: The Riverton Council's meeting with Mr Tom Ray.",
    "Highlights of the Riverton Chamber of Commerce delegation's visit to Hong Kong, and a meeting with the "
    "Secretary, Mr Tom Ray.",
    "Scenes from the Lakeland Trade Council's meeting with the Governor of Riverton, Mr Tom Ray.",
])
def test_a_noun_rooted_sentence_under_a_body_s_meeting_extracts(extractor, text):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    assert isinstance(record, Extraction), record
