"""Changes as SPARQL text: every term reads back as the term it was, and a bad IRI is refused."""

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from igr.store.changes import Changes, term_text
from igr.store.terms import to_ox

G = URIRef("https://example.org/g")
S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")


def read_back(term):
    store = ox.Store()
    store.update(Changes(add=((S, P, term, G),)).sparql())
    [quad] = list(store.quads_for_pattern(None, None, None, None))
    return quad.object


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string_literal_reads_back(text):
    assert read_back(Literal(text)) == to_ox(Literal(text))


@settings(max_examples=100, deadline=None)
@given(st.text(), st.sampled_from(["en", "zh-Hant-HK", "pt-BR"]))
def test_any_language_literal_reads_back(text, language):
    assert read_back(Literal(text, lang=language)) == to_ox(Literal(text, lang=language))


@pytest.mark.parametrize("term", [
    Literal(12), Literal(1.5), Literal(True), Literal("2025-01-02", datatype=XSD.date),
    Literal("x", datatype=XSD.string), URIRef("https://example.org/a%20b?q=1#f"), URIRef("http://example.org/é"),
    URIRef("urn:isbn:0451450523"),
])
def test_typed_literals_and_iris_read_back(term):
    assert read_back(term) == to_ox(term)


@pytest.mark.parametrize("iri", [
    "https://example.org/a b", "https://example.org/a>b", 'https://example.org/"', "https://example.org/%zz",
    "https://example.org/{x}", "no scheme", "https://example.org/> } ; DROP ALL ; INSERT DATA { <a:b",
])
def test_an_iri_that_is_not_one_is_refused_not_written(iri):
    with pytest.raises(ValueError):
        term_text(URIRef(iri))
