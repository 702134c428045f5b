"""Paged cookbook queries: every row at ``limit=0`` is the answer of the query before paging
(tests/cookbook/previous/), and the pages, put together, are that answer with its total."""

from __future__ import annotations

from pathlib import Path

import pytest

from igr.cookbook import load_query, parse_query, render, run
from igr.cookbook.catalog import render_query
from igr.errors import QueryError

PREVIOUS = Path(__file__).with_name("previous")
PAGED = sorted(p.stem for p in PREVIOUS.glob("*.rq"))


def entities(store):
    """Every entity with a label in the sample, by IRI."""
    return [str(row[0]) for row in store.query(
        "SELECT DISTINCT ?e WHERE { GRAPH <https://w3id.org/igr/id/graph/entities> "
        "{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } } ORDER BY ?e").rows]


def bindings(store, name):
    """The parameter sets to compare for query ``name``: none, each entity in each entity
    parameter, every relation, and the periods of the sample's years."""
    query = load_query(name)
    required = {p.name: "2024-01-01" for p in query.params if p.required and p.type == "date"}
    if name == "active-entities":
        periods = [{"from": f"{y}-01-01", "to": f"{y}-12-31"} for y in (2022, 2023, 2024)]
        periods += [{"from": "2023-11-10", "to": "2024-06-24"}, {"from": "2000-01-01", "to": "2030-12-31"}]
        return [dict(p, **extra) for p in periods for extra in ({}, {"class": "Person"}, {"class": "place"})]
    everyone = entities(store)
    sets = [dict(required)] if not any(p.required and p.type == "name" for p in query.params) else []
    for p in query.params:
        if p.type in ("name", "namepart") and (p.required or not any(q.required and q.type == "name" for q in query.params)):
            sets += [dict(required, **{p.name: e}) for e in everyone]  # (an optional name goes with the required ones below)
        elif p.type == "relation":
            sets += [dict(required, **{p.name: r}) for r in ("metWith", "cooperatesWith", "visited", "holdsPost")]
    if name == "fact-provenance":
        sets += [{"subject": e, "relation": "metWith"} for e in everyone]
        sets += [{"subject": s, "object": o} for s in everyone for o in everyone]
    if name == "cooperation-between":
        sets += [{"a": a, "b": b} for a in everyone for b in everyone]
    if name == "entity-profile":  # a name for several entities: each entity's rows in turn
        sets.append({"entity": "Hong Kong"})
    return sets


def rows(result, columns):
    index = [result.variables.index(c) for c in columns]
    return [tuple(row[i] for i in index) for row in result.rows]


@pytest.mark.parametrize("name", PAGED)
def test_every_row_is_the_answer_of_the_query_before_paging(sample_store, name):
    before = parse_query(name, (PREVIOUS / f"{name}.rq").read_text(encoding="utf-8"))
    compared = answered = 0
    for params in bindings(sample_store, name):
        old = sample_store.query(render_query(before, params, sample_store))
        new = run(sample_store, name, {**params, "limit": 0})
        assert rows(new, old.variables) == list(old.rows), params
        assert {int(r[new.variables.index("total")]) for r in new.rows} <= {len(old.rows)}, params
        compared += 1
        answered += bool(old.rows)
    assert compared > 5 and answered > 3  # not a comparison of empty answers


@pytest.mark.parametrize("size", [1, 2, 3])
@pytest.mark.parametrize("name", PAGED)
def test_the_pages_put_together_are_the_whole_answer(sample_store, name, size):
    for params in bindings(sample_store, name)[:12]:
        whole = run(sample_store, name, {**params, "limit": 0})
        pages, offset = [], 0
        while True:
            page = run(sample_store, name, {**params, "limit": size, "offset": offset})
            assert len(page.rows) <= size
            if not page.rows:
                break
            assert {int(r[page.variables.index("total")]) for r in page.rows} == {len(whole.rows)}
            pages += page.rows
            offset += size
        assert pages == list(whole.rows), params


@pytest.mark.parametrize("name", PAGED)
def test_a_page_has_the_default_limit_and_says_how_many_rows_there_are(name):
    query = load_query(name)
    assert query.param("limit").default == "100" and query.param("offset").default == "0"
    required = {p.name: "https://w3id.org/igr/id/place/hong-kong" if p.type == "name" else "2024-01-01"
                for p in query.params if p.required}
    text = render(name, required)
    assert "LIMIT 100" in text and "OFFSET" not in text
    assert "LIMIT" not in render(name, {**required, "limit": 0})
    assert "OFFSET 200" in render(name, {**required, "offset": 200})
    assert "?total" in query.text.split("WHERE", 1)[0]


@pytest.mark.parametrize("value, message", [("-1", "cannot be negative"), ("ten", "not a whole number")])
def test_a_limit_that_is_not_a_count_of_rows_is_refused(value, message):
    with pytest.raises(QueryError, match=message):
        render("fact-provenance", {"limit": value})


def test_entity_profile_leaves_out_every_book_keeping_graph_a_build_writes(tmp_path):
    """The profile names the build's graphs (a list, not a test of each graph's IRI, which
    cost a string per row): a build of a made-up release writes no other one."""
    from rdflib import URIRef

    from igr.build import build_corpus
    from igr.store import LocalStore
    from igr.vocab import BUILD

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text("Title: CS visits Shanghai\nDate: 2024-06-25\n\n"
                                           "The Chief Secretary, Mr Chan Kwok-ki, met the Mayor of Shanghai.\n")
    with LocalStore(tmp_path / "s", create=True) as store:
        build_corpus([tmp_path / "in"], store)
        written = {str(g) for g in store.graph_names() if str(g).startswith(str(BUILD))}
        months = {g for g in written if g.startswith(str(BUILD) + "activity-")}
        counted = {str(p) for g in months for _, p, _, _ in store.quads(URIRef(g))}
    text = load_query("entity-profile").text
    assert months and written - months and all(f"<{g}>" in text for g in written - months)
    assert counted and all(f"build:{p.rsplit('#', 1)[1]}" in text for p in counted)
