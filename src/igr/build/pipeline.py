"""Build or update a store from press releases: the one library call behind ``igr build``.

The build streams: it never holds the corpus, nor the extractions of the store.

1. read the sources one release at a time, in a fixed order; a one-release file whose
   bytes (SHA-256) match those the store's record was built from is not even parsed,
   and another release whose content hash and extractor match the store's record costs
   that comparison and nothing else (a release whose extraction failed is not tried
   again until it changes);
2. extract the others in batches on an executor (:mod:`igr.build.executors`), which
   returns the results in input order;
3. write each document in **one transaction** with everything it changes
   (:class:`igr.build.document.DocumentWriter`): its graph, the entities it touches,
   the name index, tenures and its record. Entities resolve against the entities
   already in the store and keep their IRIs. One thread writes, in input order, while
   the next batch is extracted (:mod:`igr.build.behind`);
4. with ``prune``, remove the documents of the store that are not in the sources.

Every commit point is a consistent store; an interrupted build, run again, goes on
from where it stopped and ends with the graph a clean build makes.

Examples
--------
>>> import tempfile
>>> from igr.store import open_store
>>> store = open_store(tempfile.mkdtemp() + "/s", create=True)     # doctest: +SKIP
>>> report = build_corpus(["examples/demo"], store)                # doctest: +SKIP
>>> report.documents > 0                                           # doctest: +SKIP
True
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from igr.build.activity import ensure_activity
from igr.build.behind import WriteBehind
from igr.build.document import DocumentWriter
from igr.build.index import Ledger, Record
from igr.build.executors import Executor, InProcessExecutor
from igr.errors import StoreError
from igr.extract.extractor import Extractor
from igr.extract.records import Failed
from igr.ingest import Document, Duplicate, Skipped, Unchanged, read_sources
from igr.rdf.graphs import document_iri
from igr.store.base import TripleStore
from igr.store.state import mark_finished, mark_started
from igr.vocab import BUILD, DOMAIN_RANGE, GRAPH_CORPUS, GRAPH_DOCS, IGR, SCORED_CLASSES

_NO_RECORD = Record("", "")

BATCH = 32
"""Documents per batch sent to the executor."""

TRIM_EVERY = 1000
"""Documents written between two trims of the store (:meth:`TripleStore.trim`: its memory tables
written out, its caches freed), so that memory stays flat in a long build."""

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; stages: read, extract (one tick per document
written, called on the writer's thread), prune. ``total`` is 0 where it is not known in advance
(a stream). What it raises stops the build at that commit point and is raised by :func:`build_corpus`."""

FAILED_BEFORE = "extraction failed on this version before (run with --retry-failed to try again): "


@dataclass(frozen=True)
class BuildReport:
    """What a build did, and what the store holds after it."""

    documents: int
    extracted: int
    unchanged: int
    graphs_written: int
    entities: dict[str, int]
    relations: dict[str, int]
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    pruned: int = 0
    failed: int = 0
    duplicates: int = 0


def build_corpus(paths: Iterable[str | Path], store: TripleStore, extractor: Extractor | None = None,
                 progress: Progress | None = None, force: bool = False, executor: Executor | None = None,
                 prune: bool = False, retry_failed: bool = False) -> BuildReport:
    """Read, extract, resolve and write ``paths`` into ``store``.

    Parameters
    ----------
    paths : iterable of str or Path
        Files or folders of releases.
    store : TripleStore
        Where the graph goes (embedded or a server).
    extractor : Extractor, optional
        Extraction in this process (``Extractor()`` by default) when no ``executor`` is given.
    progress : callable, optional
        ``progress(stage, done, total)``.
    force : bool
        Extract every document again even when the store has a current record.
    executor : Executor, optional
        Where extraction runs (see :mod:`igr.build.executors`).
    prune : bool
        Remove the documents of the store that are not in ``paths``.
    retry_failed : bool
        Extract again the releases whose extraction failed, even unchanged.

    Raises
    ------
    igr.errors.InputError
        When a path does not exist (unreadable files are skipped and reported instead).
    """
    if not store.writable:  # say so before parsing anything, not after
        raise StoreError(f"the store at {store.location} is read-only; build into a writable store, "
                         "or serve it with: igr serve --store DIR --allow-update")
    _check_layout(store)
    tick = progress or (lambda stage, done, total: None)
    executor = executor or InProcessExecutor(extractor)
    writer = DocumentWriter(store, executor.lexicon)
    ledger = writer.index.ledger()
    ensure_activity(store)  # a store built before igr kept year and month counts gets them first
    mark_started(store)  # readers say a build is running, or was interrupted, until mark_finished
    reading = _Reading(ledger, executor.version, force, retry_failed, tick,
                       lambda doc: (writer.index.record(doc) or _NO_RECORD).failed or "")
    sent: deque[list[Document]] = deque()
    failures: list[Skipped] = []
    written = failed = 0

    def write(batch: tuple[list[Document], list]) -> None:  # on the writer's thread, in input order
        nonlocal written, failed
        for document, result in zip(*batch):
            behind.stopping()
            source = reading.source(document)
            if isinstance(result, Failed):
                writer.fail(document.key, document.content_hash, executor.version, result.reason, source)
                failures.append(Skipped(result.path or document.path or document.key, result.reason))
                failed += 1
            else:
                writer.write(result, source)
                written += 1
            if (written + failed) % TRIM_EVERY == 0:
                store.trim()
            tick("extract", written + failed, 0)

    with WriteBehind(write) as behind:  # the next batch is extracted while this one is written
        for results in executor.map(_batches(reading.todo(paths), sent)):
            behind.put((sent.popleft(), results))

    pruned = 0
    if prune:
        gone = sorted(d for d in ledger.documents if d not in reading.seen)
        for n, doc in enumerate(gone, start=1):
            writer.remove(URIRef(doc))
            tick("prune", n, len(gone))
        pruned = len(gone)
    mark_finished(store)
    if written or failed or pruned:
        store.flush()
    return BuildReport(
        documents=_count_documents(store), extracted=written, unchanged=reading.unchanged,
        graphs_written=written, entities=_entities(store), relations=_relations(store),
        skipped=(*reading.skipped, *failures), warnings=tuple(reading.warnings), pruned=pruned, failed=failed, duplicates=reading.duplicates,
    )


class _Reading:
    """The stream of releases to extract, and what reading found on the way."""

    def __init__(self, ledger: Ledger, version: str, force: bool, retry_failed: bool,
                 tick: Progress, reason: Callable[[URIRef], str]) -> None:
        self.ledger, self.version, self.force, self.retry_failed = ledger, version, force, retry_failed
        self.tick, self.reason = tick, reason
        self.seen: set[str] = set()
        self.skipped: list[Skipped] = []
        self.warnings: list[str] = []
        self.unchanged = self.duplicates = 0
        self._digests: dict[str, str] = {}  # files read (not skipped) this build, until their document is written

    def todo(self, paths: Iterable[str | Path]) -> Iterator[Document]:
        for n, item in enumerate(read_sources(paths, self.known), start=1):
            self.tick("read", n, 0)
            if isinstance(item, Skipped):  # ingest reports a second release with the same url as a Duplicate
                self.skipped.append(item)
                self.duplicates += isinstance(item, Duplicate)
                continue
            doc = str(document_iri(item.key))
            self.seen.add(doc)
            known = self.ledger.documents.get(doc)
            if isinstance(item, Document):
                self.warnings.extend(f"{item.path}: {w}" for w in item.warnings)
                if self.force or known is None or known[:2] != (item.content_hash, self.version) or \
                        (known[2] and self.retry_failed):
                    yield item
                    continue
            if known is not None and known[2]:
                self.skipped.append(Skipped(item.path or item.key, FAILED_BEFORE + self.reason(URIRef(doc))))
            else:
                self.unchanged += 1

    def known(self, path: str, data: bytes) -> Unchanged | None:
        """An unchanged one-release file (same bytes, same extractor), which is then not read at all."""
        where = os.path.abspath(path)
        digest = hashlib.sha256(data).hexdigest()
        hit = self.ledger.files.get(where)
        if hit is not None and hit[0] == digest and not self.force:
            content_hash, version, failed = self.ledger.documents.get(hit[1], ("", "", False))
            if version == self.version and not (failed and self.retry_failed):
                return Unchanged(path, hit[2], content_hash)
        self._digests[where] = digest
        return None

    def source(self, document: Document) -> tuple[str, str] | None:
        """(absolute path, digest of the bytes) of the one-release file ``document`` was read from."""
        where = os.path.abspath(document.path) if document.path else ""
        digest = self._digests.pop(where, None)
        return (where, digest) if digest is not None else None


def _batches(documents: Iterator[Document], sent: deque) -> Iterator[list[Document]]:
    """Batches of ``documents``, each also appended to ``sent`` (to pair it with its results)."""
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) == BATCH:
            sent.append(batch)
            yield batch
            batch = []
    if batch:
        sent.append(batch)
        yield batch


def _check_layout(store: TripleStore) -> None:
    """Refuse a store of entity descriptions without the records they come from (an earlier igr's)."""
    def some(graph) -> bool:
        return bool(store.select_values(f"SELECT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} LIMIT 1"))

    if some(GRAPH_CORPUS) and not some(GRAPH_DOCS):
        raise StoreError(f"the store at {store.location} was built by an earlier version of igr, which kept no "
                         "record of what each release contributes; build into a new store (--store NEW_DIR)")


def _count_documents(store: TripleStore) -> int:
    rows = store.query(f"SELECT (COUNT(?d) AS ?n) WHERE {{ GRAPH <{GRAPH_DOCS}> {{ ?d <{BUILD.uses}> ?u }} }}").rows
    return int(rows[0][0]) if rows else 0


def _entities(store: TripleStore) -> dict[str, int]:
    values = " ".join(f"<{IGR[c]}>" for c in SCORED_CLASSES)
    rows = store.query(f"SELECT ?c (COUNT(?e) AS ?n) WHERE {{ GRAPH <{GRAPH_CORPUS}> {{ VALUES ?c {{ {values} }} "
                       "?e a ?c } } GROUP BY ?c").rows
    return dict(sorted((str(c).rsplit("#", 1)[-1], int(n)) for c, n in rows))


def _relations(store: TripleStore) -> dict[str, int]:
    values = " ".join(f"<{IGR[p]}>" for p in DOMAIN_RANGE)
    rows = store.query(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} "
                       "GRAPH ?g { ?s ?p ?o } } } GROUP BY ?p").rows
    return dict(sorted((str(p).rsplit("#", 1)[-1], int(n)) for p, n in rows))
