"""What a graph predicts: entities typed with a scored class, and scored relations between them.

A resource is a predicted entity when it is typed with a scored ``igr:`` class
(``igr:Government`` counts as ``igr:Organization``), directly or through
``rdfs:subClassOf`` statements in the graph itself. Its names are its
``rdfs:label`` and ``skos:prefLabel`` values, then its ``skos:altLabel`` values.
A relation is a triple whose predicate is a scored property (or an
``rdfs:subPropertyOf`` one) between two predicted entities.

Examples
--------
>>> from rdflib import Graph, Literal, RDF, RDFS
>>> from igr.vocab import ID, IGR
>>> g = Graph()
>>> g.add((ID.chan, RDF.type, IGR.Person)); g.add((ID.chan, RDFS.label, Literal("Chan Kwok-ki")))  # doctest: +ELLIPSIS
<Graph ...>
<Graph ...>
>>> p = predictions(g)
>>> p.entities[ID.chan].types, p.entities[ID.chan].labels
(frozenset({'Person'}), ('Chan Kwok-ki',))
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib import RDF, RDFS, Dataset, Graph, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from igr.evaluate.errors import GraphError
from igr.evaluate.gold import TYPE_ALIASES, coarse
from igr.vocab import IGR, RELATIONS, SCORED_CLASSES


@dataclass(frozen=True)
class PredictedEntity:
    """A resource of the graph typed with scored classes, with its names."""

    types: frozenset[str]
    labels: tuple[str, ...]
    alts: tuple[str, ...]

    def names(self) -> tuple[str, ...]:
        """Labels first, then alternative labels (earlier names rank first in matching)."""
        return self.labels + self.alts


@dataclass(frozen=True)
class Predictions:
    """Predicted entities by resource, and relations as ``(subject, property name, object)``."""

    entities: dict[Node, PredictedEntity]
    relations: frozenset[tuple[Node, str, Node]]


def union_graph(graph: Graph) -> Graph:
    """All triples of ``graph``; for a Dataset, the union of its named graphs."""
    if graph.context_aware:  # a Dataset or ConjunctiveGraph: take every named graph
        union = Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return graph


def load_graph(paths: Iterable[str | Path]) -> Graph:
    """Read RDF files of any format rdflib knows (by extension; Turtle otherwise), graphs merged.

    Raises
    ------
    GraphError
        When a file is missing or cannot be parsed.
    """
    data = Dataset(default_union=True)
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise GraphError(f"no such graph file: '{path}'")
        fmt = rdflib.util.guess_format(str(path)) or "turtle"
        try:
            data.parse(str(path), format=fmt)
        except Exception as err:  # rdflib raises many kinds of parse errors
            raise GraphError(f"cannot parse '{path}' as {fmt}: {err}") from None
    return union_graph(data)


def store_graph(store) -> Graph:
    """The union of a store's data graphs (its book-keeping left out)."""
    graph = Graph()
    for s, p, o, _ in store.data_quads():
        graph.add((s, p, o))
    return graph


def _closure(graph: Graph, prop: URIRef, targets: dict[URIRef, str]) -> dict[URIRef, str]:
    """Map every term that is transitively a sub-term of a target to the target's name."""
    out = dict(targets)
    changed = True
    while changed:
        changed = False
        for sub, sup in graph.subject_objects(prop):
            if sup in out and sub not in out and isinstance(sub, URIRef):
                out[sub] = out[sup]
                changed = True
    return out


def predictions(graph: Graph) -> Predictions:
    """Entities and scored relations that ``graph`` states (the graph is not changed)."""
    graph = union_graph(graph)
    classes = _closure(graph, RDFS.subClassOf,
                       {IGR[c]: coarse(c) for c in (*SCORED_CLASSES, *TYPE_ALIASES)})
    props = _closure(graph, RDFS.subPropertyOf, {IGR[p]: p for p in RELATIONS})
    types: dict[Node, set[str]] = {}
    for s, c in graph.subject_objects(RDF.type):
        if c in classes:
            types.setdefault(s, set()).add(classes[c])
    entities = {}
    for s, ts in types.items():
        labels = [str(o) for o in graph.objects(s, RDFS.label)] + [str(o) for o in graph.objects(s, SKOS.prefLabel)]
        alts = [str(o) for o in graph.objects(s, SKOS.altLabel)]
        entities[s] = PredictedEntity(frozenset(ts), tuple(labels), tuple(alts))
    relations = frozenset((s, props[p], o) for s, p, o in graph if p in props and s in entities and o in entities)
    return Predictions(entities, relations)
