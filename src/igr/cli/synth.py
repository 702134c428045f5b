"""``igr synth``: write a synthetic archive of made-up releases, for benchmarks at scale."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from igr.cli.common import console, reports_errors
from igr.errors import ArchiveError


def register(app: typer.Typer) -> None:
    app.command("synth")(synth)


@reports_errors
def synth(
    releases: Annotated[int, typer.Option("--releases", "-n", help="How many releases.")] = 1000,
    out: Annotated[Path, typer.Option("--out", "-o", help="A new or empty folder for the archive.")] = Path("archive"),
    seed: Annotated[int, typer.Option(help="Same seed, same archive.")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="txt (a file per release) or jsonl (a file per month).")] = "txt",
    per_year: Annotated[int, typer.Option("--per-year", help="Releases a year: the archive spans N / per-year years.")] = 5000,
    relevant: Annotated[float, typer.Option(help="Share of releases about intergovernmental relations.")] = 0.08,
    end: Annotated[str, typer.Option(help="Date of the last release, YYYY-MM-DD.")] = "2025-12-31",
) -> None:
    """Write N made-up releases over the years, most of them routine, in a format igr build reads.

    Officials, posts, sessions of mechanisms and dates change over the years, so that
    the entities grow as a real archive's do. Nothing is copied from real releases.

    Example: igr synth --releases 10000 --out archive --seed 1
    """
    from igr.synthetic import write_archive

    try:
        last = date.fromisoformat(end)
    except ValueError:
        raise ArchiveError(f"--end must be a date YYYY-MM-DD, not '{end}'") from None
    if per_year < 1:
        raise ArchiveError(f"--per-year must be at least 1, not {per_year}")
    report = write_archive(out, releases, seed=seed, fmt=fmt, end=last, per_year=per_year, relevant=relevant)
    console.print(f"[bold]{report.releases}[/] releases ({report.relevant} about intergovernmental relations) "
                  f"from {report.first} to {report.last}, {report.people} people, in {report.files} files "
                  f"under {report.out}")
