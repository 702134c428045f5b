"""A synthetic archive: N releases over the years, written in a format ``igr build`` reads.

Releases are spread evenly over a span that grows with N (``per_year`` releases a
year, ending on ``end``), most of them routine (weather, tenders, statistics,
health, traffic, appointments, Council replies) and a share (8% by default) about
intergovernmental relations. Each has its own url, date, title and "Ends/..."
footer. The same arguments give the same archive, byte for byte.

Examples
--------
>>> import tempfile
>>> report = write_archive(tempfile.mkdtemp() + "/a", 20, seed=3)
>>> report.releases, report.files
(20, 20)
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from igr.errors import ArchiveError
from igr.synthetic.relevant import relevant_release
from igr.synthetic.routine import routine_release
from igr.synthetic.world import World

END = date(2025, 12, 31)
PER_YEAR = 5000
RELEVANT = 0.08
FORMATS = ("txt", "jsonl")


@dataclass(frozen=True)
class Release:
    """One synthetic press release."""

    url: str
    date: date
    title: str
    text: str
    relevant: bool

    def as_text_file(self) -> str:
        """The release as a ``.txt`` file with its ``title:/url:/date:`` header."""
        return f"title: {self.title}\nurl: {self.url}\ndate: {self.date.isoformat()}\n\n{self.text}\n"

    def as_json(self) -> dict:
        """The release as one line of a ``.jsonl`` file."""
        return {"title": self.title, "url": self.url, "date": self.date.isoformat(), "text": self.text}


@dataclass(frozen=True)
class ArchiveReport:
    """What :func:`write_archive` wrote."""

    out: Path
    releases: int
    relevant: int
    first: date
    last: date
    people: int
    files: int


def releases(n: int, *, seed: int = 0, end: date = END, per_year: int = PER_YEAR, relevant: float = RELEVANT,
             world: World | None = None) -> Iterator[Release]:
    """The ``n`` releases of an archive, oldest first.

    Parameters
    ----------
    n : int
        How many releases.
    seed : int
        Same seed, same releases.
    end : datetime.date
        The date of the last release.
    per_year : int
        Releases a year: the archive spans ``n / per_year`` years.
    relevant : float
        The share of releases about intergovernmental relations.
    world : World, optional
        The made-up world to report on (``World(seed)`` by default).

    Examples
    --------
    >>> [r.date.isoformat() for r in releases(3, per_year=365)]
    ['2025-12-29', '2025-12-30', '2025-12-31']
    """
    if n < 1:
        raise ArchiveError(f"an archive needs at least one release, not {n}")
    if not 0 <= relevant <= 1:
        raise ArchiveError(f"the relevant share is a fraction between 0 and 1, not {relevant}")
    world = world or World(seed)
    rng = random.Random(f"{seed}:releases")
    span = max(1, round(n * 365 / per_year))
    start = end - timedelta(days=span - 1)
    for i in range(n):
        day = start + timedelta(days=i * span // n)
        about = rng.random() < relevant
        title, paragraphs = (relevant_release if about else routine_release)(world, rng, day)
        minute = rng.randrange(9 * 60, 23 * 60)
        footer = f"Ends/{day:%A}, {day:%B} {day.day}, {day.year}\nIssued at HKT {minute // 60:02d}:{minute % 60:02d}"
        url = f"https://example.org/igr-synth/{day:%Y/%m/%d}/P{day:%Y%m%d}{i:06d}.htm"
        yield Release(url, day, title, "\n\n".join([*paragraphs, footer]), about)


def write_archive(out: str | Path, n: int, *, seed: int = 0, fmt: str = "txt", end: date = END,
                  per_year: int = PER_YEAR, relevant: float = RELEVANT) -> ArchiveReport:
    """Write an archive of ``n`` releases into the empty or new folder ``out``.

    ``fmt="txt"`` writes one file per release under ``YYYY/MM/``; ``fmt="jsonl"`` one
    ``.jsonl`` file per month under ``YYYY/``. Other arguments as for :func:`releases`.

    Raises
    ------
    igr.errors.ArchiveError
        When ``out`` is a file or a folder that is not empty, or an argument is out of range.
    """
    out = Path(out)
    if fmt not in FORMATS:
        raise ArchiveError(f"unknown format '{fmt}'; choose one of: {', '.join(FORMATS)}")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ArchiveError(f"{out} exists and is not an empty folder; give a new folder for the archive")
    world = World(seed)
    count = relevant_count = 0
    first = last = None
    files: set[Path] = set()
    handles: dict[Path, object] = {}
    try:
        for release in releases(n, seed=seed, end=end, per_year=per_year, relevant=relevant, world=world):
            count += 1
            relevant_count += release.relevant
            first = first or release.date
            last = release.date
            folder = out / f"{release.date:%Y}"
            if fmt == "txt":
                path = folder / f"{release.date:%m}" / f"{release.url.rsplit('/', 1)[-1][:-4]}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(release.as_text_file(), encoding="utf-8")
            else:
                path = folder / f"{release.date:%Y-%m}.jsonl"
                if path not in handles:
                    for handle in handles.values():
                        handle.close()
                    handles.clear()
                    folder.mkdir(parents=True, exist_ok=True)
                    handles[path] = path.open("a", encoding="utf-8")
                handles[path].write(json.dumps(release.as_json(), ensure_ascii=False) + "\n")
            files.add(path)
    finally:
        for handle in handles.values():
            handle.close()
    return ArchiveReport(out=out, releases=count, relevant=relevant_count, first=first, last=last,
                         people=len(world.names.taken), files=len(files))
