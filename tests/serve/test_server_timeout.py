"""``igr serve --timeout``: what the Oxigraph server stops, what igr stops, and how both are reported.

Over a store of 3,000 triples a 3-way cross product has 2.7e10 rows. Oxigraph's own
timeout (``--timeout-s``) cancels a query that computes (a COUNT); it does not stop an
answer that is already streaming. The relay in front of it (igr.store.deadline) cuts
such an answer for every client, and igr's own client closes it too once the server's
timeout (known from the serve record) has passed; either stops the server's work.
"""

from __future__ import annotations

import http.client
import time

import pytest
from rdflib import Literal, URIRef

from igr.errors import QueryError
from igr.store import open_store
from igr.store.remote import GRACE, RemoteStore
from igr.store.deadline import GRACE as RELAY_GRACE
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


def test_clients_of_its_url_are_told_the_query_was_cancelled(server):
    # Oxigraph's own cancellation (at TIMEOUT) and the relay's 504 (at TIMEOUT + its grace) race: the
    # relay's answer names the timeout, Oxigraph's does not, and a client given only the URL cannot know it.
    with pytest.raises(QueryError, match=rf"cancelled by the server's timeout \(({TIMEOUT} s|the server did not say how long)\)"):
        RemoteStore(server.url).query(COUNT)


def test_a_computing_query_of_any_client_gets_a_timeout_answer(server):
    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    started = time.monotonic()
    connection.request("POST", "/query", body=COUNT.encode(), headers={"Content-Type": "application/sparql-query"})
    response = connection.getresponse()
    body = response.read().decode()
    assert time.monotonic() - started < TIMEOUT + RELAY_GRACE + 3
    # Oxigraph's own cancellation when it comes in time, else the relay's answer
    assert (response.status, "cancelled") == (200, "cancelled") and "The SPARQL operation has been cancelled" in body \
        or (response.status, body.strip()) == (504, f"The SPARQL query was cancelled by the server's timeout ({TIMEOUT} s)")
    connection.close()


def test_a_streaming_answer_to_any_client_is_cut_by_the_relay(server):
    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    started = time.monotonic()
    connection.request("POST", "/query", body=CROSS.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    response = connection.getresponse()
    assert response.status == 200
    received = 0
    with pytest.raises(http.client.IncompleteRead):
        while chunk := response.read(65536):
            received += len(chunk)
            assert time.monotonic() - started < 30, "the answer was not cut"
    assert received > 0 and time.monotonic() - started < TIMEOUT + RELAY_GRACE + 3
    connection.close()
    started = time.monotonic()
    assert open_store(server.store_dir).query("ASK { ?s ?p ?o }").boolean is True
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("request_line, bounded", [
    (b"POST /query HTTP/1.1\r\n", True), (b"GET /query?query=ASK%7B%7D HTTP/1.1\r\n", True),
    (b"POST /update HTTP/1.1\r\n", False), (b"PUT /store?graph=urn:x HTTP/1.1\r\n", False),
])
def test_the_relay_bounds_queries_only(request_line, bounded):
    from igr.store.deadline import _Answer

    answer = _Answer()
    answer.asked(request_line)
    assert answer.bounded is bounded and not answer.done
    answer.feed(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
    assert answer.started and not answer.done
    answer.feed(b"0\r\n\r\n")
    assert answer.done
