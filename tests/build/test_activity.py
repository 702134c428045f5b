"""The year and month counts a build keeps (igr.build.activity), on hand-built records in a real store:
after every write, replacement, failure and removal they are what a count from scratch gives."""

import random
from datetime import date

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from igr.build.activity import ACTIVITY, KEPT, ensure_activity, from_scratch, has_activity, month_graph, year_graph
from igr.build.document import DocumentWriter
from igr.extract.records import Extraction, Fact, LocalEntity
from igr.rdf.graphs import document_iri
from igr.store import open_store
from igr.vocab import BUILD, ID


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "s", create=True) as s:
        yield s


def kept(store):
    """Every graph of the year and month counts and their listing, as sets of triples."""
    out = {}
    for s, p, o, g in store.quads():
        if g == ACTIVITY or str(g).startswith(str(BUILD) + "activity-"):
            out.setdefault(g, set()).add((s, p, o))
    return out


def counted(store):
    """The same, counted from the releases."""
    expected = from_scratch(store)
    expected[ACTIVITY].discard(KEPT[:3])  # the mark of a store whose builds keep them, written by ensure_activity
    return {g: t for g, t in expected.items() if t}


LAM, CHAN, SH = (LocalEntity("e1", "Person", "Carrie Lam"), LocalEntity("e2", "Person", "Chan Kwok-ki"),
                 LocalEntity("e3", "Place", "Shanghai"))


def release(key, day, *entities, meet=False, version="1"):
    facts = (Fact("e1", "metWith", "e2", 0, 10, "Mrs Lam met Mr Chan.", "dep:meet", 0.9, participants=("e1", "e2")),) \
        if meet else ()
    return Extraction(key, f"{key}-{version}", date=day, entities=entities, facts=facts, extractor="t")


def month(store, day, entity, graph=month_graph):
    """(releases, interactions, first, last) of ``entity`` in ``day``'s month (``graph=year_graph``: year)."""
    values = {p: o for s, p, o in kept(store).get(graph(day), ()) if s == entity}
    if not values:
        return None
    return (int(values[BUILD.releases]), int(values[BUILD.interactions]), str(values[BUILD.first]),
            str(values[BUILD.last]))


def test_writes_replacements_failures_and_removals_keep_the_counts_a_count_from_scratch_gives(store):
    w = DocumentWriter(store)
    lam, chan = ID["person/carrie-lam"], ID["person/chan-kwok-ki"]
    w.write(release("a", date(2024, 3, 5), LAM, CHAN, meet=True))
    w.write(release("b", date(2024, 3, 20), LAM, SH))
    w.write(release("c", date(2024, 4, 2), CHAN))
    w.write(release("d", None, LAM))  # undated: in no month
    assert kept(store) == counted(store)
    assert month(store, date(2024, 3, 1), lam) == (2, 1, "2024-03-05", "2024-03-20")
    assert month(store, date(2024, 3, 1), chan) == (1, 1, "2024-03-05", "2024-03-05")
    # a changed release moves to another month and mentions another entity
    w.write(release("b", date(2024, 4, 10), CHAN, SH, version="2"))
    assert kept(store) == counted(store)
    assert month(store, date(2024, 3, 1), lam) == (1, 1, "2024-03-05", "2024-03-05")
    assert month(store, date(2024, 4, 1), chan) == (2, 0, "2024-04-02", "2024-04-10")
    # the same day twice, then one of them goes: the day stays, counted once
    w.write(release("e", date(2024, 4, 2), CHAN, meet=False))
    w.remove(document_iri("e"))
    assert month(store, date(2024, 4, 1), chan) == (2, 0, "2024-04-02", "2024-04-10")
    # a release whose extraction failed contributes nothing; a pruned one neither
    w.fail("a", "a-3", "t", "boom")
    w.remove(document_iri("c"))
    assert kept(store) == counted(store)
    assert month(store, date(2024, 3, 1), lam) is None and month(store, date(2024, 4, 1), chan) == \
        (1, 0, "2024-04-10", "2024-04-10")
    releases = {o for s, p, o in kept(store)[ACTIVITY] if p == BUILD.release}
    assert releases == {document_iri("b")}


def test_a_store_built_before_the_counts_gets_them_once(store):
    w = DocumentWriter(store)
    w.write(release("a", date(2024, 3, 5), LAM, CHAN, meet=True))
    for graph in kept(store):
        store.replace_graph(graph, [])
    assert kept(store) == {}
    assert ensure_activity(store) is True
    assert kept(store) == from_scratch(store) and KEPT[:3] in kept(store)[ACTIVITY]
    assert ensure_activity(store) is False


def test_build_corpus_counts_a_changed_and_a_pruned_release(tmp_path):
    from igr.build import build_corpus  # noqa: PLC0415 - the real model reads the releases

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Title: CS visits Shanghai\nDate: 2024-06-25\n\n"
                                  "The Chief Secretary, Mr Chan Kwok-ki, met the Mayor of Shanghai, Mr Gong Zheng.\n")
    (folder / "b.txt").write_text("Title: CE meets Mayor\nDate: 2024-07-02\n\nMr John Lee met Mr Gong Zheng.\n")
    with open_store(tmp_path / "s", create=True) as s:
        build_corpus([folder], s)
        assert kept(s) == from_scratch(s) and month_graph(date(2024, 7, 1)) in kept(s)
        (folder / "b.txt").write_text("Title: CE meets Mayor\nDate: 2024-08-02\n\nMr John Lee met Mr Gong Zheng.\n")
        build_corpus([folder], s)
        assert kept(s) == from_scratch(s)
        (folder / "a.txt").unlink()
        build_corpus([folder], s, prune=True)
        assert kept(s) == from_scratch(s)
        assert {o for _, p, o in kept(s)[ACTIVITY] if p == BUILD.release} == {URIRef(document_iri("b.txt"))}
        assert not [t for g, t in kept(s).items() if g == month_graph(date(2024, 6, 1)) and t]


def year(store, day, entity):
    return month(store, day, entity, graph=year_graph)


def test_a_years_first_and_last_day_follow_the_releases_that_leave_them(store):
    """The year keeps no days: a release leaving the year's first or last day of an entity makes the
    first (last) that of the next month that has it, or of the same month when it keeps one."""
    w = DocumentWriter(store)
    lam = ID["person/carrie-lam"]
    for key, day in (("a", date(2024, 1, 10)), ("b", date(2024, 3, 5)), ("c", date(2024, 3, 20)),
                     ("d", date(2024, 7, 1)), ("e", date(2024, 7, 9)), ("f", date(2025, 2, 2))):
        w.write(release(key, day, LAM, *((CHAN,) if key in "ce" else ()), meet=key in "ce"))
    assert year(store, date(2024, 1, 1), lam) == (5, 2, "2024-01-10", "2024-07-09")
    w.remove(document_iri("a"))  # January empties: the first is March's
    assert year(store, date(2024, 1, 1), lam) == (4, 2, "2024-03-05", "2024-07-09")
    w.remove(document_iri("e"))  # July keeps a release: its new last
    assert year(store, date(2024, 1, 1), lam) == (3, 1, "2024-03-05", "2024-07-01")
    w.write(release("d", date(2024, 2, 29), LAM, version="2"))  # July's last release moves to February
    assert year(store, date(2024, 1, 1), lam) == (3, 1, "2024-02-29", "2024-03-20")
    w.write(release("b", date(2024, 3, 25), LAM, version="2"))  # within March, past its other release
    assert year(store, date(2024, 1, 1), lam) == (3, 1, "2024-02-29", "2024-03-25")
    w.write(release("d", date(2025, 12, 31), CHAN, version="3"))  # to the next year, and another entity
    assert year(store, date(2024, 1, 1), lam) == (2, 1, "2024-03-20", "2024-03-25")
    assert year(store, date(2025, 1, 1), ID["person/chan-kwok-ki"]) == (1, 0, "2025-12-31", "2025-12-31")
    w.fail("c", "c-9", "t", "boom")
    w.fail("b", "b-9", "t", "boom")  # the year's last release of the entity
    assert year(store, date(2024, 1, 1), lam) is None
    assert kept(store) == counted(store)
    listing = kept(store)[ACTIVITY]
    assert (year_graph(date(2024, 1, 1)), BUILD.yearStart, Literal("2024-01-01", datatype=XSD.date)) not in listing
    assert (year_graph(date(2025, 1, 1)), BUILD.yearEnd, Literal("2025-12-31", datatype=XSD.date)) in listing
    assert {o for s, p, o in listing if p == BUILD.month} == {month_graph(date(2025, 2, 1)), month_graph(date(2025, 12, 1))}


@pytest.mark.parametrize("seed", range(4))
def test_counts_after_every_step_of_random_changes_are_a_count_from_scratch(store, seed):
    """Made-up releases written, changed (date, entities, records), failed and removed at random, most
    of them on a few days so that first and last days are often shared and often left."""
    rng = random.Random(seed)
    w = DocumentWriter(store)
    days = [date(2022, 12, 31), date(2023, 1, 1), date(2023, 1, 31), date(2023, 2, 1), date(2023, 6, 15),
            date(2023, 12, 31), date(2024, 2, 29), date(2024, 3, 1), date(2024, 11, 30), None]
    people = (LAM, CHAN, SH)
    written = set()
    for step in range(60):
        key = f"r{rng.randrange(8)}"
        action = rng.random()
        if action < 0.65 or key not in written:
            entities = tuple(e for e in people if rng.random() < 0.6) or (SH,)
            w.write(release(key, rng.choice(days), *entities, meet=LAM in entities and CHAN in entities
                            and rng.random() < 0.7, version=str(step)))
            written.add(key)
        elif action < 0.8:
            w.fail(key, f"{key}-{step}", "t", "boom")
        else:
            w.remove(document_iri(key))
            written.discard(key)
        assert kept(store) == counted(store), (seed, step)


def test_a_store_whose_builds_kept_months_only_gets_its_years_once(store):
    w = DocumentWriter(store)
    w.write(release("a", date(2024, 3, 5), LAM, CHAN, meet=True))
    w.write(release("b", date(2025, 1, 5), LAM))
    whole = kept(store)
    # as igr kept them before the years (version 1), and a count graph no release makes
    months_only = {g: t for g, t in whole.items() if g == ACTIVITY or g.startswith(str(BUILD) + "activity-20") and
                   len(g) > len(str(BUILD) + "activity-2024")}
    months_only[ACTIVITY] = {(s, p, o) for s, p, o in whole[ACTIVITY] if p != BUILD.month
                             and s not in (year_graph(date(2024, 1, 1)), year_graph(date(2025, 1, 1)))}
    months_only[ACTIVITY].add((ACTIVITY, BUILD.version, Literal(1)))
    stale = BUILD["activity-1999"]
    for graph in whole:
        store.replace_graph(graph, months_only.get(graph, []))
    store.replace_graph(stale, [(ID["person/carrie-lam"], BUILD.releases, Literal(9))])
    assert not has_activity(store) and year_graph(date(2024, 1, 1)) not in kept(store)
    assert ensure_activity(store) is True
    assert kept(store) == from_scratch(store) and stale not in kept(store)
    assert {g: t for g, t in kept(store).items() if g != ACTIVITY} == {g: t for g, t in whole.items() if g != ACTIVITY}
    assert ensure_activity(store) is False
