"""The CLI: exit codes and exact error lines, never a traceback."""

import json
import re

import pytest
from typer.testing import CliRunner

from igr.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_query_on_missing_store(tmp_path):
    r = run("query", "SELECT * WHERE { ?s ?p ?o }", "--store", tmp_path / "none")
    assert r.exit_code == 1
    assert r.output.strip() == f"Error: no store at '{tmp_path / 'none'}'; build one first with: igr build PATH --store {tmp_path / 'none'}"


def test_build_on_missing_path(tmp_path):
    r = run("build", tmp_path / "nope", "--store", tmp_path / "s")
    assert r.exit_code == 1
    assert r.output.strip() == f"Error: no such file or folder: '{tmp_path / 'nope'}'"


def test_malformed_sparql(demo_store_path):
    r = run("query", "SELEC ?x WHERE {}", "--store", demo_store_path)
    assert r.exit_code == 1
    assert r.output.startswith("Error: malformed SPARQL:") and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_missing_query_file(demo_store_path):
    r = run("query", "missing.rq", "--store", demo_store_path)
    assert (r.exit_code, r.output.strip()) == (1, "Error: no such query file: 'missing.rq'")


def test_query_formats(demo_store_path, tmp_path):
    q = "SELECT ?name WHERE { ?p a igr:Person ; rdfs:label ?name } ORDER BY ?name LIMIT 2"
    as_json = run("query", q, "--store", demo_store_path, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.output)
    assert len(rows) == 2 and set(rows[0]) == {"name"}
    as_csv = run("query", q, "--store", demo_store_path, "--format", "csv")
    assert as_csv.output.splitlines()[0] == "name" and len(as_csv.output.splitlines()) == 3
    file = tmp_path / "q.rq"
    file.write_text(q)
    assert run("query", file, "--store", demo_store_path).exit_code == 0


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "nq", "jsonld"])
def test_export_formats_parse_back(demo_store_path, tmp_path, fmt):
    from rdflib import Dataset

    out = tmp_path / f"g.{fmt}"
    r = run("export", "--store", demo_store_path, "--format", fmt, "--output", out)
    assert r.exit_code == 0, r.output
    count = int(re.search(r"wrote (\d+) statements", r.output)[1])
    data = Dataset()
    data.parse(out, format={"ttl": "turtle", "jsonld": "json-ld", "nq": "nquads"}.get(fmt, fmt))
    assert count > 100 and len(data) + sum(len(g) for g in data.graphs() if g.identifier != data.default_context.identifier) >= count


def test_validate_and_stats(demo_store_path):
    r = run("validate", "--store", demo_store_path)
    assert r.exit_code == 0 and r.output.startswith("conforms:")
    s = run("stats", "--store", demo_store_path)
    assert s.exit_code == 0 and "documents" in s.output


def test_build_summary_lists_skipped_files(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The Chief Executive, Mr John Lee, visited Shenzhen.")
    (corpus / "b.bin").write_bytes(b"\x00\x01")
    r = run("build", corpus, "--store", tmp_path / "s")
    assert r.exit_code == 0, r.output
    assert "1 documents" in r.output and "skipped 1 file(s)" in r.output and "b.bin: unknown extension" in r.output


def test_every_command_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for command in app.registered_commands:
        assert f"igr {command.name}" in readme, command.name
