"""Fixtures of the analytics tests: the hand-built sample graph of igr.analytics.sample.

Its answers are worked out by hand in docs/analytics.md: the officials projection is
the triangle Alex Chan - Bo Li - Carol Wong, with Dan Zhou tied to Alex Chan and
Eve Ho to Carol Wong.
"""

from __future__ import annotations

import pytest

from igr.analytics.sample import entity_iri, sample_facts, sample_store


@pytest.fixture(scope="session")
def facts():
    return sample_facts()


@pytest.fixture()
def store(tmp_path):
    s = sample_store(tmp_path / "store")
    yield s
    s.close()


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "store"
    sample_store(path).close()
    return path


@pytest.fixture(scope="session")
def iri():
    return lambda name: str(entity_iri(name))
