"""A fetch killed mid-way resumes; ``igr build`` reads what fetch wrote; ``igr update`` adds a new day."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date

import pytest
from typer.testing import CliRunner

from igr.cli import app

runner = CliRunner()


def _igr(*args: str) -> list[str]:
    return [sys.executable, "-c", "from igr.cli import main; main()", *args]


def test_killed_fetch_resumes_where_it_stopped(site, tmp_path, fast):
    stop_at = "/gia/general/202406/14/P2024061400001.htm"
    site.hold[stop_at] = threading.Event()
    args = ["fetch", "--base-url", site.base, "--from", "2024-06-01", "--to", "2024-06-30", "--out", str(tmp_path), *fast]
    proc = subprocess.Popen(_igr(*args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    try:
        deadline = time.monotonic() + 60
        while stop_at not in site.arrived and time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"igr fetch ended before it was killed (exit {proc.returncode})")
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        site.hold[stop_at].set()
    before_kill = {path for path, _, status in site.requests() if status == 200 and "/P" in path} - {stop_at}
    written = {p.stem for p in tmp_path.rglob("P*.txt")}
    assert written and len(written) < len(site.relevant())  # some, not all

    n = len(site.log)
    done = subprocess.run(_igr(*args), capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert done.returncode == 0, done.stderr
    after = site.log[n:]
    for path, headers, status in after:
        if path in before_kill:  # fetched before the kill: only asked whether it changed
            assert "if-none-match" in headers and status == 304, path
    assert {p.stem for p in tmp_path.rglob("P*.txt")} == {r.path.rsplit("/", 1)[1][:-4] for r in site.relevant()}
    assert not list(tmp_path.rglob(".tmp-*"))


@pytest.mark.model
def test_build_reads_fetched_releases_and_update_adds_a_day(site, tmp_path, fast, release_type):
    out, store = tmp_path / "releases", tmp_path / "store"
    first = runner.invoke(app, ["fetch", "--base-url", site.base, "--from", "2024-06-20", "--to", "2024-06-30",
                                "--out", str(out), *fast])
    assert first.exit_code == 0, first.output
    built = runner.invoke(app, ["build", str(out), "--store", str(store), "--workers", "1"])
    assert built.exit_code == 0, built.output
    assert "3 documents" in built.output  # June 21, 25 and 27

    new = release_type(date(2024, 7, 1), 20, "CE meets Consul General of France",
                       ["The Chief Executive met the Consul General of France in Hong Kong today to discuss trade."],
                       relevant=True)
    site.add_day(date(2024, 7, 1), [new])
    updated = runner.invoke(app, ["update", "--store", str(store), "--out", str(out), "--base-url", site.base,
                                  "--to", "2024-07-01", *fast])
    assert updated.exit_code == 0, updated.output
    assert "updated from 2024-06-27 to 2024-07-01" in updated.output
    assert (out / "2024" / "07" / "P2024070100020.txt").exists()
    from igr.store import open_store, with_prefixes

    with open_store(store, read_only=True) as kg:
        urls = {r["url"] for r in kg.query(
            with_prefixes("SELECT ?url WHERE { ?d a igr:Document ; schema:url ?url }")).records()}
    assert site.base.rsplit("/gia/", 1)[0] + new.path in urls
    assert len(urls) == 4


def test_update_of_a_store_without_releases_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["update", "--store", str(tmp_path / "store"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith(
        f"Error: the store at {tmp_path / 'store'} holds no dated release to update from; give a start date with --from")
