"""Readers say when a build is running or was interrupted (the build-in-progress marker)."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

import igr
from igr.cli import app
from igr.store import open_store
from igr.store.state import IncompleteBuild, build_state, mark_finished, mark_started

SRC = str(Path(__file__).resolve().parents[2] / "src")


@pytest.fixture()
def interrupted(tmp_path):
    path = tmp_path / "s"
    with open_store(path, create=True) as store:
        mark_started(store)
    return path


def test_an_interrupted_build_is_reported(interrupted):
    with open_store(interrupted, read_only=True) as store:
        state = build_state(store)
    assert state is not None and not state.running
    assert "was interrupted" in state.message(str(interrupted))
    for command in ("stats", "validate", "export"):
        extra = ["--output", str(interrupted.parent / "g.ttl")] if command == "export" else []
        result = CliRunner().invoke(app, [command, "--store", str(interrupted), *extra])
        assert result.exit_code == 0, result.output
        assert f"Warning: the last build of '{interrupted}' was interrupted" in result.output


def test_a_running_build_is_reported(interrupted):
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from igr.store import open_store; s = open_store(sys.argv[1]); "
        "print('open', flush=True); time.sleep(60)"), str(interrupted)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": SRC})
    try:
        assert holder.stdout.readline().strip() == "open"
        with open_store(interrupted, read_only=True) as store:
            assert build_state(store).running
    finally:
        holder.kill()
        holder.wait()


def test_the_notebook_api_warns_once_per_state(interrupted):
    with pytest.warns(IncompleteBuild, match="was interrupted"):
        kg = igr.open(interrupted)
        kg.facts
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        kg.refresh()  # the same state: no second warning
    kg.close()


def test_a_finished_build_is_not_reported(interrupted):
    with open_store(interrupted) as store:
        mark_finished(store)
        assert build_state(store) is None
    result = CliRunner().invoke(app, ["stats", "--store", str(interrupted)])
    assert "Warning" not in result.output


@pytest.mark.model
def test_a_build_marks_itself_and_an_interrupted_one_stays_marked(tmp_path, extractor):
    from igr.build import build_corpus

    corpus = Path(__file__).resolve().parents[2] / "examples" / "demo"
    path = tmp_path / "s"

    def stop_after_two(stage, done, total):
        if stage == "extract" and done == 2:
            raise KeyboardInterrupt

    with open_store(path, create=True) as store:
        with pytest.raises(KeyboardInterrupt):
            build_corpus([corpus], store, extractor=extractor, progress=stop_after_two)
    with open_store(path, read_only=True) as store:
        state = build_state(store)
    assert state is not None and not state.running
    with open_store(path) as store:
        build_corpus([corpus], store, extractor=extractor)
        assert build_state(store) is None
