"""Parse releases longer than the model's ``max_length`` in paragraph pieces, joined into one Doc.

spaCy refuses a text over ``nlp.max_length`` characters (error E088: its parser and
entity recogniser need about 1 GB of memory per 100,000 characters). Such a release is
cut at paragraph breaks into pieces of at most :data:`PIECE` characters, the pieces are
parsed like any other text, and the parsed pieces are joined back into one ``Doc`` whose
text is the release's text, character for character: the offsets of mentions and facts
are those of the whole release. Releases under the limit are parsed exactly as before.

Examples
--------
>>> pieces("One.\\n\\nTwo two.\\n\\nThree.", 12)
['One.\\n\\n', 'Two two.\\n\\n', 'Three.']
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace

import numpy
from spacy.language import Language
from spacy.tokens import Doc

PIECE = 20_000
"""Most characters in one piece of a long release (spaCy's guide: about 1 GB of parser memory
per 100,000 characters, and pieces are parsed in batches)."""

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s+"), re.compile(r"\s+"))
"""Where to cut, best first: a blank line, a line break, a sentence end, any space."""


def pieces(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at the best breaks available.

    The pieces join back to ``text`` exactly (each keeps the break that ends it).

    Parameters
    ----------
    text : str
    limit : int
        Most characters in a piece (at least 1).

    Returns
    -------
    list of str

    Examples
    --------
    >>> pieces("A long sentence with no break at all", 10)
    ['A long ', 'sentence ', 'with no ', 'break at ', 'all']
    >>> "".join(pieces("x" * 25, 10)) == "x" * 25
    True
    """
    out = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window)]
            if ends:
                cut = ends[-1]
                break
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def pipe(nlp: Language, texts: Iterable[str], batch_size: int = 16, n_process: int = 1) -> Iterator[Doc]:
    """``nlp.pipe`` for texts of any length: one Doc per text, in order.

    A text over ``nlp.max_length`` is parsed in :func:`pieces` (within the same batches and
    worker processes as the others) and its pieces joined by :func:`join`.
    """
    counts: deque[int] = deque()  # pieces per text, filled as nlp.pipe reads the texts

    def split() -> Iterator[str]:
        for text in texts:
            parts = pieces(text, min(PIECE, nlp.max_length)) if len(text) > nlp.max_length else [text]
            counts.append(len(parts))
            yield from parts

    parsed = nlp.pipe(split(), batch_size=batch_size, n_process=n_process)
    for first in parsed:
        count = counts.popleft()
        if count == 1:
            yield first
        else:
            yield join([_light(first)] + [_light(next(parsed)) for _ in range(count - 1)])


def _light(doc: Doc) -> Doc:
    """A piece without its tensor (extraction reads tokens, not vectors): a 50 MB release is
    thousands of pieces, and their tensors alone would take gigabytes."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def parse(nlp: Language, text: str) -> Doc:
    """``nlp(text)`` for a text of any length.

    Examples
    --------
    >>> nlp = spacy.blank("en"); nlp.max_length = 20                  # doctest: +SKIP
    >>> parse(nlp, "First paragraph.\\n\\nSecond one.").text          # doctest: +SKIP
    'First paragraph.\\n\\nSecond one.'
    """
    return next(pipe(nlp, [text]))


def join(docs: list[Doc]) -> Doc:
    """One Doc from the parsed pieces of a text, mentions (``user_data["igr_mentions"]``) included.

    Mention offsets are moved by the length of the pieces before them, and the index of
    the mention each is nested in by the number of mentions before them.
    """
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data", "tensor"])
    mentions = []
    offset = 0
    for doc in docs:
        base = len(mentions)
        for m in doc.user_data.get("igr_mentions", []):
            mentions.append(replace(m, start=m.start + offset, end=m.end + offset,
                                    parent=None if m.parent is None else m.parent + base))
        offset += len(doc.text)
    joined.user_data["igr_mentions"] = mentions
    return joined
