"""igr build from the command line: pruning is counted, a bad model or path makes nothing."""

import shutil

from typer.testing import CliRunner

from igr.cli import app

from tests.conftest import DEMO, needs_model

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@needs_model
def test_prune_says_how_many_releases_it_removed(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for path in sorted(DEMO.glob("*.txt"))[:3]:
        shutil.copy(path, corpus / path.name)
    assert run("build", corpus, "--store", tmp_path / "s", "--workers", 1).exit_code == 0
    sorted(corpus.iterdir())[0].unlink()
    kept = run("build", corpus, "--store", tmp_path / "s", "--workers", 1)
    assert kept.exit_code == 0 and "3 documents" in kept.output and "pruned" not in kept.output
    pruned = run("build", corpus, "--store", tmp_path / "s", "--workers", 1, "--prune")
    assert pruned.exit_code == 0
    assert "2 documents in" in pruned.output and "2 unchanged; 0 graphs written; 1 pruned" in pruned.output


@needs_model
def test_a_model_that_cannot_load_is_one_error_and_no_store(tmp_path):
    r = run("build", DEMO, "--store", tmp_path / "s", "--model", "no-such-model", "--workers", 2)
    assert r.exit_code == 1
    assert r.output.strip() == ("Error: cannot load the spaCy model 'no-such-model' (not installed); "
                                "install the spaCy model package 'no-such-model'")
    assert not (tmp_path / "s").exists()


def test_a_missing_path_makes_no_store(tmp_path):
    r = run("build", tmp_path / "nope", "--store", tmp_path / "s")
    assert r.exit_code == 1 and not (tmp_path / "s").exists()
