import pytest

from igr.errors import InputError
from igr.ingest.decode import decode

RELEASE = ("The Chief Executive, Mr John Lee, said today that \u201cHong Kong\u2019s role\u201d as a "
           "super-connector \u2014 between the Mainland and the world \u2014 had grown. He met the Mayor.")


def test_utf8_is_read_as_it_is():
    d = decode(RELEASE.encode("utf-8"))
    assert (d.text, d.encoding, d.replaced, d.warnings) == (RELEASE, "utf-8", 0, ())


def test_a_few_bad_bytes_in_utf8_are_replaced_with_a_warning():
    data = RELEASE.encode("utf-8")
    broken = data[:20] + b"\xff" + data[20:60] + b"\xc0" + data[60:]
    d = decode(broken)
    assert d.encoding == "utf-8" and d.replaced == 2
    assert d.text.replace("\ufffd", "") == RELEASE
    assert d.warnings == ("2 undecodable byte sequence(s) replaced with U+FFFD (read as utf-8)",)


def test_a_release_cut_inside_a_character_keeps_everything_before():
    data = RELEASE.encode("utf-8")
    cut = data[: data.index("\u2019".encode()) + 1]  # first byte of a three-byte quote
    d = decode(cut + "s role \u2014 grew.".encode())
    assert d.replaced == 1 and d.text.startswith("The Chief Executive")


def test_cp1252_smart_quotes_decode():
    d = decode(RELEASE.encode("cp1252"))
    assert d.text == RELEASE and d.encoding == "cp1252"
    assert d.warnings == ("not UTF-8: read as cp1252 (detected)",)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"])
def test_unicode_with_or_without_byte_order_mark(encoding):
    d = decode(RELEASE.encode(encoding))
    assert d.text == RELEASE and d.replaced == 0 and d.warnings == ()


CHINESE = ("新聞公報\n\n香港特別行政區行政長官今日（2024年5月3日）在禮賓府會見到訪的上海市市長，"
           "雙方就加強兩地合作交換意見。\n\n一、會見於下午3時舉行。\n")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_of_a_chinese_text_without_byte_order_mark_is_told_by_its_nul_bytes(encoding):
    # its ASCII (line breaks, digits) puts NULs on one side of each pair; U+4E00 puts one on the other
    d = decode(CHINESE.encode(encoding))
    assert (d.text, d.encoding, d.replaced) == (CHINESE, encoding, 0)


def test_utf16_of_a_text_with_no_ascii_at_all_is_not_guessed():
    with pytest.raises(InputError):
        decode("香港特別行政區行政長官今日會見上海市市長".encode("utf-16-le") * 3)


def test_stray_nul_bytes_in_english_do_not_make_it_utf16():
    data = RELEASE.encode()
    with pytest.raises(InputError, match="^binary file, not text$"):
        decode(data[:31] + b"\x00" + data[31:])


@pytest.mark.parametrize("encoding", ["big5", "gb18030"])
def test_legacy_chinese_encodings_decode(encoding):
    text = "香港特別行政區行政長官今日會見到訪的上海市市長，雙方就加強兩地合作交換意見。"
    d = decode(text.encode(encoding))
    assert d.text == text and d.warnings == (f"not UTF-8: read as {d.encoding} (detected)",)


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 8,
    b"\x89PNG\r\n\x1a\n" + bytes(200) + b"IHDR" + bytes(range(50)),
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00\x01\x02\x03",
    bytes(range(32)) * 4,  # valid UTF-8, but control characters only
    b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(9, 200)),
])
def test_binary_is_refused(data):
    with pytest.raises(InputError, match="^binary file, not text$"):
        decode(data)
