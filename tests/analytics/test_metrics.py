"""Metrics on tiny graphs whose answers were worked out by hand."""

import math

import networkx as nx
import pytest

from igr.analytics import metrics


@pytest.fixture()
def star():
    return nx.star_graph(["c", "x", "y", "z"])  # centre c, leaves x, y, z


@pytest.fixture()
def triangle_with_tails():
    # The sample's officials: triangle A-B-C, D hangs off A, E off C (weights = ties).
    g = nx.Graph()
    g.add_edge("A", "B", weight=2)
    g.add_edge("A", "C", weight=1)
    g.add_edge("B", "C", weight=1)
    g.add_edge("A", "D", weight=2)
    g.add_edge("C", "E", weight=2)
    return g


def test_degree_and_weighted_degree(triangle_with_tails):
    assert metrics.degree(triangle_with_tails) == {"A": 3, "B": 2, "C": 3, "D": 1, "E": 1}
    assert metrics.weighted_degree(triangle_with_tails) == {"A": 5, "B": 3, "C": 4, "D": 2, "E": 2}


def test_betweenness(star, triangle_with_tails):
    assert metrics.betweenness(star) == {"c": 1.0, "x": 0.0, "y": 0.0, "z": 0.0}
    # Pairs through A: B-D, C-D, D-E; through C: A-E, B-E, D-E; six pairs of other nodes each.
    assert metrics.betweenness(triangle_with_tails) == {"A": 0.5, "B": 0.0, "C": 0.5, "D": 0.0, "E": 0.0}


def test_pagerank_of_a_path_by_hand():
    # b = 0.05 + 0.85 (a + c), a = 0.05 + 0.85 b / 2  =>  b = 18/37, a = c = 19/74
    pr = metrics.pagerank(nx.path_graph(["a", "b", "c"]))
    assert pr["b"] == pytest.approx(18 / 37, abs=1e-9)
    assert pr["a"] == pytest.approx(19 / 74, abs=1e-9)


def test_pagerank_isolated_node_and_weights():
    g = nx.Graph([("a", "b", {"weight": 3}), ("b", "c", {"weight": 1})])
    g.add_node("d")
    pr = metrics.pagerank(g)
    assert sum(pr.values()) == pytest.approx(1.0)
    assert pr["a"] > pr["c"] > pr["d"]  # a gets 3/4 of b's walks; d only random jumps
    assert metrics.pagerank(nx.Graph()) == {}


def test_pagerank_matches_networkx_python_implementation():
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    g = nx.gnm_random_graph(60, 150, seed=3)
    for a, b in g.edges:
        g[a][b]["weight"] = 1 + (a * b) % 4
    ours, theirs = metrics.pagerank(g), _pagerank_python(g, tol=1e-13, max_iter=5000)
    assert max(abs(ours[n] - theirs[n]) for n in g) < 1e-9


def test_eigenvector_by_hand_with_an_isolated_node():
    g = nx.path_graph(["a", "b", "c"])
    g.add_node("d")
    ev = metrics.eigenvector(g)
    # (1, sqrt 2, 1) / 2 on the path, scaled by its share of the nodes, 3/4
    assert ev["a"] == pytest.approx(0.375)
    assert ev["b"] == pytest.approx(math.sqrt(2) / 2 * 0.75)
    assert ev["d"] == 0.0


def test_eigenvector_of_two_components_is_scaled_by_their_size():
    g = nx.path_graph(["a", "b", "c"])
    g.add_edge("e", "f")
    ev = metrics.eigenvector(g)
    assert ev["b"] == pytest.approx(math.sqrt(2) / 2 * 3 / 5)
    assert ev["e"] == pytest.approx(1 / math.sqrt(2) * 2 / 5)


def test_eigenvector_falls_back_to_numpy_when_power_iteration_does_not_converge():
    g = nx.karate_club_graph()
    converged = metrics.eigenvector(g)
    fallback = metrics.eigenvector(g, max_iter=1)
    assert max(abs(converged[n] - fallback[n]) for n in g) < 1e-6
    reference = nx.eigenvector_centrality(g, weight="weight", tol=1e-12, max_iter=10_000)
    assert max(abs(converged[n] - reference[n]) for n in g) < 1e-6


def test_communities_split_two_triangles_and_are_numbered_by_size():
    g = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4), (7, 8), (8, 9), (9, 7), (9, 10)])
    g.add_node(11)
    found = metrics.communities(g)
    groups = {}
    for node, c in found.items():
        groups.setdefault(c, set()).add(node)
    assert sorted(map(sorted, groups.values())) == [[1, 2, 3], [4, 5, 6], [7, 8, 9, 10], [11]]
    assert groups[0] == {7, 8, 9, 10}  # the largest is community 0
    assert groups[max(groups)] == {11}


def test_communities_are_deterministic_for_a_seed():
    g = nx.les_miserables_graph()
    assert metrics.communities(g, seed=7) == metrics.communities(g, seed=7)


def test_constraint_by_hand(star, triangle_with_tails):
    assert metrics.constraint(star) == {"c": pytest.approx(1 / 3), "x": 1.0, "y": 1.0, "z": 1.0}
    assert metrics.constraint(nx.complete_graph(3))[0] == pytest.approx(9 / 8)
    # A: p_AB = 2/5, p_AC = 1/5, p_AD = 2/5; p_CB = 1/4, p_BC = 1/3
    # (2/5 + 1/5 * 1/4)^2 + (1/5 + 2/5 * 1/3)^2 + (2/5)^2
    expected = (2 / 5 + 1 / 20) ** 2 + (1 / 5 + 2 / 15) ** 2 + (2 / 5) ** 2
    assert metrics.constraint(triangle_with_tails)["A"] == pytest.approx(expected)


def test_constraint_matches_networkx_and_is_nan_for_isolates():
    g = nx.gnm_random_graph(40, 90, seed=5)
    for a, b in g.edges:
        g[a][b]["weight"] = 1 + (a + b) % 3
    g.add_node("alone")
    ours, theirs = metrics.constraint(g), nx.constraint(g, weight="weight")
    assert math.isnan(ours["alone"])
    assert max(abs(ours[n] - theirs[n]) for n in g if n != "alone" and not math.isnan(theirs[n])) < 1e-12


def test_core_number(triangle_with_tails):
    assert metrics.core_number(triangle_with_tails) == {"A": 2, "B": 2, "C": 2, "D": 1, "E": 1}


def test_simple_collapses_multigraphs_and_drops_self_loops():
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", weight=2)
    g.add_edge("b", "a", weight=1)
    g.add_edge("a", "b")
    g.add_edge("a", "a")
    s = metrics.simple(g)
    assert not s.is_directed() and not s.is_multigraph()
    assert dict(s.edges) == {("a", "b"): {"weight": 4}}


def test_metrics_do_not_change_the_graph(triangle_with_tails):
    before = nx.to_dict_of_dicts(triangle_with_tails)
    for metric in metrics.METRICS.values():
        metric(triangle_with_tails)
    assert nx.to_dict_of_dicts(triangle_with_tails) == before


def test_betweenness_is_sampled_above_the_threshold_and_says_so():
    # Two stars joined centre to centre: the centres carry every path between the two sides.
    g = nx.Graph()
    g.add_edges_from(("a", f"a{i}") for i in range(60))
    g.add_edges_from(("b", f"b{i}") for i in range(60))
    g.add_edge("a", "b")
    assert metrics.betweenness_method(g) == {"method": "exact"}  # 122 nodes: under the threshold
    assert metrics.betweenness_method(g, exact_max=100, pivots=40, seed=7) == {"method": "sampled", "pivots": 40,
                                                                                "seed": 7}
    exact = metrics.betweenness(g)
    sampled = metrics.betweenness(g, exact_max=100, pivots=40, seed=7)
    assert sampled == metrics.betweenness(g, exact_max=100, pivots=40, seed=7)  # seeded: the same every time
    assert sampled != exact  # an estimate, not the exact score computed again
    assert sorted(sampled, key=sampled.get, reverse=True)[:2] == sorted(exact, key=exact.get, reverse=True)[:2]
    assert abs(sampled["a"] - exact["a"]) < 0.15
    assert all(sampled[n] == 0.0 for n in g if n not in ("a", "b"))  # leaves are never between
