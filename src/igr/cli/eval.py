"""``igr eval``: score a graph or a store against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from igr.cli.common import console, out, reports_errors
from igr.errors import IgrError


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_)


@reports_errors
def eval_(
    gold: Annotated[Path, typer.Option("--gold", "-g", help="Folder of gold JSON files (one per release).")],
    graph: Annotated[Optional[Path], typer.Argument(metavar="GRAPH", help="RDF file to score (any format rdflib reads).")] = None,
    store: Annotated[Optional[str], typer.Option("--store", "-s", help="Score this store instead of a file.")] = None,
    show: Annotated[int, typer.Option("--show", help="How many misses and extras to list per kind.")] = 15,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the full report here as JSON.")] = None,
) -> None:
    """Score a knowledge graph against gold annotations, as shared/tools/score_kg.py does.

    Give exactly one of GRAPH or --store. The last line is the summary
    `entity_f1=... relation_f1=...`.

    Example: igr eval --gold gold/dev --store igr-store --show 5 --json report.json
    """
    from igr.evaluate import evaluate, load_gold, load_graph, store_graph

    if (graph is None) == (store is None):
        raise IgrError("give exactly one of GRAPH or --store")
    gold_standard = load_gold(gold)
    if graph is not None:
        data = load_graph([graph])
    else:
        from igr.store import open_store

        with open_store(store, read_only=True) as source:
            data = store_graph(source)
    report = evaluate(gold_standard, data)
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
        console.print(f"wrote the report to {json_out}")
    _print(report, show)


def _table(title: str, rows: dict) -> Table:
    table = Table(title, "tp", "fp", "fn", "P", "R", "F1", box=None, header_style="bold")
    for name, c in rows.items():
        table.add_row(name, str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
    return table


def _print(report, show: int) -> None:
    out.print(f"documents {report.documents}; gold entities {report.gold_entities}, relations "
              f"{report.gold_relations}; predicted entities {report.predicted_entities}, "
              f"relations {report.predicted_relations}")
    out.print(_table("class", report.by_class))
    out.print(_table("property", report.by_property))
    for key in ("missed_entities", "extra_entities", "missed_relations", "extra_relations"):
        items = getattr(report, key)
        out.print(f"{key} ({len(items)}):", markup=False)
        for item in items[:show]:
            out.print(f"  - {item}", markup=False)
        if len(items) > show:
            out.print(f"  ... {len(items) - show} more")
    e, u, r = report.entity, report.entity_untyped, report.relation
    out.print(f"entities  P={e.precision:.3f} R={e.recall:.3f} F1={e.f1:.3f}   (untyped F1={u.f1:.3f})")
    out.print(f"relations P={r.precision:.3f} R={r.recall:.3f} F1={r.f1:.3f}")
    out.print(report.summary)
