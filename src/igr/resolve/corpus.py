"""Cross-document resolution: merge the local entities of all documents into canonical ones.

Local entities merge when they have the same class and share a name or an alias
(names that are an honorific and one word never merge), like the gold annotations
do. One class per real thing: where documents disagree on a name's class, the
lexicon decides, else the majority. The canonical label is the lexicon's standard
form when known, else the name most documents use (the fullest on a tie).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rdflib import URIRef

from igr.extract.lexicon import Lexicon
from igr.extract.records import Extraction, LocalEntity
from igr.resolve.names import merge_keys, norm, slug
from igr.vocab import ID

CLASS_SEGMENT = {"Person": "person", "Post": "post", "Place": "place", "Organization": "organization",
                 "Mechanism": "mechanism", "Initiative": "initiative", "Event": "event", "Agreement": "agreement"}


@dataclass(frozen=True)
class CorpusEntity:
    """One canonical entity of the corpus."""

    iri: URIRef
    label: str
    name: str
    aliases: tuple[str, ...]
    kind: str | None = None
    government: bool = False
    documents: tuple[str, ...] = ()
    first_seen: date | None = None
    last_seen: date | None = None


@dataclass(frozen=True)
class Resolution:
    """Canonical entities and where each local entity went."""

    entities: dict[URIRef, CorpusEntity]
    iri_of: dict[tuple[str, str], URIRef]

    def iri(self, document_key: str, local_id: str) -> URIRef | None:
        return self.iri_of.get((document_key, local_id))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve_corpus(extractions: Iterable[Extraction], lexicon: Lexicon | None = None) -> Resolution:
    """Merge the entities of all documents.

    Examples
    --------
    >>> from igr.extract.records import Extraction, LocalEntity
    >>> a = Extraction("a", "h1", entities=(LocalEntity("e1", "Person", "Carrie Lam", ("Mrs Lam",)),))
    >>> b = Extraction("b", "h2", entities=(LocalEntity("e1", "Person", "Carrie Lam", ("Mrs Carrie Lam",)),))
    >>> r = resolve_corpus([a, b])
    >>> r.iri("a", "e1") == r.iri("b", "e1"), str(r.iri("a", "e1"))
    (True, 'https://w3id.org/igr/id/person/carrie-lam')
    """
    extractions = sorted(extractions, key=lambda x: x.key)
    items: list[tuple[str, LocalEntity, date | None]] = [
        (x.key, e, x.date) for x in extractions for e in x.entities
    ]
    label_of = _decide_labels(items, lexicon)
    uf = _UnionFind()
    owner: dict[tuple[str, str], int] = {}
    abbreviations = _place_abbreviations(lexicon)
    for i, (_, ent, _) in enumerate(items):
        label = label_of[i]
        for name in (ent.name, *ent.aliases):
            for k in merge_keys(label, name, abbreviations if label != "Place" else None):
                j = owner.setdefault((label, k), i)
                uf.union(i, j)
    _merge_name_prefixes(items, label_of, uf)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(i)].append(i)

    entities: dict[URIRef, CorpusEntity] = {}
    iri_of: dict[tuple[str, str], URIRef] = {}
    by_iri_members: dict[URIRef, list[int]] = defaultdict(list)
    for members in groups.values():
        label = label_of[members[0]]
        name = _canonical(label, [items[i][1] for i in members], lexicon)
        segment = slug(name)
        if label == "Person" and len(name.split()) < 2:
            # known only by a surname in one release: never the same IRI as another release's "Chan"
            segment += "-" + hashlib.sha1(items[members[0]][0].encode("utf-8")).hexdigest()[:8]
        iri = ID[f"{CLASS_SEGMENT[label]}/{segment}"]
        by_iri_members[iri].extend(members)  # same slug: same thing written two ways
    for iri, members in by_iri_members.items():
        label = label_of[members[0]]
        locals_ = [items[i][1] for i in members]
        name = _canonical(label, locals_, lexicon)
        names = {n for e in locals_ for n in (e.name, *e.aliases)}
        aliases = tuple(sorted({n for n in names if norm(n) != norm(name)}))
        kinds = Counter(e.kind for e in locals_ if e.kind)
        dates = sorted(d for i in members if (d := items[i][2]))
        entities[iri] = CorpusEntity(
            iri=iri, label=label, name=name, aliases=aliases,
            kind=kinds.most_common(1)[0][0] if kinds else None,
            government=any(e.government for e in locals_),
            documents=tuple(sorted({items[i][0] for i in members})),
            first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
        )
        for i in members:
            iri_of[(items[i][0], items[i][1].id)] = iri
    return Resolution(entities=entities, iri_of=iri_of)


def _merge_name_prefixes(items, label_of: list[str], uf: _UnionFind) -> None:
    """ "Grace Wong" is "Grace Wong Mei-ling" when no other person's name starts with "Grace Wong"."""
    people: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, (_, ent, _) in enumerate(items):
        if label_of[i] == "Person":
            people[tuple(norm(ent.name).split())].add(uf.find(i))
    for words, roots in people.items():
        if len(words) < 2:
            continue
        longer = {uf.find(r) for other, rs in people.items() if len(other) > len(words) and other[: len(words)] == words
                  for r in rs}
        if len(longer) == 1:
            (target,) = longer
            for r in roots:
                uf.union(r, target)


def _place_abbreviations(lexicon: Lexicon | None) -> dict[str, str]:
    """One-word upper-case aliases of places ("HK", "GD") to the place's name, as name keys."""
    if lexicon is None:
        return {}
    out = {}
    for entry in lexicon.entries:
        if entry.label == "Place":
            for alias in entry.aliases:
                if alias.isupper() and " " not in alias and 2 <= len(alias) <= 4:
                    out.setdefault(norm(alias), norm(entry.name))
    return out


def _decide_labels(items, lexicon: Lexicon | None) -> list[str]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for _, ent, _ in items:
        votes[norm(ent.name)][ent.label] += 1
    out = []
    for _, ent, _ in items:
        known = lexicon.known_label(ent.name) if lexicon is not None else None
        if known:
            out.append(known)
            continue
        counter = votes[norm(ent.name)]
        best = max(counter.items(), key=lambda kv: (kv[1], kv[0] == ent.label))[0]
        out.append(best)
    return out


def _canonical(label: str, locals_: list[LocalEntity], lexicon: Lexicon | None) -> str:
    if lexicon is not None:
        for e in locals_:
            entry = lexicon.lookup(e.name)
            if entry is not None and entry.label == label:
                return entry.name
    counts = Counter(e.name for e in locals_)
    return max(counts, key=lambda n: (counts[n], len(n), n))
