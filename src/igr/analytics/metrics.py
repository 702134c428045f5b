"""Who is central, who brokers, who clusters: scores of the nodes of a projection.

Every function takes a graph and returns ``{node: value}`` without changing the
graph. All of them read the graph as undirected and simple (see :func:`simple`):
a projection's multigraph or directed graph is collapsed first, parallel edges
adding up their weights. ``weight`` is the number of ties of an edge
(:mod:`igr.analytics.ties`).

Examples
--------
>>> import networkx as nx
>>> star = nx.star_graph(3)          # centre 0, leaves 1, 2, 3
>>> degree(star)[0], betweenness(star)[0], constraint(star)[0]
(3, 1.0, 0.3333333333333333)
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

WEIGHT = "weight"


def simple(graph: nx.Graph, weight: str = WEIGHT) -> nx.Graph:
    """``graph`` as an undirected simple graph; parallel or opposite edges add their weights.

    Self-loops are dropped. Node attributes are kept; an edge without a weight counts 1.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "b"), ("a", "a")])
    >>> s = simple(g)
    >>> s.edges["a", "b"]["weight"], s.number_of_edges()
    (3, 1)
    """
    if not graph.is_directed() and not graph.is_multigraph():
        if nx.number_of_selfloops(graph) == 0:
            return graph
    result = nx.Graph()
    result.graph.update(graph.graph)
    result.add_nodes_from(graph.nodes(data=True))
    for a, b, w in graph.edges(data=weight, default=1):
        if a == b:
            continue
        if result.has_edge(a, b):
            result[a][b][weight] += w
        else:
            result.add_edge(a, b, **{weight: w})
    return result


def degree(graph: nx.Graph) -> dict[str, int]:
    """Number of distinct neighbours.

    Examples
    --------
    >>> degree(nx.path_graph(3))
    {0: 1, 1: 2, 2: 1}
    """
    g = simple(graph)
    return {n: g.degree(n) for n in g}


def weighted_degree(graph: nx.Graph, weight: str = WEIGHT) -> dict[str, float]:
    """Sum of the weights of a node's edges (its number of ties).

    Examples
    --------
    >>> g = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1})])
    >>> weighted_degree(g)
    {'a': 2, 'b': 3, 'c': 1}
    """
    g = simple(graph, weight)
    return {n: g.degree(n, weight=weight) for n in g}


EXACT_BETWEENNESS_MAX_NODES = 1000
"""Above this many nodes betweenness is estimated from :data:`BETWEENNESS_PIVOTS` sampled
sources (exact betweenness grows as nodes x edges: measured in docs/analytics.md)."""

BETWEENNESS_PIVOTS = 500
"""Sources sampled for the estimate on graphs above :data:`EXACT_BETWEENNESS_MAX_NODES`."""


def betweenness_method(graph: nx.Graph, *, exact_max: int | None = None, pivots: int | None = None,
                       seed: int = 42) -> dict[str, object]:
    """How :func:`betweenness` scores ``graph``: ``{"method": "exact"}`` or sampled with its pivots and seed.

    Examples
    --------
    >>> betweenness_method(nx.path_graph(5))
    {'method': 'exact'}
    >>> betweenness_method(nx.path_graph(5), exact_max=3, pivots=2)
    {'method': 'sampled', 'pivots': 2, 'seed': 42}
    """
    exact_max = EXACT_BETWEENNESS_MAX_NODES if exact_max is None else exact_max
    pivots = BETWEENNESS_PIVOTS if pivots is None else pivots
    n = graph.number_of_nodes()
    if n <= exact_max or pivots >= n:
        return {"method": "exact"}
    return {"method": "sampled", "pivots": pivots, "seed": seed}


def betweenness(graph: nx.Graph, *, exact_max: int | None = None, pivots: int | None = None,
                seed: int = 42) -> dict[str, float]:
    """Share of shortest paths between other nodes that pass through a node.

    Paths are counted in hops (weights are tie counts, not distances), normalised
    by the number of pairs of other nodes, so a star's centre scores 1. On graphs
    of more than ``exact_max`` nodes the shortest paths are followed from
    ``pivots`` sources drawn with ``seed`` only (Brandes and Pich's estimate,
    networkx's ``k``), which is what :func:`betweenness_method` reports.

    Examples
    --------
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    >>> estimate = betweenness(nx.star_graph(50), exact_max=10, pivots=20)
    >>> round(estimate[0], 2), max(v for n, v in estimate.items() if n)
    (1.0, 0.0)
    """
    method = betweenness_method(graph, exact_max=exact_max, pivots=pivots, seed=seed)
    k = method.get("pivots")
    return nx.betweenness_centrality(simple(graph), k=k, normalized=True, seed=seed if k else None)


def pagerank(graph: nx.Graph, *, alpha: float = 0.85, weight: str = WEIGHT, tol: float = 1.0e-12,
             max_iter: int = 1000) -> dict[str, float]:
    """PageRank of the undirected, weighted graph; the scores add up to 1.

    A random walker follows an edge with probability proportional to its weight,
    and with probability ``1 - alpha`` (or when at an isolated node) jumps to a
    node chosen uniformly. Computed by power iteration with numpy, so no SciPy is
    needed.

    Examples
    --------
    On a path a - b - c, ``b = (1 - alpha) / 3 + alpha * (a + c)`` and
    ``a = (1 - alpha) / 3 + alpha * b / 2``, so b = 18/37 and a = c = 19/74:

    >>> pr = pagerank(nx.path_graph(["a", "b", "c"]))
    >>> round(pr["b"], 6), round(pr["a"], 6)
    (0.486486, 0.256757)
    """
    g = simple(graph, weight)
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[a], index[b], float(w)) for a, b, w in g.edges(data=weight, default=1)]
    # Each undirected edge is walked both ways; arrays keep memory linear in the edges.
    source = np.array([a for a, b, _ in edges] + [b for a, b, _ in edges], dtype=np.int64)
    target = np.array([b for a, b, _ in edges] + [a for a, b, _ in edges], dtype=np.int64)
    weights = np.array([w for *_, w in edges] * 2, dtype=float)
    strength = np.bincount(source, weights=weights, minlength=n)
    dangling = strength == 0
    share = weights / strength[source] if len(weights) else weights
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        previous = rank
        walked = np.bincount(target, weights=previous[source] * share, minlength=n)
        rank = alpha * (walked + previous[dangling].sum() / n) + (1 - alpha) / n
        if np.abs(rank - previous).sum() < n * tol:
            break
    rank = rank / rank.sum()
    return {node: float(rank[index[node]]) for node in nodes}


def eigenvector(graph: nx.Graph, *, weight: str = WEIGHT, max_iter: int = 10_000, tol: float = 1.0e-10) -> dict[str, float]:
    """Eigenvector centrality, component by component.

    On a disconnected graph one eigenvector lives on one component only, so each
    connected component is scored on its own (unit Euclidean norm, as networkx's
    ``eigenvector_centrality``), then scaled by the component's share of the
    nodes: a pair off to the side does not outrank the centre of the main
    component. Isolated nodes score 0. Power iteration runs on ``A + I`` (which
    converges on bipartite graphs too) with numpy; if it still does not converge,
    the leading eigenvector of the component's adjacency matrix is taken from
    ``numpy.linalg.eigh`` instead.

    Examples
    --------
    The path a - b - c has the eigenvector (1, sqrt 2, 1) / 2; with an isolated
    node d beside it, the path holds 3/4 of the nodes:

    >>> g = nx.path_graph(["a", "b", "c"]); g.add_node("d")
    >>> {n: round(v, 4) for n, v in eigenvector(g).items()}
    {'a': 0.375, 'b': 0.5303, 'c': 0.375, 'd': 0.0}
    """
    g = simple(graph, weight)
    n = g.number_of_nodes()
    scores = dict.fromkeys(g, 0.0)
    for component in nx.connected_components(g):
        if len(component) < 2:
            continue
        sub = g.subgraph(component)
        values = _power_iteration(sub, weight, max_iter, tol) or _leading_eigenvector(sub, weight)
        share = len(component) / n
        for node, value in values.items():
            scores[node] = float(value) * share
    return scores


def _power_iteration(graph: nx.Graph, weight: str, max_iter: int, tol: float) -> dict[str, float] | None:
    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[a], index[b], float(w)) for a, b, w in graph.edges(data=weight, default=1)]
    source = np.array([a for a, _, _ in edges] + [b for _, b, _ in edges], dtype=np.int64)
    target = np.array([b for _, b, _ in edges] + [a for a, _, _ in edges], dtype=np.int64)
    weights = np.array([w for *_, w in edges] * 2, dtype=float)
    x = np.full(len(nodes), 1.0 / len(nodes))
    for _ in range(max_iter):
        previous = x
        x = previous + np.bincount(target, weights=previous[source] * weights, minlength=len(nodes))
        x = x / np.linalg.norm(x)
        if np.abs(x - previous).sum() < len(nodes) * tol:
            return dict(zip(nodes, x.tolist()))
    return None


def _leading_eigenvector(graph: nx.Graph, weight: str) -> dict[str, float]:
    nodes = list(graph)
    matrix = nx.to_numpy_array(graph, nodelist=nodes, weight=weight)
    values, vectors = np.linalg.eigh(matrix)
    vector = np.abs(vectors[:, int(np.argmax(values))])
    vector = vector / np.linalg.norm(vector)
    return dict(zip(nodes, vector.tolist()))


def communities(graph: nx.Graph, *, seed: int = 42, resolution: float = 1.0, weight: str = WEIGHT) -> dict[str, int]:
    """Louvain communities (networkx's ``louvain_communities``), numbered 0, 1, ... by size.

    The same graph and seed always give the same numbering: communities are
    ordered by decreasing size, then by their smallest node. Isolated nodes form
    communities of their own.

    Examples
    --------
    Two triangles joined by one edge split into the two triangles:

    >>> g = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    >>> communities(g)
    {1: 0, 2: 0, 3: 0, 4: 1, 5: 1, 6: 1}
    """
    g = simple(graph, weight)
    found = nx.community.louvain_communities(g, weight=weight, resolution=resolution, seed=seed)
    ordered = sorted((sorted(c, key=str) for c in found), key=lambda c: (-len(c), str(c[0])))
    numbers = {node: i for i, members in enumerate(ordered) for node in members}
    return {node: numbers[node] for node in g}


def constraint(graph: nx.Graph, *, weight: str = WEIGHT) -> dict[str, float]:
    """Burt's constraint: low for brokers whose contacts are not tied to each other.

    ``c(i) = sum_j (p_ij + sum_q p_iq p_qj)^2`` where ``p_ij`` is the share of
    i's tie weight going to j. A star's centre with k leaves scores ``1/k``; a
    leaf scores 1; a node of a triangle scores 9/8. Isolated nodes are ``nan``
    (no contacts, no constraint). Same values as networkx's ``constraint``,
    computed from the shares once rather than for every pair.

    Examples
    --------
    >>> constraint(nx.complete_graph(3))[0]
    1.125
    """
    g = simple(graph, weight)
    share: dict = {}
    for node in g:
        total = sum(w for _, _, w in g.edges(node, data=weight, default=1))
        share[node] = {other: d.get(weight, 1) / total for other, d in g[node].items()} if total else {}
    result = {}
    for node, mine in share.items():
        if not mine:
            result[node] = math.nan
            continue
        value = 0.0
        for other, direct in mine.items():
            indirect = sum(p * share[q].get(other, 0.0) for q, p in mine.items() if q != other)
            value += (direct + indirect) ** 2
        result[node] = value
    return result


def core_number(graph: nx.Graph) -> dict[str, int]:
    """k-core number: the largest k such that the node is in a subgraph of minimum degree k.

    Examples
    --------
    >>> g = nx.complete_graph(3); g.add_edge(2, 3)
    >>> core_number(g)
    {0: 2, 1: 2, 2: 2, 3: 1}
    """
    return dict(nx.core_number(simple(graph)))


METRICS = {
    "degree": degree,
    "weighted_degree": weighted_degree,
    "betweenness": betweenness,
    "pagerank": pagerank,
    "eigenvector": eigenvector,
    "community": communities,
    "constraint": constraint,
    "core": core_number,
}
"""Score table column -> metric function."""
