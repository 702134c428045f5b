"""One reader per source format; each turns bytes into :class:`Document` records.

Readers raise :class:`igr.errors.InputError` with a reason a user can act on (the
caller names the file, so a reason does not); the caller reports it and goes on with
the next file. The ``.jsonl`` reader yields a :class:`Skipped` per bad line instead, so
that the good lines of the same file still build.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date

from bs4 import BeautifulSoup

from igr.errors import InputError
from igr.ingest.document import Document, Skipped
from igr.ingest.text import clean_line, clean_text, release_footer

_HEADER_LINE = re.compile(r"^(title|url|date)\s*:\s*(.*)$", re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MD_TITLE = re.compile(r"^#\s+(.+)$")


def parse_date(value: str | None) -> date | None:
    """Read an ISO date (``2024-06-25``, also inside a longer timestamp); None if absent.

    Examples
    --------
    >>> parse_date("2024-06-25"), parse_date("unknown")
    (datetime.date(2024, 6, 25), None)
    """
    if not value:
        return None
    match = _ISO_DATE.search(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _known(value: object) -> str | None:
    """A metadata value, cleaned to one line; None when absent, unknown or not a string."""
    value = clean_line(value) if isinstance(value, str) else ""
    return None if not value or value.lower() in {"unknown", "none", "n/a", "null"} else value


def read_text(raw: str, key: str, path: str) -> Document:
    """A ``.txt`` release, with or without the ``title:/url:/date:`` header.

    Examples
    --------
    >>> d = read_text("title: T\\nurl: unknown\\ndate: 2024-06-25\\n\\nBody.", "a.txt", "a.txt")
    >>> d.title, d.url, d.date.isoformat(), d.text
    ('T', None, '2024-06-25', 'Body.')
    """
    lines = raw.lstrip("\ufeff").split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := _HEADER_LINE.match(lines[i].strip())):
        meta[m[1].lower()] = m[2].strip()
        i += 1
    body = "\n".join(lines[i:]) if meta else raw
    url = _known(meta.get("url"))
    text, ended = _body_and_footer(body)
    return Document(
        key=url or key, text=text, title=_known(meta.get("title")),
        date=parse_date(meta.get("date")) or ended, url=url, path=path,
    )


def read_markdown(raw: str, key: str, path: str) -> Document:
    """A ``.md`` release: an optional ``# Title`` line, then the body."""
    lines = raw.lstrip("\ufeff").strip().split("\n")
    title = None
    if lines and (m := _MD_TITLE.match(lines[0].strip())):
        title, lines = m[1].strip(), lines[1:]
    doc = read_text("\n".join(lines).lstrip("\n"), key, path)  # a header may follow the title
    title = _known(title)
    if title and not doc.title:
        doc = Document(key=doc.key, text=doc.text, title=title, date=doc.date, url=doc.url, path=path)
    return doc


def read_html(raw: str, key: str, path: str) -> Document:
    """An ``.html`` page: the main text only (``<main>``/``<article>``, else ``<body>``).

    Scripts, styles, navigation, headers and footers are dropped.
    """
    soup = BeautifulSoup(raw, "html.parser")
    title_tag = soup.find("title") or soup.find("h1")
    title = _known(title_tag.get_text(" ", strip=True)) if title_tag else None
    meta_date = soup.find("meta", attrs={"name": re.compile("date", re.I)})
    meta_url = soup.find("link", rel="canonical") or soup.find("meta", attrs={"property": "og:url"})
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    main = soup.find("main") or soup.find("article") or soup.body or soup
    for h1 in main.find_all("h1"):
        h1.decompose()
    blocks = [el.get_text(" ", strip=True) for el in main.find_all(["p", "li", "h2", "h3", "blockquote"])]
    text = "\n\n".join(b for b in blocks if b) or main.get_text("\n", strip=True)
    if main.find(class_="ends") is not None and "Ends/" not in text:
        text += "\n\n" + main.find(class_="ends").get_text("\n", strip=True)
    text, ended = _body_and_footer(text)
    url = None
    if meta_url is not None:
        url = _known(meta_url.get("href") or meta_url.get("content"))  # a repeated attribute is a list: dropped
    return Document(
        key=url or key, text=text, title=title,
        date=parse_date(meta_date.get("content") if meta_date else None) or ended, url=url, path=path,
    )


def read_jsonl(raw: str, key: str, path: str) -> Iterator[Document | Skipped]:
    """A ``.jsonl`` file, one release a line with ``title``, ``date``, ``url``, ``text``.

    Yields a :class:`Skipped` for a bad line (``path#n``), so that the good lines of the
    same file still build.

    Examples
    --------
    >>> [type(x).__name__ for x in read_jsonl('{"text": "Body."}\\n{"text": "Cut', "f.jsonl", "f.jsonl")]
    ['Document', 'Skipped']
    >>> list(read_jsonl('{"text": "Cut', "f.jsonl", "f.jsonl"))[0].reason
    'not valid JSON (Unterminated string starting at column 10)'
    """
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            message = re.sub(r"\s+at$", "", err.msg)  # "Unterminated string starting at" + " at column"
            yield Skipped(where, f"not valid JSON ({message} at column {err.colno})")
            continue
        except RecursionError:
            yield Skipped(where, "not valid JSON (nested too deeply)")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Skipped(where, "a line must be a JSON object with a 'text' string")
            continue
        url = _known(record.get("url"))
        try:
            text, ended = _body_and_footer(record["text"])
        except InputError as err:
            yield Skipped(where, str(err))
            continue
        when = record.get("date")
        yield Document(
            key=url or f"{key}#{number}", text=text, title=_known(record.get("title")),
            date=parse_date(when if isinstance(when, str) else None) or ended, url=url, path=where,
        )


def _body_and_footer(text: str) -> tuple[str, date | None]:
    """Clean text without its "Ends/..." footer, and the footer's date."""
    text, ended = release_footer(clean_text(text))
    if not text:
        raise InputError("no text in this release")
    return text, ended
