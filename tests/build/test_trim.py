"""A long build gives back the embedded store's memory every so many documents (``TripleStore.trim``):
the store is closed and opened again between two transactions. In a real Oxigraph store the data,
the write lock and the graph a build makes stay what they would have been without it."""

import subprocess
import sys

from igr.build import pipeline
from igr.build.document import DocumentWriter
from igr.build.executors import Executor, ExtractorSpec
from igr.extract.records import Extraction, LocalEntity
from igr.store import open_store
from igr.store.state import STATE_GRAPH

HOLD = "import sys, pyoxigraph; pyoxigraph.Store(sys.argv[1]); print('opened')"


def person(key, name):
    return Extraction(key, f"{key}-1", entities=(LocalEntity("e1", "Person", name, (f"Mr {name}",)),), extractor="t")


def test_trim_keeps_every_quad_and_the_write_lock(tmp_path):
    with open_store(tmp_path / "s", create=True) as store:
        writer = DocumentWriter(store)
        writer.write(person("a", "Chan Tai-man"))
        before = set(store.quads())
        store.trim()
        assert set(store.quads()) == before
        other = subprocess.run([sys.executable, "-c", HOLD, str(tmp_path / "s")], capture_output=True, text=True)
        assert other.returncode != 0 and "opened" not in other.stdout  # the lock is held again
        writer.write(person("b", "Chan Tai-man"))  # writable after the reopen
        assert len(set(store.quads())) > len(before)


class Named(Executor):
    """Extraction by hand: each release names the person in its first line after the header."""

    def __init__(self) -> None:
        super().__init__(ExtractorSpec(), window=1)

    def map(self, batches):
        for batch in batches:
            yield [Extraction(d.key, d.content_hash, entities=(LocalEntity("e1", "Person", d.text.split(".")[0]),),
                              extractor=self.version) for d in batch]


def build(tmp_path, name, archive):
    with open_store(tmp_path / name, create=True) as store:
        report = pipeline.build_corpus([archive], store, executor=Named())
        return report, {q for q in store.quads() if q[3] != STATE_GRAPH}


def test_a_build_that_trims_after_every_document_makes_the_same_graph(tmp_path, monkeypatch):
    archive = tmp_path / "archive"
    archive.mkdir()
    names = ["Chan Tai-man", "Wong Siu-ming", "Chan Tai-man", "Lee Ka-fai", "Wong Siu-ming"]
    for n, name in enumerate(names):
        (archive / f"r{n}.txt").write_text(f"title: Release {n}\ndate: 2024-01-0{n + 1}\n\n{name}. Met officials.\n",
                                           encoding="utf-8")
    plain_report, plain = build(tmp_path, "plain", archive)
    monkeypatch.setattr(pipeline, "TRIM_EVERY", 1)
    trimmed_report, trimmed = build(tmp_path, "trimmed", archive)
    assert plain_report.extracted == trimmed_report.extracted == 5
    assert plain_report.entities == trimmed_report.entities == {"Person": 3}
    assert trimmed == plain
