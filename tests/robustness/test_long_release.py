"""A release of any length builds: read whole, extracted section by section in bounded memory."""

import gc
import tracemalloc

import pytest
from typer.testing import CliRunner

from igr.cli import app
from igr.extract.chunking import SECTION
from igr.ingest import Document, read_sources
from igr.store import open_store, with_prefixes
from tests.robustness.corpus import release

pytestmark = pytest.mark.model


def _long_text(n: int) -> str:
    """The bodies of releases 0 .. n-1, one after another: one long release."""
    return "\n\n".join(release(k)[1] for k in range(n))


def test_a_release_longer_than_a_section_builds_with_whole_release_offsets(tmp_path):
    body = _long_text(120)  # about 47,000 characters: three sections
    assert 2 * SECTION < len(body) < 3 * SECTION
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "long.txt").write_text(f"title: Officials' visits in June\nurl: https://example.gov.hk/long.htm\n\n{body}\n")
    store = tmp_path / "store"
    result = CliRunner().invoke(app, ["build", str(corpus), "--store", str(store), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "1 documents" in result.output or "1 document" in result.output
    assert CliRunner().invoke(app, ["validate", "--store", str(store)]).exit_code == 0
    [document] = read_sources([corpus])
    text = document.analysed_text
    with open_store(store, read_only=True) as s:
        people = {str(n) for (n,) in s.query(with_prefixes("SELECT ?n WHERE { ?p a igr:Person ; rdfs:label ?n }")).rows}
        evidence = s.query(with_prefixes("""SELECT ?start ?end ?text WHERE {
            ?m igr:startChar ?start ; igr:endChar ?end ; igr:evidence ?text }""")).rows
    # officials named in every section are one entity each, and so are their hosts
    assert {"Chan Tai-man", "Wong Mei-ling", "Zhou Wei", "Lin Fang"} <= people
    assert evidence and max(int(e) for _, e, _ in evidence) > 2 * SECTION  # facts from the last section
    for start, end, quoted in evidence:
        assert text[int(start):int(end)].strip() == str(quoted).strip()


def _peak(work) -> int:
    """The most memory ``work()`` held at once, in bytes, garbage from earlier tests collected first."""
    gc.collect()
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_extraction_memory_does_not_grow_with_the_length_of_a_release(extractor, monkeypatch):
    # the baseline, measured in the same run: one parse of eight releases' text as a whole
    # (measured: 10.6 MB; 32 releases' text takes 41.9 MB, four times as much)
    extractor.nlp(_long_text(8))  # the first parse also loads what the pipeline loads lazily
    whole = _peak(lambda: extractor.nlp(_long_text(8)))
    monkeypatch.setattr(extractor.nlp, "max_length", 1000)  # sections of at most 1,000 characters

    def sectioned(n: int) -> int:
        document = Document(key="long.txt", text=_long_text(n), title="Visits")
        return _peak(lambda: list(extractor.extract([document])))

    sectioned(32)  # warm the extractor's bounded name caches (shared by every test) with this text's names first
    few, many = sectioned(8), sectioned(32)  # about 10 and 40 sections
    # parsed whole, 24 more releases would add three such parses (about 31 MB); in sections only
    # the records found and the release's text grow (measured: 3.3 and 4.3 MB here, 3.0 and 4.6 MB
    # after the whole suite, whose tests fill the same caches)
    assert many - few < whole / 2, (few, many, whole)


def test_a_release_of_megabytes_is_read_as_one_document(tmp_path):
    # over the 8 MB and 2,000,000 characters once refused; 52 MB reads the same, in about a minute
    # (mojibake repair costs about 1 s per MB; extraction about 2 minutes)
    paragraph = release(3)[1] + "\n\n"
    with (tmp_path / "big.txt").open("w") as f:
        f.write("title: Nine megabytes\n\n")
        f.write(paragraph * (9_000_000 // len(paragraph)))
    [document] = read_sources([tmp_path])
    assert isinstance(document, Document) and document.title == "Nine megabytes"
    assert len(document.text) > 8_900_000
