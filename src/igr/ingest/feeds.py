"""RSS and Atom feeds of press releases: one release per item, read with feedparser.

An item's text is its full content when the feed carries it, else its summary, as
plain text with its paragraphs; its date is the date written in the feed (Hong Kong
feeds write local time), else the release footer's.

Examples
--------
>>> feed = ('<rss version="2.0"><channel><title>Press releases</title><item>'
...         '<title>SJ visits Macao</title><link>https://example.gov.hk/pr/1.htm</link>'
...         '<pubDate>Mon, 03 Jun 2024 23:30:00 +0800</pubDate>'
...         '<description>&lt;p&gt;The SJ visited Macao.&lt;/p&gt;</description></item></channel></rss>')
>>> [(d.title, d.date.isoformat(), d.text) for d in read_feed(feed, "f.rss", "f.rss")]
[('SJ visits Macao', '2024-06-03', 'The SJ visited Macao.')]
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime

import feedparser

from igr.errors import InputError
from igr.ingest.document import Document, Skipped
from igr.ingest.markup import html_text
from igr.ingest.readers import parse_date
from igr.ingest.text import clean_text, release_footer


def read_feed(raw: str, key: str, path: str) -> Iterator[Document | Skipped]:
    """Every item of an RSS or Atom feed; an item without text is a :class:`Skipped` (``path#n``).

    Raises
    ------
    InputError
        When the file is not a feed, or a feed without items.
    """
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        if parsed.bozo or not parsed.get("version"):
            reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or "no items"
            raise InputError(f"not an RSS or Atom feed ({reason})")
        raise InputError("the feed has no items")
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{path}#{number}"
        link = (entry.get("link") or "").strip() or None
        contents = entry.get("content") or []
        body = contents[0].get("value", "") if contents else entry.get("summary", "")
        text, ended = release_footer(html_text(body) if "<" in body else clean_text(body))
        if not text:
            yield Skipped(where, "the item has no text")
            continue
        title = clean_text(entry.get("title", "")) or None
        yield Document(key=link or f"{key}#{number}", text=text, title=title,
                       date=_written_date(entry) or ended, url=link, path=where)


def _written_date(entry) -> date | None:
    """The date as the feed writes it (RFC 822 for RSS, RFC 3339 for Atom), in its own time zone."""
    for field in ("published", "updated", "dc_date"):
        value = (entry.get(field) or "").strip()
        if not value:
            continue
        try:
            return parsedate_to_datetime(value).date()
        except (TypeError, ValueError):
            pass
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            if found := parse_date(value):
                return found
    return None
