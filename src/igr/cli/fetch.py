"""``igr fetch`` and ``igr update``: releases from the official site, and a store kept current."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from igr.cli.common import DEFAULT_STORE, StoreOption, console, reports_errors
from igr.errors import FetchError
from igr.ingest.gia import OFFICIAL_BASE

OutOption = Annotated[Path, typer.Option("--out", "-o", help="Folder for the release files (igr build reads it).")]
BaseOption = Annotated[str, typer.Option("--base-url", help="The site's .../gia/general folder (another host with the same layout).")]
RateOption = Annotated[float, typer.Option("--rate", help="Requests per second at most.")]
MatchOption = Annotated[str, typer.Option("--match", help="intergovernmental: keep releases about relations between governments; all: keep everything.")]
TitlesOption = Annotated[bool, typer.Option("--titles-only", help="Decide on the index headlines alone and download only the releases kept.")]
RetriesOption = Annotated[int, typer.Option("--retries", help="Further attempts after a 429, a 5xx or a timeout.")]
BackoffOption = Annotated[float, typer.Option("--backoff", help="Seconds before the first retry, doubled each time (Retry-After wins).")]
TimeoutOption = Annotated[float, typer.Option("--timeout", help="Seconds to wait for a response.")]


def register(app: typer.Typer) -> None:
    app.command("fetch")(fetch)
    app.command("update")(update)


@reports_errors
def fetch(
    start: Annotated[str, typer.Option("--from", help="First day, YYYY-MM-DD.")],
    end: Annotated[str, typer.Option("--to", help="Last day, YYYY-MM-DD (included).")],
    out: OutOption,
    base_url: BaseOption = OFFICIAL_BASE,
    rate: RateOption = 1.0,
    match: MatchOption = "intergovernmental",
    titles_only: TitlesOption = False,
    retries: RetriesOption = 4,
    backoff: BackoffOption = 1.0,
    timeout: TimeoutOption = 30.0,
) -> None:
    """Download the official press releases of a date range, keeping the intergovernmental ones.

    Reads the daily indexes and the releases, politely (one request a second, robots.txt,
    retries, conditional requests against a cache in OUT/.igr-fetch), and writes each
    kept release as OUT/YYYY/MM/P....txt with its title, url, date and time. Run it again
    to resume: only what is missing or changed is downloaded.

    Example: igr fetch --from 2024-06-01 --to 2024-06-30 --out releases
    """
    from igr.fetch.run import fetch_releases

    from igr.fetch.update import hong_kong_today

    first, last = _day(start, "--from"), _day(end, "--to")
    if last > hong_kong_today() >= first:  # no index exists yet for the days to come
        last = hong_kong_today()
        console.print(f"--to is in the future: fetching up to today, {last}")
    with _client(out, rate, retries, backoff, timeout) as client, _progress() as (tick, failed):
        report = fetch_releases(first, last, out, base_url=base_url, match=match, titles_only=titles_only,
                                client=client, progress=tick, on_failure=failed)
    _fetch_summary(report, out)


@reports_errors
def update(
    out: OutOption,
    store: StoreOption = DEFAULT_STORE,
    start: Annotated[str | None, typer.Option("--from", help="Start here instead of at the store's newest release.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day (default: today in Hong Kong).")] = None,
    base_url: BaseOption = OFFICIAL_BASE,
    rate: RateOption = 1.0,
    match: MatchOption = "intergovernmental",
    titles_only: TitlesOption = False,
    retries: RetriesOption = 4,
    backoff: BackoffOption = 1.0,
    timeout: TimeoutOption = 30.0,
    model: Annotated[str, typer.Option(help="spaCy model package or path.")] = "en_core_web_sm",
) -> None:
    """Fetch the releases published since the newest one in the store, and build them into it.

    One command for a daily cron job; the build is incremental.

    Example: igr update --store igr-store --out releases
    """
    from igr.cli.build import _summary as build_summary
    from igr.extract.extractor import Extractor
    from igr.fetch.update import start_date, update_store
    from igr.store import open_store

    since, until = _day(start, "--from") if start else None, _day(end, "--to") if end else None
    target = open_store(store, create=True)
    try:
        since = start_date(target, since)  # before the model loads: a store with nothing to update says so at once
        with _client(out, rate, retries, backoff, timeout) as client, _progress() as (tick, failed):
            report = update_store(target, out, since=since, until=until, extractor=Extractor(model=model),
                                  base_url=base_url, match=match, titles_only=titles_only, client=client,
                                  progress=tick, on_failure=failed)
    finally:
        target.close()
    console.print(f"updated from {report.since} to {report.until}")
    _fetch_summary(report.fetch, out)
    build_summary(report.build, store)


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FetchError(f"{option} '{value}' is not a date; write it as YYYY-MM-DD") from None


@contextmanager
def _client(out: Path, rate: float, retries: int, backoff: float, timeout: float):
    from igr.fetch.cache import HttpCache
    from igr.fetch.http import PoliteClient
    from igr.fetch.run import STATE

    client = PoliteClient(HttpCache(Path(out) / STATE / "cache"), rate=rate, retries=retries,
                          backoff=backoff, timeout=timeout)
    try:
        yield client
    finally:
        client.close()


@contextmanager
def _progress():
    with Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        tasks = {}

        def tick(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total or None)
            bar.update(tasks[stage], completed=done, total=total or None)

        def failed(failure) -> None:
            bar.console.print(f"[yellow]failed[/] {escape(failure.url)}: {escape(failure.reason)}", highlight=False)

        yield tick, failed


def _fetch_summary(report, out: Path) -> None:
    kept, dropped = sum(report.kept.values()), sum(report.dropped.values())
    console.print(
        f"[bold]{report.listed}[/] releases listed over {report.days} day(s): "
        f"[bold]{kept}[/] kept, {dropped} dropped, {len(report.failures)} failed"
    )
    console.print(f"{report.written} written to {out} (new or changed), {report.unchanged} unchanged")
    console.print(f"{report.requests} requests ({report.conditional} conditional, "
                  f"{report.not_modified} not modified, {report.retries} retried)")
    for title, counts in (("kept", report.kept), ("dropped", report.dropped)):
        for reason, n in counts.items():
            console.print(f"  {title:<8}{n:>6}  {reason}", markup=False)
    if report.failures:
        console.print(f"[yellow]{len(report.failures)} page(s) failed[/]; run the same command again to retry them")
