"""A build written through a SPARQL server gives the same graph as one written in-process."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from igr.store import LocalStore, open_store
from igr.store.remote import RemoteStore
from igr.store.server import OxigraphServer

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo"

build = pytest.importorskip("igr.build")


def graphs_of(store) -> dict[str, Graph]:
    out: dict[str, Graph] = defaultdict(Graph)
    for s, p, o, g in store.data_quads():
        out[str(g)].add((s, p, o))
    return dict(out)


def assert_same_graphs(got: dict[str, Graph], expected: dict[str, Graph]) -> None:
    assert sorted(got) == sorted(expected)
    for name in expected:
        if not isomorphic(got[name], expected[name]):
            _, only_got, only_expected = graph_diff(to_isomorphic(got[name]), to_isomorphic(expected[name]))
            pytest.fail(f"graph {name} differs\nonly through the server:\n{only_got.serialize(format='nt')}\n"
                        f"only in-process:\n{only_expected.serialize(format='nt')}")


@pytest.fixture(scope="module")
def in_process(tmp_path_factory, extractor):
    if not any(DEMO.iterdir()):
        pytest.skip("examples/demo is empty")
    with LocalStore(tmp_path_factory.mktemp("in-process") / "store", create=True) as store:
        report = build.build_corpus([DEMO], store, extractor=extractor)
        return report, graphs_of(store)


def test_build_through_the_server_equals_the_build_in_process(tmp_path, extractor, in_process):
    expected_report, expected = in_process
    with OxigraphServer(tmp_path / "served", bind="127.0.0.1:0", allow_update=True) as server:
        store = RemoteStore(server.url)
        report = build.build_corpus([DEMO], store, extractor=extractor)
        assert (report.documents, report.graphs_written, report.entities, report.relations) == (
            expected_report.documents, expected_report.graphs_written, expected_report.entities,
            expected_report.relations)
        assert_same_graphs(graphs_of(store), expected)
        # incremental through the server too: nothing to extract or write again
        again = build.build_corpus([DEMO], store, extractor=extractor)
        assert (again.extracted, again.graphs_written) == (0, 0)
    # what the server wrote is in its directory, readable in-process once it stopped
    with LocalStore(tmp_path / "served", read_only=True) as local:
        assert_same_graphs(graphs_of(local), expected)


def test_build_into_a_directory_served_with_updates_goes_through_the_server(tmp_path, extractor, in_process):
    _, expected = in_process
    with OxigraphServer(tmp_path / "store", bind="127.0.0.1:0", allow_update=True):
        store = open_store(tmp_path / "store", create=True)  # what 'igr build --store DIR' does
        assert isinstance(store, RemoteStore)
        build.build_corpus([DEMO], store, extractor=extractor)
        assert_same_graphs(graphs_of(store), expected)
