"""The build's lookups read the same from an embedded store's indexes as through SPARQL."""

from datetime import date

import pytest

from igr.build.document import DocumentWriter
from igr.build.index import StoreIndex, Tenure
from igr.extract.records import Extraction, Fact, LocalEntity
from igr.rdf.graphs import document_iri
from igr.store import open_store
from igr.vocab import ID


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "s", create=True) as s:
        yield s


def holds(key, day, person="John Lee", post="Chief Executive"):
    sentence = f"The {post}, Mr {person}, spoke."
    entities = (LocalEntity("p", "Person", person), LocalEntity("q", "Post", post))
    fact = Fact("p", "holdsPost", "q", 0, len(sentence), sentence, "test", 0.9)
    return Extraction(key, f"{key}-1", entities=entities, facts=(fact,), date=day, extractor="t")


def both_ways(store, pairs):
    index = StoreIndex(store)
    assert index.direct
    direct = index.tenures(pairs)
    index.direct = False
    return direct, index.tenures(pairs)


def test_tenures_are_read_the_same_directly_and_through_sparql(store):
    w = DocumentWriter(store)
    w.write(holds("a", date(2024, 1, 5)))
    w.write(holds("b", date(2024, 3, 1)))
    w.write(holds("c", None, "Eric Chan", "Chief Secretary for Administration"))
    lee = (ID["person/john-lee"], ID["post/chief-executive"])
    chan = (ID["person/eric-chan"], ID["post/chief-secretary-for-administration"])
    nobody = (ID["person/nobody"], ID["post/chief-executive"])
    direct, sparql = both_ways(store, [lee, chan, nobody])
    assert direct == sparql
    assert direct[lee] == Tenure(True, (date(2024, 1, 5), date(2024, 3, 1)))
    assert direct[chan] == Tenure(True, None)  # stated by an undated release
    assert direct[nobody] == Tenure(False, None)


def test_a_writer_remembers_the_counts_it_wrote_and_no_others(store):
    w = DocumentWriter(store)
    w.write(Extraction("a", "a-1", entities=(LocalEntity("e", "Place", "Shanghai"),), extractor="t"))
    w.write(Extraction("b", "b-1", entities=(LocalEntity("e", "Place", "Shanghai"),), extractor="t"))
    shanghai = ID["place/shanghai"]
    assert w._uses_of([shanghai]) == StoreIndex(store).uses([shanghai])
    assert w._uses_of([shanghai])[shanghai]["l:Shanghai"] == 2
    w.remove(document_iri("a"))
    assert w._uses_of([shanghai]) == StoreIndex(store).uses([shanghai])
    assert w._uses_of([shanghai])[shanghai]["l:Shanghai"] == 1
