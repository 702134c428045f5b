import json
from pathlib import Path

import pytest

from igr.ingest import Document, Duplicate, Skipped, read_sources
from igr.ingest.decode import decode

BODY = ("The Chief Executive met the Mayor of Shanghai in Hong Kong today. They discussed co-operation "
        "in finance and culture, and agreed to meet again next year.")


def _read(*paths):
    items = list(read_sources(paths))
    docs = {d.key: d for d in items if isinstance(d, Document)}
    skipped = {Path(s.path).name if "#" not in s.path else s.path.rsplit("/", 1)[-1]: s
               for s in items if isinstance(s, Skipped)}
    return docs, skipped


def test_files_that_are_not_releases_are_noted_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    for name in ("README.md", "readme.txt", "LICENSE", "LICENCE.txt", "CHANGELOG.md", "CONTRIBUTING.md"):
        (tmp_path / name).write_text("How this folder of releases was collected, and who may use it.")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main")
    docs, skipped = _read(tmp_path)
    assert list(docs) == ["a.txt"]
    assert skipped["README.md"].reason == "not a release (a folder's read-me, licence or change log), not read"
    assert {n for n, s in skipped.items() if s.reason.startswith("not a release")} == {
        "README.md", "readme.txt", "LICENSE", "LICENCE.txt", "CHANGELOG.md", "CONTRIBUTING.md"}
    assert skipped[".git"].reason == "hidden folder, not read" and "HEAD" not in skipped  # one note per folder
    assert skipped[".DS_Store"].reason == "hidden file, not read"


def test_a_release_named_like_a_readme_given_by_itself_is_read(tmp_path):
    (tmp_path / "history.txt").write_text(BODY)
    docs, _ = _read(tmp_path / "history.txt")
    assert list(docs) == ["history.txt"]


def test_same_url_is_reported_naming_both_files_and_the_first_is_kept(tmp_path):
    header = "title: CE meets Mayor\nurl: https://example.gov.hk/1.htm\ndate: 2024-06-25\n\n"
    (tmp_path / "a.txt").write_text(header + BODY)
    (tmp_path / "b.txt").write_text(header + BODY + " The two sides also signed a memorandum.")
    (tmp_path / "c.jsonl").write_text(json.dumps({"url": "https://example.gov.hk/1.htm", "title": "CE meets Mayor",
                                                  "date": "2024-06-25", "text": BODY}) + "\n")
    docs, skipped = _read(tmp_path)
    assert [d.path for d in docs.values()] == [str(tmp_path / "a.txt")]
    dup = skipped["b.txt"]
    assert isinstance(dup, Duplicate) and dup.kept == str(tmp_path / "a.txt")
    assert dup.reason == (f"same url (https://example.gov.hk/1.htm) as {tmp_path / 'a.txt'}, which is kept; "
                          "their texts differ")
    assert skipped["c.jsonl#1"].reason == f"same url (https://example.gov.hk/1.htm) as {tmp_path / 'a.txt'}, which is kept"


def test_same_relative_path_under_two_folders_is_a_duplicate_key(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(BODY)
    docs, skipped = _read(tmp_path / "x", tmp_path / "y")
    assert list(docs) == ["a.txt"] and skipped["a.txt"].reason.startswith("same path relative to the folder given")
    docs, skipped = _read(tmp_path)  # given their parent, both are kept
    assert sorted(docs) == ["x/a.txt", "y/a.txt"] and not skipped


def test_reading_order_and_choice_do_not_depend_on_the_file_system(tmp_path):
    for name in ("c.txt", "a.txt", "b.md", "sub/z.txt", "sub/a.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"url: https://example.gov.hk/{Path(name).stem}.htm\n\n{BODY}")
    items = list(read_sources([tmp_path]))
    assert [Path(i.path).relative_to(tmp_path).as_posix() for i in items] == [
        "a.txt", "b.md", "c.txt", "sub/a.txt", "sub/z.txt"]
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Document", "Duplicate", "Document"]


def test_bad_bytes_keep_the_release_and_carry_a_warning(tmp_path):
    data = ("\u201cHong Kong\u2019s role\u201d \u2014 " + BODY).encode()
    (tmp_path / "a.txt").write_bytes(data[:30] + b"\xff" + data[30:])
    docs, skipped = _read(tmp_path)
    assert docs["a.txt"].warnings == ("1 undecodable byte sequence(s) replaced with U+FFFD (read as utf-8)",)
    assert not skipped


def test_utf16_and_cp1252_files_build(tmp_path):
    (tmp_path / "w.txt").write_bytes(("\u201cQuoted\u201d: " + BODY).encode("cp1252"))
    (tmp_path / "u.md").write_bytes(("# CE meets Mayor\n\n" + BODY).encode("utf-16"))
    docs, skipped = _read(tmp_path)
    assert not skipped
    assert docs["w.txt"].text.startswith('"Quoted": The Chief Executive')  # curly quotes straightened
    assert (docs["u.md"].title, docs["u.md"].text) == ("CE meets Mayor", BODY)


def test_non_english_releases_are_skipped_with_the_reason(tmp_path):
    chinese = "香港特別行政區行政長官今日在禮賓府會見到訪的上海市市長，雙方就加強兩地合作交換意見。"
    (tmp_path / "zh.txt").write_text(chinese)
    page = f"<html><head><meta charset='big5'><title>新聞公報</title></head><body><p>{chinese}</p></body></html>"
    (tmp_path / "zh.html").write_bytes(page.encode("big5"))
    (tmp_path / "mixed.jsonl").write_text(json.dumps({"text": BODY}) + "\n" + json.dumps({"text": chinese}) + "\n")
    docs, skipped = _read(tmp_path)
    assert list(docs) == ["mixed.jsonl#1"]
    assert skipped["zh.txt"].reason == "not English (mostly CJK characters)"
    assert skipped["zh.html"].reason == f"not English (mostly CJK characters) (the file was read as {_big5()})"
    assert skipped["mixed.jsonl#2"].reason == "not English (mostly CJK characters)"


def _big5():
    return decode("香港特別行政區行政長官今日會見".encode("big5")).encoding


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_chinese_release_in_utf16_without_byte_order_mark_is_not_english(tmp_path, encoding):
    release = ("新聞公報\n\n香港特別行政區行政長官今日（5月3日）在禮賓府會見到訪的上海市市長，"
               "雙方就加強兩地在金融、創科及文化方面的合作交換意見。\n\n一、會見於下午3時舉行。\n")
    (tmp_path / "zh.txt").write_bytes(release.encode(encoding))
    docs, skipped = _read(tmp_path)
    assert not docs
    assert skipped["zh.txt"].reason == f"not English (mostly CJK characters) (the file was read as {encoding})"


def test_reasons_do_not_repeat_the_path(tmp_path):
    (tmp_path / "x.md").write_text("# Only a title\n\n")
    (tmp_path / "f.jsonl").write_text('{"text": "   "}\n{"text": "cut off')
    _, skipped = _read(tmp_path)
    assert skipped["x.md"].reason == "no text in this release"
    assert skipped["f.jsonl#1"].reason == "no text in this release"
    assert skipped["f.jsonl#2"].reason == "not valid JSON (Unterminated string starting at column 10)"


def test_jsonl_metadata_of_any_type_is_read_or_dropped(tmp_path):
    lines = [{"text": BODY, "title": 12, "url": ["x"], "date": 20240625},
             {"text": BODY, "title": "CE\ud800 meets\n\nMayor", "url": "https://example.gov.hk/2.htm", "date": None}]
    (tmp_path / "f.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n" + "[" * 100_000 + "\n")
    docs, skipped = _read(tmp_path)
    first, second = docs["f.jsonl#1"], docs["https://example.gov.hk/2.htm"]
    assert (first.title, first.url, first.date) == (None, None, None)
    assert second.title == "CE\ufffd meets Mayor"
    assert skipped["f.jsonl#3"].reason == "not valid JSON (nested too deeply)"


def test_a_file_beyond_any_release_is_refused_before_it_is_read(tmp_path):
    from igr.ingest.discover import MAX_RELEASE

    size = 4 * MAX_RELEASE + 1  # over the limit in any encoding
    with (tmp_path / "huge.txt").open("wb") as f:  # sparse: nothing is read
        f.truncate(size)
    (tmp_path / "many.jsonl").write_text((json.dumps({"text": BODY}) + "\n") * 3)  # a big file of small releases is fine
    docs, skipped = _read(tmp_path)
    assert sorted(docs) == ["many.jsonl#1", "many.jsonl#2", "many.jsonl#3"]
    assert skipped["huge.txt"].reason == (f"too long for one release ({size / 1e6:.1f} MB; igr reads up to "
                                          "100,000,000 characters): split it into its releases")
