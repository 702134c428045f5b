"""RemoteStore: the store URL syntax, and a real Oxigraph server reached over HTTP."""

from __future__ import annotations

import socket

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from igr.errors import QueryError, StoreError
from igr.store import LocalStore, open_store
from igr.store.remote import Endpoints, RemoteStore, is_remote, parse_store_url, replace_graphs_update
from igr.store.server import OxigraphServer

EX = "https://example.org/"
G1, G2, G3 = URIRef(EX + "g1"), URIRef(EX + "g2"), URIRef(EX + "g3")
A, P, B = URIRef(EX + "a"), URIRef(EX + "p"), URIRef(EX + "b")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
ODD = 'quote " backslash \\ newline \n tab \t brace } hash # unicode 陳 \U0001F600'


# -- store URLs ---------------------------------------------------------------------------------

@pytest.mark.parametrize("url, expected", [
    ("http://127.0.0.1:7878", Endpoints("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update",
                                        "http://127.0.0.1:7878/store", (("union-default-graph", ""),))),
    ("http://127.0.0.1:7878/", Endpoints("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update",
                                         "http://127.0.0.1:7878/store", (("union-default-graph", ""),))),
    ("https://kg.example.org/igr/query", Endpoints("https://kg.example.org/igr/query", "https://kg.example.org/igr/update",
                                                   "https://kg.example.org/igr/store", (("union-default-graph", ""),))),
    ("sparql+http://localhost:3030/igr/query#update=update&store=data&default-graph-uri=urn:x-arq:UnionGraph",
     Endpoints("http://localhost:3030/igr/query", "http://localhost:3030/igr/update", "http://localhost:3030/igr/data",
               (("default-graph-uri", "urn:x-arq:UnionGraph"),))),
    ("sparql+https://qlever.example.org/api/igr", Endpoints("https://qlever.example.org/api/igr")),
    ("sparql+http://localhost:7200/repositories/igr#update=http://localhost:7200/repositories/igr/statements",
     Endpoints("http://localhost:7200/repositories/igr", "http://localhost:7200/repositories/igr/statements")),
    ("sparql+http://h/sparql?timeout=5#union-default-graph", Endpoints("http://h/sparql?timeout=5", None, None,
                                                                        (("union-default-graph", ""),))),
])
def test_store_urls(url, expected):
    assert is_remote(url)
    assert parse_store_url(url) == expected


@pytest.mark.parametrize("url, message", [
    ("ftp://h/x", "is not a server URL"),
    ("http://", "names no host"),
    ("http://h:7878/query?x=1", "has a query or fragment"),
    ("sparql+http:///x", "names no host"),
    ("sparql+http://h/q#updat=u", "unknown option 'updat' after '#'"),
])
def test_bad_store_urls(url, message):
    with pytest.raises(StoreError, match=message):
        parse_store_url(url)


def test_directories_are_not_remote():
    assert not is_remote("igr-store") and not is_remote("/data/http/store")


def test_replace_graphs_update_is_one_request_with_every_graph():
    text = replace_graphs_update({G1: [(A, P, Literal(ODD))], G2: [], G3: [(A, P, B)]})
    assert text.count("DROP SILENT GRAPH") == 3 and text.count("INSERT DATA") == 1
    assert "GRAPH <https://example.org/g2> {" not in text


# -- a real server ----------------------------------------------------------------------------

@pytest.fixture()
def server(tmp_path):
    with OxigraphServer(tmp_path / "served", bind="127.0.0.1:0", allow_update=True) as running:
        yield running


@pytest.fixture()
def read_only_server(tmp_path):
    path = tmp_path / "ro"
    with LocalStore(path, create=True) as store:
        store.replace_graph(G1, [(A, P, B)])
    with OxigraphServer(path, bind="127.0.0.1:0") as running:
        yield running


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_replace_graph_then_query(server):
    store = open_store(server.url)
    assert isinstance(store, RemoteStore)
    triples = [(A, P, Literal(ODD)), (A, P, Literal("hello", lang="en")), (A, P, Literal(3)),
               (A, P, Literal("2024-06-25", datatype=XSD_DATE)), (A, P, B)]
    store.replace_graph(G1, triples)
    rows = store.query("SELECT ?o WHERE { <https://example.org/a> ?p ?o }").rows  # default graph = union
    assert sorted(r[0] for r in rows) == sorted(o for _, _, o in triples)
    assert store.query("ASK { GRAPH <https://example.org/g1> { ?s ?p ?o } }").boolean is True
    graph = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph
    assert isomorphic(graph, _graph(triples))


def test_replace_graph_replaces_each_graph_of_also_in_one_request(server):
    store = RemoteStore(server.url)
    store.replace_graph(G1, [(A, P, Literal("old"))], also={G2: [(A, P, Literal("old"))], G3: [(A, P, B)]})
    store.replace_graph(G1, [(A, P, Literal("new"))], also={G2: [], G3: [(A, P, BNode()), (B, P, BNode())]})
    assert store.graph_names() == [G1, G3]
    assert [q[2] for q in store.quads(G1)] == [Literal("new")]
    assert len(list(store.quads(G3))) == 2 and all(isinstance(q[2], BNode) for q in store.quads(G3))
    assert len(list(store.data_quads())) == 3


def test_one_update_request_is_one_transaction(server):
    store = RemoteStore(server.url)
    store.replace_graph(G1, [(A, P, B)])
    # the DROP succeeds, then LOAD fails: the whole request is rolled back
    with pytest.raises(StoreError, match="could not apply the update"):
        store.update(f"DROP GRAPH <{G1}> ; LOAD <http://127.0.0.1:{free_port()}/nothing.ttl> INTO GRAPH <{G1}>")
    assert [q[:3] for q in store.quads(G1)] == [(A, P, B)]


def test_the_same_quads_as_an_embedded_store(server, tmp_path):
    triples = [(A, P, Literal(ODD)), (A, P, B), (B, P, Literal(1.5))]
    remote = RemoteStore(server.url)
    remote.replace_graph(G1, triples, also={G2: triples[:1]})
    with LocalStore(tmp_path / "local", create=True) as local:
        local.replace_graph(G1, triples, also={G2: triples[:1]})
        assert sorted(remote.quads()) == sorted(local.quads())
        assert remote.graph_names() == local.graph_names()


def test_a_generic_sparql_url_reaches_the_same_server(server):
    url = f"sparql+{server.url}/query#update=update&store=store&union-default-graph"
    store = open_store(url)
    store.replace_graph(G1, [(A, P, B)])
    assert store.query("SELECT ?o WHERE { ?s ?p ?o }").rows == ((B,),)
    assert not open_store(f"sparql+{server.url}/query").writable


def test_default_graph_uri_is_sent_with_every_query(server):
    RemoteStore(server.url).replace_graph(G1, [(A, P, B)])
    store = RemoteStore(f"sparql+{server.url}/query#default-graph-uri={G1}")
    assert store.query("SELECT ?o WHERE { ?s ?p ?o }").rows == ((B,),)


def test_results_in_other_formats_are_read(server):
    """A server that answers SELECT in XML and CONSTRUCT in Turtle is understood too."""
    store = RemoteStore(server.url)
    store.replace_graph(G1, [(A, P, Literal(ODD))])
    import igr.store.remote as remote

    original = remote._ACCEPT
    try:
        remote._ACCEPT = "application/sparql-results+xml, text/turtle"
        assert store.query("SELECT ?o WHERE { ?s ?p ?o }").rows == ((Literal(ODD),),)
        assert len(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph) == 1
    finally:
        remote._ACCEPT = original


# -- errors ---------------------------------------------------------------------------------

def test_a_malformed_query_is_a_query_error(server):
    with pytest.raises(QueryError, match=r"^the server rejected the query \(HTTP 400: error at 1:11: expected one of .*…\)$"):
        RemoteStore(server.url).query("SELECT * {")


def test_an_update_to_a_read_only_server_is_refused_with_what_to_do(read_only_server):
    store = RemoteStore(read_only_server.url)
    with pytest.raises(StoreError) as caught:
        store.replace_graph(G1, [])
    assert str(caught.value) == (
        f"cannot write to {read_only_server.url}: the server refused the update (HTTP 403: The server is read-only); "
        "use a server that accepts updates, e.g. igr serve --store DIR --allow-update, "
        "or write to the store directory while no server holds it")
    assert list(store.quads(G1)) == [(A, P, B, G1)]


def test_a_store_opened_read_only_sends_no_update(server):
    store = open_store(server.url, read_only=True)
    with pytest.raises(StoreError, match="it was opened read-only"):
        store.replace_graph(G1, [(A, P, B)])
    assert RemoteStore(server.url).graph_names() == []


def test_no_update_endpoint(server):
    with pytest.raises(StoreError, match=r"its URL gives no update endpoint \(add #update=URL\)"):
        RemoteStore(f"sparql+{server.url}/query").replace_graph(G1, [])


def test_connection_refused_says_to_start_a_server():
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert str(caught.value) == (f"cannot reach the SPARQL server at {url}: connection refused; is it running? "
                                 "Start one with: igr serve --store DIR")


def test_a_wrong_path_is_not_found(server):
    with pytest.raises(StoreError, match=r"^no SPARQL query endpoint at http://127.0.0.1:\d+/nope/query \(HTTP 404: POST /nope/query is not supported by this server\); for a server other than Oxigraph"):
        open_store(f"{server.url}/nope")


def test_a_server_that_does_not_answer_in_time(tmp_path):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        store = RemoteStore(f"http://127.0.0.1:{silent.getsockname()[1]}", timeout=0.3)
        with pytest.raises(StoreError, match=r"did not answer within 0.3 s|no answer within 0.3 s"):
            store.query("ASK {}")


def _graph(triples) -> Graph:
    g = Graph()
    for t in triples:
        g.add(t)
    return g


# -- kept-alive connections ------------------------------------------------------------------

def test_a_connection_closed_by_the_server_is_reopened():
    """A server that closes each connection after one answer (without saying so) is still served."""
    import http.server
    import threading

    class OneShot(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):  # noqa: N802 - http.server's naming
            self.rfile.read(int(self.headers["Content-Length"]))
            body = b'{"head":{},"boolean":true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True  # closes, though the answer promised keep-alive

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), OneShot)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        store = RemoteStore(f"sparql+http://127.0.0.1:{server.server_address[1]}/sparql")
        assert [store.query("ASK {}").boolean for _ in range(3)] == [True, True, True]
    finally:
        server.shutdown()
        server.server_close()


def test_a_partly_read_answer_does_not_spoil_the_next_request(server):
    store = RemoteStore(server.url)
    store.replace_graph(G1, [(A, P, Literal(i)) for i in range(2000)])
    first = next(iter(store.quads(G1)))  # the generator is dropped mid-answer
    assert first[3] == G1
    assert store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows == ((Literal(2000),),)


def test_concurrent_threads_share_a_store(server):
    from concurrent.futures import ThreadPoolExecutor

    store = RemoteStore(server.url)
    store.replace_graph(G1, [(A, P, Literal(i)) for i in range(50)])
    with ThreadPoolExecutor(8) as pool:
        counts = list(pool.map(lambda _: len(store.query("SELECT ?o WHERE { ?s ?p ?o }").rows), range(64)))
    assert counts == [50] * 64
