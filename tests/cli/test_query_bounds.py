"""``igr query`` bounded: --timeout and Ctrl-C stop a cross product at once, in flat memory.

Each query runs as a real ``igr query`` process over a store of 3,000 triples (a 3-way
cross product has 2.7e10 rows); its resident memory is read from /proc while it runs.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from igr.store import open_store

IGR = [str(Path(sys.executable).parent / "igr")]
ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
RSS_LIMIT_MB = 200

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads memory from /proc (Linux)")


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cross") / "store"
    ex = "https://example.org/"
    with open_store(path, create=True) as store:
        for g in range(10):
            store.replace_graph(URIRef(f"{ex}g{g}"), [(URIRef(f"{ex}e{i}"), URIRef(f"{ex}p"), Literal(str(i)))
                                                      for i in range(g, 3000, 10)])
    return path


def worker_cpu_seconds(pid: int) -> float:
    """CPU time of the threads of ``pid`` other than its main thread (where igr runs the query)."""
    ticks = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        if task.name != str(pid):
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def as_in_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: a test run in the background (``make test &``, nohup, some
    CI runners) starts with SIGINT ignored, and Python then keeps ignoring it in its children."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_watched(args, *, interrupt_after: float | None = None, limit: float = 60.0):
    """Run ``igr query ARGS``; its exit code, stderr, peak RSS (MB) and seconds after the signal or start.

    With ``interrupt_after``, SIGINT is sent once the query has run that many CPU seconds.
    """
    started = time.monotonic()
    process = subprocess.Popen([*IGR, "query", *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, env=ENV, preexec_fn=as_in_a_terminal)
    peak, signalled = 0, None
    while process.poll() is None:
        try:
            for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    peak = max(peak, int(line.split()[1]) // 1024)
        except OSError:
            pass
        now = time.monotonic()
        if interrupt_after is not None and signalled is None:
            try:
                running = worker_cpu_seconds(process.pid) >= interrupt_after
            except (OSError, IndexError, ValueError):
                running = False
            if running:
                process.send_signal(signal.SIGINT)
                signalled = now
        if now - started > limit:
            process.kill()
            pytest.fail(f"igr query still ran after {limit} s")
        time.sleep(0.05)
    ended = time.monotonic()
    return process.returncode, process.stderr.read(), peak, ended - (signalled or started)


@pytest.mark.parametrize("query, fmt", [(CROSS, "csv"), (CROSS, "json"), (CROSS, "table"), (COUNT, "table")])
def test_timeout_stops_a_cross_product_in_flat_memory(big, query, fmt):
    code, stderr, peak, seconds = run_watched([query, "--store", big, "--timeout", 2, "--format", fmt])
    assert code == 1
    assert stderr.strip() == ("Error: the query ran longer than 2 s and was stopped; add a LIMIT or simplify it, "
                              "or allow more time with --timeout")
    assert 2 <= seconds < 30  # the start of Python and igr included (a loaded machine is slow)
    assert peak < RSS_LIMIT_MB


@pytest.mark.parametrize("query", [CROSS, COUNT])
def test_ctrl_c_stops_a_query_at_once(big, query):
    code, stderr, peak, seconds = run_watched([query, "--store", big, "--timeout", 0], interrupt_after=1.0)
    assert code == 130
    assert stderr.strip() == "Error: interrupted; the query was stopped"
    assert seconds < 1.0
    assert peak < RSS_LIMIT_MB


def test_limit_stops_a_cross_product_after_n_rows(big):
    result = subprocess.run([*IGR, "query", CROSS, "--store", str(big), "--limit", "5", "--format", "csv"],
                            capture_output=True, text=True, env=ENV, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 6  # header and 5 rows
    assert "stopped at --limit 5; more rows are there" in result.stderr


def test_a_reader_that_stops_reading_ends_the_query_quietly(big):
    process = subprocess.Popen([*IGR, "query", CROSS, "--store", str(big), "--format", "csv", "--timeout", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    assert process.stdout.readline().decode().strip() == "a,b,c,d,e,f,g,h,i"  # like `igr query ... | head -1`
    process.stdout.close()
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""
