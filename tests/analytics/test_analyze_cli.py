"""``igr analyze``: exit codes, exact error lines, tables and files."""

import csv
import json

import pytest
from typer.testing import CliRunner

from igr.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["analyze", *[str(a) for a in args]])


def test_scores_table(store_path):
    r = run("--store", store_path)
    assert r.exit_code == 0, r.output
    assert "officials projection, all dates: 5 entities, 5 edges, 2 communities" in r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "ranked by pagerank"
    assert lines[2].split()[:4] == ["1", "Alex", "Chan", "3"]
    assert "communities (louvain)" in r.stdout
    assert "Alex Chan, Bo Li, Dan Zhou" in r.stdout


def test_top_and_rank_by_constraint(store_path):
    r = run("--store", store_path, "--top", "2", "--by", "constraint")
    assert r.exit_code == 0, r.output
    ranked = [line.split()[1:3] for line in r.stdout.splitlines()[2:4]]
    assert ranked == [["Alex", "Chan"], ["Carol", "Wong"]]  # the least constrained are the brokers


@pytest.mark.parametrize(("args", "message"), [
    (["--projection", "cities"],
     "Error: unknown projection 'cities'; choose one of: officials, places, organisations, mechanisms, full"),
    (["--path", "Alex Chan", "Nobody"], "Error: no entity named 'Nobody'"),
    (["--path", "Alex Chan", "Alex Chen"], "Error: no entity named 'Alex Chen'; did you mean 'Alex Chan'?"),
    (["--path", "Alex Chan", "Shanghai"],
     "Error: 'Shanghai' (Place) is not in the officials projection; try --projection places or full"),
    (["--ego", "Nobody"], "Error: no entity named 'Nobody'"),
    (["--year", "24"], "Error: '24' is not a year; write it as four digits, e.g. 2024"),
    (["--year", "2024", "--from", "2024-01"], "Error: give either a year or a from/to range, not both"),
    (["--from", "2024-07", "--to", "2024-01"], "Error: the range ends (2024-01-31) before it starts (2024-07-01)"),
    (["--by", "community"], "Error: cannot rank by 'community'; choose one of: degree, weighted_degree, "
                            "betweenness, pagerank, eigenvector, constraint, core"),
    (["--projection", "places", "--home", "Atlantis"], "Error: no entity of class Place named 'Atlantis'"),
    (["--projection", "full", "--path", "Alex Chan", "CreateSmart Initiative"],
     "Error: no path between 'Alex Chan' and 'CreateSmart Initiative' in the full projection"),
])
def test_errors(store_path, args, message):
    r = run("--store", store_path, *args)
    assert (r.exit_code, r.output.strip()) == (1, message)


def test_missing_store(tmp_path):
    r = run("--store", tmp_path / "none")
    assert r.exit_code == 1
    assert r.output.strip() == (f"Error: no store at '{tmp_path / 'none'}'; build one first with: "
                                f"igr build PATH --store {tmp_path / 'none'}")


def test_path_with_evidence(store_path):
    r = run("--store", store_path, "--path", "Dan Zhou", "ms wong")
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "Dan Zhou -> Alex Chan -> Carol Wong  (2 hops)"
    assert lines[1] == "1. Dan Zhou - Alex Chan: co-attended, metWith (2 ties)"
    assert '   2023-11-20  Joint Conference in Hong Kong: "Mr Chan met Mr Zhou."' in lines


def test_ego_table(store_path):
    r = run("--store", store_path, "--ego", "Eve Ho", "--hops", "1")
    assert r.exit_code == 0, r.output
    assert "ego network of Eve Ho within 1 hop: 2 entities, 1 edges" in r.stderr
    rows = [line.split() for line in r.stdout.splitlines()[2:]]
    assert [row[1:4] for row in rows] == [["Carol", "Wong", "1"], ["Eve", "Ho", "0"]]


def test_csv_and_json(store_path, tmp_path):
    out = tmp_path / "out"
    r = run("--store", store_path, "--projection", "places", "--home", "Hong Kong", "--csv", out,
            "--json", tmp_path / "places.json", "--path", "Shenzhen", "Guangdong")
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == ["communities.csv", "edges.csv", "matrix.csv", "path.csv",
                                                     "scores.csv"]
    scores = list(csv.DictReader((out / "scores.csv").open()))
    assert scores[0]["label"] == "Hong Kong" and scores[0]["degree"] == "3"
    matrix = list(csv.reader((out / "matrix.csv").open()))
    assert matrix[0] == ["", "Hong Kong", "Guangdong", "Shanghai", "Shenzhen"]
    assert matrix[1] == ["Hong Kong", "0", "3", "3", "2"]
    path = list(csv.DictReader((out / "path.csv").open()))
    assert {row["hop"] for row in path} == {"1", "2"}
    document = json.loads((tmp_path / "places.json").read_text())
    assert (document["projection"], document["nodes"], document["edges"], document["home"]) == ("places", 4, 3,
                                                                                                "Hong Kong")
    assert document["path"]["labels"] == ["Shenzhen", "Hong Kong", "Guangdong"]
    tie = next(t for t in document["ties"] if {t["source_label"], t["target_label"]} == {"Hong Kong", "Shenzhen"})
    assert tie["weight"] == 2 and {e["title"] for e in tie["evidence"]} == {
        "Secretary visits Shenzhen for <Innovation> & Technology"}


def test_write_then_sparql(store_path):
    r = run("--store", store_path, "--write", "--year", "2024")
    assert r.exit_code == 0, r.output
    # 8 triples describe the analysis, 11 each score an entity
    assert "wrote 52 triples for 4 entities to the analytics graph" in r.stderr
    q = runner.invoke(app, ["query", "SELECT ?p WHERE { ?a igr:projection ?p ; igr:sliceStart ?s }",
                            "--store", str(store_path), "--format", "json"])
    assert q.exit_code == 0, q.output
    assert "officials" in q.stdout


def test_help_has_an_example():
    r = runner.invoke(app, ["analyze", "--help"])
    assert r.exit_code == 0
    assert "Example: igr analyze" in r.stdout


def test_an_empty_projection_says_what_to_do(store_path):
    r = run("--store", store_path, "--year", "1999")
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert ("nothing to score: no entity has ties in the officials projection for 1999; check the store with "
            "'igr stats', or try --projection full or another time slice") in r.stderr


def test_sampled_betweenness_is_stated_in_the_table_and_the_json(store_path, tmp_path, monkeypatch):
    from igr.analytics import metrics

    r = run("--store", store_path, "--json", tmp_path / "exact.json")
    assert "betw~" not in r.stdout and "sampled" not in r.stdout
    assert json.loads((tmp_path / "exact.json").read_text())["betweenness"] == {"method": "exact"}
    # a projection larger than the threshold (lowered here to the sample's 5 officials)
    monkeypatch.setattr(metrics, "EXACT_BETWEENNESS_MAX_NODES", 3)
    monkeypatch.setattr(metrics, "BETWEENNESS_PIVOTS", 4)
    r = run("--store", store_path, "--json", tmp_path / "sampled.json")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0] == "ranked by pagerank; betw~ sampled from 4 pivots (seed 42)"
    assert "betw~" in r.stdout.splitlines()[1]
    document = json.loads((tmp_path / "sampled.json").read_text())
    assert document["betweenness"] == {"method": "sampled", "pivots": 4, "seed": 42}
