"""Mention detection: lexicon names, name shapes, honorific names and the statistical NER.

Policy for overlaps (see ``docs/extraction.md``): a longer name that the grammar
classifies wins over the shorter names inside it, which are kept as *nested*
mentions when they are entities themselves (the Place in "Mayor of Shanghai");
lexicon names beat NER labels (NER calls "CS" a person and "Mainland" a nationality);
NER fills what neither the lexicon nor the grammar found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from spacy.tokens import Doc

from igr.extract.chunks import ChunkMentions
from igr.extract.coordination import acronym_inside, plural_heads, shared_complements, shared_government, shared_heads
from igr.extract.lexicon import Lexicon, key
from igr.extract.lowercase import (
    agreements_by_kind, lower_case_names, lower_case_posts, lower_case_titles, ordinal_before_quote, sessions_after_series,
    short_forms,
)
from igr.extract.series import lower_case_series
from igr.extract.names import NameGrammar
from igr.extract.patterns import (
    NAME_PARTICLES, PAREN_ACRONYM, PATRONYMIC_WORDS, QUALIFIER_END, SITED_BODY, TITLE_CASED, WEEKDAYS, trie_pattern,
)
from igr.extract.records import Mention
from igr.extract.sources import SourceMentions
from igr.extract.surnames import bare_surnames
from igr.extract.titles import titles_with_places


TEXT = "igr.text"
"""Where the text a Doc was made from may be kept, in its ``user_data`` (``Doc.text`` joins every token anew)."""

_CAP = "[A-ZÀ-ÖØ-Þ]"
"""A capital letter, accented ones included ("Ángel", "Émile")."""


def _unqualified_end(m: Mention) -> int:
    """Where a name ends before the qualifier printed after it in parentheses ("Deputy Commissioner of Police
    [(Operations)]").

    Examples
    --------
    >>> _unqualified_end(Mention(0, 42, "Deputy Commissioner of Police (Operations)", "Post", "x", "shape"))
    29
    >>> _unqualified_end(Mention(0, 14, "Chief Executive", "Post", "x", "shape"))
    14
    """
    qualifier = QUALIFIER_END.search(m.text)
    return m.end - (len(m.text) - qualifier.start()) if qualifier else m.end


def _folded(m: Mention) -> Mention:
    """A name with accents also known without them ("Roberto Azevêdo" is "Roberto Azevedo" in a
    release that prints no accents), as an alias."""
    if m.name.isascii():
        return m
    plain = unicodedata.normalize("NFKD", m.name).encode("ascii", "ignore").decode()
    if len(plain) != len(unicodedata.normalize("NFC", m.name)) or plain in m.aliases:
        return m  # letters with no ASCII form ("Ł", "ø") or other scripts: no faithful plain form
    return replace(m, aliases=(*m.aliases, plain))


def _unbracketed(m: Mention) -> Mention:
    """A title with an acronym printed inside it is named without it ("Secretary for X of the Hong Kong Special
    Administrative Region (HKSAR) Government"), as the other names are; the printed form is an alias.

    Examples
    --------
    >>> m = Mention(0, 30, "Head of the Riverton (RV) Board", "Post", "Head of the Riverton (RV) Board", "shape")
    >>> (_unbracketed(m).name, _unbracketed(m).aliases)
    ('Head of the Riverton Board', ('Head of the Riverton (RV) Board',))
    """
    if m.label != "Post" or "(" not in m.name:
        return m
    inner = PAREN_ACRONYM.search(m.name)
    if inner is None or inner.end() == len(m.name):
        return m  # (an acronym at the end is no part of the name's middle)
    name = m.name[:inner.start()] + " " + m.name[inner.end():]
    return replace(m, name=name, aliases=(*m.aliases, m.name))


_NUMBER_AFTER = re.compile(r"[ \t]+(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)[ \t]")
_EDITION_AT = re.compile(r"(?:(?:the|The)\s+)?(?:(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+)?")
"""What may stand before an organiser's acronym that opens an event's name: "[30th ]APEC Ministerial Meeting"."""
_COMMA_BEFORE = re.compile(r",[ \t]*$")
_OF_SPLIT_ONCE = re.compile(r"\s+of\s+")
_FIELD_END = re.compile(r"\s(?:Services|Affairs)$")
_OF_THE_END = re.compile(r"\sof\s+the\s+$")
_SITED_IN = re.compile(r" in (?:the )?(?=[A-Z])")
"""Where an office abroad names its city: "X Office in Y"."""
_COMPLEMENT = re.compile(r"\s(?:of|for|on|in|and|&)\s")
_SENTENCE_END = re.compile(r"[.:;!?\"”)]\s*$")
_WORD_CHAR = re.compile(r"\w")


_LAST_SYLLABLE = re.compile(r"[a-z]+\b")


_DAY_POSSESSIVE = re.compile(rf"(?:{WEEKDAYS}|Today|Yesterday|Tomorrow)['’]s[ \t]+")


def _whole_syllables(text: str, m: Mention) -> Mention:
    """A person's name that the tokenizer cut inside a hyphenated given name, taken whole: "Chui Sai-" of "Chui
    Sai-on" (the last syllable is a word of its own to the tokenizer, as "on", "in" or "to" are).

    Examples
    --------
    >>> _whole_syllables("Mr Chui Sai-on met him.", Mention(3, 12, "Chui Sai-", "Person", "Chui Sai-", "ner")).name
    'Chui Sai-on'
    """
    if m.label != "Person" or not m.text.endswith("-") or m.end != m.start + len(m.text):
        return m
    tail = _LAST_SYLLABLE.match(text, m.end)
    if tail is None:
        return m
    end = tail.end()
    name = m.name + tail[0] if m.name.endswith("-") else m.name
    return Mention(m.start, end, text[m.start:end], m.label, name, m.source, m.kind, m.parent, m.aliases)


def _cut_at_the_end(text: str, m: Mention) -> bool:
    """A name a truncated release cuts short: it runs up to the last character of a text that stops with
    no sentence end ("... arrived in Hong K"), and the lexicon does not know it whole (a person's name
    there is taken: a cut one would still name them).

    Examples
    --------
    >>> _cut_at_the_end("He arrived in Hong K", Mention(14, 20, "Hong K", "Place", "Hong K", "ner"))
    True
    >>> _cut_at_the_end("He arrived in Hong Kong.", Mention(14, 23, "Hong Kong", "Place", "Hong Kong", "lexicon"))
    False
    """
    end = len(text.rstrip())
    return m.end >= end and m.source != "lexicon" and m.label != "Person" and not _SENTENCE_END.search(text[:end])


def _tail(m: Mention, candidates: list[Mention]) -> bool:
    """Whether ``m`` is the end of a longer reading of its class ("[Government of the HKSAR in Beijing]" of "Office of
    the Government of the HKSAR in Beijing"): no name of its own, so it cuts no body short before the longer
    reading's address ("in Beijing" is the office's)."""
    return any(n.end == m.end and n.start < m.start and n.label == m.label for n in candidates)


def _headings_joined(text: str) -> str:
    r"""``text`` with the line breaks inside a heading printed on two lines made spaces (offsets
    unchanged): "Expediting the work of the Framework\nAgreement on X" names one agreement.

    A heading line has four words or more, at most 100 characters, ends with a letter or digit
    and has no sentence end; the line after it starts with a capital, has at most 101 characters
    and no sentence end. (Read line by line: a multi-line regex tries every character of the text.)

    Examples
    --------
    >>> _headings_joined("Taking forward the Riverton\nAgreement on Trade\n\nBody.")
    'Taking forward the Riverton Agreement on Trade\n\nBody.'
    >>> _headings_joined("Hong Kong\nShanghai\n")
    'Hong Kong\nShanghai\n'
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for line, following in zip(lines, lines[1:]):
        last = line.rstrip(" \t")[-1:]
        heading = "A" <= following[:1] <= "Z" and len(following) <= 101 and bool(last) and _WORD_CHAR.match(last) \
            and len(line) <= 100 and len(line.split()) >= 4 \
            and not _SENTENCE_END.search(line) and not _SENTENCE_END.search(following)
        out.append(" " if heading else "\n")
        out.append(following)
    return "".join(out)


class MentionFinder(ChunkMentions, SourceMentions):
    """Find entity mentions in a parsed document.

    Examples
    --------
    >>> import spacy
    >>> from igr.extract.lexicon import load_lexicon
    >>> nlp = spacy.blank("en")
    >>> finder = MentionFinder(load_lexicon())
    >>> doc = nlp("The Vice Mayor of Shanghai, Mr Chen Jie, met Mr Chan.")
    >>> [(m.text, m.label, m.nested) for m in finder.find(doc)]
    [('Vice Mayor of Shanghai', 'Post', False), ('Shanghai', 'Place', True), ('Mr Chen Jie', 'Person', False), ('Mr Chan', 'Person', False)]
    """

    def __init__(self, lexicon: Lexicon, dictionary: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        # the common words of English, lower case ("safety", "agriculture"; not "ishay", "wang"): the model's
        # lemmatizer index (:func:`igr.extract.pipeline.english_words`), empty where the model has none
        self._dictionary = dictionary
        self.grammar = NameGrammar(lexicon)
        hon = sorted((re.escape(h.rstrip(".")) for h in lexicon.honorifics or ("Mr", "Mrs", "Ms", "Dr")),
                     key=len, reverse=True)
        self.honorific = re.compile(
            rf"\b(?:{'|'.join(hon)})\.?\s+((?:{_CAP}[\w'’]*(?:-[\w'’]+)*)"
            rf"(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)*(?:[A-Z]\.(?=\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)?{_CAP})|"
            rf"{_CAP}[\w'’]*(?:-[\w'’]+)*)){{0,4}})"  # (an initial inside a name: "Mr Benigno Humberto G. da Cruz")
        )
        self.honorific_word = re.compile(rf"^(?:{'|'.join(hon)})\.?$")
        # a form of address before a title ("Your Excellency Ambassador X"): no part of the post
        address = {w for h in lexicon.honorifics if " " in h.strip() for w in (h, h.split()[-1])}
        self.address = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, address), key=len, reverse=True)) or '(?!x)x'})[ \t]+")
        # every word of a title ("Prime", "Minister", "General"): none starts a person's name
        self._title_words = frozenset(word for w in (*lexicon.heads.get("Post", ()), *lexicon.post_modifiers)
                                      for word in key(w).split())
        # an aide's title before "to the" and another post ("Special Adviser to the Chief Executive")
        aides = sorted(map(re.escape, lexicon.aide_heads), key=len, reverse=True)
        self._aide = re.compile(rf"\b(?:{'|'.join(aides)})\s+to\s+(?:the\s+)?$") if aides else None
        # one-word policy areas, the portfolios of titles ("Minister of Transport")
        self._portfolios = frozenset(key(a) for a in lexicon.triggers.get("policy_areas", ()) if " " not in a)
        # every word of a known name or head: the vocabulary of titles, bodies and places, which
        # people's names mostly stand outside ("Minister for Security [Tan Boon Wah]")
        self._familiar = frozenset(w for name, _ in lexicon.surface_forms() for w in key(name).split()) | frozenset(
            w for table in (lexicon.heads, lexicon.weak_heads) for heads in table.values() for h in heads
            for w in key(h).split()) | frozenset(w for m in lexicon.post_modifiers for w in key(m).split())
        # the words that are a name or a head by themselves ("Lisbon", "Council"; not "Costa" of "Costa Rica")
        self._name_words = frozenset(k for name, _ in lexicon.surface_forms() if " " not in (k := key(name))) | frozenset(
            k for table in (lexicon.heads, lexicon.weak_heads) for heads in table.values() for h in heads
            if " " not in (k := key(h))) | self._title_words
        self._thing_heads = frozenset(h for table in (lexicon.heads, lexicon.weak_heads) for label, heads in table.items()
                                      if label != "Post" for h in map(key, heads) if " " not in h)
        # the common nouns of events ("seminar", "roundtable"), singular and plural
        self._event_nouns = frozenset(form for h in (*lexicon.heads.get("Event", ()), *lexicon.weak_heads.get("Event", ()))
                                      if " " not in h for form in (key(h), key(h) + "s"))
        self._place_modifiers = frozenset(lexicon.other_place_modifiers)
        self._initiative_nouns = frozenset(form for h in lexicon.heads.get("Initiative", ()) if " " not in h
                                           for form in (key(h), key(h) + "s"))
        before = sorted((re.escape(w) for w in lexicon.not_post_modifiers if not w.startswith("-")), key=len, reverse=True)
        after = sorted((re.escape(w) for w in lexicon.not_post_modifiers if w.startswith("-")), key=len, reverse=True)
        self._not_modifiers = re.compile(
            "|".join([rf"^(?i:{'|'.join(before)})\s+"] * bool(before) + [rf"(?i:{'|'.join(after)})$"] * bool(after)) or r"^\b$")
        self._unit_heads = frozenset(h.lower() for h in lexicon.triggers.get("unit_heads", ()))
        self._known_names = self._known_pattern()
        self._plurals = plural_heads(lexicon.heads.get("Organization", ()))  # "the A and B Departments"
        self._plural_heads = re.compile(rf"\b(?:{trie_pattern(self._plurals)})\b(?![ \t]+[A-Z])")
        self._known_places = self._known_pattern(only="Place")

    def _known_pattern(self, only: str | None = None) -> re.Pattern:
        # Ambiguous entries ("Central") are common words: they are found by context, not by name.
        forms = sorted({name for name, entry in self.lexicon.surface_forms() if len(name) > 1 and not entry.ambiguous
                        and (only is None or entry.label == only)}, key=len, reverse=True)
        # not inside a word, nor after a lower-case hyphenated prefix; "Hong Kong-Sichuan" has both places
        return re.compile(rf"(?<![\w])(?:{trie_pattern(forms)})(?![\w]|-[a-z])")

    def find(self, doc: Doc) -> list[Mention]:
        """All mentions of ``doc`` in text order, top-level ones before those nested inside them."""
        raw = doc.user_data.get(TEXT) or doc.text  # the text the Doc was made from, if kept (Doc.text joins every token)
        text = _headings_joined(raw)
        self._text = text
        # doc.ents rebuilds its tuple on every access, and Span.text joins its tokens: read them once
        self._ents = ents = [(e, e.label_) for e in doc.ents]
        self._people_spans = [span for e, label in ents if label == "PERSON" and (span := self._untitled(e))]
        self._ner_places = {(e.start_char, e.end_char) for e, label in ents if label in ("GPE", "LOC")}
        self._ner_starts = {e.start_char + (4 if raw.startswith(("the ", "The "), e.start_char, e.end_char) else 0)
                            for e, label in ents if label in ("GPE", "LOC", "ORG", "PERSON", "FAC", "NORP")}
        self._ner_org_starts = {e.start_char + (4 if raw.startswith(("the ", "The "), e.start_char, e.end_char) else 0)
                                for e, label in ents if label == "ORG"}
        self._venues: list[tuple[int, int]] = []
        candidates: list[Mention] = []
        candidates += self._people(text)
        candidates += self._shapes(doc)
        candidates += self._known(text)
        candidates += self._quoted(text)
        candidates += self._locatives(text)
        candidates += self._occasions(doc)
        candidates += self._described(text)
        # (not a reading across a possessive the grammar cuts, "the X Meeting's Trade Session", nor across
        # "& the" between two names the grammar reads alike: "the X Authority & the Y Council")
        candidates += [m for m in self._ner(doc) if not self._two_names(text, m)
                       and not (m.label == "Organization" and " for " in m.text
                                and self.for_whom(doc, m.start, m.end) is not None)]
        candidates += self._place_first_words(text, candidates)
        candidates += lower_case_series(doc, text, candidates, self.grammar)
        candidates += self._sessions(text, candidates)
        candidates += lower_case_names(text, candidates, self.grammar)
        numbered = ordinal_before_quote(text, candidates, self.grammar)
        if numbered:  # (the quoted title inside is the edition's, not a series of its own)
            candidates = [c for c in candidates if not (c.label == "Event" and any(
                n.start < c.start and c.end <= n.end for n in numbered))] + numbered
        candidates += agreements_by_kind(text, candidates, self.grammar)
        candidates += lower_case_posts(text, candidates, self.grammar)
        candidates += lower_case_titles(text, candidates, self.grammar)
        candidates += titles_with_places(text, candidates)
        candidates += shared_heads(text, self._plurals, self._plural_heads, self.grammar)
        governments = shared_government(text, self.grammar)
        if governments:  # (each of the two, not one body named by both: "A Provincial and B Municipal Government")
            candidates = [c for c in candidates if not (c.label == "Organization" and any(
                c.start <= a.start and b.end <= c.end for a, b in zip(governments[::2], governments[1::2])))]
            candidates += governments
        # first among equals: "the Aviation Agreement (AA) between A and B" over the bare shape
        candidates[:0] = shared_complements(text, self.grammar) + acronym_inside(text, self.grammar) \
            + sessions_after_series(text, self.grammar)
        candidates = [_whole_syllables(text, m) for m in candidates if not _cut_at_the_end(text, m)]
        candidates = [d for m in candidates if (d := self._undated(m)) is not None]
        found = short_forms([self._without_acting(m) for m in self._aides(self._resolve_overlaps(candidates, text), text)],
                            self.grammar, text)
        found = [_folded(_unbracketed(m)) for m in found]
        surnames = bare_surnames(doc, text, found)
        return sorted(found + surnames, key=lambda m: m.start) if surnames else found

    def _headed_of(self, name: str) -> bool:
        """ "Hong Kong and Macao Affairs Office of the X Government": a body's own name (capitalised words
        ending with a body's head, more than the head) before "of" whose it is; not "Government of X",
        "Ministry of Y" (a bare head: the title's portfolio or owner, as the lexicon and NER tell)."""
        left = _OF_SPLIT_ONCE.split(name, maxsplit=1)[0]
        words = left.split()
        return len(words) > 1 and left != name and self.grammar.ends_with("Organization", left) \
            and not self._generic_name(left) and all(w[:1].isupper() or w in ("and", "&") for w in words)

    def _unit_rest(self, rest: str) -> bool:
        """Whether ``rest``, printed right after a body's name, names a unit of it: capitalised words
        ending with a unit's head (lexicon cue ``unit_heads``) before any complement (" Business Advisory
        Council", " Economic Commission for Y")."""
        words = _COMPLEMENT.split(rest, maxsplit=1)[0].split()
        return rest[:1] == " " and bool(words) and words[-1].lower() in self._unit_heads \
            and all(w[:1].isupper() for w in words)

    def _two_names(self, text: str, m: Mention) -> bool:
        """Whether the NER's reading ``m`` runs across a possessive the grammar cuts or a headline's verb
        ("-s" form), or joins two bodies with "& the"."""
        if "s " in m.text and self._possessive_cut(text, m.start, m.end) is not None:
            return True
        base, third = self._headline_verbs
        if any(i and w.lower() in third or w in base for i, w in enumerate(m.text.split())) \
                or m.text.split()[0].lower() in third:
            return True  # "SCED Promotes Hong Kong", "A and B sign X Agreement": a headline's verb is in no name
        halves = m.text.split(" & the ", 1)
        return len(halves) == 2 and self.grammar.classify(halves[0]) == "Organization" == self.grammar.classify(halves[1])

    def _place_first_words(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """A place the release names by itself (the NER's or a locative's, not the lexicon's), where it
        starts a longer name elsewhere: "visited Bremen ... the [Bremen] Chamber of Commerce".

        Examples
        --------
        >>> import spacy
        >>> from igr.extract.lexicon import load_lexicon
        >>> finder = MentionFinder(load_lexicon())
        >>> text = "He visited Tanjiang. The Tanjiang Chamber of Commerce hosted him."
        >>> found = [Mention(11, 19, "Tanjiang", "Place", "Tanjiang", "ner")]
        >>> [(m.start, m.text) for m in finder._place_first_words(text, found)]
        [(25, 'Tanjiang')]
        """
        names = {m.text: m for m in candidates if m.label == "Place" and m.source in ("ner", "locative")
                 and m.text[:1].isupper() and not self.lexicon.known_label(m.text)}
        if not names:
            return []
        seen = {(m.start, m.end) for m in candidates if m.label == "Place"}
        out = []
        pattern = rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})(?= {_CAP})"
        for m in re.finditer(pattern, text):
            if (m.start(), m.end()) not in seen and not re.search(rf"(?<!\w)(?!The\b){_CAP}[\w'’-]*[ \t]+$", text[max(0, m.start() - 30):m.start()]):
                # (the first words of the name: not "Lakeland Bremen Society")
                place = names[m[0]]
                out.append(Mention(m.start(), m.end(), m[0], "Place", place.name, place.source, place.kind))
        return out

    def _untitled(self, ent) -> tuple[int, int, str] | None:
        """A PERSON span without the honorific or title NER takes into it ("Minister Tang Yijun")."""
        tokens = list(ent)
        while tokens and (self.honorific_word.match(tokens[0].text) or key(tokens[0].text) in self._title_words) \
                and not (len(tokens) > 1 and tokens[1].lower_ in PATRONYMIC_WORDS):
            tokens = tokens[1:]  # (not a given name before "bin": "Sultan bin Saeed Al Mansouri")
        if len(tokens) > 2 and ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("of", "for") \
                and key(tokens[0].text) in self._portfolios:
            tokens = tokens[1:]  # "Minister of [Transport Aziz Rahman]": the portfolio ends the title
        if not tokens:
            return None
        start = tokens[0].idx
        return start, ent.end_char, self._text[start:ent.end_char]

    def _resolve_overlaps(self, candidates: list[Mention], text: str) -> list[Mention]:
        known_ends: dict[tuple[str, int], int] = {}
        for m in candidates:
            if m.source == "lexicon":
                known_ends[m.label, m.start] = max(m.end, known_ends.get((m.label, m.start), 0))
        same_label: dict[str, list[Mention]] = {}  # (a reading is cut short only of a name of its own class)
        for m in candidates:
            same_label.setdefault(m.label, []).append(m)
        # "Riverton Special Administrative" (NER) in "Riverton Special Administrative Region" (known): cut short
        known_any = {}
        for m in candidates:
            if m.source == "lexicon" and m.label in ("Organization", "Mechanism", "Event", "Agreement"):
                known_any[m.start] = max(m.end, known_any.get(m.start, 0))
        candidates = [m for m in candidates if not (m.source == "ner" and known_ends.get((m.label, m.start), 0) > m.end)
                      and not (m.source in ("ner", "shape") and m.label in ("Organization", "Mechanism", "Event")
                               and known_any.get(m.start, 0) > m.end)  # (cut short of a known body or series)
                      and not self._truncated(m, same_label[m.label], text)]
        # Prefer longer spans, then more trustworthy sources.
        rank = {"lexicon": 0, "shape": 1, "owner": 1, "honorific": 1, "title-name": 1, "quoted": 2, "locative": 2, "described": 2, "ner": 3, "occasion": 3}
        # A name after an honorific is a person's whatever longer chunk crosses it ("Ms On Lai-ping of
        # the X Council" is no body named "Lai-ping of the X Council").
        # ("Secretary for Justice Teresa Cheng": an honorific word after "for" is a portfolio's).
        def sure(m: Mention) -> bool:
            return m.source == "honorific" and not re.search(r"\b(?:for|of|and|to)\s+$", text[max(0, m.start - 6):m.start])

        ordered = sorted(candidates, key=lambda m: (not sure(m), -(m.end - m.start), rank.get(m.source, 9), m.start))
        top: list[Mention] = []
        nested: list[Mention] = []
        nested_spans: set[tuple[int, int]] = set()
        for m in ordered:
            container = next((t for t in top if t.start <= m.start and m.end <= t.end), None)
            if container is not None:
                if (m.start, m.end) != (container.start, container.end) and self._nestable(m, container):
                    if (m.start, m.end) not in nested_spans:
                        nested.append(m)
                        nested_spans.add((m.start, m.end))
                continue
            if any(t.start < m.end and m.start < t.end for t in top):
                continue  # crossing spans: the longer one already won
            top.append(m)
        known_inside = [n for n in nested if n.source == "lexicon" and n.label in ("Organization", "Mechanism", "Event")]
        nested = [n for n in nested if not any(k.start < n.end and n.start < k.end and not (
            k.start <= n.start and n.end <= k.end) and not (n.start <= k.start and k.end <= n.end) for k in known_inside)]
        # (a name read inside a title that crosses a known name inside it is cut short: "the Forum for Economic and
        # Trade Co-operation" in "... the Forum for Economic and Trade Co-operation between China and ... (Macao)")
        top.sort(key=lambda m: m.start)
        result: list[Mention] = []
        for t in top:
            result.append(t)
            parent = len(result) - 1
            inner = sorted((n for n in nested if t.start <= n.start and n.end <= t.end), key=lambda n: n.start)
            kept: list[Mention] = []
            for n in inner:  # names nested at any depth, each span once
                if any((k.start, k.end) == (n.start, n.end) for k in kept):
                    continue
                kept.append(n)
            for n in kept:
                result.append(Mention(n.start, n.end, n.text, n.label, n.name, n.source, n.kind, parent, n.aliases))
        return result

    def _truncated(self, m: Mention, candidates: list[Mention], text: str) -> bool:
        """A reading cut short of a longer name of the same kind: "Liaison Office of the Central
        People's Government" in "... Government in the HKSAR", "Macao Affairs Office" in "Hong
        Kong and Macao Affairs Office". (Only the candidates of ``m``'s class matter: the caller
        may pass those alone.)"""
        if m.label not in ("Organization", "Event", "Initiative", "Agreement", "Mechanism"):
            return False
        for n in candidates:
            if n is m or n.label != m.label or not (n.start <= m.start and m.end <= n.end) or (n.start, n.end) == (m.start, m.end):
                continue
            if n.start == m.start and m.source == "lexicon" and self._unit_rest(text[m.end:n.end]):
                continue  # a known body, then its unit: "[APEC] Business Advisory Council"
            if (n.start == m.start or text[n.start:m.start].endswith("and ")) and not (
                    text.startswith(" in ", m.end) and _tail(n, candidates)):
                return True
            if m.source == "ner" and re.match(r"\s+of\s", text[m.end:n.end]):
                return True  # "Macao Affairs Office" in "Hong Kong Macao Affairs Office of the State Council"
        return False

    def _undated(self, m: Mention) -> Mention | None:
        """A name without the day it is printed with ("Wednesday's Joint Committee meeting"): the rest, or
        nothing when the rest is a generic head."""
        day = _DAY_POSSESSIVE.match(m.text)
        if day is None or m.label == "Person":
            return m
        rest = m.text[day.end():]
        if not rest or self._generic_name(rest) or self.grammar.classify(rest) is None:
            return None
        return Mention(m.start + day.end(), m.end, rest, m.label, self.lexicon.canonical(m.label, rest), m.source,
                       m.kind, m.parent, m.aliases)

    def _nestable(self, inner: Mention, outer: Mention) -> bool:
        if inner.label == "Person" or outer.label == "Person":
            return False
        if inner.label == "Place" and inner.source == "ner" and not self.lexicon.known_label(inner.text) \
                and (known := self._known_places.match(inner.text)) and known.end() < len(inner.text):
            return False  # "Hong Kong Innovation and Technology" in "the Hong Kong Innovation and Technology (I&T)
            # Development Blueprint": the known place at its start is the place named there
        if inner.source == "series":
            return True
        if inner.source == "ner" and inner.label in ("Organization", "Place") and inner.start == outer.start \
                and len(inner.text.split()) > 1 and not self.lexicon.known_label(inner.text) \
                and not self.grammar.ends_with(inner.label, inner.text):
            return False  # "Qinghe Valley Technology" in "Qinghe Valley Technology Park": the name cut before its
            # head, no body or place (not "Boao Forum for Asia" in "Boao Forum for Asia Annual Conference")  # the series an edition is named after, given a short name of its own
        if inner.label == outer.label == "Post" and inner.start == outer.start:
            return False  # "Ambassador" in "Ambassador to Norway", "Minister of Finance" in "Minister of
            # Finance and Economy of X": the same title cut short
        if inner.label == outer.label == "Post" and self.grammar.post_head_length(inner.name) >= len(key(inner.name)) \
                and not self.grammar.post_title(self._text[inner.end:outer.end].lstrip(" ,")):
            return False  # "Ambassador" in "Chinese Ambassador to Lakeland": a bare title is no other post
        if inner.label == outer.label == "Post" and inner.end in (outer.end, _unqualified_end(outer)):
            return False  # "Governor of Hubei Province" in "Vice Governor of Hubei Province" is no other post, nor
            # "Commissioner of Police" in "Deputy Commissioner of Police (Operations)"
        if outer.source == "quoted" and inner.label == "Event" and (inner.start == outer.start or inner.source != "lexicon"
                                                                     and TITLE_CASED.fullmatch(outer.text)):
            return False  # the series a quoted title is named after: its head, no other event here; nor a piece of
            # the title read by its shape ("Opportunity – Roving Exhibition" in "Together · Opportunity – Roving ...")
        if inner.label == outer.label == "Event" and inner.end == outer.end and inner.source != "lexicon" \
                and self.grammar.ordinal(self._text[outer.start:inner.start].strip()):
            return False  # "X Meeting under the Y" in "the second X Meeting under the Y": the same session
        if inner.label == outer.label == "Event" and inner.end == outer.end and len(inner.text.split()) <= 3 \
                and not self.lexicon.known_label(inner.text):
            return False  # "Thematic Exhibition" in "the "Taste of Hong Kong" Thematic Exhibition": its head
        if inner.label == "Organization" and ", " in inner.text and not self.lexicon.known_label(inner.text) \
                and not any(self.grammar.classify(item) and not self._generic_name(item)
                            for item in re.split(r",\s+|\s+(?:and|&)\s+", inner.text)):
            return False  # "Radio, Film and Television" in "State Administration of Radio, Film and Television": fields
        if inner.label == outer.label == "Organization" and inner.end == outer.end and not inner.source == "lexicon" \
                and not (re.search(r"\b(?:of|in)(?:\s+the)?\s+$", self._text[outer.start:inner.start])
                         and not re.search(r"\sof\s", inner.text)):
            return False  # "Doctor Group" in "We Doctor Group": the same body cut short; "X of the Y" has Y
            # (but not the middle of "Office of Port of Entry of the Y")
        if inner.label == outer.label == "Organization" and inner.end == outer.end and inner.source == "lexicon" \
                and self.lexicon.lookup(inner.text) is not None \
                and not re.search(r"\b(?:of|in|and|the|&)\s+$|['’]s\s+$", self._text[outer.start:inner.start]):
            return False  # "Trade Development Council" (a known short name) in "Westmark Trade Development Council";
            # a known body's name after a place's is another body, that place's ("Riverton Securities and
            # Futures Commission")
        if outer.label == "Post" and inner.label == "Organization" and inner.source == "lexicon" \
                and self.lexicon.lookup(inner.text) is not None \
                and re.search(r"\s(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+)+$", self._text[outer.start:inner.start]) \
                and not re.search(r"\b(?:of|in|and|the|&)\s+$|['’]s\s+$", self._text[outer.start:inner.start]):
            return False  # "Tourism Commission" (a known body) in "Director of the Riverton Tourism Commission": the
            # body of the title is another one, named after its place
        if inner.label == outer.label and inner.label in ("Initiative", "Agreement") and inner.end == outer.end \
                and inner.source == "lexicon" and inner.start > outer.start \
                and re.fullmatch(r"(?:[A-Z][\w'’&.-]*\s+)+", self._text[outer.start:inner.start]) \
                and not re.search(r"['’]s\s+$", self._text[outer.start:inner.start]):
            return False  # "Smart City Blueprint" (a known scheme's short name) in "Westburg Smart City Blueprint":
            # another place's scheme of that name, not the known one
        if inner.label == outer.label == "Organization" and inner.start == outer.start \
                and not (inner.source == "lexicon" and self._unit_rest(self._text[inner.end:outer.end])):
            return False  # a truncated reading of the same name, not another body (but a known body whose
            # unit the name is: "[APEC] Business Advisory Council")
        if inner.label == outer.label and self._text[max(outer.start, inner.start - 5):inner.start].endswith("and "):
            return False  # the second half of "Constitutional and Mainland Affairs Bureau"
        if outer.label == "Post" and inner.label == "Organization" and inner.source != "lexicon" \
                and (re.search(r"\sfor\s+(?:the\s+)?$", self._text[outer.start:inner.start])
                     or (_FIELD_END.search(inner.text) and re.search(r"\sof\s+$", self._text[outer.start:inner.start]))):
            return False  # "Financial Services" in "Secretary for Financial Services and the Treasury", "Director of
            # Economic Services": a portfolio (after "of" with no article, a field: "Services", "Affairs")
        if outer.label == "Post" and inner.start == outer.start and inner.end < outer.end \
                and (at := self.grammar.title_start(self._text[outer.start:outer.end])) is not None \
                and outer.start + at < inner.end:
            return False  # "[Guangxi Party] Secretary": a name that takes in part of the title is no name
        if outer.label == "Agreement" and inner.label == "Organization" and inner.source != "lexicon" \
                and re.search(r"\s(?:on|in|concerning|regarding)\s+$", self._text[outer.start:inner.start]) \
                and not self.lexicon.known_label(inner.text) and not re.search(r"(?i)\bgovernment\b", inner.text):
            return False  # "Financial Services" in "Agreement on Trade in Financial Services": its field
        if inner.source == "ner" and inner.label not in ("Place", "Organization"):
            return False
        if inner.label == "Place" and (comma := _COMMA_BEFORE.search(self._text, max(0, inner.start - 4), inner.start)) \
                and self._in_comma_place(self._text, comma.start(), inner.start):
            return False  # "China" in "Hong Kong, China": the name of the place before the comma
        if inner.source == "owner":
            return True  # "[Department of Treaty & Law] Director-General": whose post it is
        if inner.label == "Organization" and outer.label in ("Post", "Event", "Initiative") \
                and not self.grammar.ends_with("Organization", _SITED_IN.split(inner.text, maxsplit=1)[0]) \
                and not self._headed_of(inner.text) and not self._body_of_post(inner, outer) \
                and not (self.lexicon.known_label(inner.text) and (len(inner.text.split()) > 2 or (
                    inner.text.isupper() and inner.start == outer.start + len(_EDITION_AT.match(self._text, outer.start)[0])
                    and (inner.start > outer.start or outer.label == "Event" and _NUMBER_AFTER.match(self._text, inner.end))))):
            # "Transport and Logistics" in "Secretary for Transport and Logistics" is a portfolio, not a body;
            # a known body's acronym after an edition is the body whose series it is ("30th [APEC] Ministerial Meeting",
            # "[WTO] 6th Ministerial Conference")
            return False
        return True

    def _body_of_post(self, inner: Mention, outer: Mention) -> bool:
        """ "Minister of the [Embassy of X]", "Director of the [Office of Y]": a body named head first after "of the"
        and a bare title is the body whose title it is (a portfolio has no article: "Secretary for Transport")."""
        if outer.label != "Post" or not self.grammar.starts_with("Organization", inner.text) \
                or (_SITED_IN.search(inner.text) and not self.lexicon.known_label(inner.text)
                    and not SITED_BODY.match(inner.text)):
            return False  # (nor a body read on to a place: "Head of the [Government of X in Y]"; but an office
            # abroad, "Head of Mission of the [Embassy of X in Y]")
        of = _OF_THE_END.search(self._text, outer.start, inner.start)
        title = self._text[outer.start:of.start()] if of else ""  # the bare title: not "Director of the Office of the [Y]"
        return bool(title) and self.grammar.post_head_length(title) >= len(key(title))

    def _aides(self, mentions: list[Mention], text: str) -> list[Mention]:
        """ "the Special Adviser to the Chief Executive, Mr A": the aide's title is the whole, not the post
        after "to the" (the lexicon's aide_heads)."""
        if self._aide is None:
            return mentions
        out = []
        for m in mentions:
            hit = self._aide.search(text, max(0, m.start - 40), m.start) if m.label == "Post" and not m.nested else None
            if hit is not None:
                name = text[hit.start():m.end]
                m = Mention(hit.start(), m.end, name, "Post", name, m.source, m.kind, None, ())
                out = [o for o in out if not (m.start <= o.start and o.end <= m.end)]  # (the aide's title read alone)
            out.append(m)
        return out

    def _without_acting(self, m: Mention) -> Mention:
        """ "Acting", "the then", "-designate" do not make another post (the annotation rules, rule 3;
        the lexicon's not_post_modifiers)."""
        if m.label != "Post":
            return m
        name = self._not_modifiers.sub("", m.name).strip()
        if not name or name == m.name:
            return m
        return Mention(m.start, m.end, m.text, m.label, name, m.source, m.kind, m.parent, m.aliases)
