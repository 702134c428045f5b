"""RDF terms that ``igr analyze --write`` uses for scores in the analytics graph.

TODO(ontology): these terms are not yet in ``ontology/igr.ttl`` nor in
:class:`igr.vocab.IGR`. Once they are, delete this module's namespace and take
them from ``igr.vocab.IGR`` (``IGR.pagerank`` ...). This is the only place in igr
that names an ``igr:`` term outside ``igr.vocab``.

Examples
--------
>>> str(ANALYTICS.pagerank)
'https://w3id.org/igr/ontology#pagerank'
"""

from __future__ import annotations

from rdflib import Namespace

from igr.vocab import IGR

ANALYTICS = Namespace(str(IGR._NS))  # TODO(ontology): replace by igr.vocab.IGR

ANALYSIS_CLASS = ANALYTICS.Analysis
"""``igr:Analysis``: one run of ``igr analyze --write`` over one projection and time slice."""

SCORE_CLASS = ANALYTICS.NodeScore
"""``igr:NodeScore``: the scores of one entity in one analysis."""

SCORE_PROPERTIES: dict[str, object] = {
    "degree": ANALYTICS.degree,
    "weighted_degree": ANALYTICS.weightedDegree,
    "betweenness": ANALYTICS.betweenness,
    "pagerank": ANALYTICS.pagerank,
    "eigenvector": ANALYTICS.eigenvector,
    "community": ANALYTICS.community,
    "constraint": ANALYTICS.constraint,
    "core": ANALYTICS.coreNumber,
}
"""Score table column -> property of a ``igr:NodeScore``."""

IN_ANALYSIS = ANALYTICS.inAnalysis
"""``igr:inAnalysis``: a NodeScore -> the Analysis it belongs to."""

SCORE_OF = ANALYTICS.scoreOf
"""``igr:scoreOf``: a NodeScore -> the entity it scores."""

PROJECTION = ANALYTICS.projection
"""``igr:projection``: an Analysis -> the projection's name (a string, e.g. ``"officials"``)."""

SLICE_START = ANALYTICS.sliceStart
"""``igr:sliceStart``: an Analysis -> first day of its time slice (``xsd:date``), when bounded."""

SLICE_END = ANALYTICS.sliceEnd
"""``igr:sliceEnd``: an Analysis -> last day of its time slice (``xsd:date``), when bounded."""

SEED = ANALYTICS.seed
"""``igr:seed``: an Analysis -> the random seed of its community detection."""

NODE_COUNT = ANALYTICS.nodeCount
"""``igr:nodeCount``: an Analysis -> number of nodes of the projection."""

EDGE_COUNT = ANALYTICS.edgeCount
"""``igr:edgeCount``: an Analysis -> number of edges of the projection."""
