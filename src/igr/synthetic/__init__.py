"""Synthetic archives: many years of made-up press releases, for benchmarks at scale.

The releases are built from the lexicon (posts, places, mechanisms, events,
initiatives, policy fields) and from sentence shapes of the demo releases, about a
made-up population of officials that changes over the years. Nothing in them comes
from real releases. ``igr synth`` is the command; :func:`write_archive` the call.

Examples
--------
>>> from igr.synthetic import releases
>>> first = next(releases(10, seed=1))
>>> first.url.startswith("https://example.org/igr-synth/")
True
"""

from igr.synthetic.archive import ArchiveReport, Release, releases, write_archive
from igr.synthetic.world import World

__all__ = ["ArchiveReport", "Release", "World", "releases", "write_archive"]
