"""The domain lexicon kept in ``ontology/lexicon/*.json``: known names and name grammar.

The lexicon is data: places with their kinds and aliases, post-title grammar,
head nouns that end the names of organisations, mechanisms, initiatives, events and
agreements, and the trigger words of relations. Code reads it through
:class:`Lexicon` and never hard-codes a domain name.

Examples
--------
>>> lex = load_lexicon()
>>> lex.canonical("Place", "Macau")
'Macao'
>>> lex.known_label("Guangdong Province")
'Place'
>>> lex.canonical("Place", "the Kingdom of Thailand")
'Thailand'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from igr.errors import OntologyError
from igr.paths import ontology_dir

FILES = {
    "Place": ("places.json", "places"),
    "Post": ("posts.json", "known"),
    "Organization": ("organizations.json", "known"),
    "Mechanism": ("mechanisms.json", "known"),
    "Initiative": ("initiatives.json", "known"),
    "Event": ("events.json", "known"),
    "Agreement": ("agreements.json", "known"),
}


@dataclass(frozen=True)
class Entry:
    """A known entity of the lexicon."""

    label: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    government: bool = False
    weak: tuple[str, ...] = ()
    ambiguous: bool = False
    parent: str | None = None
    jurisdiction: str | None = None


@dataclass(frozen=True)
class Lexicon:
    """Everything extraction knows about the domain before reading a release."""

    entries: tuple[Entry, ...]
    heads: dict[str, tuple[str, ...]]
    post_modifiers: tuple[str, ...]
    honorifics: tuple[str, ...]
    ordinals: tuple[str, ...]
    triggers: dict[str, tuple[str, ...]]
    government_markers: tuple[str, ...] = ()
    post_connectors: tuple[str, ...] = ()
    not_post_modifiers: tuple[str, ...] = ()
    title_prefixes: tuple[str, ...] = ()
    aide_heads: tuple[str, ...] = ()
    capitalised_heads: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()
    weak_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    session_words: tuple[str, ...] = ()
    session_modifiers: tuple[str, ...] = ()
    edition_prefixes: tuple[str, ...] = ()
    gathering_words: tuple[str, ...] = ()
    complement_connectors: tuple[str, ...] = ()
    amending_heads: tuple[str, ...] = ()
    not_entities: tuple[str, ...] = ()
    venue_heads: tuple[str, ...] = ()
    street_heads: tuple[str, ...] = ()
    other_place_modifiers: tuple[str, ...] = ()
    state_forms: tuple[str, ...] = ()
    demonyms: dict[str, str] = field(default_factory=dict)
    lower_scheme_heads: tuple[str, ...] = ()
    lower_scheme_descriptors: tuple[str, ...] = ()
    spellings: dict[str, str] = field(default_factory=dict)
    _index: dict[str, tuple[Entry, str]] = field(default_factory=dict, compare=False, repr=False)
    _answers: dict[str, Entry | None] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        variants = sorted(self.spellings, key=len, reverse=True)
        respell = re.compile(rf"\b(?:{'|'.join(map(re.escape, variants))})\b") if variants else None
        object.__setattr__(self, "_respell", respell)
        for entry in self.entries:
            for name in (entry.name, *entry.aliases):
                self._index.setdefault(key(name), (entry, name))
                self._index.setdefault(self.spelled(key(name)), (entry, name))
        heads = sorted({key(h) for h in self.heads.get("Post", ())}, key=len, reverse=True)
        modifiers = sorted({key(m) for m in self.post_modifiers}, key=len, reverse=True)
        title = (rf"(?:(?:{'|'.join(map(re.escape, modifiers))}) )*" if modifiers else "") + \
            rf"(?:{'|'.join(map(re.escape, heads))})"
        # "CPC X Provincial Committee Secretary": a body's name, then a title that ends the name
        object.__setattr__(self, "_title_last", re.compile(rf"^(.+?) ({title})$") if heads else None)
        # "Secretary of the CPC X Provincial Committee": a title, then the body or place it is of
        object.__setattr__(self, "_joining_words", frozenset(
            {"and", "the"} | {key(c).split()[0] for c in self.post_connectors if c.strip()}))
        object.__setattr__(self, "_modifier_words", frozenset(w for m in modifiers for w in m.split()))
        object.__setattr__(self, "_title_first", re.compile(rf"^({title}) of (?:the )?(.+)$") if heads else None)

    def spelled(self, name_key: str) -> str:
        """A lookup key with every spelling variant in its standard form (the lexicon's spellings).

        Examples
        --------
        >>> load_lexicon().spelled(key("Hong Kong & Macau Affairs Office"))
        'hong kong and macao affairs office'
        """
        if self._respell is None:
            return name_key
        return self._respell.sub(lambda m: self.spellings[m[0]], name_key)

    def post_forms(self, name: str) -> tuple[str, ...]:
        """Other printed forms of the post ``name``, as lookup keys: the title before the body it
        is of, and the body by its standard name ("X Provincial Committee Secretary" is the
        "Secretary of the X Provincial Committee"; "Director of the HK & Macau Affairs Office" is the
        "Director of the Hong Kong and Macao Affairs Office of the State Council").

        Examples
        --------
        >>> load_lexicon().post_forms("CPC Riverton Provincial Committee Secretary")
        ('secretary of the cpc riverton provincial committee', 'secretary of cpc riverton provincial committee')
        """
        if self._title_last is None:
            return ()
        k = self.spelled(key(name))
        parts = None
        if (m := self._title_last.match(k)) and " of " not in f" {m[1]} " and m[1].rsplit(" ", 1)[-1] not in self._joining_words \
                and (" " in m[1] or m[1] not in self._modifier_words):
            # (not "Secretary for Administration and [Justice]": a portfolio's last word; not "Vice [Governor]")
            parts = m[2], m[1]  # "Justice Minister" is the "Minister of Justice"
        elif m := self._title_first.match(k):
            parts = m[1], m[2]
        if parts is None:
            return ()
        title, body = parts
        bodies = [body]
        entry = self._index.get(body)
        if entry is not None and entry[0].label in ("Organization", "Place"):
            bodies.append(self.spelled(key(entry[0].name)))
            if entry[0].kind == "government":  # a post of the X Provincial Government is a post of X
                words = bodies[-1].split()
                place = next((h[0] for i in range(len(words) - 1, 0, -1)
                              if (h := self._index.get(" ".join(words[:i]))) and h[0].label == "Place"), None)
                if place is not None:
                    bodies.append(key(place.name))
        forms = dict.fromkeys(f"{title} of {the}{b}" for b in bodies for the in ("the ", ""))
        forms.pop(k, None)
        return tuple(forms)

    def lookup(self, name: str) -> Entry | None:
        """The known entry one of whose names is ``name`` (case- and spelling-insensitive).

        A known place with a generic suffix is that place: "Dalian Municipality", "Shenzhen City".
        The answer for each name is kept: the extractor asks about the same few names many times.
        """
        try:
            return self._answers[name]
        except KeyError:
            pass
        if len(self._answers) >= LOOKUPS_KEPT:
            self._answers.clear()
        entry = self._answers[name] = self._lookup(name)
        return entry

    def _lookup(self, name: str) -> Entry | None:
        hit = self._index.get(key(name)) or self._index.get(self.spelled(key(name)))
        if hit is not None and _acronym(hit[1]) and LEADING_THE.sub("", name.strip()) != hit[1]:
            return None  # an acronym matches only as printed: "SHE" is no "She", "ACE" no "Ace"
        if hit is None:
            bare = _GENERIC_SUFFIX.sub("", key(name))
            hit = self._index.get(bare) if bare != key(name) else None
            if hit is not None and hit[0].label != "Place":
                hit = None
        if hit is None and self.state_forms:
            formal = _state_form(self.state_forms).match(key(name))  # "Kingdom of Thailand" is Thailand
            hit = self._index.get(formal[1]) if formal else None
            if hit is not None and (hit[0].label != "Place" or hit[0].kind != "country"):
                hit = None
        if hit is None and self.demonyms and (state := _DEMONYM_STATE.match(key(name))):
            # "the Portuguese Republic", "the Hellenic Republic": the country of the adjective, in a state's form
            country = next((c for d, c in self.demonyms.items() if key(d) == state[1]), None)
            hit = self._index.get(key(country)) if country else None
            if hit is not None and (hit[0].label != "Place" or hit[0].kind != "country"):
                hit = None
        owner = _POSSESSIVE_OWNER.match(LEADING_THE.sub("", name.strip())) if hit is None else None
        if owner is not None:  # "the State Council's X Office" is the "X Office of the State Council"
            hit = self._index.get(key(f"{owner[2]} of the {owner[1]}")) or self._index.get(key(f"{owner[2]} of {owner[1]}"))
            if hit is not None and hit[0].label == "Place":
                hit = None
        return hit[0] if hit else None

    def post_in_other_words(self, name: str) -> Entry | None:
        """The known post that ``name`` prints in another word order or with its body's standard name
        (:meth:`post_forms`), for merging posts across releases; extraction reads a post as printed.

        Examples
        --------
        >>> load_lexicon().post_in_other_words("Shanghai Municipal Government Vice Mayor").name
        'Vice Mayor of Shanghai'
        """
        hit = next((h for form in self.post_forms(name) if (h := self._index.get(form)) and h[0].label == "Post"), None)
        return hit[0] if hit else None

    def known_label(self, name: str) -> str | None:
        entry = self.lookup(name)
        return entry.label if entry else None

    def canonical(self, label: str, name: str) -> str:
        """The standard full form of ``name`` when the lexicon knows it, else ``name``."""
        entry = self.lookup(name)
        return entry.name if entry and entry.label == label else name

    def within(self, place: str, region: str) -> bool:
        """Whether ``place`` is ``region`` or lies inside it (Guangzhou in Guangdong), by the lexicon.

        Examples
        --------
        >>> load_lexicon().within("Guangzhou", "Guangdong")
        True
        """
        seen = set()
        current = self.lookup(place)
        target = key(self.canonical("Place", region))
        name = key(current.name) if current else key(place)
        while name and name not in seen:
            if name == target:
                return True
            seen.add(name)
            current = self.lookup(current.parent) if current is not None and current.parent else None
            name = key(current.name) if current is not None and current.label == "Place" else ""
        return False

    def surface_forms(self) -> list[tuple[str, Entry]]:
        """Every (name as written, entry) pair, for phrase matching."""
        forms = []
        for entry in self.entries:
            for name in (entry.name, *entry.aliases):
                forms.append((name, entry))
        return forms


@lru_cache(maxsize=8)
def _state_form(forms: tuple[str, ...]) -> re.Pattern:
    """ "(the) Kingdom of X": a country named in its formal style, as a lookup key."""
    words = "|".join(sorted((re.escape(key(f)) for f in forms), key=len, reverse=True))
    return re.compile(rf"^(?:{words}) of (?:the )?(.+)$")


LOOKUPS_KEPT = 65536
"""Most answers of :meth:`Lexicon.lookup` kept at once (all are forgotten when it is reached)."""
_SPACE = re.compile(r"\s+")
LEADING_THE = re.compile(r"^(?:the|The)\s+")
_GENERIC_SUFFIX = re.compile(r" (?:municipality|city|province|prefecture)$")


_DEMONYM_STATE = re.compile(r"^(\w+) (?:republic|federation|confederation)$")
"""A country named by its adjective and a state's word: "portuguese republic" (a lookup key)."""
_POSSESSIVE_OWNER = re.compile(r"^([A-Z][^'’]*?)['’]s\s+([A-Z].*)$")


def _acronym(name: str) -> bool:
    """A name written in capitals: "CEPA", "HKSAR", "B&R" (not "Hong Kong SAR")."""
    return " " not in name and sum(ch.isupper() for ch in name) >= 2 and not any(ch.islower() for ch in name[1:2])


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """Normalised lookup key: case, apostrophes, hyphens, "co-operation" and a leading "the".

    Examples
    --------
    >>> key("The Hong Kong/Guangdong Co-operation Joint Conference")
    'hong kong/guangdong cooperation joint conference'
    >>> key("Fujian Vice-Governor")
    'fujian vice governor'
    >>> key("Riverton Ministers - Lakeland Consultations") == key("Riverton Ministers-Lakeland Consultations")
    True
    """
    s = name.strip().lower().replace("’", "'").replace("‘", "'")
    s = re.sub(r"co-?\s*operat", "cooperat", s)
    s = s.replace("&", " and ")
    s = re.sub(r"(?<=[a-z])(?:[-–]|\s+[-–—]\s+)(?=[a-z])", " ", s)  # "Vice-Governor" = "Vice Governor"; "A - B" = "A-B"
    s = _SPACE.sub(" ", s).strip()
    return re.sub(r"^the ", "", s)


def _read(folder: Path, name: str) -> dict:
    path = folder / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as err:
        raise OntologyError(f"{path}: not valid JSON ({err.msg}, line {err.lineno}); fix the lexicon file") from err


def _strings(values) -> tuple[str, ...]:
    return tuple(v for v in (values or ()) if isinstance(v, str) and v.strip())


@lru_cache(maxsize=4)
def load_lexicon(folder: str | Path | None = None) -> Lexicon:
    """Read the lexicon folder (default: ``ontology/lexicon``).

    Raises
    ------
    OntologyError
        When a file is not valid JSON.
    """
    folder = Path(folder) if folder else ontology_dir() / "lexicon"
    entries: list[Entry] = []
    heads: dict[str, tuple[str, ...]] = {}
    raw_by_label = {}
    for label, (file, list_key) in FILES.items():
        data = _read(folder, file)
        raw_by_label[label] = data
        heads[label] = _strings(data.get("heads"))
        for item in data.get(list_key, ()):
            if not isinstance(item, dict) or not item.get("name"):
                continue
            entries.append(Entry(
                label=label, name=item["name"], aliases=_strings(item.get("aliases")),
                kind=item.get("kind"), government=bool(item.get("government", False)),
                weak=_strings(item.get("weak_aliases")), ambiguous=bool(item.get("ambiguous", False)),
                parent=item.get("parent") if isinstance(item.get("parent"), str) else None,
                jurisdiction=item.get("jurisdiction") if isinstance(item.get("jurisdiction"), str) else None,
            ))
    posts = raw_by_label["Post"]
    relations = _read(folder, "relations.json")
    spellings = _read(folder, "spellings.json").get("variants", {})
    triggers = {k: _strings(v) for k, v in relations.items() if isinstance(v, list)}
    return Lexicon(
        entries=tuple(entries), heads=heads,
        post_modifiers=_strings(posts.get("modifiers")), honorifics=_strings(posts.get("honorifics")),
        ordinals=_strings(raw_by_label["Event"].get("ordinal_words")) + _strings(raw_by_label["Event"].get("ordinal_numbers")),
        triggers=triggers,
        government_markers=_strings(raw_by_label["Organization"].get("government_markers")),
        post_connectors=_strings(posts.get("connectors")), not_post_modifiers=_strings(posts.get("not_post_modifiers")), title_prefixes=_strings(posts.get("title_as_name_prefix")),
        aide_heads=_strings(posts.get("aide_heads")),
        capitalised_heads=_strings(posts.get("capitalised_heads")),
        styles=_strings(posts.get("styles")),
        weak_heads={label: _strings(data.get("weak_heads")) for label, data in raw_by_label.items() if data.get("weak_heads")},
        session_words=_strings(raw_by_label["Mechanism"].get("session_words")),
        session_modifiers=_strings(raw_by_label["Mechanism"].get("session_modifiers")),
        edition_prefixes=_strings(raw_by_label["Event"].get("edition_prefixes")),
        gathering_words=_strings(raw_by_label["Event"].get("gathering_words")),
        complement_connectors=_strings(raw_by_label["Agreement"].get("complement_connectors")),
        amending_heads=_strings(raw_by_label["Agreement"].get("amending_heads")),
        not_entities=_strings(raw_by_label["Initiative"].get("not_initiatives")),
        venue_heads=_strings(raw_by_label["Organization"].get("venue_heads")),
        street_heads=_strings(raw_by_label["Organization"].get("street_heads")),
        other_place_modifiers=_strings(raw_by_label["Place"].get("other_place_modifiers")),
        state_forms=_strings(raw_by_label["Place"].get("state_forms")),
        demonyms={k: v for k, v in (raw_by_label["Place"].get("demonyms") or {}).items() if isinstance(v, str)},
        lower_scheme_heads=_strings(raw_by_label["Initiative"].get("lower_case_heads")),
        lower_scheme_descriptors=_strings(raw_by_label["Initiative"].get("lower_case_descriptors")),
        spellings={key(k): key(v) for k, v in spellings.items() if isinstance(k, str) and isinstance(v, str)},
    )
