"""``igr query``: SPARQL over the store, as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from igr.cli.common import DEFAULT_STORE, StoreOption, out, reports_errors
from igr.errors import IgrError
from igr.store.base import with_prefixes


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def register(app: typer.Typer) -> None:
    app.command("query")(query)


@reports_errors
def query(
    sparql: Annotated[Optional[str], typer.Argument(help="A SPARQL query, or a .rq file holding one.")] = None,
    store: StoreOption = DEFAULT_STORE,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="Run a cookbook query by name.")] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Cookbook parameter NAME=VALUE.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the cookbook queries.")] = False,
) -> None:
    """Run a SPARQL query over all graphs of the store.

    Example: igr query "SELECT ?p WHERE { ?p a igr:Person }" --store igr-store
    (the prefixes igr, rdfs, skos, prov, dcterms, schema, org, time, xsd are predeclared)
    """
    from igr.store import open_store

    if list_:
        _list_cookbook()
        return
    text = _query_text(sparql, name, param or [])
    with open_store(store) as target:
        result = target.query(text)
    _print(result, format)


def _query_text(sparql: str | None, name: str | None, params: list[str]) -> str:
    if name:
        try:
            from igr.cookbook import render
        except ImportError as err:  # pragma: no cover - the cookbook ships with igr
            raise IgrError("the query cookbook is not installed") from err
        values = {}
        for item in params:
            if "=" not in item:
                raise IgrError(f"--param takes NAME=VALUE, got '{item}'")
            k, v = item.split("=", 1)
            values[k.strip()] = v
        return with_prefixes(render(name, values))
    if not sparql:
        raise IgrError("give a SPARQL query, a .rq file, or --name QUERY (see igr query --list)")
    if sparql.endswith(".rq") or (len(sparql) < 250 and "\n" not in sparql and Path(sparql).is_file()):
        path = Path(sparql)
        if not path.is_file():
            raise IgrError(f"no such query file: '{sparql}'")
        sparql = path.read_text(encoding="utf-8")
    return with_prefixes(sparql)


def _list_cookbook() -> None:
    from igr.cookbook import list_queries

    table = Table("name", "question", box=None, header_style="bold")
    for q in list_queries():
        table.add_row(q.name, q.question)
    out.print(table)


def _cell(term) -> str:
    return "" if term is None else str(term)


def _print(result, format: Format) -> None:
    if result.kind == "ask":
        out.print(json.dumps({"boolean": result.boolean}) if format is Format.json else str(result.boolean).lower())
        return
    if result.kind == "graph":
        fmt = "json-ld" if format is Format.json else "turtle"
        print(result.graph.serialize(format=fmt))
        return
    if format is Format.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([_cell(t) for t in row] for row in result.rows)
        print(buffer.getvalue(), end="")
    elif format is Format.json:
        print(json.dumps(result.records(), ensure_ascii=False, indent=2, default=str))
    else:
        table = Table(*result.variables, box=None, header_style="bold")
        for row in result.rows:
            table.add_row(*(_cell(t) for t in row))
        out.print(table)
        out.print(f"{len(result.rows)} row(s)", style="dim")
