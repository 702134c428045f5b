"""Benchmark: is an igr view still usable at 2,000 nodes?

Generates a projection-shaped graph of 2,000 entities (and a 200-entity baseline
in the same run), renders both to HTML with ``igr.views.render``, opens each in
headless Chromium from a file:// URL with the network switched off, and reports:

- Python: scoring and rendering time, HTML size;
- browser: time from navigation start until the layout is stable and physics is
  off (``igrView.stabilisedAt``), stabilisation iterations, the time a search
  filter takes over every node, and whether any SEVERE console error appeared;
- the ratio of the 2,000-node figures to the 200-node baseline.

Run it with ``.venv/bin/python bench/views.py`` (``--nodes 2000 --baseline 200
--out out/bench``); it needs ``apt-get install chromium chromium-driver``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import networkx as nx

from igr.analytics.facts import Evidence
from igr.analytics.tables import score_table
from igr.analytics.ties import Tie, edge_attributes
from igr.views.render import render
from igr.views.views import view_scores

CLASSES = ("Person", "Person", "Person", "Place", "Organization", "Organization", "Mechanism", "Event", "Post")
KINDS = ("metWith", "co-attended", "cooperatesWith", "co-participant", "visit")
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def synthetic_projection(n: int, seed: int = 1) -> nx.Graph:
    """A graph shaped like a projection: many small clustered groups (delegations, mechanisms)
    joined through a few hubs, heavy-tailed degrees, every edge with one to three pieces of evidence."""
    rng = random.Random(seed)
    shape = nx.Graph()
    groups, start = [], 0
    while start < n:
        size = min(n - start, rng.randint(5, 40))
        members = list(range(start, start + size))
        inner = nx.powerlaw_cluster_graph(size, 2, 0.5, seed=rng.randint(0, 10**6)) if size > 3 \
            else nx.path_graph(size)
        shape.add_nodes_from(members)
        shape.add_edges_from((members[a], members[b]) for a, b in inner.edges())
        groups.append(members)
        start += size
    # Links between groups prefer nodes that already have many ties (officials who travel a lot).
    for _ in range(n // 4):
        a, b = rng.sample(groups, 2)
        x = max(rng.sample(a, min(3, len(a))), key=shape.degree)
        y = max(rng.sample(b, min(3, len(b))), key=shape.degree)
        shape.add_edge(x, y)
    g = nx.Graph(projection="synthetic", slice="all dates")
    iri = {}
    for node in shape:
        cls = rng.choice(CLASSES)
        iri[node] = f"https://w3id.org/igr/id/{cls.lower()}/e{node}"
        g.add_node(iri[node], label=f"{cls} {node} <&>", cls=cls, classes=(cls,), aliases=(f"E{node}",))
    first = date(2020, 1, 1)
    for a, b in shape.edges():
        ties = []
        for k in range(rng.randint(1, 3)):
            when = first + timedelta(days=rng.randint(0, 5 * 365))
            kind = rng.choice(KINDS)
            sentence = f'Sentence {k} saying that {a} & {b} <met> in the "forum".'
            evidence = (Evidence(kind, iri[a], iri[b], sentence, f"https://w3id.org/igr/id/doc/r{rng.randint(0, n)}",
                                 f"Release {k} about {a}", when),)
            ties.append(Tie(kind, f"key{k}", evidence=evidence))
        g.add_edge(iri[a], iri[b], **edge_attributes(tuple(ties)))
    return g


def open_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="igr-bench-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", f"--user-data-dir={profile}", "--window-size=1400,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    return driver, profile


def measure(driver, page: Path, timeout: float = 120.0) -> dict:
    driver.get(page.resolve().as_uri())
    waited = time.monotonic()
    while time.monotonic() - waited < timeout:
        if driver.execute_script("return !!(window.igrView && window.igrView.stabilised)"):
            break
        time.sleep(0.05)
    else:
        raise RuntimeError(f"{page} did not stabilise within {timeout} s")
    result = driver.execute_script("""
        const v = window.igrView;
        const t0 = performance.now();
        v.filter("1");
        const filtered = performance.now() - t0;
        v.filter("");
        const t1 = performance.now();
        v.network.redraw();
        const redraw = performance.now() - t1;
        return {stabilised_ms: v.stabilisedAt, iterations: v.iterations, nodes: v.nodes.length,
                edges: v.edges.length, filter_ms: filtered, redraw_ms: redraw};
    """)
    severe = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    result["severe_errors"] = len(severe)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--baseline", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("out/bench"))
    parser.add_argument("--repeat", type=int, default=3, help="browser runs per page (the median is reported)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    rows = {}
    for n in (args.baseline, args.nodes):
        graph = synthetic_projection(n)
        t0 = time.perf_counter()
        scores = score_table(graph, columns=view_scores())  # what `igr view` computes
        t1 = time.perf_counter()
        page = render(graph, scores=scores, title=f"Synthetic {n}")
        t2 = time.perf_counter()
        path = page.save(args.out / f"view-{n}.html")
        rows[n] = {"nodes": n, "edges": graph.number_of_edges(), "score_s": t1 - t0, "render_s": t2 - t1,
                   "html_kb": path.stat().st_size / 1024, "path": str(path)}

    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).exists()):
        print(json.dumps(rows, indent=2))
        print("no Chromium: apt-get install chromium chromium-driver", file=sys.stderr)
        return 1
    driver, profile = open_browser()
    try:
        for n, row in rows.items():
            runs = [measure(driver, Path(row["path"])) for _ in range(args.repeat)]
            runs.sort(key=lambda r: r["stabilised_ms"])
            middle = runs[len(runs) // 2]
            row.update({f"browser_{k}": v for k, v in middle.items() if k not in ("nodes", "edges")})
            row["browser_nodes"] = middle["nodes"]
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)

    base, big = rows[args.baseline], rows[args.nodes]
    print(f"{'nodes':>6} {'edges':>6} {'score s':>8} {'render s':>9} {'HTML KB':>8} {'stable ms':>10} "
          f"{'iters':>6} {'filter ms':>10} {'redraw ms':>10} {'SEVERE':>6}")
    for row in rows.values():
        print(f"{row['nodes']:>6} {row['edges']:>6} {row['score_s']:>8.2f} {row['render_s']:>9.2f} "
              f"{row['html_kb']:>8.0f} {row['browser_stabilised_ms']:>10.0f} {row['browser_iterations']:>6} "
              f"{row['browser_filter_ms']:>10.1f} {row['browser_redraw_ms']:>10.1f} {row['browser_severe_errors']:>6}")
    ratio = big["browser_stabilised_ms"] / base["browser_stabilised_ms"]
    print(f"time to a stable layout, {args.nodes} vs {args.baseline} nodes: {ratio:.1f}x "
          f"({big['browser_stabilised_ms'] / 1000:.1f} s vs {base['browser_stabilised_ms'] / 1000:.1f} s)")
    (args.out / "views.json").write_text(json.dumps({"rows": list(rows.values()), "ratio": ratio}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
