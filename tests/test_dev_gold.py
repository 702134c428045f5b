"""Extraction quality on the hand-annotated dev releases of ../shared, scored by its own scorer.

The floors sit a little under the figures measured when they were set (see
docs/extraction.md), so that a regression fails CI.
"""

import re
import subprocess
import sys

from igr.build import build_corpus
from igr.store import open_store
from igr.store.export import export_store

ENTITY_F1_FLOOR = 0.90
RELATION_F1_FLOOR = 0.80


def test_dev_gold_score_holds_its_floor(tmp_path, shared_dir, extractor):
    graph = tmp_path / "dev.nt"
    with open_store(tmp_path / "s", create=True) as store:
        build_corpus([shared_dir / "corpus" / "dev"], store, extractor=extractor)
        export_store(store, "nt", graph)
    run = subprocess.run([sys.executable, str(shared_dir / "tools" / "score_kg.py"), "--gold",
                          str(shared_dir / "gold" / "dev"), str(graph)], capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1]
    figures = dict(re.findall(r"(\w+)=([\d.]+)", last))
    print(run.stdout)
    assert float(figures["entity_f1"]) >= ENTITY_F1_FLOOR, last
    assert float(figures["relation_f1"]) >= RELATION_F1_FLOOR, last
