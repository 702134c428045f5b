"""``igr query``: SPARQL over the store, as a table, CSV or JSON."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from igr.cli.common import DEFAULT_STORE, StoreOption, console, out, reports_errors
from igr.errors import IgrError, QueryTimeout
from igr.store.bounded import DEFAULT_TIMEOUT


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
    timeout: Annotated[float, typer.Option("--timeout", min=0, help="Stop the query after this many seconds "
                                           "(0: never).")] = DEFAULT_TIMEOUT,
    limit: Annotated[Optional[int], typer.Option("--limit", min=0, help="Write at most this many rows.")] = None,
) -> None:
    """Run a SPARQL query over all graphs of the store; rows are written as they come.

    Example: igr query "SELECT ?p WHERE { ?p a igr:Person }" --store igr-store --limit 10
    (the prefixes igr, rdfs, skos, prov, dcterms, schema, org, time, xsd are predeclared;
    Ctrl-C stops the query at once)
    """
    from igr.store import open_store, user_query
    from igr.store.bounded import run_bounded
    from igr.store.results import write_answer

    if list_:
        _list_cookbook()
        return
    target = open_store(store, read_only=True)
    text = _query_text(sparql, name, param or [], target)
    page = _Page()

    def work():
        return write_answer(page.watch(user_query(target, text)), format.value, sys.stdout, limit)

    try:
        written = run_bounded(work, timeout)
    except (QueryTimeout, KeyboardInterrupt) as err:
        # The query may still run in native code: leave without waiting for it.
        message = "interrupted; the query was stopped" if isinstance(err, KeyboardInterrupt) else str(err)
        _leave(message, 130 if isinstance(err, KeyboardInterrupt) else 1)
    except BrokenPipeError:
        # The reader of the output has gone (``igr query ... | head``): it has what it wanted.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        os._exit(0)
    target.close()
    if format is Format.table:
        console.print(f"{written.rows} row(s)", style="dim")
    if name and page.total is not None:
        console.print(page.footer(_offset(param or []), written.rows), style="dim")
    if written.limited:
        console.print(f"stopped at --limit {limit}; more rows are there", style="dim")


class _Page:
    """Reads the ``total`` column of a paged cookbook answer as its rows go by."""

    def __init__(self) -> None:
        self.total: int | None = None

    def watch(self, answer):
        if "total" not in answer.variables:
            return answer
        column = answer.variables.index("total")

        def rows():
            for row in answer.rows:
                if self.total is None and row[column] is not None:
                    self.total = int(row[column])
                yield row

        return replace(answer, rows=rows())

    def footer(self, offset: int, shown: int) -> str:
        """Which rows of how many were shown, and how to ask for the others."""
        if not shown:
            return f"no rows from {offset + 1}: the answer has {self.total:,}"
        text = f"rows {offset + 1:,}-{offset + shown:,} of {self.total:,}"
        if offset + shown < self.total:
            text += f"; the next page: --param offset={offset + shown}; every row: --param limit=0"
        return text


def _offset(params: list[str]) -> int:
    for item in params:
        key, _, value = item.partition("=")
        if key.strip() == "offset" and value.strip().isdigit():
            return int(value)
    return 0


def _leave(message: str, code: int) -> None:
    sys.stdout.flush()
    print(f"Error: {message}", file=sys.stderr, flush=True)
    os._exit(code)


def _query_text(sparql: str | None, name: str | None, params: list[str], store) -> str:
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
        return render(name, values, store)  # names are looked up in the store
    if not sparql:
        raise IgrError("give a SPARQL query, a .rq file, or --name QUERY (see igr query --list)")
    if sparql.endswith(".rq") or (len(sparql) < 250 and "\n" not in sparql and Path(sparql).is_file()):
        path = Path(sparql)
        if not path.is_file():
            raise IgrError(f"no such query file: '{sparql}'")
        sparql = path.read_text(encoding="utf-8")
    return sparql


def _list_cookbook() -> None:
    from igr.cookbook import list_queries

    table = Table("name", "question", box=None, header_style="bold")
    for q in list_queries():
        table.add_row(q.name, q.question)
    out.print(table)
