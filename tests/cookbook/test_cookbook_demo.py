"""The cookbook on the demo corpus built with the real model (examples/demo).

The extractor's output changes as it improves, so these tests check the queries against
answers computed independently from the same store's triples, not against fixed rows.
"""

from __future__ import annotations

import shlex
from collections import defaultdict

import pytest
from rdflib import RDFS
from rdflib.namespace import DCTERMS

from igr.cookbook import list_queries, render, run
from igr.store import open_store
from igr.vocab import IGR

EXAMPLES = [(q.name, e) for q in list_queries() for e in q.examples]


@pytest.fixture(scope="module")
def demo(demo_store_path):
    with open_store(demo_store_path, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def facts(demo):
    """(subject, predicate, object, graph) of the demo, labels and release dates."""
    quads = list(demo.data_quads())
    labels = {s: str(o) for s, p, o, _ in quads if p == RDFS.label}
    dates = {s: str(o) for s, p, o, _ in quads if p == DCTERMS.date}
    return quads, labels, dates


def example_params(example: str) -> dict[str, str]:
    args = shlex.split(example)
    return dict(args[i + 1].split("=", 1) for i, a in enumerate(args) if a == "--param")


@pytest.mark.parametrize("name, example", EXAMPLES)
def test_every_documented_example_runs_on_the_demo(demo, name, example):
    assert run(demo, name, example_params(example)).kind == "select"


def test_who_met_whom_lists_every_stated_meeting_once(demo, facts):
    quads, labels, dates = facts
    expected = {frozenset((labels[s], labels[o])) for s, p, o, _ in quads if p == IGR.metWith}
    rows = demo.query(render("who-met-whom")).records()
    assert {frozenset((r["personName"], r["otherName"])) for r in rows} == expected
    assert len(expected) > 0


def test_post_holders_match_the_stated_holdings(demo, facts):
    quads, labels, dates = facts
    releases = defaultdict(set)
    for s, p, o, g in quads:
        if p == IGR.holdsPost:
            releases[(labels[o], labels[s])].add(g)
    rows = demo.query(render("post-holders")).records()
    assert {(r["postName"], r["personName"]): r["releases"] for r in rows} == {k: len(v) for k, v in releases.items()}
    for r in rows:
        days = sorted(dates[g] for g in releases[(r["postName"], r["personName"])] if g in dates) or [None]
        assert (r["first"] and str(r["first"]), r["last"] and str(r["last"])) == (days[0], days[-1])


def test_mechanism_parties_match_the_stated_parties(demo, facts):
    quads, labels, _ = facts
    expected = {(labels[s], labels[o]) for s, p, o, _ in quads if p == IGR.hasParticipant}
    rows = demo.query(render("mechanism-parties")).records()
    assert {(r["mechanismName"], r["partyName"]) for r in rows if r["partyName"]} == expected


def test_places_visited_counts_releases(demo, facts):
    quads, labels, dates = facts
    officials = {s for s, p, _, _ in quads if p == IGR.holdsPost}
    places = {s for s, p, o, _ in quads if p.endswith("#type") and o == IGR.Place}
    total = {(g, o) for s, p, o, g in quads if p == IGR.visited and s in officials and o in places}
    rows = demo.query(render("places-visited")).records()
    assert sum(r["releases"] for r in rows) == len(total)


def test_remote_answers_equal_local_answers_on_the_demo(demo_store_path, tmp_path):
    """Every example through a real server over a copy of the demo store equals the in-process answer."""
    import shutil

    from igr.store.server import OxigraphServer

    copy = tmp_path / "demo"
    shutil.copytree(demo_store_path, copy, ignore=shutil.ignore_patterns("LOCK"))
    with open_store(demo_store_path, read_only=True) as local, OxigraphServer(copy, bind="127.0.0.1:0"):
        remote = open_store(copy)
        for name, example in EXAMPLES:
            sparql = render(name, example_params(example), local)
            assert remote.query(sparql).rows == local.query(sparql).rows, example
