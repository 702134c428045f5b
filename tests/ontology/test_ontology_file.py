"""Checks of ontology/igr.ttl against the vocabulary contract (shared/spec/VOCABULARY.md)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"
VOCABULARY_MD = Path(__file__).resolve().parents[3] / "shared" / "spec" / "VOCABULARY.md"

IGR = Namespace("https://w3id.org/igr/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/igr/ontology")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")

SCORED_CLASSES = ["Person", "Post", "Place", "Organization", "Government", "Mechanism",
                  "Initiative", "Event", "Agreement"]
PLACE_CLASSES = ["City", "Province", "Region", "Country", "Zone"]
INTERACTION_FAMILIES = ["PostHolding", "Meeting", "Visit", "Attendance", "Chairing",
                        "Organizing", "SessionOf", "Hosting", "Participation",
                        "Cooperation", "Funding", "Affiliation", "Location",
                        "Succession", "Signing"]
PROVENANCE_CLASSES = ["Document", "Interaction", "Extraction"] + INTERACTION_FAMILIES
ANALYTICS_CLASSES = ["Analysis", "NodeScore"]

# property: (domain classes, range classes), as in VOCABULARY.md's relation table
SCORED_RELATIONS = {
    "holdsPost": ({"Person"}, {"Post"}),
    "metWith": ({"Person"}, {"Person"}),
    "visited": ({"Person"}, {"Place", "Organization"}),
    "attended": ({"Person"}, {"Event", "Mechanism"}),
    "chaired": ({"Person"}, {"Event", "Mechanism"}),
    "organizedBy": ({"Event"}, {"Organization"}),
    "partOf": ({"Event"}, {"Mechanism", "Event"}),
    "heldIn": ({"Event"}, {"Place"}),
    "hasParticipant": ({"Mechanism"}, {"Place", "Organization"}),
    "cooperatesWith": ({"Place", "Organization"}, {"Place", "Organization"}),
    "funds": ({"Initiative", "Organization"}, {"Initiative"}),
    "subOrganizationOf": ({"Organization"}, {"Organization"}),
    "locatedIn": ({"Organization"}, {"Place"}),
    "succeeds": ({"Organization"}, {"Organization"}),
    "signed": ({"Person", "Organization", "Place"}, {"Agreement"}),
}
SYMMETRIC = ["metWith", "cooperatesWith"]
ENTITY = {"Person", "Post", "Place", "Organization", "Mechanism", "Initiative", "Event",
          "Agreement"}
OTHER_OBJECT_PROPERTIES = {
    "cooperationArea": ({"Interaction"}, None),
    "subject": ({"Interaction"}, ENTITY),
    "object": ({"Interaction"}, ENTITY),
    "participant": ({"Interaction"}, ENTITY),
    "place": ({"Interaction"}, {"Place"}),
    "mentionedIn": (ENTITY, {"Document"}),
    "inAnalysis": ({"NodeScore"}, {"Analysis"}),
    "scoreOf": ({"NodeScore"}, ENTITY),
}
DATATYPE_PROPERTIES = {
    "date": "date", "dateText": "string", "evidence": "string", "startChar": "integer",
    "endChar": "integer", "method": "string", "confidence": "decimal",
    "sourceKey": "string", "contentHash": "string",
    # analytics (igr analyze --write)
    "projection": "string", "sliceStart": "date", "sliceEnd": "date", "seed": "integer",
    "nodeCount": "integer", "edgeCount": "integer", "degree": "integer",
    "weightedDegree": "integer", "community": "integer", "coreNumber": "integer",
    "betweenness": "double", "pagerank": "double", "eigenvector": "double",
    "constraint": "double",
}
ANALYTICS_DATATYPE_DOMAIN = {
    **{p: "Analysis" for p in ("projection", "sliceStart", "sliceEnd", "seed", "nodeCount", "edgeCount")},
    **{p: "NodeScore" for p in ("degree", "weightedDegree", "community", "coreNumber",
                                "betweenness", "pagerank", "eigenvector", "constraint")},
}
ANNOTATION_PROPERTIES = ["relation"]

ALL_CLASSES = SCORED_CLASSES + PLACE_CLASSES + PROVENANCE_CLASSES + ANALYTICS_CLASSES
ALL_PROPERTIES = (list(SCORED_RELATIONS) + list(OTHER_OBJECT_PROPERTIES)
                  + list(DATATYPE_PROPERTIES) + ANNOTATION_PROPERTIES)
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS_CONCEPT = URIRef("http://www.w3.org/2004/02/skos/core#Concept")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "igr.ttl", format="turtle")


def class_set(g: Graph, node) -> set:
    """The classes a domain/range node stands for: itself, or the members of its owl:unionOf."""
    if isinstance(node, BNode):
        union = g.value(node, OWL.unionOf)
        assert union is not None, "anonymous domain/range must be an owl:unionOf"
        return set(Collection(g, union))
    return {node}


def igr_terms(g: Graph) -> set[str]:
    return {str(s)[len(IGR):] for s in g.subjects() if isinstance(s, URIRef) and s.startswith(IGR)}


def superclasses(g: Graph, cls: URIRef) -> set:
    """Everything cls is (transitively) a subclass of, treating owl:equivalentClass both ways."""
    seen, todo = set(), [cls]
    while todo:
        c = todo.pop()
        ups = set(g.objects(c, RDFS.subClassOf)) | set(g.objects(c, OWL.equivalentClass))
        ups |= set(g.subjects(OWL.equivalentClass, c))
        for u in ups - seen:
            seen.add(u)
            todo.append(u)
    seen.discard(cls)
    return seen


def superproperties(g: Graph, prop: URIRef) -> set:
    seen, todo = set(), [prop]
    while todo:
        p = todo.pop()
        ups = set(g.objects(p, RDFS.subPropertyOf)) | set(g.objects(p, OWL.equivalentProperty))
        ups |= set(g.subjects(OWL.equivalentProperty, p))
        for u in ups - seen:
            seen.add(u)
            todo.append(u)
    seen.discard(prop)
    return seen


def test_parses_as_an_owl_ontology(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, RDFS.label) is not None
    assert ontology.value(ONTOLOGY_IRI, RDFS.comment) is not None


def test_no_imports_and_nothing_remote(ontology):
    assert list(ontology.triples((None, OWL.imports, None))) == []
    text = (ONTOLOGY_DIR / "igr.ttl").read_text(encoding="utf-8")
    assert "@base" not in text


def test_declares_exactly_the_listed_terms(ontology):
    declared = igr_terms(ontology)
    expected = set(ALL_CLASSES) | set(ALL_PROPERTIES)
    assert declared - expected == set(), "terms not in the contract: add them to this test and tell the code"
    assert expected - declared == set(), "terms missing from ontology/igr.ttl"


@pytest.mark.parametrize("name", ALL_CLASSES)
def test_class_is_declared(ontology, name):
    assert (IGR[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", list(SCORED_RELATIONS) + list(OTHER_OBJECT_PROPERTIES))
def test_object_property_is_declared(ontology, name):
    assert (IGR[name], RDF.type, OWL.ObjectProperty) in ontology


@pytest.mark.parametrize("name", list(DATATYPE_PROPERTIES))
def test_datatype_property_has_its_xsd_range(ontology, name):
    term = IGR[name]
    assert (term, RDF.type, OWL.DatatypeProperty) in ontology
    rng = ontology.value(term, RDFS.range)
    if isinstance(rng, BNode):  # a restricted datatype, e.g. decimal in [0, 1]
        assert (rng, RDF.type, RDFS.Datatype) in ontology
        rng = ontology.value(rng, OWL.onDatatype)
    assert rng == XSD[DATATYPE_PROPERTIES[name]]


def test_relation_is_an_annotation_property_ranging_over_properties(ontology):
    assert (IGR.relation, RDF.type, OWL.AnnotationProperty) in ontology
    assert ontology.value(IGR.relation, RDFS.range) == RDF.Property


@pytest.mark.parametrize("name", sorted(set(ALL_CLASSES) | set(ALL_PROPERTIES)))
def test_term_is_documented(ontology, name):
    term = IGR[name]
    for prop in (RDFS.label, RDFS.comment):
        values = list(ontology.objects(term, prop))
        assert values, f"igr:{name} has no {prop}"
        assert any(isinstance(v, Literal) and v.language == "en" and str(v).strip() for v in values)
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology


@pytest.mark.parametrize("name", ALL_PROPERTIES)
def test_property_has_domain_and_range(ontology, name):
    assert ontology.value(IGR[name], RDFS.domain) is not None
    assert ontology.value(IGR[name], RDFS.range) is not None


@pytest.mark.parametrize("name", list(SCORED_RELATIONS))
def test_scored_relation_domain_and_range_follow_the_vocabulary(ontology, name):
    domain, range_ = SCORED_RELATIONS[name]
    assert class_set(ontology, ontology.value(IGR[name], RDFS.domain)) == {IGR[c] for c in domain}
    assert class_set(ontology, ontology.value(IGR[name], RDFS.range)) == {IGR[c] for c in range_}


@pytest.mark.parametrize("name", list(OTHER_OBJECT_PROPERTIES))
def test_other_object_property_domain_and_range(ontology, name):
    domain, range_ = OTHER_OBJECT_PROPERTIES[name]
    assert class_set(ontology, ontology.value(IGR[name], RDFS.domain)) == {IGR[c] for c in domain}
    expected = {SKOS_CONCEPT} if range_ is None else {IGR[c] for c in range_}
    assert class_set(ontology, ontology.value(IGR[name], RDFS.range)) == expected


@pytest.mark.parametrize("name", SYMMETRIC)
def test_symmetric_relations(ontology, name):
    assert (IGR[name], RDF.type, OWL.SymmetricProperty) in ontology


def test_only_the_listed_relations_are_symmetric(ontology):
    symmetric = {s for s in ontology.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == {IGR[n] for n in SYMMETRIC}


@pytest.mark.parametrize(("sub", "sup"), [
    (IGR.Government, IGR.Organization),
    (IGR.Post, ORG.Role),
    (IGR.Document, PROV.Entity),
    (IGR.Document, SCHEMA.NewsArticle),
    (IGR.Interaction, PROV.Entity),
    (IGR.Extraction, PROV.Activity),
    (IGR.Analysis, PROV.Entity),
    (IGR.PostHolding, ORG.Membership),
] + [(IGR[c], IGR.Place) for c in PLACE_CLASSES]
  + [(IGR[c], IGR.Interaction) for c in INTERACTION_FAMILIES])
def test_subclass_axioms(ontology, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in ontology


@pytest.mark.parametrize(("sub", "sup"), [
    (IGR.chaired, IGR.attended),
    (IGR.subOrganizationOf, ORG.subOrganizationOf),
])
def test_subproperty_axioms(ontology, sub, sup):
    assert (sub, RDFS.subPropertyOf, sup) in ontology


@pytest.mark.parametrize("name", sorted(ANALYTICS_DATATYPE_DOMAIN))
def test_analytics_datatype_property_domain(ontology, name):
    assert ontology.value(IGR[name], RDFS.domain) == IGR[ANALYTICS_DATATYPE_DOMAIN[name]]


@pytest.mark.parametrize("name", PROVENANCE_CLASSES + ANALYTICS_CLASSES)
def test_provenance_classes_are_never_scored_classes(ontology, name):
    scored = {IGR[c] for c in SCORED_CLASSES}
    assert superclasses(ontology, IGR[name]) & scored == set()


@pytest.mark.parametrize("name", SCORED_CLASSES)
def test_scored_class_is_not_equivalent_to_another_scored_class(ontology, name):
    others = {IGR[c] for c in SCORED_CLASSES} - {IGR[name]}
    equivalents = set(ontology.objects(IGR[name], OWL.equivalentClass))
    equivalents |= set(ontology.subjects(OWL.equivalentClass, IGR[name]))
    assert equivalents & others == set()


def test_no_scored_class_is_a_subclass_of_another_except_government(ontology):
    scored = {IGR[c] for c in SCORED_CLASSES}
    for c in scored:
        expected = {IGR.Organization} if c == IGR.Government else set()
        assert superclasses(ontology, c) & scored == expected, c


def test_non_scored_properties_are_not_sub_properties_of_scored_ones(ontology):
    # the scorer counts sub-properties of scored relations as those relations
    scored = {IGR[p] for p in SCORED_RELATIONS}
    for name in set(ALL_PROPERTIES) - set(SCORED_RELATIONS):
        assert superproperties(ontology, IGR[name]) & scored == set(), name


def _vocabulary_table(section: str) -> set[str]:
    text = VOCABULARY_MD.read_text(encoding="utf-8")
    part = text.split(section, 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\|\s*`igr:(\w+)`", part, flags=re.M))


@pytest.mark.skipif(not VOCABULARY_MD.exists(), reason="shared/spec/VOCABULARY.md not available")
def test_lists_match_vocabulary_md():
    assert _vocabulary_table("## Entity classes") | {"Government"} == set(SCORED_CLASSES)
    assert _vocabulary_table("## Relations") == set(SCORED_RELATIONS)
