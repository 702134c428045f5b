"""Checks of ontology/shapes.ttl: a hand-built valid graph passes, broken ones fail with a clear message."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import RDF, Graph, Namespace, URIRef

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"

SH = Namespace("http://www.w3.org/ns/shacl#")
IGR = Namespace("https://w3id.org/igr/ontology#")
ID = Namespace("https://w3id.org/igr/id/")

PREFIXES = """
@prefix igr:     <https://w3id.org/igr/ontology#> .
@prefix id:      <https://w3id.org/igr/id/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix org:     <http://www.w3.org/ns/org#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema:  <https://schema.org/> .
"""

# A small graph shaped like the seed release, worked out by hand to satisfy every shape.
VALID = PREFIXES + """
id:chan-kwok-ki a igr:Person ;
    rdfs:label "Chan Kwok-ki" ;
    skos:altLabel "Mr Chan" ;
    igr:holdsPost id:chief-secretary-for-administration ;
    igr:visited id:shanghai , id:shanghai-municipal-government ;
    igr:metWith id:chen-jie ;
    igr:mentionedIn id:doc-pr-001 .

id:chen-jie a igr:Person ;
    rdfs:label "Chen Jie"@en .

id:chief-secretary-for-administration a igr:Post ;
    rdfs:label "Chief Secretary for Administration"@en ;
    skos:altLabel "CS" .

id:shanghai a igr:Place , igr:City ;
    rdfs:label "Shanghai" .

id:hong-kong a igr:Place , igr:City ;
    rdfs:label "Hong Kong" ;
    skos:altLabel "HKSAR" , "Hong Kong Special Administrative Region" ;
    igr:cooperatesWith id:shanghai .

# typed igr:Government only: accepted wherever igr:Organization is
id:shanghai-municipal-government a igr:Government ;
    rdfs:label "Shanghai Municipal Government" .

id:sheto a igr:Organization ;
    rdfs:label "Hong Kong Economic and Trade Office in Shanghai" ;
    skos:altLabel "SHETO" ;
    igr:subOrganizationOf id:hksar-government ;
    igr:locatedIn id:shanghai .

id:hksar-government a igr:Organization , igr:Government ;
    rdfs:label "HKSAR Government" .

id:hk-shanghai-conference a igr:Mechanism ;
    rdfs:label "Hong Kong/Shanghai Co-operation Conference" ;
    igr:hasParticipant id:hong-kong , id:shanghai .

id:sixth-plenary a igr:Event ;
    rdfs:label "Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference" ;
    igr:partOf id:hk-shanghai-conference ;
    igr:heldIn id:shanghai ;
    igr:organizedBy id:hksar-government .

id:createsmart a igr:Initiative ;
    rdfs:label "CreateSmart Initiative" ;
    igr:funds id:endless-melody-2 .

id:endless-melody-2 a igr:Initiative ;
    rdfs:label "Endless Melody 2" .

id:finance a skos:Concept ;
    skos:prefLabel "finance"@en .

id:ix-holds-post a igr:Interaction , igr:PostHolding , org:Membership ;
    igr:relation igr:holdsPost ;
    igr:subject id:chan-kwok-ki ;
    igr:object id:chief-secretary-for-administration ;
    igr:participant id:chan-kwok-ki ;
    org:member id:chan-kwok-ki ;
    org:role id:chief-secretary-for-administration ;
    igr:evidence "The Chief Secretary for Administration, Mr Chan Kwok-ki, began his visit to Shanghai today (June 25)." ;
    igr:startChar 0 ;
    igr:endChar 101 ;
    igr:method "title-apposition" ;
    igr:confidence 0.9 ;
    igr:date "2024-06-25"^^xsd:date ;
    igr:dateText "today (June 25)" ;
    igr:place id:shanghai ;
    prov:wasDerivedFrom id:doc-pr-001 ;
    prov:wasGeneratedBy id:extraction-1 .

id:ix-cooperation a igr:Interaction , igr:Cooperation ;
    igr:relation igr:cooperatesWith ;
    igr:subject id:hong-kong ;
    igr:object id:shanghai ;
    igr:cooperationArea id:finance ;
    igr:evidence "Hong Kong and Shanghai will deepen co-operation in finance." ;
    igr:startChar 102 ;
    igr:endChar 161 ;
    igr:method "dep-pattern:cooperate" ;
    igr:confidence 1.0 ;
    prov:wasDerivedFrom id:doc-pr-001 .

id:extraction-1 a igr:Extraction ;
    prov:used id:doc-pr-001 .

id:doc-pr-001 a igr:Document ;
    igr:sourceKey "dev/pr-001.txt" ;
    igr:contentHash "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
    dcterms:title "CS visits Shanghai to promote collaboration between Hong Kong and Shanghai" ;
    dcterms:date "2024-06-25"^^xsd:date ;
    schema:url <https://example.org/pr-001> .

id:analysis-1 a igr:Analysis ;
    igr:projection "officials" ; igr:seed 42 ; igr:nodeCount 2 ; igr:edgeCount 1 ;
    igr:sliceStart "2024-01-01"^^xsd:date ; igr:sliceEnd "2024-12-31"^^xsd:date .

id:analysis-1-chen-jie a igr:NodeScore ;
    igr:inAnalysis id:analysis-1 ;
    igr:scoreOf id:chen-jie ;
    igr:degree 1 ; igr:pagerank "0.5"^^xsd:double .
"""


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def valid_graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def run(data: Graph, shapes: Graph, **kwargs) -> tuple[bool, list[str], str]:
    conforms, results, text = validate(data, shacl_graph=shapes, inference="none", **kwargs)
    messages = [str(m) for r in results.subjects(RDF.type, SH.ValidationResult)
                for m in results.objects(r, SH.resultMessage)]
    return conforms, messages, text


def test_shapes_parse(shapes):
    assert len(shapes) > 0
    assert list(shapes.subjects(RDF.type, SH.NodeShape))


def test_every_shape_has_a_message(shapes):
    declared = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    declared |= set(shapes.objects(None, SH.property))
    assert declared
    missing = [s for s in declared if shapes.value(s, SH.message) is None]
    assert missing == []


def test_shapes_conform_to_shacl_itself(shapes):
    conforms, _, text = run(valid_graph(), shapes, meta_shacl=True)
    assert conforms, text


def test_valid_graph_conforms(shapes):
    conforms, messages, text = run(valid_graph(), shapes)
    assert conforms, text
    assert messages == []


def test_valid_graph_conforms_with_the_ontology_and_rdfs_inference(shapes):
    conforms, _, text = validate(valid_graph(), shacl_graph=shapes,
                                 ont_graph=Graph().parse(ONTOLOGY_DIR / "igr.ttl"),
                                 inference="rdfs")
    assert conforms, text


def test_empty_graph_conforms(shapes):
    conforms, _, text = run(Graph(), shapes)
    assert conforms, text


# (id, triples to remove as (subject, predicate) pairs, Turtle to add, expected message part)
BROKEN = [
    ("entity-with-two-labels", [], "id:chan-kwok-ki rdfs:label \"Chan\" .",
     "must have exactly one rdfs:label"),
    ("entity-without-label", [(ID["chen-jie"], "label")], "",
     "must have exactly one rdfs:label"),
    ("blank-label", [(ID["chen-jie"], "label")], "id:chen-jie rdfs:label \"  \" .",
     "rdfs:label of an entity must be a non-empty string literal"),
    ("numeric-alt-label", [], "id:shanghai skos:altLabel 42 .",
     "skos:altLabel of an entity must be a non-empty string literal"),
    ("holdsPost-to-a-place", [], "id:chan-kwok-ki igr:holdsPost id:shanghai .",
     "The object of igr:holdsPost must be typed igr:Post"),
    ("holdsPost-from-an-organization", [], "id:sheto igr:holdsPost id:chief-secretary-for-administration .",
     "The subject of igr:holdsPost must be typed igr:Person"),
    ("attended-a-place", [], "id:chan-kwok-ki igr:attended id:shanghai .",
     "The object of igr:attended must be typed igr:Event or igr:Mechanism"),
    ("visited-a-person", [], "id:chan-kwok-ki igr:visited id:chen-jie .",
     "The object of igr:visited must be typed igr:Place or igr:Organization (or igr:Government)"),
    ("relation-object-without-scored-type", [], "id:chan-kwok-ki igr:visited id:nowhere .",
     "has no scored class"),
    ("relation-subject-without-scored-type", [], "id:somebody igr:metWith id:chen-jie .",
     "has no scored class"),
    ("interaction-without-evidence", [(ID["ix-holds-post"], "evidence")], "",
     "must have exactly one igr:evidence"),
    ("interaction-with-two-evidence-sentences", [], "id:ix-cooperation igr:evidence \"Another sentence.\" .",
     "must have exactly one igr:evidence"),
    ("interaction-with-confidence-1.5", [(ID["ix-holds-post"], "confidence")],
     "id:ix-holds-post igr:confidence 1.5 .", "between 0 and 1 inclusive"),
    ("interaction-with-negative-confidence", [(ID["ix-holds-post"], "confidence")],
     "id:ix-holds-post igr:confidence -0.1 .", "between 0 and 1 inclusive"),
    ("interaction-with-double-confidence", [(ID["ix-holds-post"], "confidence")],
     "id:ix-holds-post igr:confidence 9.0E-1 .", "igr:confidence must be an xsd:decimal"),
    ("interaction-without-confidence", [(ID["ix-holds-post"], "confidence")], "",
     "must have exactly one igr:confidence"),
    ("interaction-without-method", [(ID["ix-cooperation"], "method")], "",
     "must have exactly one igr:method"),
    ("interaction-without-source", [(ID["ix-cooperation"], "wasDerivedFrom")], "",
     "must have exactly one prov:wasDerivedFrom"),
    ("interaction-from-untyped-source", [(ID["ix-cooperation"], "wasDerivedFrom")],
     "id:ix-cooperation prov:wasDerivedFrom id:unknown-doc .",
     "must be a node typed igr:Document"),
    ("interaction-without-start", [(ID["ix-cooperation"], "startChar")], "",
     "must have exactly one igr:startChar"),
    ("interaction-with-string-end", [(ID["ix-cooperation"], "endChar")],
     "id:ix-cooperation igr:endChar \"161\" .", "igr:endChar must be a non-negative xsd:integer"),
    ("interaction-ending-before-it-starts", [(ID["ix-cooperation"], "endChar")],
     "id:ix-cooperation igr:endChar 50 .", "igr:startChar must be less than igr:endChar"),
    ("interaction-with-two-dates", [], "id:ix-holds-post igr:date \"2024-06-26\"^^xsd:date .",
     "at most one igr:date"),
    ("interaction-with-string-date", [(ID["ix-holds-post"], "date")],
     "id:ix-holds-post igr:date \"June 25\" .", "at most one igr:date, an xsd:date literal"),
    ("interaction-typed-only-by-family", [], "id:ix-meeting a igr:Meeting ; "
     "igr:evidence \"They met.\" ; igr:startChar 0 ; igr:endChar 9 ; igr:method \"m\" ; "
     "igr:confidence 0.5 ; prov:wasDerivedFrom id:doc-pr-001 .",
     "must be typed igr:Interaction as well as its relation family"),
    ("interaction-relation-not-scored", [(ID["ix-cooperation"], "relation")],
     "id:ix-cooperation igr:relation igr:mentionedIn .", "one of the fifteen scored igr: relation"),
    ("interaction-participant-without-type", [], "id:ix-cooperation igr:participant id:somebody .",
     "must be entities typed with a scored igr: class"),
    ("interaction-with-two-objects", [], "id:ix-cooperation igr:object id:hong-kong .",
     "at most one igr:object"),
    ("interaction-place-not-a-place", [], "id:ix-cooperation igr:place id:sheto .",
     "The igr:place of an interaction must be typed igr:Place"),
    ("cooperation-area-not-a-concept", [], "id:ix-cooperation igr:cooperationArea id:education .",
     "policy field typed skos:Concept"),
    ("generated-by-untyped-activity", [], "id:ix-cooperation prov:wasGeneratedBy id:run-x .",
     "must be typed igr:Extraction"),
    ("extraction-with-timestamp", [], "id:extraction-1 prov:startedAtTime \"2024-06-25T10:00:00\"^^xsd:dateTime .",
     "carries no timestamps"),
    ("document-without-content-hash", [(ID["doc-pr-001"], "contentHash")], "",
     "must have exactly one igr:contentHash"),
    ("document-with-uppercase-hash", [(ID["doc-pr-001"], "contentHash")],
     "id:doc-pr-001 igr:contentHash \"9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08\" .",
     "64 lowercase hexadecimal digits"),
    ("document-without-source-key", [(ID["doc-pr-001"], "sourceKey")], "",
     "must have exactly one igr:sourceKey"),
    ("document-with-two-titles", [], "id:doc-pr-001 dcterms:title \"Another title\" .",
     "at most one dcterms:title"),
    ("document-with-two-dates", [], "id:doc-pr-001 dcterms:date \"2024-06-26\"^^xsd:date .",
     "at most one dcterms:date"),
    ("document-with-datetime", [(ID["doc-pr-001"], "date")],
     "id:doc-pr-001 dcterms:date \"2024-06-25T10:00:00\"^^xsd:dateTime .", "an xsd:date literal"),
    ("mentioned-in-a-non-document", [], "id:chen-jie igr:mentionedIn id:shanghai .",
     "The object of igr:mentionedIn must be typed igr:Document"),
    ("node-score-without-entity", [], "id:score-x a igr:NodeScore ; igr:inAnalysis id:analysis-x . "
     "id:analysis-x a igr:Analysis .", "exactly one igr:scoreOf"),
    ("node-score-in-two-analyses", [], "id:score-x a igr:NodeScore ; igr:scoreOf id:chen-jie ; "
     "igr:inAnalysis id:analysis-x , id:analysis-y . id:analysis-x a igr:Analysis . id:analysis-y a igr:Analysis .",
     "exactly one igr:inAnalysis"),
    ("node-score-in-untyped-analysis", [], "id:score-x a igr:NodeScore ; igr:scoreOf id:chen-jie ; "
     "igr:inAnalysis id:analysis-x .", "a node typed igr:Analysis"),
]


def _predicate(g: Graph, subject: URIRef, local: str) -> URIRef:
    matches = {p for p in g.predicates(subject, None) if str(p).endswith(("#" + local, "/" + local))}
    assert len(matches) == 1, (subject, local, matches)
    return matches.pop()


@pytest.mark.parametrize(("remove", "add", "expected"),
                         [pytest.param(r, a, e, id=i) for i, r, a, e in BROKEN])
def test_broken_graph_fails_with_message(shapes, remove, add, expected):
    g = valid_graph()
    for subject, local in remove:
        g.remove((subject, _predicate(g, subject, local), None))
    if add:
        g.parse(data=PREFIXES + add, format="turtle")
    conforms, messages, text = run(g, shapes)
    assert not conforms
    assert any(expected in m for m in messages), text


def test_two_labels_are_reported_once_on_the_entity(shapes):
    g = valid_graph()
    g.parse(data=PREFIXES + 'id:chan-kwok-ki rdfs:label "Chan" .', format="turtle")
    _, results, _ = validate(g, shacl_graph=shapes, inference="none")
    focus = [results.value(r, SH.focusNode) for r in results.subjects(RDF.type, SH.ValidationResult)]
    assert focus == [ID["chan-kwok-ki"]]
