"""One analysis: a projection over a time slice, scored, ready to print, save or write back.

Examples
--------
>>> from igr.analytics.sample import sample_facts
>>> result = analyze(sample_facts(), "officials", year=2024)
>>> result.projection, result.when.label, result.graph.number_of_nodes()
('officials', '2024', 4)
>>> result.communities()
[['Alex Chan', 'Bo Li'], ['Carol Wong', 'Eve Ho']]
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import networkx as nx
import pandas as pd

from igr.analytics.facts import Evidence, FactBase
from igr.analytics.paths import Path
from igr.analytics.projections import project, projection_name
from igr.analytics.tables import SCORE_COLUMNS, cooperation_matrix, edge_table, score_table
from igr.analytics.timeslice import TimeSlice, time_slice

DEFAULT_SEED = 42


@dataclass(frozen=True)
class Analysis:
    """A projection with the scores of its nodes.

    Attributes
    ----------
    projection : str
        The projection's name (``"officials"`` ...).
    when : TimeSlice
        The time slice the facts were taken from.
    graph : networkx.Graph
        The projection itself.
    scores : pandas.DataFrame
        :func:`igr.analytics.tables.score_table` of ``graph``.
    seed : int
        Seed of the community detection.
    home : str or None
        The default home place of the ``places`` projection, when given.
    """

    projection: str
    when: TimeSlice
    graph: nx.Graph
    scores: pd.DataFrame
    seed: int = DEFAULT_SEED
    home: str | None = None

    def top(self, n: int = 10, by: str = "pagerank") -> pd.DataFrame:
        """The ``n`` highest-scoring rows by ``by`` (ties broken by label)."""
        if by not in self.scores.columns:
            raise KeyError(f"no score column '{by}'; choose one of: {', '.join(SCORE_COLUMNS)}")
        ascending = by == "constraint"  # low constraint = strong broker
        table = self.scores.sort_values([by, "label"], ascending=[ascending, True], kind="stable",
                                        na_position="last")
        return table.head(n)

    @property
    def betweenness(self) -> dict[str, object]:
        """How betweenness was scored: ``{"method": "exact"}``, or ``"sampled"`` with its
        ``pivots`` and ``seed`` on a projection too large for the exact score."""
        return dict(self.scores.attrs.get("betweenness", {"method": "exact"}))

    def communities(self) -> list[list[str]]:
        """Members' labels of each community, community 0 (the largest) first."""
        groups: dict[int, list[str]] = {}
        for label, number in zip(self.scores["label"], self.scores["community"]):
            groups.setdefault(int(number), []).append(str(label))
        return [sorted(groups[k]) for k in sorted(groups)]

    def edges(self) -> pd.DataFrame:
        """:func:`igr.analytics.tables.edge_table` of the projection."""
        return edge_table(self.graph)

    def matrix(self, **kwargs) -> pd.DataFrame:
        """:func:`igr.analytics.tables.cooperation_matrix` of the projection."""
        return cooperation_matrix(self.graph, **kwargs)

    def to_dict(self, top: int | None = None) -> dict:
        """A JSON-ready summary: the slice, counts, scores (all or the ``top``), communities, edges."""
        rows = self.scores if top is None else self.top(top)
        return {
            "projection": self.projection,
            "slice": {"label": self.when.label, "start": _iso(self.when.start), "end": _iso(self.when.end)},
            "seed": self.seed,
            "home": self.home,
            "betweenness": self.betweenness,
            "nodes": self.graph.number_of_nodes(),
            "edges": self.graph.number_of_edges(),
            "scores": [
                {"iri": iri, "label": row["label"], "class": row["cls"],
                 **{c: _plain(row[c]) for c in SCORE_COLUMNS}}
                for iri, row in rows.iterrows()
            ],
            "communities": self.communities(),
            "ties": [edge_dict(self.graph, a, b, d) for a, b, d in self.graph.edges(data=True)],
        }


def analyze(facts: FactBase, projection: str = "officials", *, when: TimeSlice | None = None,
            year: int | str | None = None, start: date | str | None = None, end: date | str | None = None,
            home: str | None = None, seed: int = DEFAULT_SEED) -> Analysis:
    """Project ``facts`` and score every node.

    Parameters
    ----------
    facts : FactBase
        From :func:`igr.analytics.facts.load_facts`.
    projection : str
        A name of :data:`igr.analytics.projections.PROJECTIONS`.
    when, year, start, end
        The time slice (see :func:`igr.analytics.timeslice.time_slice`).
    home : str, optional
        For ``places``: home Place of officials whose posts name none.
    seed : int
        Seed of the Louvain community detection.
    """
    name = projection_name(projection)
    window = when if when is not None else time_slice(year, start, end)
    graph = project(facts, name, when=window, home=home)
    return Analysis(name, window, graph, score_table(graph, seed=seed), seed, home)


def evidence_dict(item: Evidence) -> dict:
    """An :class:`~igr.analytics.facts.Evidence` as JSON-ready values."""
    return {"relation": item.relation, "subject": item.subject, "object": item.object,
            "sentence": item.sentence, "release": item.source, "title": item.title, "date": _iso(item.date)}


def edge_dict(graph: nx.Graph, a: str, b: str, data: dict) -> dict:
    """One edge of a projection as JSON-ready values."""
    return {
        "source": a, "target": b,
        "source_label": graph.nodes[a].get("label", a), "target_label": graph.nodes[b].get("label", b),
        "weight": data.get("weight", 1), "kinds": list(data.get("kinds", ())),
        "evidence": [evidence_dict(e) for e in data.get("evidence", ())],
    }


def path_dict(path: Path) -> dict:
    """A :class:`~igr.analytics.paths.Path` as JSON-ready values."""
    return {
        "nodes": list(path.nodes), "labels": list(path.labels),
        "hops": [
            {"source": h.source, "target": h.target, "source_label": h.source_label,
             "target_label": h.target_label, "weight": h.weight, "kinds": list(h.kinds),
             "evidence": [evidence_dict(e) for e in h.evidence]}
            for h in path.hops
        ],
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _plain(value: object) -> object:
    # numpy scalars to Python; NaN (a constraint of an isolated node) to None for JSON.
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value
