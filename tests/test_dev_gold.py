"""Extraction quality on the hand-annotated dev sets of ../shared, scored by its own scorer.

``dev`` is the set the rules were written against; ``dev-b`` holds other real releases
(Mainland and international) and shows whether the rules hold on releases they were not
written for. The floors sit a little under the figures measured when they were set (see
docs/extraction.md), so that a regression fails CI.
"""

import re
import subprocess
import sys

import pytest

from igr.build import build_corpus
from igr.store import open_store
from igr.store.export import export_store

FLOORS = {  # set: (entity F1, relation F1); measured 2026-12-07 14:05: entity dev 0.973, dev-b 0.968; relation dev 0.935, dev-b 0.949
    "dev": (0.966, 0.927),
    "dev-b": (0.961, 0.941),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_gold_score_holds_its_floor(tmp_path, shared_dir, extractor, name):
    corpus, gold = shared_dir / "corpus" / name, shared_dir / "gold" / name
    if not corpus.is_dir() or not gold.is_dir():
        pytest.skip(f"../shared has no {name} set")
    graph = tmp_path / f"{name}.nt"
    with open_store(tmp_path / "s", create=True) as store:
        build_corpus([corpus], store, extractor=extractor)
        export_store(store, "nt", graph)
    run = subprocess.run([sys.executable, str(shared_dir / "tools" / "score_kg.py"), "--gold", str(gold), str(graph)],
                         capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1]
    figures = dict(re.findall(r"(\w+)=([\d.]+)", last))
    print(run.stdout)
    entity_floor, relation_floor = FLOORS[name]
    assert float(figures["entity_f1"]) >= entity_floor, last
    assert float(figures["relation_f1"]) >= relation_floor, last
