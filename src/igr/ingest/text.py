"""Text clean-up shared by all readers: mojibake, odd spaces, line breaks inside paragraphs."""

from __future__ import annotations

import re
from datetime import date, datetime

import ftfy

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_BLANKS = re.compile(r"\n\s*\n+")


def clean_text(text: str) -> str:
    """Repair mojibake and normalise whitespace, keeping paragraph breaks.

    Parameters
    ----------
    text : str
        Raw text as decoded from a file.

    Returns
    -------
    str
        Text with ``â€‹``-style mojibake repaired, zero-width characters removed,
        runs of spaces collapsed and paragraphs separated by one blank line.

    Examples
    --------
    >>> clean_text("â€‹The Chief Executive\u00a0 said Hong Kongâ€™s role.\\n\\n\\nNext.")
    "The Chief Executive said Hong Kong's role.\\n\\nNext."
    """
    text = ftfy.fix_text(text, uncurl_quotes=True, normalization="NFC")
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANKS.sub("\n\n", text).strip()


def clean_line(text: str) -> str:
    r""":func:`clean_text` on one line: a title, a url, any metadata value.

    Examples
    --------
    >>> clean_line("  CS visits\n\n Shanghai\u00a0 ")
    'CS visits Shanghai'
    """
    return " ".join(clean_text(text).split())


FOOTER = re.compile(
    r"^[ \t]*Ends\s*/\s*(?:[A-Za-z]+day,?\s+)?([A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4})"
    r"(?:\s+Issued at HKT \d{1,2}:\d{2})?[ \t]*$",
    re.MULTILINE,
)


def release_footer(text: str) -> tuple[str, date | None]:
    r"""Remove the "Ends/Saturday, November 18, 2017 / Issued at HKT 20:15" footer; return its date.

    Hong Kong releases close with this footer; it dates releases that have no header and
    is not part of what the release says.

    Examples
    --------
    >>> release_footer("Body.\n\nEnds/Saturday, November 18, 2017\nIssued at HKT 20:15")
    ('Body.', datetime.date(2017, 11, 18))
    >>> release_footer("Body without footer.")
    ('Body without footer.', None)
    """
    found = None
    for m in FOOTER.finditer(text):
        found = m
    if found is None:
        return text, None
    raw = re.sub(r",", "", found[1])
    when = None
    for fmt in ("%B %d %Y", "%d %B %Y"):
        try:
            when = datetime.strptime(raw, fmt).date()
            break
        except ValueError:
            continue
    return (text[:found.start()] + text[found.end():]).strip(), when
