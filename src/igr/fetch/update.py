"""``igr update``: fetch what was published since the store's newest release, and build it.

Examples
--------
>>> from datetime import date
>>> hong_kong_today() >= date(2024, 1, 1)
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from igr.errors import FetchError
from igr.fetch.run import Failure, FetchReport, fetch_releases
from igr.store import TripleStore, with_prefixes

HONG_KONG = timezone(timedelta(hours=8), "HKT")

NEWEST = "SELECT (MAX(?date) AS ?newest) WHERE { ?doc a igr:Document ; dcterms:date ?date }"


@dataclass(frozen=True)
class UpdateReport:
    """The dates fetched, what the fetch did and what the build did."""

    since: date
    until: date
    fetch: FetchReport
    build: object


def hong_kong_today() -> date:
    """Today's date in Hong Kong, where the releases are dated."""
    return datetime.now(HONG_KONG).date()


def newest_release(store: TripleStore) -> date | None:
    """The date of the newest release in ``store``, or None when it holds no dated release."""
    rows = store.query(with_prefixes(NEWEST)).records()
    value = rows[0].get("newest") if rows else None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def start_date(store: TripleStore, since: date | None = None) -> date:
    """``since`` when given, else the date of the store's newest release.

    Raises
    ------
    FetchError
        When neither is known.
    """
    start = since or newest_release(store)
    if start is None:
        raise FetchError(f"the store at {store.location} holds no dated release to update from; "
                         "give a start date with --from, or fetch and build a first range with igr fetch and igr build")
    return start


def update_store(store: TripleStore, out: str | Path, *, since: date | None = None, until: date | None = None,
                 extractor=None, progress: Callable[[str, int, int], None] | None = None,
                 on_failure: Callable[[Failure], None] | None = None, **fetch_options) -> UpdateReport:
    """Fetch the releases from the store's newest release date to ``until`` into ``out``, then build ``out``.

    The newest day is fetched again: releases issued later that day are new. The build
    is incremental: releases already in the store and unchanged are not parsed again.

    Parameters
    ----------
    store : TripleStore
        A writable store.
    out : str or Path
        The folder of release files (the one earlier fetches wrote to).
    since : datetime.date, optional
        Start here instead of at the store's newest release.
    until : datetime.date, optional
        Defaults to today in Hong Kong.
    **fetch_options
        Passed to :func:`igr.fetch.run.fetch_releases` (``base_url``, ``match``, ``client`` ...).

    Raises
    ------
    FetchError
        When the store holds no dated release and no ``since`` is given.
    """
    from igr.build import build_corpus

    start = start_date(store, since)
    end = until or hong_kong_today()
    if start > end:
        start = end
    fetched = fetch_releases(start, end, out, progress=progress, on_failure=on_failure, **fetch_options)
    built = build_corpus([Path(out)], store, extractor=extractor, progress=progress)
    return UpdateReport(since=start, until=end, fetch=fetched, build=built)
