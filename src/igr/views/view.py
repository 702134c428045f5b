"""A rendered view: the HTML page, shown inline in Jupyter and saved as a file.

Examples
--------
>>> v = View(html="<!DOCTYPE html><p>hi & bye</p>", title="t", nodes=0, edges=0)
>>> v._repr_html_()[:62]
'<iframe srcdoc="&lt;!DOCTYPE html&gt;&lt;p&gt;hi &amp; bye&lt;'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path


@dataclass(frozen=True)
class View:
    """A standalone HTML view of a graph.

    Attributes
    ----------
    html : str
        The whole page; it needs no network (every script and style inlined).
    title : str
    nodes, edges : int
        How many entities and edges it draws.
    notice : str or None
        What the view left out of a big projection and how to see it (shown on the page).
    """

    html: str = field(repr=False)
    title: str = ""
    nodes: int = 0
    edges: int = 0
    height: int = 640
    notice: str | None = None

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` (folders are created) and return the path."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.html, encoding="utf-8")
        return target

    def _repr_html_(self) -> str:
        # An iframe keeps the page's scripts and styles apart from the notebook's.
        return (f'<iframe srcdoc="{escape(self.html, quote=True)}" title="{escape(self.title, quote=True)}" '
                f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ddd;" '
                'loading="lazy"></iframe>')
