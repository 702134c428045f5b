"""A small hand-built graph in the shape the builder writes (docs/data-model.md).

Three releases, worked out by hand so that each cookbook query has a known answer:

- ``d1`` 2024-06-25 "CS visits Shanghai": Chan Kwok-ki (CS) meets Chen Jie (Vice Mayor
  of Shanghai), visits Shanghai and SHETO; Hong Kong co-operates with Shanghai in
  finance and culture; SHETO is part of CMAB and located in Shanghai; the Sixth
  Plenary Session is part of the Hong Kong/Shanghai Co-operation Conference, whose
  parties are Hong Kong and Shanghai; CreateSmart funds Endless Melody 2; Chan
  attends Hello Hong Kong, organised by TVB.
- ``d2`` 2023-11-10 "CE meets Mayor of Shanghai": Gong Zheng (Mayor of Shanghai) meets
  John Lee (CE), stated in that direction, with no meeting date; Gong Zheng visits
  Hong Kong; John Lee and Gong Zheng chair the Sixth Plenary Session (2023-11-10), held
  in Shanghai; CMAB is part of the HKSAR Government; Hong Kong co-operates with
  Shanghai in finance.
- ``d3`` 2024-03-01 "CS visits Hunan": Chan visits Hunan (2024-03-02); Hong Kong
  co-operates with Hunan (no field).

An undated release ``d4`` states again that Chen Jie is Vice Mayor of Shanghai and
that the Sixth Plenary Session is part of the Conference and held in Shanghai. Plus ``d0`` (2022-01-05) in which John Lee holds the Chief Executive
post. Chan's tenure as CS names CMAB as its ``org:organization``.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from igr.resolve.names import norm
from igr.vocab import GRAPH_ANALYTICS, GRAPH_CORPUS, GRAPH_NAMES, ID, IGR, INTERACTION_CLASS, NAME_KEY, ORG, TIME

EXTRACTION = ID["extraction/igr-0-1-0"]
SCORES = Namespace(str(IGR._NS))  # analytics terms are not in igr.vocab yet (igr.analytics.terms)

PEOPLE = {
    "chan": ("person/chan-kwok-ki", "Chan Kwok-ki", ["Mr Chan"]),
    "chen": ("person/chen-jie", "Chen Jie", ["Mr Chen"]),
    "gong": ("person/gong-zheng", "Gong Zheng", []),
    "lee": ("person/john-lee", "John Lee", ["Mr Lee"]),
}
ENTITIES = {
    **{k: (iri, "Person", name, aliases) for k, (iri, name, aliases) in PEOPLE.items()},
    "cs": ("post/chief-secretary-for-administration", "Post", "Chief Secretary for Administration", ["CS"]),
    "vm": ("post/vice-mayor-of-shanghai", "Post", "Vice Mayor of Shanghai", []),
    "mayor": ("post/mayor-of-shanghai", "Post", "Mayor of Shanghai", []),
    "ce": ("post/chief-executive", "Post", "Chief Executive", ["CE"]),
    "hk": ("place/hong-kong", "Place", "Hong Kong", ["HKSAR", "Hong Kong Special Administrative Region"]),
    "sh": ("place/shanghai", "Place", "Shanghai", []),
    "hunan": ("place/hunan", "Place", "Hunan", []),
    "hksarg": ("organization/hksar-government", "Organization", "HKSAR Government", []),
    "cmab": ("organization/constitutional-and-mainland-affairs-bureau", "Organization",
             "Constitutional and Mainland Affairs Bureau", ["CMAB"]),
    "sheto": ("organization/hong-kong-economic-and-trade-office-in-shanghai", "Organization",
              "Hong Kong Economic and Trade Office in Shanghai", ["SHETO"]),
    "shg": ("organization/shanghai-municipal-government", "Organization", "Shanghai Municipal Government", []),
    "tvb": ("organization/television-broadcasts-limited", "Organization", "Television Broadcasts Limited", ["TVB"]),
    "hksh": ("mechanism/hong-kong-shanghai-co-operation-conference", "Mechanism",
             "Hong Kong/Shanghai Co-operation Conference", []),
    "hkgd": ("mechanism/hong-kong-guangdong-co-operation-joint-conference", "Mechanism",
             "Hong Kong/Guangdong Co-operation Joint Conference", []),
    "plenary": ("event/sixth-plenary-session-of-the-hong-kong-shanghai-co-operation-conference", "Event",
                "Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference", []),
    "hello": ("event/hello-hong-kong", "Event", "Hello Hong Kong", []),
    "createsmart": ("initiative/createsmart-initiative", "Initiative", "CreateSmart Initiative", []),
    "melody": ("initiative/endless-melody-2", "Initiative", "Endless Melody 2", []),
}
SUBCLASS = {"hk": IGR.City, "sh": IGR.City, "hunan": IGR.Province}
GOVERNMENTS = {"hksarg", "cmab", "sheto", "shg"}


def iri(key: str) -> URIRef:
    """The IRI of entity ``key`` (or of a document: ``d1`` ...)."""
    if key in DOCS:
        return ID[f"doc/{key}"]
    return ID[ENTITIES[key][0]]


def name(key: str) -> str:
    """The canonical name of entity ``key``."""
    return ENTITIES[key][2]


DOCS = {
    "d0": ("2022-01-05", "CE attends reception", "https://example.org/d0"),
    "d1": ("2024-06-25", "CS visits Shanghai", "https://example.org/d1"),
    "d2": ("2023-11-10", "CE meets Mayor of Shanghai", "https://example.org/d2"),
    "d3": ("2024-03-01", "CS visits Hunan", None),
    "d4": (None, "Undated note", None),
}

# (document, relation, subject, object, evidence, interaction date, fields)
FACTS = [
    ("d0", "holdsPost", "lee", "ce", "The Chief Executive, Mr John Lee, hosted a reception.", None, ()),
    ("d1", "metWith", "chan", "chen", "In the morning, Mr Chan met with the Vice Mayor of Shanghai, Mr Chen Jie.",
     "2024-06-25", ()),
    ("d1", "holdsPost", "chan", "cs", "The Chief Secretary for Administration, Mr Chan Kwok-ki, visited Shanghai.",
     None, ()),
    ("d1", "holdsPost", "chen", "vm", "In the morning, Mr Chan met with the Vice Mayor of Shanghai, Mr Chen Jie.",
     None, ()),
    ("d1", "visited", "chan", "sh", "The Chief Secretary for Administration, Mr Chan Kwok-ki, visited Shanghai.",
     "2024-06-25", ()),
    ("d1", "visited", "chan", "sheto", "He then visited SHETO.", "2024-06-25", ()),
    ("d1", "cooperatesWith", "hk", "sh", "Hong Kong and Shanghai will deepen co-operation in finance and culture.",
     None, ("finance", "culture")),
    ("d1", "subOrganizationOf", "sheto", "cmab", "SHETO, an office of CMAB, ...", None, ()),
    ("d1", "locatedIn", "sheto", "sh", "SHETO, in Shanghai, ...", None, ()),
    ("d1", "partOf", "plenary", "hksh", "The Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference ...",
     None, ()),
    ("d1", "hasParticipant", "hksh", "hk", "The Hong Kong/Shanghai Co-operation Conference ...", None, ()),
    ("d1", "hasParticipant", "hksh", "sh", "The Hong Kong/Shanghai Co-operation Conference ...", None, ()),
    ("d1", "funds", "createsmart", "melody", "Endless Melody 2 is funded by the CreateSmart Initiative.", None, ()),
    ("d1", "attended", "chan", "hello", "Mr Chan attended Hello Hong Kong.", "2024-06-25", ()),
    ("d1", "organizedBy", "hello", "tvb", "Hello Hong Kong, organised by TVB, ...", None, ()),
    ("d2", "metWith", "gong", "lee", "The Mayor of Shanghai, Mr Gong Zheng, called on the Chief Executive, Mr John Lee.",
     None, ()),
    ("d2", "holdsPost", "gong", "mayor", "The Mayor of Shanghai, Mr Gong Zheng, called on the Chief Executive.",
     None, ()),
    ("d2", "holdsPost", "lee", "ce", "The Mayor of Shanghai, Mr Gong Zheng, called on the Chief Executive, Mr John Lee.",
     None, ()),
    ("d2", "visited", "gong", "hk", "Mr Gong arrived in Hong Kong today.", "2023-11-10", ()),
    ("d2", "chaired", "lee", "plenary", "Mr Lee and Mr Gong co-chaired the Sixth Plenary Session.", "2023-11-10", ()),
    ("d2", "chaired", "gong", "plenary", "Mr Lee and Mr Gong co-chaired the Sixth Plenary Session.", "2023-11-10", ()),
    ("d2", "heldIn", "plenary", "sh", "The Sixth Plenary Session, held in Shanghai, ...", None, ()),
    ("d2", "subOrganizationOf", "cmab", "hksarg", "CMAB of the HKSAR Government ...", None, ()),
    ("d2", "cooperatesWith", "hk", "sh", "The two places co-operate closely in finance.", None, ("finance",)),
    ("d3", "visited", "chan", "hunan", "Mr Chan will visit Hunan tomorrow (March 2).", "2024-03-02", ()),
    ("d3", "cooperatesWith", "hk", "hunan", "Hong Kong and Hunan have strong co-operation.", None, ()),
    ("d4", "holdsPost", "chen", "vm", "Mr Chen Jie, Vice Mayor of Shanghai, ...", None, ()),
    ("d4", "partOf", "plenary", "hksh", "The Sixth Plenary Session of the Conference ...", None, ()),
    ("d4", "heldIn", "plenary", "sh", "The Sixth Plenary Session, held in Shanghai, ...", None, ()),
]


def graphs() -> dict[URIRef, list[tuple]]:
    """Named graph -> triples, as the builder would write them."""
    out: dict[URIRef, list[tuple]] = defaultdict(list)
    corpus = out[GRAPH_CORPUS]
    for key, (path, cls, label, aliases) in ENTITIES.items():
        node = ID[path]
        corpus += [(node, RDF.type, IGR[cls]), (node, RDFS.label, Literal(label))]
        corpus += [(node, SKOS.altLabel, Literal(a)) for a in aliases]
        if key in SUBCLASS:
            corpus.append((node, RDF.type, SUBCLASS[key]))
        if key in GOVERNMENTS:
            corpus.append((node, RDF.type, IGR.Government))
    for doc, (date, title, url) in DOCS.items():
        d = iri(doc)
        g = out[d]
        g += [(d, RDF.type, IGR.Document), (d, IGR.sourceKey, Literal(f"{doc}.txt")),
              (d, IGR.contentHash, Literal(doc * 32)), (d, DCTERMS.title, Literal(title)),
              (EXTRACTION, RDF.type, IGR.Extraction), (EXTRACTION, RDFS.label, Literal("igr 0.1.0"))]
        if date:
            g.append((d, DCTERMS.date, Literal(date, datatype=XSD.date)))
        if url:
            g.append((d, SDO.url, Literal(url)))
    mentioned: set[tuple[str, str]] = set()
    for n, (doc, rel, s, o, evidence, date, fields) in enumerate(FACTS, start=1):
        g, d = out[iri(doc)], iri(doc)
        node = ID[f"interaction/{doc}-{n}"]
        g += [(iri(s), IGR[rel], iri(o)),
              (node, RDF.type, IGR.Interaction), (node, RDF.type, IGR[INTERACTION_CLASS[rel]]),
              (node, IGR.relation, IGR[rel]), (node, IGR.subject, iri(s)), (node, IGR.object, iri(o)),
              (node, IGR.participant, iri(s)), (node, IGR.participant, iri(o)),
              (node, IGR.evidence, Literal(evidence)),
              (node, IGR.startChar, Literal(10 * n, datatype=XSD.integer)),
              (node, IGR.endChar, Literal(10 * n + len(evidence), datatype=XSD.integer)),
              (node, IGR.method, Literal(f"dep:{rel}")),
              (node, IGR.confidence, Literal(Decimal("0.85"), datatype=XSD.decimal)),
              (node, PROV.wasDerivedFrom, d), (node, PROV.wasGeneratedBy, EXTRACTION)]
        if date:
            g.append((node, IGR.date, Literal(date, datatype=XSD.date)))
        for field in fields:
            area = ID[f"area/{field}"]
            g += [(node, IGR.cooperationArea, area), (area, RDF.type, SKOS.Concept), (area, RDFS.label, Literal(field))]
        for key in (s, o):
            if (doc, key) not in mentioned:
                mentioned.add((doc, key))
                g.append((iri(key), IGR.mentionedIn, d))
    # post tenures, as the builder keeps them in the entities graph
    for person, post, first, last, docs in (("chan", "cs", "2024-06-25", "2024-06-25", ["d1"]),
                                            ("lee", "ce", "2022-01-05", "2023-11-10", ["d0", "d2"])):
        m = ID[f"membership/{person}--{post}"]
        interval = ID[f"interval/{person}--{post}"]
        corpus += [(m, RDF.type, ORG.Membership), (m, ORG.member, iri(person)), (m, ORG.role, iri(post)),
                   (m, ORG.memberDuring, interval), (interval, RDF.type, TIME.Interval)]
        corpus += [(m, PROV.wasDerivedFrom, iri(doc)) for doc in docs]
        if person == "chan":
            corpus.append((m, ORG.organization, iri("cmab")))
        for prop, day in ((TIME.hasBeginning, first), (TIME.hasEnd, last)):
            instant = ID[f"instant/{day}"]
            corpus += [(interval, prop, instant), (instant, RDF.type, TIME.Instant),
                       (instant, TIME.inXSDDate, Literal(day, datatype=XSD.date))]
    return dict(out)


def analytics_triples() -> list[tuple]:
    """Scores in the shape ``igr analyze --write`` uses (igr.analytics.write)."""
    base = ID["analysis/officials-all"]
    triples = [(base, RDF.type, SCORES.Analysis), (base, SCORES.projection, Literal("officials"))]
    for key, betweenness, constraint in (("chan", 0.5, 0.4), ("lee", 0.25, 0.6), ("chen", 0.0, 1.0)):
        node = ID[f"analysis/officials-all/{key}"]
        triples += [(node, RDF.type, SCORES.NodeScore), (node, SCORES.inAnalysis, base),
                    (node, SCORES.scoreOf, iri(key)),
                    (node, SCORES.betweenness, Literal(betweenness, datatype=XSD.double)),
                    (node, SCORES.constraint, Literal(constraint, datatype=XSD.double)),
                    (node, SCORES.pagerank, Literal(0.2, datatype=XSD.double)), (node, SCORES.degree, Literal(2))]
    return triples


def name_index() -> list[tuple]:
    """The name index the build keeps for these entities: one key per label and alias."""
    keys = {(ID[path], norm(n)) for path, _, label, aliases in ENTITIES.values() for n in [label, *aliases]}
    return [(node, NAME_KEY, Literal(key)) for node, key in sorted(keys)]


def fill(store, with_analytics: bool = False, with_names: bool = True, with_activity: bool = True) -> None:
    """Write the sample into ``store`` through its ``replace_graph`` (one call per graph),
    with the name index unless ``with_names`` is false (a store built before the index),
    and the month counts unless ``with_activity`` is false (a store built before them)."""
    for graph, triples in graphs().items():
        store.replace_graph(graph, triples)
    if with_names:
        store.replace_graph(GRAPH_NAMES, name_index())
    if with_activity:
        from igr.build.activity import ensure_activity  # noqa: PLC0415 - the month counts, as a build keeps them

        ensure_activity(store)
    if with_analytics:
        store.replace_graph(GRAPH_ANALYTICS, analytics_triples())
