"""What a build reads from the store: known entities, tenures and documents, by bound terms.

Every lookup binds the subject or the object, so it costs the same with ten releases or a
hundred thousand: in the embedded store a direct read of its indexes per bound term
(:meth:`~igr.store.base.TripleStore.match`), on a SPARQL server one query per lookup with
the bound terms in ``VALUES``.

Examples
--------
>>> import tempfile
>>> from igr.store import open_store
>>> index = StoreIndex(open_store(tempfile.mkdtemp() + "/s", create=True))
>>> index.find({"Person|carrie lam"}), index.ledger().documents
({}, {})
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from igr.rdf.entities import USE, feature_of, membership_iri
from igr.store.base import TripleStore
from igr.store.changes import term_text as _t
from igr.vocab import BUILD, GRAPH_CORPUS, GRAPH_DOCS, GRAPH_INDEX, ORG, TIME


@dataclass(frozen=True)
class Record:
    """The book-keeping of one document: content hash, extractor, failure, contribution (JSON),
    and every (predicate, value) of it as stored."""

    content_hash: str
    extractor: str
    failed: str | None = None
    uses: str | None = None
    values: tuple[tuple[URIRef, str], ...] = ()


@dataclass(frozen=True)
class Ledger:
    """What a build needs in memory about the documents of the store (nothing per entity).

    ``documents``: document IRI to (content hash, extractor, failed);
    ``files``: absolute path of a one-release file to (digest of its bytes, document IRI, key).
    """

    documents: dict[str, tuple[str, str, bool]]
    files: dict[str, tuple[str, str, str]]


@dataclass(frozen=True)
class Tenure:
    """What the store says of one tenure: whether it is stated, and its dated span."""

    stated: bool
    span: tuple[date, date] | None


class StoreIndex:
    """Lookups of the build's book-keeping in ``store`` (implements :class:`igr.resolve.incremental.EntityIndex`)."""

    def __init__(self, store: TripleStore) -> None:
        self.store = store
        # an embedded store answers a lookup per bound term from its indexes, faster than a
        # SPARQL query (parsed, planned) for many; a server answers one query for many at once
        self.direct = store.direct_lookups

    # -- entities ------------------------------------------------------------------------------

    def find(self, keys: Collection[str]) -> dict[str, set[URIRef]]:
        return self._by_object(BUILD.key, keys)

    def extending(self, prefixes: Collection[str]) -> dict[str, set[URIRef]]:
        return self._by_object(BUILD.prefix, prefixes)

    def taken(self, iris: Collection[URIRef]) -> set[URIRef]:
        if not iris:
            return set()
        if self.direct:
            return {iri for iri in iris if next(self.store.match(iri, RDF.type, None, GRAPH_CORPUS), None)}
        rows = self._select(f"SELECT DISTINCT ?e WHERE {{ GRAPH {_t(GRAPH_CORPUS)} {{ VALUES ?e {{ {_ts(iris)} }} "
                            f"?e {_t(RDF.type)} ?c }} }}")
        return {URIRef(row[0]) for row in rows}

    def uses(self, iris: Collection[URIRef]) -> dict[URIRef, dict[str, int]]:
        """Each entity's feature counts (an empty dict for an entity not known)."""
        out: dict[URIRef, dict[str, int]] = {iri: {} for iri in iris}
        if not iris:
            return out
        if self.direct:
            for iri in iris:
                for _, p, n in self.store.match(iri, None, None, GRAPH_INDEX):
                    if p.startswith(USE):
                        out[iri][feature_of(p)] = int(n)
            return out
        rows = self._select(f"SELECT ?e ?p ?n WHERE {{ GRAPH {_t(GRAPH_INDEX)} {{ VALUES ?e {{ {_ts(iris)} }} "
                            f"?e ?p ?n FILTER(STRSTARTS(STR(?p), \"{USE}\")) }} }}")
        for e, p, n in rows:
            out[URIRef(e)][feature_of(p)] = int(n)
        return out

    def _by_object(self, predicate: URIRef, values: Collection[str]) -> dict[str, set[URIRef]]:
        if not values:
            return {}
        out: dict[str, set[URIRef]] = defaultdict(set)
        if self.direct:
            for v in sorted(values):
                for e, _, _ in self.store.match(None, predicate, Literal(v), GRAPH_INDEX):
                    out[v].add(URIRef(e))
            return dict(out)
        literals = " ".join(_t(Literal(v)) for v in sorted(values))
        rows = self._select(f"SELECT ?k ?e WHERE {{ GRAPH {_t(GRAPH_INDEX)} {{ VALUES ?k {{ {literals} }} "
                            f"?e {_t(predicate)} ?k }} }}")
        for k, e in rows:
            out[k].add(URIRef(e))
        return dict(out)

    # -- tenures -------------------------------------------------------------------------------

    def tenures(self, pairs: Collection[tuple[URIRef, URIRef]]) -> dict[tuple[URIRef, URIRef], Tenure]:
        """The state of each (person, post) tenure."""
        out = {pair: Tenure(False, None) for pair in pairs}
        if not pairs:
            return out
        by_m = {membership_iri(*pair): pair for pair in pairs}
        if self.direct:
            for m, pair in by_m.items():
                if next(self.store.match(m, ORG.role, None, GRAPH_CORPUS), None) is not None:
                    out[pair] = Tenure(True, self._span(m))
            return out
        rows = self._select(
            f"SELECT ?m ?b ?e WHERE {{ GRAPH {_t(GRAPH_CORPUS)} {{ VALUES ?m {{ {_ts(by_m)} }} ?m {_t(ORG.role)} ?r "
            f"OPTIONAL {{ ?m {_t(ORG.memberDuring)} ?i . ?i {_t(TIME.hasBeginning)} ?b ; {_t(TIME.hasEnd)} ?e }} }} }}")
        for m, b, e in rows:
            span = (_day(b), _day(e)) if b is not None and e is not None else None
            out[by_m[URIRef(m)]] = Tenure(True, span)
        return out

    def _span(self, membership: URIRef) -> tuple[date, date] | None:
        """The dated span of a stated tenure, read from the embedded store's indexes."""
        for _, _, interval in self.store.match(membership, ORG.memberDuring, None, GRAPH_CORPUS):
            ends = {p: o for _, p, o in self.store.match(URIRef(interval), None, None, GRAPH_CORPUS)}
            if str(TIME.hasBeginning) in ends and str(TIME.hasEnd) in ends:
                return _day(ends[str(TIME.hasBeginning)]), _day(ends[str(TIME.hasEnd)])
        return None

    def stated_by_others(self, pair: tuple[URIRef, URIRef], document: URIRef) -> bool:
        """Whether a document other than ``document`` states the tenure."""
        m = membership_iri(*pair)
        return bool(self._select(f"SELECT ?d WHERE {{ GRAPH {_t(GRAPH_CORPUS)} {{ {_t(m)} {_t(PROV.wasDerivedFrom)} ?d "
                                 f"FILTER(?d != {_t(document)}) }} }} LIMIT 1"))

    def span_without(self, pair: tuple[URIRef, URIRef], document: URIRef) -> tuple[date, date] | None:
        """The first and last dates of the documents other than ``document`` that state the tenure."""
        m = membership_iri(*pair)
        rows = self._select(
            f"SELECT (MIN(?day) AS ?b) (MAX(?day) AS ?e) WHERE {{ GRAPH {_t(GRAPH_CORPUS)} {{ {_t(m)} "
            f"{_t(PROV.wasDerivedFrom)} ?d FILTER(?d != {_t(document)}) }} GRAPH ?d {{ ?d {_t(DCTERMS.date)} ?day }} }}")
        b, e = rows[0] if rows else (None, None)
        return (date.fromisoformat(b), date.fromisoformat(e)) if b is not None else None

    # -- documents -----------------------------------------------------------------------------

    def ledger(self) -> Ledger:
        """Every document of the store, and the files they were read from."""
        rows = self._select(
            f"SELECT ?d ?h ?v ?f ?src ?b ?k WHERE {{ GRAPH {_t(GRAPH_DOCS)} {{ ?d {_t(BUILD.hash)} ?h ; "
            f"{_t(BUILD.extractor)} ?v OPTIONAL {{ ?d {_t(BUILD.failed)} ?f }} "
            f"OPTIONAL {{ ?d {_t(BUILD.source)} ?src ; {_t(BUILD.bytes)} ?b ; {_t(BUILD.key)} ?k }} }} }}")
        documents, files = {}, {}
        for d, h, v, f, src, b, k in rows:
            documents[d] = (h, sys.intern(v), f is not None)
            if src is not None:
                files[src] = (b, d, k)
        return Ledger(documents, files)

    def record(self, document: URIRef) -> Record | None:
        """The book-keeping of one document, if the store has any."""
        if self.direct:
            pairs = tuple((URIRef(p), o) for _, p, o in self.store.match(document, None, None, GRAPH_DOCS))
        else:
            pairs = tuple((URIRef(p), o) for p, o in
                          self._select(f"SELECT ?p ?o WHERE {{ GRAPH {_t(GRAPH_DOCS)} {{ {_t(document)} ?p ?o }} }}"))
        values = dict(pairs)
        if BUILD.hash not in values:
            return None
        return Record(values[BUILD.hash], values.get(BUILD.extractor, ""), values.get(BUILD.failed),
                      values.get(BUILD.uses), pairs)

    def _select(self, sparql: str) -> list[tuple[str | None, ...]]:
        return self.store.select_values(sparql)


def _ts(terms) -> str:
    return " ".join(_t(t) for t in sorted(terms))


def _day(instant: str) -> date:
    return date.fromisoformat(instant.rsplit("/", 1)[-1])
