"""A real ``oxigraph serve`` on loopback over a store holding the hand-built sample graph.

The store is filled in-process through ``LocalStore.replace_graph``, closed, then served
by :class:`igr.store.server.OxigraphServer` (``oxigraph serve-read-only`` on a free port);
the server is stopped at teardown.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from igr.store import LocalStore
from igr.store.server import OxigraphServer

SAMPLE = Path(__file__).resolve().parents[1] / "cookbook" / "sample_graph.py"


@pytest.fixture(scope="session")
def sample():
    """The hand-built sample graph (tests/cookbook/sample_graph.py)."""
    spec = importlib.util.spec_from_file_location("igr_test_sample_graph", SAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def filled_store(path: Path, sample) -> Path:
    store = LocalStore(path, create=True)
    sample.fill(store)
    store.close()  # releases Oxigraph's lock: the server takes over the directory
    return path


@pytest.fixture(scope="session")
def twin(tmp_path_factory, sample):
    """The same sample in an embedded store of its own, to compare answers in-process."""
    store = LocalStore(filled_store(tmp_path_factory.mktemp("twin") / "store", sample))
    yield store
    store.close()


@pytest.fixture(scope="session")
def served(tmp_path_factory, sample):
    """A read-only Oxigraph server over the sample store (session-wide; tests must not write)."""
    path = filled_store(tmp_path_factory.mktemp("served") / "store", sample)
    server = OxigraphServer(path, bind="127.0.0.1:0").start()
    yield server
    server.stop()


@pytest.fixture()
def writable(tmp_path, sample):
    """A read-write Oxigraph server (``--allow-update``) over a fresh copy of the sample."""
    server = OxigraphServer(filled_store(tmp_path / "store", sample), bind="127.0.0.1:0", allow_update=True).start()
    yield server
    server.stop()
