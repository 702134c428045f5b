"""A real HTTP server on loopback serving a made-up month of the official press-release site.

Every page here was written for these tests: fictional officials, the official layout
(day indexes linking ``.../YYYYMM/DD/P<YYYYMMDD><NNNNN>.htm``, ``#PRHeadlineSpan``,
``#pressrelease`` and the "Ends/... Issued at HKT" footer).
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

LAST_MODIFIED = "Mon, 01 Jul 2024 00:00:00 GMT"


@dataclass
class FakeRelease:
    day: date
    number: int
    title: str
    paragraphs: list[str]
    relevant: bool
    issued: str | None = "15:30"  # None: a page without the footer
    encoding: str = "utf-8"

    @property
    def path(self) -> str:
        return f"/gia/general/{self.day:%Y%m}/{self.day:%d}/P{self.day:%Y%m%d}{self.number:05d}.htm"

    def html(self) -> bytes:
        body = "".join(f"<p>{p}</p>" for p in self.paragraphs)
        if self.issued:
            body += f"<p>Ends/{self.day:%A}, {self.day:%B} {self.day.day}, {self.day:%Y}<br>Issued at HKT {self.issued}</p>"
        charset = f'<meta http-equiv="Content-Type" content="text/html; charset={self.encoding}">'
        page = (f"<html><head>{charset}<title>Press Releases</title></head><body>"
                f"<div id='menu'><a href='/gia/general/today.htm'>Today's Press Releases</a> | <a href='/'>Home</a></div>"
                f"<span id=\"PRHeadlineSpan\">{self.title}</span>"
                f"<div id=\"pressrelease\">{body}</div>"
                f"<div id='footer'>Important notices | Privacy policy | 2024 Site Owner</div></body></html>")
        return page.encode(self.encoding)


IRRELEVANT = [
    ("Lost hiker found safe in Sai Kung", ["A hiker reported missing yesterday was found safe by police this morning."]),
    ("Tenders invited for cleaning services of government offices",
     ["The Government Logistics Department invites tenders for cleaning services of offices in Wan Chai."]),
    ("Hot weather reminder for outdoor workers", ["The Labour Department reminds employers to protect outdoor workers in hot weather."]),
    ("Import of frozen shrimps from Norway suspended",
     ["The Centre for Food Safety suspended the import of frozen shrimps from a farm in Norway after tests found a residue."]),
    ("Library opening hours during the holiday", ["Public libraries will open as usual on the holiday."]),
]

RELEVANT = {
    3: ("SJ visits Macao (with photos)", [
        "The Secretary for Justice, Mr Lam Ka-ho, visited Macao today (June 3) and met the Secretary for "
        "Administration and Justice of the Macao Special Administrative Region to discuss legal co-operation.",
        "Mr Lam returns to Hong Kong in the evening."]),
    7: ("CE meets Mayor of Shenzhen", [
        "The Chief Executive, Mr Cheung Wing-kei, met the Mayor of Shenzhen, Mr Zhou Ming, at Government House today.",
        "They exchanged views on cross-boundary infrastructure."]),
    10: ("STL meets Minister of Transport of Singapore", [
        "The Secretary for Transport and Logistics met the Minister of Transport of Singapore today to discuss aviation links."]),
    12: ("SCMA to lead delegation to Chengdu", [
        "The Secretary for Constitutional and Mainland Affairs will lead a delegation to Chengdu tomorrow to meet "
        "officials of the Sichuan Provincial Government."]),
    14: ("CS attends Hong Kong/Guangdong Co-operation Joint Conference", [
        "The Chief Secretary for Administration attended the Hong Kong/Guangdong Co-operation Joint Conference in "
        "Guangzhou today with the Governor of Guangdong Province."]),
    21: ("SED visits Guangzhou", [
        "The Secretary for Education visited Guangzhou today and met the Director of the Guangdong Provincial "
        "Department of Education. 教育局局長今日訪問廣州。",
        "他與廣東省教育廳廳長會面，討論兩地教育合作。"]),
    25: ("FS to visit Singapore", [
        "The Financial Secretary will depart for Singapore tonight to meet the Minister for Finance of Singapore."]),
    27: ("SDEV receives visitors", [
        "The Secretary for Development met the Vice Governor of Guangdong Province, Ms Lin Hua, today.",
        "They discussed the planning of the boundary area."]),
}
"""Day of June 2024 -> (headline, paragraphs). Day 21 is served in Big5, day 25 has no footer,
day 10 fails twice before it works, day 14 answers 429 with Retry-After once, and day 27's
headline alone does not decide (its first sentence does)."""


@dataclass
class Site:
    """The pages, the misbehaviour asked of some, and a log of every request."""

    pages: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    releases: list[FakeRelease] = field(default_factory=list)
    fail: dict[str, int] = field(default_factory=dict)  # path -> 503s to send first
    throttle: dict[str, tuple[int, str]] = field(default_factory=dict)  # path -> (429s to send, Retry-After)
    hold: dict[str, threading.Event] = field(default_factory=dict)  # path -> answer only when set
    slow: dict[str, tuple[int, float]] = field(default_factory=dict)  # path -> (slow answers to give, seconds)
    log: list[tuple[str, dict[str, str], int]] = field(default_factory=list)
    arrived: list[str] = field(default_factory=list)  # paths asked for, logged before any answer
    base: str = ""
    lock: threading.RLock = field(default_factory=threading.RLock)  # re-entered: answers are logged under it

    def add_day(self, day: date, releases: list[FakeRelease], extra_links: list[str] = ()) -> None:
        links = "".join(f'<li><a href="{r.day:%d}/P{r.day:%Y%m%d}{r.number:05d}.htm">{r.title}</a></li>'
                        for r in releases)
        links += "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in extra_links)
        index = (f"<html><head><meta charset='utf-8'><title>Press Releases {day}</title></head><body>"
                 f"<div class='nav'><a href='/gia/general/{day:%Y%m}/{day - timedelta(1):%d}.htm'>Previous day</a></div>"
                 f"<ul>{links}</ul></body></html>")
        self.pages[f"/gia/general/{day:%Y%m}/{day:%d}.htm"] = (index.encode("utf-8"), "text/html; charset=utf-8")
        for r in releases:
            ctype = "text/html; charset=big5" if r.encoding == "big5" else "text/html"
            self.pages[r.path] = (r.html(), ctype)
            self.releases.append(r)

    def requests(self, prefix: str = "/gia/") -> list[tuple[str, dict[str, str], int]]:
        with self.lock:
            return [entry for entry in self.log if entry[0].startswith(prefix)]

    def relevant(self) -> list[FakeRelease]:
        return [r for r in self.releases if r.relevant]


def june_site() -> Site:
    site = Site()
    site.pages["/robots.txt"] = (b"User-agent: *\nDisallow: /gia/general/202406/05/P2024060500090.htm\n", "text/plain")
    for n in range(1, 31):
        day = date(2024, 6, n)
        releases = []
        for k, (title, paragraphs) in enumerate(IRRELEVANT[: 2 + n % 3], start=1):
            releases.append(FakeRelease(day, k, title, paragraphs, relevant=False, issued=f"1{k}:00"))
        if n in RELEVANT:
            title, paragraphs = RELEVANT[n]
            releases.append(FakeRelease(day, 20, title, paragraphs, relevant=True,
                                        issued=None if n == 25 else "18:45", encoding="big5" if n == 21 else "utf-8"))
        extra = [("05/P2024060500090.htm", "Page robots.txt forbids")] if n == 5 else []
        extra += [("09/P2024060900099.htm", "A release that is gone")] if n == 9 else []
        site.add_day(day, releases, extra)
    site.fail["/gia/general/202406/10/P2024061000020.htm"] = 2
    site.throttle["/gia/general/202406/14/P2024061400020.htm"] = (1, "1")
    return site


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        site = self.site
        path = self.path.split("?", 1)[0]
        with site.lock:
            site.arrived.append(path)
        if path in site.hold:
            site.hold[path].wait(30)
        with site.lock:
            n, seconds = site.slow.get(path, (0, 0.0))
            if n:
                site.slow[path] = (n - 1, seconds)
        if n:
            time.sleep(seconds)
        self._answer(site, path)

    def _answer(self, site: Site, path: str) -> int:
        with site.lock:
            if site.fail.get(path, 0) > 0:
                site.fail[path] -= 1
                return self._send(503, b"busy", "text/plain")
            if site.throttle.get(path, (0, ""))[0] > 0:
                n, after = site.throttle[path]
                site.throttle[path] = (n - 1, after)
                return self._send(429, b"slow down", "text/plain", {"Retry-After": after})
        if path not in site.pages:
            return self._send(404, b"not found", "text/plain")
        body, ctype = site.pages[path]
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            return self._send(304, b"", None, {"ETag": etag, "Last-Modified": LAST_MODIFIED})
        return self._send(200, body, ctype, {"ETag": etag, "Last-Modified": LAST_MODIFIED})

    def _send(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str] | None = None) -> int:
        # Logged before the answer goes out: a client that has its answer finds its request in the log.
        with self.site.lock:
            self.site.log.append((self.path.split("?", 1)[0], {k.lower(): v for k, v in self.headers.items()}, status))
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            try:
                self.wfile.write(body)
            except OSError:
                pass
        return status

    def log_message(self, *args) -> None:  # keep test output clean
        pass


@pytest.fixture
def site():
    """The June 2024 site, served on 127.0.0.1 for the duration of one test."""
    data = june_site()
    handler = type("Handler", (_Handler,), {"site": data})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    data.base = f"http://127.0.0.1:{server.server_address[1]}/gia/general"
    yield data
    for event in data.hold.values():
        event.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def fast() -> list[str]:
    """Options that keep tests fast: the polite defaults would take minutes here."""
    return ["--rate", "1000", "--backoff", "0.01", "--retries", "3", "--timeout", "10"]


@pytest.fixture
def release_type():
    """The class of made-up releases, for tests that add a day to the site."""
    return FakeRelease
