"""RDF terms that ``igr analyze --write`` uses for scores in the analytics graph.

All are taken from :class:`igr.vocab.IGR` (declared in ``ontology/igr.ttl``);
this module only names the roles they play in :mod:`igr.analytics.write`.

Examples
--------
>>> str(SCORE_PROPERTIES["pagerank"])
'https://w3id.org/igr/ontology#pagerank'
"""

from __future__ import annotations

from rdflib import URIRef

from igr.vocab import IGR

ANALYSIS_CLASS = IGR.Analysis
"""``igr:Analysis``: one run of ``igr analyze --write`` over one projection and time slice."""

SCORE_CLASS = IGR.NodeScore
"""``igr:NodeScore``: the scores of one entity in one analysis."""

SCORE_PROPERTIES: dict[str, URIRef] = {
    "degree": IGR.degree,
    "weighted_degree": IGR.weightedDegree,
    "betweenness": IGR.betweenness,
    "pagerank": IGR.pagerank,
    "eigenvector": IGR.eigenvector,
    "community": IGR.community,
    "constraint": IGR.constraint,
    "core": IGR.coreNumber,
}
"""Score table column -> property of a ``igr:NodeScore``."""

IN_ANALYSIS = IGR.inAnalysis
"""``igr:inAnalysis``: a NodeScore -> the Analysis it belongs to."""

SCORE_OF = IGR.scoreOf
"""``igr:scoreOf``: a NodeScore -> the entity it scores."""

PROJECTION = IGR.projection
"""``igr:projection``: an Analysis -> the projection's name (a string, e.g. ``"officials"``)."""

SLICE_START = IGR.sliceStart
"""``igr:sliceStart``: an Analysis -> first day of its time slice (``xsd:date``), when bounded."""

SLICE_END = IGR.sliceEnd
"""``igr:sliceEnd``: an Analysis -> last day of its time slice (``xsd:date``), when bounded."""

SEED = IGR.seed
"""``igr:seed``: an Analysis -> the random seed of its community detection (``xsd:integer``)."""

NODE_COUNT = IGR.nodeCount
"""``igr:nodeCount``: an Analysis -> number of nodes of the projection (``xsd:integer``)."""

EDGE_COUNT = IGR.edgeCount
"""``igr:edgeCount``: an Analysis -> number of edges of the projection (``xsd:integer``)."""
