"""The HTML of a view: self-contained, escaped, legend, sizes, merged edges."""

import json
import re

import networkx as nx
import pytest

from igr.analytics.projections import project
from igr.analytics.tables import score_table
from igr.views import View, render, script_json, view_projection
from igr.views.style import CLASS_COLOURS, stabilisation_iterations


def payload(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="igr-data">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def nodes_by_label(html: str) -> dict:
    return {n["label"]: n for n in payload(html)["nodes"]}


@pytest.fixture(scope="module")
def officials(facts):
    return view_projection(facts, "officials")


def test_no_resource_is_loaded_from_anywhere(officials, facts):
    for page in (officials, view_projection(facts, "full")):
        html = page.html
        assert not re.search(r"""<script[^>]*\ssrc\s*=""", html, re.I)
        assert re.findall(r"""<link[^>]*\shref\s*=\s*["']?([^"' >]*)""", html, re.I) == ["data:,"]
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
        assert "bootstrap" not in html.lower() and "cdnjs" not in html and "jsdelivr" not in html
        assert "@version 9.1.2" in html  # vis-network itself is inlined
        assert "stabilizationIterationsDone" in html and "physics: false" in html


def test_text_from_the_graph_is_escaped(officials):
    html = officials.html
    assert "<Innovation>" not in html and "<Forum>" not in html
    edge = next(e for e in payload(html)["edges"] if "Eve Ho" in e["title"])
    assert "Secretary visits Shenzhen for &lt;Innovation&gt; &amp; Technology" in edge["title"]
    assert "&ldquo;Ms Wong and Ms Eve Ho spoke at the &quot;Innovation &amp; Technology &lt;Forum&gt;&quot;.&rdquo;" \
        in edge["title"]
    assert edge["title"].count("spoke at") == 1  # two attendance facts, one sentence shown once


def test_a_hostile_label_cannot_break_out_of_the_page():
    g = nx.Graph(projection="officials")
    evil = "</script><script>alert('x')</script><img src=x onerror=alert(1)>"
    g.add_node("a", label=evil, cls="Person", aliases=("&amp;",))
    g.add_node("b", label="B", cls="Person")
    g.add_edge("a", "b", weight=1, kinds=("metWith",), label="metWith", ties=(), evidence=())
    html = render(g).html
    assert evil not in html and "<img" not in html
    node = nodes_by_label(html)[evil]  # the JSON still holds the exact label, and escaped tooltip HTML
    assert node["title"].startswith("<div class=\"igr-tip-head\"><b>&lt;/script&gt;&lt;script&gt;")
    assert html.count("</script>") == 3  # vis-network, the data, the page's own script


def test_script_json_round_trips():
    value = {"a": "</script> & <!-- \u2028"}
    text = script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value


def test_nodes_coloured_by_class_sized_by_pagerank_with_tooltips(facts, officials):
    scores = score_table(project(facts, "officials"))
    nodes = nodes_by_label(officials.html)
    alex = nodes["Alex Chan"]
    assert alex["color"]["background"] == CLASS_COLOURS["Person"]
    assert alex["value"] == pytest.approx(scores.set_index("label").loc["Alex Chan", "pagerank"])
    assert alex["igrClass"] == "Person" and alex["igrNames"] == "alex chan | mr chan"
    assert "also: Mr Chan" in alex["title"] and "pagerank 0.299" in alex["title"]
    assert "2024-06-25 CS visits Shanghai" in alex["title"]


def test_edges_labelled_by_relation_with_provenance(officials):
    edges = {(e["from"].rsplit("/", 1)[-1], e["to"].rsplit("/", 1)[-1]): e for e in payload(officials.html)["edges"]}
    edge = edges[("alex-chan", "bo-li")]
    assert (edge["label"], edge["value"], edge["arrows"]) == ("co-attended, metWith", 2, "")
    assert "co-attended Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference" in edge["title"]
    assert "metWith in 1 release" in edge["title"]
    assert "Mr Chan met the Vice Mayor of Shanghai, Mr Bo Li." in edge["title"]


def test_full_multigraph_edges_are_merged_per_pair_with_arrows(facts):
    page = view_projection(facts, "full")
    edges = {(e["from"].rsplit("/", 1)[-1], e["to"].rsplit("/", 1)[-1]): e for e in payload(page.html)["edges"]}
    session = edges[("alex-chan", "sixth-plenary-session-of-the-hong-kong-shanghai-co-operation-conference")]
    assert (session["label"], session["arrows"], session["value"]) == ("attended, chaired", "to", 2)
    assert "Alex Chan chaired Sixth Plenary Session" in session["title"]
    assert edges[("alex-chan", "dan-zhou")]["arrows"] == ""  # metWith is symmetric
    assert page.edges == len(edges) == 34  # 35 facts, attended and chaired merged
    assert page.nodes == 22


def test_legend_lists_the_classes_shown(facts):
    html = view_projection(facts, "full").html
    legend = re.findall(r'<input type="checkbox" value="(\w+)" checked><span class="igr-swatch" '
                        r'style="background: (#\w+)"></span>\w+<span class="igr-count">(\d+)</span>', html)
    assert legend == [("Person", "#4e79a7", "5"), ("Post", "#9c755f", "4"), ("Place", "#59a14f", "4"),
                      ("Organization", "#f28e2b", "3"), ("Mechanism", "#e15759", "2"),
                      ("Initiative", "#b07aa1", "1"), ("Event", "#edc948", "2"), ("Agreement", "#76b7b2", "1")]


def test_ego_view_marks_its_centre(facts):
    page = view_projection(facts, "officials", ego="Carol Wong", hops=1)
    nodes = nodes_by_label(page.html)
    assert sorted(nodes) == ["Alex Chan", "Bo Li", "Carol Wong", "Eve Ho"]
    assert nodes["Carol Wong"]["borderWidth"] == 4 and nodes["Eve Ho"]["borderWidth"] == 1
    assert "1 hop from the centre" in nodes["Eve Ho"]["title"]
    assert "around Carol Wong, 1 hop" in page.html


def test_physics_is_bounded_and_big_graphs_start_from_seeded_positions():
    small = payload(render(nx.path_graph(3)).html)
    assert small["options"]["physics"]["stabilization"]["iterations"] == 1000
    assert "x" not in small["nodes"][0]
    big_graph = nx.relaxed_caveman_graph(50, 8, 0.1, seed=1)
    nx.relabel_nodes(big_graph, str, copy=False)
    big = payload(render(big_graph).html)
    assert big["options"]["physics"]["stabilization"]["iterations"] == stabilisation_iterations(400) == 600
    assert big["options"]["edges"]["smooth"] is False  # 1,400 edges: straight lines draw faster
    assert big["options"]["physics"]["forceAtlas2Based"]["theta"] == 1.0
    assert all("x" in n and "y" in n for n in big["nodes"])
    assert len({(n["x"], n["y"]) for n in big["nodes"]}) == 400


def test_size_by_must_be_a_score(facts):
    with pytest.raises(ValueError, match="cannot size nodes by 'community'"):
        view_projection(facts, "officials", size_by="community")
    brokers = nodes_by_label(view_projection(facts, "officials", size_by="constraint").html)
    assert brokers["Alex Chan"]["value"] > brokers["Dan Zhou"]["value"] == 0.0  # 1 - constraint


def test_view_saves_and_shows_in_jupyter(tmp_path, officials):
    target = officials.save(tmp_path / "sub" / "v.html")
    assert target.read_text(encoding="utf-8") == officials.html
    frame = officials._repr_html_()
    assert frame.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert "<script" not in frame  # all of the page is inside the attribute
    assert repr(View("<p>x</p>", "t", 1, 0)) == "View(title='t', nodes=1, edges=0, height=640, notice=None)"
