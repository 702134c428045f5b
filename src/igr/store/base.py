"""What every store offers, and the one result type SPARQL queries return."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.term import Identifier, Node

from igr.vocab import BUILD, PREFIXES

_DECLARED = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE | re.MULTILINE)


def with_prefixes(sparql: str) -> str:
    """``sparql`` with the :data:`igr.vocab.PREFIXES` it does not declare itself, on its first line.

    Examples
    --------
    >>> with_prefixes("PREFIX igr: <x#> SELECT * WHERE { ?s igr:p ?o }").count("PREFIX igr:")
    1
    """
    declared = {m.group(1).lower() for m in _DECLARED.finditer(sparql) if m.group(1)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    # One line, so that error positions keep the user's line numbers.
    return " ".join(missing) + " " + sparql

Quad = tuple[Node, Node, Node, URIRef]


@dataclass(frozen=True)
class QueryResult:
    """The answer to a SPARQL query, with rdflib terms whatever store produced it.

    ``kind`` is ``"select"`` (``variables`` and ``rows``), ``"ask"`` (``boolean``)
    or ``"graph"`` (``graph``, for CONSTRUCT and DESCRIBE).

    Examples
    --------
    >>> from rdflib import Literal
    >>> r = QueryResult("select", variables=("n",), rows=((Literal(1),),))
    >>> r.records()
    [{'n': 1}]
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Identifier | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = field(default=None, compare=False)

    def records(self) -> list[dict[str, object]]:
        """Rows as dicts of Python values (literals converted, IRIs as strings)."""
        return [
            {v: _python(t) for v, t in zip(self.variables, row)}
            for row in self.rows
        ]


def _python(term: Identifier | None) -> object:
    if term is None:
        return None
    if hasattr(term, "toPython"):
        value = term.toPython()
        return str(value) if isinstance(value, URIRef) else value
    return str(term)


class TripleStore(ABC):
    """A quad store holding one named graph per document plus shared graphs.

    Writes go through :meth:`replace_graph`, which swaps a whole named graph in one
    transaction, so an interrupted build never leaves half a document.
    """

    location: str

    @abstractmethod
    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of all graphs (and each by ``GRAPH``)."""

    @abstractmethod
    def replace_graph(self, name: URIRef, triples: Iterable[tuple[Node, Node, Node]],
                      also: dict[URIRef, Iterable[tuple[Node, Node, Node]]] | None = None) -> None:
        """Replace graph ``name`` (and each graph of ``also``) in one transaction."""

    @abstractmethod
    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad, or those of one graph."""

    @abstractmethod
    def graph_names(self) -> list[URIRef]:
        """Names of the graphs that hold triples."""

    @property
    def writable(self) -> bool:
        """Whether this store accepts writes (a read-only server or directory does not)."""
        return True

    def close(self) -> None:
        """Release the store (a no-op where nothing is held)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def data_quads(self) -> Iterator[Quad]:
        """Every quad except those of the build's book-keeping graphs."""
        for quad in self.quads():
            if not str(quad[3]).startswith(str(BUILD)):
                yield quad
