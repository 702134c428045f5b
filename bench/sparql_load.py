"""Load benchmark of the SPARQL endpoint: cookbook queries over HTTP against ``igr serve``.

CLIENTS concurrent clients (separate processes, each with its own
:class:`igr.store.remote.RemoteStore`) send QUERIES cookbook queries (every documented
example, round-robin) to a real ``igr serve --timeout T`` (read-only, a subprocess) over
a store built from a corpus (the demo corpus by default; a generated store when no
corpus can be built). The same queries then run in-process on the same store
(``LocalStore`` opened read-only), with as many threads, in the same run. Every HTTP
answer is checked against the in-process one; any failure or difference counts as
an error.

The HTTP run is made twice: with ``--timeout`` (through the relay that enforces it,
:mod:`igr.store.deadline`) and without. Reports, for each mode: errors, p50 and p95
latency, queries per second, and the ratios of HTTP to in-process and of the relay to
none.

Example: python bench/sparql_load.py --clients 8 --queries 2000
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, XSD, Literal
from rdflib.namespace import DCTERMS, PROV

from igr.cookbook import list_queries, render
from igr.store import LocalStore
from igr.store.remote import RemoteStore
from igr.vocab import GRAPH_CORPUS, ID, IGR, INTERACTION_CLASS

ROOT = Path(__file__).resolve().parents[1]


def workload(store) -> list[tuple[str, str]]:
    """(label, SPARQL) of every documented cookbook example, plus each query without parameters
    (names looked up in ``store``'s name index)."""
    out = []
    for q in list_queries():
        for example in q.examples:
            args = shlex.split(example)
            params = dict(args[i + 1].split("=", 1) for i, a in enumerate(args) if a == "--param")
            out.append((" ".join(args[3:]), render(q.name, params, store)))
        if not any(p.required for p in q.params):
            out.append((q.name, render(q.name)))
    return out


def build_store(corpus: Path, path: Path) -> str:
    """Build ``corpus`` into ``path``; what was built, or raise when it cannot be."""
    from igr.build import build_corpus

    with LocalStore(path, create=True) as store:
        report = build_corpus([corpus], store)
    return f"built from {corpus} ({report.documents} releases)"


def generate_store(path: Path, documents: int = 300, seed: int = 7) -> str:
    """A store in the builder's layout with random facts, for when no corpus can be built."""
    rng = random.Random(seed)
    kinds = {"person": ("Person", 400), "post": ("Post", 120), "place": ("Place", 120), "organization":
             ("Organization", 200), "mechanism": ("Mechanism", 25), "event": ("Event", 150), "initiative":
             ("Initiative", 60)}
    entities = {k: [ID[f"{k}/{k}-{i}"] for i in range(n)] for k, (_, n) in kinds.items()}
    corpus = []
    for k, (cls, _) in kinds.items():
        for i, node in enumerate(entities[k]):
            corpus += [(node, RDF.type, IGR[cls]), (node, RDFS.label, Literal(f"{cls} {i}")),
                       (node, SKOS.altLabel, Literal(f"{cls[:2].upper()}{i}"))]
    relations = {"metWith": ("person", "person"), "holdsPost": ("person", "post"), "visited": ("person", "place"),
                 "attended": ("person", "event"), "chaired": ("person", "event"), "partOf": ("event", "mechanism"),
                 "heldIn": ("event", "place"), "hasParticipant": ("mechanism", "place"),
                 "cooperatesWith": ("place", "place"), "funds": ("initiative", "initiative"),
                 "subOrganizationOf": ("organization", "organization"), "locatedIn": ("organization", "place")}
    with LocalStore(path, create=True) as store:
        for d in range(documents):
            doc = ID[f"doc/generated-{d}"]
            day = f"{2019 + d % 6}-{1 + d % 12:02d}-{1 + d % 28:02d}"
            triples = [(doc, RDF.type, IGR.Document), (doc, DCTERMS.title, Literal(f"Release {d}")),
                       (doc, DCTERMS.date, Literal(day, datatype=XSD.date))]
            for n in range(12):
                rel = rng.choice(list(relations))
                s, o = (rng.choice(entities[k]) for k in relations[rel])
                node = ID[f"interaction/generated-{d}-{n}"]
                triples += [(s, IGR[rel], o), (s, IGR.mentionedIn, doc), (o, IGR.mentionedIn, doc),
                            (node, RDF.type, IGR.Interaction), (node, RDF.type, IGR[INTERACTION_CLASS[rel]]),
                            (node, IGR.relation, IGR[rel]), (node, IGR.subject, s), (node, IGR.object, o),
                            (node, IGR.evidence, Literal(f"Sentence {n} of release {d}.")),
                            (node, IGR.startChar, Literal(n * 100)), (node, IGR.endChar, Literal(n * 100 + 80)),
                            (node, IGR.method, Literal("generated")),
                            (node, IGR.confidence, Literal(Decimal("0.9"), datatype=XSD.decimal)),
                            (node, PROV.wasDerivedFrom, doc), (node, IGR.date, Literal(day, datatype=XSD.date))]
            store.replace_graph(doc, triples)
        store.replace_graph(GRAPH_CORPUS, corpus)
    return f"generated ({documents} releases)"


def run(stores, queries: list[tuple[str, str]], total: int, expected=None):
    """Run ``total`` queries round-robin over len(stores) threads; latencies (s), errors, wall time, answers."""
    latencies: list[float] = []
    errors: list[str] = []
    answers: dict[int, tuple] = {}
    lock = threading.Lock()

    def client(k: int, store) -> None:
        mine, bad = [], []
        for i in range(k, total, len(stores)):
            index = i % len(queries)
            start = time.perf_counter()
            try:
                rows = store.query(queries[index][1]).rows
            except Exception as err:  # noqa: BLE001 - every failure is counted and reported
                bad.append(f"{queries[index][0]}: {err}")
                continue
            mine.append(time.perf_counter() - start)
            if expected is not None and rows != expected[index]:
                bad.append(f"{queries[index][0]}: answer differs from the in-process one")
            elif expected is None:
                with lock:
                    answers.setdefault(index, rows)
        with lock:
            latencies.extend(mine)
            errors.extend(bad)

    threads = [threading.Thread(target=client, args=(k, s)) for k, s in enumerate(stores)]
    wall = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.perf_counter() - wall, answers


def _http_client(args) -> tuple[list[float], list[str]]:
    url, k, clients, total, queries, expected = args
    store = RemoteStore(url)
    latencies, errors = [], []
    for i in range(k, total, clients):
        index = i % len(queries)
        start = time.perf_counter()
        try:
            rows = store.query(queries[index][1]).rows
        except Exception as err:  # noqa: BLE001 - every failure is counted and reported
            errors.append(f"{queries[index][0]}: {err}")
            continue
        latencies.append(time.perf_counter() - start)
        if rows != expected[index]:
            errors.append(f"{queries[index][0]}: answer differs from the in-process one")
    return latencies, errors


def run_processes(url: str, clients: int, queries, total: int, expected):
    """Run ``total`` queries round-robin from ``clients`` processes; latencies (s), errors, wall time."""
    jobs = [(url, k, clients, total, queries, expected) for k in range(clients)]
    with multiprocessing.get_context("fork").Pool(clients) as pool:
        pool.map(_http_client, [(url, k, clients, len(queries), queries, expected) for k in range(clients)])
        wall = time.perf_counter()
        results = pool.map(_http_client, jobs)
        wall = time.perf_counter() - wall
    return [x for lat, _ in results for x in lat], [e for _, err in results for e in err], wall


def serve(path: Path, timeout: int | None) -> tuple[subprocess.Popen, str]:
    """Start ``igr serve [--timeout T]`` over ``path`` on a free port; the process and its URL."""
    igr = Path(sys.executable).parent / "igr"
    bound = ["--timeout", str(timeout)] if timeout else []
    process = subprocess.Popen([str(igr), "serve", "--store", str(path), "--bind", "127.0.0.1:0", *bound],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    for line in process.stdout:
        if line.startswith("SPARQL query:"):
            return process, line.split()[-1].removesuffix("/query")
    process.kill()
    raise RuntimeError(f"igr serve did not start: {process.stderr.read().strip()}")


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--server-timeout", type=int, default=60,
                        help="igr serve --timeout (seconds); igr serve without it is measured too")
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "demo")
    parser.add_argument("--store", type=Path, help="an existing store to serve (nothing is built)")
    parser.add_argument("--generate", action="store_true", help="use a generated store instead of building")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="igr-sparql-load-") as tmp:
        path = args.store or Path(tmp) / "store"
        if args.store:
            origin = f"existing store {args.store}"
        elif args.generate:
            origin = generate_store(path)
        else:
            try:
                origin = build_store(args.corpus, path)
            except Exception as err:  # noqa: BLE001 - no model, no corpus: fall back, and say so
                print(f"cannot build {args.corpus} ({err}); using a generated store", file=sys.stderr)
                origin = generate_store(Path(tmp) / "generated")
                path = Path(tmp) / "generated"
        with LocalStore(path, read_only=True) as local:
            queries = workload(local)
            quads = sum(1 for _ in local.quads())
            # warm-up and the reference answers, one pass
            _, errors, _, answers = run([local], queries, len(queries))
            if errors:
                print("in-process errors:", *errors[:5], sep="\n  ", file=sys.stderr)
                return 1
            expected = [answers[i] for i in range(len(queries))]
            in_lat, in_err, in_wall, _ = run([local] * args.clients, queries, args.queries, expected)
        measured = {}
        for timeout in (args.server_timeout, None):
            server, url = serve(path, timeout)
            try:
                measured[timeout] = run_processes(url, args.clients, queries, args.queries, expected)
            finally:
                server.terminate()
                server.wait(30)
        http_lat, http_err, http_wall = measured[args.server_timeout]
        open_lat, open_err, open_wall = measured[None]

    rows = [(f"HTTP, igr serve --timeout {args.server_timeout}", http_lat, http_err, http_wall),
            ("HTTP, igr serve (no relay)", open_lat, open_err, open_wall),
            ("in-process (LocalStore)", in_lat, in_err, in_wall)]
    print(f"store: {origin}, {quads} quads; {len(queries)} distinct cookbook queries; "
          f"{args.clients} concurrent clients, {args.queries} queries each mode, igr serve --timeout "
          f"{args.server_timeout}")
    print(f"{'mode':34} {'queries':>8} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'queries/s':>10}")
    for label, lat, err, wall in rows:
        print(f"{label:34} {len(lat) + len(err):8d} {len(err):7d} {1000 * percentile(lat, 50):8.2f} "
              f"{1000 * percentile(lat, 95):8.2f} {len(lat) / wall:10.1f}")
    for label, (lat, wall), (base, base_wall) in (("HTTP --timeout / in-process", (http_lat, http_wall), (in_lat, in_wall)),
                                                  ("--timeout / no relay", (http_lat, http_wall), (open_lat, open_wall))):
        print(f"{label:34} {'':8} {'':7} {percentile(lat, 50) / percentile(base, 50):7.2f}x "
              f"{percentile(lat, 95) / percentile(base, 95):7.2f}x {(len(lat) / wall) / (len(base) / base_wall):9.2f}x")
    for error in (http_err + open_err + in_err)[:10]:
        print("error:", error, file=sys.stderr)
    return 1 if http_err or open_err or in_err else 0


if __name__ == "__main__":
    sys.exit(main())
