"""``igr build``: read releases into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from igr.cli.common import DEFAULT_STORE, StoreOption, console, reports_errors


def register(app: typer.Typer) -> None:
    app.command("build")(build)


@reports_errors
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of releases (.txt .md .html .jsonl).")],
    store: StoreOption = DEFAULT_STORE,
    model: Annotated[str, typer.Option(help="spaCy model package or path.")] = "en_core_web_sm",
    force: Annotated[bool, typer.Option("--force", help="Extract every document again.")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Extraction processes, each loading the model once [default: the machine's cores].",
        show_default=False)] = None,
    executor: Annotated[str, typer.Option(
        help="Where extraction runs: local (this machine) or dask (a Dask cluster, see --scheduler).")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        help="The Dask scheduler's address for --executor dask, e.g. tcp://HOST:8786.")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Remove the releases of the store that are not in PATHS.")] = False,
    retry_failed: Annotated[bool, typer.Option(
        "--retry-failed", help="Extract again the releases whose extraction failed, even unchanged.")] = False,
) -> None:
    """Build or update a knowledge graph from press releases.

    Unchanged documents are not parsed again; changed ones replace their graph;
    unreadable files are reported and skipped; a release whose extraction failed is
    not tried again until it changes.

    Example: igr build examples/demo --store igr-store
    """
    from igr.build import ExtractorSpec, build_corpus, make_executor
    from igr.errors import InputError
    from igr.store import open_store

    for path in paths:  # before anything is made: no store folder for a typo
        if not path.exists():
            raise InputError(f"no such file or folder: '{path}'")
    options = {"scheduler": scheduler} if scheduler else {}
    runner = make_executor(executor, ExtractorSpec(model=model), workers, **options)
    with runner:  # the model loads (or fails, once) before the store is created
        target = open_store(store, create=True)
        try:
            report = _run(paths, target, runner, force=force, prune=prune, retry_failed=retry_failed)
        finally:
            target.close()
    _summary(report, store)


def _run(paths, target, runner, **options):
    from igr.build import build_corpus

    # Rich redraws the bar on a thread of its own, holding Python's lock (2% of a one-worker build's at ten
    # redraws a second, taken from extraction): four a second on a terminal, none where it cannot be seen
    with Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True, refresh_per_second=4, disable=not console.is_terminal) as bar:
        tasks = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total or None)
            bar.update(tasks[stage], completed=done, total=total or None)

        return build_corpus(paths, target, progress=progress, executor=runner, **options)


def _summary(report, store: str) -> None:
    console.print(
        f"[bold]{report.documents}[/] documents in {store} "
        f"({report.extracted} extracted, {report.unchanged} unchanged; {report.graphs_written} graphs written"
        + (f"; {report.pruned} pruned" if report.pruned else "")
        + (f"; {report.failed} failed" if report.failed else "")
        + (f"; {report.duplicates} duplicate(s) by url" if report.duplicates else "") + ")"
    )
    table = Table(show_header=True, header_style="bold", box=None)
    table.add_column("entities")
    table.add_column("", justify="right")
    table.add_column("relations")
    table.add_column("", justify="right")
    ents, rels = list(report.entities.items()), list(report.relations.items())
    for i in range(max(len(ents), len(rels))):
        e = ents[i] if i < len(ents) else ("", "")
        r = rels[i] if i < len(rels) else ("", "")
        table.add_row(e[0], str(e[1]), r[0], str(r[1]))
    console.print(table)
    if report.warnings:
        console.print(f"[yellow]{len(report.warnings)} warning(s):[/]")
        for w in report.warnings:
            console.print(f"  {w}", markup=False)
    if report.skipped:
        console.print(f"[yellow]skipped {len(report.skipped)} file(s):[/]")
        for s in report.skipped:
            console.print(f"  {s.path}: {s.reason}", markup=False)
