"""``igr stats``: what the store holds."""

from __future__ import annotations

import typer
from rich.table import Table

from igr.cli.common import DEFAULT_STORE, StoreOption, notice_incomplete, out, reports_errors


def register(app: typer.Typer) -> None:
    app.command("stats")(stats)


@reports_errors
def stats(store: StoreOption = DEFAULT_STORE) -> None:
    """Documents, entities by class and relations by property.

    Example: igr stats --store igr-store
    """
    from igr.store import open_store
    from igr.store.stats import store_stats

    with open_store(store, read_only=True) as source:
        notice_incomplete(source)
        s = store_stats(source)
    out.print(f"{s.documents} documents, {s.graphs} graphs, {s.triples} triples, {s.interactions} interactions")
    table = Table("class", "entities", box=None, header_style="bold")
    for k, v in s.entities.items():
        table.add_row(k, str(v))
    out.print(table)
    table = Table("property", "relations", box=None, header_style="bold")
    for k, v in s.relations.items():
        table.add_row(k, str(v))
    out.print(table)
