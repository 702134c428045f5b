"""A SPARQL 1.1 server as a :class:`~igr.store.base.TripleStore`.

Two ways to name a server in ``--store``:

``http://HOST:PORT[/PREFIX]``
    An Oxigraph server (``igr serve``, ``oxigraph serve``): queries go to
    ``/query``, updates to ``/update``, the Graph Store Protocol is at ``/store``,
    and every query asks for the union of the named graphs as its default graph
    (Oxigraph's ``union-default-graph`` parameter), as the embedded store does.
    A URL ending in ``/query`` is taken as that server's query endpoint.

``sparql+http://HOST/PATH/TO/QUERY-ENDPOINT#update=URL&store=URL&default-graph-uri=IRI``
    Any SPARQL 1.1 server, by its query endpoint. The fragment (never sent to the
    server) gives the update and graph store endpoints, as absolute URLs or relative
    to the query endpoint (``#update=update&store=data`` next to ``.../ds/query``);
    without ``update`` the store is read-only. ``default-graph-uri`` (repeatable) is
    sent with every query, e.g. ``urn:x-arq:UnionGraph`` for Jena Fuseki with TDB2;
    ``union-default-graph`` (no value) sends Oxigraph's parameter.

Examples
--------
>>> e = parse_store_url("http://127.0.0.1:7878")
>>> e.query, e.update, e.store
('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
>>> e = parse_store_url("sparql+http://localhost:3030/ds/query#update=update&default-graph-uri=urn:x-arq:UnionGraph")
>>> e.query, e.update, e.store, e.query_params
('http://localhost:3030/ds/query', 'http://localhost:3030/ds/update', None, (('default-graph-uri', 'urn:x-arq:UnionGraph'),))
"""

from __future__ import annotations

import http.client
import io
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from igr.errors import QueryError, StoreError
from igr.store.base import GRAPH_VARIABLES, Answer, Quad, TripleStore
from igr.store.http import Client, HttpStatus, Unreachable, is_timeout
from igr.store.terms import one_line as _one_line
from igr.store.terms import to_ox, to_rdflib

SCHEMES = ("http://", "https://", "sparql+http://", "sparql+https://")
"""Prefixes of ``--store`` values that name a server rather than a directory."""

DEFAULT_TIMEOUT = 300.0
"""Seconds to wait for one answer; a long query over a big store may need it."""

GRACE = 2.0
"""Seconds past a known server timeout after which igr closes a still-streaming answer itself."""

_ACCEPT = (
    "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
    "application/sparql-results+xml;q=0.5, application/rdf+xml;q=0.5"
)
_FRAGMENT_KEYS = {"update", "store", "default-graph-uri", "union-default-graph"}


@dataclass(frozen=True)
class Endpoints:
    """Where a SPARQL server answers queries, updates and Graph Store requests.

    ``update`` and ``store`` are ``None`` when the server offers none.
    ``query_params`` are sent with every query (``default-graph-uri`` ...).
    """

    query: str
    update: str | None = None
    store: str | None = None
    query_params: tuple[tuple[str, str], ...] = ()


def is_remote(location: str) -> bool:
    """Whether a ``--store`` value names a server rather than a directory.

    Examples
    --------
    >>> is_remote("sparql+https://example.org/sparql"), is_remote("igr-store")
    (True, False)
    """
    return str(location).startswith(SCHEMES)


def parse_store_url(url: str) -> Endpoints:
    """The endpoints named by a store URL (see the module documentation).

    Raises
    ------
    StoreError
        When the URL is not one of the two forms.

    Examples
    --------
    >>> parse_store_url("http://127.0.0.1:7878/query").update
    'http://127.0.0.1:7878/update'
    >>> parse_store_url("sparql+https://qlever.example.org/api/wikidata").update is None
    True
    """
    text = str(url).strip()
    if text.startswith(("sparql+http://", "sparql+https://")):
        return _generic(text[len("sparql+"):])
    if not text.startswith(("http://", "https://")):
        raise StoreError(f"'{url}' is not a server URL; give http://HOST:PORT for an Oxigraph server "
                         "or sparql+http://HOST/PATH#update=URL for another SPARQL server")
    parts = urlsplit(text)
    if not parts.hostname:
        raise StoreError(f"'{url}' names no host; write it as http://HOST:PORT")
    if parts.query or parts.fragment:
        raise StoreError(f"'{url}' has a query or fragment; for a SPARQL server that is not Oxigraph, "
                         "write sparql+http://HOST/PATH/QUERY-ENDPOINT#update=URL&store=URL")
    base = parts.path.rstrip("/")
    if base.endswith("/query"):
        base = base[: -len("/query")]
    root = urlunsplit((parts.scheme, parts.netloc, base, "", ""))
    return Endpoints(f"{root}/query", f"{root}/update", f"{root}/store", (("union-default-graph", ""),))


def _generic(url: str) -> Endpoints:
    parts = urlsplit(url)
    if not parts.hostname:
        raise StoreError(f"'sparql+{url}' names no host; write it as sparql+http://HOST/PATH/QUERY-ENDPOINT")
    query = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
    update = store = None
    params: list[tuple[str, str]] = []
    for key, value in parse_qsl(parts.fragment, keep_blank_values=True):
        if key not in _FRAGMENT_KEYS:
            raise StoreError(f"unknown option '{key}' after '#' in the store URL; "
                             f"use {', '.join(sorted(_FRAGMENT_KEYS))}")
        if key == "update":
            update = urljoin(query, value)
        elif key == "store":
            store = urljoin(query, value)
        else:
            params.append((key, value))
    return Endpoints(query, update, store, tuple(params))


class RemoteStore(TripleStore):
    """A store held by a SPARQL 1.1 server, reached over HTTP.

    Parameters
    ----------
    url : str or Endpoints
        A store URL (see :func:`parse_store_url`) or the endpoints themselves.
    read_only : bool
        Refuse writes here, without asking the server.
    timeout : float
        Seconds to wait for each answer.
    read_only_hint : str, optional
        What to tell the user when a write is refused (how to get a writable server).
    server_timeout : int, optional
        The server's own query timeout in seconds, when known (``igr serve --timeout``).
        Oxigraph stops a query that computes too long, but not an answer that is
        already streaming; igr closes such an answer after this many seconds (which
        stops the server's work too) and reports both the same way.

    Examples
    --------
    >>> store = RemoteStore("http://127.0.0.1:7878")
    >>> store.location, store.writable
    ('http://127.0.0.1:7878', True)
    """

    def __init__(self, url: str | Endpoints, *, read_only: bool = False,
                 timeout: float = DEFAULT_TIMEOUT, read_only_hint: str | None = None,
                 server_timeout: int | None = None) -> None:
        self.endpoints = url if isinstance(url, Endpoints) else parse_store_url(url)
        self.location = url.query if isinstance(url, Endpoints) else str(url)
        self.server_timeout = server_timeout
        self.timeout = min(timeout, server_timeout + 3 * GRACE) if server_timeout else timeout
        self._read_only = read_only or self.endpoints.update is None
        self._hint = read_only_hint
        self._http = Client(self.timeout)

    @property
    def writable(self) -> bool:
        """Whether writes are sent to the server at all (it may still refuse them)."""
        return not self._read_only

    # -- reading -----------------------------------------------------------------------------

    def stream(self, sparql: str) -> Answer:
        rows = self._answer(sparql)
        head = next(rows)
        if head[0] == "ask":
            rows.close()
            return Answer("ask", boolean=head[1])
        return Answer(head[0], variables=head[1], rows=rows)

    def _answer(self, sparql: str):
        # First yields ("ask", bool), ("select", variables) or ("graph", GRAPH_VARIABLES), then the rows.
        started = time.monotonic()
        with self._post(self._query_url(), sparql, "application/sparql-query", _ACCEPT, "query") as response:
            media = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            body = _Tail(response)
            count = 0
            try:
                for item in _parse(body, media):
                    if count and self.server_timeout and time.monotonic() - started > self.server_timeout + GRACE:
                        # Leaving the answer unread drops the connection, which stops the server's work.
                        raise QueryError(self._cancelled())
                    count += 1
                    yield item
            except (SyntaxError, ValueError, http.client.HTTPException, OSError) as err:
                if isinstance(err, OSError) and is_timeout(err) and not self.server_timeout:
                    raise
                if body.cut() or self.server_timeout or (isinstance(err, OSError) and is_timeout(err)):
                    raise QueryError(self._cancelled()) from None
                raise QueryError(f"the server at {self.endpoints.query} sent an answer igr cannot read "
                                 f"({media or 'no content type'}): {_one_line(err)}") from None

    def _cancelled(self, said: str | None = None) -> str:
        seconds = self.server_timeout or said
        limit = f"{seconds} s" if seconds else "the server did not say how long"
        return (f"the query was cancelled by the server's timeout ({limit}); simplify it or add a LIMIT, "
                "or restart the server with a longer --timeout")

    def ask(self) -> bool:
        """Check that the server answers (``ASK {}``); raise :class:`StoreError` if not."""
        return bool(self.query("ASK {}").boolean)

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        values = f"VALUES ?g {{ {to_ox(graph)} }}" if graph is not None else ""
        sparql = f"SELECT ?s ?p ?o ?g WHERE {{ {values} GRAPH ?g {{ ?s ?p ?o }} }}"
        for s, p, o, g in self.stream(sparql).rows:
            yield (s, p, o, URIRef(g))

    def graph_names(self) -> list[URIRef]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(URIRef(row[0]) for row in result.rows if isinstance(row[0], URIRef))

    # -- writing -----------------------------------------------------------------------------

    def replace_graph(self, name: URIRef, triples: Iterable[tuple[Node, Node, Node]],
                      also: dict[URIRef, Iterable[tuple[Node, Node, Node]]] | None = None) -> None:
        # One SPARQL Update request is one transaction on Oxigraph (and on Fuseki, GraphDB).
        # The Graph Store Protocol PUT is not used: Oxigraph clears and loads in two steps.
        self.update(replace_graphs_update({name: triples, **(also or {})}))

    def update(self, sparql_update: str) -> None:
        """Send one SPARQL Update request (one transaction on the server)."""
        if self._read_only:
            raise StoreError(self._refusal("it was opened read-only" if self.endpoints.update
                                           else "its URL gives no update endpoint (add #update=URL)"))
        with self._post(self.endpoints.update, sparql_update, "application/sparql-update", "*/*", "update"):
            pass

    # -- HTTP ----------------------------------------------------------------------------------

    def _query_url(self) -> str:
        if not self.endpoints.query_params:
            return self.endpoints.query
        joiner = "&" if "?" in self.endpoints.query else "?"
        return self.endpoints.query + joiner + urlencode(self.endpoints.query_params)

    @contextmanager
    def _post(self, url: str, body: str, content_type: str, accept: str, what: str):
        headers = {"Content-Type": f"{content_type}; charset=utf-8", "Accept": accept, "User-Agent": "igr"}
        try:
            with self._http.post(url, body.encode("utf-8"), headers) as response:
                yield response
        except HttpStatus as err:
            raise self._http_error(err, what) from None
        except Unreachable as err:
            raise StoreError(self._unreachable(err.reason)) from None
        except (OSError, http.client.HTTPException) as err:  # while reading the answer
            if is_timeout(err):
                raise StoreError(f"the SPARQL server at {self.location} did not answer within {self.timeout:g} s; "
                                 "simplify the query or ask the server for a longer timeout") from None
            raise StoreError(f"the connection to {self.location} broke while reading the answer: "
                             f"{_one_line(err)}") from None

    def close(self) -> None:
        """Close this thread's connections to the server."""
        self._http.close()

    def _unreachable(self, reason: BaseException) -> str:
        if isinstance(reason, ConnectionRefusedError):
            why = "connection refused"
        elif is_timeout(reason):
            return (f"the SPARQL server at {self.location} did not answer within {self.timeout:g} s; "
                    "simplify the query or ask the server for a longer timeout")
        else:
            why = _one_line(reason) or type(reason).__name__
        return (f"cannot reach the SPARQL server at {self.location}: {why}; is it running? "
                "Start one with: igr serve --store DIR")

    def _http_error(self, err: HttpStatus, what: str) -> Exception:
        message = _one_line(err.message)
        if len(message) > 200:
            message = message[:200].rstrip() + "…"
        detail = f"HTTP {err.status}" + (f": {message}" if message else "")
        endpoint = self.endpoints.update if what == "update" else self.endpoints.query
        if err.status in (401, 403) and what == "update":
            return StoreError(self._refusal(f"the server refused the update ({detail})"))
        if err.status == 404:
            return StoreError(f"no SPARQL {what} endpoint at {endpoint} ({detail}); for a server other than "
                              "Oxigraph give its endpoints: sparql+http://HOST/PATH/QUERY#update=URL&store=URL")
        if what == "query" and "cancelled" in message.lower():
            said = re.search(r"timeout \((\d+(?:\.\d+)?) s\)", message)
            return QueryError(self._cancelled(said.group(1) if said else None))
        if what == "query" and err.status == 400:
            return QueryError(f"the server rejected the query ({detail})")
        if what == "query":
            return QueryError(f"the query failed on the server at {self.location} ({detail})")
        return StoreError(f"the server at {self.location} could not apply the update ({detail})")

    def _refusal(self, why: str) -> str:
        hint = self._hint or ("use a server that accepts updates, e.g. igr serve --store DIR --allow-update, "
                              "or write to the store directory while no server holds it")
        return f"cannot write to {self.location}: {why}; {hint}"


def open_remote(url: str, *, read_only: bool = False) -> RemoteStore:
    """Open the store of the SPARQL server at ``url`` and check that it answers.

    Raises
    ------
    StoreError
        When the URL is malformed or the server does not answer.
    """
    store = RemoteStore(url, read_only=read_only)
    store.ask()
    return store


def replace_graphs_update(graphs: dict[URIRef, Iterable[tuple[Node, Node, Node]]]) -> str:
    """One SPARQL Update that replaces each named graph by the given triples.

    Examples
    --------
    >>> from rdflib import Literal
    >>> g, a = URIRef("https://example.org/g"), URIRef("https://example.org/a")
    >>> print(replace_graphs_update({g: [(a, a, Literal('say "hi"'))]}))
    DROP SILENT GRAPH <https://example.org/g> ;
    INSERT DATA {
    GRAPH <https://example.org/g> {
    <https://example.org/a> <https://example.org/a> "say \\"hi\\"" .
    }
    }
    """
    drops = [f"DROP SILENT GRAPH {to_ox(name)}" for name in graphs]
    blocks = []
    for name, triples in graphs.items():
        lines = [f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in triples]
        if lines:
            blocks.append(f"GRAPH {to_ox(name)} {{\n" + "\n".join(lines) + "\n}")
    parts = drops + (["INSERT DATA {\n" + "\n".join(blocks) + "\n}"] if blocks else [])
    return " ;\n".join(parts)


def _parse(body, media: str):
    """Yield the head of an answer (see ``RemoteStore._answer``), then its rows, parsing as they arrive."""
    results_format = ox.QueryResultsFormat.from_media_type(media)
    if results_format is not None:
        parsed = ox.parse_query_results(body, results_format)
        if isinstance(parsed, ox.QueryBoolean):
            yield ("ask", bool(parsed))
            return
        variables = tuple(v.value for v in parsed.variables)
        yield ("select", variables)
        for s in parsed:
            yield tuple(to_rdflib(s[v]) if s[v] is not None else None for v in variables)
        return
    rdf_format = ox.RdfFormat.from_media_type(media)
    if rdf_format is None:
        raise ValueError(f"unexpected content type {media}")
    yield ("graph", GRAPH_VARIABLES)
    for quad in ox.parse(body, rdf_format):
        yield (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object))


class _Tail(io.RawIOBase):
    """A response body that remembers its last bytes, to recognise an answer the server cut short."""

    def __init__(self, response) -> None:
        self._response = response
        self._tail = b""
        self.short = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self._response.read1(len(buffer))  # what has come, without waiting for more
        except (http.client.IncompleteRead, ConnectionResetError):
            self.short = True  # the body stopped before its end: the server cut it
            raise
        buffer[: len(data)] = data
        self._tail = (self._tail + data)[-256:]
        return len(data)

    def cut(self) -> bool:
        """Whether the body stopped short, or ends with Oxigraph's message for a cancelled evaluation."""
        return self.short or b"cancelled" in self._tail.lower()


