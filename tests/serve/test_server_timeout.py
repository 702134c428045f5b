"""``igr serve --timeout``: what the Oxigraph server stops, what igr stops, and how both are reported.

Over a store of 3,000 triples a 3-way cross product has 2.7e10 rows. Oxigraph's own
timeout (``--timeout-s``) cancels a query that computes (a COUNT); it does not stop an
answer that is already streaming, so igr's client closes such an answer itself once
the server's timeout (known from the serve record) has passed, which stops the server.
"""

from __future__ import annotations

import time

import pytest
from rdflib import Literal, URIRef

from igr.errors import QueryError
from igr.store import open_store
from igr.store.remote import GRACE, RemoteStore
from igr.store.server import OxigraphServer

CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TIMEOUT = 2


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("cross") / "store"
    ex = "https://example.org/"
    with open_store(path, create=True) as store:
        store.replace_graph(URIRef(ex + "g"), [(URIRef(f"{ex}e{i}"), URIRef(ex + "p"), Literal(str(i)))
                                               for i in range(3000)])
    with OxigraphServer(path, bind="127.0.0.1:0", timeout_s=TIMEOUT) as running:
        yield running


def test_the_record_tells_clients_the_servers_timeout(server):
    store = open_store(server.store_dir)
    assert isinstance(store, RemoteStore) and store.server_timeout == TIMEOUT


def test_a_computing_query_is_cancelled_by_the_server(server):
    started = time.monotonic()
    with pytest.raises(QueryError, match=rf"^the query was cancelled by the server's timeout \({TIMEOUT} s\)"):
        open_store(server.store_dir).query(COUNT)
    assert time.monotonic() - started < TIMEOUT + 3 * GRACE


def test_a_streaming_answer_is_closed_by_igr_at_the_servers_timeout(server):
    store = open_store(server.store_dir)
    started = time.monotonic()
    rows = 0
    with pytest.raises(QueryError, match=rf"cancelled by the server's timeout \({TIMEOUT} s\)"):
        for _ in store.stream(CROSS).rows:
            rows += 1
    assert rows > 0 and time.monotonic() - started < TIMEOUT + 2 * GRACE
    started = time.monotonic()  # the server stopped that work: a small query is answered at once
    assert store.query("ASK { ?s ?p ?o }").boolean is True
    assert time.monotonic() - started < 2


def test_a_cut_answer_from_a_server_of_unknown_timeout_is_still_named(server):
    with pytest.raises(QueryError, match=r"cancelled by the server's timeout \(the server did not say how long\)"):
        RemoteStore(server.url).query(COUNT)
