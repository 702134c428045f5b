"""Write a streamed SPARQL answer as a table, CSV or JSON, row by row, in flat memory.

SELECT rows are written with plain values (an IRI as itself, a literal as its
text). CONSTRUCT and DESCRIBE answers are written as ``subject, predicate,
object`` rows in N-Triples term syntax in the table and CSV (so IRIs, literals and
their languages stay apart), and as expanded JSON-LD (one node object per triple,
which JSON-LD processors merge) in JSON. The table sizes its columns on the first
:data:`TABLE_SAMPLE` rows.

Examples
--------
>>> import io
>>> from rdflib import Literal, URIRef
>>> from igr.store.base import Answer
>>> out = io.StringIO()
>>> rows = iter([(URIRef("https://example.org/a"), Literal("Hong Kong", lang="en"))])
>>> write_answer(Answer("select", ("s", "name"), rows=rows), "csv", out).rows
1
>>> print(out.getvalue(), end="")
s,name
https://example.org/a,Hong Kong
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from rdflib import BNode, Literal, URIRef

from igr.store.base import Answer

FORMATS = ("table", "csv", "json")
TABLE_SAMPLE = 100
"""Rows read before the table's column widths are fixed."""
FLUSH_EVERY = 200
"""Rows between flushes, so that a reader of a pipe sees rows as they come."""


@dataclass(frozen=True)
class Written:
    """What :func:`write_answer` wrote: ``rows``, and whether ``limit`` cut the answer short."""

    rows: int
    limited: bool


def write_answer(answer: Answer, fmt: str, out: TextIO, limit: int | None = None) -> Written:
    """Write ``answer`` to ``out`` in ``fmt`` (``table``, ``csv`` or ``json``), at most ``limit`` rows.

    Raises
    ------
    ValueError
        For an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
    if answer.kind == "ask":
        out.write((json.dumps({"boolean": answer.boolean}) if fmt == "json" else str(answer.boolean).lower()) + "\n")
        return Written(1, False)
    graph = answer.kind == "graph"
    rows: Iterator = answer.rows
    if limit is not None:
        rows = itertools.islice(rows, limit + 1)
    counted = _Counter(rows, limit)
    cell = _term if graph else _value
    if fmt == "csv":
        _csv(answer.variables, counted, out, cell)
    elif fmt == "json":
        (_json_ld if graph else _json)(answer.variables, counted, out)
    else:
        _table(answer.variables, counted, out, cell)
    return Written(counted.count, counted.limited)


class _Counter:
    """Rows passed on, counted; stops at ``limit`` and notes whether more were there."""

    def __init__(self, rows: Iterator, limit: int | None) -> None:
        self._rows, self._limit = rows, limit
        self.count, self.limited = 0, False

    def __iter__(self):
        for row in self._rows:
            if self._limit is not None and self.count == self._limit:
                self.limited = True
                return
            self.count += 1
            yield row


def _value(term) -> str:
    return "" if term is None else str(term)


def _term(term) -> str:
    return "" if term is None else term.n3()


def _flushing(rows, out: TextIO):
    for n, row in enumerate(rows, start=1):
        yield row
        if n % FLUSH_EVERY == 0:
            out.flush()


def _csv(variables, rows, out: TextIO, cell) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(variables)
    for row in _flushing(rows, out):
        writer.writerow([cell(t) for t in row])


def _json(variables, rows, out: TextIO) -> None:
    out.write("[")
    for n, row in enumerate(_flushing(rows, out)):
        record = {v: _python(t) for v, t in zip(variables, row)}
        out.write(("," if n else "") + "\n  " + json.dumps(record, ensure_ascii=False, default=str))
    out.write("\n]\n")


def _python(term) -> object:
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (bool, int, float, str)) else str(term)
    return None if term is None else str(term)


def _json_ld(_variables, rows, out: TextIO) -> None:
    out.write("[")
    for n, (s, p, o) in enumerate(_flushing(rows, out)):
        node = {"@id": _node_id(s), str(p): [_object(o)]}
        out.write(("," if n else "") + "\n  " + json.dumps(node, ensure_ascii=False))
    out.write("\n]\n")


def _node_id(term) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _object(term) -> dict:
    if isinstance(term, (URIRef, BNode)):
        return {"@id": _node_id(term)}
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype:
        return {"@value": str(term), "@type": str(term.datatype)}
    return {"@value": str(term)}


def _table(variables, rows, out: TextIO, cell) -> None:
    rows = iter(rows)
    sample = [[cell(t) for t in row] for row in itertools.islice(rows, TABLE_SAMPLE)]
    widths = [max([len(v), *(min(len(r[i]), 60) for r in sample)]) for i, v in enumerate(variables)]

    def line(cells) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n"

    out.write(line(variables))
    out.write(line("-" * w for w in widths))
    for cells in sample:
        out.write(line(cells))
    for row in _flushing(rows, out):
        out.write(line([cell(t) for t in row]))
