"""Scores written back to the analytics graph, compared as RDF graphs (isomorphism), never as strings."""

import math
from datetime import datetime, timezone

import networkx as nx
import pandas as pd
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib import namespace as ns

from igr.analytics.analysis import Analysis, analyze
from igr.analytics.facts import load_facts
from igr.analytics.tables import score_table
from igr.vocab import IGR
from igr.analytics.timeslice import time_slice
from igr.analytics.write import analysis_iri, analysis_triples, write_analysis
from igr.vocab import GRAPH_ANALYTICS, ID

WHEN = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def assert_same_graph(actual: Graph, expected: Graph) -> None:
    if not isomorphic(actual, expected):
        _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
        raise AssertionError("graphs differ\nonly in actual:\n" + only_actual.serialize(format="nt")
                             + "\nonly in expected:\n" + only_expected.serialize(format="nt"))


def test_triples_of_a_two_node_analysis():
    g = nx.Graph(projection="officials")
    a, b = str(ID["person/a"]), str(ID["person/b"])
    g.add_node(a, label="A", cls="Person")
    g.add_node(b, label="B", cls="Person")
    g.add_edge(a, b, weight=3)
    analysis = Analysis("officials", time_slice(year=2024), g, score_table(g), seed=7)
    base = ID["analysis/officials/2024"]
    expected = Graph()
    for s, p, o in [
        (base, RDF.type, IGR.Analysis), (base, IGR.projection, Literal("officials")),
        (base, IGR.seed, Literal(7)), (base, IGR.nodeCount, Literal(2)),
        (base, IGR.edgeCount, Literal(1)),
        (base, ns.DCTERMS.created, Literal("2025-01-02T03:04:05+00:00", datatype=ns.XSD.dateTime)),
        (base, IGR.sliceStart, Literal("2024-01-01", datatype=ns.XSD.date)),
        (base, IGR.sliceEnd, Literal("2024-12-31", datatype=ns.XSD.date)),
    ]:
        expected.add((s, p, o))
    for who in ("a", "b"):
        node = URIRef(f"{base}/person/{who}")
        for s, p, o in [
            (node, RDF.type, IGR.NodeScore), (node, IGR.inAnalysis, base),
            (node, IGR.scoreOf, ID[f"person/{who}"]),
            (node, IGR.degree, Literal(1)), (node, IGR.weightedDegree, Literal(3)),
            (node, IGR.betweenness, Literal(0.0, datatype=ns.XSD.double)),
            (node, IGR.pagerank, Literal(0.5, datatype=ns.XSD.double)),
            (node, IGR.eigenvector, Literal(math.sqrt(0.5), datatype=ns.XSD.double)),
            (node, IGR.community, Literal(0)),
            (node, IGR.constraint, Literal(1.0, datatype=ns.XSD.double)),
            (node, IGR.coreNumber, Literal(1)),
        ]:
            expected.add((s, p, o))
    actual = Graph()
    for triple in analysis_triples(analysis, created=WHEN):
        actual.add(triple)
    assert_same_graph(actual, expected)


def test_nan_constraint_is_left_out():
    g = nx.Graph(projection="full")
    g.add_node(str(ID["initiative/x"]), label="X", cls="Initiative")
    triples = analysis_triples(Analysis("full", time_slice(), g, score_table(g)), created=WHEN)
    assert not [t for t in triples if t[1] == IGR.constraint]
    assert str(analysis_iri(Analysis("full", time_slice(), g, pd.DataFrame()))) == str(ID["analysis/full/all"])


def test_write_keeps_other_analyses_and_replaces_the_same_one(store):
    facts = load_facts(store)
    write_analysis(store, analyze(facts, "officials"), created=WHEN)
    write_analysis(store, analyze(facts, "places", year=2024), created=WHEN)
    first = set(store.quads(GRAPH_ANALYTICS))
    write_analysis(store, analyze(facts, "officials"), created=WHEN)
    assert set(store.quads(GRAPH_ANALYTICS)) == first
    analyses = store.query(f"""SELECT ?p WHERE {{ GRAPH <{GRAPH_ANALYTICS}> {{ ?a a <{IGR.Analysis}> ;
        <{IGR.projection}> ?p }} }} ORDER BY ?p""").records()
    assert analyses == [{"p": "officials"}, {"p": "places"}]


def test_sparql_can_rank_entities_by_score(store):
    write_analysis(store, analyze(load_facts(store), "officials"))
    rows = store.query(f"""
        PREFIX igr: <{IGR._NS}>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name ?b WHERE {{
          ?a igr:projection "officials" .
          ?s igr:inAnalysis ?a ; igr:scoreOf ?e ; igr:betweenness ?b .
          ?e rdfs:label ?name
        }} ORDER BY DESC(?b) ?name LIMIT 2""").records()
    assert rows == [{"name": "Alex Chan", "b": 0.5}, {"name": "Carol Wong", "b": 0.5}]
