"""8 ``igr query`` processes and a notebook's ``igr.open()`` read a store while ``igr build`` writes it.

The build re-extracts four demo releases (``--force``) into a copy of the
demo store; meanwhile rounds of 8 concurrent ``igr query`` processes and one
notebook-style process (``igr.open`` then queries, ``refresh`` and facts in a loop)
read the same folder. Every reader must exit 0, and the build too; ``igr stats`` says
that a build is running.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IGR = str(Path(sys.executable).parent / "igr")
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
QUERIES = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?name WHERE { ?p a igr:Person ; rdfs:label ?name } ORDER BY ?name",
    "SELECT ?d ?title WHERE { ?d a igr:Document ; dcterms:title ?title }",
    "ASK { ?s a igr:Organization }",
]
NOTEBOOK = textwrap.dedent("""
    import sys, time, warnings
    from pathlib import Path
    import igr
    warnings.simplefilter("ignore")
    stop = Path(sys.argv[2])
    kg = igr.open(sys.argv[1])
    rounds = 0
    while not stop.exists():
        kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        kg.refresh()
        kg.facts
        rounds += 1
    print(rounds)
""")


@pytest.mark.model
def test_readers_work_beside_a_build(demo_store_path, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(demo_store_path, store)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for release in sorted((ROOT / "examples" / "demo").glob("*.txt"))[:4]:
        shutil.copy(release, corpus / release.name)
    stop = tmp_path / "stop"
    build = subprocess.Popen([IGR, "build", str(corpus), "--store", str(store), "--force"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=ENV)
    notebook = subprocess.Popen([sys.executable, "-c", NOTEBOOK, str(store), str(stop)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    failures, queries, notices = [], 0, set()

    def watch_stats() -> None:
        while build.poll() is None:
            stats = subprocess.run([IGR, "stats", "--store", str(store)], capture_output=True, text=True, env=ENV,
                                   timeout=120)
            if stats.returncode != 0:
                failures.append(stats.stderr.strip())
            notices.update(line for line in stats.stderr.splitlines() if line.startswith("Warning:"))

    watcher = threading.Thread(target=watch_stats)
    watcher.start()
    try:
        while build.poll() is None:
            readers = [subprocess.Popen([IGR, "query", QUERIES[n % len(QUERIES)], "--store", str(store),
                                         "--format", "csv"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        text=True, env=ENV)
                       for n in range(8)]
            for reader in readers:
                _, err = reader.communicate(timeout=120)
                queries += 1
                if reader.returncode != 0:
                    failures.append(err.strip())
    finally:
        watcher.join(timeout=300)
        stop.touch()
        build_output = build.communicate(timeout=600)[0]
        rounds, notebook_err = notebook.communicate(timeout=120)
    assert build.returncode == 0, build_output
    assert failures == []
    # stats saw the build running (its mark, and the lock held by another process), never "interrupted"
    assert any(f"a build of '{store}' is running" in n for n in notices), notices
    assert not any("interrupted" in n for n in notices)
    assert queries >= 8
    assert notebook.returncode == 0, notebook_err
    assert int(rounds) >= 1
    print(f"{queries} igr query processes and {int(rounds)} notebook rounds beside the build, 0 errors")
