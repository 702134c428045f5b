"""The embedded default: a ``pyoxigraph.Store`` persisted in a directory.

A directory is opened read-write by one process at a time (builds), and read-only by
any number of processes beside it (queries, stats, notebooks). A read-only open sees
the store as it was committed when it was opened; :meth:`LocalStore.refresh` opens it
again when a writer has committed since (Oxigraph's read-only mode is RocksDB's: a
snapshot that does not follow the writer).

What counts as a store folder is decided by :mod:`igr.store.location`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from igr.errors import QueryError, StoreError, StoreLocked
from igr.store.base import GRAPH_VARIABLES, Answer, Quad, TripleStore
from igr.store.location import check_location
from igr.store.terms import one_line, to_ox, to_rdflib

OPEN_ATTEMPTS = 5
"""Read-only opens tried before giving up: a writer may swap the files an open reads."""

WAL_LIMIT = 16 * 1024 * 1024
"""Bytes of write-ahead log after which a writer flushes it into table files (a build writes
about 40 KB of log per release: a flush every 400 or so; a read-only open replays at most this)."""

WAL_CHECK_EVERY = 16
"""Updates between two looks at the size of the write-ahead log."""

KEPT_LOGS = 3
"""Old RocksDB info logs (``LOG.old.*``) kept beside the current ``LOG``; Oxigraph keeps up to 1,000."""

class LocalStore(TripleStore):
    """An Oxigraph store in a directory.

    Parameters
    ----------
    path : Path
        The store directory.
    create : bool
        Create the store when the folder is missing or empty (read-write only).
    read_only : bool
        Open beside a writer and other readers, without taking the write lock.

    Examples
    --------
    >>> import tempfile
    >>> from rdflib import URIRef, Literal
    >>> s = LocalStore(Path(tempfile.mkdtemp()) / "store", create=True)
    >>> g = URIRef("https://example.org/g")
    >>> s.replace_graph(g, [(URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x"))])
    >>> reader = LocalStore(Path(s.location), read_only=True)    # beside the writer
    >>> len(list(reader.quads(g)))
    1
    """

    def __init__(self, path: Path, *, create: bool = False, read_only: bool = False) -> None:
        self.location = str(path)
        self._path = path
        self._read_only = read_only
        self._updates = 0
        check_location(path, create=create and not read_only)
        if not read_only:
            path.mkdir(parents=True, exist_ok=True)
        self._seen = self._signature()
        self._store = self._open()
        if not read_only:
            prune_logs(path)

    def _open(self) -> ox.Store:
        for attempt in range(OPEN_ATTEMPTS):
            try:
                return ox.Store.read_only(str(self._path)) if self._read_only else ox.Store(str(self._path))
            except (OSError, RuntimeError, ValueError) as err:
                message = str(err)
                if "lock" in message.lower():
                    raise StoreLocked(
                        f"the store '{self._path}' is held by another process (an 'igr build' or 'igr serve "
                        "--allow-update'?); wait for it to finish, or pass the server URL as --store"
                    ) from err
                if not self._read_only or attempt == OPEN_ATTEMPTS - 1:
                    raise StoreError(f"cannot open the store '{self._path}': {one_line(message)}") from err
                # The writer replaced a file (MANIFEST, WAL) between two reads of the open: try again.
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _flush_if_large(self) -> None:
        # A read-only open replays the write-ahead log: keep it short for readers beside a build.
        self._updates += 1
        if self._updates % WAL_CHECK_EVERY:
            return
        try:
            wal = sum(e.stat().st_size for e in os.scandir(self._path) if e.name.endswith(".log"))
        except OSError:
            return
        if wal > WAL_LIMIT:
            self._store.flush()

    @property
    def writable(self) -> bool:
        return not self._read_only

    def refresh(self) -> None:
        """Open the store again if a writer committed since it was opened (read-only stores only)."""
        if not self._read_only or self._store is None:
            return
        seen = self._signature()
        if seen != self._seen:
            self._store, self._seen = self._open(), seen

    def _signature(self) -> tuple:
        # A commit appends to the write-ahead log (*.log) or, after a flush, changes the MANIFEST.
        try:
            return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(self._path)
                                if e.name == "CURRENT" or e.name.startswith("MANIFEST-") or e.name.endswith(".log")))
        except OSError:
            return ()

    def stream(self, sparql: str) -> Answer:
        return self._stream(sparql, retry=self._read_only)

    def _stream(self, sparql: str, *, retry: bool) -> Answer:
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL: {one_line(err)}") from err
        except OSError as err:
            if not retry:
                raise QueryError(f"query failed: {one_line(err)}") from err
            # A file of the snapshot was compacted away by the writer: read the new state, once.
            self._store, self._seen = self._open(), self._signature()
            return self._stream(sparql, retry=False)
        except (ValueError, RuntimeError) as err:
            raise QueryError(f"query failed: {one_line(err)}") from err
        if isinstance(result, (bool, ox.QueryBoolean)):
            return Answer("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = tuple(v.value for v in result.variables)
            return Answer("select", variables=variables, rows=_solutions(result, variables))
        return Answer("graph", variables=GRAPH_VARIABLES, rows=_triples(result))

    def select_values(self, sparql: str) -> list[tuple[str | None, ...]]:
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True)
            variables = result.variables
            return [tuple(None if (t := s[v]) is None else t.value for v in variables) for s in result]
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL: {one_line(err)}") from err
        except (OSError, ValueError, RuntimeError) as err:
            raise QueryError(f"query failed: {one_line(err)}") from err

    direct_lookups = True

    def match(self, subject=None, predicate=None, object=None, graph=None) -> Iterator[tuple[str, str, str]]:
        terms = [None if t is None else to_ox(t) for t in (subject, predicate, object, graph)]
        try:
            for q in self._store.quads_for_pattern(*terms):
                yield q.subject.value, q.predicate.value, q.object.value
        except (OSError, RuntimeError, ValueError) as err:
            raise QueryError(f"query failed: {one_line(err)}") from err

    def flush(self) -> None:
        if not self._read_only and self._store is not None:
            self._store.flush()  # the write-ahead log becomes compressed tables: the folder shrinks to its size

    def trim(self) -> None:
        """Flush, then close and open the store again: RocksDB's block caches and table readers,
        which Oxigraph does not bound and which grow with every table a build reads (about 18 KB
        per release measured at 10,000 releases), are freed, and so is the C heap they leave.

        The directory's lock is released for the moment of the reopen: a build calls this
        between two transactions, every 1,000 documents.
        """
        if self._read_only or self._store is None:
            return
        self._store.flush()
        self._store = None
        gc.collect()  # query results not yet collected may still hold the old database open
        self._store = self._open()
        prune_logs(self._path)  # each open starts a new info log
        _malloc_trim()

    def replace_graph(self, name, triples, also=None) -> None:
        if self._read_only:
            raise StoreError(f"cannot write to the store '{self.location}': it was opened read-only")
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
        if body:
            self.update(" ;\n".join(body))

    def update(self, sparql_update: str) -> None:
        """Run one SPARQL Update request: one transaction in Oxigraph, all of it or nothing."""
        if self._read_only:
            raise StoreError(f"cannot write to the store '{self.location}': it was opened read-only")
        try:
            self._store.update(sparql_update)
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"cannot write to the store '{self.location}': {one_line(err)}") from err
        self._flush_if_large()

    def quads(self, graph=None) -> Iterator[Quad]:
        pattern = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self._store.quads_for_pattern(None, None, None, pattern):
            if isinstance(q.graph_name, ox.NamedNode):
                yield (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), URIRef(q.graph_name.value))

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        if self._store is not None and not self._read_only:
            self._store.flush()  # readers opened later need not replay the log
        # Dropping the last reference releases Oxigraph's lock on the directory.
        self._store = None


def prune_logs(path: Path, keep: int = KEPT_LOGS) -> int:
    """Delete all but the ``keep`` newest ``LOG.old.*`` files RocksDB leaves at each read-write open.

    Oxigraph does not let its callers set RocksDB's ``keep_log_file_num`` (1,000 by
    default), so igr removes the surplus itself. RocksDB never reads these files.
    Returns how many were removed.
    """
    try:
        old = sorted((p for p in path.iterdir() if p.name.startswith("LOG.old.")), key=lambda p: p.name)
    except OSError:
        return 0
    removed = 0
    for log in old[: max(len(old) - keep, 0)]:
        try:
            log.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _malloc_trim() -> None:
    """Return the C heap's free pages to the system (glibc only; elsewhere nothing to do)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _solutions(result: ox.QuerySolutions, variables: tuple[str, ...]):
    # Each distinct term is converted once per answer: rdflib parses typed literals (dates,
    # numbers) as it makes them, and answers repeat them (5x faster on 2,367 rows of 7 columns).
    seen: dict = {None: None}

    def convert(term):
        try:
            return seen[term]
        except KeyError:
            seen[term] = converted = to_rdflib(term)
            return converted

    try:
        for s in result:
            yield tuple(convert(t) for t in s)
    except (OSError, RuntimeError, ValueError) as err:
        raise QueryError(f"query failed: {one_line(err)}") from err


def _triples(result):
    try:
        for t in result:
            yield (to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
    except (OSError, RuntimeError, ValueError) as err:
        raise QueryError(f"query failed: {one_line(err)}") from err


def _quad_text(q: ox.Quad) -> str:
    return f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
