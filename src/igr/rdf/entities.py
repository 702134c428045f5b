"""Quads of the graphs documents share: entity descriptions, the name index, post tenures.

Each entity's quads are a function of its uses (:mod:`igr.resolve.entities`), so a
build updates an entity by the difference between its quads before and after a
document, never by rewriting a whole graph:

- ``id:graph/entities``: ``rdf:type`` (scored class, plus a subclass such as
  ``igr:City`` or ``igr:Government`` beside it), one ``rdfs:label``, ``skos:altLabel``s;
- ``build:names`` (the name index of the shared contract): ``build:nameKey`` with
  :func:`igr.resolve.names.norm` of the label and of each alias;
- ``build:index`` (book-keeping): ``build:key`` merge keys, ``build:prefix`` name
  prefixes of people, and one ``build:use/...`` count per feature.

A post tenure is an ``org:Membership`` of the person in the post, derived from every
document that states it, during a ``time:Interval`` from the earliest to the latest
date of those documents.

Examples
--------
>>> from igr.vocab import ID
>>> quads = entity_quads(ID["place/shanghai"], {"l:Shanghai": 1, "n:Shanghai": 1, "k:city": 1})
>>> sorted(str(o) for s, p, o, g in quads if g == GRAPH_CORPUS)
['Shanghai', 'https://w3id.org/igr/ontology#City', 'https://w3id.org/igr/ontology#Place']
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from igr.resolve.entities import Description, KeyMaker, Uses, describe
from igr.vocab import BUILD, GRAPH_CORPUS, GRAPH_INDEX, GRAPH_NAMES, ID, IGR, ORG, PLACE_KINDS, TIME

Quad = tuple[Node, Node, Node, URIRef]

USE = str(BUILD) + "use/"
"""Predicates ``build:use/FEATURE`` (percent-encoded) whose integer object counts the documents."""


@lru_cache(maxsize=1 << 16)
def use_predicate(feature: str) -> URIRef:
    """The predicate that counts the uses of ``feature``.

    Examples
    --------
    >>> str(use_predicate("n:Mrs Lam"))
    'https://w3id.org/igr/build#use/n%3AMrs%20Lam'
    """
    return URIRef(USE + quote(feature, safe=""))


def feature_of(predicate: URIRef) -> str | None:
    """The feature a ``build:use/...`` predicate counts, or None for another predicate."""
    text = str(predicate)
    return unquote(text[len(USE):]) if text.startswith(USE) else None


def entity_quads(iri: URIRef, uses: Uses, keymaker: KeyMaker | None = None) -> set[Quad]:
    """Every quad of ``iri`` in the shared graphs, given its uses (none when nothing uses it)."""
    d = describe(iri, uses, keymaker)
    if d is None:
        return set()
    return set(_described(d)) | {(iri, use_predicate(f), _literal(n), GRAPH_INDEX) for f, n in uses.items() if n > 0}


@lru_cache(maxsize=1 << 13)
def _described(d: Description) -> frozenset[Quad]:
    """The quads of a description (without the counts of uses)."""
    iri = d.iri
    out: set[Quad] = {(iri, _TYPE, _class(d.label), GRAPH_CORPUS), (iri, _LABEL, _literal(d.name), GRAPH_CORPUS)}
    if d.label == "Place" and d.kind in PLACE_KINDS:
        out.add((iri, _TYPE, _class(PLACE_KINDS[d.kind]), GRAPH_CORPUS))
    if d.label == "Organization" and d.government:
        out.add((iri, _TYPE, _class("Government"), GRAPH_CORPUS))
    out |= {(iri, _ALT_LABEL, _literal(a), GRAPH_CORPUS) for a in d.aliases}
    out |= {(iri, _NAME_KEY, _literal(k), GRAPH_NAMES) for k in d.name_keys}
    out |= {(iri, _KEY, _literal(k), GRAPH_INDEX) for k in d.keys}
    out |= {(iri, _PREFIX, _literal(p), GRAPH_INDEX) for p in d.prefixes}
    return frozenset(out)


# The same terms recur in every document's update: made once (rdflib terms are immutable).
_TYPE, _LABEL, _ALT_LABEL = RDF.type, RDFS.label, SKOS.altLabel
_NAME_KEY, _KEY, _PREFIX = BUILD.nameKey, BUILD.key, BUILD.prefix


@lru_cache(maxsize=64)
def _class(name: str) -> URIRef:
    return IGR[name]


@lru_cache(maxsize=1 << 16, typed=True)  # typed: the count 1 and the name "1" are different literals
def _literal(value: str | int) -> Literal:
    return Literal(value)


def membership_iri(person: URIRef, post: URIRef) -> URIRef:
    """The tenure of ``person`` in ``post``.

    Examples
    --------
    >>> str(membership_iri(ID["person/chan-kwok-ki"], ID["post/chief-secretary"]))
    'https://w3id.org/igr/id/membership/chan-kwok-ki--chief-secretary'
    """
    return ID[f"membership/{_pair(person, post)}"]


def _pair(person: URIRef, post: URIRef) -> str:
    return f"{person.rsplit('/', 1)[-1]}--{post.rsplit('/', 1)[-1]}"


def tenure_quads(person: URIRef, post: URIRef, documents: set[URIRef], span: tuple[date, date] | None,
                 stated: bool | None = None) -> set[Quad]:
    """Quads of one tenure: the membership when it is ``stated`` (by default: when ``documents``
    is not empty), one ``prov:wasDerivedFrom`` per document of ``documents``, and its
    interval when dated ``span`` (first, last).

    ``documents`` may be a subset of the documents stating the tenure: a build updates
    a tenure by the difference of these quads before and after one document.
    """
    stated = bool(documents) if stated is None else stated
    if not stated:
        return set()
    m = membership_iri(person, post)
    out: set[Quad] = {(m, RDF.type, ORG.Membership, GRAPH_CORPUS), (m, ORG.member, person, GRAPH_CORPUS),
                      (m, ORG.role, post, GRAPH_CORPUS)}
    out |= {(m, PROV.wasDerivedFrom, doc, GRAPH_CORPUS) for doc in documents}
    if span is not None:
        interval = interval_iri(person, post)
        out |= {(m, ORG.memberDuring, interval, GRAPH_CORPUS), (interval, RDF.type, TIME.Interval, GRAPH_CORPUS),
                (interval, TIME.hasBeginning, ID[f"instant/{span[0].isoformat()}"], GRAPH_CORPUS),
                (interval, TIME.hasEnd, ID[f"instant/{span[1].isoformat()}"], GRAPH_CORPUS)}
    return out


def interval_iri(person: URIRef, post: URIRef) -> URIRef:
    """The time a tenure is known to span."""
    return ID[f"interval/{_pair(person, post)}"]
