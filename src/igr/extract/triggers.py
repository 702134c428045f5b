"""The words of relations, read from ``ontology/lexicon/relations.json`` and nowhere else.

A trigger is one word ("meet", matched on its lemma or its text) or a phrase ("exchange
views", "take part in", "co-operation"), matched on the lemmas of consecutive tokens; an
article in a phrase stands for any determiner or none ("pay a visit" matches "paid a
visit" and "paid visits"). The token that carries a matched phrase is its syntactic
head inside the match: "exchange" in "exchanged views", "operation" in "co-operation".

Examples
--------
>>> from igr.extract.lexicon import load_lexicon
>>> words = Vocabulary.from_lexicon(load_lexicon())
>>> "meet" in words.family["meet"], "return" in words.family["visit"]
(True, False)
>>> words.phrases["meet"][:1]
[('meet', 'with')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from igr.extract.lexicon import Lexicon
from igr.extract.sentence import Sentence

FAMILIES = ("meet", "meet_join", "visit", "attend", "chair", "sign", "organize", "fund", "succeed",
            "cooperate_nouns", "cooperate_verbs")
"""Trigger families that start a pattern; the other lists of relations.json are cue words."""
NEGATIVES = {"visit": "not_visit", "cooperate_nouns": "not_cooperate", "cooperate_verbs": "not_cooperate"}
ARTICLES = {"a", "an", "the"}
_WORD = re.compile(r"[\w&]+|[^\w\s]")


def words_of(phrase: str) -> tuple[str, ...]:
    """A phrase as the tokens spaCy makes of it: ``words_of("co-operation") == ("co", "-", "operation")``."""
    return tuple(_WORD.findall(phrase.lower()))


@dataclass(frozen=True)
class Vocabulary:
    """Trigger words by family (one-word and phrases) and the cue words of relations.

    Attributes
    ----------
    family : dict
        Family name to its one-word triggers (negatives removed).
    phrases : dict
        Family name to its phrases, each as a tuple of words.
    cues : dict
        Other lists of ``relations.json`` (``fund_cues``, ``locate``, ``part_of``, the nouns that
        refer back to events ...), lower case, by list name.
    """

    family: dict[str, frozenset[str]]
    phrases: dict[str, list[tuple[str, ...]]]
    cues: dict[str, tuple[str, ...]]
    areas: re.Pattern | None = None
    _first: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, compare=False, repr=False)
    _starts: set[str] = field(default_factory=set, compare=False, repr=False)
    _cue_words: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name, phrases in self.phrases.items():
            for words in phrases:
                self._first.setdefault(words[0], []).append((name, words))
        # every word that can start a trigger: the other tokens of a sentence are passed over at once
        self._starts.update(self._first, *self.family.values(), self.cue("speech_verbs"))

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> "Vocabulary":
        raw = {k: tuple(w.lower().strip() for w in v) for k, v in lexicon.triggers.items()}
        family: dict[str, frozenset[str]] = {}
        phrases: dict[str, list[tuple[str, ...]]] = {}
        for name in FAMILIES:
            negative = {words_of(w) for w in raw.get(NEGATIVES.get(name, ""), ())}
            entries = [w for w in raw.get(name, ()) if words_of(w) not in negative]
            # "co-operation" is one token or three, depending on the tokenizer's exceptions: both
            family[name] = frozenset(w for w in entries if " " not in w)
            phrases[name] = [words_of(w) for w in entries if len(words_of(w)) > 1]
        areas = sorted(raw.get("policy_areas", ()), key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, areas)) + r")\b") if areas else None
        cues = {k: v for k, v in raw.items() if k not in FAMILIES}
        # the words that name a session of a series (mechanisms.json): "the meeting" of a series named only as one
        cues["session_words"] = tuple(w.lower().strip() for w in lexicon.session_words)
        # the words that number an edition (events.json ordinals and edition prefixes): "Sixth", "21st", "Inaugural"
        cues["ordinals"] = tuple(w.lower().strip() for w in (*lexicon.ordinals, *lexicon.edition_prefixes))
        # the heads of venues (organizations.json): "the Hong Kong Pavilion" is no visit to Hong Kong
        cues["venue_heads"] = tuple(w.lower().strip() for w in lexicon.venue_heads)
        # the one-word heads of events (events.json, strong and weak): "a roundtable on X", "a workshop titled Y"
        cues["event_heads"] = tuple(h.lower() for table in (lexicon.heads, lexicon.weak_heads)
                                    for h in table.get("Event", ()) if " " not in h.strip())
        return cls(family, phrases, cues, pattern)

    def cue(self, name: str) -> frozenset[str]:
        """The one-word entries of a cue list (``cue("fund_cues")``: "via", "through", "under"), worked
        out once per list (every release's reading asks for a dozen)."""
        if name not in self._cue_words:
            self._cue_words[name] = frozenset(w for w in self.cues.get(name, ()) if len(words_of(w)) == 1)
        return self._cue_words[name]

    def begins(self, family: str, word: str) -> bool:
        """Whether ``word`` is a one-word trigger of ``family`` or the first word of one of its phrases
        (``begins("meet", "exchange")``: "exchange views")."""
        return word in self.family.get(family, ()) or any(name == family for name, _ in self._first.get(word, ()))

    def particles(self, family: str, word: str) -> tuple[str, ...]:
        """The prepositions that close two-word phrases of ``family`` starting with ``word``
        (``particles("meet", "speak")``: "to", "with")."""
        return tuple(words[1] for name, words in self._first.get(word, ())
                     if name == family and len(words) == 2 and words[1] in ("to", "with", "on"))

    def cue_phrases(self, name: str) -> list[tuple[str, ...]]:
        """The phrases of a cue list, articles left out (``("with", "support", "of")``)."""
        out = []
        for w in self.cues.get(name, ()):
            words = tuple(x for x in words_of(w) if x not in ARTICLES)
            if len(words) > 1:
                out.append(words)
        return out

    def triggers(self, sent: Span | Sentence) -> Iterator[tuple[str, Token]]:
        """Every (family, head token) a sentence triggers, one-word triggers and phrases."""
        if isinstance(sent, Sentence):
            tokens, lemmas, lowers = sent.tokens, sent.word_lemmas, sent.word_lowers
        else:
            tokens = list(sent)
            lemmas, lowers = [t.lemma_.lower() for t in tokens], [t.lower_ for t in tokens]
        starts = self._starts
        for token, lemma, text in zip(tokens, lemmas, lowers):
            if lemma not in starts and text not in starts:
                continue
            for name, words in self.family.items():
                if lemma in words or text in words:
                    yield name, token
            if lemma in self.cue("speech_verbs") and lemma not in self.family["attend"] and any(
                    c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in self.cue("speech_nouns")
                    for c in token.children):
                yield "attend", token  # "gave a lecture at X", "made a presentation at Y", "remarks were given by Z":
                # one speaks there
            for name, words in [*self._first.get(lemma, ()), *(self._first.get(text, ()) if text != lemma else ())]:
                end = _match(tokens, lemmas, lowers, token.i - sent.start, words)
                if end is not None:
                    yield name, _head(sent.doc[token.i:sent.start + end])


@lru_cache(maxsize=16)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    """One pattern for a cue list of the lexicon, longest phrase first, whole words only, built once per list
    (each release's reading and the frames ask for it); a pattern that matches nothing for an empty list.

    Examples
    --------
    >>> bool(phrase_pattern(("via video", "virtually")).search("addressed the forum via video"))
    True
    >>> phrase_pattern(()).search("anything") is None
    True
    """
    words = sorted({w.lower().strip() for w in phrases if w.strip()}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b" if words else r"(?!x)x")


def hyphenated(lexicon: Lexicon) -> dict[str, str]:
    """Every inflected form of the one-word hyphenated triggers, with its lemma ("co-chaired":
    "co-chair", "Co-organising": "co-organise" ...). The tokenizer would split them at the
    hyphen ("co", "-", "chaired") and the parser read "co" as the verb; kept as one token (with
    the lemma the lemmatizer cannot guess for an unknown word), they parse as verbs and nouns
    with their subjects and objects.

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> forms = hyphenated(load_lexicon())
    >>> forms["co-chaired"], forms["Co-organising"], forms["co-chairmen"]
    ('co-chair', 'co-organise', 'co-chairman')
    """
    words = sorted({w.lower().strip() for name in FAMILIES for w in lexicon.triggers.get(name, ())
                    if "-" in w and " " not in w.strip()})
    forms: dict[str, str] = {}
    for w in words:
        stem = w[:-1] if w.endswith("e") else w
        if w.endswith(("ing", "ion", "man")):  # nouns: "co-hosting", "co-operations", "co-chairmen"
            inflected = (w, w[:-3] + "men" if w.endswith("man") else w + "s")
        else:
            inflected = (w, w + "s", stem + "ed", stem + "ing")
        for form in inflected:
            forms.setdefault(form, w)
            forms.setdefault(form[0].upper() + form[1:], w)
    return forms


def _match(tokens, lemmas, lowers, start: int, words: tuple[str, ...]) -> int | None:
    """End (exclusive) of ``words`` matched from the sentence's ``start``-th token, or None; positions
    in the sentence, whose tokens, lower-case lemmas and words are given.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("They exchange views today.")
    >>> tokens = list(doc)
    >>> lowers = [t.lower_ for t in tokens]
    >>> _match(tokens, lowers, lowers, 1, ("exchange", "views")), _match(tokens, lowers, lowers, 1, ("exchange", "ideas"))
    (3, None)
    """
    i, end = start, len(tokens)
    for w in words:
        if w in ARTICLES:
            if i < end and tokens[i].pos_ in ("DET", "PRON") and lowers[i] not in ("who", "which"):
                i += 1
            continue
        if i >= end:
            return None
        skip = i
        while i > start and skip < min(i + 2, end - 1) and w != lemmas[skip] and w != lowers[skip] \
                and tokens[skip].pos_ == "ADV":
            skip += 1  # adverbs inside a phrase: "work closely with", "work more closely with", "met separately with"
        if skip != i and w in (lemmas[skip], lowers[skip]):
            i = skip
        if w != lemmas[i] and w != lowers[i]:
            return None
        i += 1
    return i


def _head(span: Span) -> Token:
    """The token of a matched phrase whose head lies outside it ("exchange" in "exchange views"); of two such,
    not an adverb ("present" in "Also present was X": both words hang on "was")."""
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    return next((t for t in outside if t.pos_ != "ADV"), outside[0] if outside else span[0])
