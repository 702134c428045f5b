import json
from datetime import date

import pytest

from igr.ingest import Document, Skipped, read_sources
from igr.ingest.readers import parse_date, read_html, read_jsonl, read_markdown, read_text
from igr.ingest.text import clean_text


def test_header_is_read_and_removed():
    d = read_text("title: CS visits Shanghai\nurl: https://x.gov/1.htm\ndate: 2024-06-25\n\nThe CS met Mr Li.", "a.txt", "a.txt")
    assert (d.title, d.url, d.date, d.text) == ("CS visits Shanghai", "https://x.gov/1.htm", date(2024, 6, 25), "The CS met Mr Li.")
    assert d.key == "https://x.gov/1.htm"  # identity is the url when known


def test_text_without_header_keeps_its_path_as_key():
    d = read_text("The Chief Executive met Mr Li.", "sub/a.txt", "/x/sub/a.txt")
    assert (d.key, d.title, d.date) == ("sub/a.txt", None, None)


def test_unknown_values_are_none():
    d = read_text("title: T\nurl: unknown\ndate: unknown\n\nBody.", "a.txt", "a.txt")
    assert (d.url, d.date, d.key) == (None, None, "a.txt")


@pytest.mark.parametrize("raw, fixed", [
    ("â€‹The CS met Mr Li.", "The CS met Mr Li."),
    ("Hong Kongâ€™s role", "Hong Kong's role"),
    ("a\u00a0 b\n\n\n\nc", "a b\n\nc"),
])
def test_mojibake_and_spacing_are_repaired(raw, fixed):
    assert clean_text(raw) == fixed


def test_markdown_title():
    d = read_markdown("# A release\n\nBody text.", "a.md", "a.md")
    assert (d.title, d.text) == ("A release", "Body text.")


def test_html_keeps_main_text_only():
    page = """<html><head><title>T</title><meta name="date" content="2024-01-02"><script>var x=1;</script></head>
    <body><nav>Home | About</nav><header>Site</header><main><h1>T</h1><p>First para.</p><p>Second para.</p></main>
    <footer>Copyright</footer></body></html>"""
    d = read_html(page, "a.html", "a.html")
    assert d.text == "First para.\n\nSecond para."
    assert (d.title, d.date) == ("T", date(2024, 1, 2))


def test_jsonl_reports_bad_lines_and_keeps_good_ones():
    good = json.dumps({"title": "T", "date": "2024-05-01", "url": "", "text": "Body."})
    items = list(read_jsonl(good + "\n{oops\n" + json.dumps({"x": 1}) + "\n", "f.jsonl", "f.jsonl"))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.key for d in docs] == ["f.jsonl#1"] and docs[0].date == date(2024, 5, 1)
    assert [(s.path, s.reason) for s in items if isinstance(s, Skipped)] == [
        ("f.jsonl#2", "not valid JSON (Expecting property name enclosed in double quotes at column 2)"),
        ("f.jsonl#3", "a line must be a JSON object with a 'text' string"),
    ]


def test_parse_date():
    assert parse_date("2017-11-18T10:00:00") == date(2017, 11, 18)
    assert parse_date("2017-13-45") is None


def test_content_hash_changes_with_text_and_metadata():
    a = Document(key="k", text="x")
    assert a.content_hash == Document(key="k", text="x").content_hash
    assert a.content_hash != Document(key="k", text="y").content_hash
    assert a.content_hash != Document(key="k", text="x", title="T").content_hash


def test_directory_walk_reports_and_skips_bad_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("The Chief Executive met Mr Li.")
    (tmp_path / "b.md").write_text("# T\n\nBody.")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin.txt").write_bytes("The caf\xe9 was opened by the Chief Executive.".encode("latin-1"))
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("secret")
    items = list(read_sources([tmp_path]))
    docs = sorted(i.key for i in items if isinstance(i, Document))
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in items if isinstance(s, Skipped)}
    assert docs == ["b.md", "latin.txt", "sub/a.txt"]  # Latin-1 is read, with a warning
    assert reasons["empty.txt"] == "empty file"
    assert reasons["bin.txt"] == "binary file, not text"
    assert reasons[".hidden.txt"] == "hidden file, not read"
    assert reasons["x.pdf"].startswith("unknown extension '.pdf'")


def test_missing_path_is_an_error(tmp_path):
    from igr.errors import InputError

    with pytest.raises(InputError, match="no such file or folder"):
        list(read_sources([tmp_path / "nope"]))


def test_release_footer_dates_a_release_without_header_and_is_removed():
    d = read_text("The CE met Mr Li.\n\nEnds/Saturday, November 18, 2017\nIssued at HKT 20:15", "a.txt", "a.txt")
    assert (d.text, d.date) == ("The CE met Mr Li.", date(2017, 11, 18))


def test_header_date_wins_over_footer():
    d = read_text("date: 2024-01-02\n\nBody.\n\nEnds/Friday, March 3, 2023", "a.txt", "a.txt")
    assert d.date == date(2024, 1, 2)


def test_markdown_header_after_the_title():
    d = read_markdown("# A release\n\nurl: https://x.gov/2.htm\ndate: 2024-06-25\n\nBody text.", "a.md", "a.md")
    assert (d.title, d.url, d.date, d.text) == ("A release", "https://x.gov/2.htm", date(2024, 6, 25), "Body text.")
