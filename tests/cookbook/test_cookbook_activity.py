"""``active-entities`` reads year counts, month counts and the releases of partly covered months:
its rows are those of a count from the releases, of the query before paging (which read every
release) and of the query that read month counts only, over periods of 0 to 4 whole years with
partial months at either end, empty periods and a period that ends before it starts.

The store is built by the build's own writer from made-up releases (seeded), many of them on the
first and last days of months and years, and then changed (releases moved, failed, removed), so
the counts read are those the build keeps.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import DCTERMS

from igr.build.activity import ACTIVITY, KEPT, ensure_activity
from igr.build.document import DocumentWriter
from igr.cookbook import parse_query, run
from igr.cookbook.catalog import render_query
from igr.errors import QueryError
from igr.extract.records import Extraction, Fact, LocalEntity
from igr.rdf.graphs import document_iri
from igr.store import LocalStore
from igr.vocab import BUILD, GRAPH_CORPUS, IGR

PREVIOUS = Path(__file__).with_name("previous")
CLASSES = ("Person", "Post", "Place", "Organization", "Mechanism", "Initiative", "Event", "Agreement")
PEOPLE = [LocalEntity(f"p{i}", "Person", name) for i, name in
          enumerate(["Carrie Lam", "Chan Kwok-ki", "Wong Siu-ming", "Lee Tai-man", "Ho Ka-yan"])]
OTHERS = [LocalEntity("s", "Place", "Shanghai"), LocalEntity("h", "Place", "Hunan"),
          LocalEntity("m", "Mechanism", "Hong Kong/Hunan Co-operation Conference"),
          LocalEntity("o", "Organization", "Made-up Affairs Bureau")]
COLUMNS = ["entity", "name", "class", "releases", "interactions", "first", "last"]


def made_up_days(rng: random.Random) -> list[date]:
    """Days from 2021 to 2024, with every month's and year's first and last days, and Feb 29."""
    days = [date(2021, 1, 1) + timedelta(days=rng.randrange(4 * 365 + 1)) for _ in range(40)]
    for year in range(2021, 2025):
        days += [date(year, 1, 1), date(year, 12, 31), date(year, rng.randrange(1, 13), 1)]
    return days + [date(2024, 2, 29), date(2022, 2, 28), date(2023, 3, 31)]


def release(rng: random.Random, key: str, day: date | None, version: int) -> Extraction:
    people = rng.sample(PEOPLE, rng.randrange(1, 4))
    entities = tuple(people + rng.sample(OTHERS, rng.randrange(0, 3)))
    facts = tuple(Fact(a.id, "metWith", b.id, 0, 10, "Made-up sentence.", "dep:meet", 0.9,
                       participants=(a.id, b.id)) for a, b in zip(people, people[1:]))
    return Extraction(key, f"{key}-{version}", date=day, entities=entities, facts=facts, extractor="t")


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The made-up store as the build keeps it, and the same with the counts of month counts only
    (years left out of the graphs and the listing: what the builds kept before years)."""
    rng = random.Random(7)
    days = made_up_days(rng)
    root = tmp_path_factory.mktemp("activity")
    store = LocalStore(root / "store", create=True)
    ensure_activity(store)  # as a build starts: an empty store, marked as keeping the counts
    writer = DocumentWriter(store)
    for i, day in enumerate(days):
        writer.write(release(rng, f"r{i}", day, 1))
    writer.write(release(rng, "undated", None, 1))
    for i in rng.sample(range(len(days)), 12):  # moved, failed, removed: the counts follow the changes
        if i % 3 == 0:
            writer.write(release(rng, f"r{i}", rng.choice(days), 2))
        elif i % 3 == 1:
            writer.fail(f"r{i}", f"r{i}-2", "t", "made-up failure")
        else:
            writer.remove(document_iri(f"r{i}"))
    months_only = LocalStore(root / "months", create=True)
    graphs = defaultdict(list)
    years = {BUILD[f"activity-{y}"] for y in range(2000, 2030)}
    for s, p, o, g in store.quads():
        if g not in years and not (g == ACTIVITY and (s in years or p == BUILD.month or (s, p, o) == KEPT[:3])):
            graphs[g].append((s, p, o))
    graphs[ACTIVITY].append((ACTIVITY, BUILD.version, Literal(1)))  # the mark of that time
    for g, triples in graphs.items():
        months_only.replace_graph(g, triples)
    yield store, months_only
    store.close()
    months_only.close()


def counted(store, start: date, end: date, cls: str | None = None) -> list[tuple[str, ...]]:
    """The answer counted from the releases, in the query's order."""
    dated, mentions, records = {}, defaultdict(set), defaultdict(lambda: defaultdict(set))
    classes, names = {}, {}
    for s, p, o, g in store.quads():
        if g == GRAPH_CORPUS:
            if p == RDF.type and str(o).rsplit("#", 1)[-1] in CLASSES:
                classes[s] = str(o).rsplit("#", 1)[-1]
            elif p == RDFS.label:
                names[s] = str(o)
        elif p == DCTERMS.date and s == g:
            dated[g] = date.fromisoformat(str(o))
        elif p == IGR.mentionedIn and o == g:
            mentions[g].add(s)
        elif p == IGR.participant:
            records[g][o].add(s)
    found = defaultdict(list)
    for release_, day in dated.items():
        if start <= day <= end:
            for entity in mentions[release_]:
                found[entity].append((day, len(records[release_][entity])))
    rows = [(str(e), names[e], classes[e], str(len(v)), str(sum(k for _, k in v)), str(min(v)[0]), str(max(v)[0]))
            for e, v in found.items() if e in classes and (cls is None or classes[e].lower() == cls.lower())]
    return sorted(rows, key=lambda r: (-int(r[3]), -int(r[4]), r[1], r[0]))


def rows(result, columns=COLUMNS):
    index = [result.variables.index(c) for c in columns]
    return [tuple(str(row[i]) for i in index) for row in result.rows]


PERIODS = [
    ("2022-03-05", "2022-03-20"),  # days of one month
    ("2022-03-15", "2022-05-10"),  # a whole month between two partial ones
    ("2022-02-28", "2022-02-28"), ("2024-02-29", "2024-02-29"), ("2023-12-31", "2024-01-01"),
    ("2022-01-01", "2022-06-30"),  # whole months, not a whole year
    ("2022-01-01", "2022-12-31"),  # one year
    ("2021-11-15", "2023-01-20"),  # one year, a whole month and partial months before and after
    ("2021-12-01", "2023-01-31"),  # one year and whole months either side
    ("2022-01-01", "2023-12-31"), ("2021-07-04", "2023-12-31"), ("2022-01-01", "2024-03-09"),  # two years
    ("2021-01-01", "2023-12-31"), ("2020-12-31", "2024-01-01"), ("2021-02-10", "2024-11-20"),  # three years
    ("2000-01-01", "2030-12-31"),  # every year, and years with no release
    ("2019-01-01", "2019-12-31"), ("2025-06-01", "2025-06-30"),  # no release
    ("2023-05-01", "2022-05-01"), ("2022-05-10", "2022-05-01"),  # ends before it starts
]


@pytest.mark.parametrize("start, end", PERIODS)
def test_rows_are_a_count_from_the_releases_and_those_of_the_queries_before(stores, start, end):
    store, months_only = stores
    before_paging = parse_query("active-entities", (PREVIOUS / "active-entities.rq").read_text(encoding="utf-8"))
    months = parse_query("active-entities", (PREVIOUS / "months" / "active-entities.rq").read_text(encoding="utf-8"))
    for cls in (None, "Person", "place"):
        params = {"from": start, "to": end, **({"class": cls} if cls else {})}
        new = run(store, "active-entities", {**params, "limit": 0})
        expected = counted(store, date.fromisoformat(start), date.fromisoformat(end), cls)
        assert rows(new) == expected, params
        assert rows(store.query(render_query(before_paging, params, store))) == expected, params
        old = months_only.query(render_query(months, {**params, "limit": 0}))
        assert rows(old) == expected, params
        assert {int(r[new.variables.index("total")]) for r in new.rows} <= {len(expected)}, params


def test_the_periods_compared_have_rows_and_read_years(stores):
    """Not a comparison of empty answers: most periods have rows, and the store keeps years."""
    store, _ = stores
    answered = [p for p in PERIODS if counted(store, *map(date.fromisoformat, p))]
    assert len(answered) >= 15
    years = {s for s, p, _, g in store.quads(ACTIVITY) if p == BUILD.month}
    assert years == {BUILD[f"activity-{y}"] for y in range(2021, 2025)}


@pytest.mark.parametrize("limit, offset", [(1, 0), (3, 2), (5, 100)])
def test_pages_of_a_two_year_period(stores, limit, offset):
    store, _ = stores
    params = {"from": "2021-07-04", "to": "2023-12-31"}
    whole = rows(run(store, "active-entities", {**params, "limit": 0}))
    page = rows(run(store, "active-entities", {**params, "limit": limit, "offset": offset}))
    assert page == whole[offset:offset + limit]


def test_a_store_whose_builds_kept_months_only_is_asked_to_build_again(stores):
    """Its counts would miss the years: the query says how to add them instead of answering wrongly."""
    _, months_only = stores
    with pytest.raises(QueryError, match="run igr build on it again"):
        run(months_only, "active-entities", {"from": "2022-01-01", "to": "2022-12-31"})
