"""Property tests: no bytes, text or JSONL makes reading fail; every file ends as documents or reasons."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from igr.errors import InputError
from igr.ingest import Document, Skipped, read_sources
from igr.ingest.decode import decode
from igr.ingest.readers import read_html, read_jsonl, read_markdown, read_text
from tests.robustness.strategies import files, fuzz, jsonl, texts

REASONS = ("unknown extension", "empty file", "binary file, not text", "not text in any encoding",
           "no text in this release", "not valid JSON (", "a line must be a JSON object", "not English (",
           "same url", "same path relative", "no releases in this file", "too long for one release")
"""How every Skipped reason starts: anything else (an internal error) is a bug."""


def _check(items, suffix):
    for item in items:
        if isinstance(item, Skipped):
            assert item.reason.startswith(REASONS), item.reason
            assert item.path not in item.reason  # the path is said once, by the caller
        else:
            assert isinstance(item, Document) and item.text.strip()
            item.analysed_text.encode("utf-8")  # no lone surrogates reach extraction
            assert "\x00" not in item.analysed_text and len(item.content_hash) == 64
            assert item.title is None or "\n" not in item.title


@fuzz(400)
@given(data=files, suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".htm"]))
def test_any_bytes_in_any_release_file_are_read_or_skipped_with_a_reason(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"release{suffix}"
        path.write_bytes(data)
        items = list(read_sources([path]))
    assert items
    _check(items, suffix)
    if suffix != ".jsonl":
        assert len(items) == 1


@fuzz(400)
@given(data=files)
def test_decode_returns_text_or_says_why_not(data):
    try:
        decoded = decode(data)
    except InputError as err:
        assert str(err) in {"binary file, not text", "not text in any encoding igr can detect"}
    else:
        decoded.text.encode("utf-8", errors="surrogatepass")
        assert decoded.replaced >= 0 and all(w for w in decoded.warnings)


@fuzz(400)
@given(text=texts, reader=st.sampled_from([read_text, read_markdown, read_html]))
def test_readers_take_any_text(text, reader):
    try:
        document = reader(text, "k.txt", "k.txt")
    except InputError as err:
        assert str(err) == "no text in this release"
    else:
        _check([document], ".txt")


@fuzz(400)
@given(raw=jsonl())
def test_any_jsonl_gives_one_record_per_line(raw):
    items = list(read_jsonl(raw, "f.jsonl", "f.jsonl"))
    assert len(items) == sum(1 for line in raw.split("\n") if line.strip())
    _check(items, ".jsonl")
    assert all(i.path.startswith("f.jsonl#") for i in items)
