"""Errors of evaluation: gold annotations or graphs that cannot be read."""

from igr.errors import IgrError


class GoldError(IgrError):
    """The gold folder is missing, empty, or holds a malformed annotation file."""


class GraphError(IgrError):
    """The graph to evaluate cannot be read."""
