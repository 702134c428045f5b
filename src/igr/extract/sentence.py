"""A sentence that the relation patterns read many times.

A spaCy ``Span`` makes a new ``Token`` object for each token and joins its text anew on
every pass; a dozen pattern families reading each sentence pay that a dozen times.
:class:`Sentence` makes them once and answers everything else as the span does.

Examples
--------
>>> import spacy
>>> doc = spacy.blank("en")("Mr Chan met Mr Lee.")
>>> s = Sentence(doc[0:5])
>>> [t.text for t in s][:3], s.text, s.start_char, len(s)
(['Mr', 'Chan', 'met'], 'Mr Chan met Mr Lee', 0, 5)
"""

from __future__ import annotations

from spacy.tokens import Span, Token


class Sentence:
    """A read-only view of a sentence ``Span`` with its tokens and text made once.

    Parameters
    ----------
    span : spacy.tokens.Span
    """

    __slots__ = ("span", "tokens", "text", "start", "end", "start_char", "end_char")

    def __init__(self, span: Span) -> None:
        self.span = span
        self.tokens: tuple[Token, ...] = tuple(span)
        self.text: str = span.text
        self.start, self.end = span.start, span.end
        self.start_char, self.end_char = span.start_char, span.end_char

    def __iter__(self):
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, index):
        return self.tokens[index] if isinstance(index, int) else self.span[index]

    def __getattr__(self, name: str):
        return getattr(self.span, name)
