"""Views in a real browser: headless Chromium, file:// URLs, the network switched off.

Needs Debian's ``chromium`` and ``chromium-driver`` (``apt-get install chromium
chromium-driver``); skipped where they are missing. With ``IGR_UPDATE_SCREENSHOT=1``
the demo corpus's most central official, with everything one hop
around, is also saved as ``docs/img/view.png`` for the README.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from igr.views import view_projection

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parents[2]
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,800")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("headless Chromium not found at /usr/bin/chromium and /usr/bin/chromedriver; "
                    "install them with: apt-get install chromium chromium-driver")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="igr-test-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    # No network at all: the page must need none.
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def open_view(driver, path: Path, timeout: float = 90.0) -> dict:
    """Load a view and wait until its layout is stable; return what the page reports."""
    driver.get_log("browser")  # forget earlier pages' messages
    driver.get(path.resolve().as_uri())
    started = time.monotonic()
    while not driver.execute_script("return !!(window.igrView && window.igrView.stabilised)"):
        if time.monotonic() - started > timeout:
            raise AssertionError(f"{path.name}: the layout did not stabilise within {timeout} s")
        time.sleep(0.05)
    return driver.execute_script("""
        const v = window.igrView;
        const canvas = document.querySelector("#igr-network canvas");
        return {
            nodes: v.nodes.length, edges: v.edges.length,
            positions: Object.keys(v.network.getPositions()).length,
            physics: v.network.physics.options.enabled,
            canvas: canvas ? [canvas.width, canvas.height] : null,
            resources: performance.getEntriesByType("resource").map(r => r.name),
            status: document.getElementById("igr-status").textContent,
        };
    """)


def severe(driver) -> list:
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


@pytest.mark.parametrize(("projection", "nodes", "edges"), [("officials", 5, 5), ("places", 4, 3), ("full", 22, 34)])
def test_view_renders_offline(browser, facts, tmp_path, projection, nodes, edges):
    page = view_projection(facts, projection).save(tmp_path / f"{projection}.html")
    state = open_view(browser, page)
    assert (state["nodes"], state["edges"], state["positions"]) == (nodes, edges, nodes)
    assert state["canvas"] is not None and min(state["canvas"]) > 0
    assert state["physics"] is False  # turned off once the layout was stable
    assert state["resources"] == []  # nothing fetched from anywhere
    assert state["status"].startswith(f"{nodes} entities, {edges} edges")
    assert severe(browser) == []
    shot = tmp_path / f"{projection}.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


def test_tooltips_are_elements_with_escaped_text(browser, facts, tmp_path, iri):
    open_view(browser, view_projection(facts, "officials").save(tmp_path / "v.html"))
    text = browser.execute_script("""
        const edge = window.igrView.edges.get().find(e => e.to.endsWith("eve-ho"));
        return [edge.title instanceof HTMLElement, edge.title.textContent, edge.title.querySelectorAll("script").length];
    """)
    assert text[0] is True and text[2] == 0
    assert "Secretary visits Shenzhen for <Innovation> & Technology" in text[1]
    assert '"Innovation & Technology <Forum>"' in text[1]


def test_search_and_class_filters(browser, facts, tmp_path, iri):
    open_view(browser, view_projection(facts, "full").save(tmp_path / "full.html"))
    found = browser.execute_script("return window.igrView.filter('wong')")
    assert found == [iri("Carol Wong")]
    assert browser.find_element("id", "igr-matches").text == "1 of 22 match"
    dimmed = browser.execute_script("return window.igrView.nodes.get(arguments[0]).label", iri("Alex Chan"))
    assert dimmed == ""
    hidden = browser.execute_script("""
        window.igrView.filter('', ['Person']);
        return window.igrView.nodes.get().filter(n => n.hidden).map(n => n.igrClass);
    """)
    assert hidden == ["Person"] * 5
    box = browser.find_element("css selector", "#igr-legend input[value=Person]")
    assert not box.is_selected()
    box.click()
    assert browser.execute_script("return window.igrView.nodes.get().filter(n => n.hidden).length") == 0
    search = browser.find_element("id", "igr-search")
    search.send_keys("HKSAR\n")  # an alias; Enter zooms to the matches
    time.sleep(0.3)
    selected = browser.execute_script("return window.igrView.network.getSelectedNodes()")
    assert sorted(selected) == sorted([iri("Hong Kong"), iri("HKSAR Government")])
    assert severe(browser) == []


def test_an_empty_view_says_so(browser, tmp_path):
    import networkx as nx

    from igr.views import render

    state = open_view(browser, render(nx.Graph(projection="officials")).save(tmp_path / "empty.html"))
    assert state["nodes"] == 0
    assert state["status"] == "Nothing to show: no entity has ties in this projection or time slice"
    assert severe(browser) == []


def test_a_big_view_stays_usable(browser, tmp_path):
    import networkx as nx

    from igr.views import render

    graph = nx.relaxed_caveman_graph(100, 8, 0.15, seed=2)  # 800 nodes
    nx.relabel_nodes(graph, lambda n: f"n{n}", copy=False)
    for node in graph:
        graph.nodes[node].update(label=f"Node {node}", cls=("Person", "Place", "Organization")[int(node[1:]) % 3])
    state = open_view(browser, render(graph).save(tmp_path / "big.html"), timeout=120)
    assert state["nodes"] == 800 and state["physics"] is False
    assert severe(browser) == []


def test_readme_screenshot(browser, tmp_path, request):
    if os.environ.get("IGR_UPDATE_SCREENSHOT") != "1":
        pytest.skip("set IGR_UPDATE_SCREENSHOT=1 to refresh docs/img/view.png from the demo corpus")
    from igr.analytics import load_facts
    from igr.store import open_store

    with open_store(request.getfixturevalue("demo_store_path"), read_only=True) as store:
        facts = load_facts(store)
    from igr.analytics import analyze

    central = analyze(facts, "officials").top(1)["label"].iloc[0]
    open_view(browser, view_projection(facts, "full", ego=central, hops=1,
                                       title=f"Around {central} (demo corpus)").save(tmp_path / "demo.html"))
    target = ROOT / "docs" / "img" / "view.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(target))


def test_a_big_projection_shows_its_most_central_entities_and_says_what_it_left_out(browser, tmp_path):
    import networkx as nx

    from igr.views import render
    from igr.analytics.metrics import pagerank
    from igr.views.cap import DEFAULT_MAX_NODES, LABELLED, central, notice

    graph = nx.relaxed_caveman_graph(100, 8, 0.15, seed=2)  # 800 entities with ties ...
    graph.add_nodes_from(range(800, 1100))  # ... and a ring of 300 without
    nx.relabel_nodes(graph, lambda n: f"n{n}", copy=False)
    for node in graph:
        graph.nodes[node].update(label=f"Node {node}", cls=("Person", "Place", "Organization")[int(node[1:]) % 3])
    cut = central(graph, pagerank(graph))
    state = open_view(browser, render(cut.graph, notice=notice(cut), labelled=cut.labelled).save(tmp_path / "cap.html"),
                      timeout=120)
    shown_nodes = cut.graph.number_of_nodes()
    assert state["nodes"] == shown_nodes and 190 <= shown_nodes <= DEFAULT_MAX_NODES and state["physics"] is False
    shown = browser.execute_script("""
        const ids = window.igrView.nodes.getIds();
        return {isolated: ids.filter(id => window.igrView.network.getConnectedNodes(id).length === 0).length,
                labelled: window.igrView.nodes.get().filter(n => n.label).length};
    """)
    assert shown == {"isolated": 0, "labelled": LABELLED}
    note = browser.find_element("id", "igr-notice")
    assert note.is_displayed()
    assert note.text.startswith(f"Showing the {shown_nodes} most central of 1100 entities (by pagerank). "
                                f"Left out: 300 without ties, {800 - shown_nodes} less central.")
    assert "--max-nodes N" in note.text
    # an unlabelled entity is still found by name, and then shows it
    # (one whose name is in no other shown name: the filter matches substrings, "Node n79" is in "Node n795")
    hidden = next(n for n in cut.graph if n not in cut.labelled
                  and not any(other != n and f"Node {n}" in f"Node {other}" for other in cut.graph))
    found = browser.execute_script(f"return window.igrView.filter('node {hidden}')")
    assert found == [hidden]
    assert browser.execute_script("return window.igrView.nodes.get(arguments[0]).label", hidden) == f"Node {hidden}"
    assert severe(browser) == []
