"""Long releases are extracted section by section, with whole-release offsets and merged entities."""

from dataclasses import replace

import pytest

from igr.extract.chunking import merge, sections
from igr.extract.records import Fact, LocalEntity
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


def pieces(text, limit):
    return [s for _, s in sections(text, limit)]


@pytest.mark.parametrize("limit", [1, 7, 50, 200, 10_000])
def test_sections_join_back_respect_the_limit_and_know_their_offsets(limit):
    parts = list(sections(TEXT, limit))
    assert "".join(s for _, s in parts) == TEXT
    assert all(0 < len(s) <= limit and TEXT[at:at + len(s)] == s for at, s in parts)


def test_sections_end_at_paragraph_breaks_when_paragraphs_fit():
    parts = pieces(TEXT, 260)
    assert all(p.endswith("\n\n") for p in parts[:-1])
    assert len(parts) == 4 and "".join(parts) == TEXT


def test_a_paragraph_longer_than_the_limit_is_cut_at_sentence_ends():
    paragraph = " ".join(PARAGRAPHS)
    parts = pieces(paragraph, 250)
    assert "".join(parts) == paragraph and all(p.rstrip().endswith(".") for p in parts)


def test_merge_joins_entities_named_alike_and_moves_offsets():
    lee = LocalEntity("e1", "Person", "John Lee", ("Mr Lee",), "official", ((0, 11),))
    shanghai = LocalEntity("e2", "Place", "Shanghai", (), None, ((20, 28),))
    met = Fact("e1", "visited", "e2", 0, 30, "Mr John Lee visited Shanghai.", "dep:visit", 0.8, participants=("e1", "e2"),
               place="e2")
    lee_again = LocalEntity("e2", "Person", "Lee", ("Mr Lee",), None, ((5, 11),))  # named by an alias
    shanghai_org = LocalEntity("e1", "Organization", "Shanghai", (), None, ((0, 8),))  # another class: kept apart
    said = Fact("e2", "metWith", "e1", 0, 12, "Mr Lee said.", "dep:meet", 0.5)
    again = LocalEntity("e1", "Person", "John Lee", (), None, ((0, 8),))
    shanghai_again = LocalEntity("e2", "Place", "Shanghai", (), None, ((20, 28),))
    met_again = replace(met, start=0, end=29)  # stated again: kept once, where first stated
    entities, facts = merge([(0, [lee, shanghai], [met]), (100, [shanghai_org, lee_again], [said]),
                             (200, [again, shanghai_again], [met_again])])
    assert [(e.id, e.label, e.name, e.aliases, e.spans) for e in entities] == [
        ("e1", "Person", "John Lee", ("Lee", "Mr Lee"), ((0, 11), (105, 111), (200, 208))),
        ("e2", "Place", "Shanghai", (), ((20, 28), (220, 228))),
        ("e3", "Organization", "Shanghai", (), ((100, 108),))]
    assert len(facts) == 2 and facts[0] == met
    assert (facts[1].subject, facts[1].object, facts[1].start, facts[1].end) == ("e1", "e3", 100, 112)


def _view(extraction):
    names = {e.id: e.name for e in extraction.entities}
    return (sorted((e.label, e.name) for e in extraction.entities),
            # (which of two who met is the subject follows the order entities are numbered in)
            sorted((tuple(sorted((names[f.subject], names[f.object]))) if f.predicate == "metWith"
                    else (names[f.subject], names[f.object]), f.predicate, f.evidence) for f in extraction.facts))


@pytest.mark.model
def test_a_release_over_the_section_size_is_extracted_by_sections(extractor, monkeypatch):
    document = Document(key="long.txt", text=TEXT, title="CE meets Mayor of Shanghai")
    [whole] = extractor.extract([document])
    monkeypatch.setattr(extractor.nlp, "max_length", 300)  # sections of at most 300 characters
    short, cut = extractor.extract([Document(key="short.txt", text="Mr John Lee met Mr Gong Zheng."), document])
    assert short.key == "short.txt" and cut.key == "long.txt"  # one record per document, in order
    starts = [at for at, _ in sections(document.analysed_text, 300)]
    assert len(starts) == 3
    text = document.analysed_text
    for entity in cut.entities:
        assert entity.spans and all(text[s:e].strip() for s, e in entity.spans)
    for fact in cut.facts:
        assert text[fact.start:fact.end].strip() == fact.evidence
    # named in several sections, one entity with the spans of all
    [shanghai] = [e for e in cut.entities if e.label == "Place" and e.name == "Shanghai"]
    assert len({max(at for at in starts if at <= s) for s, _ in shanghai.spans}) == 2
    # what a paragraph states alone is found as in the release parsed whole
    whole_entities, whole_facts = _view(whole)
    cut_entities, cut_facts = _view(cut)
    assert set(cut_entities) >= {e for e in whole_entities if e[1] in {"Shanghai", "Shenzhen", "Algernon Yau"}}
    assert {f for f in whole_facts if f[2] == PARAGRAPHS[2]} <= set(cut_facts)
    assert len(set(cut_facts) & set(whole_facts)) >= 0.8 * len(whole_facts)
