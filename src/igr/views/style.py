"""How a view looks: a colour per entity class, node sizes from a score, layout effort by size.

Examples
--------
>>> colour("Person")
'#4e79a7'
>>> stabilisation_iterations(100), stabilisation_iterations(200), stabilisation_iterations(2000)
(1000, 600, 150)
"""

from __future__ import annotations

CLASS_COLOURS: dict[str, str] = {
    "Person": "#4e79a7",
    "Post": "#9c755f",
    "Place": "#59a14f",
    "Organization": "#f28e2b",
    "Mechanism": "#e15759",
    "Initiative": "#b07aa1",
    "Event": "#edc948",
    "Agreement": "#76b7b2",
}
"""Fill colour of each scored class (Tableau 10, readable on white and in grey print)."""

OTHER_COLOUR = "#bab0ac"

CLASS_ORDER = tuple(CLASS_COLOURS)

SEED_ABOVE = 150
"""Views of more nodes start from :func:`igr.views.layout.seed_positions` (smaller ones use
vis-network's own improved layout)."""


def colour(cls: str) -> str:
    """The fill colour of an entity class (grey for anything unknown)."""
    return CLASS_COLOURS.get(cls, OTHER_COLOUR)


def border(fill: str, factor: float = 0.7) -> str:
    """A darker shade of ``fill`` for the node border.

    Examples
    --------
    >>> border("#ffffff")
    '#b2b2b2'
    """
    red, green, blue = (int(fill[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{int(c * factor):02x}" for c in (red, green, blue))


def stabilisation_iterations(nodes: int) -> int:
    """A bound on the layout's stabilisation iterations: fewer for bigger graphs.

    The layout costs about ``nodes * log(nodes)`` per iteration, so the bound
    shrinks as the graph grows; vis-network stops earlier when the layout is
    stable anyway.
    """
    if nodes <= SEED_ABOVE:
        return 1000
    return max(150, min(600, 300_000 // nodes))


def is_large(nodes: int, edges: int) -> bool:
    """Whether to trade looks for speed (straight edges, no edges while dragging)."""
    return nodes > 300 or edges > 600
