"""igr at archive scale: synthetic archives of N releases, built and queried, in one run.

For each size N (1,000 and 10,000 by default) on a synthetic archive (``igr synth``,
same seed):

- a full ``igr build --workers 1`` against plain ``nlp.pipe`` of the same model on the
  same texts (both as child processes, from start to exit: reading, model loading
  and parsing included), and ``--workers 2`` against ``--workers 1``;
- peak RSS of each build: the sum over the build's process tree, polled every 0.1 s
  with psutil (workers included), and the largest single process;
- store bytes per release (the store directory after the build);
- a rebuild with nothing changed and one with one release changed, as shares of the
  full build;
- p50/p95 of every cookbook query (``igr.cookbook.run``: names looked up, then the
  query), in-process on the built store, each run with
  parameters taken from the store (the most and the least mentioned entities of the
  class a parameter names; for dates, a period of one or more whole years of the archive,
  drawn per run, never one that ends before it starts), each optional parameter bound in turn; each query runs in a
  child process stopped after ``--budget`` seconds (said so in the output);
- analytics: loading the facts, the officials projection, PageRank, Louvain.

It ends with the ratios between sizes (RSS, per-release store, query p95) so growth
can be read against the 10x growth of the data. All figures come from this run.

Example: python bench/scale.py --sizes 1000          # a quick run (a few minutes)
         python bench/scale.py --builds-only         # builds, store and rebuilds only
         python bench/scale.py --json scale.json     # 1,000 and 10,000 (well under an hour)
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from queue import Empty

import psutil

ROOT = Path(__file__).resolve().parents[1]
IGR = [sys.executable, "-c", "from igr.cli import main; main()"]
PIPE = """
import sys
from igr.extract.pipeline import load_model
from igr.ingest import Document, read_sources
docs = [d for d in read_sources([sys.argv[1]]) if isinstance(d, Document)]
nlp = load_model(sys.argv[2])
n = sum(1 for _ in nlp.pipe((d.analysed_text for d in docs), batch_size=16))
print(n)
"""
CLASS_OF = {"person": "Person", "subject": "Person", "b": "Person", "entity": "Person", "place": "Place",
            "a": "Place", "partner": "Place", "object": "Place", "government": "Organization",
            "mechanism": "Mechanism", "initiative": "Initiative", "post": "Post"}
FIXED = {"class": "Person", "relation": "metWith", "projection": "officials", "field": "finance"}
RUNS = 20


def run_measured(cmd: list[str], env: dict | None = None) -> dict:
    """Wall time, peak RSS (tree sum and largest process) and the load average (1 min) before and
    after a child process."""
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    root = psutil.Process(proc.pid)
    tree_peak, peaks = 0, {}
    while proc.poll() is None:
        try:
            rss = {}
            for p in [root, *root.children(recursive=True)]:
                try:
                    rss[p.pid] = p.memory_info().rss
                except psutil.Error:
                    pass
            tree_peak = max(tree_peak, sum(rss.values()))
            for pid, value in rss.items():
                peaks[pid] = max(peaks.get(pid, 0), value)
        except psutil.Error:
            pass
        time.sleep(0.1)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd[3:])} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    workers = [v for pid, v in peaks.items() if pid != proc.pid]
    return {"seconds": seconds, "rss_tree_mb": tree_peak / 2**20, "rss_max_mb": max(peaks.values(), default=0) / 2**20,
            "rss_main_mb": peaks.get(proc.pid, 0) / 2**20, "rss_worker_mb": max(workers, default=0) / 2**20,
            "load": (load_before, os.getloadavg()[0]), "stdout": out.decode()}


def _load(run: dict) -> str:
    return f"{run['load'][0]:.1f} -> {run['load'][1]:.1f}"


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def build(archive: Path, store: Path, workers: int | None, model: str) -> dict:
    cmd = [*IGR, "build", str(archive), "--store", str(store), "--model", model]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    return run_measured(cmd)


def supports_workers() -> bool:
    out = subprocess.run([*IGR, "build", "--help"], capture_output=True, text=True)
    return "--workers" in out.stdout


def change_one(archive: Path) -> Path:
    """Append a sentence to one release in the middle of the archive (a correction, as archives get)."""
    files = sorted(archive.rglob("*.txt"))
    target = files[len(files) // 2]
    text = target.read_text(encoding="utf-8")
    head, sep, footer = text.rpartition("\n\nEnds/")
    target.write_text(f"{head}\n\nThis press release was updated to correct a figure.{sep}{footer}", encoding="utf-8")
    return target


def pools(store) -> dict[str, list[str]]:
    """Labels per class: the 8 most mentioned and 4 random others (seeded), so runs hit both ends."""
    out = {}
    for cls in set(CLASS_OF.values()):
        rows = store.query(f"""PREFIX igr: <https://w3id.org/igr/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?label (COUNT(*) AS ?n) WHERE {{ ?e a igr:{cls} ; rdfs:label ?label .
              GRAPH ?g {{ ?s ?p ?e }} }} GROUP BY ?label ORDER BY DESC(?n) ?label""").rows
        labels = [str(r[0]) for r in rows]
        rest = labels[8:]
        out[cls] = labels[:8] + random.Random(cls).sample(rest, min(4, len(rest)))
    years = store.query("""PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT (YEAR(?d) AS ?y) WHERE { ?r dcterms:date ?d } ORDER BY ?y""").rows
    out["year"] = [str(r[0]) for r in years if r[0] is not None] or ["2025"]
    return out


def period(rng: random.Random, years: list[str]) -> tuple[str, str]:
    """A period of whole years of the archive, first day to last day: its length drawn first (1 year
    up to all of them, each length alike), then its first year among those that leave room for it.

    Examples
    --------
    >>> period(random.Random(0), ["2024"])
    ('2024-01-01', '2024-12-31')
    >>> sorted({period(random.Random(i), ["2024", "2025"]) for i in range(50)})
    [('2024-01-01', '2024-12-31'), ('2024-01-01', '2025-12-31'), ('2025-01-01', '2025-12-31')]
    """
    ordered = sorted(years, key=int)
    length = rng.randint(1, len(ordered))
    first = rng.randrange(len(ordered) - length + 1)
    return f"{ordered[first]}-01-01", f"{ordered[first + length - 1]}-12-31"


def param_sets(query, values: dict[str, list[str]], runs: int) -> list[dict]:
    """Required parameters always bound; each optional one bound in turn; one run with none.

    Each run draws one period (:func:`period`: one year or several, never one that ends before it
    starts) for its date parameters: ``from`` and ``start`` are its first day, the others its last
    (an optional one is bound alone, the other end left open); a year or integer parameter is one
    year of the archive; a name the most or a rarely mentioned entity of its class (:func:`pools`).
    """
    rng = random.Random(query.name)

    def value(p, days: tuple[str, str]) -> str | None:
        if p.name in FIXED:
            return FIXED[p.name]
        if p.type == "integer" or p.name == "year":
            return rng.choice(values["year"])
        if p.type == "date":
            return days[0] if p.name in ("from", "start") else days[1]
        pool = values.get(CLASS_OF.get(p.name, "Person"), [])
        return rng.choice(pool) if pool else None

    required = [p for p in query.params if p.required]
    optional = [p for p in query.params if not p.required and p.name not in ("limit", "offset")]  # first pages
    sets = []
    for i in range(runs):
        days = period(rng, values["year"])
        chosen = {p.name: value(p, days) for p in required}
        if optional and i % (len(optional) + 1):
            p = optional[i % (len(optional) + 1) - 1]
            chosen[p.name] = value(p, days)
        sets.append({k: v for k, v in chosen.items() if v is not None})
    return sets


def _time_query(store_dir: str, name: str, param_list: list[dict], out) -> None:
    """In a child process: run one cookbook query once per parameter set, sending each time (ms)."""
    from igr.cookbook import run
    from igr.errors import QueryError
    from igr.store import LocalStore

    with LocalStore(Path(store_dir), read_only=True) as store:
        for params in param_list:
            start = time.perf_counter()  # names looked up in the store, then the query: what a user waits for
            try:
                run(store, name, params)
            except QueryError as err:  # a parameter the store cannot supply
                out.put(("error", str(err)))
                return
            out.put(("ms", (time.perf_counter() - start) * 1000))
    out.put(("done", None))


def cookbook_timings(store_dir: Path, runs: int, budget: float) -> dict[str, dict]:
    """p50/p95 of every cookbook query, each in a child process stopped after ``budget`` seconds."""
    from igr.cookbook import list_queries
    from igr.store import LocalStore

    with LocalStore(store_dir, read_only=True) as store:
        values = pools(store)
    context, out = multiprocessing.get_context("spawn"), {}
    for query in list_queries():
        queue = context.Queue()
        child = context.Process(target=_time_query,
                                args=(str(store_dir), query.name, param_sets(query, values, runs), queue))
        child.start()
        times, error, deadline = [], None, time.perf_counter() + budget
        while time.perf_counter() < deadline:
            try:
                kind, value = queue.get(timeout=0.5)
            except Empty:
                if not child.is_alive():  # crashed: what it sent is all there is
                    error = error or f"the query process stopped (exit code {child.exitcode})"
                    break
                continue
            if kind == "ms":
                times.append(value)
            elif kind == "error":
                error = value
                break
            else:
                break
        timed_out = child.is_alive() and error is None and len(times) < runs
        child.kill() if child.is_alive() else None
        child.join()
        if error:
            out[query.name] = {"error": error}
        elif times:
            times.sort()
            out[query.name] = {"p50_ms": statistics.median(times), "runs": len(times),
                               "p95_ms": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]}
        if timed_out:
            out.setdefault(query.name, {})["stopped_after_s"] = budget
    return out


def analytics_timings(store) -> dict[str, float]:
    from igr.analytics.facts import load_facts
    from igr.analytics.metrics import communities, pagerank
    from igr.analytics.projections import project

    out = {}
    start = time.perf_counter()
    facts = load_facts(store)
    out["load_facts_s"] = time.perf_counter() - start
    for name in ("officials", "places"):
        start = time.perf_counter()
        graph = project(facts, name)
        out[f"{name}_projection_s"] = time.perf_counter() - start
        out[f"{name}_nodes"], out[f"{name}_edges"] = graph.number_of_nodes(), graph.number_of_edges()
        start = time.perf_counter()
        pagerank(graph)
        out[f"{name}_pagerank_s"] = time.perf_counter() - start
        start = time.perf_counter()
        communities(graph)
        out[f"{name}_louvain_s"] = time.perf_counter() - start
    return out


def one_size(n: int, work: Path, seed: int, model: str, runs: int, budget: float, queries: bool = True) -> dict:
    from igr.store import LocalStore
    from igr.synthetic import write_archive

    archive = work / f"archive-{n}"
    report = write_archive(archive, n, seed=seed)
    result: dict = {"releases": n, "relevant": report.relevant, "people": report.people,
                    "words_per_release": sum(len(p.read_text(encoding="utf-8").split())
                                             for p in archive.rglob("*.txt")) / n}
    print(f"\n== N = {n:,} ({report.relevant} relevant, {report.first} to {report.last}) ==", flush=True)
    result["pipe"] = run_measured([sys.executable, "-c", PIPE, str(archive), model])
    print(f"plain nlp.pipe         {result['pipe']['seconds']:8.1f} s  (load {_load(result['pipe'])})", flush=True)
    workers = supports_workers()
    one = build(archive, work / f"store-{n}-w1", 1 if workers else None, model)
    result["build_w1"] = one
    print(f"igr build --workers 1  {one['seconds']:8.1f} s  {one['seconds'] / result['pipe']['seconds']:.2f}x "
          f"plain nlp.pipe, peak RSS {one['rss_tree_mb']:.0f} MB (largest process {one['rss_max_mb']:.0f} MB); "
          f"{n / one['seconds']:.1f} releases/s (load {_load(one)})", flush=True)
    if workers:
        two = build(archive, work / f"store-{n}-w2", 2, model)
        result["build_w2"] = two
        print(f"igr build --workers 2  {two['seconds']:8.1f} s  {one['seconds'] / two['seconds']:.2f}x faster "
              f"than --workers 1, peak RSS {two['rss_tree_mb']:.0f} MB (main process {two['rss_main_mb']:.0f} MB, "
              f"each worker up to {two['rss_worker_mb']:.0f} MB); {n / two['seconds'] / 2:.1f} releases/s per worker "
              f"(load {_load(two)})",
              flush=True)
        shutil.rmtree(work / f"store-{n}-w2", ignore_errors=True)
    else:
        print("igr build --workers    not available in this igr: no speedup measured", flush=True)
    store_dir = work / f"store-{n}-w1"
    result["store_bytes_per_release"] = du(store_dir) / n
    with LocalStore(store_dir, read_only=True) as store:
        quads = int(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0].value)
    result["quads_per_release"] = quads / n
    print(f"store                  {du(store_dir) / 2**20:8.1f} MB, {result['store_bytes_per_release'] / 1024:.1f} KB "
          f"and {quads / n:.0f} quads per release ({quads:,} quads)", flush=True)
    again = build(archive, store_dir, 1 if workers else None, model)
    changed_file = change_one(archive)
    changed = build(archive, store_dir, 1 if workers else None, model)
    result["rebuild_unchanged"], result["rebuild_one_changed"] = again, changed
    for label, r in (("nothing changed", again), ("one release changed", changed)):
        print(f"rebuild, {label:<19} {r['seconds']:6.1f} s  {r['seconds'] / one['seconds']:.1%} of the full build",
              flush=True)
    result["changed_file"] = str(changed_file.relative_to(archive))
    if not queries:
        return result
    result["queries"] = cookbook_timings(store_dir, runs, budget)
    for name, t in result["queries"].items():
        line = (f"{t['p50_ms']:8.1f} ms p50 {t['p95_ms']:8.1f} ms p95" if "p50_ms" in t
                else f"not run: {t['error']}" if "error" in t else "no run finished")
        if "stopped_after_s" in t:
            line += f" (stopped after {t['stopped_after_s']:.0f} s: {t.get('runs', 0)} of {runs} runs done)"
        print(f"query {name:<24} {line}", flush=True)
    with LocalStore(store_dir, read_only=True) as store:
        result["analytics"] = analytics_timings(store)
    a = result["analytics"]
    print(f"analytics: facts {a['load_facts_s']:.2f} s; officials projection {a['officials_projection_s']:.2f} s "
          f"({a['officials_nodes']} nodes, {a['officials_edges']} edges), PageRank {a['officials_pagerank_s']:.3f} s, "
          f"Louvain {a['officials_louvain_s']:.3f} s; places projection {a['places_projection_s']:.2f} s, "
          f"PageRank {a['places_pagerank_s']:.3f} s, Louvain {a['places_louvain_s']:.3f} s", flush=True)
    return result


def compare(results: list[dict]) -> None:
    small, big = results[0], results[-1]
    growth = big["releases"] / small["releases"]
    print(f"\n== {big['releases']:,} against {small['releases']:,} releases ({growth:.0f}x the data) ==")
    print(f"peak RSS of a full build  {big['build_w1']['rss_tree_mb'] / small['build_w1']['rss_tree_mb']:.2f}x")
    print(f"store per release         {big['store_bytes_per_release'] / small['store_bytes_per_release']:.2f}x")
    print(f"full build time           {big['build_w1']['seconds'] / small['build_w1']['seconds']:.1f}x")
    for name, t in big.get("queries", {}).items():
        s = small.get("queries", {}).get(name, {})
        if "p95_ms" in t and "p95_ms" in s and "stopped_after_s" not in t:
            print(f"query {name:<24} p95 {t['p95_ms'] / max(s['p95_ms'], 1e-6):6.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated archive sizes (default 1000,10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--model", default="en_core_web_sm")
    parser.add_argument("--runs", type=int, default=RUNS, help="runs of each cookbook query")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds at most for the runs of one cookbook query (slower ones are stopped and said so)")
    parser.add_argument("--workdir", type=Path, help="where archives and stores go (a temporary folder by default)")
    parser.add_argument("--keep", action="store_true", help="keep the archives and stores")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--builds-only", action="store_true",
                        help="measure the builds, the store and the rebuilds only (no cookbook queries, no analytics)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    work = args.workdir or Path(tempfile.mkdtemp(prefix="igr-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"igr scale benchmark: sizes {sizes}, seed {args.seed}, model {args.model}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, work in {work}")
    results = []
    try:
        for n in sizes:
            results.append(one_size(n, work, args.seed, args.model, args.runs, args.budget, not args.builds_only))
            if args.json:
                args.json.write_text(json.dumps(results, indent=1, default=str))
        if len(results) > 1:
            compare(results)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
