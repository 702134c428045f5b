"""``igr view``: exit codes, exact error lines, the written file."""

import pytest
from typer.testing import CliRunner

from igr.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["view", *[str(a) for a in args]])


def test_writes_a_view(store_path, tmp_path):
    target = tmp_path / "views" / "officials.html"
    r = run("--store", store_path, "--output", target)
    assert r.exit_code == 0, r.output
    assert r.stderr.strip() == f"wrote {target} (5 entities, 5 edges); open it in any browser, no network needed"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_ego_slice_and_projection(store_path, tmp_path):
    target = tmp_path / "ego.html"
    r = run("--store", store_path, "-o", target, "--projection", "full", "--ego", "Carol Wong", "--hops", "1",
            "--year", "2024", "--title", "Around Carol Wong")
    assert r.exit_code == 0, r.output
    # Carol Wong, her post, Shenzhen, the Innovation Forum, the Sixth Plenary Session, Eve Ho
    assert "(6 entities, 7 edges)" in r.stderr
    html = target.read_text(encoding="utf-8")
    assert "<title>Around Carol Wong</title>" in html and "2024 \u00b7 around Carol Wong, 1 hop" in html


@pytest.mark.parametrize(("args", "message"), [
    (["--projection", "towns"],
     "Error: unknown projection 'towns'; choose one of: officials, places, organisations, mechanisms, full"),
    (["--ego", "Nobody"], "Error: no entity named 'Nobody'"),
    (["--ego", "Shanghai"], "Error: 'Shanghai' (Place) is not in the officials projection; try --projection places or full"),
    (["--year", "last"], "Error: 'last' is not a year; write it as four digits, e.g. 2024"),
    (["--size-by", "fame"], "Error: cannot size nodes by 'fame'; use one of: degree, weighted_degree, betweenness, "
                            "pagerank, eigenvector, constraint, core"),
])
def test_errors(store_path, tmp_path, args, message):
    r = run("--store", store_path, "--output", tmp_path / "v.html", *args)
    assert (r.exit_code, r.output.strip()) == (1, message)
    assert not (tmp_path / "v.html").exists()


def test_output_must_be_an_html_file(store_path, tmp_path):
    r = run("--store", store_path, "--output", tmp_path / "v.png")
    assert (r.exit_code, r.output.strip()) == (1, f"Error: the output '{tmp_path / 'v.png'}' should end in .html")


def test_missing_store(tmp_path):
    r = run("--store", tmp_path / "none", "--output", tmp_path / "v.html")
    assert r.exit_code == 1
    assert r.output.strip() == (f"Error: no store at '{tmp_path / 'none'}'; build one first with: "
                                f"igr build PATH --store {tmp_path / 'none'}")


def test_help_has_an_example():
    r = runner.invoke(app, ["view", "--help"])
    assert r.exit_code == 0 and "Example: igr view" in r.stdout
