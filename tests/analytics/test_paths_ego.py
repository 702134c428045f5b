import networkx as nx
import pytest

from igr.analytics.errors import AnalyticsError, NoPath, UnknownEntity
from igr.analytics.paths import ego_network, shortest_path
from igr.analytics.projections import project


def test_shortest_path_with_evidence_for_each_hop(facts):
    path = shortest_path(project(facts, "officials"), "dan zhou", "Ms Wong")
    assert path.labels == ("Dan Zhou", "Alex Chan", "Carol Wong")
    assert len(path) == 2
    first, second = path.hops
    assert (first.kinds, first.weight) == (("co-attended", "metWith"), 2)
    assert "Mr Chan met Mr Zhou." in {e.sentence for e in first.evidence}
    assert {e.title for e in first.evidence} == {"Joint Conference in Hong Kong"}
    assert second.kinds == ("co-attended",)
    assert {e.title for e in second.evidence} == {"CS visits Shanghai"}


def test_path_in_the_full_multigraph_walks_edges_both_ways(facts):
    path = shortest_path(project(facts, "full"), "Dan Zhou", "Shanghai")
    # Dan Zhou metWith Alex Chan; Alex Chan visited Shanghai (Dan Zhou -> Hong Kong -> Shanghai is as short).
    assert path.labels == ("Dan Zhou", "Alex Chan", "Shanghai")
    assert [h.kinds for h in path.hops] == [("metWith",), ("visited",)]
    assert all(h.evidence for h in path.hops)


def test_no_path(facts):
    with pytest.raises(NoPath) as err:
        shortest_path(project(facts, "full"), "Alex Chan", "CreateSmart Initiative")
    assert str(err.value) == "no path between 'Alex Chan' and 'CreateSmart Initiative' in the full projection"
    apart = nx.Graph(projection="officials", slice="2024")
    apart.add_node("a", label="A")
    apart.add_node("b", label="B")
    with pytest.raises(NoPath) as err:
        shortest_path(apart, "A", "B")
    assert str(err.value) == ("no path between 'A' and 'B' in the officials projection for 2024; "
                              "try --projection full or a wider time slice")


def test_unknown_and_same_entities(facts):
    graph = project(facts, "officials")
    with pytest.raises(UnknownEntity) as err:
        shortest_path(graph, "Alex Chan", "Nobody", facts=facts)
    assert str(err.value) == "no entity named 'Nobody'"
    with pytest.raises(AnalyticsError) as err:
        shortest_path(graph, "Alex Chan", "mr chan")
    assert str(err.value) == "'Alex Chan' and 'mr chan' are the same entity; name two different ones"


def test_ego_network(facts):
    graph = project(facts, "officials")
    ego = ego_network(graph, "Carol Wong", hops=1)
    assert sorted((d["label"], d["hops"]) for _, d in ego.nodes(data=True)) == [
        ("Alex Chan", 1), ("Bo Li", 1), ("Carol Wong", 0), ("Eve Ho", 1)]
    assert ego.number_of_edges() == 4
    assert ego_network(graph, "Carol Wong", hops=2).number_of_nodes() == 5
    assert ego_network(graph, "Carol Wong", hops=0).number_of_nodes() == 1
    assert "hops" not in graph.nodes[ego.graph["ego"]]  # the projection is left alone


def test_ego_network_of_a_multigraph(facts):
    ego = ego_network(project(facts, "full"), "sixth plenary session of the hong kong/shanghai co-operation conference")
    assert sorted(d["label"] for _, d in ego.nodes(data=True)) == [
        "Alex Chan", "Bo Li", "Carol Wong", "Hong Kong/Shanghai Co-operation Conference", "Shanghai",
        "Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference"]
