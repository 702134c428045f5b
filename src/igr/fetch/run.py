"""``igr fetch``: the daily indexes and releases between two dates, filtered, written for ``igr build``.

Each kept release becomes ``OUT/YYYY/MM/P<YYYYMMDD><NNNNN>.txt``::

    title: SJ visits Macao
    url: https://www.info.gov.hk/gia/general/202406/03/P2024060300010.htm
    date: 2024-06-03T15:30+08:00

    The Secretary for Justice ...

The HTTP cache and the log of decisions live in ``OUT/.igr-fetch/`` (hidden, so
``igr build OUT`` does not read them).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from igr.errors import FetchError, FetchFailed, InputError
from igr.fetch.cache import HttpCache, write_atomic
from igr.fetch.http import PoliteClient
from igr.fetch.relevance import Decision, RelevanceFilter
from igr.ingest.gia import OFFICIAL_BASE, IndexEntry, Release, day_index_url, decode_html, parse_day_index, parse_release

MATCHES = ("intergovernmental", "all")
STATE = ".igr-fetch"

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Failure:
    """A page that could not be fetched or read, and why."""

    url: str
    reason: str


@dataclass(frozen=True)
class FetchReport:
    """What a fetch did.

    ``kept`` and ``dropped`` count releases by the reason of their decision;
    ``written`` releases were new or changed on disk, ``unchanged`` were already there.
    """

    days: int
    listed: int
    kept: dict[str, int]
    dropped: dict[str, int]
    written: int
    unchanged: int
    requests: int
    conditional: int
    not_modified: int
    retries: int
    failures: tuple[Failure, ...] = ()
    files: tuple[str, ...] = field(default=(), repr=False)


def fetch_releases(start: date, end: date, out: str | Path, *, base_url: str = OFFICIAL_BASE,
                   match: str = "intergovernmental", titles_only: bool = False, client: PoliteClient | None = None,
                   relevance: RelevanceFilter | None = None, progress: Progress | None = None,
                   on_failure: Callable[[Failure], None] | None = None) -> FetchReport:
    """Download the releases of ``start`` to ``end`` (both included) into ``out``.

    Parameters
    ----------
    start, end : datetime.date
    out : str or Path
        Folder for the release files (created when needed).
    base_url : str
        The ``.../gia/general`` folder of the site.
    match : {"intergovernmental", "all"}
        Keep only intergovernmental releases (see :mod:`igr.fetch.relevance`), or all.
    titles_only : bool
        Decide on the index's headlines alone and download only the releases kept:
        far fewer requests, a little less recall.
    client : PoliteClient, optional
        Defaults to one request a second with the cache in ``out/.igr-fetch/cache``.
    progress : callable, optional
        ``progress(stage, done, total)`` with stage ``"indexes"`` then ``"releases"``.
    on_failure : callable, optional
        Called with each :class:`Failure` as it happens; the fetch goes on.

    Raises
    ------
    FetchError
        For dates in the wrong order, an unknown ``match``, or a robots.txt that cannot be read.

    Examples
    --------
    >>> from datetime import date
    >>> fetch_releases(date(2024, 6, 2), date(2024, 6, 1), "out")
    Traceback (most recent call last):
    ...
    igr.errors.FetchError: --from 2024-06-02 is after --to 2024-06-01
    """
    if start > end:
        raise FetchError(f"--from {start} is after --to {end}")
    if match not in MATCHES:
        raise FetchError(f"unknown --match '{match}'; use one of: {', '.join(MATCHES)}")
    out = Path(out)
    own_client = client is None
    client = client or PoliteClient(HttpCache(out / STATE / "cache"))
    judge = relevance or RelevanceFilter()
    tick = progress or (lambda stage, done, total: None)
    failures: list[Failure] = []

    def failed(url: str, reason: str) -> None:
        failures.append(Failure(url, reason))
        if on_failure:
            on_failure(failures[-1])

    try:
        days = [start + timedelta(n) for n in range((end - start).days + 1)]
        entries: list[IndexEntry] = []
        for n, day in enumerate(days, start=1):
            entries.extend(_day_index(client, day_index_url(base_url, day), failed))
            tick("indexes", n, len(days))
        kept: Counter[str] = Counter()
        dropped: Counter[str] = Counter()
        log: list[str] = []
        written = unchanged = 0
        files: list[str] = []
        tick("releases", 0, len(entries))
        for n, entry in enumerate(entries, start=1):
            release, decision = _one_release(client, entry, judge if match != "all" else None, titles_only, failed)
            if decision is not None:
                (kept if decision.keep else dropped)[category(decision)] += 1
                log.append(f"{entry.url}\t{'kept' if decision.keep else 'dropped'}\t{decision.basis}\t{decision.reason}")
            if release is not None and decision.keep:
                path, changed = write_release(out, release)
                files.append(str(path))
                written += changed
                unchanged += not changed
            tick("releases", n, len(entries))
        if log:
            write_atomic(out / STATE / "decisions.tsv", ("\n".join(log) + "\n").encode("utf-8"))
    finally:
        if own_client:
            client.close()
    counts = client.counts
    return FetchReport(
        days=len(days), listed=len(entries), kept=dict(kept.most_common()), dropped=dict(dropped.most_common()),
        written=written, unchanged=unchanged, requests=counts.requests, conditional=counts.conditional,
        not_modified=counts.not_modified, retries=counts.retries, failures=tuple(failures), files=tuple(files),
    )


def _day_index(client: PoliteClient, url: str, failed) -> list[IndexEntry]:
    try:
        page = client.get(url)
    except FetchFailed as err:
        failed(err.url, err.reason)
        return []
    return parse_day_index(decode_html(page.body, page.content_type), url)


def _one_release(client: PoliteClient, entry: IndexEntry, judge: RelevanceFilter | None, titles_only: bool,
                 failed) -> tuple[Release | None, Decision | None]:
    """The release of ``entry`` (None when dropped by its headline or failed) and the decision on it."""
    if judge is not None and titles_only:
        decision = judge.judge(entry.title)
        if not decision.keep:
            return None, decision
    try:
        page = client.get(entry.url)
        release = parse_release(decode_html(page.body, page.content_type), entry.url)
    except FetchFailed as err:
        failed(err.url, err.reason)
        return None, None
    except InputError as err:
        failed(entry.url, str(err).removeprefix(f"{entry.url}: "))
        return None, None
    if judge is None:
        return release, Decision(True, "everything kept (--match all)")
    if titles_only:
        return release, decision
    return release, judge.judge(release.title or entry.title, release.text)


def category(decision: Decision) -> str:
    """A decision's reason without the words it quotes, to count decisions alike together.

    Examples
    --------
    >>> category(Decision(False, 'outside Hong Kong ("Canada") but no interaction'))
    'outside Hong Kong but no interaction'
    >>> category(Decision(True, 'place outside Hong Kong "Beijing" + interaction "visits"'))
    'place outside Hong Kong + interaction'
    """
    return re.sub(r'\s*\("[^"]*"\)|\s"[^"]*"', "", decision.reason)


def release_path(out: Path, release: Release) -> Path:
    """``out/YYYY/MM/<name of the release page>.txt``."""
    stem = release.url.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0] or "release"
    return out / f"{release.date:%Y}" / f"{release.date:%m}" / f"{stem}.txt"


def release_file(release: Release) -> str:
    r"""The text of a release file, with the header ``igr build`` reads.

    Examples
    --------
    >>> from datetime import date, time
    >>> print(release_file(Release("http://h/P1.htm", "SJ visits\nMacao", "Body.", date(2024, 6, 3), time(9, 5))))
    title: SJ visits Macao
    url: http://h/P1.htm
    date: 2024-06-03T09:05+08:00
    <BLANKLINE>
    Body.
    <BLANKLINE>
    """
    title = " ".join(release.title.split())
    return f"title: {title}\nurl: {release.url}\ndate: {release.timestamp}\n\n{release.text}\n"


def write_release(out: Path, release: Release) -> tuple[Path, bool]:
    """Write ``release`` under ``out`` unless the same text is there; return its path and whether it was written."""
    path = release_path(out, release)
    data = release_file(release).encode("utf-8")
    try:
        if path.read_bytes() == data:
            return path, False
    except OSError:
        pass
    write_atomic(path, data)
    return path, True
