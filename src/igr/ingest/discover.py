"""Walk files and folders, read every release, and report what could not be read.

Nothing a folder holds stops a build: every file ends as documents or as a
:class:`Skipped` record that says why (unknown extension, binary, empty, not English,
a duplicate of another release, a README ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from igr.errors import InputError
from igr.ingest.decode import decode
from igr.ingest.document import Document, Duplicate, Skipped, Unchanged
from igr.ingest.feeds import read_feed
from igr.ingest.language import not_english
from igr.ingest.pages import read_page
from igr.ingest.readers import read_jsonl, read_markdown, read_text

READERS = {".txt": read_text, ".text": read_text, ".md": read_markdown, ".markdown": read_markdown,
           ".html": read_page, ".htm": read_page}
"""Single-release readers by file suffix."""

MANY = {".jsonl": read_jsonl, ".rss": read_feed, ".atom": read_feed, ".xml": read_feed}
"""Readers of files that hold many releases (a line or an item each)."""

SUFFIXES = frozenset(READERS) | frozenset(MANY)

NOT_RELEASES = re.compile(
    r"(readme|licen[cs]e|copying|notice|authors|contributors|contributing|change[-_]?log|changes|history"
    r"|code[-_]of[-_]conduct)(\.[^.]+)?", re.IGNORECASE)
"""Names of the files a folder of releases also holds (``README.md``, ``LICENSE``, ``CHANGELOG.md`` ...)."""


MAX_RELEASE = 100_000_000
"""Most characters one release may hold: far beyond any real one. Press releases run to a few
thousand characters and a long report to a few million; a release of any length is extracted
section by section in bounded memory (:mod:`igr.extract.chunking`), but its text is held
while it is read and extracted (a few times its size) and extraction takes about 2 minutes
per million characters on one core (measured with the small English model), so a longer file
is refused as what it almost surely is: an archive of many releases, or not text at all."""


Known = Callable[[str, bytes], Unchanged | None]
"""``known(path, data)``: the caller's record of a one-release file with these bytes, or None to read it."""


def read_sources(paths: Iterable[str | Path], known: Known | None = None) -> Iterator[Document | Skipped | Unchanged]:
    """Read every release under ``paths`` (files or folders, recursively), in a stable order.

    Document keys are urls when known, else paths relative to the folder given
    (for a file given directly, its name). Of two releases with the same key, the
    first read is kept and the other reported as a :class:`Duplicate`.

    Parameters
    ----------
    paths : iterable of str or Path
    known : callable, optional
        ``known(path, data)`` is asked about each one-release file once its bytes are
        read; what it returns (an :class:`Unchanged`) is yielded instead of parsing.

    Yields
    ------
    Document, Skipped or Unchanged
        One per release read, or per file or line that was not built, with why.

    Raises
    ------
    InputError
        When a path given does not exist.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (root / "a.txt").write_text("The Chief Executive met Mr Li.")
    >>> _ = (root / "b.pdf").write_bytes(b"%PDF")
    >>> _ = (root / "README.md").write_text("# How this folder was made")
    >>> [(type(x).__name__, pathlib.Path(x.path).name) for x in read_sources([root])]
    [('Skipped', 'README.md'), ('Document', 'a.txt'), ('Skipped', 'b.pdf')]
    """
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise InputError(f"no such file or folder: '{root}'")
    kept: dict[str, tuple[str, str]] = {}  # key -> (path, content hash) of the release kept
    for root in roots:
        found = _walk(root, root) if root.is_dir() else iter([root])
        for item in found:
            if isinstance(item, Skipped):
                yield item
                continue
            key = item.relative_to(root).as_posix() if root.is_dir() else item.name
            for read in _read_file(item, key, known):
                if isinstance(read, (Document, Unchanged)):
                    if read.key in kept:
                        read = _duplicate(read, *kept[read.key])
                    else:
                        kept[read.key] = (read.path, read.content_hash)
                yield read


def _walk(folder: Path, root: Path) -> Iterator[Path | Skipped]:
    """Files under ``folder`` in sorted order; hidden ones and non-releases are noted, not read."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        yield Skipped(str(folder), f"cannot list the folder ({err.strerror or err})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            what = "hidden folder" if entry.is_dir() else "hidden file"
            yield Skipped(str(entry), f"{what}, not read")
        elif entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry, root)
        elif not entry.is_file():
            continue  # sockets, broken links: nothing to read
        elif NOT_RELEASES.fullmatch(entry.name):
            yield Skipped(str(entry), "not a release (a folder's read-me, licence or change log), not read")
        else:
            yield entry


def _too_long(size: str) -> str:
    return f"too long for one release ({size}; igr reads up to {MAX_RELEASE:,} characters): split it into its releases"


def _duplicate(doc: Document | Unchanged, path: str, content_hash: str) -> Duplicate:
    url = getattr(doc, "url", None)
    same = f"same url ({url})" if url else "same path relative to the folder given"
    differ = "" if doc.content_hash == content_hash else "; their texts differ"
    return Duplicate(doc.path, f"{same} as {path}, which is kept{differ}", kept=path)


def _read_file(path: Path, key: str, known: Known | None = None) -> Iterator[Document | Skipped | Unchanged]:
    suffix = path.suffix.lower()
    where = str(path)
    if suffix not in SUFFIXES:
        yield Skipped(where, f"unknown extension '{suffix or path.name}' (igr reads {', '.join(sorted(SUFFIXES))})")
        return
    try:
        if suffix in READERS and path.stat().st_size > 4 * MAX_RELEASE:  # over the limit in any encoding
            yield Skipped(where, _too_long(f"{path.stat().st_size / 1e6:.1f} MB"))
            return
        data = path.read_bytes()
    except OSError as err:
        yield Skipped(where, f"cannot read the file ({err.strerror or err})")
        return
    if not data.strip():
        yield Skipped(where, "empty file")
        return
    if known is not None and suffix in READERS and (same := known(where, data)) is not None:
        yield same  # built before from these very bytes
        return
    try:
        decoded = decode(data)
        if suffix in MANY:
            items = list(MANY[suffix](decoded.text, key, where)) or [Skipped(where, "no releases in this file")]
        else:
            items = [READERS[suffix](decoded.text, key, where)]
    except InputError as err:
        yield Skipped(where, str(err))
        return
    except Exception as err:  # noqa: BLE001 - a reader's bug must not stop a corpus; the reason says to report it
        yield Skipped(where, f"could not be read (internal error {type(err).__name__}: {err}; please report it)")
        return
    for item in items:
        if isinstance(item, Skipped):
            yield item
        elif len(item.analysed_text) > MAX_RELEASE:
            yield Skipped(item.path, _too_long(f"{len(item.analysed_text):,} characters"))
        elif reason := not_english(item.analysed_text):
            read_as = "" if decoded.encoding == "utf-8" else f" (the file was read as {decoded.encoding})"
            yield Skipped(item.path, reason + read_as)
        else:
            yield replace(item, warnings=decoded.warnings) if decoded.warnings else item
