"""Build or update a store from press releases: the one library call behind ``igr build``.

The build is incremental and resumable:

1. read the sources; documents whose content hash and extractor version match the
   store's record are not parsed again;
2. extract new or changed documents, recording each extraction in the store's
   book-keeping graph as it finishes (one transaction per document);
3. resolve entities across *all* documents of the store;
4. replace, one transaction each, the named graphs whose triples changed, then the
   entities graph.

An interrupted build leaves every document graph whole; running it again finishes
the work. Building the same corpus twice changes nothing.

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

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef

from igr.errors import StoreError
from igr.build.executors import Executor, InProcessExecutor
from igr.extract.extractor import Extractor
from igr.extract.records import Extraction, Failed
from igr.ingest import Document, Skipped, read_sources
from igr.rdf.graphs import document_graph, document_iri, entities_graph, graph_digest
from igr.resolve import resolve_corpus
from igr.store.base import TripleStore
from igr.vocab import BUILD, DOMAIN_RANGE, GRAPH_CORPUS, IGR

BATCH = 32
"""Documents per batch sent to the executor."""

SCORED_PREDICATES = frozenset(IGR[p] for p in DOMAIN_RANGE)

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; stages: read, extract, write."""


@dataclass(frozen=True)
class BuildReport:
    """What a build did."""

    documents: int
    extracted: int
    unchanged: int
    graphs_written: int
    entities: dict[str, int]
    relations: dict[str, int]
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = field(default=())


def meta_graph(key: str) -> URIRef:
    """The book-keeping graph of one document (never exported)."""
    return BUILD[f"doc/{document_iri(key).rsplit('/', 1)[-1]}"]


def load_records(store: TripleStore) -> dict[str, tuple[Extraction, str]]:
    """Cached extraction records of the store, with the digest of each document's graph."""
    result = store.query(
        f"""SELECT ?record ?digest WHERE {{ GRAPH ?g {{ ?d <{BUILD.record}> ?record .
            OPTIONAL {{ ?d <{BUILD.graphDigest}> ?digest }} }} }}"""
    )
    out = {}
    for record, digest in result.rows:
        extraction = Extraction.from_json(json.loads(str(record)))
        out[extraction.key] = (extraction, str(digest) if digest is not None else "")
    return out


def _meta_triples(extraction: Extraction, digest: str) -> list:
    node = document_iri(extraction.key)
    triples = [(node, BUILD.record, Literal(json.dumps(extraction.to_json(), sort_keys=True, ensure_ascii=False)))]
    if digest:
        triples.append((node, BUILD.graphDigest, Literal(digest)))
    return triples


def build_corpus(paths: Iterable[str | Path], store: TripleStore, extractor: Extractor | None = None,
                 progress: Progress | None = None, force: bool = False,
                 executor: Executor | None = None) -> BuildReport:
    """Read, extract, resolve and write ``paths`` into ``store``.

    Parameters
    ----------
    paths : iterable of str or Path
        Files or folders of releases.
    store : TripleStore
        Where the graph goes (embedded or a server).
    extractor : Extractor, optional
        Defaults to ``Extractor()`` (``en_core_web_sm`` and the bundled lexicon).
    progress : callable, optional
        ``progress(stage, done, total)``.
    force : bool
        Extract every document again even when the store has a current record.
    executor : Executor, optional
        Where extraction runs (see :mod:`igr.build.executors`); by default in this
        process with ``extractor``.

    Raises
    ------
    igr.errors.InputError
        When a path does not exist (unreadable files are skipped and reported instead).
    """
    if not store.writable:  # say so before parsing anything, not after
        raise StoreError(f"the store at {store.location} is read-only; build into a writable store, "
                         "or serve it with: igr serve --store DIR --allow-update")
    tick = progress or (lambda stage, done, total: None)
    documents: dict[str, Document] = {}
    skipped: list[Skipped] = []
    warnings: list[str] = []
    for item in read_sources(paths):
        if isinstance(item, Skipped):
            skipped.append(item)  # duplicates (same url) included: read_sources keeps the first
        else:
            documents[item.key] = item
            warnings.extend(f"{item.path}: {w}" for w in item.warnings)
        tick("read", len(documents) + len(skipped), 0)

    executor = executor or InProcessExecutor(extractor)
    cached = load_records(store)
    todo = [d for d in documents.values()
            if force or d.key not in cached or cached[d.key][0].content_hash != d.content_hash
            or cached[d.key][0].extractor != executor.version]
    records = {k: x for k, (x, _) in cached.items()}
    digests = {k: dg for k, (_, dg) in cached.items()}
    tick("extract", 0, len(todo))
    batches = (todo[i:i + BATCH] for i in range(0, len(todo), BATCH))
    results = (r for batch in executor.map(batches) for r in batch)
    for n, extraction in enumerate(results, start=1):
        tick("extract", n, len(todo))
        if isinstance(extraction, Failed):
            skipped.append(Skipped(extraction.path or extraction.key, extraction.reason))
            continue
        records[extraction.key] = extraction
        # Record the extraction at once: a build interrupted later resumes from here.
        store.replace_graph(meta_graph(extraction.key), _meta_triples(extraction, digests.get(extraction.key, "")))

    failed = sum(1 for s in skipped if s.reason.startswith("extraction failed"))
    resolution = resolve_corpus(records.values(), executor.lexicon)
    written = 0
    stated: set = set()
    ordered = sorted(records)
    tick("write", 0, len(ordered))
    for n, key in enumerate(ordered, start=1):
        triples = document_graph(records[key], resolution)
        stated.update((s, p, o) for s, p, o in triples if p in SCORED_PREDICATES)
        digest = graph_digest(triples)
        if digest != digests.get(key):
            store.replace_graph(document_iri(key), triples,
                                also={meta_graph(key): _meta_triples(records[key], digest)})
            written += 1
        tick("write", n, len(ordered))
    corpus = entities_graph(resolution, records.values())
    store.replace_graph(GRAPH_CORPUS, corpus)
    entities = Counter(e.label for e in resolution.entities.values())
    relations = Counter(str(p).rsplit("#", 1)[-1] for _, p, _ in stated)
    return BuildReport(
        documents=len(records), extracted=len(todo) - failed, unchanged=len(documents) - len(todo),
        graphs_written=written, entities=dict(sorted(entities.items())), relations=dict(sorted(relations.items())),
        skipped=tuple(skipped), warnings=tuple(warnings),
    )
