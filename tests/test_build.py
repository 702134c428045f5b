"""Building with the real model: the demo corpus, incremental updates, resumption, pruning, bad input."""

import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from igr.build import build_corpus
from igr.build.index import StoreIndex
from igr.build.pipeline import FAILED_BEFORE
from igr.extract.extractor import Extractor
from igr.store import open_store
from igr.store.export import export_store
from igr.validate import validate_store

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo"


def export(store, tmp_path, name="g.nt") -> Graph:
    export_store(store, "nt", tmp_path / name)
    return Graph().parse(tmp_path / name, format="nt")


def test_demo_build_has_every_class(demo_store_path):
    from igr.store.stats import store_stats

    with open_store(demo_store_path, read_only=True) as store:
        stats = store_stats(store)
    assert stats.documents >= 10
    for label in ("Person", "Post", "Place", "Organization", "Mechanism", "Event", "Agreement", "Initiative"):
        assert stats.entities[label] > 0, label
    for prop in ("holdsPost", "metWith", "visited", "partOf", "hasParticipant"):
        assert stats.relations[prop] > 0, prop


def test_demo_build_conforms(demo_store_path):
    with open_store(demo_store_path, read_only=True) as store:
        report = validate_store(store)
    assert report.conforms, report.violations[:5]


def test_rebuild_changes_nothing_and_changed_file_replaces_its_graph(tmp_path, extractor):
    corpus = tmp_path / "corpus"
    shutil.copytree(DEMO, corpus)
    with open_store(tmp_path / "s", create=True) as store:
        first = build_corpus([corpus], store, extractor=extractor)
        g1 = export(store, tmp_path, "1.nt")
        again = build_corpus([corpus], store, extractor=extractor)
        assert (again.extracted, again.graphs_written) == (0, 0)
        assert isomorphic(g1, export(store, tmp_path, "2.nt"))

        target = sorted(corpus.glob("*.txt"))[0]
        target.write_text(target.read_text() + "\n\nThe Secretary for Justice, Mr Wong Tai-ming, visited Kunming.\n")
        changed = build_corpus([corpus], store, extractor=extractor)
        assert changed.extracted == 1 and changed.documents == first.documents
        labels = {str(o) for o in export(store, tmp_path, "3.nt").objects()}
        assert "Wong Tai-ming" in labels


def test_new_files_add_to_the_store(tmp_path, extractor):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    (one / "a.txt").write_text("title: A\ndate: 2024-01-02\n\nThe Chief Executive, Mr John Lee, visited Shenzhen today (January 2).")
    (two / "b.txt").write_text("title: B\ndate: 2024-02-03\n\nMr John Lee met the Mayor of Shenzhen, Mr Qin Weizhong, today (February 3).")
    with open_store(tmp_path / "s", create=True) as store:
        build_corpus([one], store, extractor=extractor)
        report = build_corpus([two], store, extractor=extractor)
        assert report.documents == 2 and report.extracted == 1
        people = store.query("SELECT DISTINCT ?p WHERE { ?p a igr:Person }".replace(
            "igr:Person", "<https://w3id.org/igr/ontology#Person>")).rows
        assert len(people) == 2  # John Lee once, across both releases


def test_bad_files_are_skipped_and_the_rest_builds(tmp_path, extractor):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text("The Chief Executive, Mr John Lee, visited Shenzhen.")
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    with open_store(tmp_path / "s", create=True) as store:
        report = build_corpus([corpus], store, extractor=extractor)
    assert report.documents == 1
    assert sorted(s.path.rsplit("/", 1)[-1] for s in report.skipped) == ["bad.txt", "notes.docx"]


def test_interrupted_build_resumes(tmp_path, extractor):
    """A build stopped after writing some documents resumes from there and ends as a clean build does."""

    def interrupt(stage, done, total):
        if stage == "extract" and done == 3:
            raise KeyboardInterrupt

    corpus = tmp_path / "c"
    shutil.copytree(DEMO, corpus)
    with open_store(tmp_path / "s", create=True) as store:
        with pytest.raises(KeyboardInterrupt):
            build_corpus([corpus], store, extractor=extractor, progress=interrupt)
        assert len(StoreIndex(store).ledger().documents) == 3
        report = build_corpus([corpus], store, extractor=extractor)
        assert report.extracted == report.documents - 3 and report.unchanged == 3
        resumed = export(store, tmp_path, "r.nt")
    with open_store(tmp_path / "clean", create=True) as store:
        build_corpus([corpus], store, extractor=extractor)
        assert isomorphic(resumed, export(store, tmp_path, "c.nt"))


def test_every_commit_point_validates(tmp_path, extractor):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for path in sorted(DEMO.glob("*.txt"))[:4]:
        shutil.copy(path, corpus / path.name)
    reports = []
    with open_store(tmp_path / "s", create=True) as store:
        def check(stage, done, total):
            if stage == "extract":
                reports.append(validate_store(store))

        build_corpus([corpus], store, extractor=extractor, progress=check)
        (corpus / sorted(p.name for p in corpus.iterdir())[0]).unlink()
        build_corpus([corpus], store, extractor=extractor, progress=check, prune=True)
    assert len(reports) == 4 and all(r.conforms for r in reports), [r.violations[:3] for r in reports]
    assert validate_store(open_store(tmp_path / "s", read_only=True)).conforms


def test_prune_removes_what_the_missing_releases_contributed(tmp_path, extractor):
    corpus = tmp_path / "c"
    shutil.copytree(DEMO, corpus)
    with open_store(tmp_path / "s", create=True) as store:
        full = build_corpus([corpus], store, extractor=extractor)
        gone = sorted(corpus.glob("*.txt"))[-3:]
        for path in gone:
            path.unlink()
        kept = build_corpus([corpus], store, extractor=extractor)
        assert (kept.pruned, kept.documents) == (0, full.documents)  # without --prune nothing goes
        pruned = build_corpus([corpus], store, extractor=extractor, prune=True)
        assert (pruned.pruned, pruned.documents, pruned.extracted) == (3, full.documents - 3, 0)
        assert validate_store(store).conforms
        after = export(store, tmp_path, "p.nt")
        # every entity left is mentioned by a document left
        orphans = store.query("""SELECT ?e WHERE { GRAPH <https://w3id.org/igr/id/graph/entities> { ?e a ?c }
            FILTER(STRSTARTS(STR(?c), "https://w3id.org/igr/ontology#"))
            FILTER NOT EXISTS { ?e <https://w3id.org/igr/ontology#mentionedIn> ?d } }""").rows
        assert orphans == ()
    with open_store(tmp_path / "clean", create=True) as store:
        build_corpus([corpus], store, extractor=extractor)
        assert isomorphic(after, export(store, tmp_path, "c.nt"))


def test_a_failed_release_is_not_tried_again_until_it_changes(tmp_path, extractor):
    class Fragile(Extractor):
        calls = 0

        def from_doc(self, document, doc):
            Fragile.calls += 1
            if "BREAK" in document.text:
                raise ValueError("cannot handle this release")
            return super().from_doc(document, doc)

    fragile = Fragile()
    fragile._nlp = extractor.nlp
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The Chief Executive, Mr John Lee, visited Shenzhen.")
    (corpus / "b.txt").write_text("BREAK. The Chief Executive, Mr John Lee, visited Guangzhou.")
    with open_store(tmp_path / "s", create=True) as store:
        first = build_corpus([corpus], store, extractor=fragile)
        assert (first.failed, first.documents, Fragile.calls) == (1, 1, 2)
        again = build_corpus([corpus], store, extractor=fragile)
        [skipped] = again.skipped
        assert (again.failed, Fragile.calls) == (0, 2)
        assert skipped.reason == FAILED_BEFORE + "extraction failed: ValueError: cannot handle this release"
        retried = build_corpus([corpus], store, extractor=fragile, retry_failed=True)
        assert (retried.failed, Fragile.calls) == (1, 3)
        (corpus / "b.txt").write_text("The Chief Executive, Mr John Lee, visited Guangzhou.")
        fixed = build_corpus([corpus], store, extractor=fragile)
        assert (fixed.failed, fixed.extracted, fixed.documents, fixed.skipped) == (0, 1, 2, ())


def test_a_read_only_store_is_refused_before_any_parsing(tmp_path):
    import pytest

    from igr.errors import StoreError

    with open_store(tmp_path / "s", create=True):
        pass
    with open_store(tmp_path / "s", read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            build_corpus([DEMO], store, extractor=None)


def test_a_document_that_breaks_extraction_is_reported_and_the_rest_builds(tmp_path, extractor):
    from igr.extract.extractor import Extractor

    class Fragile(Extractor):
        def from_doc(self, document, doc):
            if "BREAK" in document.text:
                raise ValueError("cannot handle this release")
            return super().from_doc(document, doc)

    fragile = Fragile()
    fragile._nlp = extractor.nlp
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The Chief Executive, Mr John Lee, visited Shenzhen.")
    (corpus / "b.txt").write_text("BREAK. The Chief Executive, Mr John Lee, visited Guangzhou.")
    with open_store(tmp_path / "s", create=True) as store:
        report = build_corpus([corpus], store, extractor=fragile)
    assert report.documents == 1 and report.extracted == 1
    [skipped] = report.skipped
    assert skipped.path.endswith("b.txt") and skipped.reason == "extraction failed: ValueError: cannot handle this release"


def test_a_document_that_breaks_the_pipeline_is_reported_and_the_rest_builds(tmp_path):
    from spacy.language import Language

    from igr.extract.extractor import Extractor
    from igr.extract.pipeline import load_pipeline

    @Language.component("igr_test_explode")
    def explode(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("component failed")
        return doc

    nlp = load_pipeline()
    nlp.add_pipe("igr_test_explode", first=True)
    extractor = Extractor()
    extractor._nlp = nlp
    from igr.ingest import Document

    items = list(extractor.extract([Document(key=k, text=t, path=k) for k, t in
                                    (("a", "Mr John Lee visited Shenzhen."), ("b", "BOOM."), ("c", "Mr Paul Chan met Mr Li Wei."))]))
    assert [type(i).__name__ for i in items] == ["Extraction", "Failed", "Extraction"]
    assert items[1].reason == "extraction failed: RuntimeError: component failed"


def test_an_unchanged_file_is_not_parsed_again(tmp_path, extractor, monkeypatch):
    import igr.ingest.discover as discover

    corpus = tmp_path / "c"
    shutil.copytree(DEMO, corpus, ignore=shutil.ignore_patterns("*.jsonl"))  # files of one release each
    with open_store(tmp_path / "s", create=True) as store:
        first = build_corpus([corpus], store, extractor=extractor)

        def no_decoding(data):
            raise AssertionError("an unchanged file was decoded")

        monkeypatch.setattr(discover, "decode", no_decoding)
        again = build_corpus([corpus], store, extractor=extractor)
        assert (again.unchanged, again.extracted, again.skipped) == (first.documents, 0, ())
        target = sorted(corpus.glob("*.txt"))[0]
        target.write_text(target.read_text() + "\n")
        changed = build_corpus([corpus], store, extractor=extractor)  # read (and decoded) again
        [skipped] = changed.skipped
        assert skipped.path == str(target) and "an unchanged file was decoded" in skipped.reason
        assert changed.unchanged == first.documents - 1


def test_a_store_of_an_earlier_layout_is_refused_before_any_parsing(tmp_path):
    from rdflib import RDFS, Literal

    from igr.errors import StoreError
    from igr.vocab import GRAPH_CORPUS, ID

    with open_store(tmp_path / "s", create=True) as store:
        store.replace_graph(GRAPH_CORPUS, [(ID["place/shanghai"], RDFS.label, Literal("Shanghai"))])
        with pytest.raises(StoreError, match="built by an earlier version of igr"):
            build_corpus([DEMO], store, extractor=None)
