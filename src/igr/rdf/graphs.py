"""The named graph of one document, from its extraction and the IRIs its entities resolved to.

Document graphs hold no time of the build, and every node is an IRI derived from
the document key, the facts and the entity IRIs, so the same input always gives the
same graph (``tests/rdf/test_golden.py`` compares by isomorphism).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO
from rdflib.term import Node

from igr.version import __version__
from igr.extract.records import Extraction
from igr.resolve.entities import class_of
from igr.resolve.names import slug
from igr.vocab import DOMAIN_RANGE, ID, IGR, INTERACTION_CLASS, TIME

Triple = tuple[Node, Node, Node]
EXTRACTION_ACTIVITY = ID[f"extraction/igr-{slug(__version__)}"]


def document_iri(key: str) -> URIRef:
    """The IRI of a document, which also names its graph.

    Examples
    --------
    >>> str(document_iri("seed-cs-visits-shanghai.txt"))
    'https://w3id.org/igr/id/doc/seed-cs-visits-shanghai-txt-226e76f4'
    """
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return ID[f"doc/{slug(key.split('://', 1)[-1], 60)}-{digest}"]


def area_iri(area: str) -> URIRef:
    return ID[f"area/{slug(area)}"]


def instant_iri(day) -> URIRef:
    return ID[f"instant/{day.isoformat()}"]


def document_graph(extraction: Extraction, iri_of: Mapping[str, URIRef]) -> list[Triple]:
    """Every triple of one document's named graph.

    ``iri_of`` maps the document's local entity ids to entity IRIs. Relations whose
    ends do not fit the property's domain and range (an entity may have been settled
    on another class) are left out. A dated document that states a post tenure
    describes its date's ``time:Instant``, which tenure intervals may begin or end on.
    """
    doc = document_iri(extraction.key)
    out: list[Triple] = [
        (doc, RDF.type, IGR.Document),
        (doc, IGR.sourceKey, Literal(extraction.key)),
        (doc, IGR.contentHash, Literal(extraction.content_hash)),
    ]
    if extraction.title:
        out.append((doc, DCTERMS.title, Literal(extraction.title)))
    if extraction.date:
        out.append((doc, DCTERMS.date, Literal(extraction.date.isoformat(), datatype=XSD.date)))
    if extraction.url:
        out.append((doc, SDO.url, Literal(extraction.url)))
    out.append((EXTRACTION_ACTIVITY, RDF.type, IGR.Extraction))
    out.append((EXTRACTION_ACTIVITY, RDFS.label, Literal(extraction.extractor or f"igr {__version__}")))

    mentioned = set()
    for ent in extraction.entities:
        iri = iri_of.get(ent.id)
        if iri is not None and iri not in mentioned:
            mentioned.add(iri)
            out.append((iri, IGR.mentionedIn, doc))

    prefix = extraction.content_hash[:10]
    for n, fact in enumerate(extraction.facts, start=1):
        s = iri_of.get(fact.subject)
        o = iri_of.get(fact.object)
        if s is None or o is None or s == o or not fits(fact.predicate, s, o):
            continue
        predicate = IGR[fact.predicate]
        out.append((s, predicate, o))
        node = ID[f"interaction/{prefix}-{n}"]
        out += [
            (node, RDF.type, IGR.Interaction),
            (node, RDF.type, IGR[INTERACTION_CLASS[fact.predicate]]),
            (node, IGR.relation, predicate),
            (node, IGR.subject, s),
            (node, IGR.object, o),
            (node, IGR.evidence, Literal(fact.evidence)),
            (node, IGR.startChar, Literal(fact.start, datatype=XSD.integer)),
            (node, IGR.endChar, Literal(fact.end, datatype=XSD.integer)),
            (node, IGR.method, Literal(fact.method)),
            (node, IGR.confidence, Literal(Decimal(f"{fact.confidence:.2f}"), datatype=XSD.decimal)),
            (node, PROV.wasDerivedFrom, doc),
            (node, PROV.wasGeneratedBy, EXTRACTION_ACTIVITY),
        ]
        for pid in fact.participants:
            if (p := iri_of.get(pid)) is not None:
                out.append((node, IGR.participant, p))
        if fact.date:
            out.append((node, IGR.date, Literal(fact.date.isoformat(), datatype=XSD.date)))
        if fact.date_text:
            out.append((node, IGR.dateText, Literal(fact.date_text)))
        if fact.place and (p := iri_of.get(fact.place)) is not None:
            out.append((node, IGR.place, p))
        for area in fact.areas:
            out += [(node, IGR.cooperationArea, area_iri(area)), (area_iri(area), RDF.type, SKOS.Concept),
                    (area_iri(area), RDFS.label, Literal(area))]
    if extraction.date and tenures(extraction, iri_of):
        instant = instant_iri(extraction.date)
        out += [(instant, RDF.type, TIME.Instant),
                (instant, TIME.inXSDDate, Literal(extraction.date.isoformat(), datatype=XSD.date))]
    return out


def fits(predicate: str, s: URIRef, o: URIRef) -> bool:
    """Whether entities of the classes of ``s`` and ``o`` may be the ends of ``predicate``.

    Examples
    --------
    >>> fits("holdsPost", ID["person/a-b"], ID["post/c"]), fits("holdsPost", ID["person/a-b"], ID["place/c"])
    (True, False)
    """
    domain, range_ = DOMAIN_RANGE[predicate]
    return class_of(s) in domain and class_of(o) in range_


def tenures(extraction: Extraction, iri_of: Mapping[str, URIRef]) -> set[tuple[URIRef, URIRef]]:
    """The (person, post) pairs the document states with ``holdsPost``."""
    out = set()
    for f in extraction.facts:
        if f.predicate == "holdsPost":
            s, o = iri_of.get(f.subject), iri_of.get(f.object)
            if s is not None and o is not None and fits("holdsPost", s, o):
                out.add((s, o))
    return out


def graph_digest(triples: Iterable[Triple]) -> str:
    """A digest of a graph's content, independent of triple order (no blank nodes are used)."""
    lines = sorted({f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples})
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
