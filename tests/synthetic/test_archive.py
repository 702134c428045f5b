"""Synthetic archives: deterministic, readable by igr's readers, about a growing population."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from typer.testing import CliRunner

from igr.cli import app
from igr.errors import ArchiveError
from igr.ingest import Document, read_sources
from igr.synthetic import World, releases, write_archive

NAMED = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr|Professor|Hon) ((?:[A-Z][a-z]+ )?[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?)")


def files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_same_seed_writes_the_same_bytes_and_another_seed_does_not(tmp_path):
    write_archive(tmp_path / "a", 60, seed=5)
    write_archive(tmp_path / "b", 60, seed=5)
    write_archive(tmp_path / "c", 60, seed=6)
    assert files(tmp_path / "a") == files(tmp_path / "b")
    assert files(tmp_path / "a") != files(tmp_path / "c")


def test_txt_and_jsonl_archives_read_as_the_same_documents(tmp_path):
    write_archive(tmp_path / "txt", 80, seed=2)
    report = write_archive(tmp_path / "jsonl", 80, seed=2, fmt="jsonl", per_year=400)  # spans 3 months
    assert report.files == 3
    one_file = write_archive(tmp_path / "jsonl-2", 80, seed=2, fmt="jsonl")
    assert one_file.files == 1

    def docs(folder):
        return {d.key: d for d in read_sources([folder]) if isinstance(d, Document)}

    txt, jsonl = docs(tmp_path / "txt"), docs(tmp_path / "jsonl-2")
    assert len(txt) == 80 and txt.keys() == jsonl.keys()
    assert all(txt[k].content_hash == jsonl[k].content_hash for k in txt)
    for doc in txt.values():
        assert doc.url == doc.key and doc.title and doc.date is not None
        assert "Ends/" not in doc.text  # the footer is read as the footer


def test_releases_have_their_own_url_and_dates_over_the_span():
    archive = list(releases(1000, seed=1, end=date(2020, 6, 30), per_year=500))
    assert len({r.url for r in archive}) == 1000
    assert [r.date for r in archive] == sorted(r.date for r in archive)
    assert archive[0].date.year == 2018 and archive[-1].date == date(2020, 6, 30)
    assert all(f"/{r.date:%Y/%m/%d}/" in r.url for r in archive)


def test_most_releases_are_routine():
    archive = list(releases(3000, seed=4))
    share = sum(r.relevant for r in archive) / len(archive)
    assert 0.05 <= share <= 0.10
    titles = Counter(r.title.split()[0] for r in archive if not r.relevant)
    assert {"Tenders", "Provisional", "CHP", "Appointments"} <= set(titles)


def test_officials_change_over_the_years_and_names_are_heavy_tailed():
    world = World(seed=3)
    holders = {world.holder("Chief Executive", date(year, 8, 1)) for year in range(2000, 2030)}
    assert 3 <= len(holders) <= 12  # terms of five years, some renewed, some cut short
    mayors = {world.holder("Mayor of Shanghai", date(year, 1, 1)) for year in range(2000, 2030)}
    assert len(mayors) >= 4
    counts = Counter()
    archive = list(releases(4000, seed=3))
    for r in archive:
        counts.update(set(NAMED.findall(r.text)))
    ranked = sorted(counts.values(), reverse=True)
    assert ranked[0] >= 40  # a few officials in many releases ...
    assert sum(1 for v in ranked if v <= 2) / len(ranked) > 0.7  # ... and a long tail named once or twice
    later = Counter()
    for r in list(releases(40000, seed=3))[-4000:]:  # the same number of releases, years later
        later.update(set(NAMED.findall(r.text)))
    assert len(set(later) - set(counts)) > 0.5 * len(later)  # new people, not only new releases


def test_a_folder_that_is_not_empty_is_refused(tmp_path):
    (tmp_path / "x.txt").write_text("x")
    with pytest.raises(ArchiveError, match="not an empty folder"):
        write_archive(tmp_path, 5)
    with pytest.raises(ArchiveError, match="unknown format"):
        write_archive(tmp_path / "new", 5, fmt="csv")
    with pytest.raises(ArchiveError, match="between 0 and 1"):
        list(releases(5, relevant=1.5))


def test_igr_synth_writes_an_archive_and_reports_errors_in_one_line(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["synth", "--releases", "25", "--out", str(tmp_path / "a"), "--seed", "9"])
    assert result.exit_code == 0, result.output
    assert "25 releases" in result.output
    assert len(list((tmp_path / "a").rglob("*.txt"))) == 25
    again = runner.invoke(app, ["synth", "--releases", "25", "--out", str(tmp_path / "a")])
    assert again.exit_code == 1
    assert again.output.strip().splitlines()[-1].startswith("Error: ")
    bad = runner.invoke(app, ["synth", "--out", str(tmp_path / "b"), "--end", "yesterday"])
    assert bad.exit_code == 1 and "Error: --end must be a date" in bad.output
