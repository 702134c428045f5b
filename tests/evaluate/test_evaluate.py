"""The evaluator: hand-worked tiny cases, the CLI, and agreement with shared/tools/score_kg.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal
from rdflib.namespace import SKOS
from typer.testing import CliRunner

from igr.cli import app
from igr.evaluate import Counts, GoldError, evaluate, load_gold
from igr.vocab import ID, IGR

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
runner = CliRunner()

GOLD = {
    "a.json": {"doc": "a.txt", "entities": [
        {"id": "e1", "type": "Person", "name": "Chan Kwok-ki", "aliases": ["Mr Chan"]},
        {"id": "e2", "type": "Person", "name": "Chen Jie"},
        {"id": "e3", "type": "Event", "name": "Sixth Plenary Session"},
        {"id": "e4", "type": "Place", "name": "Shanghai"}],
        "relations": [{"s": "e1", "p": "chaired", "o": "e3"}, {"s": "e1", "p": "metWith", "o": "e2"}]},
    # "Mr Chan" here is another Chan: an honorific alias never merges the two.
    "b.json": {"doc": "b.txt", "entities": [
        {"id": "e1", "type": "Person", "name": "Chan Ho-lim", "aliases": ["Mr Chan"]},
        {"id": "e2", "type": "Government", "name": "Shanghai Municipal Government"}],
        "relations": []},
}


@pytest.fixture()
def gold_dir(tmp_path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for name, doc in GOLD.items():
        (folder / name).write_text(json.dumps(doc), encoding="utf-8")
    return folder


def entity(g: Graph, name: str, cls, label: str, *alts: str) -> None:
    g.add((ID[name], RDF.type, cls))
    g.add((ID[name], RDFS.label, Literal(label)))
    for alt in alts:
        g.add((ID[name], SKOS.altLabel, Literal(alt)))


@pytest.fixture()
def graph() -> Graph:
    g = Graph()
    entity(g, "chan", IGR.Person, "Chan Kwok-ki", "Mr Chan")
    entity(g, "chan2", IGR.Person, "Mr Chan")              # honorific only: matches nothing, FP
    entity(g, "chen", IGR.Person, "Chen Jie")
    entity(g, "chen_dup", IGR.Person, "Chen Jie")          # a duplicate: FP
    entity(g, "session", IGR.Event, "Sixth Plenary Session")
    entity(g, "smg", IGR.Government, "Shanghai Municipal Government")  # Government counts as Organization
    entity(g, "sh", IGR.City, "Shanghai")                  # a Place through rdfs:subClassOf in the graph
    g.add((IGR.City, RDFS.subClassOf, IGR.Place))
    g.add((ID.chen, IGR.metWith, ID.chan))                 # symmetric: the gold says chan metWith chen
    g.add((ID.chan, IGR.chaired, ID.session))              # implies attended, which the gold also implies
    g.add((ID.chen_dup, IGR.metWith, ID.chan))             # touches a duplicate: FP
    return g


def test_gold_merging(gold_dir):
    gold = load_gold(gold_dir)
    assert ("Person", "chan ho lim") in gold.entities and ("Person", "chan kwok ki") in gold.entities
    assert len(gold.entities) == 6
    assert ("Organization", "shanghai municipal government") in gold.entities
    chan, session = ("Person", "chan kwok ki"), ("Event", "sixth plenary session")
    assert gold.relations == {(chan, "chaired", session), (chan, "attended", session),
                              (chan, "metWith", ("Person", "chen jie"))}


def test_hand_worked_figures(gold_dir, graph):
    r = evaluate(load_gold(gold_dir), graph)
    # 5 matched; chan2 and chen_dup are FP; Chan Ho-lim missed
    assert r.entity == Counts(5, 2, 1) and r.entity_untyped == Counts(5, 2, 1)
    assert round(r.entity.f1, 3) == round(10 / 13, 3)
    assert r.by_class["Person"] == Counts(2, 2, 1)
    assert r.by_class["Place"] == Counts(1, 0, 0) and r.by_class["Organization"] == Counts(1, 0, 0)
    # metWith (reversed), chaired and the implied attended are TP; the duplicate's metWith is FP
    assert r.relation == Counts(3, 1, 0)
    assert r.by_property["metWith"] == Counts(1, 1, 0)
    assert r.by_property["chaired"] == Counts(1, 0, 0) and r.by_property["attended"] == Counts(1, 0, 0)
    assert r.summary == "entity_f1=0.769 relation_f1=0.857"
    assert r.missed_entities == ("Chan Ho-lim (Person)",)
    assert r.extra_entities == ("Chen Jie (Person)", "Mr Chan (Person)")


def test_dataset_graphs_are_merged(gold_dir, graph):
    ds = Dataset()
    for i, triple in enumerate(graph):
        ds.graph(ID[f"g{i % 3}"]).add(triple)
    assert evaluate(load_gold(gold_dir), ds) == evaluate(load_gold(gold_dir), graph)


def test_typed_matching_needs_the_class(gold_dir):
    g = Graph()
    entity(g, "x", IGR.Organization, "Shanghai")
    r = evaluate(load_gold(gold_dir), g)
    assert (r.entity.tp, r.entity_untyped.tp) == (0, 1)


@pytest.mark.parametrize("content, message", [
    ("{not json", "not a readable JSON file"),
    (json.dumps({"entities": [{"id": "e1", "type": "Person"}]}), "needs 'id', 'type' and 'name'"),
    (json.dumps({"entities": [{"id": "e1", "type": "Robot", "name": "R2"}], "relations": []}), "unknown entity type 'Robot'"),
    (json.dumps({"entities": [], "relations": [{"s": "e1", "p": "metWith", "o": "e2"}]}), "unknown entity id"),
])
def test_malformed_gold(tmp_path, content, message):
    (tmp_path / "x.json").write_text(content)
    with pytest.raises(GoldError, match=message):
        load_gold(tmp_path)


def test_empty_gold(tmp_path):
    with pytest.raises(GoldError, match=r"no gold \*\.json files"):
        load_gold(tmp_path)


# ------------------------------------------------------------------ CLI
def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_cli_missing_gold(tmp_path):
    r = run("eval", "--gold", tmp_path / "none", tmp_path / "g.nt")
    assert (r.exit_code, r.output.strip()) == (1, f"Error: no such gold folder: '{tmp_path / 'none'}'")


def test_cli_graph_and_store(tmp_path, gold_dir):
    r = run("eval", "--gold", gold_dir, tmp_path / "g.nt", "--store", tmp_path / "s")
    assert (r.exit_code, r.output.strip()) == (1, "Error: give exactly one of GRAPH or --store")
    r = run("eval", "--gold", gold_dir)
    assert (r.exit_code, r.output.strip()) == (1, "Error: give exactly one of GRAPH or --store")


def test_cli_on_a_file(tmp_path, gold_dir, graph):
    path = tmp_path / "g.ttl"
    graph.serialize(path, format="turtle")
    r = run("eval", "--gold", gold_dir, path, "--show", "1", "--json", tmp_path / "r.json")
    assert r.exit_code == 0, r.output
    assert r.output.strip().splitlines()[-1] == "entity_f1=0.769 relation_f1=0.857"
    assert json.loads((tmp_path / "r.json").read_text())["relation"]["tp"] == 3


# ------------------------------------------------------------------ the reference scorer
@pytest.mark.model
def test_same_figures_as_score_kg(tmp_path, extractor):
    if not (SHARED / "gold" / "dev").is_dir() or not (SHARED / "corpus" / "dev").is_dir():
        pytest.skip("../shared (dev corpus and gold) is not here")
    from igr.build import build_corpus
    from igr.evaluate import store_graph
    from igr.store import open_store
    from igr.store.export import export_store

    nt, report_path = tmp_path / "graph.nt", tmp_path / "ref.json"
    with open_store(tmp_path / "store", create=True) as store:
        build_corpus([SHARED / "corpus" / "dev"], store, extractor=extractor)
        export_store(store, "nt", nt)
        ours = evaluate(load_gold(SHARED / "gold" / "dev"), store_graph(store))
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "score_kg.py"), "--gold", str(SHARED / "gold" / "dev"),
                           str(nt), "--json", str(report_path)], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == ours.summary
    ref = json.loads(report_path.read_text())
    for cls, c in ours.by_class.items():
        assert {k: ref["entity_by_type"][cls][k] for k in ("tp", "fp", "fn")} == {"tp": c.tp, "fp": c.fp, "fn": c.fn}, cls
    for prop, c in ours.by_property.items():
        assert {k: ref["relation_by_property"][prop][k] for k in ("tp", "fp", "fn")} == {"tp": c.tp, "fp": c.fp, "fn": c.fn}, prop
    for key, counts in (("entity", ours.entity), ("entity_untyped", ours.entity_untyped), ("relation", ours.relation)):
        assert ref[key] == pytest.approx({"p": counts.precision, "r": counts.recall, "f": counts.f1}), key
    assert (ref["gold_entities"], ref["gold_relations"], ref["predicted_entities"]) == \
        (ours.gold_entities, ours.gold_relations, ours.predicted_entities)
    assert ref["missed_entities"] == list(ours.missed_entities)
    assert ref["missed_relations"] == list(ours.missed_relations)
