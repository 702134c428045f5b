"""The records reading hands on: a press release (:class:`Document`), or what was not read and why."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Document:
    """One press release.

    Parameters
    ----------
    key : str
        The document's identity: its url when known, else its path relative to the
        build root (``+ "#n"`` for the n-th line of a ``.jsonl`` file).
    text : str
        The body, repaired of mojibake, without the header.
    title, url : str or None
        Metadata when the source gives it.
    date : datetime.date or None
        Publication date, used to normalise relative dates ("today", "April this year").
    path : str
        Where the document was read from, for messages.
    warnings : tuple of str
        What a user should check about how it was read (bytes replaced, an encoding
        guessed); not part of its identity or content hash.

    Examples
    --------
    >>> from datetime import date
    >>> d = Document(key="x.txt", text="Body.", date=date(2024, 6, 25))
    >>> d.date.isoformat(), len(d.content_hash)
    ('2024-06-25', 64)
    """

    key: str
    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    path: str = ""
    warnings: tuple[str, ...] = field(default=(), compare=False)
    content_hash: str = field(init=False)

    @property
    def analysed_text(self) -> str:
        r"""The text extraction reads: the title, a blank line, then the body.

        Character offsets in extraction records and in the graph's provenance
        (``igr:startChar``/``igr:endChar``) index this string.

        Examples
        --------
        >>> Document(key="k", text="Body.", title="Title").analysed_text
        'Title\n\nBody.'
        """
        return f"{self.title}\n\n{self.text}" if self.title else self.text

    def __post_init__(self) -> None:
        meta = "\x1f".join([self.title or "", self.date.isoformat() if self.date else "", self.url or ""])
        digest = hashlib.sha256((meta + "\x1e" + self.text).encode("utf-8")).hexdigest()
        object.__setattr__(self, "content_hash", digest)


@dataclass(frozen=True)
class Skipped:
    """A file (or a line of one) that was not built, and why.

    ``path`` names the file (``file.jsonl#3`` for a line); ``reason`` does not repeat it.

    Examples
    --------
    >>> Skipped("a.pdf", "unknown extension '.pdf'").reason
    "unknown extension '.pdf'"
    """

    path: str
    reason: str


@dataclass(frozen=True)
class Duplicate(Skipped):
    """A release with the same identity (url, or relative path) as one read before it.

    Examples
    --------
    >>> d = Duplicate("b/x.txt", "same url as a/x.txt (https://x.gov/1); a/x.txt is kept", kept="a/x.txt")
    >>> d.kept, isinstance(d, Skipped)
    ('a/x.txt', True)
    """

    kept: str = ""


@dataclass(frozen=True)
class Unchanged:
    """A one-release file whose exact bytes the caller built before, so not read again.

    The ``known`` hook of :func:`igr.ingest.read_sources` returns it (a build keeps a
    digest of each file's bytes: an unchanged archive costs a hash per file).

    Examples
    --------
    >>> Unchanged("a/x.txt", "https://x.gov/1", "ab12").key
    'https://x.gov/1'
    """

    path: str
    key: str
    content_hash: str
