"""The readable part of a big projection: its most central entities, with what was left out.

A projection of a large store has hundreds of entities; drawn whole it is a hairball
with a ring of unconnected dots around it. :func:`central` keeps the ``max_nodes``
most central entities that have ties among themselves, and :func:`notice` says on
the page what was left out and how to see it.

Examples
--------
>>> import networkx as nx
>>> g = nx.star_graph(9)
>>> g.add_node(99)                      # an isolated entity
>>> cut = central(g, {n: float(g.degree(n)) for n in g}, max_nodes=4)
>>> sorted(cut.graph), cut.total, cut.isolated, cut.less_central
([0, 1, 2, 3], 11, 1, 6)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import networkx as nx

DEFAULT_MAX_NODES = 200
"""Entities a view of a whole projection shows at most (``igr view --max-nodes``)."""

LABELLED = 40
"""How many of the most central entities of a capped view carry their name on the map
(the others show it on hover and when found by the search box)."""


@dataclass(frozen=True)
class Cut:
    """What :func:`central` kept of a projection and what it left out.

    Attributes
    ----------
    graph : networkx.Graph
        The entities kept and the ties among them.
    total : int
        Entities of the whole projection.
    isolated : int
        Entities left out because they have no tie in the projection.
    less_central : int
        Connected entities left out because ``max_nodes`` more central ones were kept
        (or whose ties all led to entities left out).
    max_nodes : int
    by : str
        The score the entities were ranked by.
    labelled : frozenset
        The entities whose names are drawn.
    """

    graph: nx.Graph
    total: int
    isolated: int
    less_central: int
    max_nodes: int
    by: str
    labelled: frozenset

    @property
    def capped(self) -> bool:
        """Whether anything was left out."""
        return self.isolated + self.less_central > 0


def central(graph: nx.Graph, scores: Mapping, *, max_nodes: int = DEFAULT_MAX_NODES, by: str = "pagerank",
            labelled: int = LABELLED) -> Cut:
    """The ``max_nodes`` highest-scoring entities of ``graph`` that have ties, and the ties among them.

    When the graph has no more than ``max_nodes`` entities it is kept whole
    (isolated entities included). Otherwise isolated entities are left out first,
    then the least central ones (ties broken by label); entities whose every tie
    led to one left out go too, so no dot floats alone. ``scores`` maps node to score
    (higher = more central); ``max_nodes`` 0 keeps everything.
    """
    total = graph.number_of_nodes()
    if max_nodes <= 0 or total <= max_nodes:
        ranked = _ranked(graph, graph, scores)
        return Cut(graph, total, 0, 0, max_nodes, by, frozenset(ranked[:labelled] if total > labelled else ranked))
    connected = [n for n in graph if _has_ties(graph, n)]
    ranked = _ranked(graph, connected, scores)
    top = graph.subgraph(ranked[:max_nodes])
    kept = graph.subgraph([n for n in top if _has_ties(top, n)]).copy()
    isolated = total - len(connected)
    order = [n for n in ranked if n in kept]
    return Cut(kept, total, isolated, len(connected) - kept.number_of_nodes(), max_nodes, by,
               frozenset(order[:labelled]))


def notice(cut: Cut) -> str | None:
    """One sentence for the page on what a capped view left out and how to see it (``None`` if nothing).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.path_graph(5); g.add_node(9)
    >>> print(notice(central(g, {n: 1.0 for n in g}, max_nodes=3)))
    Showing the 3 most central of 6 entities (by pagerank). Left out: 1 without ties, 2 less central. \
To see them: --ego NAME for one entity's neighbourhood, --projection or --year for a smaller graph, or a higher cap \
with --max-nodes N (0 for all).
    """
    if not cut.capped:
        return None
    shown = cut.graph.number_of_nodes()
    parts = [f"{cut.isolated} without ties" if cut.isolated else "",
             f"{cut.less_central} less central" if cut.less_central else ""]
    return (f"Showing the {shown} most central of {cut.total} entities (by {cut.by}). "
            f"Left out: {', '.join(p for p in parts if p)}. To see them: --ego NAME for one entity's "
            "neighbourhood, --projection or --year for a smaller graph, or a higher cap with --max-nodes N (0 for all).")


def _ranked(graph: nx.Graph, nodes, scores: Mapping) -> list:
    def key(node):
        value = scores.get(node, 0.0)
        value = 0.0 if value != value else float(value)  # NaN (no score) last
        return (-value, str(graph.nodes[node].get("label", node)), str(node))

    return sorted(nodes, key=key)


def _has_ties(graph: nx.Graph, node) -> bool:
    return any(other != node for other in nx.all_neighbors(graph, node))
