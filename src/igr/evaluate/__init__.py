"""Evaluate a knowledge graph against gold annotations (the format of VOCABULARY.md).

The semantics are exactly those of the reference scorer ``shared/tools/score_kg.py``,
so that users who annotate their own corpora get the same figures from ``igr eval``.

Examples
--------
>>> from igr.evaluate import evaluate, load_gold, load_graph    # doctest: +SKIP
>>> report = evaluate(load_gold("gold/"), load_graph(["graph.nt"]))  # doctest: +SKIP
>>> report.summary                                               # doctest: +SKIP
'entity_f1=0.712 relation_f1=0.403'
"""

from igr.evaluate.errors import GoldError, GraphError
from igr.evaluate.gold import GoldEntity, GoldStandard, load_gold
from igr.evaluate.predicted import Predictions, load_graph, predictions, store_graph
from igr.evaluate.report import Counts, EvaluationReport
from igr.evaluate.score import evaluate, match_entities

__all__ = [
    "Counts", "EvaluationReport", "GoldEntity", "GoldError", "GoldStandard", "GraphError", "Predictions",
    "evaluate", "load_gold", "load_graph", "match_entities", "predictions", "store_graph",
]
