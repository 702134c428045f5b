"""``igr.vocab.IGR`` and ``ontology/igr.ttl`` name the same terms, both ways."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from igr.vocab import IGR

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "igr.ttl"
NS = str(IGR._NS)


@pytest.fixture(scope="module")
def declared() -> set[str]:
    """Local names of every igr: IRI that is the subject of a triple in igr.ttl."""
    g = Graph().parse(ONTOLOGY, format="turtle")
    return {str(s)[len(NS):] for s in g.subjects()
            if isinstance(s, URIRef) and str(s).startswith(NS) and str(s) != NS}


def annotated() -> list[str]:
    return sorted(name for name in IGR.__annotations__ if not name.startswith("_"))


def test_namespace_is_the_ontology_namespace():
    assert NS == "https://w3id.org/igr/ontology#"


@pytest.mark.parametrize("name", annotated())
def test_attribute_is_declared_in_the_ontology(declared, name):
    assert name in declared, f"IGR.{name} is not declared in ontology/igr.ttl"
    assert str(getattr(IGR, name)) == NS + name


def test_every_ontology_term_is_an_attribute(declared):
    missing = declared - set(annotated())
    assert missing == set(), f"igr: terms of ontology/igr.ttl missing from igr.vocab.IGR: {sorted(missing)}"


def test_unknown_terms_fail():
    with pytest.raises(AttributeError):
        IGR.notATerm  # noqa: B018
