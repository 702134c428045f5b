"""Executors: results in input order whatever the workers; a bad model is one error, early."""

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from igr.build import ExtractorSpec, InProcessExecutor, ProcessExecutor, build_corpus, make_executor
from igr.errors import IgrError, ModelError
from igr.ingest import Document
from igr.store import open_store
from igr.store.export import export_store

from tests.conftest import DEMO, needs_model

TEXTS = ["The Chief Executive, Mr John Lee, visited Shenzhen today.",
         "Mr Paul Chan met the Mayor of Guangzhou, Mr Sun Zhigang.",
         "The Secretary for Justice, Mr Wong Tai-ming, attended the Hong Kong/Shanghai Co-operation Conference.",
         "Mr Li Wei visited Macao."]


def documents():
    return [Document(key=f"d{i}", text=t) for i, t in enumerate(TEXTS)]


@needs_model
def test_process_workers_return_every_batch_in_input_order(extractor):
    batches = [documents()[:1], documents()[1:3], documents()[3:]]
    with ProcessExecutor(ExtractorSpec(), workers=2) as pool:
        parallel = list(pool.map(iter(batches)))
    serial = list(InProcessExecutor(extractor).map(batches))
    assert [[r.key for r in b] for b in parallel] == [["d0"], ["d1", "d2"], ["d3"]]
    assert parallel == serial  # the same records, field by field


@needs_model
def test_a_model_that_cannot_load_fails_once_at_start():
    with pytest.raises(ModelError, match="cannot load the spaCy model 'no-such-model'"):
        with make_executor("local", ExtractorSpec(model="no-such-model"), workers=2):
            pass
    with pytest.raises(ModelError):
        with make_executor("local", ExtractorSpec(model="no-such-model"), workers=1):
            pass


def test_an_unknown_executor_is_named():
    with pytest.raises(IgrError, match="no executor 'yarn'; choose one of: dask, local"):
        make_executor("yarn", ExtractorSpec())


@needs_model
def test_two_workers_build_the_same_graph_as_one(tmp_path, extractor):
    graphs = []
    for name, runner in (("one", InProcessExecutor(extractor)), ("two", ProcessExecutor(ExtractorSpec(), 2))):
        with runner, open_store(tmp_path / name, create=True) as store:
            build_corpus([DEMO], store, executor=runner)
            export_store(store, "nt", tmp_path / f"{name}.nt")
        graphs.append(Graph().parse(tmp_path / f"{name}.nt", format="nt"))
    assert len(graphs[0]) > 500 and isomorphic(*graphs)
