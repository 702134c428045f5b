"""The RDF of a hand-built extraction, compared with a golden graph by isomorphism."""

from datetime import date
from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from igr.extract.records import Extraction, Fact, LocalEntity
from igr.rdf import document_graph, entities_graph, graph_digest
from igr.resolve import resolve_corpus
from igr.validate import validate_graph

GOLDEN = Path(__file__).parent / "golden" / "seed.ttl"
TEXT = "CS visits Shanghai\n\nThe Chief Secretary for Administration, Mr Chan Kwok-ki, today (June 25) met Vice Mayor of Shanghai Mr Chen Jie."


def extraction() -> Extraction:
    sentence = TEXT.split("\n\n")[1]
    start = TEXT.index(sentence)
    return Extraction(
        key="seed.txt", content_hash="a" * 64, title="CS visits Shanghai", date=date(2024, 6, 25),
        entities=(
            LocalEntity("e1", "Post", "Chief Secretary for Administration", ("CS",)),
            LocalEntity("e2", "Person", "Chan Kwok-ki", ("Mr Chan Kwok-ki",)),
            LocalEntity("e3", "Post", "Vice Mayor of Shanghai"),
            LocalEntity("e4", "Place", "Shanghai", kind="city"),
            LocalEntity("e5", "Person", "Chen Jie", ("Mr Chen Jie",)),
        ),
        facts=(
            Fact("e2", "holdsPost", "e1", start, start + len(sentence), sentence, "title-apposition", 0.9),
            Fact("e2", "metWith", "e5", start, start + len(sentence), sentence, "dep:meet", 0.75,
                 date=date(2024, 6, 25), date_text="today (June 25)", areas=("finance",)),
        ),
        extractor="igr-test",
    )


def built() -> Graph:
    x = extraction()
    resolution = resolve_corpus([x])
    g = Graph()
    for t in document_graph(x, resolution) + entities_graph(resolution, [x]):
        g.add(t)
    return g


def test_graph_matches_golden():
    expected = Graph().parse(GOLDEN)
    actual = built()
    iso_a, iso_e = to_isomorphic(actual), to_isomorphic(expected)
    if iso_a != iso_e:
        _, only_actual, only_expected = graph_diff(iso_a, iso_e)
        raise AssertionError(
            "graphs differ\nonly in the built graph:\n" + only_actual.serialize(format="nt")
            + "\nonly in the golden graph:\n" + only_expected.serialize(format="nt")
        )


def test_same_input_same_graph():
    assert graph_digest(built()) == graph_digest(built())


def test_built_graph_conforms_to_the_shapes():
    report = validate_graph(built())
    assert report.conforms, report.violations


def test_relation_outside_its_range_is_left_out():
    x = extraction()
    bad = Extraction(x.key, x.content_hash, entities=x.entities,
                     facts=(Fact("e2", "holdsPost", "e4", 0, 5, "x", "test", 0.5),))
    triples = document_graph(bad, resolve_corpus([bad]))
    assert not any(str(p).endswith("#holdsPost") for _, p, _ in triples)
