"""Answers written as they come: table, CSV, JSON; CONSTRUCT as N-Triples terms or JSON-LD; --limit."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from igr.store.base import GRAPH_VARIABLES, Answer
from igr.store.results import TABLE_SAMPLE, write_answer

EX = "https://example.org/"
ROWS = [(URIRef(EX + "a"), Literal("Hong Kong", lang="en")), (URIRef(EX + "b"), None),
        (BNode("n1"), Literal("2024-06-25", datatype=XSD.date))]


def write(kind, rows, fmt, limit=None, variables=("s", "o")):
    out = io.StringIO()
    written = write_answer(Answer(kind, variables=variables, rows=iter(rows)), fmt, out, limit)
    return out.getvalue(), written


def test_select_as_csv_and_json():
    text, written = write("select", ROWS, "csv")
    assert list(csv.reader(io.StringIO(text))) == [["s", "o"], [EX + "a", "Hong Kong"], [EX + "b", ""],
                                                   ["n1", "2024-06-25"]]
    assert (written.rows, written.limited) == (3, False)
    records = json.loads(write("select", ROWS, "json")[0])
    assert records == [{"s": EX + "a", "o": "Hong Kong"}, {"s": EX + "b", "o": None}, {"s": "n1", "o": "2024-06-25"}]


def test_table_keeps_columns_past_its_sample():
    rows = [(Literal(f"r{i}"), Literal("x" * (3 if i < TABLE_SAMPLE else 9))) for i in range(TABLE_SAMPLE + 5)]
    lines = write("select", rows, "table")[0].splitlines()
    assert lines[0].split() == ["s", "o"] and set(lines[1]) == {"-", " "}
    assert len(lines) == 2 + TABLE_SAMPLE + 5
    assert lines[-1].split() == [f"r{TABLE_SAMPLE + 4}", "x" * 9]


def test_limit_stops_and_says_so():
    text, written = write("select", iter(ROWS * 100), "csv", limit=2)
    assert len(text.splitlines()) == 3 and written.limited
    assert not write("select", ROWS, "csv", limit=3)[1].limited


def test_construct_as_n_triples_terms_in_csv_and_table():
    triples = [(URIRef(EX + "a"), URIRef(EX + "p"), Literal("Hong Kong", lang="en"))]
    text = write("graph", triples, "csv", variables=GRAPH_VARIABLES)[0]
    assert text.splitlines() == ["subject,predicate,object",
                                 f'<{EX}a>,<{EX}p>,"""Hong Kong""@en"']  # CSV doubles the quotes
    assert f'"Hong Kong"@en' in write("graph", triples, "table", variables=GRAPH_VARIABLES)[0]


def test_construct_as_json_ld_parses_back():
    triples = [(URIRef(EX + "a"), URIRef(EX + "p"), Literal("Hong Kong", lang="en")),
               (URIRef(EX + "a"), URIRef(EX + "q"), URIRef(EX + "b")),
               (BNode("x"), URIRef(EX + "n"), Literal(3))]
    text = write("graph", triples, "json", variables=GRAPH_VARIABLES)[0]
    graph = Graph().parse(data=text, format="json-ld")
    assert len(graph) == 3 and (URIRef(EX + "a"), URIRef(EX + "q"), URIRef(EX + "b")) in graph
    assert Literal(3) in set(graph.objects())


@pytest.mark.parametrize("fmt, expected", [("table", "true\n"), ("csv", "true\n"), ("json", '{"boolean": true}\n')])
def test_ask(fmt, expected):
    out = io.StringIO()
    write_answer(Answer("ask", boolean=True), fmt, out)
    assert out.getvalue() == expected
