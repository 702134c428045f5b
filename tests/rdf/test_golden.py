"""The RDF of a hand-built extraction, written into a real store, compared with a golden graph by isomorphism."""

from datetime import date
from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from igr.build.document import DocumentWriter
from igr.extract.records import Extraction, Fact, LocalEntity
from igr.rdf import document_graph, graph_digest
from igr.store import open_store
from igr.validate import validate_graph
from igr.vocab import ID

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


def built(folder: Path) -> Graph:
    """The data graphs (all but the build's book-keeping) of a store holding the one document."""
    with open_store(folder / "store", create=True) as store:
        DocumentWriter(store).write(extraction())
        g = Graph()
        for s, p, o, _ in store.data_quads():
            g.add((s, p, o))
    return g


def test_graph_matches_golden(tmp_path):
    expected = Graph().parse(GOLDEN)
    actual = built(tmp_path)
    iso_a, iso_e = to_isomorphic(actual), to_isomorphic(expected)
    if iso_a != iso_e:
        _, only_actual, only_expected = graph_diff(iso_a, iso_e)
        raise AssertionError(
            "graphs differ\nonly in the built graph:\n" + only_actual.serialize(format="nt")
            + "\nonly in the golden graph:\n" + only_expected.serialize(format="nt")
        )


def test_same_input_same_graph(tmp_path):
    assert graph_digest(built(tmp_path / "a")) == graph_digest(built(tmp_path / "b"))


def test_built_graph_conforms_to_the_shapes(tmp_path):
    report = validate_graph(built(tmp_path))
    assert report.conforms, report.violations


def test_relation_outside_its_range_is_left_out():
    x = extraction()
    bad = Extraction(x.key, x.content_hash, entities=x.entities,
                     facts=(Fact("e2", "holdsPost", "e4", 0, 5, "x", "test", 0.5),))
    iri_of = {"e2": ID["person/chan-kwok-ki"], "e4": ID["place/shanghai"]}
    triples = document_graph(bad, iri_of)
    assert not any(str(p).endswith("#holdsPost") for _, p, _ in triples)
