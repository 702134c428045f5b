"""Errors of the analytics layer, all under :class:`igr.errors.IgrError`.

The CLI prints each one as a single ``Error: ...`` line, so every message says
what to do next.

Examples
--------
>>> from igr.errors import IgrError
>>> issubclass(UnknownEntity, IgrError)
True
"""

from __future__ import annotations

from igr.errors import IgrError


class AnalyticsError(IgrError):
    """Root of the errors raised while projecting or scoring a graph."""


class UnknownProjection(AnalyticsError):
    """No projection has the requested name."""


class UnknownEntity(AnalyticsError):
    """No entity (in the projection) has the requested name."""


class AmbiguousEntity(AnalyticsError):
    """Several entities share the requested name."""


class NoPath(AnalyticsError):
    """The two entities are in different components of the projection."""


class BadTimeSlice(AnalyticsError):
    """A year or date range cannot be understood."""
