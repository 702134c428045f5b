"""Benchmark: p50/p95 of every cookbook query at two archive sizes, in-process.

Builds the demo corpus with the real model once, copies it into stores of N
releases (``bench/bigstore.py``: new documents, dates over eleven years, entities
renamed per group of copies, the name index written), then runs every documented
example of every cookbook query (``# example:`` lines, so with the parameters an
analyst would give) ``--runs`` times after one warm-up, through the same call the
CLI makes (:func:`igr.cookbook.run`), and reports p50 and p95 per example and size,
and the ratio of the larger size to the smaller one beside the ratio of releases.

Run it with ``.venv/bin/python bench/cookbook.py`` (``--sizes 1000 10000 --runs 20
--work /tmp/igr-bench``; stores already in ``--work`` are reused). Pointing
PYTHONPATH at another checkout's ``src`` measures that checkout's queries on the
same stores (how the before/after figures of docs/sparql.md were taken).

With ``--store 1000=DIR --store 10000=DIR`` it measures stores built by ``igr build``
instead (a synthetic archive from ``igr synth``, whose entities are not the demo's):
each query runs with its required parameters, then with each optional parameter
bound in turn, the values taken from the store as ``bench/scale.py`` takes them
(the most mentioned entity of the class a parameter names, and the least of its
sample; the latest year), and every such variant is reported on its own line, so a
slow binding is not hidden in the spread of the others; a paged query is measured on its
first page (the default ``limit``) and once more for every row (``limit=0``). Beside the wall-clock p50 and
p95 each line gives the median CPU time of the process: on a shared machine the
difference is time spent waiting for a core.
"""

from __future__ import annotations

import argparse
import json
import shlex
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bigstore import replicate  # noqa: E402

from igr.cookbook import list_queries  # noqa: E402
from igr.cookbook.params import PAGE_PARAMS  # noqa: E402
from igr.store import LocalStore  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--work", type=Path, default=Path("/tmp/igr-bench"))
    parser.add_argument("--only", nargs="*", help="only these queries")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--store", action="append", metavar="SIZE=DIR",
                        help="measure this built store (repeat for each size) instead of copies of the demo")
    args = parser.parse_args()
    if args.store:
        stores = {int(k): Path(v) for k, v in (item.split("=", 1) for item in args.store)}
        figures = {}
        for size, path in stores.items():
            with LocalStore(path, read_only=True) as store:
                for label, name, params in _built_examples(store, args.only):
                    figures.setdefault(label, {})[size] = _time(store, name, params, args.runs)
                    p50, p95, rows, cpu = figures[label][size]
                    print(f"{size:>6} {label:<90} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms  {rows} rows"
                          f"  (cpu p50 {cpu:.1f} ms)", flush=True)
        _report(figures, sorted(stores))
        if args.json:
            args.json.write_text(json.dumps({k: {str(s): v for s, v in d.items()} for k, d in figures.items()}, indent=1))
        return
    args.work.mkdir(parents=True, exist_ok=True)
    demo = args.work / "demo"
    if not demo.exists():
        from igr.build import build_corpus  # noqa: PLC0415

        with LocalStore(demo, create=True) as store:
            build_corpus([ROOT / "examples" / "demo"], store)
    figures: dict[str, dict[int, tuple[float, float, int]]] = {}
    for size in args.sizes:
        path = args.work / f"store-{size}"
        if not path.exists():
            started = time.perf_counter()
            quads = replicate(demo, path, size)
            print(f"{size} releases: {quads:,} quads written in {time.perf_counter() - started:.0f} s", flush=True)
        with LocalStore(path, read_only=True) as store:
            for label, name, params in _examples(args.only):
                figures.setdefault(label, {})[size] = _time(store, name, params, args.runs)
                p50, p95, rows, cpu = figures[label][size]
                print(f"{size:>6} {label:<90} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms  {rows} rows"
                      f"  (cpu p50 {cpu:.1f} ms)", flush=True)
    _report(figures, args.sizes)
    if args.json:
        args.json.write_text(json.dumps({k: {str(s): v for s, v in d.items()} for k, d in figures.items()}, indent=1))


def _examples(only):
    for q in list_queries():
        if only and q.name not in only:
            continue
        for example in q.examples:
            words = shlex.split(example)
            params = dict(words[i + 1].split("=", 1) for i, w in enumerate(words) if w == "--param")
            label = " ".join(f"{k}={v}" for k, v in params.items())
            yield f"{q.name} {label}".strip(), q.name, params


def _built_examples(store, only):
    """Each query with its required parameters, then with each optional one bound in turn."""
    from scale import CLASS_OF, FIXED, pools  # noqa: PLC0415

    values = pools(store)
    year = values["year"][-1]

    def choices(p):
        if p.name in FIXED:
            return [FIXED[p.name]]
        if p.type == "integer" or p.name == "year":
            return [year]
        if p.type == "date":
            return [f"{year}-01-01" if p.name in ("from", "start") else f"{year}-12-31"]
        pool = values.get(CLASS_OF.get(p.name, "Person"), [])
        return [pool[0], pool[-1]] if len(pool) > 1 else pool

    for q in list_queries():
        if only and q.name not in only:
            continue
        required = [p for p in q.params if p.required]
        dates = [p for p in q.params if p.type == "date" and not p.required]
        base = [{}]
        for p in required:
            base = [dict(b, **{p.name: v}) for b in base for v in choices(p)[:1]]
        variants = list(base)
        if dates:  # a period is given whole
            variants += [dict(b, **{p.name: choices(p)[0] for p in dates}) for b in base]
        for p in q.params:
            if not p.required and p not in dates and p.name not in PAGE_PARAMS:
                variants += [dict(b, **{p.name: v}) for b in base for v in choices(p)]
        if any(p.name == "limit" for p in q.params):  # the first page is measured above; every row here
            variants += [dict(b, limit=0) for b in base]
        seen = set()
        for params in variants:
            label = " ".join(f"{k}={v}" for k, v in params.items())
            if label not in seen:
                seen.add(label)
                yield f"{q.name} {label}".strip(), q.name, params


def _time(store, name, params, runs):
    run = _runner()
    rows = len(run(store, name, params).rows)  # warm-up
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        run(store, name, params)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, rows, statistics.median(cpu)


def _runner():
    try:
        from igr.cookbook import run  # noqa: PLC0415

        return run
    except ImportError:  # a checkout from before names were resolved first
        from igr.cookbook import render  # noqa: PLC0415

        return lambda store, name, params: store.query(render(name, params))


def _report(figures, sizes):
    if len(sizes) < 2:
        return
    small, big = sizes[0], sizes[-1]
    print(f"\n{'query':<90} {'p95 ' + str(small):>12} {'p95 ' + str(big):>12} {'ratio':>7} (releases x{big / small:g})")
    apart = []
    for label, by_size in figures.items():
        if small not in by_size or big not in by_size:
            apart.append(label)  # (a binding to an entity of one store only: its name differs between the stores)
            continue
        a, b = by_size[small][1], by_size[big][1]
        print(f"{label:<90} {a:10.1f}ms {b:10.1f}ms {b / a:7.1f}")
    if apart:
        print(f"({len(apart)} bindings name an entity of one store only: compared above by the lines of each size)")


if __name__ == "__main__":
    main()
