"""``igr query`` and the other readers on a small hand-built store: messages, formats, refusals."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from typer.testing import CliRunner

from igr.cli import app
from igr.store import open_store
from igr.vocab import IGR

EX = "https://example.org/"


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "store"
    with open_store(path, create=True) as s:
        s.replace_graph(URIRef(EX + "g"), [
            (URIRef(EX + f"p{i}"), RDF.type, IGR.Person) for i in range(3)] + [
            (URIRef(EX + f"p{i}"), RDFS.label, Literal(f"Person {i}", lang="en")) for i in range(3)])
    return path


def test_an_update_is_refused_by_name(store):
    r = run("query", "INSERT DATA { <http://x/a> <http://x/b> 1 }", "--store", store)
    assert (r.exit_code, r.output.strip()) == (1, "Error: updates are not accepted here: this is a SPARQL update "
                                                  "(INSERT); igr query and igr.open(...).query only read")


def test_error_position_counts_the_users_characters(store):
    r = run("query", "SELECT ?p WHERE { ?p a }", "--store", store)  # 24 characters; Oxigraph points past the '}'
    assert r.exit_code == 1 and r.output.startswith("Error: malformed SPARQL: error at 1:25:")


def test_construct_in_csv_is_n_triples_rows(store):
    r = run("query", "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p rdfs:label ?n } ORDER BY ?p", "--store", store,
            "--format", "csv")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0] == "subject,predicate,object" and len(lines) == 4
    assert lines[1] == f'<{EX}p0>,<{RDFS.label}>,"""Person 0""@en"'


def test_construct_in_json_is_json_ld(store):
    r = run("query", "CONSTRUCT WHERE { ?p a igr:Person }", "--store", store, "--format", "json")
    graph = Graph().parse(data=r.output, format="json-ld")
    assert len(graph) == 3


def test_select_json_and_limit(store):
    r = run("query", "SELECT ?n WHERE { ?p rdfs:label ?n } ORDER BY ?n", "--store", store, "--format", "json",
            "--limit", "2")
    assert r.exit_code == 0
    assert json.loads(r.stdout) == [{"n": "Person 0"}, {"n": "Person 1"}]


def test_table_counts_rows(store):
    r = run("query", "SELECT ?n WHERE { ?p rdfs:label ?n }", "--store", store)
    assert r.exit_code == 0 and "3 row(s)" in r.output and "Person 2" in r.output


@pytest.mark.parametrize("command", [["query", "ASK {}"], ["stats"], ["validate"], ["export", "--output", "x.ttl"],
                                     ["analyze"]])
def test_a_folder_of_releases_is_refused(tmp_path, command):
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "2024-06-25-visit.txt").write_text("The Chief Executive visited Shenzhen.")
    r = run(*command, "--store", folder)
    assert r.exit_code == 1
    assert r.output.strip() == (f"Error: '{folder}' is not an igr store (it holds 2024-06-25-visit.txt); "
                                "igr wrote nothing into it. Give --store a new or empty folder, or the folder of a store")
    assert [p.name for p in folder.iterdir()] == ["2024-06-25-visit.txt"]


def test_a_paged_cookbook_query_says_which_rows_of_how_many_and_gives_every_row(tmp_path):
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "igr_test_sample_graph", Path(__file__).resolve().parents[1] / "cookbook" / "sample_graph.py")
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    with open_store(tmp_path / "store", create=True) as s:
        sample.fill(s)
    n = len(sample.FACTS)
    first = run("query", "--store", tmp_path / "store", "--name", "fact-provenance", "--param", "limit=2",
                "--format", "csv")
    assert first.exit_code == 0, first.output
    assert f"rows 1-2 of {n}; the next page: --param offset=2; every row: --param limit=0" in first.output
    every = run("query", "--store", tmp_path / "store", "--name", "fact-provenance", "--param", "limit=0",
                "--format", "json")
    assert every.exit_code == 0 and f"rows 1-{n} of {n}\n" in every.output
    last = run("query", "--store", tmp_path / "store", "--name", "fact-provenance", "--param", f"offset={n - 1}")
    assert f"rows {n}-{n} of {n}\n" in last.output
