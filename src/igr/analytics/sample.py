"""A tiny knowledge graph in the store's layout, written by hand, for examples and tests.

Three invented releases (not real press releases) about five officials, four
places, three organisations, two mechanisms, two events and an agreement, laid
out exactly as ``docs/data-model.md`` describes: an entities graph, one named
graph per release with its ``igr:Document`` node, direct relation triples and
Interaction nodes with evidence sentences.

Its answers are worked out by hand in ``docs/analytics.md`` and the tests. The
officials projection is a triangle Alex Chan - Bo Li - Carol Wong with Dan Zhou
hanging off Alex Chan and Eve Ho off Carol Wong.

Examples
--------
>>> quads = sample_quads()
>>> len({g for *_, g in quads})
4
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from igr.store.base import Quad, TripleStore
from igr.store.local import LocalStore
from igr.vocab import GRAPH_CORPUS, ID, IGR, INTERACTION_CLASS

# (class path segment, canonical name, extra igr classes, aliases)
ENTITIES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("person", "Alex Chan", (), ("Mr Chan",)),
    ("person", "Bo Li", (), ()),
    ("person", "Carol Wong", (), ("Ms Wong",)),
    ("person", "Dan Zhou", (), ()),
    ("person", "Eve Ho", (), ()),
    ("post", "Chief Secretary for Administration", (), ("CS",)),
    ("post", "Vice Mayor of Shanghai", (), ()),
    ("post", "Secretary for Innovation", (), ()),
    ("post", "Governor of Guangdong Province", (), ()),
    ("place", "Hong Kong", ("City",), ("HKSAR", "Hong Kong Special Administrative Region")),
    ("place", "Shanghai", ("City",), ()),
    ("place", "Shenzhen", ("City",), ()),
    ("place", "Guangdong", ("Province",), ("Guangdong Province",)),
    ("organization", "HKSAR Government", ("Government",), ()),
    ("organization", "Hong Kong Economic and Trade Office in Shanghai", (), ("SHETO",)),
    ("organization", "Shanghai Municipal Government", ("Government",), ()),
    ("mechanism", "Hong Kong/Shanghai Co-operation Conference", (), ()),
    ("mechanism", "Hong Kong/Guangdong Co-operation Joint Conference", (), ()),
    ("event", "Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference", (), ()),
    ("event", "Innovation Forum", (), ()),
    ("agreement", "Framework Agreement on Hong Kong/Shanghai Co-operation", (), ()),
    ("initiative", "CreateSmart Initiative", (), ()),
)

_SHORT = {
    "Sixth Plenary": "Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference",
    "HK/SH Conference": "Hong Kong/Shanghai Co-operation Conference",
    "HK/GD Conference": "Hong Kong/Guangdong Co-operation Joint Conference",
    "CS": "Chief Secretary for Administration",
    "SHETO": "Hong Kong Economic and Trade Office in Shanghai",
    "Framework Agreement": "Framework Agreement on Hong Kong/Shanghai Co-operation",
}

# slug, title, date, [(subject, relation, object, sentence, interaction date or None)]
# A sentence of None writes the direct triple only, with no Interaction node.
DOCUMENTS = (
    ("sample-cs-visits-shanghai", "CS visits Shanghai", "2024-06-25", (
        ("Alex Chan", "holdsPost", "CS", "The Chief Secretary for Administration, Mr Alex Chan, arrived in Shanghai today.", None),
        ("Bo Li", "holdsPost", "Vice Mayor of Shanghai", "Mr Chan met the Vice Mayor of Shanghai, Mr Bo Li.", None),
        ("Alex Chan", "metWith", "Bo Li", "Mr Chan met the Vice Mayor of Shanghai, Mr Bo Li.", None),
        ("Alex Chan", "visited", "Shanghai", "The Chief Secretary for Administration, Mr Alex Chan, arrived in Shanghai today.", None),
        ("Alex Chan", "visited", "SHETO", "He then visited the Hong Kong Economic and Trade Office in Shanghai (SHETO).", None),
        ("SHETO", "locatedIn", "Shanghai", "He then visited the Hong Kong Economic and Trade Office in Shanghai (SHETO).", None),
        ("SHETO", "subOrganizationOf", "HKSAR Government", "SHETO is an office of the HKSAR Government.", None),
        ("Alex Chan", "attended", "Sixth Plenary", "Mr Chan and Mr Li co-chaired the Sixth Plenary Session, which Ms Carol Wong also attended.", None),
        ("Alex Chan", "chaired", "Sixth Plenary", "Mr Chan and Mr Li co-chaired the Sixth Plenary Session, which Ms Carol Wong also attended.", None),
        ("Bo Li", "chaired", "Sixth Plenary", "Mr Chan and Mr Li co-chaired the Sixth Plenary Session, which Ms Carol Wong also attended.", None),
        ("Carol Wong", "attended", "Sixth Plenary", "Mr Chan and Mr Li co-chaired the Sixth Plenary Session, which Ms Carol Wong also attended.", None),
        ("Sixth Plenary", "partOf", "HK/SH Conference", "Mr Chan and Mr Li co-chaired the Sixth Plenary Session, which Ms Carol Wong also attended.", None),
        ("Sixth Plenary", "heldIn", "Shanghai", "The session was held in Shanghai.", None),
        ("HK/SH Conference", "hasParticipant", "Hong Kong", "The Hong Kong/Shanghai Co-operation Conference brings the two cities together.", None),
        ("HK/SH Conference", "hasParticipant", "Shanghai", "The Hong Kong/Shanghai Co-operation Conference brings the two cities together.", None),
        ("Hong Kong", "cooperatesWith", "Shanghai", "Hong Kong and Shanghai will deepen co-operation in finance.", None),
        ("HKSAR Government", "signed", "Framework Agreement", "The two governments signed the Framework Agreement.", None),
        ("Shanghai Municipal Government", "signed", "Framework Agreement", "The two governments signed the Framework Agreement.", None),
        ("HKSAR Government", "cooperatesWith", "Shanghai Municipal Government", None, None),
    )),
    ("sample-innovation-forum", "Secretary visits Shenzhen for <Innovation> & Technology", "2024-09-10", (
        ("Carol Wong", "holdsPost", "Secretary for Innovation", "The Secretary for Innovation, Ms Carol Wong, visited Shenzhen today.", None),
        ("Carol Wong", "visited", "Shenzhen", "The Secretary for Innovation, Ms Carol Wong, visited Shenzhen today.", None),
        ("Carol Wong", "attended", "Innovation Forum", 'Ms Wong and Ms Eve Ho spoke at the "Innovation & Technology <Forum>".', None),
        ("Eve Ho", "attended", "Innovation Forum", 'Ms Wong and Ms Eve Ho spoke at the "Innovation & Technology <Forum>".', None),
        ("Carol Wong", "metWith", "Eve Ho", "On the next day, Ms Wong met Ms Ho.", "2024-09-11"),
        ("Innovation Forum", "heldIn", "Shenzhen", "The forum was held in Shenzhen.", None),
        ("Innovation Forum", "organizedBy", "HKSAR Government", "The forum was organised by the HKSAR Government.", None),
        ("Hong Kong", "cooperatesWith", "Shenzhen", "Hong Kong and Shenzhen work together on technology.", None),
    )),
    ("sample-guangdong-joint-conference", "Joint Conference in Hong Kong", "2023-11-20", (
        ("Dan Zhou", "holdsPost", "Governor of Guangdong Province", "The Governor of Guangdong Province, Mr Dan Zhou, visited Hong Kong.", None),
        ("Dan Zhou", "visited", "Hong Kong", "The Governor of Guangdong Province, Mr Dan Zhou, visited Hong Kong.", None),
        ("Alex Chan", "metWith", "Dan Zhou", "Mr Chan met Mr Zhou.", None),
        ("Dan Zhou", "metWith", "Alex Chan", None, None),
        ("Alex Chan", "attended", "HK/GD Conference", "Mr Chan and Mr Zhou attended the Hong Kong/Guangdong Co-operation Joint Conference.", None),
        ("Dan Zhou", "attended", "HK/GD Conference", "Mr Chan and Mr Zhou attended the Hong Kong/Guangdong Co-operation Joint Conference.", None),
        ("HK/GD Conference", "hasParticipant", "Hong Kong", "The Joint Conference of Hong Kong and Guangdong met for the first time.", None),
        ("HK/GD Conference", "hasParticipant", "Guangdong", "The Joint Conference of Hong Kong and Guangdong met for the first time.", None),
        ("Hong Kong", "cooperatesWith", "Guangdong", "Hong Kong and Guangdong agreed to co-operate.", None),
    )),
)


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-").replace("--", "-")


def entity_iri(name: str) -> URIRef:
    """The IRI of a sample entity by its name or short name.

    Examples
    --------
    >>> str(entity_iri("Alex Chan"))
    'https://w3id.org/igr/id/person/alex-chan'
    """
    name = _SHORT.get(name, name)
    for segment, label, _, _ in ENTITIES:
        if label == name:
            return ID[f"{segment}/{_slug(label)}"]
    raise KeyError(name)


def document_iri(slug: str) -> URIRef:
    """The IRI (and named graph) of a sample release."""
    return ID[f"doc/{slug}"]


def sample_quads() -> list[Quad]:
    """Every quad of the sample graph: the entities graph and three release graphs."""
    quads: list[Quad] = []
    for segment, label, extra, aliases in ENTITIES:
        iri = entity_iri(label)
        quads.append((iri, RDF.type, IGR[segment.title() if segment != "organization" else "Organization"],
                      GRAPH_CORPUS))
        quads.extend((iri, RDF.type, IGR[c], GRAPH_CORPUS) for c in extra)
        quads.append((iri, RDFS.label, Literal(label), GRAPH_CORPUS))
        quads.extend((iri, SKOS.altLabel, Literal(a), GRAPH_CORPUS) for a in aliases)
    for slug, title, when, facts in DOCUMENTS:
        doc = document_iri(slug)
        prefix = hashlib.sha256(slug.encode()).hexdigest()[:8]
        triples = [
            (doc, RDF.type, IGR.Document),
            (doc, IGR.sourceKey, Literal(f"{slug}.txt")),
            (doc, DCTERMS.title, Literal(title)),
            (doc, DCTERMS.date, Literal(when, datatype=XSD.date)),
        ]
        for n, (s, relation, o, sentence, dated) in enumerate(facts, start=1):
            subject, obj = entity_iri(s), entity_iri(o)
            triples.append((subject, IGR[relation], obj))
            triples += [(subject, IGR.mentionedIn, doc), (obj, IGR.mentionedIn, doc)]
            if sentence is None:
                continue
            node = ID[f"interaction/{prefix}-{n}"]
            triples += [
                (node, RDF.type, IGR.Interaction),
                (node, RDF.type, IGR[INTERACTION_CLASS[relation]]),
                (node, IGR.relation, IGR[relation]),
                (node, IGR.subject, subject),
                (node, IGR.object, obj),
                (node, IGR.participant, subject),
                (node, IGR.participant, obj),
                (node, IGR.evidence, Literal(sentence)),
                (node, IGR.startChar, Literal(0)),
                (node, IGR.endChar, Literal(len(sentence))),
                (node, IGR.method, Literal("sample")),
                (node, IGR.confidence, Literal("0.9", datatype=XSD.decimal)),
                (node, PROV.wasDerivedFrom, doc),
            ]
            if dated:
                triples.append((node, IGR.date, Literal(dated, datatype=XSD.date)))
        quads.extend((s, p, o, doc) for s, p, o in dict.fromkeys(triples))
    return quads


def load_sample(store: TripleStore) -> TripleStore:
    """Write the sample graph into ``store`` (one graph at a time) and return it."""
    graphs: dict[URIRef, list] = {}
    for s, p, o, g in sample_quads():
        graphs.setdefault(g, []).append((s, p, o))
    for name, triples in graphs.items():
        store.replace_graph(name, triples)
    return store


def sample_store(path: str | Path) -> TripleStore:
    """A new embedded store at ``path`` holding the sample graph.

    Examples
    --------
    >>> import tempfile
    >>> store = sample_store(tempfile.mkdtemp() + "/s")
    >>> store.query("ASK { ?p a <https://w3id.org/igr/ontology#Person> }").boolean
    True
    """
    return load_sample(LocalStore(Path(path), create=True))


def sample_facts():
    """The sample graph loaded as a :class:`igr.analytics.facts.FactBase` (in a temporary store)."""
    import tempfile  # noqa: PLC0415

    from igr.analytics.facts import load_facts  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        store = sample_store(Path(folder) / "store")
        try:
            return load_facts(store)
        finally:
            store.close()
