"""Cues of intergovernmental relations, read off the lexicon and found in text by phrase lookup.

Every name of the lexicon (places, posts, organisations, mechanisms, agreements) and
every relation trigger becomes a phrase of lower-case words; a text is scanned once,
left to right, taking the longest phrase at each word. Acronyms written in capitals
in the lexicon ("HK", "CE", "EU") match only in capitals.

Examples
--------
>>> from igr.extract.lexicon import load_lexicon
>>> index = build_index(load_lexicon())
>>> [(c.kind, c.text) for c in index.find("SCMA begins visit to Beijing")]
[('hk_official', 'SCMA'), ('interaction', 'begins visit'), ('place', 'Beijing')]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from igr.errors import OntologyError
from igr.extract.lexicon import Lexicon, key
from igr.paths import ontology_dir

INTERACTION_CATEGORIES = ("meet", "visit", "attend", "chair", "sign", "cooperate_nouns", "cooperate_verbs")
"""Trigger categories of ``relations.json`` that are interactions between parties."""

_IRREGULAR = {
    "meet": ("met",), "hold": ("held",), "lead": ("led",), "speak": ("spoke", "spoken"),
    "take": ("took", "taken"), "go": ("went", "gone", "goes"), "fly": ("flew", "flown"),
    "leave": ("left",), "begin": ("began", "begun"), "give": ("gave", "given"), "pay": ("paid",),
    "have": ("has", "had"), "come": ("came",), "sit": ("sat",), "see": ("saw", "seen"),
}
"""English verbs whose past forms no suffix rule makes (morphology, not domain words)."""

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?|[/&]")
_SKIP = frozenset({"the"})


@dataclass(frozen=True)
class Cue:
    """A phrase found in a text: its kind, as written, and where it starts."""

    kind: str
    text: str
    start: int


@dataclass(frozen=True)
class _Phrase:
    kind: str
    exact: tuple[str, ...] | None  # the capitalised form an acronym must match


@dataclass
class CueIndex:
    """Phrases by their lower-case word tuples."""

    phrases: dict[tuple[str, ...], list[_Phrase]] = field(default_factory=dict)
    longest: int = 1

    def add(self, words: tuple[str, ...], kind: str, exact: tuple[str, ...] | None = None) -> None:
        if not words:
            return
        bucket = self.phrases.setdefault(words, [])
        if not any(p.kind == kind and p.exact == exact for p in bucket):
            bucket.append(_Phrase(kind, exact))
        self.longest = max(self.longest, len(words))

    def find(self, text: str) -> list[Cue]:
        """The cues of ``text``, left to right, longest match first."""
        tokens = _tokens(text)
        cues: list[Cue] = []
        i = 0
        while i < len(tokens):
            hit = None
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                words = tuple(t[0] for t in tokens[i:i + n])
                for phrase in self.phrases.get(words, ()):
                    if phrase.exact is None or phrase.exact == tuple(t[1] for t in tokens[i:i + n]):
                        hit = (n, phrase)
                        break
                if hit:
                    break
            if hit is None:
                i += 1
                continue
            n, phrase = hit
            start, end = tokens[i][2], tokens[i + n - 1][3]
            cues.append(Cue(phrase.kind, text[start:end], start))
            i += n
        return cues


def build_index(lexicon: Lexicon, folder=None) -> CueIndex:
    """Every cue phrase of the lexicon: names with their kind, and interaction words.

    Kinds: ``place`` (outside Hong Kong), ``hong_kong`` (a place in Hong Kong),
    ``official`` (a post of another jurisdiction, or a post title only other
    jurisdictions use, such as Mayor or Consul General), ``hk_official``,
    ``government`` (a body of another government), ``hk_body``, ``mechanism``,
    ``agreement`` and ``interaction``.
    """
    index = CueIndex()
    places = CueIndex()
    for entry in lexicon.entries:
        if entry.label == "Place" and not entry.ambiguous:
            kind = "hong_kong" if lexicon.within(entry.name, "Hong Kong") else "place"
            for name in (entry.name, *entry.aliases):
                _add(index, name, kind)
                _add(places, name, kind)
    foreign_posts = " | ".join(_words(n) for e in lexicon.entries if e.label == "Post" and e.jurisdiction != "Hong Kong"
                               for n in (e.name, *e.aliases)) + " "
    for entry in lexicon.entries:
        names = (entry.name, *entry.aliases)
        if entry.label == "Post":
            for name in names:
                _add(index, name, "hk_official" if entry.jurisdiction == "Hong Kong" else "official")
        elif entry.label == "Organization" and (entry.government or entry.kind == "party"):
            kind = "government" if _foreign_body(names, places, foreign_posts) else "hk_body"
            for name in names:
                _add(index, name, kind)
        elif entry.label in ("Mechanism", "Agreement"):
            for name in names:
                _add(index, name, entry.label.lower())
    for head in _foreign_post_heads(lexicon):
        _add(index, head, "official")
    extra = _relevance_file(folder)
    for phrase in _strings(extra.get("other_governments")):
        _add(index, phrase, "government")
    for phrase in _strings(extra.get("departures")):  # before the visit triggers they overlap with
        for form in _inflections(phrase):
            _add(index, form, "departure")
    drop = {key(p) for p in _strings(extra.get("not_interactions"))}
    triggers = [t for cat in INTERACTION_CATEGORIES for t in lexicon.triggers.get(cat, ())]
    for phrase in triggers + _strings(extra.get("interactions")):
        if key(phrase) not in drop:
            for form in _inflections(phrase):
                _add(index, form, "interaction")
    return index


def _add(index: CueIndex, name: str, kind: str) -> None:
    tokens = _tokens(name)
    words = tuple(t[0] for t in tokens)
    acronym = len(tokens) == 1 and tokens[0][1].isupper() and len(tokens[0][1]) <= 5
    index.add(words, kind, tuple(t[1] for t in tokens) if acronym else None)


def _tokens(text: str) -> list[tuple[str, str, int, int]]:
    """(normalised word, word as written, start, end) of each word, without "the"."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    out = []
    for m in _TOKEN.finditer(text):
        raw = m[0]
        if raw.endswith("'s") or raw.endswith("'S"):
            raw = raw[:-2]
        word = key(raw).replace("&", "and")
        if word and word not in _SKIP:
            out.append((word, raw, m.start(), m.start() + len(raw)))
    # "co-operation" is one word for the lexicon ("cooperation"); join "co" + "operat..."
    joined: list[tuple[str, str, int, int]] = []
    for tok in out:
        if joined and joined[-1][0] == "co" and tok[0].startswith("operat") and tok[2] - joined[-1][3] <= 1:
            prev = joined.pop()
            tok = ("co" + tok[0], text[prev[2]:tok[3]], prev[2], tok[3])
        joined.append(tok)
    return joined


def _foreign_body(names: Iterable[str], places: CueIndex, foreign_posts: str) -> bool:
    """A body belongs to another government when its name is owned by a place outside
    Hong Kong ("Shanghai Municipal Government", not "... Office in Shanghai"), or when a
    post of another jurisdiction is named after it ("Premier of the State Council")."""
    for name in names:
        for cue in places.find(name):
            before = name[:cue.start].rstrip().rsplit(" ", 1)[-1].lower()
            if cue.kind == "place" and before != "in":
                return True
    return any(f" of {_words(n)} " in foreign_posts for n in names if len(n) > 6)


def _words(name: str) -> str:
    return " ".join(t[0] for t in _tokens(name))


def _foreign_post_heads(lexicon: Lexicon) -> list[str]:
    """Post titles that, in the lexicon, only officials of other jurisdictions hold (Mayor, Governor).

    A title with a modifier is judged by the rest: "Deputy Director" is a Hong Kong title
    because "Director" is one.
    """
    posts = [e for e in lexicon.entries if e.label == "Post"]
    modifiers = sorted((key(m).rstrip(" -") for m in lexicon.post_modifiers), key=len, reverse=True)

    def foreign(title: str) -> bool:
        pattern = re.compile(rf"\b{re.escape(key(title))}\b")
        holders = [p for p in posts if any(pattern.search(key(n)) for n in (p.name, *p.aliases))]
        return bool(holders) and all(p.jurisdiction != "Hong Kong" for p in holders)

    heads = []
    for head in lexicon.heads.get("Post", ()):
        bare = key(head)
        for modifier in modifiers:
            if modifier and bare.startswith(modifier + " "):
                bare = bare[len(modifier) + 1:]
                break
        if foreign(head) and foreign(bare):
            heads.append(head)
    return heads


def _relevance_file(folder=None) -> dict:
    path = Path(folder) if folder else ontology_dir() / "lexicon"
    try:
        data = json.loads((path / "relevance.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as err:
        raise OntologyError(f"{path / 'relevance.json'}: not valid JSON ({err.msg}, line {err.lineno}); "
                            "fix the lexicon file") from err
    return data if isinstance(data, dict) else {}


def _strings(values) -> list[str]:
    return [v for v in (values or ()) if isinstance(v, str) and v.strip()]


def _inflections(phrase: str) -> set[str]:
    """The phrase with its first word in every regular form, and the irregular ones.

    Examples
    --------
    >>> sorted(_inflections("meet with"))
    ['meet with', 'meeting with', 'meets with', 'met with']
    """
    first, _, rest = phrase.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {first, first + "s", first + "ing"} | ({first + "ed"} if first not in _IRREGULAR else set())
    if first.endswith("e"):
        forms |= {first[:-1] + "ing"} | ({first + "d"} if first not in _IRREGULAR else set())
    if first.endswith(("s", "sh", "ch", "x", "o")):
        forms.add(first + "es")
    if re.search(r"[^aeiou]y$", first):
        forms |= {first[:-1] + "ies", first[:-1] + "ied"}
    if re.search(r"[aeiou]l$", first):  # British doubling: travelled, cancelled
        forms |= {first + "led", first + "ling"}
    forms |= set(_IRREGULAR.get(first, ()))
    return {f + tail for f in forms}
