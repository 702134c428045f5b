"""``igr fetch`` against the made-up June 2024 site on loopback."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from igr.cli import app
from igr.ingest import Document, read_sources

runner = CliRunner()


def _fetch(site, out: Path, fast: list[str], *extra: str):
    return runner.invoke(app, ["fetch", "--base-url", site.base, "--from", "2024-06-01", "--to", "2024-06-30",
                               "--out", str(out), *fast, *extra])


def _documents(out: Path) -> dict[str, Document]:
    return {d.url: d for d in read_sources([out]) if isinstance(d, Document)}


def test_fetch_writes_exactly_the_relevant_releases(site, tmp_path, fast):
    result = _fetch(site, tmp_path / "out", fast)
    assert result.exit_code == 0, result.output
    docs = _documents(tmp_path / "out")
    expected = {site.base.rsplit("/gia/", 1)[0] + r.path: r for r in site.relevant()}
    assert set(docs) == set(expected)
    for url, doc in docs.items():
        release = expected[url]
        assert doc.title == release.title
        assert doc.date == release.day
        assert doc.text.startswith(release.paragraphs[0][:40])
        for furniture in ("Ends/", "Issued at HKT", "Privacy policy", "Today's Press Releases", "Home"):
            assert furniture not in doc.text
    summary = result.output
    assert "8 kept" in summary and "failed" in summary
    assert "outside Hong Kong but no interaction" in summary  # the Norway shrimps, by reason
    assert "no place, government or official outside Hong Kong" in summary


def test_release_files_carry_time_and_big5_text(site, tmp_path, fast):
    assert _fetch(site, tmp_path, fast).exit_code == 0
    big5 = (tmp_path / "2024" / "06" / "P2024062100020.txt").read_text(encoding="utf-8")
    assert "date: 2024-06-21T18:45+08:00" in big5
    assert "他與廣東省教育廳廳長會面" in big5
    no_footer = (tmp_path / "2024" / "06" / "P2024062500020.txt").read_text(encoding="utf-8")
    assert "date: 2024-06-25\n" in no_footer  # no footer: the date of the url, no time
    assert "depart for Singapore" in no_footer


def test_failures_are_one_line_each_and_the_rest_goes_on(site, tmp_path, fast):
    result = _fetch(site, tmp_path, fast)
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if line.startswith("failed ")]
    assert len(lines) == 2
    assert any("P2024060900099.htm: HTTP 404" in line for line in lines)
    assert any("P2024060500090.htm: disallowed by robots.txt" in line for line in lines)
    assert not site.requests("/gia/general/202406/05/P2024060500090")  # never asked for


def test_retries_after_5xx_and_429(site, tmp_path, fast):
    assert _fetch(site, tmp_path, fast).exit_code == 0
    flaky = [s for p, _, s in site.requests("/gia/general/202406/10/P2024061000020")]
    assert flaky == [503, 503, 200]
    throttled = [s for p, _, s in site.requests("/gia/general/202406/14/P2024061400020")]
    assert throttled == [429, 200]
    assert (tmp_path / "2024" / "06" / "P2024061000020.txt").exists()
    assert (tmp_path / "2024" / "06" / "P2024061400020.txt").exists()


def test_user_agent_names_igr_and_its_version(site, tmp_path, fast):
    import igr

    assert _fetch(site, tmp_path, fast).exit_code == 0
    agents = {headers.get("user-agent") for _, headers, _ in site.requests("/")}
    assert len(agents) == 1 and agents.pop().startswith(f"igr/{igr.__version__} ")


def test_second_fetch_makes_only_conditional_requests(site, tmp_path, fast):
    assert _fetch(site, tmp_path, fast).exit_code == 0
    before = len(site.log)
    files = {p: p.read_bytes() for p in tmp_path.rglob("*.txt")}
    result = _fetch(site, tmp_path, fast)
    assert result.exit_code == 0
    second = site.log[before:]
    asked = [(path, status) for path, headers, status in second
             if "if-none-match" in headers or "if-modified-since" in headers]
    unconditional = [path for path, headers, _ in second
                     if "if-none-match" not in headers and "if-modified-since" not in headers]
    assert unconditional == ["/gia/general/202406/09/P2024060900099.htm"]  # the 404 has nothing cached
    assert asked and all(status == 304 for _, status in asked)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.txt")} == files
    assert "0 written" in result.output


def test_match_all_keeps_everything(site, tmp_path, fast):
    assert _fetch(site, tmp_path, fast, "--match", "all").exit_code == 0
    assert len(_documents(tmp_path)) == len(site.releases)


def test_titles_only_downloads_only_kept_headlines(site, tmp_path, fast):
    result = _fetch(site, tmp_path, fast, "--titles-only")
    assert result.exit_code == 0
    fetched = {p for p, _, _ in site.requests("/gia/general/202406/") if "/P" in p}
    kept = {r.path for r in site.relevant() if r.day.day != 27}  # day 27's headline does not decide
    assert fetched == kept
    assert len(_documents(tmp_path)) == len(kept)


def test_bad_dates_are_one_line_errors(tmp_path):
    result = runner.invoke(app, ["fetch", "--from", "2024-06-31", "--to", "2024-07-01", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == "Error: --from '2024-06-31' is not a date; write it as YYYY-MM-DD"
    result = runner.invoke(app, ["fetch", "--from", "2024-07-02", "--to", "2024-07-01", "--out", str(tmp_path)])
    assert result.output.strip().splitlines()[-1] == "Error: --from 2024-07-02 is after --to 2024-07-01"


def test_days_to_come_are_not_asked_for(site, tmp_path, fast):
    from datetime import timedelta

    from igr.fetch.update import hong_kong_today

    today = hong_kong_today()
    result = runner.invoke(app, ["fetch", "--base-url", site.base, "--from", str(today),
                                 "--to", str(today + timedelta(3)), "--out", str(tmp_path), *fast])
    assert result.exit_code == 0
    assert f"--to is in the future: fetching up to today, {today}" in result.output
    assert [p for p, _, _ in site.requests()] == [f"/gia/general/{today:%Y%m}/{today:%d}.htm"]
