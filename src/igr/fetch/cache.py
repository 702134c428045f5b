"""An on-disk HTTP cache: each page's body with the validators that make the next request conditional.

One file per url (named by a hash of it) holds a JSON header line and the body; it is
written to a temporary file and renamed, so a fetch killed at any moment leaves either
the old entry or the new one, never half of one.

Examples
--------
>>> import tempfile
>>> cache = HttpCache(tempfile.mkdtemp())
>>> cache.put(CachedPage("http://h/a.htm", b"<p>A</p>", etag='"v1"'))
>>> cache.get("http://h/a.htm").etag
'"v1"'
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class CachedPage:
    """A page as last received, with its validators (``ETag``, ``Last-Modified``)."""

    url: str
    body: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    def validators(self) -> dict[str, str]:
        """The headers that make a request for this page conditional."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class HttpCache:
    """Pages by url in ``folder`` (created when needed)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def _path(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.folder / digest[:2] / f"{digest}.page"

    def get(self, url: str) -> CachedPage | None:
        """The cached page of ``url``, or None (also for an entry that cannot be read)."""
        try:
            header, _, body = self._path(url).read_bytes().partition(b"\n")
            meta = json.loads(header)
        except (OSError, ValueError):
            return None
        if meta.get("url") != url:
            return None
        return CachedPage(url=url, body=body, content_type=meta.get("content_type"),
                          etag=meta.get("etag"), last_modified=meta.get("last_modified"))

    def put(self, page: CachedPage) -> None:
        """Store ``page``, replacing the previous entry atomically."""
        meta = {k: v for k, v in asdict(page).items() if k != "body"}
        write_atomic(self._path(page.url), json.dumps(meta).encode("utf-8") + b"\n" + page.body)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
