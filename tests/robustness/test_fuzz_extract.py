"""Property tests with the real model: any text extracts, and any folder of files builds."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from igr.build import build_corpus
from igr.extract.records import Extraction
from igr.ingest import Document, read_sources
from igr.store import open_store
from tests.robustness.corpus import source_keys
from tests.robustness.strategies import files, fuzz, jsonl, texts

pytestmark = pytest.mark.model


@fuzz(60)
@given(body=texts, title=st.none() | texts)
def test_any_text_extracts_with_offsets_inside_it(extractor, body, title):
    if not body.strip():
        return  # ingest never hands extraction an empty release
    document = Document(key="k", text=body, title=title or None)
    [record] = extractor.extract([document])
    assert isinstance(record, Extraction), record  # a Failed here is an extraction bug
    text = document.analysed_text
    for entity in record.entities:
        assert all(0 <= s < e <= len(text) for s, e in entity.spans), entity
    for fact in record.facts:
        assert 0 <= fact.start < fact.end <= len(text) and text[fact.start:fact.end].strip() == fact.evidence


@fuzz(12)
@given(contents=st.lists(st.tuples(st.sampled_from([".txt", ".md", ".html", ".jsonl"]), files | jsonl().map(str.encode)),
                         min_size=1, max_size=5))
def test_any_folder_builds_and_accounts_for_every_file(extractor, contents):
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for n, (suffix, data) in enumerate(contents):
            (corpus / f"r{n}{suffix}").write_bytes(data)
        read = [d for d in read_sources([corpus]) if isinstance(d, Document)]
        with open_store(Path(tmp) / "store", create=True) as store:
            report = build_corpus([corpus], store, extractor=extractor)
            built = source_keys(store)
        failed = [s for s in report.skipped if s.reason.startswith("extraction failed")]
        assert not failed, failed
        assert {d.key for d in read} == built and report.documents == len(built)
        accounted = {s.path.split("#")[0] for s in report.skipped} | {d.path.split("#")[0] for d in read}
        assert accounted == {str(corpus / f"r{n}{suffix}") for n, (suffix, _) in enumerate(contents)}
