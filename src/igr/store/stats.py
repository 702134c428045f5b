"""Counts that describe a store: documents, entities by class, relations by property."""

from __future__ import annotations

from dataclasses import dataclass

from igr.store.base import TripleStore
from igr.vocab import IGR, RELATIONS, SCORED_CLASSES


@dataclass(frozen=True)
class StoreStats:
    documents: int
    graphs: int
    triples: int
    interactions: int
    entities: dict[str, int]
    relations: dict[str, int]


def store_stats(store: TripleStore) -> StoreStats:
    """Count what the store holds (relations counted once across documents).

    Examples
    --------
    >>> import tempfile
    >>> from igr.store import open_store
    >>> store_stats(open_store(tempfile.mkdtemp() + "/s", create=True)).documents
    0
    """
    def count(sparql: str) -> int:
        rows = store.query(sparql).rows
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    entities = {}
    for name in SCORED_CLASSES:
        entities[name] = count(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{IGR[name]}> }}")
    relations = {}
    for name in RELATIONS:
        relations[name] = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s <{IGR[name]}> ?o }} }}")
    data = [g for g in store.graph_names() if not str(g).startswith("https://w3id.org/igr/build#")]
    return StoreStats(
        documents=count(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{IGR.Document}> }}"),
        graphs=len(data),
        triples=sum(1 for _ in store.data_quads()),
        interactions=count(f"SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE {{ ?i a <{IGR.Interaction}> }}"),
        entities=entities, relations=relations,
    )
