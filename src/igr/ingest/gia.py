"""The layout of the official press-release site (``www.info.gov.hk/gia/general``).

One index page a day, ``.../general/YYYYMM/DD.htm``, links each release of that day at
``.../general/YYYYMM/DD/P<YYYYMMDD><NNNNN>.htm``. A release page holds its headline in
``#PRHeadlineSpan`` and its body in ``#pressrelease``, which ends with the
"Ends/<Weekday>, <Month> <D>, <YYYY> / Issued at HKT hh:mm" footer.

Examples
--------
>>> from datetime import date
>>> day_index_url("https://www.info.gov.hk/gia/general", date(2024, 6, 3))
'https://www.info.gov.hk/gia/general/202406/03.htm'
>>> release_date("https://www.info.gov.hk/gia/general/202406/03/P2024060300123.htm")
datetime.date(2024, 6, 3)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from urllib.parse import urljoin

from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser

from igr.errors import InputError
from igr.ingest.markup import node_text
from igr.ingest.text import clean_text, release_footer

OFFICIAL_BASE = "https://www.info.gov.hk/gia/general"
"""Where the English daily indexes live; ``igr fetch --base-url`` points elsewhere."""

RELEASE_PATH = re.compile(r"/(\d{6})/(\d{2})/P(\d{8})(\d{3,})\.htm$", re.IGNORECASE)
_ISSUED = re.compile(r"Issued at HKT\s+(\d{1,2}):(\d{2})")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_ALIASES = {"big5": "big5hkscs", "x-big5": "big5hkscs", "gb2312": "gb18030", "gbk": "gb18030"}


@dataclass(frozen=True)
class IndexEntry:
    """One release listed on a day index: its url and the headline the index shows."""

    url: str
    title: str


@dataclass(frozen=True)
class Release:
    """A release page read into its parts.

    ``issued`` is the "Issued at HKT hh:mm" time of the footer (None when the page has none).
    """

    url: str
    title: str
    text: str
    date: date
    issued: time | None = None

    @property
    def timestamp(self) -> str:
        """The date and time as ISO 8601 in Hong Kong time, or the date alone.

        Examples
        --------
        >>> Release("u", "T", "B.", date(2024, 6, 3), time(15, 30)).timestamp
        '2024-06-03T15:30+08:00'
        """
        if self.issued is None:
            return self.date.isoformat()
        return f"{self.date.isoformat()}T{self.issued:%H:%M}+08:00"


def day_index_url(base: str, day: date) -> str:
    """The index page of ``day`` under ``base`` (the ``.../gia/general`` folder)."""
    return f"{base.rstrip('/')}/{day:%Y%m}/{day:%d}.htm"


def release_date(url: str) -> date | None:
    """The date a release url carries (``P<YYYYMMDD>...``), or None for another url."""
    match = RELEASE_PATH.search(url.split("?", 1)[0])
    if not match:
        return None
    try:
        return datetime.strptime(match[3], "%Y%m%d").date()
    except ValueError:
        return None


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode a page: the charset the server declares, else the page's ``<meta>``, else a guess.

    Big5 is read as Big5-HKSCS (its Hong Kong superset), so that names written with
    Hong Kong characters survive.

    Examples
    --------
    >>> decode_html("<p>深圳</p>".encode("big5"), "text/html; charset=big5")
    '<p>深圳</p>'
    """
    declared = None
    if content_type and (m := re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)):
        declared = m[1]
    elif m := _META_CHARSET.search(data[:4096]):
        declared = m[1].decode("ascii", "replace")
    for encoding in filter(None, [declared and _ALIASES.get(declared.lower(), declared), "utf-8"]):
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("utf-8", "replace")


def parse_day_index(html: str, url: str) -> list[IndexEntry]:
    """The releases a day index links to, in page order, each once.

    Links are recognised by the release url pattern, so menus and other links are ignored.

    Examples
    --------
    >>> page = '<a href="/">Home</a><a href="03/P2024060300010.htm">CE meets Mayor</a>'
    >>> parse_day_index(page, "http://h/gia/general/202406/03.htm")
    [IndexEntry(url='http://h/gia/general/202406/03/P2024060300010.htm', title='CE meets Mayor')]
    """
    tree = LexborHTMLParser(html)
    seen: dict[str, IndexEntry] = {}
    for link in tree.css("a[href]"):
        href = urljoin(url, (link.attributes.get("href") or "").strip())
        if not RELEASE_PATH.search(href.split("?", 1)[0]) or href in seen:
            continue
        seen[href] = IndexEntry(href, clean_text(link.text(deep=True, separator=" ")))
    return list(seen.values())


def is_release_page(html: str) -> bool:
    """Whether a page has the official release layout (``#PRHeadlineSpan`` or ``#pressrelease``)."""
    return "PRHeadlineSpan" in html or 'id="pressrelease"' in html or "id='pressrelease'" in html


def parse_release(html: str, url: str) -> Release:
    """Read a release page: headline, main text without the footer, date and time of issue.

    The date comes from the footer, else from the url; a page without a footer is read
    all the same.

    Raises
    ------
    InputError
        When the page has no ``#pressrelease`` body or no text in it.

    Examples
    --------
    >>> page = ('<span id="PRHeadlineSpan">SJ visits Macao</span><div id="pressrelease">'
    ...         'The Secretary for Justice visited Macao.<br><br>Ends/Monday, June 3, 2024<br>'
    ...         'Issued at HKT 15:30</div>')
    >>> r = parse_release(page, "http://h/gia/general/202406/03/P2024060300010.htm")
    >>> r.title, r.text, r.timestamp
    ('SJ visits Macao', 'The Secretary for Justice visited Macao.', '2024-06-03T15:30+08:00')
    """
    tree = LexborHTMLParser(html)
    body = tree.css_first("#pressrelease")
    if body is None:
        raise InputError(f"{url}: not a press release page (no #pressrelease element)")
    headline = tree.css_first("#PRHeadlineSpan") or tree.css_first("title")
    title = clean_text(headline.text(deep=True, separator=" ")) if headline is not None else ""
    raw = node_text(body)
    issued = _ISSUED.search(raw)
    text, ended = release_footer(clean_text(raw))
    text = _ISSUED.sub("", text).strip() if issued and ended is None else text
    if not text:
        raise InputError(f"{url}: the release has no text")
    when = ended or release_date(url)
    if when is None:
        raise InputError(f"{url}: no date in the footer or the url")
    return Release(url=url, title=title or text.split("\n", 1)[0][:200], text=text, date=when,
                   issued=time(int(issued[1]), int(issued[2])) if issued else None)
