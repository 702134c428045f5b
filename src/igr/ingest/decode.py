"""From a file's bytes to text: detect the encoding, replace what cannot be decoded, refuse binary.

Releases come as UTF-8 (sometimes with a few damaged bytes), legacy Windows code pages
(cp1252 smart quotes), UTF-16 saved by office tools (with or without a byte-order mark),
and legacy CJK encodings (Big5, GB18030). Anything not UTF-8 is detected with
``charset-normalizer``; a guess is reported as a warning, never silently.

Examples
--------
>>> decode("The CE\u2019s visit.".encode("cp1252")).text
'The CE’s visit.'
>>> decode("The CE met Mr Li.".encode("utf-16-le")).encoding
'utf-16-le'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from igr.errors import InputError

SAMPLE = 1 << 16
"""Bytes looked at to tell text from binary and UTF-16 from the rest."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
"""Bytes that plain text does not contain (tab, line breaks, form feed and escape excepted)."""
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
"""Well-formed UTF-8 sequences of two to four bytes: evidence that a file was meant as UTF-8."""


_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and what the reader should be told.

    Examples
    --------
    >>> d = decode(b"The caf\\xc3\\xa9 reopened \\xff on Monday \\xe2\\x80\\x94 fine weather all week.")
    >>> d.text, d.replaced
    ('The café reopened \\ufffd on Monday — fine weather all week.', 1)
    """

    text: str
    encoding: str
    replaced: int = 0
    guessed: bool = False

    @property
    def warnings(self) -> tuple[str, ...]:
        """One line per thing a user should check: replaced bytes, an encoding that was guessed."""
        notes = []
        if self.guessed:
            notes.append(f"not UTF-8: read as {self.encoding} (detected)")
        if self.replaced:
            notes.append(f"{self.replaced} undecodable byte sequence(s) replaced with U+FFFD (read as {self.encoding})")
        return tuple(notes)


def decode(data: bytes) -> Decoded:
    """Decode a release file, whatever its encoding.

    Parameters
    ----------
    data : bytes
        The whole file.

    Returns
    -------
    Decoded

    Raises
    ------
    igr.errors.InputError
        When the bytes are not text (binary) or in no encoding that can be detected.

    Examples
    --------
    >>> decode("香港".encode("utf-8")).encoding
    'utf-8'
    >>> decode(bytes(range(256)))
    Traceback (most recent call last):
    ...
    igr.errors.InputError: binary file, not text
    """
    decoded = _decode(data)
    sample = decoded.text[:SAMPLE]
    if _unprintable(sample) > len(sample) / 20 or decoded.replaced > len(decoded.text) / 20:
        raise InputError("binary file, not text")  # e.g. bytes that happen to hold NULs in step
    return decoded


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _with_replacements(data[len(bom):], encoding)
    sample = data[:SAMPLE]
    wide = _wide_encoding(sample)
    if wide is not None:
        return _with_replacements(data[: len(data) - len(data) % _WIDTH[wide]], wide)
    if b"\x00" in sample or len(_CONTROL.findall(sample)) * 20 > len(sample):
        raise InputError("binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    valid = len(_UTF8_MULTIBYTE.findall(sample))
    invalid = _with_replacements(sample, "utf-8").replaced
    if valid and invalid <= 2 * valid:  # meant as UTF-8, with a few damaged bytes (legacy CJK: 4-10x)
        return _with_replacements(data, "utf-8")
    return _detected(data)


MIN_WIDE_ASCII = 0.01
"""Least share of ASCII characters (NUL-led pairs) for UTF-16 without a byte-order mark and
mostly outside Latin-1 to be recognised: line breaks, spaces and digits alone pass it."""

_WIDTH = {"utf-16-le": 2, "utf-16-be": 2, "utf-32-le": 4, "utf-32-be": 4}


def _wide_encoding(sample: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by where the NUL bytes of ASCII fall."""
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    quads = len(sample) // 4
    zeros = [sum(1 for b in sample[i:quads * 4:4] if b == 0) / quads for i in range(4)]
    if zeros[2] > 0.9 and zeros[3] > 0.9 and zeros[0] < 0.1:
        return "utf-32-le"
    if zeros[0] > 0.9 and zeros[1] > 0.9 and zeros[3] < 0.1:
        return "utf-32-be"
    even, odd = (zeros[0] + zeros[2]) / 2, (zeros[1] + zeros[3]) / 2
    if odd > 0.25 and even < 0.02:
        return "utf-16-le"
    if even > 0.25 and odd < 0.02:
        return "utf-16-be"
    return _wide_script(sample)


def _wide_script(sample: bytes) -> str | None:
    """UTF-16 of a text mostly outside Latin-1 (Chinese, Japanese, Russian ...), without a byte-order mark.

    Its few ASCII characters (line breaks, spaces, digits, punctuation) put NUL bytes on one
    side of each pair only; its other characters put none there. A release in such a script
    has at least :data:`MIN_WIDE_ASCII` of them, and they are printable or white space; text
    with stray NULs has them on both sides or too few, and binary data pairs them with
    control bytes or does not decode as well-formed UTF-16 (lone surrogates).

    Examples
    --------
    >>> _wide_script("行政長官今日會見\\n2024年5月\\n".encode("utf-16-be"))
    'utf-16-be'
    >>> _wide_script(b"Plain text with one stray\\x00 NUL byte in it.") is None
    True
    """
    pairs = len(sample) // 2
    if pairs == 0:
        return None
    low = sample[0:pairs * 2:2].count(0)  # NULs on the first byte of a pair: high bytes in big-endian
    high = sample[1:pairs * 2:2].count(0)
    for nuls, others, encoding in ((high, low, "utf-16-le"), (low, high, "utf-16-be")):
        # (characters with a NUL byte of their own, such as U+4E00 "one", put a few on the other side)
        if nuls >= max(2, MIN_WIDE_ASCII * pairs) and others < nuls / 2:
            try:
                text = sample[: pairs * 2].decode(encoding)
            except UnicodeDecodeError as err:
                if err.start < pairs * 2 - 2:  # not only a pair cut at the end of the sample
                    continue
                text = sample[: err.start].decode(encoding)
            ascii_ = [c for c in text if c < "\x80"]
            if sum(1 for c in ascii_ if c.isprintable() or c in "\t\n\r\f") >= 0.9 * len(ascii_):
                return encoding
    return None


def _unprintable(text: str) -> int:
    """Control, private-use and unassigned characters: what decoded binary is full of."""
    return sum(1 for c in text if c not in "\t\n\r\f" and unicodedata.category(c) in {"Cc", "Co", "Cn", "Cs"})


def _with_replacements(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    try:
        legitimate = data.count("\ufffd".encode(encoding))
    except UnicodeEncodeError:  # an encoding with no replacement character of its own
        legitimate = 0
    return Decoded(text, encoding, replaced=max(0, text.count("\ufffd") - legitimate))


def _detected(data: bytes) -> Decoded:
    """A legacy encoding: Windows-1252 for isolated high bytes, else what charset-normalizer finds."""
    high_runs = _HIGH_RUN.findall(data[:SAMPLE])
    if sum(map(len, high_runs)) < 1.5 * len(high_runs):
        # High bytes standing alone (smart quotes, dashes, accented letters between ASCII) are a
        # single-byte code page, and for English releases that is Windows-1252 in practice;
        # multi-byte encodings (Big5, GB18030, Shift-JIS) put them in runs.
        try:
            return Decoded(data.decode("cp1252"), "cp1252", guessed=True)
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("not text in any encoding igr can detect")
    decoded = _with_replacements(data, codecs.lookup(best.encoding).name)
    return Decoded(decoded.text, decoded.encoding, decoded.replaced, guessed=True)
