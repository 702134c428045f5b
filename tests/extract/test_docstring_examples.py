"""Every example in the extraction modules' docstrings holds (the docstrings are the modules' first
documentation: an example that no longer runs misleads)."""

import doctest
import importlib
import pkgutil

import pytest

import igr.extract

MODULES = sorted(m.name for m in pkgutil.iter_modules(igr.extract.__path__, "igr.extract."))


@pytest.mark.parametrize("name", MODULES)
def test_the_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples fail in {name}"
