"""The polite client against the loopback site: waits, retries, robots.txt, the cache."""

from __future__ import annotations

import pytest

from igr.errors import FetchError, FetchFailed
from igr.fetch.cache import HttpCache
from igr.fetch.http import PoliteClient

RELEASE = "/gia/general/202406/03/P2024060300020.htm"


class Sleeps(list):
    """A sleep that only records how long it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def _url(site, path: str) -> str:
    return site.base.rsplit("/gia/", 1)[0] + path


def test_requests_are_spaced_by_the_rate(site):
    sleeps = Sleeps()
    with PoliteClient(rate=2.0, sleep=sleeps) as client:
        for n in (1, 2, 3):
            client.get(_url(site, f"/gia/general/202406/0{n}.htm"))
    # robots.txt, then three pages: every request after the first waits about half a second
    assert len(sleeps) == 3 and all(0.3 < s <= 0.5 for s in sleeps)


def test_crawl_delay_slows_the_rate(site):
    site.pages["/robots.txt"] = (b"User-agent: *\nCrawl-delay: 5\n", "text/plain")
    sleeps = Sleeps()
    with PoliteClient(rate=100.0, sleep=sleeps) as client:
        client.get(_url(site, "/gia/general/202406/01.htm"))
        client.get(_url(site, "/gia/general/202406/02.htm"))
    assert sleeps and sleeps[-1] > 4.5


def test_retry_after_wins_over_the_backoff(site):
    site.throttle[RELEASE] = (1, "7")
    sleeps = Sleeps()
    with PoliteClient(rate=1000.0, backoff=0.5, sleep=sleeps) as client:
        assert client.get(_url(site, RELEASE)).status == 200
    assert 7.0 in sleeps


def test_backoff_doubles_then_gives_up_with_the_reason(site):
    site.fail[RELEASE] = 10
    sleeps = Sleeps()
    with PoliteClient(rate=1000.0, backoff=0.5, retries=3, sleep=sleeps) as client:
        with pytest.raises(FetchFailed) as err:
            client.get(_url(site, RELEASE))
    assert err.value.reason == "HTTP 503 (4 attempts)"
    assert [s for s in sleeps if s >= 0.5] == [0.5, 1.0, 2.0]


def test_a_too_long_retry_after_fails_the_page(site):
    site.throttle[RELEASE] = (1, "3600")
    with PoliteClient(rate=1000.0, max_wait=60, sleep=Sleeps()) as client:
        with pytest.raises(FetchFailed, match="asks to wait 3600 s"):
            client.get(_url(site, RELEASE))


def test_a_timeout_is_retried(site):
    site.slow[RELEASE] = (1, 1.5)
    with PoliteClient(rate=1000.0, timeout=0.5, backoff=0.01) as client:
        page = client.get(_url(site, RELEASE))
        assert page.status == 200 and client.counts.retries == 1


def test_an_unreadable_robots_txt_stops_the_fetch(site):
    site.fail["/robots.txt"] = 100
    with PoliteClient(rate=1000.0, backoff=0.01, retries=1) as client:
        with pytest.raises(FetchError, match=r"cannot read http://127\.0\.0\.1:\d+/robots\.txt \(HTTP 503"):
            client.get(_url(site, RELEASE))


def test_no_robots_txt_allows_everything(site):
    del site.pages["/robots.txt"]
    with PoliteClient(rate=1000.0) as client:
        assert client.get(_url(site, "/gia/general/202406/05/P2024060500001.htm")).status == 200


def test_the_cache_makes_the_next_request_conditional(site, tmp_path):
    cache = HttpCache(tmp_path)
    with PoliteClient(cache, rate=1000.0) as client:
        first = client.get(_url(site, RELEASE))
        second = client.get(_url(site, RELEASE))
    assert (first.status, second.status) == (200, 304) and first.body == second.body
    headers = [h for path, h, _ in site.requests(RELEASE)]
    assert "if-none-match" not in headers[0] and "if-none-match" in headers[1]
    assert "if-modified-since" in headers[1]


def test_a_damaged_cache_entry_is_fetched_again(site, tmp_path):
    cache = HttpCache(tmp_path)
    with PoliteClient(cache, rate=1000.0) as client:
        client.get(_url(site, RELEASE))
        for entry in tmp_path.rglob("*.page"):
            entry.write_bytes(b"{not json")
        assert client.get(_url(site, RELEASE)).status == 200
