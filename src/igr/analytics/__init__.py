"""Network analytics over the knowledge graph: projections, scores, paths, write-back.

The flow is one way: a store -> :func:`load_facts` -> :func:`project` (a networkx
graph, optionally over a time slice) -> metrics (``{node: value}``), tables,
paths -> printed by the CLI, shown by :mod:`igr.views`, or written back to the
store by :func:`write_analysis`.

Examples
--------
>>> from igr.analytics import analyze, sample_facts
>>> result = analyze(sample_facts(), "officials")
>>> result.top(2)["label"].tolist()
['Alex Chan', 'Carol Wong']
"""

from igr.analytics.analysis import Analysis, analyze, edge_dict, evidence_dict, path_dict
from igr.analytics.errors import (
    AmbiguousEntity,
    AnalyticsError,
    BadTimeSlice,
    NoPath,
    UnknownEntity,
    UnknownProjection,
)
from igr.analytics.facts import Entity, Evidence, Fact, FactBase, Source, load_facts
from igr.analytics.metrics import (
    betweenness,
    communities,
    constraint,
    core_number,
    degree,
    eigenvector,
    pagerank,
    simple,
    weighted_degree,
)
from igr.analytics.names import find_entity, find_node
from igr.analytics.paths import Hop, Path, ego_network, shortest_path
from igr.analytics.projections import PROJECTIONS, full, home_places, mechanisms, officials, organisations, places, project
from igr.analytics.sample import sample_facts, sample_store
from igr.analytics.tables import SCORE_COLUMNS, cooperation_matrix, edge_table, score_table
from igr.analytics.ties import Tie
from igr.analytics.timeslice import TimeSlice, time_slice
from igr.analytics.write import analysis_iri, analysis_triples, write_analysis

__all__ = [
    "PROJECTIONS", "SCORE_COLUMNS", "AmbiguousEntity", "Analysis", "AnalyticsError", "BadTimeSlice", "Entity",
    "Evidence", "Fact", "FactBase", "Hop", "NoPath", "Path", "Source", "Tie", "TimeSlice", "UnknownEntity",
    "UnknownProjection", "analysis_iri", "analysis_triples", "analyze", "betweenness", "communities",
    "constraint", "cooperation_matrix", "core_number", "degree", "edge_dict", "edge_table", "ego_network",
    "eigenvector", "evidence_dict", "find_entity", "find_node", "full", "home_places", "load_facts",
    "mechanisms", "officials", "organisations", "pagerank", "path_dict", "places", "project", "sample_facts",
    "sample_store", "score_table", "shortest_path", "simple", "time_slice", "weighted_degree", "write_analysis",
]
