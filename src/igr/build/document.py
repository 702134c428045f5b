"""One document's transaction: everything writing, replacing or removing it changes.

For a document ``D`` the transaction

1. takes back what the store's record says the previous version of ``D`` contributed
   (its uses of entities, its tenures), if there was one;
2. resolves the new extraction's entities against the store (:mod:`igr.resolve.incremental`)
   and adds what it contributes;
3. updates each touched entity and tenure by the difference of its quads before and
   after (:mod:`igr.rdf.entities`), and the month counts of the entities ``D`` mentioned
   and mentions (:mod:`igr.build.activity`), replaces ``D``'s graph, and writes ``D``'s record.

So every commit point is a consistent store: the graphs of the documents it holds,
and the entities, name index and tenures exactly as those documents make them.

Examples
--------
>>> import tempfile
>>> from igr.extract.records import Extraction, LocalEntity
>>> from igr.store import open_store
>>> store = open_store(tempfile.mkdtemp() + "/s", create=True)
>>> writer = DocumentWriter(store)
>>> x = Extraction("a.txt", "h", entities=(LocalEntity("e1", "Place", "Shanghai"),), extractor="test")
>>> iri_of = writer.write(x)
>>> str(iri_of["e1"])
'https://w3id.org/igr/id/place/shanghai'
"""

from __future__ import annotations

import json
from collections import OrderedDict, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rdflib import Literal, URIRef

from igr.build.activity import Activity, Remembered, activity_changes, activity_of, stored_activity
from igr.build.index import Record, StoreIndex, Tenure
from igr.extract.lexicon import Lexicon
from igr.extract.records import Extraction
from igr.rdf.entities import Quad, entity_quads, tenure_quads
from igr.rdf.graphs import document_graph, document_iri, tenures
from igr.resolve.entities import features
from igr.resolve.incremental import Resolver
from igr.store.base import TripleStore
from igr.store.changes import Changes
from igr.vocab import BUILD, GRAPH_DOCS, ID


KEPT_USES = 4096
"""Entities whose feature counts a writer remembers between documents (a few MB at most)."""


@dataclass(frozen=True)
class Contribution:
    """What one document adds to the shared graphs: feature uses by entity, tenures, its date.

    Examples
    --------
    >>> c = Contribution({ID["place/shanghai"]: frozenset({"l:Shanghai"})}, frozenset(), date(2024, 6, 25))
    >>> Contribution.from_json(c.to_json()) == c
    True
    """

    uses: Mapping[URIRef, frozenset[str]] = field(default_factory=dict)
    tenures: frozenset[tuple[URIRef, URIRef]] = frozenset()
    date: date | None = None

    def to_json(self) -> str:
        rel = _relative
        return json.dumps({"u": {rel(i): sorted(f) for i, f in sorted(self.uses.items())},
                           "t": sorted([rel(p), rel(q)] for p, q in self.tenures),
                           "d": self.date.isoformat() if self.date else None},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "Contribution":
        data = json.loads(text)
        return cls({ID[i]: frozenset(f) for i, f in data["u"].items()},
                   frozenset((ID[p], ID[q]) for p, q in data["t"]),
                   date.fromisoformat(data["d"]) if data["d"] else None)


def _relative(iri: URIRef) -> str:
    return str(iri)[len(ID):]


def contribution(extraction: Extraction, iri_of: Mapping[str, URIRef]) -> Contribution:
    """The uses and tenures ``extraction`` contributes, its entities resolved to ``iri_of``."""
    uses: dict[URIRef, set[str]] = defaultdict(set)
    for entity in extraction.entities:
        if (iri := iri_of.get(entity.id)) is not None:
            uses[iri] |= features(entity)
    return Contribution({i: frozenset(f) for i, f in uses.items()}, frozenset(tenures(extraction, iri_of)),
                        extraction.date)


class DocumentWriter:
    """Writes, replaces and removes documents in ``store``, one transaction each.

    Parameters
    ----------
    store : TripleStore
    lexicon : Lexicon, optional
        For resolution (classes and standard names of known names).
    """

    def __init__(self, store: TripleStore, lexicon: Lexicon | None = None) -> None:
        self.store = store
        self.index = StoreIndex(store)
        self.resolver = Resolver(lexicon)
        # the feature counts of the entities written last: a build is the store's one writer, so
        # what it wrote is what the store holds (a popular entity is read once, not once per release)
        self._uses: OrderedDict[URIRef, dict[str, int]] = OrderedDict()
        self._pending: dict[URIRef, dict[str, int]] = {}
        self._counts = Remembered()  # the same for the month and year counts
        # a popular entity's state after one document is its state before the next one
        self._entity_quads = lru_cache(maxsize=4096)(self._quads_of)

    def _quads_of(self, iri: URIRef, uses: tuple[tuple[str, int], ...]) -> frozenset[Quad]:
        return frozenset(entity_quads(iri, dict(uses), self.resolver.keymaker))

    def write(self, extraction: Extraction, source: Source | None = None) -> dict[str, URIRef]:
        """Write (or replace) one document; the IRI of each of its local entities.

        ``source`` (absolute path, digest of the file's bytes) lets a later build skip the
        file without reading it while its bytes stay the same.
        """
        doc = document_iri(extraction.key)
        old = self.index.record(doc)
        iri_of = self.resolver.resolve(extraction, self.index)
        new = contribution(extraction, iri_of)
        record = _record(doc, extraction.key, extraction.content_hash, extraction.extractor, source,
                         (BUILD.uses, new.to_json()))
        graph = [(s, p, o, doc) for s, p, o in document_graph(extraction, iri_of)]
        self._apply(self._changes(doc, old, new, graph + record))
        return iri_of

    def fail(self, key: str, content_hash: str, extractor: str, reason: str, source: Source | None = None) -> None:
        """Record that extraction failed on this version of a document (its previous version goes)."""
        doc = document_iri(key)
        record = _record(doc, key, content_hash, extractor, source, (BUILD.failed, reason))
        self._apply(self._changes(doc, self.index.record(doc), Contribution(), record))

    def remove(self, doc: URIRef) -> None:
        """Remove a document, its graph and everything it contributed."""
        self._apply(self._changes(doc, self.index.record(doc), Contribution(), []))

    def _apply(self, changes: Changes) -> None:
        """Apply ``changes``; once they are in the store, remember the feature, month and year counts they wrote."""
        pending, self._pending = self._pending, {}
        self.store.apply(changes)
        self._counts.written()
        for iri, uses in pending.items():
            self._uses[iri] = uses
            self._uses.move_to_end(iri)
        while len(self._uses) > KEPT_USES:
            self._uses.popitem(last=False)

    def _uses_of(self, iris: list[URIRef]) -> dict[URIRef, dict[str, int]]:
        """Each entity's feature counts: remembered, or read from the store."""
        out = self.index.uses([i for i in iris if i not in self._uses])
        out.update((i, self._uses[i]) for i in iris if i in self._uses)
        return out

    def _changes(self, doc: URIRef, old_record: Record | None, new: Contribution, added: list[Quad]) -> Changes:
        self._pending = {}
        self._counts.discard()
        old = Contribution.from_json(old_record.uses) if old_record and old_record.uses else Contribution()
        remove: set[Quad] = set()
        add: set[Quad] = set(added)
        touched = sorted(set(old.uses) | set(new.uses))
        for iri, uses in self._uses_of(touched).items():
            after = dict(uses)
            for f in old.uses.get(iri, ()):
                after[f] = after.get(f, 0) - 1
            for f in new.uses.get(iri, ()):
                after[f] = after.get(f, 0) + 1
            before_q = self._entity_quads(iri, tuple(sorted(uses.items())))
            self._pending[iri] = after = {f: n for f, n in after.items() if n > 0}
            after_q = self._entity_quads(iri, tuple(sorted(after.items())))
            remove |= before_q - after_q
            add |= after_q - before_q
        pairs = sorted(old.tenures | new.tenures)
        for pair, now in self.index.tenures(pairs).items():
            had, has = pair in old.tenures, pair in new.tenures
            others = now
            if had:  # does any other document state it, and which dates do they give?
                stated = self.index.stated_by_others(pair, doc)
                on_boundary = stated and old.date is not None and now.span is not None and old.date in now.span
                others = Tenure(stated, self.index.span_without(pair, doc) if on_boundary else
                                now.span if stated else None)
            before_q = tenure_quads(*pair, {doc} if had else set(), now.span, now.stated)
            span = _widen(others.span, new.date) if has else others.span
            after_q = tenure_quads(*pair, {doc} if has else set(), span, others.stated or has)
            remove |= before_q - after_q
            add |= after_q - before_q
        drop = (doc,) if old_record is not None else ()
        record = {q for q in add if q[3] == GRAPH_DOCS}
        if old_record is not None:  # the previous record goes whole
            remove |= {(doc, p, Literal(v), GRAPH_DOCS) for p, v in old_record.values} - record
        gone, came = activity_changes(self.store, stored_activity(self.store, doc, old.date) if old_record else Activity(),
                                      activity_of(doc, new.date, added), self._counts)
        return Changes(drop=drop, remove=tuple(remove | gone), add=tuple(add | came))


Source = tuple[str, str]
"""Where a document was read from: (absolute path of a one-release file, SHA-256 of its bytes)."""


def _record(doc: URIRef, key: str, content_hash: str, extractor: str, source: Source | None,
            outcome: tuple[URIRef, str]) -> list[Quad]:
    values = [(BUILD.key, key), (BUILD.hash, content_hash), (BUILD.extractor, extractor), outcome]
    if source is not None:
        values += [(BUILD.source, source[0]), (BUILD.bytes, source[1])]
    return [(doc, p, Literal(v), GRAPH_DOCS) for p, v in values]


def _widen(span: tuple[date, date] | None, day: date | None) -> tuple[date, date] | None:
    if day is None:
        return span
    if span is None:
        return day, day
    return min(span[0], day), max(span[1], day)


