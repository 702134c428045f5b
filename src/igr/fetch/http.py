"""A polite HTTP client: a request rate, robots.txt, retries with backoff, conditional requests.

Examples
--------
>>> client = PoliteClient(rate=2.0)
>>> client.user_agent.startswith("igr/")
True
>>> client.close()
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from igr.version import __version__
from igr.errors import FetchError, FetchFailed
from igr.fetch.cache import CachedPage, HttpCache

USER_AGENT = f"igr/{__version__} (knowledge graphs of intergovernmental relations; python-httpx/{httpx.__version__})"
"""Names the tool and its version, so that a site can tell who is asking."""

RETRIED = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Page:
    """A page received: ``status`` 200, or 304 when the cached copy is still current."""

    url: str
    body: bytes
    content_type: str | None
    status: int

    @property
    def changed(self) -> bool:
        return self.status != 304


@dataclass
class Counts:
    """What a client did: requests sent, how many were conditional, answered 304, retried."""

    requests: int = 0
    conditional: int = 0
    not_modified: int = 0
    retries: int = 0


class PoliteClient:
    """Fetch pages one at a time, at most ``rate`` requests a second, as robots.txt allows.

    Parameters
    ----------
    cache : HttpCache, optional
        Where pages and their validators are kept; with it, a page fetched before is
        asked for conditionally (``If-None-Match``/``If-Modified-Since``).
    rate : float
        Requests per second at most (a robots.txt ``Crawl-delay`` slows it further).
    retries : int
        Further attempts after a 429, a 5xx, a timeout or a network error.
    backoff : float
        Seconds before the first retry, doubled at each next one; a ``Retry-After``
        header wins over it.
    max_wait : float
        The longest wait accepted from a ``Retry-After``; a longer one fails the page.
    timeout : float
        Seconds to wait for a connection or a response.
    robots : bool
        Read and obey each host's robots.txt.
    sleep : callable
        ``time.sleep``; tests may pass another.
    """

    def __init__(self, cache: HttpCache | None = None, *, rate: float = 1.0, retries: int = 4,
                 backoff: float = 1.0, max_wait: float = 300.0, timeout: float = 30.0, robots: bool = True,
                 user_agent: str = USER_AGENT, sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0:
            raise FetchError("the request rate must be positive (requests per second), e.g. --rate 1")
        self.cache = cache
        self.interval = 1.0 / rate
        self.retries = max(0, retries)
        self.backoff = max(0.0, backoff)
        self.max_wait = max_wait
        self.robots = robots
        self.user_agent = user_agent
        self.counts = Counts()
        self._sleep = sleep
        self._last = float("-inf")
        self._rules: dict[str, tuple[RobotFileParser | None, float]] = {}
        self._http = httpx.Client(headers={"User-Agent": user_agent}, timeout=timeout, follow_redirects=True)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str) -> Page:
        """Fetch ``url`` (conditionally when cached).

        Raises
        ------
        FetchFailed
            When robots.txt forbids the url, the server answers with another error,
            or every attempt failed; the reason says which.
        """
        if self.robots and not self._allowed(url):
            raise FetchFailed(url, "disallowed by robots.txt")
        return self._get(url)

    def _get(self, url: str) -> Page:
        cached = self.cache.get(url) if self.cache is not None else None
        headers = cached.validators() if cached else {}
        reason = ""
        for attempt in range(self.retries + 1):
            self._wait_turn(url)
            self.counts.requests += 1
            self.counts.conditional += bool(headers)
            try:
                response = self._http.get(url, headers=headers)
            except httpx.TimeoutException:
                reason, delay = "timed out", self._delay(attempt)
            except httpx.HTTPError as err:
                reason, delay = f"network error ({type(err).__name__}: {err})", self._delay(attempt)
            else:
                if response.status_code == 304 and cached is not None:
                    self.counts.not_modified += 1
                    return Page(url, cached.body, cached.content_type, 304)
                if response.status_code == 200:
                    return self._received(url, response)
                if response.status_code not in RETRIED:
                    raise FetchFailed(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
                reason = f"HTTP {response.status_code}"
                delay = _retry_after(response.headers.get("Retry-After"))
                if delay is not None and delay > self.max_wait:
                    raise FetchFailed(url, f"{reason}; the server asks to wait {delay:.0f} s, more than {self.max_wait:.0f} s")
                delay = self._delay(attempt) if delay is None else delay
            if attempt < self.retries:
                self.counts.retries += 1
                self._sleep(delay)
        attempts = self.retries + 1
        raise FetchFailed(url, f"{reason} ({attempts} attempt{'s' if attempts > 1 else ''})")

    def _received(self, url: str, response: httpx.Response) -> Page:
        page = CachedPage(url=url, body=response.content, content_type=response.headers.get("Content-Type"),
                          etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified"))
        if self.cache is not None and (page.etag or page.last_modified):
            self.cache.put(page)
        return Page(url, page.body, page.content_type, 200)

    def _delay(self, attempt: int) -> float:
        return self.backoff * (2 ** attempt)

    def _wait_turn(self, url: str) -> None:
        interval = max(self.interval, self._rules.get(_origin(url), (None, 0.0))[1])
        wait = self._last + interval - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        self._last = time.monotonic()

    def _allowed(self, url: str) -> bool:
        origin = _origin(url)
        if origin not in self._rules:
            self._rules[origin] = self._read_robots(origin)
        rules = self._rules[origin][0]
        return rules is None or rules.can_fetch(self.user_agent, url)

    def _read_robots(self, origin: str) -> tuple[RobotFileParser | None, float]:
        """The rules of ``origin``: none (all allowed) when it has no robots.txt.

        A robots.txt that cannot be read (a server error, no answer) stops the fetch:
        the site's wishes are unknown.
        """
        self._rules[origin] = (None, 0.0)  # while reading it
        try:
            page = self._get(f"{origin}/robots.txt")
        except FetchFailed as err:
            if err.reason.startswith("HTTP 4") and not err.reason.startswith("HTTP 429"):
                return None, 0.0
            raise FetchError(f"cannot read {origin}/robots.txt ({err.reason}); try again later") from None
        rules = RobotFileParser()
        rules.parse(page.body.decode("utf-8", "replace").splitlines())
        delay = rules.crawl_delay(self.user_agent)
        return rules, float(delay or 0.0)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date).

    Examples
    --------
    >>> _retry_after("3"), _retry_after(None), _retry_after("soon")
    (3.0, None, None)
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
