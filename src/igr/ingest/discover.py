"""Walk files and folders, read every release, and report what could not be read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from igr.errors import InputError
from igr.ingest.document import Document
from igr.ingest.readers import read_html, read_jsonl, read_markdown, read_text

READERS = {".txt": read_text, ".text": read_text, ".md": read_markdown, ".markdown": read_markdown,
           ".html": read_html, ".htm": read_html}
"""Single-release readers by file suffix; ``.jsonl`` holds many releases."""

SUFFIXES = frozenset(READERS) | {".jsonl"}


@dataclass(frozen=True)
class Skipped:
    """A file (or a line of one) that was not built, and why.

    Examples
    --------
    >>> Skipped("a.pdf", "unknown extension '.pdf'").reason
    "unknown extension '.pdf'"
    """

    path: str
    reason: str


def read_sources(paths: Iterable[str | Path]) -> Iterator[Document | Skipped]:
    """Read every release under ``paths`` (files or folders, recursively), in a stable order.

    Document keys are urls when known, else paths relative to the folder given
    (for a file given directly, its name).

    Parameters
    ----------
    paths : iterable of str or Path

    Yields
    ------
    Document or Skipped
        One per release read, or per file or line that could not be read.

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
    >>> [type(x).__name__ for x in read_sources([root])]
    ['Document', 'Skipped']
    """
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise InputError(f"no such file or folder: '{root}'")
    for root in roots:
        if root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.is_file() and not _hidden(p.relative_to(root)))
            for file in files:
                yield from _read_file(file, file.relative_to(root).as_posix())
        else:
            yield from _read_file(root, root.name)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _read_file(path: Path, key: str) -> Iterator[Document | Skipped]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield Skipped(str(path), f"unknown extension '{suffix or path.name}' (igr reads {', '.join(sorted(SUFFIXES))})")
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield Skipped(str(path), f"cannot read the file ({err.strerror or err})")
        return
    if not data.strip():
        yield Skipped(str(path), "empty file")
        return
    if b"\x00" in data[:4096]:
        yield Skipped(str(path), "binary file, not text")
        return
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        yield Skipped(str(path), f"not UTF-8 text (undecodable byte at offset {err.start})")
        return
    try:
        if suffix == ".jsonl":
            for item in read_jsonl(raw, key, str(path)):
                yield Skipped(str(path), str(item)) if isinstance(item, InputError) else item
        else:
            yield READERS[suffix](raw, key, str(path))
    except InputError as err:
        yield Skipped(str(path), str(err))
