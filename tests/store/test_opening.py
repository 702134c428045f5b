"""Opening a store folder: read-only beside a writer, refusal of what is not a store, capped logs, one factory."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from igr.errors import StoreError, StoreLocked, StoreNotFound
from igr.store import LocalStore, open_store
from igr.store import local
from igr.store.local import KEPT_LOGS

EX = "https://example.org/"
G = URIRef(EX + "g")
STORE_DIR = Path(__file__).resolve().parents[2] / "src" / "igr" / "store"


def triples(n, tag="x"):
    return [(URIRef(f"{EX}s{i}"), URIRef(EX + "p"), Literal(f"{tag}{i}")) for i in range(n)]


def count(store) -> int:
    return int(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0])


def test_readers_open_beside_a_writer_and_each_other(tmp_path):
    writer = open_store(tmp_path / "s", create=True)
    writer.replace_graph(G, triples(3))
    readers = [open_store(tmp_path / "s", read_only=True) for _ in range(3)]
    assert [count(r) for r in readers] == [3, 3, 3]
    assert not readers[0].writable
    with pytest.raises(StoreLocked, match="held by another process"):
        open_store(tmp_path / "s")


def test_a_reader_sees_commits_after_refresh(tmp_path):
    writer = open_store(tmp_path / "s", create=True)
    writer.replace_graph(G, triples(2))
    reader = open_store(tmp_path / "s", read_only=True)
    writer.replace_graph(G, triples(5))
    assert count(reader) == 2  # a snapshot until refreshed
    reader.refresh()
    assert count(reader) == 5


def test_a_reader_refuses_writes(tmp_path):
    open_store(tmp_path / "s", create=True).close()
    reader = open_store(tmp_path / "s", read_only=True)
    with pytest.raises(StoreError, match="opened read-only"):
        reader.replace_graph(G, triples(1))


def test_a_folder_of_releases_is_refused_and_left_untouched(tmp_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "a.txt").write_text("The Chief Executive visited Shenzhen.")
    (folder / "b.md").write_text("# A release")
    for options in ({}, {"read_only": True}, {"create": True}):
        with pytest.raises(StoreError, match=r"is not an igr store \(it holds a.txt, b.md\); igr wrote nothing"):
            open_store(folder, **options)
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "b.md"]


def test_missing_and_empty_folders(tmp_path):
    with pytest.raises(StoreNotFound, match="no store at"):
        open_store(tmp_path / "none", read_only=True)
    assert not (tmp_path / "none").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreNotFound, match="empty folder"):
        open_store(tmp_path / "empty", read_only=True)
    assert list((tmp_path / "empty").iterdir()) == []
    open_store(tmp_path / "empty", create=True).close()  # an empty folder takes a new store


def test_old_rocksdb_logs_are_capped(tmp_path):
    for _ in range(KEPT_LOGS + 4):
        open_store(tmp_path / "s", create=True).close()
    for _ in range(5):
        open_store(tmp_path / "s", read_only=True).close()
    old = [p for p in (tmp_path / "s").iterdir() if p.name.startswith("LOG.old.")]
    assert len(old) == KEPT_LOGS


def test_a_long_write_log_is_flushed_for_readers(tmp_path, monkeypatch):
    # Small limits so that the test writes little: a 2 MB log, looked at every 4 updates.
    monkeypatch.setattr(local, "WAL_LIMIT", 2 * 1024 * 1024)
    monkeypatch.setattr(local, "WAL_CHECK_EVERY", 4)
    writer = LocalStore(tmp_path / "s", create=True)
    sizes = []
    for n in range(40):  # about 1.1 MB of log each: 45 MB unflushed
        writer.replace_graph(URIRef(f"{EX}g{n}"), triples(2000, tag=f"{n}-"))
        sizes.append(sum(p.stat().st_size for p in (tmp_path / "s").iterdir() if p.suffix == ".log"))
    assert sizes[3] > 4 * 1024 * 1024  # the log grows until it is looked at
    # RocksDB keeps (and recycles) the previous log file beside the current one: at most two of
    # (limit + the updates between two looks).
    assert max(sizes) < 2 * (2 + 4 * 1.5) * 1024 * 1024
    assert count(open_store(tmp_path / "s", read_only=True)) == 80000


def test_cli_readers_work_while_another_process_writes(tmp_path):
    store = tmp_path / "s"
    open_store(store, create=True).close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from igr.store import open_store; s = open_store(sys.argv[1]); "
        "print('open', flush=True); time.sleep(60)"), str(store)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(STORE_DIR.parents[1])})
    try:
        assert holder.stdout.readline().strip() == "open"
        igr = str(Path(sys.executable).parent / "igr")
        env = {**os.environ, "PYTHONPATH": str(STORE_DIR.parents[1])}
        for command in (["query", "ASK { ?s ?p ?o }"], ["stats"], ["validate"]):
            result = subprocess.run([igr, *command, "--store", str(store)], capture_output=True, text=True, env=env,
                                    timeout=120)
            assert result.returncode == 0, result.stderr
    finally:
        holder.kill()
        holder.wait()


def _imports(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


@pytest.mark.parametrize("backend, others", [
    ("local", {"igr.store.remote", "igr.store.served", "igr.store.server", "igr.store.factory"}),
    ("remote", {"igr.store.local", "igr.store.served", "igr.store.server", "igr.store.factory"}),
    ("served", {"igr.store.local", "igr.store.remote", "igr.store.server", "igr.store.factory"}),
])
def test_backends_do_not_import_each_other(backend, others):
    assert not _imports(STORE_DIR / f"{backend}.py") & others
