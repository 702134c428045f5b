"""One document's transaction, on hand-built records in a real store: stable IRIs, aliases, tenures, removal."""

from datetime import date

import pytest
from rdflib import RDFS, SKOS, Literal, URIRef

from igr.build.document import DocumentWriter
from igr.extract.lexicon import load_lexicon
from igr.extract.records import Extraction, Fact, LocalEntity
from igr.rdf.graphs import document_iri
from igr.store import open_store
from igr.vocab import BUILD, GRAPH_CORPUS, GRAPH_NAMES, ID, ORG, TIME


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "s", create=True) as s:
        yield s


def ex(key, *entities, facts=(), day=None, version="1"):
    return Extraction(key, f"{key}-{version}", entities=tuple(entities), facts=tuple(facts), date=day, extractor="t")


def person(eid, name, *aliases):
    return LocalEntity(eid, "Person", name, tuple(aliases))


def labels(store, iri):
    quads = list(store.quads(GRAPH_CORPUS))
    label = [str(o) for s, p, o, _ in quads if s == iri and p == RDFS.label]
    aliases = sorted(str(o) for s, p, o, _ in quads if s == iri and p == SKOS.altLabel)
    return label, aliases


def name_keys(store, iri):
    return sorted(str(o) for s, p, o, _ in store.quads(GRAPH_NAMES) if s == iri and p == BUILD.nameKey)


def everything(store):
    return {q for q in store.quads()}


def test_one_official_one_iri_across_documents(store):
    w = DocumentWriter(store)
    a = w.write(ex("a", person("e1", "Carrie Lam", "Mrs Lam")))
    b = w.write(ex("b", person("e3", "Carrie Lam", "Mrs Carrie Lam")))
    assert a["e1"] == b["e3"] == ID["person/carrie-lam"]
    assert labels(store, a["e1"]) == (["Carrie Lam"], ["Mrs Carrie Lam", "Mrs Lam"])
    assert name_keys(store, a["e1"]) == ["carrie lam", "mrs carrie lam", "mrs lam"]


def test_an_entity_keeps_its_iri_when_a_later_release_names_it_differently(store):
    w = DocumentWriter(store)
    first = w.write(ex("a", person("e1", "Grace Wong")))["e1"]
    later = w.write(ex("b", person("e1", "Grace Wong Mei-ling", "Ms Grace Wong Mei-ling")))["e1"]
    again = w.write(ex("c", person("e1", "Grace Wong Mei-ling", "Mrs Grace Wong Mei-ling")))["e1"]
    assert first == later == again == ID["person/grace-wong"]
    label, aliases = labels(store, first)
    assert label == ["Grace Wong Mei-ling"]  # the name most releases use
    assert aliases == ["Grace Wong", "Mrs Grace Wong Mei-ling", "Ms Grace Wong Mei-ling"]


def test_a_shorter_name_joins_the_one_person_it_starts_and_not_two(store):
    w = DocumentWriter(store)
    w.write(ex("a", person("e1", "Grace Wong Mei-ling")))
    assert w.write(ex("b", person("e1", "Grace Wong")))["e1"] == ID["person/grace-wong-mei-ling"]
    w.write(ex("c", person("e1", "Alan Lee Kwok-wai")))
    w.write(ex("d", person("e1", "Alan Lee Siu-ming")))
    assert w.write(ex("e", person("e1", "Alan Lee")))["e1"] == ID["person/alan-lee"]  # which one? neither


def test_same_post_does_not_merge_people_and_honorific_short_names_never_merge(store):
    w = DocumentWriter(store)
    a = w.write(ex("a", person("e1", "Chan Kwok-ki", "Mr Chan"), LocalEntity("e2", "Post", "Chief Executive")))
    b = w.write(ex("b", person("e1", "Paul Chan", "Mr Chan"), LocalEntity("e2", "Post", "Chief Executive")))
    assert a["e1"] != b["e1"] and a["e2"] == b["e2"]
    c = w.write(ex("c", person("e1", "Chan", "Mr Chan")))
    d = w.write(ex("d", person("e1", "Chan", "Mr Chan")))
    assert len({a["e1"], b["e1"], c["e1"], d["e1"]}) == 4


def test_acronym_merges_and_the_fuller_name_wins_the_label(store):
    w = DocumentWriter(store)
    a = w.write(ex("a", LocalEntity("e1", "Organization", "SHETO")))
    b = w.write(ex("b", LocalEntity("e1", "Organization", "Hong Kong Economic and Trade Office in Shanghai", ("SHETO",))))
    assert a["e1"] == b["e1"] == ID["organization/sheto"]
    assert labels(store, a["e1"]) == (["Hong Kong Economic and Trade Office in Shanghai"], ["SHETO"])


def test_the_lexicon_gives_the_standard_name_and_merges_its_spellings(store):
    w = DocumentWriter(store, load_lexicon())
    a = w.write(ex("a", LocalEntity("e1", "Place", "Macau")))
    b = w.write(ex("b", LocalEntity("e1", "Place", "Macao")))
    assert a["e1"] == b["e1"] == ID["place/macao"]
    assert labels(store, a["e1"]) == (["Macao"], ["Macau"])


def test_a_new_entity_whose_slug_is_taken_gets_its_own_iri(store):
    w = DocumentWriter(store)
    a = w.write(ex("a", LocalEntity("e1", "Organization", "A&B Council")))
    b = w.write(ex("b", LocalEntity("e1", "Organization", "A-B Council"), LocalEntity("e2", "Organization", "A/B Council")))
    assert a["e1"] == ID["organization/a-b-council"]
    assert b["e1"] == b["e2"] == ID["organization/a-b-council-2"]  # "a b council" is one thing, not "a and b"


def test_removing_a_release_takes_back_its_aliases_and_entities(store):
    w = DocumentWriter(store)
    w.write(ex("a", person("e1", "Carrie Lam", "Mrs Lam"), LocalEntity("e2", "Place", "Shanghai")))
    alone = everything(store)
    iri = w.write(ex("b", person("e1", "Carrie Lam", "Chief Executive Carrie Lam"),
                     LocalEntity("e2", "Place", "Beijing")))["e1"]
    assert labels(store, iri)[1] == ["Chief Executive Carrie Lam", "Mrs Lam"]
    w.remove(document_iri("b"))
    assert everything(store) == alone  # as if b had never been written
    w.remove(document_iri("a"))
    assert everything(store) == set()


def test_a_changed_release_replaces_what_it_contributed(store):
    w = DocumentWriter(store)
    w.write(ex("a", person("e1", "John Lee", "Mr John Lee")))
    w.write(ex("b", person("e1", "John Lee")))
    iri = w.write(ex("a", person("e1", "John Lee Ka-chiu", "John Lee"), version="2"))["e1"]
    assert iri == ID["person/john-lee"]
    assert labels(store, iri) == (["John Lee Ka-chiu"], ["John Lee"])  # "Mr John Lee" went with version 1


def tenure_doc(key, day):
    sentence = "The Chief Executive, Mr John Lee, spoke."
    return ex(key, person("e1", "John Lee"), LocalEntity("e2", "Post", "Chief Executive"),
              facts=(Fact("e1", "holdsPost", "e2", 0, len(sentence), sentence, "test", 0.9),), day=day)


def span(store):
    interval = ID["interval/john-lee--chief-executive"]
    ends = {p: str(o).rsplit("/", 1)[-1] for s, p, o, _ in store.quads(GRAPH_CORPUS) if s == interval}
    return ends.get(TIME.hasBeginning), ends.get(TIME.hasEnd)


def test_tenures_span_the_releases_that_state_them(store):
    w = DocumentWriter(store)
    for key, day in (("a", date(2024, 1, 5)), ("b", date(2024, 3, 1)), ("c", date(2024, 2, 1))):
        w.write(tenure_doc(key, day))
    assert span(store) == ("2024-01-05", "2024-03-01")
    membership = ID["membership/john-lee--chief-executive"]
    sources = {o for s, p, o, _ in store.quads(GRAPH_CORPUS) if s == membership and p != ORG.member}
    assert {document_iri(k) for k in "abc"} <= sources
    w.remove(document_iri("a"))
    assert span(store) == ("2024-02-01", "2024-03-01")
    w.remove(document_iri("b"))
    assert span(store) == ("2024-02-01", "2024-02-01")
    w.remove(document_iri("c"))
    assert not [q for q in store.quads(GRAPH_CORPUS) if q[0] == membership]


def test_a_failure_replaces_the_previous_version(store):
    w = DocumentWriter(store)
    w.write(ex("a", person("e1", "Carrie Lam")))
    w.fail("a", "a-2", "t", "extraction failed: ValueError: no")
    assert {str(g) for *_, g in store.quads()} == {str(BUILD.docs)}
    assert [str(o) for s, p, o, _ in store.quads() if p == BUILD.failed] == ["extraction failed: ValueError: no"]
    w.write(ex("a", person("e1", "Carrie Lam"), version="3"))
    assert not [q for q in store.quads() if q[1] == BUILD.failed]
    assert labels(store, URIRef(ID["person/carrie-lam"])) == (["Carrie Lam"], [])
    assert Literal("carrie lam") in {o for *_, o, _ in store.quads(GRAPH_NAMES)}
