"""``kill -9`` at seeded random points of every phase of a real ``igr build``, then resume.

After the kill the store must open, validate (or say that a build is incomplete), take
the same build again, and end with an export isomorphic to a clean build's.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import graph_diff, isomorphic

from tests.robustness.corpus import write_release

pytestmark = pytest.mark.model

RELEASES = 40
FORMATS = [".txt", ".md", ".html", ".jsonl"]
IGR = [str(Path(sys.executable).with_name("igr"))]
KILLER = [sys.executable, str(Path(__file__).with_name("killer.py"))]
POINTS = [("read", 43, RELEASES), ("read", 11, RELEASES), ("extract", 21, RELEASES), ("extract", 33, RELEASES),
          ("write", 31, RELEASES), ("write", 36, RELEASES), ("write", 37, RELEASES), ("workers", 41, 2)]
"""(phase, seed, occurrences to choose from): the seeds pick, of the 40 releases, file 3 and 29
to read, extraction 11 and 37, store transactions 1, 22 and 39, and the second batch handed
to two worker processes."""


def igr(*args, check=True):
    result = subprocess.run(IGR + [str(a) for a in args], capture_output=True, text=True, timeout=600)
    if check:
        assert result.returncode == 0, result.stderr + result.stdout
    return result


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("kill") / "corpus"
    root.mkdir()
    for n in range(RELEASES):
        write_release(root, n, FORMATS[n % len(FORMATS)])
    return root


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory):
    """The export of a build that nothing interrupted."""
    store, out = tmp_path_factory.mktemp("clean") / "store", tmp_path_factory.mktemp("clean") / "all.nq"
    igr("build", corpus, "--store", store, "--workers", "1")
    igr("export", "--store", store, "--format", "nq", "--output", out)
    return _dataset(out)


def _dataset(path: Path) -> Dataset:
    data = Dataset()
    data.parse(path, format="nquads")
    return data


def _assert_isomorphic(got: Dataset, want: Dataset) -> None:
    names = {g.identifier for g in want.graphs()} | {g.identifier for g in got.graphs()}
    for name in sorted(names):
        a, b = got.graph(name), want.graph(name)
        if not isomorphic(a, b):
            _, only_got, only_want = graph_diff(a, b)
            pytest.fail(f"graph {name} differs from a clean build's:\n  resumed only:\n"
                        + only_got.serialize(format="nt")[:2000] + "\n  clean only:\n" + only_want.serialize(format="nt")[:2000])


def _wait_for_group(pgid: int, seconds: float = 90) -> list[str]:
    """Wait until no process of the killed build's session is left; the ones still there."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        time.sleep(0.2)
    left = subprocess.run(["ps", "-o", "pid,args", "-g", str(pgid)], capture_output=True, text=True).stdout
    os.killpg(pgid, signal.SIGKILL)  # our own orphans: do not leave them running
    return left.splitlines()[1:]


@pytest.mark.parametrize("phase, seed, events", POINTS, ids=[f"{p}-{s}" for p, s, _ in POINTS])
def test_kill_9_then_resume_ends_as_a_clean_build(corpus, clean, tmp_path, phase, seed, events):
    store, out = tmp_path / "store", tmp_path / "all.nq"
    workers = "2" if phase == "workers" else "1"
    log = tmp_path / "killed.log"
    with log.open("w") as err:  # a file, not a pipe: processes that outlive the build cannot hold the test
        killed = subprocess.Popen(KILLER + [phase, str(seed), str(events), "--", "build", str(corpus),
                                            "--store", str(store), "--workers", workers],
                                  stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        killed.wait(timeout=600)
    said = log.read_text()
    assert killed.returncode == -signal.SIGKILL and f"KILL {phase}" in said, (killed.returncode, said[-2000:])
    assert _wait_for_group(killed.pid) == [], "processes of the killed build outlived it"

    if store.exists():  # a kill before the store was made leaves nothing to open
        assert igr("stats", "--store", store, check=False).returncode == 0
        checked = igr("validate", "--store", store, check=False)
        assert checked.returncode == 0 or "incomplete" in checked.stderr + checked.stdout, checked.stdout[-2000:]

    igr("build", corpus, "--store", store, "--workers", "1")
    after = igr("validate", "--store", store)
    assert after.stdout.startswith("conforms") and "Warning" not in after.stderr
    igr("export", "--store", store, "--format", "nq", "--output", out)
    _assert_isomorphic(_dataset(out), clean)
