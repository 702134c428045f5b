import pytest
from rdflib import Literal, URIRef

from igr.errors import QueryError, StoreNotFound
from igr.store import open_store
from igr.vocab import BUILD

EX = "https://example.org/"
G1, G2 = URIRef(EX + "g1"), URIRef(EX + "g2")


def t(s, o):
    return (URIRef(EX + s), URIRef(EX + "p"), Literal(o))


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "s", create=True) as s:
        yield s


def test_replace_graph_swaps_the_whole_graph(store):
    store.replace_graph(G1, [t("a", "1"), t("b", "2")])
    store.replace_graph(G1, [t("c", "3")])
    assert {str(q[0]) for q in store.quads(G1)} == {EX + "c"}


def test_replace_graph_touches_no_other_graph(store):
    store.replace_graph(G1, [t("a", "1")])
    store.replace_graph(G2, [t("b", "2")], also={})
    assert len(list(store.quads())) == 2


def test_a_failed_write_changes_nothing(store):
    store.replace_graph(G1, [t("a", "1")])
    with pytest.raises(TypeError):
        store.replace_graph(G1, [t("b", "2"), (URIRef(EX + "c"), URIRef(EX + "p"), object())])
    assert [str(q[0]) for q in store.quads(G1)] == [EX + "a"]


def test_query_kinds(store):
    store.replace_graph(G1, [t("a", "x")])
    assert store.query("ASK { ?s ?p 'x' }").boolean is True
    select = store.query("SELECT ?s WHERE { ?s ?p ?o }")
    assert select.variables == ("s",) and select.records() == [{"s": EX + "a"}]
    assert len(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph) == 1


def test_malformed_query_is_a_query_error(store):
    with pytest.raises(QueryError, match="malformed SPARQL"):
        store.query("SELEC ?x")


def test_book_keeping_is_not_data(store):
    store.replace_graph(BUILD["doc/x"], [t("a", "1")])
    store.replace_graph(G1, [t("b", "2")])
    assert [str(q[3]) for q in store.data_quads()] == [str(G1)]


def test_missing_store_is_reported(tmp_path):
    with pytest.raises(StoreNotFound, match="igr build PATH --store"):
        open_store(tmp_path / "none")
