"""The embedded default: a ``pyoxigraph.Store`` persisted in a directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from igr.errors import QueryError, StoreError, StoreLocked, StoreNotFound
from igr.store.base import Quad, QueryResult, TripleStore


def open_store(location: str | Path, *, create: bool = False, read_only: bool = False) -> TripleStore:
    """Open the store at ``location``.

    Parameters
    ----------
    location : str or Path
        A store directory, or a SPARQL server URL (``http(s)://`` for Oxigraph,
        ``sparql+http(s)://`` for others; see :mod:`igr.store.remote`). A directory
        served by a running ``igr serve`` is reached through that server.
    create : bool
        Create the directory when it does not exist (builds do; queries do not).
    read_only : bool
        Open an existing directory read-only.

    Raises
    ------
    StoreNotFound
        When ``create`` is false and nothing is there.
    StoreLocked
        When another process holds the directory.
    """
    text = str(location)
    if text.startswith(("http://", "https://", "sparql+http://", "sparql+https://")):
        from igr.store.remote import open_remote  # noqa: PLC0415 - optional backend

        return open_remote(text, read_only=read_only)
    # A directory held by a running 'igr serve' is reached through that server (igr.store.served).
    from igr.store.served import open_served  # noqa: PLC0415

    served = open_served(text, read_only=read_only)
    if served is not None:
        return served
    return LocalStore(Path(text), create=create, read_only=read_only)


class LocalStore(TripleStore):
    """An Oxigraph store in a directory.

    Examples
    --------
    >>> import tempfile
    >>> from rdflib import URIRef, Literal
    >>> s = LocalStore(Path(tempfile.mkdtemp()) / "store", create=True)
    >>> g = URIRef("https://example.org/g")
    >>> s.replace_graph(g, [(URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x"))])
    >>> len(list(s.quads(g)))
    1
    """

    def __init__(self, path: Path, *, create: bool = False, read_only: bool = False) -> None:
        self.location = str(path)
        if not path.exists():
            if not create:
                raise StoreNotFound(
                    f"no store at '{path}'; build one first with: igr build PATH --store {path}"
                )
            path.mkdir(parents=True)
        elif not path.is_dir():
            raise StoreError(f"'{path}' is a file, not a store directory")
        elif not create and not any(path.iterdir()):
            raise StoreNotFound(f"'{path}' is an empty folder, not a store; build one with: igr build PATH --store {path}")
        self._read_only = read_only
        try:
            self._store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as err:
            message = str(err)
            if "lock" in message.lower():
                raise StoreLocked(
                    f"the store '{path}' is held by another process (an 'igr serve'?); "
                    "stop it, or pass the server URL as --store"
                ) from err
            raise StoreError(f"cannot open the store '{path}': {message}") from err

    @property
    def writable(self) -> bool:
        return not self._read_only

    def query(self, sparql: str) -> QueryResult:
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL: {_one_line(err)}") from err
        except (OSError, ValueError, RuntimeError) as err:
            raise QueryError(f"query failed: {_one_line(err)}") from err
        if isinstance(result, (bool, ox.QueryBoolean)):
            return QueryResult("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = tuple(v.value for v in result.variables)
            rows = tuple(tuple(to_rdflib(s[v]) if s[v] is not None else None for v in variables) for s in result)
            return QueryResult("select", variables=variables, rows=rows)
        graph = Graph()
        for triple in result:
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return QueryResult("graph", graph=graph)

    def replace_graph(self, name, triples, also=None) -> None:
        graphs = {name: triples, **(also or {})}
        removals = [ox.Quad(q.subject, q.predicate, q.object, q.graph_name)
                    for g in graphs for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(g)))]
        additions = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(g)))
                     for g, ts in graphs.items() for s, p, o in ts]
        # One SPARQL update is one transaction in Oxigraph: all removed and added, or nothing.
        body = []
        if removals:
            body.append("DELETE DATA { " + " ".join(_quad_text(q) for q in removals) + " }")
        if additions:
            body.append("INSERT DATA { " + " ".join(_quad_text(q) for q in additions) + " }")
        if not body:
            return
        try:
            self._store.update(" ;\n".join(body))
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"cannot write to the store '{self.location}': {_one_line(err)}") from err

    def quads(self, graph=None) -> Iterator[Quad]:
        pattern = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self._store.quads_for_pattern(None, None, None, pattern):
            if isinstance(q.graph_name, ox.NamedNode):
                yield (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), URIRef(q.graph_name.value))

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        # Dropping the last reference releases Oxigraph's lock on the directory.
        self._store = None


def _quad_text(q: ox.Quad) -> str:
    return f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())


def to_ox(term: Node):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term) -> Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"not an RDF term: {term!r}")
