"""The Examples sections of the store modules run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["igr.store", "igr.store.base", "igr.store.bounded", "igr.store.deadline", "igr.store.factory",
           "igr.store.local", "igr.store.location", "igr.store.results", "igr.store.sparql", "igr.store.state",
           "igr.store.stats", "igr.store.terms"]


@pytest.mark.parametrize("name", MODULES)
def test_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
