"""The evaluation report: counts and precision/recall/F1, per class, per property and overall.

Examples
--------
>>> c = Counts(tp=3, fp=1, fn=2)
>>> round(c.precision, 3), round(c.recall, 3), round(c.f1, 3)
(0.75, 0.6, 0.667)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the figures they give."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        """``tp``, ``fp``, ``fn`` and the three figures.

        Examples
        --------
        >>> Counts(1, 0, 1).to_json()
        {'tp': 1, 'fp': 0, 'fn': 1, 'p': 1.0, 'r': 0.5, 'f1': 0.6666666666666666}
        """
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "p": self.precision, "r": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class EvaluationReport:
    """How a graph compares with the gold annotations of a corpus.

    ``entity`` is typed matching (a predicted entity must have the gold class),
    ``entity_untyped`` ignores classes. ``by_class`` and ``by_property`` split the
    typed entity and the relation counts; a false positive with several classes
    counts under each. The four lists name what was missed and what was extra.
    """

    documents: int
    gold_entities: int
    gold_relations: int
    predicted_entities: int
    predicted_relations: int
    entity: Counts
    entity_untyped: Counts
    relation: Counts
    by_class: dict[str, Counts]
    by_property: dict[str, Counts]
    missed_entities: tuple[str, ...]
    extra_entities: tuple[str, ...]
    missed_relations: tuple[str, ...]
    extra_relations: tuple[str, ...]

    @property
    def summary(self) -> str:
        """The one-line summary the reference scorer prints last.

        Examples
        --------
        >>> c = Counts(1, 1, 0)
        >>> EvaluationReport(1, 1, 1, 2, 1, c, c, Counts(0, 1, 1), {}, {}, (), (), (), ()).summary
        'entity_f1=0.667 relation_f1=0.000'
        """
        return f"entity_f1={self.entity.f1:.3f} relation_f1={self.relation.f1:.3f}"

    def to_json(self) -> dict:
        """The report as plain JSON data."""
        return {
            "documents": self.documents, "gold_entities": self.gold_entities,
            "gold_relations": self.gold_relations, "predicted_entities": self.predicted_entities,
            "predicted_relations": self.predicted_relations,
            "entity": self.entity.to_json(), "entity_untyped": self.entity_untyped.to_json(),
            "relation": self.relation.to_json(),
            "entity_by_class": {k: v.to_json() for k, v in self.by_class.items()},
            "relation_by_property": {k: v.to_json() for k, v in self.by_property.items()},
            "missed_entities": list(self.missed_entities), "extra_entities": list(self.extra_entities),
            "missed_relations": list(self.missed_relations), "extra_relations": list(self.extra_relations),
        }
