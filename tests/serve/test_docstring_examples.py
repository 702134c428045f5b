"""The Examples sections of the serving, remote-store and cookbook modules run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["igr.store.remote", "igr.store.server", "igr.store.served", "igr.store.http", "igr.cookbook", "igr.cookbook.catalog",
           "igr.cookbook.params"]


@pytest.mark.parametrize("name", MODULES)
def test_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
