"""Loading entities, releases and facts from a store in the data-model layout."""

from datetime import date

from rdflib import RDF, RDFS, Literal, URIRef

from igr.analytics.facts import load_facts
from igr.vocab import GRAPH_CORPUS, ID, IGR


def test_entities_keep_label_class_subclasses_and_aliases(facts, iri):
    hk = facts.entities[iri("Hong Kong")]
    assert (hk.label, hk.cls, hk.classes) == ("Hong Kong", "Place", ("City", "Place"))
    assert hk.aliases == ("HKSAR", "Hong Kong Special Administrative Region")
    assert facts.entities[iri("HKSAR Government")].cls == "Organization"  # typed Government and Organization
    assert len(facts.entities) == 22


def test_sources_have_title_and_date(facts):
    source = facts.sources[str(ID["doc/sample-cs-visits-shanghai"])]
    assert (source.title, source.date) == ("CS visits Shanghai", date(2024, 6, 25))
    assert len(facts.sources) == 3


def test_every_interaction_is_a_fact_with_its_sentence(facts, iri):
    met = [f for f in facts.of("metWith") if f.subject == iri("Alex Chan") and f.object == iri("Bo Li")]
    assert len(met) == 1
    assert met[0].sentence == "Mr Chan met the Vice Mayor of Shanghai, Mr Bo Li."
    assert met[0].source == str(ID["doc/sample-cs-visits-shanghai"])
    assert met[0].interaction.startswith(str(ID["interaction/"]))
    assert met[0].confidence == 0.9


def test_interaction_date_wins_over_release_date(facts, iri):
    met = [f for f in facts.of("metWith") if f.subject == iri("Carol Wong")]
    assert [f.date for f in met] == [date(2024, 9, 11)]  # the release is dated 2024-09-10


def test_direct_triple_without_interaction_is_a_fact(facts, iri):
    coop = [f for f in facts.of("cooperatesWith") if f.subject == iri("HKSAR Government")]
    assert len(coop) == 1
    assert (coop[0].sentence, coop[0].interaction, coop[0].date) == (None, None, date(2024, 6, 25))


def test_symmetric_direct_triple_recorded_by_an_interaction_counts_once(facts, iri):
    # "Dan Zhou metWith Alex Chan" is a direct triple; an Interaction records "Alex Chan metWith Dan Zhou".
    pair = {iri("Alex Chan"), iri("Dan Zhou")}
    assert len([f for f in facts.of("metWith") if {f.subject, f.object} == pair]) == 1
    assert len(facts.facts) == 35


def test_facts_are_sorted_by_date(facts):
    dates = [f.date for f in facts.facts]
    assert dates == sorted(dates)


def test_entity_missing_from_the_entities_graph_is_named_from_its_iri(tmp_path):
    from igr.store.local import LocalStore

    store = LocalStore(tmp_path / "s", create=True)
    doc = ID["doc/x"]
    a, b = ID["person/kim-lee"], ID["person/ann-ho"]
    store.replace_graph(GRAPH_CORPUS, [(a, RDF.type, IGR.Person), (a, RDFS.label, Literal("Kim Lee"))])
    store.replace_graph(doc, [(doc, RDF.type, IGR.Document), (a, IGR.metWith, b),
                              (a, URIRef("https://example.org/other"), b)])
    fb = load_facts(store)
    assert [(f.subject, f.relation, f.object, f.source) for f in fb.facts] == [(str(a), "metWith", str(b), str(doc))]
    unknown = fb.entity(str(b))
    assert (unknown.label, unknown.cls) == ("Ann Ho", "Person")


def test_analytics_graph_is_not_read_as_facts(store):
    from igr.analytics.analysis import analyze
    from igr.analytics.write import write_analysis

    before = load_facts(store)
    write_analysis(store, analyze(before, "officials"))
    assert load_facts(store).facts == before.facts


def test_between_keeps_facts_in_the_slice(facts):
    from igr.analytics.timeslice import time_slice

    sliced = facts.between(time_slice(start="2024-09-01", end="2024-09-10"))
    assert {f.date for f in sliced.facts} == {date(2024, 9, 10)}
    assert sliced.entities is facts.entities
