"""The month counts a build keeps (igr.build.activity), on hand-built records in a real store:
after every write, replacement, failure and removal they are what a count from scratch gives."""

from datetime import date

import pytest
from rdflib import Literal, URIRef

from igr.build.activity import ACTIVITY, KEPT, ensure_activity, from_scratch, month_graph
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
    """Every graph of the month counts, as sets of triples."""
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


def month(store, day, entity):
    """(releases, interactions, first, last) of ``entity`` in ``day``'s month."""
    values = {p: o for s, p, o in kept(store).get(month_graph(day), ()) if s == entity}
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
