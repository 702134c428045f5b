"""docs/sparql.md lists every cookbook query, with its question and parameters."""

from __future__ import annotations

from pathlib import Path

import pytest

from igr.cookbook import list_queries

DOC = Path(__file__).resolve().parents[2] / "docs" / "sparql.md"


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_query_is_in_the_docs(query):
    params = ", ".join(f"`{p.name}`" + ("" if p.required else "?") for p in query.params) or "—"
    assert f"| `{query.name}` | {query.question} | {params} |" in DOC.read_text(encoding="utf-8")
