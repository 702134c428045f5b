"""Scores written back into the store, in the analytics graph, so SPARQL can sort by them.

Layout (graph ``https://w3id.org/igr/id/graph/analytics``, replaced whole on
each write; analyses of other projections or slices already there are kept)::

    id:analysis/officials/2024 a igr:Analysis ;
        igr:projection "officials" ; igr:sliceStart "2024-01-01"^^xsd:date ;
        igr:sliceEnd "2024-12-31"^^xsd:date ; igr:seed 42 ;
        igr:nodeCount 4 ; igr:edgeCount 4 ; dcterms:created "..."^^xsd:dateTime .

    id:analysis/officials/2024/person/alex-chan a igr:NodeScore ;
        igr:inAnalysis id:analysis/officials/2024 ; igr:scoreOf id:person/alex-chan ;
        igr:degree 2 ; igr:weightedDegree 3 ; igr:betweenness 0.5 ;
        igr:pagerank 0.31 ; igr:eigenvector 0.6 ; igr:community 0 ;
        igr:constraint 0.8 ; igr:coreNumber 2 .

The slice part of the IRI is ``all``, a year, or ``START_END``. Integers are
``xsd:integer``, other scores ``xsd:double``; a ``nan`` constraint (isolated
node) is left out.

Examples
--------
>>> from igr.analytics.sample import sample_facts
>>> from igr.analytics.analysis import analyze
>>> triples = analysis_triples(analyze(sample_facts(), "officials"))
>>> len({s for s, _, _ in triples})   # the analysis node and five score nodes
6
"""

from __future__ import annotations

import hashlib
import math
from datetime import datetime, timezone

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD
from rdflib.term import Node

from igr.analytics import terms
from igr.analytics.analysis import Analysis
from igr.store.base import TripleStore
from igr.vocab import GRAPH_ANALYTICS, ID

_INTEGER_SCORES = {"degree", "weighted_degree", "community", "core"}


def analysis_iri(analysis: Analysis) -> URIRef:
    """``id:analysis/<projection>/<slice key>``.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts
    >>> from igr.analytics.analysis import analyze
    >>> str(analysis_iri(analyze(sample_facts(), "places", start="2024-01", end="2024-06")))
    'https://w3id.org/igr/id/analysis/places/2024-01-01_2024-06-30'
    """
    return ID[f"analysis/{analysis.projection}/{analysis.when.key}"]


def _score_iri(base: URIRef, entity: str) -> URIRef:
    prefix = str(ID)
    rest = entity[len(prefix):] if entity.startswith(prefix) else "x/" + hashlib.sha256(entity.encode()).hexdigest()[:16]
    return URIRef(f"{base}/{rest}")


def analysis_triples(analysis: Analysis, *, created: datetime | None = None) -> list[tuple[Node, Node, Node]]:
    """The triples describing ``analysis`` and every node's scores."""
    base = analysis_iri(analysis)
    stamp = created or datetime.now(timezone.utc).replace(microsecond=0)
    triples: list[tuple[Node, Node, Node]] = [
        (base, RDF.type, terms.ANALYSIS_CLASS),
        (base, terms.PROJECTION, Literal(analysis.projection)),
        (base, terms.SEED, Literal(analysis.seed)),
        (base, terms.NODE_COUNT, Literal(analysis.graph.number_of_nodes())),
        (base, terms.EDGE_COUNT, Literal(analysis.graph.number_of_edges())),
        (base, DCTERMS.created, Literal(stamp.isoformat(), datatype=XSD.dateTime)),
    ]
    if analysis.when.start:
        triples.append((base, terms.SLICE_START, Literal(analysis.when.start.isoformat(), datatype=XSD.date)))
    if analysis.when.end:
        triples.append((base, terms.SLICE_END, Literal(analysis.when.end.isoformat(), datatype=XSD.date)))
    for entity, row in analysis.scores.iterrows():
        node = _score_iri(base, str(entity))
        triples += [
            (node, RDF.type, terms.SCORE_CLASS),
            (node, terms.IN_ANALYSIS, base),
            (node, terms.SCORE_OF, URIRef(str(entity))),
        ]
        for column, prop in terms.SCORE_PROPERTIES.items():
            value = row[column]
            if column in _INTEGER_SCORES:
                triples.append((node, prop, Literal(int(value))))
            elif not math.isnan(float(value)):
                triples.append((node, prop, Literal(float(value), datatype=XSD.double)))
    return triples


def write_analysis(store: TripleStore, analysis: Analysis, *, created: datetime | None = None) -> int:
    """Write ``analysis`` into the analytics graph, replacing an earlier one of the same projection and slice.

    The whole analytics graph is replaced in one transaction: earlier analyses of
    other projections or slices are carried over, the one with this analysis's
    IRI is dropped and written anew.

    Returns
    -------
    int
        The number of triples written for this analysis.

    Examples
    --------
    >>> import tempfile
    >>> from igr.analytics.sample import sample_store
    >>> from igr.analytics.facts import load_facts
    >>> from igr.analytics.analysis import analyze
    >>> store = sample_store(tempfile.mkdtemp() + "/s")
    >>> n = write_analysis(store, analyze(load_facts(store), "officials"))
    >>> store.query('''SELECT ?label WHERE {
    ...   ?s <https://w3id.org/igr/ontology#pagerank> ?pr ;
    ...      <https://w3id.org/igr/ontology#scoreOf> ?e . ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label
    ... } ORDER BY DESC(?pr) LIMIT 1''').records()
    [{'label': 'Alex Chan'}]
    """
    base = str(analysis_iri(analysis))
    kept = [
        (s, p, o) for s, p, o, _ in store.quads(GRAPH_ANALYTICS)
        if not (str(s) == base or str(s).startswith(base + "/"))
    ]
    new = analysis_triples(analysis, created=created)
    store.replace_graph(GRAPH_ANALYTICS, kept + new)
    return len(new)
