"""The igr vocabulary as Python attributes, checked against ``ontology/igr.ttl``.

No module of igr types an IRI by hand: terms come from here (``IGR.metWith``) and
``tests/test_vocab.py`` checks that every term exists in the ontology file and that
every term of the ontology exists here.

Examples
--------
>>> from igr.vocab import IGR, SCORED_CLASSES
>>> str(IGR.metWith)
'https://w3id.org/igr/ontology#metWith'
>>> "Person" in SCORED_CLASSES
True
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ID = Namespace("https://w3id.org/igr/id/")
"""Namespace of resources: entities, documents, interactions, named graphs."""

BUILD = Namespace("https://w3id.org/igr/build#")
"""Namespace of the store's book-keeping graph (never exported)."""

ORG = Namespace("http://www.w3.org/ns/org#")
TIME = Namespace("http://www.w3.org/2006/time#")


class IGR(DefinedNamespace):
    """Terms of ``https://w3id.org/igr/ontology#``."""

    _fail = True
    _NS = Namespace("https://w3id.org/igr/ontology#")

    # scored entity classes
    Person: URIRef
    Post: URIRef
    Place: URIRef
    Organization: URIRef
    Government: URIRef
    Mechanism: URIRef
    Initiative: URIRef
    Event: URIRef
    Agreement: URIRef
    # kinds of place
    City: URIRef
    Province: URIRef
    Region: URIRef
    Country: URIRef
    Zone: URIRef
    # provenance and n-ary records
    Document: URIRef
    Interaction: URIRef
    Extraction: URIRef
    PostHolding: URIRef
    Meeting: URIRef
    Visit: URIRef
    Attendance: URIRef
    Chairing: URIRef
    Organizing: URIRef
    SessionOf: URIRef
    Hosting: URIRef
    Participation: URIRef
    Cooperation: URIRef
    Funding: URIRef
    Affiliation: URIRef
    Location: URIRef
    Succession: URIRef
    Signing: URIRef
    # scored relations
    holdsPost: URIRef
    metWith: URIRef
    visited: URIRef
    attended: URIRef
    chaired: URIRef
    organizedBy: URIRef
    partOf: URIRef
    heldIn: URIRef
    hasParticipant: URIRef
    cooperatesWith: URIRef
    funds: URIRef
    subOrganizationOf: URIRef
    locatedIn: URIRef
    succeeds: URIRef
    signed: URIRef
    # interaction and provenance properties
    cooperationArea: URIRef
    relation: URIRef
    subject: URIRef
    object: URIRef
    participant: URIRef
    place: URIRef
    date: URIRef
    dateText: URIRef
    evidence: URIRef
    startChar: URIRef
    endChar: URIRef
    method: URIRef
    confidence: URIRef
    mentionedIn: URIRef
    sourceKey: URIRef
    contentHash: URIRef
    # analytics (written by ``igr analyze --write`` into the analytics graph)
    Analysis: URIRef
    NodeScore: URIRef
    inAnalysis: URIRef
    scoreOf: URIRef
    projection: URIRef
    sliceStart: URIRef
    sliceEnd: URIRef
    seed: URIRef
    nodeCount: URIRef
    edgeCount: URIRef
    degree: URIRef
    weightedDegree: URIRef
    community: URIRef
    coreNumber: URIRef
    betweenness: URIRef
    pagerank: URIRef
    eigenvector: URIRef
    constraint: URIRef


SCORED_CLASSES: tuple[str, ...] = (
    "Person", "Post", "Place", "Organization", "Mechanism", "Initiative", "Event", "Agreement",
)
"""Entity classes of VOCABULARY.md, in the order reports list them."""

RELATIONS: tuple[str, ...] = (
    "holdsPost", "metWith", "visited", "attended", "chaired", "organizedBy", "partOf",
    "heldIn", "hasParticipant", "cooperatesWith", "funds", "subOrganizationOf",
    "locatedIn", "succeeds", "signed",
)
"""Relation properties of VOCABULARY.md."""

SYMMETRIC: frozenset[str] = frozenset({"metWith", "cooperatesWith"})

INTERACTION_CLASS: dict[str, str] = {
    "holdsPost": "PostHolding",
    "metWith": "Meeting",
    "visited": "Visit",
    "attended": "Attendance",
    "chaired": "Chairing",
    "organizedBy": "Organizing",
    "partOf": "SessionOf",
    "heldIn": "Hosting",
    "hasParticipant": "Participation",
    "cooperatesWith": "Cooperation",
    "funds": "Funding",
    "subOrganizationOf": "Affiliation",
    "locatedIn": "Location",
    "succeeds": "Succession",
    "signed": "Signing",
}
"""The n-ary Interaction subclass recording each kind of relation."""

PLACE_KINDS: dict[str, str] = {
    "city": "City", "province": "Province", "region": "Region", "country": "Country",
    "zone": "Zone", "sar": "Region",
}
"""Lexicon place kinds to the Place subclass typed beside ``igr:Place``."""

GRAPH_CORPUS = ID["graph/entities"]
"""Named graph of entity descriptions shared by all documents."""

GRAPH_DOCS = BUILD["docs"]
"""Book-keeping: each document's content hash, extractor, failure, and what it contributed."""

GRAPH_INDEX = BUILD["index"]
"""Book-keeping: each entity's merge keys, name prefixes and uses, for incremental resolution."""

GRAPH_ACTIVITY = BUILD["activity"]
"""Book-keeping: the years and months whose mention counts the builds keep (``igr.build.activity``),
each year with its months and each month with its releases."""

ACTIVITY_VERSION = 2
"""The version of those counts a store's builds keep (``build:activity build:version 2``): 1 had
the months only, 2 the years too; a store marked with another is counted again at its next build."""

GRAPH_NAMES = BUILD["names"]
"""The name index: ``?entity build:nameKey "key"`` for the normalised label and each alias."""

NAME_KEY = BUILD["nameKey"]
"""Links an entity to the :func:`igr.resolve.names.norm` key of one of its names, in :data:`GRAPH_NAMES`."""

GRAPH_ANALYTICS = ID["graph/analytics"]
"""Named graph of analytics scores written by ``igr analyze --write``."""

DOMAIN_RANGE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "holdsPost": (frozenset({"Person"}), frozenset({"Post"})),
    "metWith": (frozenset({"Person"}), frozenset({"Person"})),
    "visited": (frozenset({"Person"}), frozenset({"Place", "Organization"})),
    "attended": (frozenset({"Person"}), frozenset({"Event", "Mechanism"})),
    "chaired": (frozenset({"Person"}), frozenset({"Event", "Mechanism"})),
    "organizedBy": (frozenset({"Event"}), frozenset({"Organization"})),
    "partOf": (frozenset({"Event"}), frozenset({"Mechanism", "Event"})),
    "heldIn": (frozenset({"Event"}), frozenset({"Place"})),
    "hasParticipant": (frozenset({"Mechanism"}), frozenset({"Place", "Organization"})),
    "cooperatesWith": (frozenset({"Place", "Organization"}), frozenset({"Place", "Organization"})),
    "funds": (frozenset({"Initiative", "Organization"}), frozenset({"Initiative"})),
    "subOrganizationOf": (frozenset({"Organization"}), frozenset({"Organization"})),
    "locatedIn": (frozenset({"Organization"}), frozenset({"Place"})),
    "succeeds": (frozenset({"Organization"}), frozenset({"Organization"})),
    "signed": (frozenset({"Person", "Organization", "Place"}), frozenset({"Agreement"})),
}
"""Domain and range of each relation, by scored class (as in VOCABULARY.md)."""

PREFIXES: dict[str, str] = {
    "igr": "https://w3id.org/igr/ontology#",
    "id": "https://w3id.org/igr/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "time": "http://www.w3.org/2006/time#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
"""Prefixes of the graph: bound in exports, and usable in queries without declaring them."""
