"""``igr export``: write the graph to a file."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from igr.cli.common import DEFAULT_STORE, StoreOption, console, notice_incomplete, reports_errors


class Format(str, Enum):
    ttl = "ttl"
    nt = "nt"
    trig = "trig"
    nq = "nq"
    jsonld = "jsonld"


def register(app: typer.Typer) -> None:
    app.command("export")(export)


@reports_errors
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    store: StoreOption = DEFAULT_STORE,
    format: Annotated[Format, typer.Option("--format", "-f", help="ttl, nt, jsonld (union of graphs) or trig, nq (one graph per document).")] = Format.ttl,
) -> None:
    """Export the knowledge graph.

    Example: igr export --store igr-store --format nt --output graph.nt
    """
    from igr.store import open_store
    from igr.store.export import export_store

    with open_store(store, read_only=True) as source:
        notice_incomplete(source)
        count = export_store(source, format.value, output)
    console.print(f"wrote {count} statements to {output}")
