"""Benchmark igr's extraction against off-the-shelf spaCy NER of the same model.

Reports entity and relation F1 (scored with ``igr.evaluate``, the semantics of
``shared/tools/score_kg.py``) for

(a) the model's own NER, labels mapped to igr classes, one entity per distinct
    (class, text) across the corpus, no relations;
(b) igr's full build (extraction, resolution, graph);

and the time of plain ``nlp.pipe`` over the analysed texts against igr's
``Extractor.extract`` (model + igr components + relation finding) over the same
texts, each run 3 times interleaved; medians and their ratio (target <= 1.2x).

Example: python bench/extraction.py --corpus ../shared/corpus/dev --gold ../shared/gold/dev
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal

from igr.build import build_corpus
from igr.evaluate import evaluate, load_gold, store_graph
from igr.extract.extractor import Extractor
from igr.extract.pipeline import load_model
from igr.ingest import Document, read_sources
from igr.store import open_store
from igr.vocab import ID, IGR

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NER_CLASSES = {"PERSON": "Person", "GPE": "Place", "LOC": "Place", "ORG": "Organization", "EVENT": "Event",
               "LAW": "Agreement", "WORK_OF_ART": "Initiative"}
RUNS = 3


def default(shared: Path, demo: Path) -> Path:
    return shared if shared.is_dir() else demo


def ner_graph(nlp, texts: list[str]) -> Graph:
    """One igr-typed, labelled resource per distinct (class, text) the model's NER finds."""
    seen: dict[tuple[str, str], int] = {}
    for doc in nlp.pipe(texts):
        for ent in doc.ents:
            cls = NER_CLASSES.get(ent.label_)
            if cls is not None:
                seen.setdefault((cls, ent.text.strip()), len(seen))
    g = Graph()
    for (cls, text), i in seen.items():
        g.add((ID[f"ner/{i}"], RDF.type, IGR[cls]))
        g.add((ID[f"ner/{i}"], RDFS.label, Literal(text)))
    return g


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=default(SHARED / "corpus" / "dev", ROOT / "examples" / "demo"))
    ap.add_argument("--gold", type=Path, default=default(SHARED / "gold" / "dev", ROOT / "examples" / "demo-gold"))
    a = ap.parse_args(argv)

    gold = load_gold(a.gold)
    documents = [d for d in read_sources([a.corpus]) if isinstance(d, Document)]
    texts = [d.analysed_text for d in documents]
    plain = load_model()
    extractor = Extractor()

    ner = evaluate(gold, ner_graph(plain, texts))
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "store", create=True) as store:
        build_corpus([a.corpus], store, extractor=extractor)
        full = evaluate(gold, store_graph(store))

    # warm both pipelines (lazy loading, first-batch allocations) before timing
    list(plain.pipe(texts[:2]))
    list(extractor.extract(documents[:2]))
    plain_times, igr_times = [], []
    for _ in range(RUNS):
        t = time.perf_counter()
        list(plain.pipe(texts, batch_size=extractor.batch_size))
        plain_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        list(extractor.extract(documents))
        igr_times.append(time.perf_counter() - t)
    t_plain, t_igr = statistics.median(plain_times), statistics.median(igr_times)

    print(f"corpus {a.corpus} ({len(documents)} documents), gold {a.gold}")
    print(f"{'':<26}{'entity F1':>10}{'relation F1':>13}")
    print(f"{'spaCy NER (same model)':<26}{ner.entity.f1:>10.3f}{ner.relation.f1:>13.3f}")
    print(f"{'igr extraction':<26}{full.entity.f1:>10.3f}{full.relation.f1:>13.3f}")
    print(f"time, median of {RUNS}: plain nlp.pipe {t_plain:.2f}s, igr Extractor.extract {t_igr:.2f}s, "
          f"ratio {t_igr / t_plain:.2f}x (target <= 1.2x)")


if __name__ == "__main__":
    main()
