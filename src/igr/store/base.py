"""What every store offers, and the two forms of a SPARQL answer: streamed (:class:`Answer`) and held (:class:`QueryResult`)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.term import Identifier, Node

from igr.store.terms import to_ox
from igr.vocab import BUILD

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
            {v: python_value(t) for v, t in zip(self.variables, row)}
            for row in self.rows
        ]


GRAPH_VARIABLES = ("subject", "predicate", "object")
"""The columns of a CONSTRUCT or DESCRIBE answer read as rows."""


@dataclass(frozen=True)
class Answer:
    """The answer to a SPARQL query as it arrives from the store: read ``rows`` once.

    ``kind`` is ``"select"``, ``"ask"`` (``boolean``) or ``"graph"``; for a graph,
    ``rows`` are ``(subject, predicate, object)`` triples and ``variables`` are
    :data:`GRAPH_VARIABLES`. Rows are produced while they are read, so memory stays
    flat whatever the size of the answer.

    Examples
    --------
    >>> from rdflib import Literal
    >>> a = Answer("select", variables=("n",), rows=iter([(Literal(1),)]))
    >>> a.result().records()
    [{'n': 1}]
    """

    kind: str
    variables: tuple[str, ...] = ()
    boolean: bool | None = None
    rows: Iterator[tuple[Node | None, ...]] = field(default_factory=lambda: iter(()), compare=False)

    def result(self) -> QueryResult:
        """Read the whole answer into a :class:`QueryResult`."""
        if self.kind == "ask":
            return QueryResult("ask", boolean=self.boolean)
        if self.kind == "graph":
            graph = Graph()
            for triple in self.rows:
                graph.add(triple)
            return QueryResult("graph", graph=graph)
        return QueryResult("select", variables=self.variables, rows=tuple(self.rows))


def python_value(term: Identifier | None) -> object:
    """A term as a Python value: literals converted (``datetime.date``, ``int`` ...), IRIs as strings."""
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
    def stream(self, sparql: str) -> Answer:
        """Run a SPARQL 1.1 query over the union of all graphs (and each by ``GRAPH``); rows as they come."""

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query and hold its whole answer."""
        return self.stream(sparql).result()

    def refresh(self) -> None:
        """See the last committed state from now on (a read-only folder is a snapshot until then)."""

    @abstractmethod
    def replace_graph(self, name: URIRef, triples: Iterable[tuple[Node, Node, Node]],
                      also: dict[URIRef, Iterable[tuple[Node, Node, Node]]] | None = None) -> None:
        """Replace graph ``name`` (and each graph of ``also``) in one transaction."""

    def select_values(self, sparql: str) -> list[tuple[str | None, ...]]:
        """The rows of a SELECT, each term as its value (the text of an IRI, the lexical form of a literal).

        For callers that need no rdflib terms (the build's lookups): cheaper than :meth:`query`.
        """
        return [tuple(None if t is None else str(t) for t in row) for row in self.stream(sparql).rows]

    direct_lookups: bool = False
    """Whether :meth:`match` reads the store's indexes directly (an embedded store): then one
    :meth:`match` per bound term is cheaper than one SPARQL query for many."""

    def match(self, subject: Node | None = None, predicate: Node | None = None, object: Node | None = None,
              graph: URIRef | None = None) -> Iterator[tuple[str, str, str]]:
        """The (subject, predicate, object) of each triple of ``graph`` (all graphs when None) with
        the terms given, each term as its value (as :meth:`select_values` gives them).

        Examples
        --------
        >>> import tempfile
        >>> from rdflib import Literal
        >>> from igr.store import open_store
        >>> store = open_store(tempfile.mkdtemp() + "/s", create=True)
        >>> g, a, p = (URIRef(f"https://example.org/{x}") for x in "gap")
        >>> store.replace_graph(g, [(a, p, Literal("x"))])
        >>> list(store.match(predicate=p, object=Literal("x"), graph=g))
        [('https://example.org/a', 'https://example.org/p', 'x')]
        """
        bound = {"s": subject, "p": predicate, "o": object}
        pattern = " ".join(str(to_ox(t)) if t is not None else f"?{v}" for v, t in bound.items())
        where = f"GRAPH {to_ox(graph)} {{ {pattern} }}" if graph is not None else f"GRAPH ?g {{ {pattern} }}"
        for row in self.select_values(f"SELECT * WHERE {{ {where} }}"):
            values = dict(zip((v for v, t in bound.items() if t is None), row))
            yield tuple(values[v] if t is None else str(t) for v, t in bound.items())

    def flush(self) -> None:
        """Write what is buffered in memory to disk (after a build; a no-op where nothing is buffered)."""

    def trim(self) -> None:
        """Between two transactions of a long build: write what is buffered and give back the memory
        the store keeps for speed (caches), so that a build's memory does not grow with the store."""
        self.flush()

    def apply(self, changes) -> None:
        """Make :class:`igr.store.changes.Changes` in one transaction."""
        if changes:
            self.update(changes.sparql())

    def update(self, sparql_update: str) -> None:
        """Run one SPARQL Update request as one transaction."""
        raise NotImplementedError(f"{type(self).__name__} takes no SPARQL updates")

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
