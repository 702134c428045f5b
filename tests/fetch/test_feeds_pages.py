"""RSS/Atom feeds and pages saved from government sites, read by ``igr build``'s ingest.

Every page and feed here was written for these tests.
"""

from __future__ import annotations

from datetime import date

from igr.ingest import Document, Skipped, read_sources
from igr.ingest.feeds import read_feed
from igr.ingest.pages import read_page

MENU = ('<div id="header"><a href="/">Home</a> | <a href="/sitemap">Sitemap</a> | <a href="/contact">Contact Us</a></div>'
        '<ul id="menu"><li><a href="/about">About Us</a></li><li><a href="/press">Press Releases</a></li>'
        '<li><a href="/speeches">Speeches</a></li></ul>')
FOOTER = '<div id="footer">2024 | Important notices | Privacy Policy | Last revision date: June 4, 2024</div>'

BUREAU = f"""<!DOCTYPE html>
<!-- saved from url=(0057)https://www.example-bureau.gov.hk/en/press/2024/pr0604.htm -->
<html lang="en"><head><meta charset="utf-8"><title>Press Releases - Example Bureau</title></head>
<body>{MENU}
<div id="content"><h1 class="title">SCMA meets Macao delegation</h1>
<p>The Secretary for Constitutional and Mainland Affairs, Mr Ho Chun-yin, met a delegation led by the Secretary
for Administration and Justice of the Macao Special Administrative Region today (June 4) to discuss closer
co-operation between the two places.</p>
<p>Mr Ho said that Hong Kong and Macao would continue to deepen exchanges in legal services, youth development and
cross-boundary travel, and he looked forward to the next meeting of the co-operation mechanism later this year.</p>
<p>Ends/Tuesday, June 4, 2024<br>Issued at HKT 16:00</p></div>
<div id="sidebar"><h3>Related links</h3><ul><li><a href="/x">Policy Address</a></li></ul></div>{FOOTER}
</body></html>"""

ETO = f"""<html><head><meta charset="utf-8"><title>HKETO Example | News</title>
<link rel="canonical" href="https://www.hketo-example.gov.hk/en/news/2024/06/12.html">
<meta property="og:title" content="Director of HKETO meets Minister of Trade of Ruritania">
<meta name="date" content="2024-06-12"></head>
<body>{MENU}<main><article>
<h1>Director of HKETO meets Minister of Trade of Ruritania</h1>
<p class="date">12 June 2024</p>
<p>The Director of the Hong Kong Economic and Trade Office in the region, Ms Wong Sze-man, called on the Minister
of Trade of Ruritania today to brief the minister on the latest economic developments of Hong Kong.</p>
<p>Ms Wong highlighted the opportunities that Hong Kong offers to businesses of Ruritania as an international
financial centre and a gateway to the Mainland, and invited the minister to visit Hong Kong later this year.</p>
</article><aside><h2>More news</h2><ul><li><a href="/a">ETO joins trade fair</a></li></ul></aside></main>{FOOTER}
</body></html>"""


def test_a_bureau_page_gives_its_main_text_only():
    d = read_page(BUREAU, "pr0604.htm", "pr0604.htm")
    assert d.url == d.key == "https://www.example-bureau.gov.hk/en/press/2024/pr0604.htm"
    assert d.title == "SCMA meets Macao delegation"
    assert d.date == date(2024, 6, 4)
    assert d.text.startswith("The Secretary for Constitutional and Mainland Affairs, Mr Ho Chun-yin, met")
    assert d.text.count("\n\n") == 1  # two paragraphs
    for furniture in ("Home", "Sitemap", "About Us", "Related links", "Policy Address", "Privacy Policy", "Ends/"):
        assert furniture not in d.text


def test_an_eto_page_with_a_canonical_link():
    d = read_page(ETO, "12.html", "12.html")
    assert d.url == "https://www.hketo-example.gov.hk/en/news/2024/06/12.html"
    assert d.title == "Director of HKETO meets Minister of Trade of Ruritania"
    assert d.date == date(2024, 6, 12)
    assert "called on the Minister of Trade of Ruritania" in d.text
    assert "More news" not in d.text and "ETO joins trade fair" not in d.text and "Contact Us" not in d.text


def test_a_saved_official_release_page_is_read_by_its_layout():
    page = ('<!-- saved from url=(0064)https://www.info.gov.hk/gia/general/202406/03/P2024060300010.htm -->'
            '<html><body><div id="menu"><a href="/">Home</a></div><span id="PRHeadlineSpan">SJ visits Macao</span>'
            '<div id="pressrelease">The Secretary for Justice visited Macao today.<br><br>He met officials.<br><br>'
            'Ends/Monday, June 3, 2024<br>Issued at HKT 15:30</div></body></html>')
    d = read_page(page, "saved.htm", "saved.htm")
    assert (d.title, d.date, d.url) == ("SJ visits Macao", date(2024, 6, 3),
                                        "https://www.info.gov.hk/gia/general/202406/03/P2024060300010.htm")
    assert d.text == "The Secretary for Justice visited Macao today.\n\nHe met officials."


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example press releases</title><link>https://example.gov.hk/</link>
<item><title>CE meets Governor of Guangdong Province</title><link>https://example.gov.hk/pr/0620a.htm</link>
<pubDate>Thu, 20 Jun 2024 23:10:00 +0800</pubDate>
<description>&lt;p&gt;The Chief Executive met the Governor of Guangdong Province today.&lt;/p&gt;&lt;p&gt;They discussed the Greater Bay Area.&lt;/p&gt;</description></item>
<item><title>Empty item</title><link>https://example.gov.hk/pr/0620b.htm</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example ETO news</title><id>urn:x</id><updated>2024-06-21T09:00:00+08:00</updated>
<entry><title>ETO director visits Ruritania</title><id>urn:x:1</id><link href="https://example.gov.hk/eto/1.html"/>
<updated>2024-06-21T09:00:00+08:00</updated>
<content type="html">&lt;p&gt;The Director visited the capital of Ruritania and met its trade minister.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items_are_releases():
    items = list(read_feed(RSS, "f.rss", "f.rss"))
    first, empty = items
    assert isinstance(first, Document) and isinstance(empty, Skipped)
    assert (first.title, first.url, first.date) == ("CE meets Governor of Guangdong Province",
                                                    "https://example.gov.hk/pr/0620a.htm", date(2024, 6, 20))
    assert first.text == "The Chief Executive met the Governor of Guangdong Province today.\n\nThey discussed the Greater Bay Area."
    assert empty.path == "f.rss#2" and empty.reason == "the item has no text"


def test_atom_entries_and_build_discovery(tmp_path):
    (tmp_path / "news.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "press.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "data.xml").write_text("<records><record>1</record></records>", encoding="utf-8")
    (tmp_path / "pr0604.htm").write_text(BUREAU, encoding="utf-8")
    found = list(read_sources([tmp_path]))
    docs = {d.url: d for d in found if isinstance(d, Document)}
    assert set(docs) == {"https://example.gov.hk/eto/1.html", "https://example.gov.hk/pr/0620a.htm",
                         "https://www.example-bureau.gov.hk/en/press/2024/pr0604.htm"}
    assert docs["https://example.gov.hk/eto/1.html"].date == date(2024, 6, 21)
    skipped = {s.path.rsplit("/", 1)[-1]: s.reason for s in found if isinstance(s, Skipped)}
    assert skipped["data.xml"].startswith("not an RSS or Atom feed")
    assert skipped["press.rss#2"] == "the item has no text"
