"""Projections and scores as pandas DataFrames: score tables, edge lists, the city matrix.

Examples
--------
>>> from igr.analytics.sample import sample_facts
>>> from igr.analytics.projections import project
>>> table = score_table(project(sample_facts(), "officials"))
>>> list(table["label"])[:2]
['Alex Chan', 'Carol Wong']
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
import pandas as pd

from igr.analytics.metrics import METRICS, betweenness_method, simple

SCORE_COLUMNS = ("degree", "weighted_degree", "betweenness", "pagerank", "eigenvector", "community",
                 "constraint", "core")
"""The score columns of :func:`score_table`, in order."""


def score_table(graph: nx.Graph, *, seed: int = 42, columns: Iterable[str] = SCORE_COLUMNS) -> pd.DataFrame:
    """Every metric of :mod:`igr.analytics.metrics` for every node, one row per entity.

    Parameters
    ----------
    graph : networkx.Graph
        A projection (any graph whose nodes carry ``label`` and ``cls``).
    seed : int
        Seed of the Louvain community detection.
    columns : iterable of str
        The scores to compute (all of :data:`SCORE_COLUMNS` by default; exact
        betweenness is the slow one: above
        :data:`igr.analytics.metrics.EXACT_BETWEENNESS_MAX_NODES` nodes it is estimated
        from sampled pivots, and ``table.attrs["betweenness"]`` says which).

    Returns
    -------
    pandas.DataFrame
        Indexed by entity IRI (``iri``), with ``label``, ``cls`` and the
        requested scores in :data:`SCORE_COLUMNS` order; sorted by PageRank
        (highest first) when computed, then label.

    Examples
    --------
    >>> import networkx as nx
    >>> t = score_table(nx.path_graph(["a", "b", "c"]))
    >>> print(t[["label", "degree", "betweenness", "core"]].to_string(index=False))
    label  degree  betweenness  core
        b       2          1.0     1
        a       1          0.0     1
        c       1          0.0     1
    """
    wanted = [name for name in SCORE_COLUMNS if name in set(columns)]
    unknown = set(columns) - set(SCORE_COLUMNS)
    if unknown:
        raise ValueError(f"unknown score {sorted(unknown)[0]!r}; choose from: {', '.join(SCORE_COLUMNS)}")
    g = simple(graph)
    values = {
        name: (METRICS[name](g, seed=seed) if name in ("community", "betweenness") else METRICS[name](g))
        for name in wanted
    }
    rows = [
        {"iri": node, "label": data.get("label", str(node)), "cls": data.get("cls", ""),
         **{name: values[name][node] for name in wanted}}
        for node, data in g.nodes(data=True)
    ]
    table = pd.DataFrame(rows, columns=["iri", "label", "cls", *wanted])
    if "betweenness" in wanted:
        table.attrs["betweenness"] = betweenness_method(g, seed=seed)
    if table.empty:
        return table.set_index("iri")
    for name in ("degree", "weighted_degree", "community", "core"):
        if name in wanted:
            table[name] = table[name].astype("int64")
    order = (["pagerank"] if "pagerank" in wanted else []) + ["label", "iri"]
    table = table.sort_values(order, ascending=[order[0] != "pagerank", *([True] * (len(order) - 1))],
                              kind="stable")
    return table.set_index("iri")


def edge_table(graph: nx.Graph) -> pd.DataFrame:
    """One row per edge: both ends, weight, tie kinds, releases and dates of the evidence.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts
    >>> from igr.analytics.projections import project
    >>> edges = edge_table(project(sample_facts(), "places"))
    >>> print(edges[["source_label", "target_label", "weight", "kinds"]].to_string(index=False))
    source_label target_label  weight                                 kinds
       Guangdong    Hong Kong       3 co-participant, cooperatesWith, visit
       Hong Kong     Shanghai       2        co-participant, cooperatesWith
       Hong Kong     Shenzhen       1                        cooperatesWith
    """
    rows = []
    edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else (
        (a, b, None, d) for a, b, d in graph.edges(data=True))
    for a, b, _key, data in edges:
        evidence = data.get("evidence", ())
        dates = sorted(e.date for e in evidence if e.date)
        rows.append({
            "source": a, "target": b,
            "source_label": graph.nodes[a].get("label", a), "target_label": graph.nodes[b].get("label", b),
            "weight": data.get("weight", 1), "kinds": data.get("label", ""),
            "releases": len({e.source for e in evidence if e.source}),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
        })
    columns = ["source", "target", "source_label", "target_label", "weight", "kinds", "releases", "first", "last"]
    return pd.DataFrame(rows, columns=columns)


def cooperation_matrix(graph: nx.Graph, *, classes: Iterable[str] | None = None,
                       kinds: Iterable[str] | None = None) -> pd.DataFrame:
    """The place-by-place (or any node-by-node) matrix of tie counts, symmetric.

    Parameters
    ----------
    graph : networkx.Graph
        Usually the ``places`` projection.
    classes : iterable of str, optional
        Keep only nodes typed with one of these classes (``("City",)`` for the
        city-pair matrix); every node by default.
    kinds : iterable of str, optional
        Count only these tie kinds (e.g. ``("cooperatesWith",)``); all by default.

    Returns
    -------
    pandas.DataFrame
        Rows and columns named by label, ordered by total ties (most first), then
        name; the diagonal is 0. Nodes with no counted tie are left out.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts
    >>> from igr.analytics.projections import project
    >>> m = cooperation_matrix(project(sample_facts(), "places"), classes=["City"])
    >>> m.loc["Hong Kong"].to_dict()
    {'Hong Kong': 0, 'Shanghai': 2, 'Shenzhen': 1}
    """
    wanted_classes = set(classes) if classes is not None else None
    wanted_kinds = set(kinds) if kinds is not None else None
    nodes = [n for n, d in graph.nodes(data=True)
             if wanted_classes is None or wanted_classes & set(d.get("classes", ())) | (
                 wanted_classes & {d.get("cls")})]
    counts: dict[tuple[str, str], int] = {}
    keep = set(nodes)
    for a, b, data in graph.edges(data=True):
        if a not in keep or b not in keep or a == b:
            continue
        ties = data.get("ties", ())
        n = sum(1 for t in ties if wanted_kinds is None or t.kind in wanted_kinds) if ties else data.get("weight", 1)
        if n:
            counts[(a, b)] = counts.get((a, b), 0) + n
            counts[(b, a)] = counts.get((b, a), 0) + n
    totals = {n: sum(v for (a, _), v in counts.items() if a == n) for n in nodes}
    ordered = sorted((n for n in nodes if totals[n]), key=lambda n: (-totals[n], graph.nodes[n].get("label", n)))
    labels = [graph.nodes[n].get("label", n) for n in ordered]
    data = [[counts.get((a, b), 0) for b in ordered] for a in ordered]
    matrix = pd.DataFrame(data, index=labels, columns=labels, dtype="int64")
    matrix.index.name = None
    return matrix
