"""Finding an entity by the name an analyst types: label or alias, any case.

Examples
--------
>>> from igr.analytics.facts import Entity
>>> people = [Entity("a", "Chan Kwok-ki", "Person", aliases=("Mr Chan",)),
...           Entity("b", "Chen Jie", "Person")]
>>> find_entity(people, "mr chan").label
'Chan Kwok-ki'
>>> find_entity(people, "Chen Jei")
Traceback (most recent call last):
...
igr.analytics.errors.UnknownEntity: no entity named 'Chen Jei'; did you mean 'Chen Jie'?
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

import networkx as nx

from igr.analytics.errors import AmbiguousEntity, UnknownEntity
from igr.analytics.facts import Entity, FactBase


def normalise(name: str) -> str:
    """Case-folded, single-spaced, without a leading "the".

    Examples
    --------
    >>> normalise("  The  Hong Kong/Shanghai   Co-operation Conference")
    'hong kong/shanghai co-operation conference'
    """
    text = " ".join(str(name).split()).casefold()
    return re.sub(r"^the ", "", text)


def find_entity(entities: Iterable[Entity], name: str, *, classes: Iterable[str] | None = None) -> Entity:
    """The one entity whose label, else alias, is ``name`` (ignoring case); an IRI also works.

    Parameters
    ----------
    entities : iterable of Entity
    name : str
    classes : iterable of str, optional
        Only consider entities of these scored classes.

    Raises
    ------
    UnknownEntity
        When nothing matches (with the closest names as a hint).
    AmbiguousEntity
        When several entities match at the same level (labels before aliases).
    """
    pool = [e for e in entities if classes is None or e.cls in set(classes)]
    for entity in pool:
        if entity.iri == name:
            return entity
    wanted = normalise(name)
    for level in ("label", "alias"):
        if level == "label":
            found = [e for e in pool if normalise(e.label) == wanted]
        else:
            found = [e for e in pool if any(normalise(a) == wanted for a in e.aliases)]
        if len(found) == 1:
            return found[0]
        if found:
            listed = "; ".join(f"{e.label} ({e.cls}, {e.iri})" for e in sorted(found, key=lambda e: e.iri))
            raise AmbiguousEntity(f"'{name}' names {len(found)} entities: {listed}; pass one of the IRIs instead")
    kind = f" of class {'/'.join(sorted(set(classes)))}" if classes is not None else ""
    raise UnknownEntity(f"no entity{kind} named '{name}'{_hint(pool, name)}")


def _hint(pool: list[Entity], name: str) -> str:
    names = {n: None for e in pool for n in e.names}
    by_fold = {normalise(n): n for n in names}
    close = difflib.get_close_matches(normalise(name), list(by_fold), n=3, cutoff=0.75)
    if not close:
        return ""
    return "; did you mean " + " or ".join(f"'{by_fold[c]}'" for c in close) + "?"


def graph_entities(graph: nx.Graph) -> list[Entity]:
    """The nodes of a projection as :class:`Entity` records (from their attributes)."""
    return [
        Entity(node, data.get("label", node), data.get("cls", "Thing"), tuple(data.get("classes", ())),
               tuple(data.get("aliases", ())))
        for node, data in graph.nodes(data=True)
    ]


def find_node(graph: nx.Graph, name: str, facts: FactBase | None = None) -> str:
    """The node of ``graph`` named ``name``.

    When the name is unknown to the graph but ``facts`` knows it, the error says
    that the entity is not in this projection (or time slice) rather than unknown.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts
    >>> from igr.analytics.projections import project
    >>> fb = sample_facts()
    >>> find_node(project(fb, "officials"), "ms wong").rsplit("/", 1)[-1]
    'carol-wong'
    >>> find_node(project(fb, "places"), "Carol Wong", fb)
    Traceback (most recent call last):
    ...
    igr.analytics.errors.UnknownEntity: 'Carol Wong' (Person) is not in the places projection; try --projection officials or full
    """
    try:
        return find_entity(graph_entities(graph), name).iri
    except UnknownEntity:
        if facts is None:
            raise
        try:
            entity = find_entity(facts.entities.values(), name)
        except UnknownEntity:
            raise UnknownEntity(f"no entity named '{name}'{_hint(list(facts.entities.values()), name)}") from None
    projection = graph.graph.get("projection", "this")
    when = graph.graph.get("slice")
    span = f" for {when}" if when and when != "all dates" else ""
    suggestion = {
        "Person": "officials", "Place": "places", "Organization": "organisations", "Mechanism": "mechanisms",
    }.get(entity.cls)
    if suggestion and suggestion != projection:
        advice = f"; try --projection {suggestion} or full"
    elif span:
        advice = "; it has no ties in that time slice"
    else:
        advice = f"; it has no ties in the {projection} projection" if projection != "full" else ""
    raise UnknownEntity(f"'{entity.label}' ({entity.cls}) is not in the {projection} projection{span}{advice}")
