"""A projection as one self-contained HTML page: pyvis data, vis-network inlined, no CDN.

pyvis collects the nodes, edges and options; igr's own template writes the page,
with vis-network's script and style (shipped inside the pyvis package) inlined,
a legend that hides classes, a search box, and tooltips with provenance. The page
loads nothing from the network: no ``<script src>``, no stylesheet links, no
Bootstrap.

Examples
--------
>>> from igr.analytics import project, sample_facts
>>> view = render(project(sample_facts(), "officials"), title="Officials")
>>> view.nodes, view.edges
(5, 5)
>>> import re
>>> re.findall(r"<(?:script|link)[^>]*(?:src|href)=[^>]*>", view.html)
['<link rel="icon" href="data:,">']
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

import networkx as nx
import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from igr.version import __version__
from igr.analytics.facts import Evidence
from igr.analytics.metrics import METRICS, communities
from igr.analytics.ties import evidence_order
from igr.views import style, tooltips
from igr.views.layout import seed_positions
from igr.views.view import View

VIS_VERSION = "9.1.2"
TOOLTIP_SCORES = ("pagerank", "betweenness", "degree", "community")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    lib = resources.files("pyvis") / "templates" / "lib" / f"vis-{VIS_VERSION}"
    here = resources.files("igr.views") / "templates"
    assets = {
        "vis_js": (lib / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (lib / "vis-network.css").read_text(encoding="utf-8"),
        "view_js": (here / "view.js").read_text(encoding="utf-8"),
        "view_css": (here / "view.css").read_text(encoding="utf-8"),
    }
    for name, text in assets.items():
        # Inlined code must not be able to close its own <script>/<style> element.
        closer = "</script" if name.endswith("js") else "</style"
        if closer in text.lower():
            raise RuntimeError(f"the asset {name} contains '{closer}' and cannot be inlined")
    return assets


@lru_cache(maxsize=1)
def _template():
    env = Environment(loader=PackageLoader("igr.views", "templates"), autoescape=select_autoescape(["html"]))
    return env.get_template("view.html")


def script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``<``, ``>``, ``&`` left raw).

    Examples
    --------
    >>> script_json({"t": "</script><b>&"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def render(graph: nx.Graph, *, scores: pd.DataFrame | None = None, size_by: str = "pagerank",
           title: str | None = None, subtitle: str | None = None, notice: str | None = None,
           labelled: frozenset | None = None) -> View:
    """Draw ``graph`` (a projection, or an ego network of one) as a standalone HTML view.

    Parameters
    ----------
    graph : networkx.Graph
        Nodes with ``label``/``cls``/``aliases`` and edges with ``weight``,
        ``kinds``, ``ties`` and ``evidence``, as :mod:`igr.analytics.projections`
        makes them. An ego network (``graph.graph["ego"]``) marks its centre.
    scores : pandas.DataFrame, optional
        A :func:`igr.analytics.tables.score_table`; its ``size_by`` column sizes
        the nodes and a few scores go into the tooltips. Computed when missing.
    size_by : str
        The score that sizes nodes (``pagerank`` by default).
    title, subtitle : str, optional
        Shown at the top of the page.
    notice : str, optional
        Shown above the search box: what the view left out (:func:`igr.views.cap.notice`).
    labelled : frozenset, optional
        The nodes whose names are drawn on the map (all when missing); the others
        show theirs on hover and when the search box finds them.

    Returns
    -------
    View
        The HTML page with ``save()`` and Jupyter display.
    """
    sizes, shown = _sizes(graph, scores, size_by)
    n, m = graph.number_of_nodes(), _edge_count(graph)
    large = style.is_large(n, m)
    net = Network(directed=True)  # directed: pyvis then skips its quadratic duplicate-edge scan
    centre = graph.graph.get("ego")
    releases = _releases(graph)
    seeded = _seeds(graph, scores) if n > style.SEED_ABOVE else {}
    for node, data in graph.nodes(data=True):
        cls = data.get("cls", "Thing")
        fill = style.colour(cls)
        names = [data.get("label", str(node)), *data.get("aliases", ())]
        net.add_node(
            node, label=names[0], shape="dot", igrName=names[0],
            color={"background": fill, "border": style.border(fill),
                   "highlight": {"background": fill, "border": "#222222"},
                   "hover": {"background": fill, "border": "#222222"}},
            value=float(sizes.get(node, 0.0)),
            borderWidth=4 if node == centre else 1,
            title=tooltips.node_html(names[0], cls, aliases=names[1:], scores=shown.get(node),
                                     releases=releases.get(node, ()), hops=data.get("hops")),
            igrClass=cls, igrNames=" | ".join(names).lower(),
            **({"x": seeded[node][0], "y": seeded[node][1]} if node in seeded else {}),
        )
    for edge in _merged_edges(graph):
        net.add_edge(edge.pop("from"), edge.pop("to"), **edge)
    net.options = _options(n, large)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    if labelled is not None:  # after pyvis, which would put the id in an empty label
        for item in nodes:
            item["label"] = item["label"] if item["id"] in labelled else ""
    payload = {"nodes": nodes, "edges": edges, "options": json.loads(options)}
    counts = Counter(d.get("cls", "Thing") for _, d in graph.nodes(data=True))
    legend = [{"cls": c, "colour": style.colour(c), "count": counts[c]}
              for c in (*style.CLASS_ORDER, *sorted(set(counts) - set(style.CLASS_ORDER))) if counts[c]]
    heading = title or f"{str(graph.graph.get('projection', 'graph')).title()} network"
    html = _template().render(
        title=heading, subtitle=subtitle if subtitle is not None else _subtitle(graph, n, m),
        legend=legend, size_by=size_by, version=__version__, vis_version=VIS_VERSION, notice=notice,
        data_json=script_json(payload), **_assets(),
    )
    return View(html=html, title=heading, nodes=n, edges=m, notice=notice)


def _edge_count(graph: nx.Graph) -> int:
    return len({frozenset((a, b)) for a, b in graph.edges()}) if graph.is_directed() or graph.is_multigraph() \
        else graph.number_of_edges()


def check_size_by(size_by: str) -> str:
    """``size_by`` if nodes can be sized by it, else a ValueError naming the choices."""
    if size_by not in METRICS or size_by == "community":
        raise ValueError(f"cannot size nodes by '{size_by}'; use one of: "
                         f"{', '.join(k for k in METRICS if k != 'community')}")
    return size_by


def _sizes(graph: nx.Graph, scores: pd.DataFrame | None, size_by: str) -> tuple[dict, dict]:
    check_size_by(size_by)
    if scores is not None and size_by in scores.columns:
        sizes = {k: v for k, v in scores[size_by].items() if k in graph}
        columns = [c for c in TOOLTIP_SCORES if c in scores.columns]
        shown = {k: {c: _plain(row[c]) for c in columns} for k, row in scores[columns].iterrows() if k in graph}
    else:
        sizes = METRICS[size_by](graph)
        shown = {k: {size_by: _plain(v)} for k, v in sizes.items()}
    # Constraint is low for brokers: size by its complement so brokers stand out.
    if size_by == "constraint":
        sizes = {k: (1.0 - v) if v == v else 0.0 for k, v in sizes.items()}
    return sizes, shown


def _seeds(graph: nx.Graph, scores: pd.DataFrame | None) -> dict:
    if scores is not None and "community" in scores.columns:
        community = {k: int(v) for k, v in scores["community"].items() if k in graph}
    else:
        community = communities(graph)
    return seed_positions(graph, community)


def _plain(value: object) -> object:
    return value.item() if hasattr(value, "item") else value


def _releases(graph: nx.Graph) -> dict[str, list[tuple[str, str]]]:
    """Per node: (date, title) of the releases behind its edges, newest first."""
    found: dict[str, set] = defaultdict(set)
    for a, b, evidence in graph.edges(data="evidence", default=()):
        for item in evidence:
            key = (item.date.isoformat() if item.date else "undated", item.title or item.source or "")
            found[a].add(key)
            found[b].add(key)
    return {node: sorted(keys, reverse=True) for node, keys in found.items()}


def _merged_edges(graph: nx.Graph) -> list[dict]:
    """One vis edge per pair of nodes; a multigraph's parallel and opposite edges are merged."""
    label = {n: d.get("label", str(n)) for n, d in graph.nodes(data=True)}
    pairs: dict[frozenset, list] = defaultdict(list)
    if graph.is_multigraph():
        rows = graph.edges(keys=True, data=True)
    else:
        rows = ((a, b, None, d) for a, b, d in graph.edges(data=True))
    for a, b, _key, data in rows:
        pairs[frozenset((a, b))].append((a, b, data))
    merged = []
    for members in pairs.values():
        a, b, _ = members[0]
        evidence: set[Evidence] = set()
        lines: list[str] = []
        kinds: set[str] = set()
        forward = backward = False
        weight = 0
        for x, y, data in members:
            weight += data.get("weight", 1)
            kinds.update(data.get("kinds", ()))
            evidence.update(data.get("evidence", ()))
            if graph.is_directed() and not data.get("symmetric", False):
                forward |= x == a
                backward |= x != a
                lines.extend(f"{label[x]} {kind} {label[y]}" for kind in data.get("kinds", ()))
            else:
                lines.extend(_tie_lines(data))
        arrows = ",".join(d for d, on in (("to", forward), ("from", backward)) if on)
        merged.append({
            "from": a, "to": b, "label": ", ".join(sorted(kinds)), "value": weight, "arrows": arrows or "",
            "title": tooltips.edge_html(label[a], label[b], lines, weight, sorted(evidence, key=evidence_order)),
        })
    return merged


def _tie_lines(data: Mapping) -> list[str]:
    """``metWith in 2 releases``, ``co-attended Innovation Forum, Sixth Plenary Session``."""
    by_kind: dict[str, list] = defaultdict(list)
    for tie in data.get("ties", ()):
        by_kind[tie.kind].append(tie)
    lines = []
    for kind, ties in sorted(by_kind.items()):
        vias = sorted({t.via_label for t in ties if t.via_label})
        if vias:
            lines.append(f"{kind} {', '.join(vias)}")
        else:
            lines.append(f"{kind} in {len(ties)} release{'s' if len(ties) != 1 else ''}")
    return lines or [data.get("label", "")]


def _subtitle(graph: nx.Graph, n: int, m: int) -> str:
    parts = [str(graph.graph.get("slice", "all dates"))]
    if graph.graph.get("ego"):
        centre = graph.nodes[graph.graph["ego"]].get("label", graph.graph["ego"])
        hops = graph.graph.get("hops", 1)
        parts.append(f"around {centre}, {hops} hop{'s' if hops != 1 else ''}")
    parts.append(f"{n} entities, {m} edges")
    return " \u00b7 ".join(parts)


def _options(n: int, large: bool) -> dict:
    """vis-network options: bounded stabilisation, then the page turns physics off."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n <= style.SEED_ABOVE},
        "nodes": {
            "shape": "dot", "borderWidth": 1,
            "scaling": {"min": 8, "max": 40, "label": {"enabled": True, "min": 12, "max": 18, "drawThreshold": 6}},
            "font": {"size": 13, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "color": {"color": "#a3a8ad", "highlight": "#333333", "hover": "#555555", "inherit": False},
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 1, "max": 7, "label": {"enabled": False}},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.25},
            "arrows": {"to": {"scaleFactor": 0.5}, "from": {"scaleFactor": 0.5}},
            "selectionWidth": 1.5, "hoverWidth": 0.5,
        },
        "physics": {
            "enabled": True, "solver": "forceAtlas2Based",
            # A coarser Barnes-Hut approximation (theta) halves the cost of an iteration on big graphs.
            "forceAtlas2Based": {"theta": 1.0 if large else 0.5, "gravitationalConstant": -60 if large else -90,
                                 "centralGravity": 0.012, "springLength": 110 if large else 140, "springConstant": 0.08,
                                 "damping": 0.6, "avoidOverlap": 0 if large else 0.2},
            "minVelocity": 1.5, "maxVelocity": 60, "timestep": 0.5,
            "stabilization": {"enabled": True, "iterations": style.stabilisation_iterations(n),
                              "updateInterval": 25, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "multiselect": True, "navigationButtons": False, "keyboard": False},
    }
