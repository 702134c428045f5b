"""The Examples sections of the analytics and views modules run and print what they say."""

import doctest
import importlib
import pkgutil

import pytest

import igr.analytics
import igr.views

MODULES = sorted(
    name
    for package in (igr.analytics, igr.views)
    for name in [package.__name__, *(m.name for m in pkgutil.iter_modules(package.__path__, package.__name__ + "."))]
) + ["igr.kg"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


@pytest.mark.parametrize("name", MODULES)
def test_every_public_function_is_documented(name):
    module = importlib.import_module(name)
    assert module.__doc__, f"{name} has no module docstring"
    for attr, value in vars(module).items():
        if attr.startswith("_") or getattr(value, "__module__", None) != name or not callable(value):
            continue
        assert value.__doc__, f"{name}.{attr} has no docstring"
