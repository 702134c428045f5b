"""Resolve one document's entities against the entities already known: stable IRIs, one lookup.

An entity keeps its IRI once minted. A document's local entity maps to a known
entity when one of its merge keys (:class:`~igr.resolve.entities.KeyMaker`: names
without honorifics, ordinal and "the" spellings, place abbreviations, the lexicon's
standard form) is one of that entity's keys, within its class. Local entities of
one document that share a key are one entity. A person named "Grace Wong" is the
known "Grace Wong Mei-ling" when no other known person's name starts with "Grace
Wong" (and the other way round). Everything else gets a new IRI: the slug of its
name, with ``-2``, ``-3`` ... when that IRI names another entity already.

The known entities are read through an :class:`EntityIndex` (the build keeps one in
the store), with a few lookups of bound terms per document, whatever the archive's size.

Examples
--------
>>> from igr.extract.records import Extraction, LocalEntity
>>> class Known:  # an index that knows one person
...     def find(self, keys): return {k: {ID["person/carrie-lam"]} for k in keys if k == "Person|carrie lam"}
...     def extending(self, prefixes): return {}
...     def taken(self, iris): return set()
>>> x = Extraction("b", "h", entities=(LocalEntity("e1", "Person", "Mrs Carrie Lam"), LocalEntity("e2", "Place", "Shanghai")))
>>> {k: str(v) for k, v in Resolver().resolve(x, Known()).items()}
{'e1': 'https://w3id.org/igr/id/person/carrie-lam', 'e2': 'https://w3id.org/igr/id/place/shanghai'}
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Collection
from typing import Protocol

from rdflib import URIRef

from igr.extract.lexicon import Lexicon
from igr.extract.records import Extraction, LocalEntity
from igr.resolve.entities import CLASS_SEGMENT, KeyMaker
from igr.resolve.names import norm, slug
from igr.vocab import ID


class EntityIndex(Protocol):
    """Lookups of known entities by bound terms (see :class:`igr.build.index.StoreIndex`)."""

    def find(self, keys: Collection[str]) -> dict[str, set[URIRef]]:
        """The entities indexed under each of ``keys`` (keys without any are left out)."""

    def extending(self, prefixes: Collection[str]) -> dict[str, set[URIRef]]:
        """For each prefix, the people one of whose primary names starts with it and is longer."""

    def taken(self, iris: Collection[URIRef]) -> set[URIRef]:
        """Those of ``iris`` that name a known entity."""


class Resolver:
    """Maps the local entities of a document to entity IRIs (see the module documentation).

    Parameters
    ----------
    lexicon : Lexicon, optional
        Decides classes and standard names where it knows a name.
    """

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.keymaker = KeyMaker(lexicon)

    def resolve(self, extraction: Extraction, index: EntityIndex) -> dict[str, URIRef]:
        """The IRI of every local entity of ``extraction``, by local id."""
        entities = extraction.entities
        labels = [self.keymaker.label_of(e) for e in entities]
        keys = [self.keymaker.keys(labels[i], (e.name, *e.aliases)) for i, e in enumerate(entities)]
        groups = _groups(keys)
        full, partial = set(), set()
        for members in groups:
            if labels[members[0]] == "Person":
                for i in members:
                    words = norm(entities[i].name).split()
                    if len(words) >= 2:
                        full.add(" ".join(words))
                        partial |= {" ".join(words[:k]) for k in range(2, len(words))}
        found = index.find(set().union(*keys, (f"Person|{p}" for p in partial)))
        extending = index.extending(full | partial)

        iri_of: dict[str, URIRef] = {}
        to_mint: list[tuple[list[int], URIRef]] = []
        for members in groups:
            iri = self._known(members, entities, labels[members[0]], keys, found, extending)
            if iri is None:
                to_mint.append((members, self._base(members, entities, labels[members[0]], extraction.key)))
            else:
                for i in members:
                    iri_of[entities[i].id] = iri
        for (members, _), iri in zip(to_mint, _free([base for _, base in to_mint], index)):
            for i in members:
                iri_of[entities[i].id] = iri
        return iri_of

    def _known(self, members, entities, label, keys, found, extending) -> URIRef | None:
        hits = Counter(iri for i in members for k in keys[i] for iri in found.get(k, ()))
        if hits:
            return min(hits, key=lambda iri: (-hits[iri], str(iri)))
        if label != "Person":
            return None
        for i in members:  # "Grace Wong" here, "Grace Wong Mei-ling" known
            words = norm(entities[i].name).split()
            longer = extending.get(" ".join(words), set()) if len(words) >= 2 else set()
            if len(longer) == 1:
                return next(iter(longer))
        for i in members:  # "Grace Wong Mei-ling" here, "Grace Wong" known
            words = norm(entities[i].name).split()
            for k in range(len(words) - 1, 1, -1):
                prefix = " ".join(words[:k])
                shorter = found.get(f"Person|{prefix}", set())
                if len(shorter) == 1 and extending.get(prefix, set()) <= shorter:
                    return next(iter(shorter))
        return None

    def _base(self, members: list[int], entities: tuple[LocalEntity, ...], label: str, document: str) -> URIRef:
        """The IRI a new entity would get if no other entity had it."""
        names = Counter(entities[i].name for i in members)
        standard = next((s for i in members if (s := self.keymaker.standard(label, entities[i].name))), None)
        name = standard or max(names, key=lambda n: (names[n], len(n), n))
        segment = slug(name)
        if label == "Person" and len(name.split()) < 2:
            # known only by a surname in one release: never the same IRI as another release's "Chan"
            segment += "-" + hashlib.sha1(document.encode("utf-8")).hexdigest()[:8]
        return ID[f"{CLASS_SEGMENT[label]}/{segment}"]


def _groups(keys: list[set[str]]) -> list[list[int]]:
    """Local entities sharing a key, in order of first appearance."""
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, ks in enumerate(keys):
        for k in sorted(ks):
            j = owner.setdefault(k, i)
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(len(keys)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _free(bases: list[URIRef], index: EntityIndex) -> list[URIRef]:
    """One IRI per base that no known entity and no other base of the list has: ``base``, ``base-2`` ..."""
    taken = index.taken(set(bases))
    used: set[URIRef] = set()
    out = []
    for base in bases:
        iri, n = base, 1
        while iri in used or iri in taken:
            n += 1
            iri = URIRef(f"{base}-{n}")
            taken |= index.taken({iri})
        used.add(iri)
        out.append(iri)
    return out
