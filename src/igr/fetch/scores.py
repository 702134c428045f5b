"""Precision and recall of the relevance filter on labelled titles and on relevant corpora.

Examples
--------
>>> rows = [("1", "SJ visits Macao"), ("0", "Lost hiker found in Sai Kung"), ("b", "Library opening hours")]
>>> s = title_scores(rows, positive={"1"})
>>> s.precision, s.recall, s.true_positives
(1.0, 1.0, 1)
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from igr.fetch.relevance import RelevanceFilter
from igr.ingest import Document, read_sources


@dataclass(frozen=True)
class Scores:
    """Counts and the precision and recall they give (1.0 when nothing was kept or expected)."""

    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        kept = self.true_positives + self.false_positives
        return self.true_positives / kept if kept else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def read_titles(path: str | Path) -> list[tuple[str, str]]:
    """(label, title) rows of a ``date source label title`` TSV file with a header."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [(row["label"].strip(), row["title"]) for row in csv.DictReader(handle, delimiter="\t")]


def title_scores(rows: Iterable[tuple[str, str]], positive: set[str], judge: RelevanceFilter | None = None) -> Scores:
    """Score the title-only decision, counting the labels in ``positive`` as relevant."""
    judge = judge or RelevanceFilter()
    tp = fp = fn = 0
    for label, title in rows:
        keep, relevant = judge.judge(title).keep, label in positive
        tp += keep and relevant
        fp += keep and not relevant
        fn += relevant and not keep
    return Scores(tp, fp, fn)


def corpus_recall(folders: Iterable[str | Path], judge: RelevanceFilter | None = None) -> tuple[Scores, list[str]]:
    """Recall on folders of releases that are all relevant (title and text), and the titles missed."""
    judge = judge or RelevanceFilter()
    kept, missed = 0, []
    for item in read_sources(list(folders)):
        if isinstance(item, Document):
            if judge.judge(item.title or "", item.text).keep:
                kept += 1
            else:
                missed.append(item.title or item.key)
    return Scores(kept, 0, len(missed)), missed
