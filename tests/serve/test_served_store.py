"""A store directory held by a running server: other igr code reaches it through HTTP."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import Literal, URIRef

from igr.cookbook import list_queries, render
from igr.errors import StoreError
from igr.store import LocalStore, open_store
from igr.store.remote import RemoteStore
from igr.store.served import RECORD_NAME, read_record
from igr.store.server import OxigraphServer

VALUES = {"string": "Hong Kong", "name": "Hong Kong", "namepart": "Hong Kong", "date": "2024-06-25", "integer": "2024",
          "iri": "https://w3id.org/igr/id/place/hong-kong", "decimal": "1"}
G = URIRef("https://example.org/g")
TRIPLE = (URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x"))


def test_open_store_on_a_served_directory_goes_through_the_server(served):
    store = open_store(served.store_dir)
    assert isinstance(store, RemoteStore)
    assert store.location == served.url
    assert not store.writable


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_cookbook_query_answers_the_same_over_http_as_in_process(served, twin, name):
    query = next(q for q in list_queries() if q.name == name)
    sparql = render(name, {p.name: VALUES[p.type] for p in query.params if p.required}, twin)
    remote, local = open_store(served.store_dir).query(sparql), twin.query(sparql)
    assert remote.variables == local.variables
    assert remote.rows == local.rows


def test_quads_and_graph_names_match_the_embedded_store(served, twin):
    remote = open_store(served.store_dir)
    assert remote.graph_names() == twin.graph_names()
    assert sorted(map(str, remote.quads())) == sorted(map(str, twin.quads()))
    graph = twin.graph_names()[0]
    assert sorted(map(str, remote.quads(graph))) == sorted(map(str, twin.quads(graph)))


def test_writing_to_a_read_only_served_store_says_how_to_allow_it(served):
    store = open_store(served.store_dir, create=True)
    with pytest.raises(StoreError) as caught:
        store.replace_graph(G, [TRIPLE])
    assert str(caught.value) == (
        f"cannot write to {served.url}: it was opened read-only; the store '{served.store_dir}' is served "
        f"read-only by 'igr serve' at {served.url} (pid {read_record(served.store_dir).pid}); stop that server, "
        f"or restart it with: igr serve --store {served.store_dir} --allow-update")


def test_the_directory_is_locked_for_other_processes_while_served_read_only(served):
    """serve-read-only takes no lock itself: the serving process holds Oxigraph's lock for it."""
    code = ("import pyoxigraph, sys\n"
            "try:\n    pyoxigraph.Store(sys.argv[1])\nexcept OSError as e:\n    print(e); sys.exit(3)\n")
    done = subprocess.run([sys.executable, "-c", code, str(served.store_dir)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "lock" in done.stdout.lower()


def test_a_served_writable_store_is_written_through_the_server(writable):
    store = open_store(writable.store_dir)
    assert isinstance(store, RemoteStore) and store.writable
    store.replace_graph(G, [TRIPLE])
    assert list(store.quads(G)) == [(*TRIPLE, G)]
    with pytest.raises(StoreError, match="held by another process"):
        LocalStore(writable.store_dir)


def test_the_record_is_removed_on_stop_and_a_stale_one_is_ignored(tmp_path, sample):
    path = tmp_path / "store"
    store = LocalStore(path, create=True)
    sample.fill(store)
    store.close()
    server = OxigraphServer(path, bind="127.0.0.1:0").start()
    record = json.loads((path / RECORD_NAME).read_text())
    assert record["url"] == server.url and record["allow_update"] is False
    pid = server.process.pid
    assert server.stop() is not None
    assert not (path / RECORD_NAME).exists()
    # a record left behind by a server that died is not trusted
    (path / RECORD_NAME).write_text(json.dumps({**record, "server_pid": pid}))
    assert read_record(path) is None
    assert isinstance(open_store(path), LocalStore)
    # and a new server replaces it
    with OxigraphServer(path, bind="127.0.0.1:0") as again:
        assert read_record(path).url == again.url


def test_a_second_server_on_the_same_store_is_refused(served):
    with pytest.raises(StoreError) as caught:
        OxigraphServer(served.store_dir, bind="127.0.0.1:0").start()
    assert str(caught.value) == (
        f"the store '{served.store_dir}' is already served at {served.url} by 'igr serve' (pid "
        f"{read_record(served.store_dir).pid}); use --store {served.url}, or stop that server first")


def test_oxigraph_tolerates_the_record_in_its_directory(tmp_path):
    """The record lives inside the store directory: Oxigraph must open, write, compact and serve around it."""
    import pyoxigraph

    path = tmp_path / "store"
    with LocalStore(path, create=True) as store:
        store.replace_graph(G, [TRIPLE])
    (path / RECORD_NAME).write_text("{}")
    with LocalStore(path) as store:
        for i in range(50):
            store.replace_graph(URIRef(f"https://example.org/g{i}"), [(TRIPLE[0], TRIPLE[1], Literal(i))])
    raw = pyoxigraph.Store(str(path))
    raw.optimize()
    del raw
    with LocalStore(path, read_only=True) as store:
        assert len(store.graph_names()) == 51
    assert (path / RECORD_NAME).read_text() == "{}"
    with OxigraphServer(path, bind="127.0.0.1:0", allow_update=True) as server:  # replaces the unreadable record
        assert RemoteStore(server.url).query("ASK { ?s ?p ?o }").boolean
        assert read_record(path).url == server.url
    assert not (path / RECORD_NAME).exists()
