import pytest

from igr.analytics.errors import AmbiguousEntity, UnknownEntity
from igr.analytics.facts import Entity
from igr.analytics.names import find_entity, find_node, normalise
from igr.analytics.projections import project

PEOPLE = [
    Entity("p1", "Chan Kwok-ki", "Person", aliases=("Mr Chan", "CS")),
    Entity("p2", "Chan Tak-wing", "Person", aliases=("Mr Chan",)),
    Entity("p3", "CS", "Post"),
    Entity("p4", "Chen Jie", "Person"),
]


@pytest.mark.parametrize(("name", "iri"), [
    ("Chan Kwok-ki", "p1"), ("  chan   KWOK-KI ", "p1"), ("p4", "p4"),
    ("cs", "p3"),          # a label beats an alias
    ("the Chen Jie", "p4"),
])
def test_find_entity(name, iri):
    assert find_entity(PEOPLE, name).iri == iri


def test_find_entity_by_class():
    assert find_entity(PEOPLE, "CS", classes=["Person"]).iri == "p1"


def test_ambiguous_alias():
    with pytest.raises(AmbiguousEntity) as err:
        find_entity(PEOPLE, "mr chan")
    assert str(err.value) == ("'mr chan' names 2 entities: Chan Kwok-ki (Person, p1); Chan Tak-wing (Person, p2); "
                              "pass one of the IRIs instead")


def test_unknown_name_suggests_close_ones():
    with pytest.raises(UnknownEntity) as err:
        find_entity(PEOPLE, "Chan Kowk-ki")
    assert str(err.value) == "no entity named 'Chan Kowk-ki'; did you mean 'Chan Kwok-ki'?"


def test_normalise():
    assert normalise("The  HKSAR Government") == "hksar government"


def test_find_node_explains_an_entity_outside_the_projection(facts):
    with pytest.raises(UnknownEntity) as err:
        find_node(project(facts, "officials"), "Shanghai", facts)
    assert str(err.value) == "'Shanghai' (Place) is not in the officials projection; try --projection places or full"
    with pytest.raises(UnknownEntity) as err:
        find_node(project(facts, "officials", year=2024), "Dan Zhou", facts)
    assert str(err.value) == "'Dan Zhou' (Person) is not in the officials projection for 2024; it has no ties in that time slice"
    with pytest.raises(UnknownEntity) as err:
        find_node(project(facts, "officials"), "Nobody", facts)
    assert str(err.value) == "no entity named 'Nobody'"
