"""Triples from resolved extraction records, built with rdflib terms from :mod:`igr.vocab`.

Document graphs hold no time of the build, and every node is an IRI derived from
the document key and the facts themselves, so the same input always gives the same
graph (``tests/rdf/test_golden.py`` compares by isomorphism).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO
from rdflib.term import Node

from igr import __version__
from igr.extract.records import Extraction
from igr.resolve.corpus import Resolution
from igr.resolve.names import slug
from igr.vocab import DOMAIN_RANGE, ID, IGR, INTERACTION_CLASS, ORG, PLACE_KINDS, TIME

Triple = tuple[Node, Node, Node]
EXTRACTION_ACTIVITY = ID[f"extraction/igr-{slug(__version__)}"]


def document_iri(key: str) -> URIRef:
    """The IRI of a document, which also names its graph.

    Examples
    --------
    >>> str(document_iri("seed-cs-visits-shanghai.txt"))
    'https://w3id.org/igr/id/doc/seed-cs-visits-shanghai-txt-4ad4a1d5'
    """
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return ID[f"doc/{slug(key.split('://', 1)[-1], 60)}-{digest}"]


def area_iri(area: str) -> URIRef:
    return ID[f"area/{slug(area)}"]


def document_graph(extraction: Extraction, resolution: Resolution) -> list[Triple]:
    """Every triple of one document's named graph.

    Relations whose resolved ends do not fit the property's domain and range (the
    corpus may have settled an entity on another class) are left out.
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
        iri = resolution.iri(extraction.key, ent.id)
        if iri is not None and iri not in mentioned:
            mentioned.add(iri)
            out.append((iri, IGR.mentionedIn, doc))

    prefix = extraction.content_hash[:10]
    for n, fact in enumerate(extraction.facts, start=1):
        s = resolution.iri(extraction.key, fact.subject)
        o = resolution.iri(extraction.key, fact.object)
        if s is None or o is None or s == o or not _fits(fact.predicate, resolution, s, o):
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
            if (p := resolution.iri(extraction.key, pid)) is not None:
                out.append((node, IGR.participant, p))
        if fact.date:
            out.append((node, IGR.date, Literal(fact.date.isoformat(), datatype=XSD.date)))
        if fact.date_text:
            out.append((node, IGR.dateText, Literal(fact.date_text)))
        if fact.place and (p := resolution.iri(extraction.key, fact.place)) is not None:
            out.append((node, IGR.place, p))
        for area in fact.areas:
            out += [(node, IGR.cooperationArea, area_iri(area)), (area_iri(area), RDF.type, SKOS.Concept),
                    (area_iri(area), RDFS.label, Literal(area))]
    return out


def _fits(predicate: str, resolution: Resolution, s: URIRef, o: URIRef) -> bool:
    domain, range_ = DOMAIN_RANGE[predicate]
    return resolution.entities[s].label in domain and resolution.entities[o].label in range_


def entities_graph(resolution: Resolution, extractions: Iterable[Extraction] = ()) -> list[Triple]:
    """Entity descriptions shared by all documents, and post tenures across the corpus.

    A tenure is an ``org:Membership`` of the person in the post during a
    ``time:Interval`` from the first to the last release that states it.
    """
    out: list[Triple] = []
    for iri in sorted(resolution.entities):
        ent = resolution.entities[iri]
        out.append((iri, RDF.type, IGR[ent.label]))
        if ent.label == "Place" and ent.kind in PLACE_KINDS:
            out.append((iri, RDF.type, IGR[PLACE_KINDS[ent.kind]]))
        if ent.label == "Organization" and ent.government:
            out.append((iri, RDF.type, IGR.Government))
        out.append((iri, RDFS.label, Literal(ent.name)))
        for alias in ent.aliases:
            out.append((iri, SKOS.altLabel, Literal(alias)))
    out += list(_tenures(resolution, extractions))
    return out


def _tenures(resolution: Resolution, extractions: Iterable[Extraction]) -> Iterator[Triple]:
    seen: dict[tuple[URIRef, URIRef], list] = defaultdict(list)
    for x in extractions:
        for f in x.facts:
            if f.predicate != "holdsPost":
                continue
            s, o = resolution.iri(x.key, f.subject), resolution.iri(x.key, f.object)
            if s is None or o is None or not _fits("holdsPost", resolution, s, o):
                continue
            seen[(s, o)].append((x.date, document_iri(x.key)))
    for (person, post), sightings in sorted(seen.items()):
        name = f"{person.rsplit('/', 1)[-1]}--{post.rsplit('/', 1)[-1]}"
        membership = ID[f"membership/{name}"]
        yield from [(membership, RDF.type, ORG.Membership), (membership, ORG.member, person),
                    (membership, ORG.role, post)]
        for _, doc in sightings:
            yield membership, PROV.wasDerivedFrom, doc
        dates = sorted(d for d, _ in sightings if d)
        if dates:
            interval = ID[f"interval/{name}"]
            begin, end = ID[f"instant/{dates[0].isoformat()}"], ID[f"instant/{dates[-1].isoformat()}"]
            yield from [(membership, ORG.memberDuring, interval), (interval, RDF.type, TIME.Interval),
                        (interval, TIME.hasBeginning, begin), (interval, TIME.hasEnd, end)]
            for instant, d in ((begin, dates[0]), (end, dates[-1])):
                yield from [(instant, RDF.type, TIME.Instant),
                            (instant, TIME.inXSDDate, Literal(d.isoformat(), datatype=XSD.date))]


def graph_digest(triples: Iterable[Triple]) -> str:
    """A digest of a graph's content, independent of triple order (no blank nodes are used)."""
    lines = sorted({f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples})
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
