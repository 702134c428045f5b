"""What the store knows about one entity, derived from how the documents use it.

An entity's description is a pure function of its IRI and its **uses**: for each
feature a document contributed, how many documents contribute it. Features are

``l:NAME``
    a document's primary name for the entity (votes for the canonical label);
``n:NAME``
    another name a document uses for it (an alias: any name with a use is one of
    the entity's names);
``k:KIND``
    a kind of place (``city``, ``province`` ...), by vote;
``g:``
    an organisation of a government (any document saying so is enough).

Because a description depends only on the counts, adding a document adds its
features and removing one subtracts them, in any order, with the same result.

Examples
--------
>>> from igr.vocab import ID
>>> d = describe(ID["person/carrie-lam"], {"l:Carrie Lam": 2, "n:Mrs Lam": 1})
>>> d.name, d.aliases, sorted(d.name_keys)
('Carrie Lam', ('Mrs Lam',), ['carrie lam', 'mrs lam'])
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rdflib import URIRef

from igr.extract.lexicon import Lexicon, key
from igr.extract.records import LocalEntity
from igr.resolve.names import merge_keys, norm
from igr.vocab import ID

CLASS_SEGMENT = {"Person": "person", "Post": "post", "Place": "place", "Organization": "organization",
                 "Mechanism": "mechanism", "Initiative": "initiative", "Event": "event", "Agreement": "agreement"}
"""IRI path segment of each entity class: ``id:person/...``."""

_SEGMENT_CLASS = {v: k for k, v in CLASS_SEGMENT.items()}

Uses = Mapping[str, int]


def class_of(iri: URIRef) -> str | None:
    """The entity class an IRI was minted for, or None for a node that is not an entity.

    Examples
    --------
    >>> class_of(ID["place/shanghai"]), class_of(ID["doc/x"])
    ('Place', None)
    """
    text = str(iri)
    if not text.startswith(str(ID)):
        return None
    return _SEGMENT_CLASS.get(text[len(ID):].split("/", 1)[0])


def features(entity: LocalEntity) -> set[str]:
    """The features one local entity contributes to the entity it resolves to.

    Examples
    --------
    >>> sorted(features(LocalEntity("e1", "Place", "Macau", ("Macao SAR", "Macau"), kind="sar")))
    ['k:sar', 'l:Macau', 'n:Macao SAR']
    """
    out = {f"l:{entity.name}", *(f"n:{n}" for n in entity.aliases if n != entity.name)}
    if entity.kind:
        out.add(f"k:{entity.kind}")
    if entity.government:
        out.add("g:")
    return out


class KeyMaker:
    """Merge keys of names, with what the lexicon adds (its standard names, place abbreviations).

    A key is ``"Class|normalised name"``: entities merge only within their class.

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> sorted(KeyMaker(load_lexicon()).keys("Place", ["Macau"]))
    ['Place|macao', 'Place|macau']
    """

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon
        self.abbreviations = _place_abbreviations(lexicon)
        self._keys = lru_cache(maxsize=1 << 16)(self._name_keys)  # names recur in release after release

    def keys(self, label: str, names: Iterable[str]) -> set[str]:
        """The merge keys of an entity of class ``label`` with these names."""
        out: set[str] = set()
        for name in names:
            out |= self._keys(label, name)
        return out

    def _name_keys(self, label: str, name: str) -> frozenset[str]:
        abbreviations = self.abbreviations if label != "Place" else None
        forms = [name]
        standard = self.standard(label, name)
        if standard and standard != name:
            forms.append(standard)
        if self.lexicon is not None and label != "Person":
            # "World Trade Organisation" is the "World Trade Organization"; "X Committee Secretary" the
            # "Secretary of the X Committee" (the lexicon's spellings and post word orders)
            forms.append(self.lexicon.spelled(key(name)))
            if label == "Post":
                forms += self.lexicon.post_forms(name)
                if (listed := _LISTED_POST.match(name)) is not None:  # "Director, Chief Executive's Office" is the
                    forms.append(f"{listed[1]} of the {listed[2]}")  # "Director of the Chief Executive's Office"
            if label == "Organization":
                forms += self._home_body(name)
            forms += self._of_country(label, name)
        return frozenset(f"{label}|{k}" for form in forms for k in merge_keys(label, form, abbreviations))

    def _of_country(self, label: str, name: str) -> list[str]:
        """A post or a government body printed after a country's adjective, as the post or body of the country:
        the "British Prime Minister" is the "Prime Minister of the United Kingdom", the "Japanese Embassy" the
        "Japan Embassy" (the "Embassy of Japan"); not the "Chinese Ambassador to Japan" (a post to a country), nor
        a body that is no government's ("American Chamber of Commerce")."""
        words = name.split()
        for n in (2, 1):
            country = self.lexicon.demonyms.get(" ".join(words[:n])) if len(words) > n else None
            if country is None:
                continue
            rest = " ".join(words[n:])
            if label == "Post" and not re.search(r"\b(?:to|in)\b", rest):
                # (and the title in its other word order: the "Thai Commerce Minister" is the "Minister of Commerce
                # of Thailand")
                return [f"{form} of {country}" for form in (rest, *self.lexicon.post_forms(rest))]
            if label == "Organization" and key(rest).split()[-1] in _COUNTRY_BODIES:
                return [f"{country} {rest}"]
            return []
        return []

    def _home_body(self, name: str) -> list[str]:
        """A body "of" a special administrative region, by its name without it: the "Legislative Council of the
        Hong Kong Special Administrative Region" is the "Legislative Council" the region's releases name (two
        words or more: not "Government")."""
        body, of, place = name.rpartition(" of ")
        body = body.strip()
        if not of or len(body.split()) < 2:
            return []
        entry = self.lexicon.lookup(re.sub(r"^the ", "", place.strip()))
        return [body] if entry is not None and entry.label == "Place" and entry.kind == "sar" else []

    def standard(self, label: str, name: str) -> str | None:
        """The lexicon's standard form of ``name`` as a ``label``, if it knows one."""
        if self.lexicon is None:
            return None
        entry = self.lexicon.lookup(name)
        if entry is None and label == "Post":  # "CPC X Provincial Committee Secretary"
            entry = self.lexicon.post_in_other_words(name)
        return entry.name if entry is not None and entry.label == label else None

    def label_of(self, entity: LocalEntity) -> str:
        """The class of a local entity: the lexicon's when it knows the name."""
        known = self.lexicon.known_label(entity.name) if self.lexicon is not None else None
        return known or entity.label


_COUNTRY_BODIES = frozenset({"government", "embassy", "consulate", "parliament", "ministry", "cabinet"})
"""Last words of a body that a country's adjective makes the country's own ("the Japanese Government")."""


_LISTED_POST = re.compile(r"^([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}), (?!the )([A-Z].*)$")
"""A bare title and the body it serves, as a list of officials prints them: "Commissioner, X Office"."""


def _place_abbreviations(lexicon: Lexicon | None) -> dict[str, str]:
    """One-word upper-case aliases of places ("HK", "GD") to the place's name, as name keys."""
    if lexicon is None:
        return {}
    out: dict[str, str] = {}
    for entry in lexicon.entries:
        if entry.label == "Place":
            for alias in entry.aliases:
                if alias.isupper() and " " not in alias and 2 <= len(alias) <= 4:
                    out.setdefault(norm(alias), norm(entry.name))
    return out


@dataclass(frozen=True)
class Description:
    """One entity as the store describes it (see :func:`describe`)."""

    iri: URIRef
    label: str
    name: str
    aliases: tuple[str, ...]
    kind: str | None
    government: bool
    keys: frozenset[str]
    name_keys: frozenset[str]
    prefixes: frozenset[str]


def describe(iri: URIRef, uses: Uses, keymaker: KeyMaker | None = None) -> Description | None:
    """The description of ``iri`` given its uses; None when no document uses it any more.

    The label is the lexicon's standard form of a name when it knows one, else the
    primary name most documents use (the fullest on a tie);
    every other name is an alias.
    """
    keymaker = keymaker or KeyMaker()
    label = class_of(iri)
    votes = {f[2:]: n for f, n in uses.items() if f.startswith("l:") and n > 0}
    if label is None or not votes:
        return None
    names = sorted({f[2:] for f, n in uses.items() if f.startswith("n:") and n > 0} | set(votes))
    ranked = sorted(votes, key=lambda v: (votes[v], len(v), v), reverse=True)
    kinds = {f[2:]: n for f, n in uses.items() if f.startswith("k:") and n > 0}
    kind = max(kinds, key=lambda k: (kinds[k], k)) if kinds else None
    # the counts matter only through this ranking: a popular entity's next release changes a count, not it
    return _description(iri, label, tuple(ranked), tuple(names), kind, uses.get("g:", 0) > 0, keymaker)


@lru_cache(maxsize=1 << 13)
def _description(iri: URIRef, label: str, ranked: tuple[str, ...], names: tuple[str, ...], kind: str | None,
                 government: bool, keymaker: KeyMaker) -> Description:
    name = next((s for v in ranked if (s := keymaker.standard(label, v))), ranked[0])
    aliases = tuple(n for n in names if norm(n) != norm(name))
    prefixes: set[str] = set()
    if label == "Person":
        for v in ranked:
            words = norm(v).split()
            prefixes |= {" ".join(words[:k]) for k in range(2, len(words))}
    return Description(
        iri=iri, label=label, name=name, aliases=aliases, kind=kind, government=government,
        keys=frozenset(keymaker.keys(label, [name, *names])),
        name_keys=frozenset(k for k in (norm(n) for n in (name, *aliases)) if k),
        prefixes=frozenset(prefixes),
    )
