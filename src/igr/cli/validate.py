"""``igr validate``: check the graph against the SHACL shapes."""

from __future__ import annotations

from typing import Annotated

import typer

from igr.cli.common import DEFAULT_STORE, StoreOption, console, notice_incomplete, out, reports_errors


def register(app: typer.Typer) -> None:
    app.command("validate")(validate)


@reports_errors
def validate(
    store: StoreOption = DEFAULT_STORE,
    show: Annotated[int, typer.Option(help="How many violations to list.")] = 20,
) -> None:
    """Validate the store against ontology/shapes.ttl (exit 1 when it does not conform).

    Example: igr validate --store igr-store
    """
    from igr.store import open_store
    from igr.validate import validate_store

    with open_store(store, read_only=True) as source:
        notice_incomplete(source)
        report = validate_store(source)
    if report.conforms:
        out.print(f"conforms: {report.triples} triples checked against ontology/shapes.ttl")
        return
    console.print(f"does not conform: {len(report.violations)} violation(s)")
    for v in report.violations[:show]:
        console.print(f"  {v.focus} {v.path}: {v.message}", markup=False)
    raise typer.Exit(1)
