"""Real SPARQL clients (SPARQLWrapper, plain HTTP) against the served store."""

from __future__ import annotations

import csv
import io
import urllib.error
import urllib.request

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from igr.cookbook import render
from igr.vocab import IGR

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TURTLE, XML  # noqa: E402

MET = render("who-met-whom")
EXPECTED_PAIRS = [("Gong Zheng", "John Lee"), ("Chan Kwok-ki", "Chen Jie")]
CONSTRUCT = "PREFIX igr: <https://w3id.org/igr/ontology#> CONSTRUCT { ?a igr:metWith ?b } WHERE { ?a igr:metWith ?b }"


def client(server, query, fmt):
    sparql = SPARQLWrapper.SPARQLWrapper(server.query_url)
    sparql.setMethod(POST)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def expected_met_with(sample) -> Graph:
    g = Graph()
    for triples in sample.graphs().values():
        for s, p, o in triples:
            if p == IGR.metWith:
                g.add((s, p, o))
    return g


def assert_isomorphic(got: Graph, expected: Graph) -> None:
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        pytest.fail(f"graphs differ\nonly served:\n{only_got.serialize(format='nt')}\n"
                    f"only expected:\n{only_expected.serialize(format='nt')}")


def test_select_json(served):
    result = client(served, MET, JSON).queryAndConvert()
    assert result["head"]["vars"] == ["person", "personName", "other", "otherName", "date", "release"]
    rows = [(b["personName"]["value"], b["otherName"]["value"]) for b in result["results"]["bindings"]]
    assert rows == EXPECTED_PAIRS
    assert result["results"]["bindings"][0]["date"] == {
        "type": "literal", "datatype": "http://www.w3.org/2001/XMLSchema#date", "value": "2023-11-10"}


def test_select_csv(served):
    body = client(served, MET, CSV).queryAndConvert()
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert [(r["personName"], r["otherName"], r["date"]) for r in rows] == [
        ("Gong Zheng", "John Lee", "2023-11-10"), ("Chan Kwok-ki", "Chen Jie", "2024-06-25")]


def test_select_xml(served):
    document = client(served, MET, XML).queryAndConvert()
    names = []
    for result in document.getElementsByTagName("result"):
        cells = {b.getAttribute("name"): b.getElementsByTagName("literal") for b in result.getElementsByTagName("binding")}
        names.append((cells["personName"][0].firstChild.data, cells["otherName"][0].firstChild.data))
    assert names == EXPECTED_PAIRS


@pytest.mark.parametrize("query, expected", [
    ("PREFIX igr: <https://w3id.org/igr/ontology#> ASK { ?a igr:metWith ?b }", True),
    ("PREFIX igr: <https://w3id.org/igr/ontology#> ASK { ?a igr:funds ?a }", False),
])
def test_ask(served, query, expected):
    assert client(served, query, JSON).queryAndConvert()["boolean"] is expected


def test_default_graph_is_the_union_of_the_named_graphs(served):
    """Like the embedded store: no GRAPH needed (the server runs with --union-default-graph)."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }"
    result = client(served, query, JSON).queryAndConvert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) > 20


def test_construct_turtle(served, sample):
    body = client(served, CONSTRUCT, TURTLE).queryAndConvert()
    assert_isomorphic(Graph().parse(data=body, format="turtle"), expected_met_with(sample))


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside SPARQLWrapper, rdflib
def test_construct_json_ld(served, sample):
    graph = client(served, CONSTRUCT, JSONLD).queryAndConvert()
    assert isinstance(graph, Graph)
    assert_isomorphic(graph, expected_met_with(sample))


def test_update_is_rejected_by_the_read_only_server(served):
    sparql = SPARQLWrapper.SPARQLWrapper(served.query_url, updateEndpoint=f"{served.url}/update")
    sparql.setMethod(POST)
    sparql.setQuery("INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }")
    with pytest.raises(urllib.error.HTTPError) as caught:
        sparql.query()
    assert caught.value.code == 403
    assert caught.value.read().decode() == "The server is read-only"
    assert served.update_url is None


def test_graph_store_protocol_read(served, sample):
    from igr.vocab import GRAPH_CORPUS

    request = urllib.request.Request(f"{served.store_url}?graph={GRAPH_CORPUS}", headers={"Accept": "application/n-triples"})
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(request) as response:
        got = Graph().parse(data=response.read(), format="nt")
    expected = Graph()
    for triple in sample.graphs()[URIRef(GRAPH_CORPUS)]:
        expected.add(triple)
    assert_isomorphic(got, expected)


def test_graph_store_protocol_write_is_rejected(served):
    request = urllib.request.Request(f"{served.store_url}?graph=https://example.org/g", method="PUT",
                                     data=b"<https://example.org/a> <https://example.org/b> <https://example.org/c> .",
                                     headers={"Content-Type": "application/n-triples"})
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.build_opener(urllib.request.ProxyHandler({})).open(request)
    assert caught.value.code == 403


def test_the_browser_page_is_yasgui(served):
    request = urllib.request.Request(f"{served.url}/", headers={"Accept": "text/html"})
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(request) as response:
        page = response.read().decode("utf-8")
    assert "yasgui" in page.lower()
