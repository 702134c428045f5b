"""Big projections cut to their most central entities, and the notice of what was left out."""

from __future__ import annotations

import json
import re

import networkx as nx

from igr.analytics.metrics import pagerank
from igr.views import view_projection
from igr.views.cap import DEFAULT_MAX_NODES, LABELLED, central, notice


def hubs_and_strays() -> nx.Graph:
    """Three hubs with ten spokes each, hub 0 tied to hubs 1 and 2, and five entities without ties."""
    g = nx.Graph()
    for hub in range(3):
        g.add_edges_from((f"h{hub}", f"s{hub}-{i}") for i in range(10))
    g.add_edges_from([("h0", "h1"), ("h0", "h2")])
    g.add_nodes_from(f"alone{i}" for i in range(5))
    return g


def test_the_most_central_entities_with_ties_are_kept():
    g = hubs_and_strays()  # 38 entities
    cut = central(g, nx.degree_centrality(g), max_nodes=12, labelled=2)
    assert cut.total == 38 and cut.isolated == 5
    kept = set(cut.graph)
    assert {"h0", "h1", "h2"} <= kept and not any(n.startswith("alone") for n in kept)
    assert len(kept) <= 12 and all(cut.graph.degree(n) > 0 for n in kept)  # no dot floats alone
    assert cut.less_central == 33 - len(kept)
    assert cut.labelled == {"h0", "h1"}  # h0 has 12 ties; h1 and h2 tie with 11, h1 first by name


def test_a_small_projection_is_kept_whole_isolated_entities_included():
    g = hubs_and_strays()
    cut = central(g, nx.degree_centrality(g), max_nodes=38)
    assert cut.graph is g and not cut.capped and notice(cut) is None
    assert not central(g, {}, max_nodes=0).capped  # 0: no cap


def test_a_capped_view_says_what_it_left_out(facts):
    whole = view_projection(facts, "full", max_nodes=0)
    assert whole.notice is None and 'id="igr-notice"' not in whole.html
    capped = view_projection(facts, "full", max_nodes=6)
    assert capped.nodes <= 6 and capped.nodes < whole.nodes
    assert capped.notice.startswith(f"Showing the {capped.nodes} most central of {whole.nodes} entities (by pagerank).")
    for hint in ("--ego NAME", "--projection", "--year", "--max-nodes N"):
        assert hint in capped.notice
    assert '<p id="igr-notice" role="note">' + capped.notice.replace("'", "&#39;") in capped.html
    data = json.loads(re.search(r'id="igr-data">(.*?)</script>', capped.html, re.S).group(1))
    assert all(node["igrName"] for node in data["nodes"])  # every name is there for the search box


def test_only_the_top_entities_are_labelled_on_a_big_view():
    from igr.views import render

    g = nx.relaxed_caveman_graph(60, 6, 0.2, seed=3)  # 360 entities
    nx.relabel_nodes(g, lambda n: f"n{n}", copy=False)
    for node in g:
        g.nodes[node].update(label=f"Node {node}", cls="Person")
    cut = central(g, pagerank(g))
    page = render(cut.graph, notice=notice(cut), labelled=cut.labelled)
    data = json.loads(re.search(r'id="igr-data">(.*?)</script>', page.html, re.S).group(1))
    # the cap, less the few whose every tie led to one left out
    assert len(data["nodes"]) == cut.graph.number_of_nodes() and 190 <= len(data["nodes"]) <= DEFAULT_MAX_NODES
    assert sum(1 for node in data["nodes"] if node["label"]) == LABELLED


def test_the_cli_default_is_the_library_default():
    from igr.cli.view import view

    import inspect

    assert inspect.signature(view).parameters["max_nodes"].default == DEFAULT_MAX_NODES
