"""How two entities are connected, and who is around one: shortest paths and ego networks.

Both take entity names as an analyst types them (label or alias, any case; see
:func:`igr.analytics.names.find_node`) and keep, for every hop, the evidence
sentences and releases the edge rests on.

Examples
--------
>>> from igr.analytics.sample import sample_facts
>>> from igr.analytics.projections import project
>>> path = shortest_path(project(sample_facts(), "officials"), "Dan Zhou", "eve ho")
>>> path.labels
('Dan Zhou', 'Alex Chan', 'Carol Wong', 'Eve Ho')
>>> [hop.kinds for hop in path.hops]
[('co-attended', 'metWith'), ('co-attended',), ('co-attended', 'metWith')]
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from igr.analytics.errors import AnalyticsError, NoPath
from igr.analytics.facts import Evidence, FactBase
from igr.analytics.metrics import simple
from igr.analytics.names import find_node
from igr.analytics.ties import Tie, evidence_order


@dataclass(frozen=True)
class Hop:
    """One step of a path: the edge(s) between two consecutive entities."""

    source: str
    target: str
    source_label: str
    target_label: str
    weight: int
    kinds: tuple[str, ...]
    ties: tuple[Tie, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Path:
    """A shortest path between two entities, hop by hop."""

    nodes: tuple[str, ...]
    labels: tuple[str, ...]
    hops: tuple[Hop, ...]
    projection: str = ""

    def __len__(self) -> int:
        """The number of hops."""
        return len(self.hops)


def shortest_path(graph: nx.Graph, source: str, target: str, *, facts: FactBase | None = None) -> Path:
    """The shortest path (fewest hops) between two entities named as an analyst would.

    Directed and multigraph projections are walked as undirected; a hop carries
    every edge between its two ends.

    Parameters
    ----------
    graph : networkx.Graph
        A projection.
    source, target : str
        Names (label or alias, case-insensitive) or IRIs.
    facts : FactBase, optional
        Lets an error say that a name exists but is outside this projection.

    Raises
    ------
    UnknownEntity, AmbiguousEntity
        When a name does not pick out one node.
    NoPath
        When the two are not connected.
    """
    a = find_node(graph, source, facts)
    b = find_node(graph, target, facts)
    if a == b:
        raise AnalyticsError(f"'{source}' and '{target}' are the same entity; name two different ones")
    # simple() keeps the projection's (sorted) order; networkx's undirected views iterate sets,
    # whose order changes from run to run, and so would the path chosen among equally short ones.
    undirected = simple(graph)
    try:
        nodes = nx.shortest_path(undirected, a, b)
    except nx.NetworkXNoPath:
        name = graph.graph.get("projection", "this")
        when = graph.graph.get("slice", "all dates")
        hints = ([] if name == "full" else ["--projection full"]) + ([] if when == "all dates" else ["a wider time slice"])
        hint = f"; try {' or '.join(hints)}" if hints else ""
        span = "" if when == "all dates" else f" for {when}"
        raise NoPath(
            f"no path between '{_label(graph, a)}' and '{_label(graph, b)}' in the {name} projection{span}{hint}"
        ) from None
    hops = tuple(_hop(graph, x, y) for x, y in zip(nodes, nodes[1:]))
    return Path(tuple(nodes), tuple(_label(graph, n) for n in nodes), hops, graph.graph.get("projection", ""))


def _label(graph: nx.Graph, node: str) -> str:
    return graph.nodes[node].get("label", str(node))


def _hop(graph: nx.Graph, a: str, b: str) -> Hop:
    datas = []
    for x, y in ((a, b), (b, a)) if graph.is_directed() else ((a, b),):
        if graph.has_edge(x, y):
            datas.extend(graph[x][y].values() if graph.is_multigraph() else [graph[x][y]])
    ties = tuple(t for d in datas for t in d.get("ties", ()))
    evidence = tuple(sorted({e for d in datas for e in d.get("evidence", ())}, key=evidence_order))
    kinds = tuple(sorted({k for d in datas for k in d.get("kinds", ())}))
    weight = sum(d.get("weight", 1) for d in datas)
    return Hop(a, b, _label(graph, a), _label(graph, b), weight, kinds, ties, evidence)


def ego_network(graph: nx.Graph, name: str, *, hops: int = 1, facts: FactBase | None = None) -> nx.Graph:
    """The entities within ``hops`` steps of the one named ``name``, with the edges among them.

    Returns a new graph of the same type; each node gets a ``hops`` attribute
    (its distance from the centre) and ``graph.graph["ego"]`` names the centre.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts
    >>> from igr.analytics.projections import project
    >>> ego = ego_network(project(sample_facts(), "officials"), "Mr Chan")
    >>> sorted((d["label"], d["hops"]) for _, d in ego.nodes(data=True))
    [('Alex Chan', 0), ('Bo Li', 1), ('Carol Wong', 1), ('Dan Zhou', 1)]
    """
    if hops < 0:
        raise AnalyticsError(f"hops must be 0 or more, not {hops}")
    centre = find_node(graph, name, facts)
    distance = nx.single_source_shortest_path_length(simple(graph), centre, cutoff=hops)
    ego = graph.subgraph(distance).copy()
    for node, steps in distance.items():
        ego.nodes[node]["hops"] = steps
    ego.graph.update(ego=centre, hops=hops)
    return ego
