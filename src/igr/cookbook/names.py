"""Names given as query parameters, resolved to entity IRIs through the store's name index.

The build keeps, in the book-keeping graph ``build#names``, one triple
``?entity build:nameKey "key"`` per distinct key of each entity, where the key is
:func:`igr.resolve.names.norm` of its label and of each alias. A name parameter is
resolved by one exact lookup of its key there (an index hit, whatever the size of
the archive), and a "part of the name" parameter by a scan of the keys only, which
are few beside the data. The cookbook query then starts from the IRIs found.

A store built before the index existed has none: the keys are then worked out from
the labels and aliases (:func:`name_keys`), which is slower but gives the same
answers.

Examples
--------
>>> from rdflib import Literal, URIRef
>>> from rdflib.namespace import RDFS
>>> from igr.store import LocalStore
>>> import tempfile, pathlib
>>> store = LocalStore(pathlib.Path(tempfile.mkdtemp()) / "s", create=True)
>>> lee = URIRef("https://w3id.org/igr/id/person/john-lee")
>>> store.replace_graph(URIRef("https://w3id.org/igr/id/graph/entities"), [(lee, RDFS.label, Literal("John Lee"))])
>>> resolve(store, "JOHN LEE") == (str(lee),)
True
>>> resolve_part(store, "lee") == (str(lee),)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from igr.cookbook.params import term
from igr.resolve.names import norm
from igr.store.base import TripleStore
from igr.vocab import BUILD, DOMAIN_RANGE, GRAPH_NAMES, IGR, NAME_KEY

_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(//)?[^\s<>\"{}|\\^`]+$")
_LABELS = "<http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel>"


def is_iri(value: str) -> bool:
    """Whether a parameter value is an entity IRI rather than a name.

    Examples
    --------
    >>> is_iri("https://w3id.org/igr/id/place/shanghai"), is_iri("Shanghai"), is_iri("Re: talks")
    (True, False, False)
    """
    text = value.strip()
    return bool(_IRI.match(text)) and ("://" in text or text.startswith("urn:"))


def resolve(store: TripleStore, value: str) -> tuple[str, ...]:
    """IRIs of the entities one of whose names (label or alias) is ``value``, in any case.

    An IRI is returned as it is. The comparison is that of the build's resolution
    (:func:`igr.resolve.names.norm`): case, punctuation, "co-operation", a leading "the".
    """
    if is_iri(value):
        return (value.strip(),)
    key = norm(value)
    if not key:
        return ()
    if has_index(store):
        found = store.query(f"SELECT DISTINCT ?e WHERE {{ GRAPH <{GRAPH_NAMES}> {{ ?e <{NAME_KEY}> {term('string', key)} }} }}")
        return tuple(sorted(str(row[0]) for row in found.rows))
    return tuple(sorted({entity for entity, k in name_keys(store) if k == key}))


def resolve_part(store: TripleStore, value: str) -> tuple[str, ...]:
    """IRIs of the entities one of whose names contains ``value``, in any case.

    Spaces and punctuation do not count ("shanghai co-op" is part of "Hong
    Kong/Shanghai Co-operation Conference"). Only the keys of the name index are
    scanned, never the data.
    """
    if is_iri(value):
        return (value.strip(),)
    part = _squash(norm(value))
    if not part:
        return ()
    if has_index(store):
        found = store.query(
            f"SELECT DISTINCT ?e WHERE {{ GRAPH <{GRAPH_NAMES}> {{ ?e <{NAME_KEY}> ?k }} "
            f"FILTER(CONTAINS(REPLACE(?k, \" \", \"\"), {term('string', part)})) }}")
        return tuple(sorted(str(row[0]) for row in found.rows))
    return tuple(sorted({entity for entity, k in name_keys(store) if part in _squash(k)}))


def resolve_relation(store: TripleStore, value: str) -> tuple[str, ...]:
    """IRIs of the relations the store's interaction records use whose name is ``value``, in any case.

    The name is the part of the IRI after ``#`` (``metWith``); an IRI is returned as it is.
    igr's own relation of that name is returned alone when the records use it (one index
    look-up); otherwise every relation of that name the records use, read from their
    ``igr:relation`` values.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from rdflib import URIRef
    >>> from igr.store import LocalStore
    >>> from igr.vocab import IGR
    >>> store = LocalStore(pathlib.Path(tempfile.mkdtemp()) / "s", create=True)
    >>> store.replace_graph(URIRef("https://w3id.org/igr/id/doc/d"), [(URIRef("https://w3id.org/igr/id/i"), IGR.relation, IGR.metWith)])
    >>> resolve_relation(store, "METWITH")
    ('https://w3id.org/igr/ontology#metWith',)
    """
    if is_iri(value):
        return (value.strip(),)
    # The relations igr writes are checked first, each by one index look-up; any other
    # relation a store may hold is found by reading every record's (slower, rarely needed).
    known = [IGR[r] for r in DOMAIN_RANGE if r.lower() == value.strip().lower()]
    for relation in known:
        if store.query(f"ASK {{ GRAPH ?g {{ ?i <{IGR.relation}> <{relation}> }} }}").boolean:
            return (str(relation),)
    found = store.query(f"SELECT DISTINCT ?r WHERE {{ GRAPH ?g {{ ?i <{IGR.relation}> ?r }} "
                        f"FILTER(LCASE(STRAFTER(STR(?r), \"#\")) = LCASE({term('string', value.strip())})) }}")
    return tuple(sorted(str(row[0]) for row in found.rows))


def has_index(store: TripleStore) -> bool:
    """Whether the store keeps a name index (stores built before it do not)."""
    return bool(store.query(f"ASK {{ GRAPH <{GRAPH_NAMES}> {{ ?e <{NAME_KEY}> ?k }} }}").boolean)


def name_keys(store: TripleStore) -> Iterator[tuple[str, str]]:
    """(entity IRI, key) for each label and alias in the store, as the name index holds them.

    Reads every label: the fallback for stores without an index, and the way to
    write one for them (:func:`index_triples`).
    """
    found = store.query(f"SELECT DISTINCT ?e ?n WHERE {{ GRAPH ?g {{ ?e {_LABELS} ?n }} "
                        f"FILTER(isIRI(?e) && !STRSTARTS(STR(?g), \"{BUILD}\")) }}")
    seen = set()
    for entity, name in found.rows:
        key = norm(str(name))
        if key and (entity, key) not in seen:
            seen.add((entity, key))
            yield str(entity), key


def index_triples(store: TripleStore) -> list[tuple]:
    """The triples of the name index for ``store``'s labels and aliases (rdflib terms).

    For bringing a store built before the index up to date:
    ``store.replace_graph(GRAPH_NAMES, index_triples(store))``.
    """
    from rdflib import Literal, URIRef  # noqa: PLC0415

    return [(URIRef(e), NAME_KEY, Literal(k)) for e, k in name_keys(store)]


def _squash(key: str) -> str:
    return key.replace(" ", "")
