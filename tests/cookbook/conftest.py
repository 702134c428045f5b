"""Fixtures of the cookbook tests: the hand-built sample graph in an embedded store."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from igr.store import LocalStore


def load_sample():
    """The module ``tests/cookbook/sample_graph.py`` (shared with ``tests/serve``)."""
    spec = importlib.util.spec_from_file_location("igr_test_sample_graph", Path(__file__).with_name("sample_graph.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def sample():
    """The sample graph's module: its facts, IRIs and ``fill(store)``."""
    return load_sample()


@pytest.fixture(scope="session", params=["name index", "labels only"])
def sample_store(request, tmp_path_factory, sample):
    """The sample graph in an embedded store, without analytics (tests must not write to it):
    with the build's name index, and as a store built before the index (names found from labels)."""
    store = LocalStore(tmp_path_factory.mktemp("cookbook") / "store", create=True)
    sample.fill(store, with_names=request.param == "name index")
    yield store
    store.close()


@pytest.fixture()
def sample_store_with_analytics(tmp_path, sample):
    store = LocalStore(tmp_path / "store", create=True)
    sample.fill(store, with_analytics=True)
    yield store
    store.close()
