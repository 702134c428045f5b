"""Ties: the counted reasons behind an edge of a projection, each with its evidence.

An edge of a projection stands for one or more *ties*. A tie has a ``kind``
(``"metWith"``, ``"co-attended"`` ...) and a ``key`` saying what makes it one tie:
the release that reports a meeting, or the event two officials both attended.
The edge's ``weight`` is its number of ties, so the same meeting repeated in three
sentences of one release counts once, and two officials who sat together at two
plenary sessions have a tie for each.

Edge attributes written by :class:`TieCollector`:

``weight``
    number of ties (int)
``ties``
    the :class:`Tie` records, in a stable order
``kinds``
    the distinct tie kinds, sorted (``("co-attended", "metWith")``)
``label``
    the kinds joined by ``", "`` (what views print on the edge)
``evidence``
    every :class:`~igr.analytics.facts.Evidence` of every tie, by date and release

Node attributes: ``label``, ``cls`` (scored class), ``classes``, ``aliases``.

Examples
--------
>>> from igr.analytics.facts import Entity
>>> c = TieCollector()
>>> c.add("a", "b", "metWith", key="doc1")
>>> c.add("b", "a", "metWith", key="doc1")
>>> c.add("a", "b", "co-attended", key="event1", via="event1")
>>> g = c.graph({"a": Entity("a", "A", "Person"), "b": Entity("b", "B", "Person"),
...              "event1": Entity("event1", "Forum", "Event")})
>>> g.edges["a", "b"]["weight"], g.edges["a", "b"]["label"]
(2, 'co-attended, metWith')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import networkx as nx

from igr.analytics.facts import Entity, Evidence


@dataclass(frozen=True)
class Tie:
    """One counted reason for an edge.

    ``via`` is the entity that links the two ends (the event both attended, the
    mechanism both take part in, the visiting official), when there is one, and
    ``via_label`` its name.
    """

    kind: str
    key: str
    via: str | None = None
    via_label: str | None = None
    evidence: tuple[Evidence, ...] = ()


def evidence_order(item: Evidence) -> tuple:
    """Sort key for evidence: by date, release, sentence."""
    return (item.date or date.max, item.title or "", item.source or "", item.sentence or "",
            item.relation, item.subject, item.object)


def distinct_sentences(evidence: Iterable[Evidence]) -> list[Evidence]:
    """The evidence with one item per (date, release, sentence), in order.

    Two facts often share a sentence ("Mr Chan and Mr Li co-chaired the session"
    gives two ``chaired`` facts); a reader needs the sentence once.

    Examples
    --------
    >>> a = Evidence("chaired", "x", "e", "They co-chaired it.", "doc", "T", None)
    >>> b = Evidence("chaired", "y", "e", "They co-chaired it.", "doc", "T", None)
    >>> len(distinct_sentences([a, b]))
    1
    """
    seen: set = set()
    kept = []
    for item in evidence:
        key = (item.date, item.source, item.sentence)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


class TieCollector:
    """Collects ties between entities and turns them into a networkx graph.

    Parameters
    ----------
    directed : bool
        Keep the direction of each tie (``a`` -> ``b``); undirected by default.
    """

    def __init__(self, *, directed: bool = False) -> None:
        self.directed = directed
        self._ties: dict[tuple[str, str], dict[tuple[str, str], list]] = {}
        self._nodes: dict[str, None] = {}

    def add_node(self, node: str) -> None:
        """Make sure ``node`` is in the graph, even without ties."""
        self._nodes.setdefault(node, None)

    def add(self, a: str, b: str, kind: str, *, key: str, via: str | None = None,
            evidence: Iterable[Evidence] = ()) -> None:
        """Record a tie of ``kind`` between ``a`` and ``b``; the same (kind, key) counts once."""
        if a == b:
            return
        pair = (a, b) if self.directed or a <= b else (b, a)
        self.add_node(pair[0])
        self.add_node(pair[1])
        ties = self._ties.setdefault(pair, {})
        slot = ties.setdefault((kind, key), [via, []])
        slot[1].extend(evidence)

    def graph(self, entities: Mapping[str, Entity] | Callable[[str], Entity]) -> nx.Graph:
        """The collected ties as a graph (``nx.DiGraph`` when directed)."""
        lookup = entities if callable(entities) else entities.__getitem__
        g = nx.DiGraph() if self.directed else nx.Graph()
        for node in sorted(self._nodes):
            g.add_node(node, **node_attributes(lookup(node)))
        for (a, b) in sorted(self._ties):
            ties = tuple(
                Tie(kind, key, via, lookup(via).label if via else None,
                    tuple(sorted(set(evidence), key=evidence_order)))
                for (kind, key), (via, evidence) in sorted(self._ties[(a, b)].items())
            )
            g.add_edge(a, b, **edge_attributes(ties))
        return g


def node_attributes(entity: Entity) -> dict:
    """The attributes every projection gives a node."""
    return {"label": entity.label, "cls": entity.cls, "classes": entity.classes, "aliases": entity.aliases}


def edge_attributes(ties: tuple[Tie, ...]) -> dict:
    """The attributes of an edge made of ``ties``."""
    kinds = tuple(sorted({t.kind for t in ties}))
    evidence = tuple(sorted({e for t in ties for e in t.evidence}, key=evidence_order))
    return {"weight": len(ties), "ties": ties, "kinds": kinds, "label": ", ".join(kinds), "evidence": evidence}
