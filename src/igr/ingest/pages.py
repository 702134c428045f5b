"""Pages saved from government web sites: official release pages, and the main text of the others.

Analysts save pages from the press-release site, the bureaux, the Economic and Trade
Offices and news.gov.hk. A page in the official release layout is read by its layout
(:mod:`igr.ingest.gia`); a page that says where it came from (a browser's
``<!-- saved from url=... -->`` comment, a canonical link, ``og:url``) has its main text,
title and date found by trafilatura, which leaves out menus, sidebars and footers; any
other HTML file, or one where trafilatura finds no main text, is read as before
(:func:`igr.ingest.readers.read_html`).

Examples
--------
>>> page = ('<!-- saved from url=(0044)https://www.info.gov.hk/gia/general/202406/03/P2024060300010.htm -->'
...         '<span id="PRHeadlineSpan">SJ visits Macao</span><div id="pressrelease">The SJ visited Macao.'
...         '<br>Ends/Monday, June 3, 2024</div>')
>>> d = read_page(page, "a.htm", "a.htm")
>>> d.title, d.date.isoformat(), d.key
('SJ visits Macao', '2024-06-03', 'https://www.info.gov.hk/gia/general/202406/03/P2024060300010.htm')
"""

from __future__ import annotations

import re

import trafilatura
from selectolax.lexbor import LexborHTMLParser

from igr.errors import InputError
from igr.ingest.document import Document
from igr.ingest.gia import is_release_page, parse_release
from igr.ingest.readers import parse_date, read_html
from igr.ingest.text import clean_text, release_footer

_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)


def source_url(html: str) -> str | None:
    """Where a saved page came from: the browser's note, the canonical link or ``og:url``.

    Examples
    --------
    >>> source_url('<link rel="canonical" href="https://www.news.gov.hk/eng/2024/06/a.html">')
    'https://www.news.gov.hk/eng/2024/06/a.html'
    """
    if m := _SAVED_FROM.search(html[:4096]):
        return m[1]
    tree = LexborHTMLParser(html)
    for selector, attribute in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        value = (node.attributes.get(attribute) or "").strip() if node is not None else ""
        if value.startswith(("http://", "https://")):
            return value
    return None


def read_page(raw: str, key: str, path: str) -> Document:
    """An ``.html``/``.htm`` file: an official release page, a page saved from a site, or any HTML.

    Raises
    ------
    InputError
        When the page holds no text.
    """
    url = source_url(raw)
    if is_release_page(raw):
        try:
            release = parse_release(raw, url or key)
        except InputError as err:
            if "no date" not in str(err):
                raise InputError(str(err).removeprefix(f"{url or key}: ")) from None
        else:
            return Document(key=url or key, text=release.text, title=release.title or None,
                            date=release.date, url=url, path=path)
    found = _main_text(raw, url, path) if url else None
    return found or read_html(raw, key, path)


def _main_text(raw: str, url: str, path: str) -> Document | None:
    """The page's main text as trafilatura finds it; None when it finds none (too short a page)."""
    found = trafilatura.bare_extraction(raw, url=url, with_metadata=True, favor_precision=True,
                                        include_comments=False, include_tables=True)
    meta = found.as_dict() if found is not None and hasattr(found, "as_dict") else (found or {})
    title = (meta.get("title") or "").strip() or None
    lines = [line.strip() for line in (meta.get("text") or "").split("\n")]
    if lines and title and lines[0] == title:  # the headline repeated as the first line
        lines = lines[1:]
    text, ended = release_footer(clean_text("\n\n".join(line for line in lines if line)))
    if not text:
        return None
    return Document(key=url, text=text, title=title, date=ended or parse_date(meta.get("date")), url=url, path=path)
