"""Releases over the model's max_length are parsed in paragraph pieces with whole-release offsets."""

import pytest

from igr.extract.chunking import join, pieces
from igr.ingest import Document

# Written for this test (fictional officials in real places).
PARAGRAPHS = [
    "The Chief Executive, Mr John Lee, met the Mayor of Shanghai, Mr Gong Zheng, at Government House today.",
    "Mr Lee said the Hong Kong/Shanghai Co-operation Conference had deepened co-operation in finance, "
    "innovation and technology, and culture since it was set up.",
    "The Secretary for Commerce and Economic Development, Mr Algernon Yau, and the Vice Mayor of Shanghai, "
    "Mr Hua Yuan, signed an agreement on youth exchanges.",
    "Mr Gong said Shanghai welcomed more Hong Kong young people to work and start businesses in the city.",
    "The Chief Secretary for Administration, Mr Chan Kwok-ki, will visit Shenzhen tomorrow to attend a forum "
    "on the Greater Bay Area.",
    "He will also meet the Party Secretary of Shenzhen, Mr Meng Fanli, and visit the Qianhai Authority.",
]
TEXT = "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("limit", [1, 7, 50, 200, 10_000])
def test_pieces_join_back_and_respect_the_limit(limit):
    parts = pieces(TEXT, limit)
    assert "".join(parts) == TEXT
    assert all(0 < len(p) <= limit for p in parts)


def test_pieces_end_at_paragraph_breaks_when_paragraphs_fit():
    parts = pieces(TEXT, 260)
    assert all(p.endswith("\n\n") for p in parts[:-1])
    assert len(parts) == 4 and "".join(parts) == TEXT


def test_a_paragraph_longer_than_the_limit_is_cut_at_sentence_ends():
    paragraph = " ".join(PARAGRAPHS)
    parts = pieces(paragraph, 250)
    assert "".join(parts) == paragraph and all(p.rstrip().endswith(".") for p in parts)


def _view(extraction):
    return (sorted((e.label, e.name, e.spans) for e in extraction.entities),
            sorted((f.subject, f.predicate, f.object, f.start, f.end, f.evidence) for f in extraction.facts))


@pytest.mark.model
def test_long_release_extracts_as_if_parsed_whole(extractor, monkeypatch):
    document = Document(key="long.txt", text=TEXT, title="CE meets Mayor of Shanghai")
    [whole] = extractor.extract([document])
    monkeypatch.setattr(extractor.nlp, "max_length", 300)  # forces pieces of at most 300 characters
    short, cut = extractor.extract([Document(key="short.txt", text="Mr John Lee met Mr Gong Zheng."), document])
    assert short.key == "short.txt" and cut.key == "long.txt"  # one record per document, in order
    assert whole.entities and whole.facts
    assert _view(cut) == _view(whole)
    text = document.analysed_text
    for fact in cut.facts:
        assert text[fact.start:fact.end].strip() == fact.evidence


@pytest.mark.model
def test_long_release_parsed_alone_after_a_failed_batch(extractor, monkeypatch):
    """The one-at-a-time path (after a batch fails) reads long releases in pieces too."""
    document = Document(key="long.txt", text=TEXT)
    monkeypatch.setattr(extractor.nlp, "max_length", 300)
    [whole] = extractor.extract([document])
    from igr.extract import chunking

    doc = chunking.parse(extractor.nlp, document.analysed_text)
    assert doc.text == document.analysed_text
    mentions = doc.user_data["igr_mentions"]
    assert mentions and all(document.analysed_text[m.start:m.end] == m.text for m in mentions)
    assert all(m.parent is None or mentions[m.parent].start <= m.start < m.end <= mentions[m.parent].end
               for m in mentions)
    assert whole.entities


def test_join_of_no_mentions_is_empty():
    import spacy

    nlp = spacy.blank("en")
    doc = join([nlp("First piece.\n\n"), nlp("Second piece.")])
    assert doc.text == "First piece.\n\nSecond piece." and doc.user_data["igr_mentions"] == []
