"""Text clean-up shared by all readers: mojibake, odd spaces, line breaks inside paragraphs."""

from __future__ import annotations

import re

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
