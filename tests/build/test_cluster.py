"""Extraction on a Dask cluster, written by the client through an Oxigraph server, equals the embedded build.

A real ``LocalCluster`` (2 worker processes, one thread each) and a real ``oxigraph
serve`` on loopback; the corpus is a small synthetic archive (``igr synth``), denser in
intergovernmental releases than the default so that every kind of fact occurs.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from typer.testing import CliRunner

from igr.build import ExtractorSpec, InProcessExecutor, build_corpus, make_executor
from igr.build.cluster import worker_counts
from igr.cli import app
from igr.errors import ClusterError
from igr.store import LocalStore
from igr.store.remote import RemoteStore
from igr.store.server import OxigraphServer
from igr.synthetic import write_archive

from tests.conftest import needs_model

distributed = pytest.importorskip("distributed")


def graphs_of(store) -> dict[str, Graph]:
    out: dict[str, Graph] = defaultdict(Graph)
    for s, p, o, g in store.data_quads():
        out[str(g)].add((s, p, o))
    return dict(out)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synth") / "archive"
    write_archive(folder, 70, seed=11, relevant=0.5)
    return folder


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as local:
        yield local


@needs_model
def test_a_dask_build_through_a_server_is_isomorphic_to_the_embedded_build(tmp_path, archive, cluster, extractor):
    with LocalStore(tmp_path / "embedded", create=True) as store:
        expected_report = build_corpus([archive], store, executor=InProcessExecutor(extractor))
        expected = graphs_of(store)
    spec = ExtractorSpec()
    with OxigraphServer(tmp_path / "served", bind="127.0.0.1:0", allow_update=True) as server:
        remote = RemoteStore(server.url)
        with make_executor("dask", spec, scheduler=cluster.scheduler_address) as executor:
            report = build_corpus([archive], remote, executor=executor)
            counts = executor.client.run(worker_counts, spec)
        got = graphs_of(remote)
    assert (report.documents, report.extracted, report.entities, report.relations) == (
        expected_report.documents, expected_report.extracted, expected_report.entities, expected_report.relations)
    assert report.documents == 70 and report.relations
    assert sorted(got) == sorted(expected)
    for name in expected:
        if not isomorphic(got[name], expected[name]):
            _, only_dask, only_embedded = graph_diff(to_isomorphic(got[name]), to_isomorphic(expected[name]))
            pytest.fail(f"graph {name} differs\nonly in the Dask build:\n{only_dask.serialize(format='nt')}\n"
                        f"only in the embedded build:\n{only_embedded.serialize(format='nt')}")
    # each of the two worker processes made one extractor (its model loaded once) and the
    # batches, all of them extracted on the workers, were shared between them
    assert len(counts) == 2
    assert all(made == 1 for made, _ in counts.values())
    assert sum(batches for _, batches in counts.values()) >= 3


def test_without_a_scheduler_or_with_one_that_is_not_there_the_error_is_one_line(tmp_path):
    with pytest.raises(ClusterError, match="needs --scheduler"):
        make_executor("dask", ExtractorSpec())
    runner = CliRunner()
    result = runner.invoke(app, ["build", "examples/demo", "--store", str(tmp_path / "s"), "--executor", "dask",
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert not (tmp_path / "s").exists()
