"""The cookbook's catalogue and its parameter binding, which must be injection-proof."""

from __future__ import annotations

import datetime as dt
import re

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from igr.cookbook import list_queries, load_query, parse_query, render, run
from igr.cookbook.names import index_triples
from igr.cookbook.params import ENTITY_TYPES, PLACEHOLDER, fill, term
from igr.errors import QueryError
from igr.store import LocalStore
from igr.vocab import GRAPH_CORPUS, GRAPH_NAMES, IGR, NAME_KEY

HOSTILE = [
    '" } ; DROP ALL #',
    "\" } } ; DELETE WHERE { ?s ?p ?o } #",
    "x\" UNDEF) } ?_person ?_from { (\"y",
    "'''\"\"\"\\\" \\u0022 }",
    "line\nbreak\r\n# comment\tand tab",
    "back\\slash\\",
    "nul\x00 and \x7f and \u2028 separators",
    "emoji \U0001F600 and CJK 陳國基",
]


def test_at_least_twelve_queries_each_with_a_question_and_an_example():
    queries = list_queries()
    assert len(queries) >= 12
    for q in queries:
        assert q.question.endswith("?"), q.name
        assert q.examples and all(e.startswith(f"igr query --name {q.name}") for e in q.examples), q.name
        assert q.description, q.name


def test_the_examples_name_only_declared_parameters():
    for q in list_queries():
        declared = {p.name for p in q.params}
        for example in q.examples:
            assert set(re.findall(r"--param (\w+)=", example)) <= declared, example


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_the_raw_file_is_runnable_sparql(name):
    """Unrendered, every parameter is UNDEF: the file runs as is in any SPARQL client."""
    ox.Store().query(load_query(name).text)


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("name", ["cooperation-fields", "active-entities", "top-brokers"])
def test_a_hostile_value_only_ever_becomes_one_literal(name, value):
    query = load_query(name)
    param = next(p.name for p in query.params if p.type == "string")
    required = {p.name: "2024-01-01" for p in query.params if p.required}
    benign = render(name, {**required, param: "SAFE"})
    hostile = render(name, {**required, param: value})
    # The two texts differ exactly where the literal is: nothing else moved.
    assert hostile.replace(term("string", value), '"SAFE"') == benign
    ox.Store().query(hostile)  # still one well-formed query


@pytest.mark.parametrize("indexed", [True, False], ids=["name index", "labels only"])
@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_value_is_matched_as_data_and_the_store_is_unchanged(tmp_path, value, indexed):
    """The value round-trips exactly: an entity whose name *is* the hostile text is found,
    through the name index or, in a store without one, through the labels."""
    store = LocalStore(tmp_path / "s", create=True)
    node = URIRef("https://w3id.org/igr/id/person/odd")
    store.replace_graph(GRAPH_CORPUS, [(node, RDFS.label, Literal(value)), (node, IGR.mentionedIn, node)])
    if indexed:
        store.replace_graph(GRAPH_NAMES, index_triples(store))
    before = sorted(map(str, store.quads()))
    sparql = render("entity-profile", {"entity": value}, store)
    assert value not in sparql and "?_entity" not in sparql and f"GRAPH ?graph {{ <{node}> ?property ?value }}" in sparql
    assert {str(row[0]) for row in store.query(sparql).rows} == {str(node)}
    assert run(store, "entity-profile", {"entity": value + " and more"}).rows == ()
    assert run(store, "mechanism-parties", {"mechanism": value}).rows == ()  # a part: looked up, not pasted
    assert sorted(map(str, store.quads())) == before


def test_a_name_without_a_store_is_refused_but_an_iri_is_bound():
    with pytest.raises(QueryError, match="is a name; give the store to look it up in, or an IRI"):
        render("who-met-whom", {"person": "Chen Jie"})
    text = render("who-met-whom", {"person": "https://w3id.org/igr/id/person/chen-jie"})
    assert "{ GRAPH ?release { <https://w3id.org/igr/id/person/chen-jie> igr:metWith ?other } }" in text
    assert "?_person" not in text


def test_a_name_found_nowhere_binds_no_row(tmp_path):
    store = LocalStore(tmp_path / "s", create=True)
    text = render("who-met-whom", {"person": "Nobody"}, store)
    assert "VALUES (?_person) { }" in text
    assert store.query(text).rows == ()


@pytest.mark.parametrize("name", [q.name for q in list_queries() if any(p.type in ENTITY_TYPES for p in q.params)])
def test_one_entity_is_written_in_as_a_constant_and_several_are_bound_by_values(name, tmp_path):
    """Every query still parses with each entity parameter inlined (one IRI) or bound to two."""
    query = load_query(name)
    entity = [p.name for p in query.params if p.type in ENTITY_TYPES]
    required = {p.name: "2024-01-01" for p in query.params if p.required and p.type not in ENTITY_TYPES}
    one = render(name, {**required, **{n: f"https://w3id.org/igr/id/x/{n}" for n in entity}})
    assert not any(f"?_{n}" in one for n in entity)
    ox.Store().query(one)
    for n in entity:
        assert f"<https://w3id.org/igr/id/x/{n}>" in one
    store = LocalStore(tmp_path / "s", create=True)
    a, b = URIRef("https://w3id.org/igr/id/x/a"), URIRef("https://w3id.org/igr/id/x/b")
    store.replace_graph(GRAPH_NAMES, [(a, NAME_KEY, Literal("twin")), (b, NAME_KEY, Literal("twin"))])
    two = render(name, {**required, **{n: "twin" for n in entity}}, store)
    assert all(f"(<{a}>) (<{b}>)" in two for _ in entity)
    ox.Store().query(two)


def test_values_are_typed():
    assert term("date", dt.date(2024, 6, 25)) == term("date", "2024-06-25")
    assert term("integer", 2024) == '"2024"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert term("decimal", "0.50") == '"0.50"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    assert term("iri", "https://w3id.org/igr/id/place/shanghai") == "<https://w3id.org/igr/id/place/shanghai>"


@pytest.mark.parametrize("kind, value, message", [
    ("date", "25/06/2024", "is not a date; write it as YYYY-MM-DD"),
    ("date", '2024-06-25" } DROP ALL', "is not a date"),
    ("integer", "2024 } DROP ALL", "is not a whole number"),
    ("integer", True, "is not a whole number"),
    ("decimal", "NaN", "is not a finite number"),
    ("decimal", "1; DROP", "is not a number"),
    ("iri", "https://x/> } DROP ALL #", "is not an absolute IRI"),
    ("iri", "shanghai", "is not an absolute IRI"),
])
def test_values_that_do_not_fit_their_type_are_refused(kind, value, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        term(kind, value)


def test_unknown_query_suggests_close_names():
    with pytest.raises(QueryError, match="no cookbook query named 'who-met-who'; did you mean who-met-whom"):
        render("who-met-who")


def test_unknown_parameter_lists_the_known_ones():
    with pytest.raises(QueryError, match="'who-met-whom' has no parameter 'name'; it takes: person, from, to"):
        render("who-met-whom", {"name": "x"})


def test_required_parameter_is_asked_for():
    with pytest.raises(QueryError, match=r"'entity-profile' needs --param entity=\.\.\."):
        render("entity-profile", {})


def test_optional_parameters_left_out_stay_undef():
    text = render("who-met-whom", {"to": "2024-01-01"})
    assert 'VALUES (?_from ?_to) { (UNDEF "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date>) }' in text
    assert "VALUES (?_person) { (UNDEF) }" in text


def test_every_placeholder_line_is_filled():
    text = ("SELECT * {\n  VALUES (?_a) { (UNDEF) }\n  { SELECT ?x {\n    VALUES (?_b ?_a) { (UNDEF UNDEF) } # inner\n"
            "  } }\n}")
    filled = fill(text, {"a": term("string", "A")})
    assert filled == ('SELECT * {\n  VALUES (?_a) { ("A") }\n  { SELECT ?x {\n    VALUES (?_b ?_a) { (UNDEF "A") } # inner\n'
                      "  } }\n}")
    assert not PLACEHOLDER.search("  FILTER(?x) VALUES (?_a) { (UNDEF) }")  # only alone on its line


@pytest.mark.parametrize("header, message", [
    ("# param x: string — a\nSELECT * { VALUES (?_x) { (UNDEF) } }", "no '# question:' line"),
    ("# question: q?\n# param x: text — a\nSELECT * { VALUES (?_x) { (UNDEF) } }", "type 'text' is not one of"),
    ("# question: q?\n# param x string\nSELECT * {}", "cannot read the parameter line"),
    ("# question: q?\n# param x: string — a\nSELECT * { }", "placeholder variables []"),
    ("# question: q?\nSELECT * {\n VALUES (?_x ?_y) { (UNDEF) }\n}", "one UNDEF per variable"),
])
def test_malformed_headers_are_reported(header, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        parse_query("bad", header)


def test_header_flags():
    q = parse_query("ok", "# question: q?\n# param n: integer, default=5 — how many\n"
                          "# param who: string, optional — somebody\n"
                          "SELECT * {\n  VALUES (?_n ?_who) { (UNDEF UNDEF) }\n}")
    assert [(p.name, p.required, p.default) for p in q.params] == [("n", False, "5"), ("who", False, None)]
