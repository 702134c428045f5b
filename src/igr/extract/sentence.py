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
>>> Sentence(doc[2:5], doc.text).text
'met Mr Lee'
>>> "met" in s.lowers, "chan" in s.lowers, "visited" in s.lowers
(True, True, False)
>>> s.word_lowers, s.token_starts
(('mr', 'chan', 'met', 'mr', 'lee'), (0, 3, 8, 12, 15))
"""

from __future__ import annotations

import numpy
from spacy import parts_of_speech
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc, Span, Token


class Sentence:
    """A read-only view of a sentence ``Span`` with its tokens and text made once.

    Parameters
    ----------
    span : spacy.tokens.Span
    text : str, optional
        The text of the span's Doc (``doc.text``), when the caller has it: the sentence's text is
        then cut from it instead of joined anew from its tokens (the same string).
    words : tuple, optional
        Its tokens' ``lower_`` and lower-case lemmas, when the caller has read them (:func:`word_lists`).
    tokens : tuple, optional
        Its tokens, when the caller has made them (the same as ``tuple(span)``).
    """

    __slots__ = ("span", "tokens", "text", "start", "end", "start_char", "end_char", "_lowers", "_lemmas",
                 "_word_lowers", "_word_lemmas", "_starts")

    def __init__(self, span: Span, text: str | None = None,
                 words: tuple[tuple[str, ...], tuple[str, ...]] | None = None,
                 tokens: tuple[Token, ...] | None = None) -> None:
        self.span = span
        self.tokens: tuple[Token, ...] = tuple(span) if tokens is None else tokens
        self.start, self.end = span.start, span.end
        self.start_char, self.end_char = span.start_char, span.end_char
        self.text: str = span.text if text is None else text[self.start_char:self.end_char]
        self._lowers: frozenset[str] | None = None
        self._lemmas: frozenset[str] | None = None
        self._word_lowers, self._word_lemmas = words if words is not None else (None, None)
        self._starts: tuple[int, ...] | None = None

    @property
    def token_starts(self) -> tuple[int, ...]:
        """Each token's character offset (``idx``) in the Doc, in order: with :func:`bisect.bisect_left`,
        the tokens of a stretch of text."""
        if self._starts is None:
            self._starts = tuple([t.idx for t in self.tokens])
        return self._starts

    @property
    def word_lowers(self) -> tuple[str, ...]:
        """Each token's ``lower_``, in order."""
        if self._word_lowers is None:
            self._word_lowers = tuple([t.lower_ for t in self.tokens])
        return self._word_lowers

    @property
    def word_lemmas(self) -> tuple[str, ...]:
        """Each token's lemma in lower case, in order."""
        if self._word_lemmas is None:
            self._word_lemmas = tuple([t.lemma_.lower() for t in self.tokens])
        return self._word_lemmas

    @property
    def lowers(self) -> frozenset[str]:
        """Its words in lower case: a pattern whose cue word is not among them can pass it over."""
        if self._lowers is None:
            self._lowers = frozenset(self.word_lowers)
        return self._lowers

    @property
    def lemmas(self) -> frozenset[str]:
        """The lemmas of its words, in lower case."""
        if self._lemmas is None:
            self._lemmas = frozenset(self.word_lemmas)
        return self._lemmas

    def __iter__(self):
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, index):
        return self.tokens[index] if isinstance(index, int) else self.span[index]

    def __getattr__(self, name: str):
        return getattr(self.span, name)


def word_lists(doc: Doc) -> tuple[list[str], list[str]]:
    """Every token's ``lower_`` and lower-case lemma, read from the Doc's arrays (each distinct word
    looked up once, the lists made by ``map`` rather than a loop) instead of token by token.

    A word and a lemma are mostly the same few strings ("met", "meet"): the distinct values of both
    columns are found by numpy and each read from the string store once.

    Examples
    --------
    >>> import spacy
    >>> word_lists(Doc(spacy.blank("en").vocab, words=["Officials", "MET"], lemmas=["official", "Meet"]))
    (['officials', 'met'], ['official', 'meet'])
    """
    words, inverse = _distinct_strings(doc, [LOWER, LEMMA])
    lemmas = [w.lower() for w in words]
    return list(map(words.__getitem__, inverse[0::2])), list(map(lemmas.__getitem__, inverse[1::2]))


def _distinct_strings(doc: Doc, attrs: list[int]) -> tuple[list[str], list[int]]:
    """The distinct strings of ``attrs`` in ``doc`` (each looked up in the string store once), and for
    every token and attribute in turn (row by row) the index of its string among them."""
    strings = doc.vocab.strings
    hashes, inverse = numpy.unique(doc.to_array(attrs).ravel(), return_inverse=True)
    return [strings[h] for h in hashes.tolist()], inverse.ravel().tolist()


def tag_lists(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Every token's ``pos_``, ``tag_`` and ``dep_``, read from the Doc's arrays (each distinct value
    looked up once): the argument readings ask them of the same tokens many times, and each
    ``Token`` attribute is a look-up in the string store.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Officials", "met"], pos=["NOUN", "VERB"], tags=["NNS", "VBD"],
    ...           heads=[1, 1], deps=["nsubj", "ROOT"])
    >>> tag_lists(doc)
    (['NOUN', 'VERB'], ['NNS', 'VBD'], ['nsubj', 'ROOT'])
    """
    poses = doc.to_array(POS).tolist()
    pos_of = {p: parts_of_speech.NAMES[p] for p in set(poses)}
    names, inverse = _distinct_strings(doc, [TAG, DEP])
    return list(map(pos_of.__getitem__, poses)), list(map(names.__getitem__, inverse[0::2])), \
        list(map(names.__getitem__, inverse[1::2]))
