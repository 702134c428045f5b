"""Fixtures of the view tests: the hand-built sample graph of igr.analytics.sample."""

from __future__ import annotations

import pytest

from igr.analytics.sample import entity_iri, sample_facts, sample_store


@pytest.fixture(scope="session")
def facts():
    return sample_facts()


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "store"
    sample_store(path).close()
    return path


@pytest.fixture(scope="session")
def iri():
    return lambda name: str(entity_iri(name))
