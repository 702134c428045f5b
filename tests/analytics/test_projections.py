"""Each projection of the sample graph, against answers worked out by hand (docs/analytics.md)."""

import networkx as nx
import pytest

from igr.analytics.errors import UnknownEntity, UnknownProjection
from igr.analytics.projections import PROJECTIONS, home_places, project, projection_name


def edges(graph):
    """{(label, label): (weight, kinds)} with the two labels sorted."""
    label = nx.get_node_attributes(graph, "label")
    return {tuple(sorted((label[a], label[b]))): (d["weight"], d["kinds"]) for a, b, d in graph.edges(data=True)}


def test_officials(facts):
    g = project(facts, "officials")
    assert edges(g) == {
        ("Alex Chan", "Bo Li"): (2, ("co-attended", "metWith")),      # met in one release, co-chaired one session
        ("Alex Chan", "Carol Wong"): (1, ("co-attended",)),
        ("Bo Li", "Carol Wong"): (1, ("co-attended",)),
        ("Alex Chan", "Dan Zhou"): (2, ("co-attended", "metWith")),   # the reversed direct triple is not a 2nd tie
        ("Carol Wong", "Eve Ho"): (2, ("co-attended", "metWith")),
    }
    assert {d["cls"] for _, d in g.nodes(data=True)} == {"Person"}
    assert g.graph["projection"] == "officials"


def test_co_attendance_keeps_the_event_and_both_sentences(facts, iri):
    g = project(facts, "officials")
    ties = g.edges[iri("Alex Chan"), iri("Carol Wong")]["ties"]
    assert [(t.kind, t.via_label) for t in ties] == [
        ("co-attended", "Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference")]
    # Alex Chan attended and chaired (one sentence, two facts), Carol Wong attended.
    assert {(e.relation, e.subject) for e in ties[0].evidence} == {
        ("attended", iri("Alex Chan")), ("chaired", iri("Alex Chan")), ("attended", iri("Carol Wong"))}
    assert {e.title for e in ties[0].evidence} == {"CS visits Shanghai"}


def test_places_without_a_default_home(facts):
    assert edges(project(facts, "places")) == {
        ("Guangdong", "Hong Kong"): (3, ("co-participant", "cooperatesWith", "visit")),  # the Governor visited HK
        ("Hong Kong", "Shanghai"): (2, ("co-participant", "cooperatesWith")),
        ("Hong Kong", "Shenzhen"): (1, ("cooperatesWith",)),
    }


def test_places_with_hong_kong_as_default_home(facts, iri):
    g = project(facts, "places", home="hksar")  # an alias works
    assert edges(g) == {
        ("Guangdong", "Hong Kong"): (3, ("co-participant", "cooperatesWith", "visit")),
        # Alex Chan visited Shanghai and SHETO (located in Shanghai) in one release: one visit tie.
        ("Hong Kong", "Shanghai"): (3, ("co-participant", "cooperatesWith", "visit")),
        ("Hong Kong", "Shenzhen"): (2, ("cooperatesWith", "visit")),
    }
    visit = [t for t in g.edges[iri("Hong Kong"), iri("Shanghai")]["ties"] if t.kind == "visit"]
    assert [(t.via_label, len(t.evidence)) for t in visit] == [("Alex Chan", 2)]


def test_unknown_home_place(facts):
    with pytest.raises(UnknownEntity) as err:
        project(facts, "places", home="Atlantis")
    assert str(err.value) == "no entity of class Place named 'Atlantis'"


def test_home_places_come_from_the_end_of_post_titles(facts, iri):
    homes = home_places(facts)
    assert homes == {iri("Bo Li"): iri("Shanghai"), iri("Dan Zhou"): iri("Guangdong")}


def test_organisations(facts):
    assert edges(project(facts, "organisations")) == {
        ("HKSAR Government", "Hong Kong Economic and Trade Office in Shanghai"): (1, ("subOrganizationOf",)),
        ("HKSAR Government", "Shanghai Municipal Government"): (2, ("co-signatory", "cooperatesWith")),
    }


def test_mechanisms(facts):
    assert edges(project(facts, "mechanisms")) == {
        ("Hong Kong/Guangdong Co-operation Joint Conference", "Hong Kong/Shanghai Co-operation Conference"):
            (1, ("shared-participant",)),
    }


def test_full_is_a_typed_multigraph_of_every_entity_and_fact(facts, iri):
    g = project(facts, "full")
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == 22  # every entity, CreateSmart Initiative without any fact too
    assert g.number_of_edges() == 35  # one per (subject, relation, object)
    assert set(g[iri("Alex Chan")][iri("Sixth Plenary")]) == {"attended", "chaired"}
    assert iri("CreateSmart Initiative") in g
    symmetric = g[iri("Alex Chan")][iri("Dan Zhou")]["metWith"]
    assert symmetric["symmetric"] and symmetric["weight"] == 1


def test_a_slice_keeps_only_its_facts(facts):
    g = project(facts, "officials", year=2024)
    assert edges(g) == {
        ("Alex Chan", "Bo Li"): (2, ("co-attended", "metWith")),
        ("Alex Chan", "Carol Wong"): (1, ("co-attended",)),
        ("Bo Li", "Carol Wong"): (1, ("co-attended",)),
        ("Carol Wong", "Eve Ho"): (2, ("co-attended", "metWith")),
    }
    assert g.graph["slice"] == "2024"
    # The meeting of Carol Wong and Eve Ho is dated 2024-09-11, the day after the release.
    early = project(facts, "officials", start="2024-09-01", end="2024-09-10")
    assert edges(early) == {("Carol Wong", "Eve Ho"): (1, ("co-attended",))}


def test_a_sliced_full_graph_keeps_the_entities_of_its_facts(facts):
    g = project(facts, "full", year=2023)
    assert sorted(d["label"] for _, d in g.nodes(data=True)) == [
        "Alex Chan", "Dan Zhou", "Governor of Guangdong Province", "Guangdong", "Hong Kong",
        "Hong Kong/Guangdong Co-operation Joint Conference"]


@pytest.mark.parametrize(("name", "expected"), [("People", "officials"), ("organizations", "organisations"),
                                                 ("FULL", "full"), (" places ", "places")])
def test_projection_names(name, expected):
    assert projection_name(name) == expected


def test_unknown_projection(facts):
    with pytest.raises(UnknownProjection) as err:
        project(facts, "cities")
    assert str(err.value) == "unknown projection 'cities'; choose one of: officials, places, organisations, mechanisms, full"


def test_every_projection_on_an_empty_store(tmp_path):
    from igr.analytics.facts import load_facts
    from igr.store.local import LocalStore

    empty = load_facts(LocalStore(tmp_path / "s", create=True))
    for name in PROJECTIONS:
        assert project(empty, name).number_of_nodes() == 0
