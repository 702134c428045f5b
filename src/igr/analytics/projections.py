"""Projections of the knowledge graph into networkx graphs.

Each projection is a function from a :class:`~igr.analytics.facts.FactBase` to a
graph whose nodes are entity IRIs and whose edges are made of counted ties
(see :mod:`igr.analytics.ties`); :func:`project` picks one by name and applies a
time slice first, so that a tie exists in a slice only if the facts it rests on
are dated inside it.

``officials`` (Person - Person, undirected)
    ``metWith``: one tie per release reporting that the two met;
    ``co-attended``: one tie per Event or Mechanism both attended or chaired.
``places`` (Place - Place, undirected)
    ``cooperatesWith``: one tie per release stating the co-operation;
    ``co-participant``: one tie per Mechanism both take part in (``hasParticipant``);
    ``visit``: one tie per release in which an official whose home place is one
    place visited the other (or an Organization ``locatedIn`` it). An official's
    home place is the Place that ends the title of a post they hold
    ("Vice Mayor of *Shanghai*", "Governor of *Guangdong Province*"), else the
    ``home`` argument (e.g. ``"Hong Kong"`` for a corpus of Hong Kong releases),
    else unknown, and the visit links nothing.
``organisations`` (Organization - Organization, undirected; ``igr:Government`` included)
    ``cooperatesWith``, ``subOrganizationOf``, ``succeeds``: one tie per release;
    ``co-participant``: per Mechanism both take part in; ``co-organiser``: per
    Event both organised; ``co-signatory``: per Agreement both signed.
``mechanisms`` (Mechanism - Mechanism, undirected)
    ``shared-participant``: one tie per Place or Organization taking part in both.
``full`` (every entity, every scored relation; ``nx.MultiDiGraph``)
    one edge per (subject, relation, object), keyed by the relation name, with one
    tie per release stating it; symmetric relations (``metWith``,
    ``cooperatesWith``) run from the smaller IRI to the larger. Unsliced, it holds
    every entity of the entities graph, related or not; a slice keeps the entities
    that take part in its facts.

Examples
--------
>>> from igr.analytics.sample import sample_facts
>>> g = project(sample_facts(), "officials")
>>> sorted(g.nodes[n]["label"] for n in g)
['Alex Chan', 'Bo Li', 'Carol Wong', 'Dan Zhou', 'Eve Ho']
>>> g.number_of_edges()
5
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from itertools import combinations

import networkx as nx

from igr.analytics.errors import UnknownProjection
from igr.analytics.facts import Fact, FactBase
from igr.analytics.names import find_entity
from igr.analytics.ties import Tie, TieCollector, edge_attributes, evidence_order, node_attributes
from igr.analytics.timeslice import TimeSlice, time_slice
from igr.vocab import SYMMETRIC

ORGANIZATION = "Organization"


def officials(facts: FactBase) -> nx.Graph:
    """Officials who met, or attended the same Event or Mechanism.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts, entity_iri
    >>> g = officials(sample_facts())
    >>> a, b = str(entity_iri("Alex Chan")), str(entity_iri("Bo Li"))
    >>> g.edges[a, b]["weight"], g.edges[a, b]["kinds"]
    (2, ('co-attended', 'metWith'))
    """
    ties = TieCollector()
    for fact in facts.of("metWith"):
        if _cls(facts, fact.subject) == _cls(facts, fact.object) == "Person":
            ties.add(fact.subject, fact.object, "metWith", key=_release(fact), evidence=[facts.evidence(fact)])
    _co(ties, facts, ("attended", "chaired"), "Person", "co-attended")
    return _finish(ties, facts, "officials")


def places(facts: FactBase, *, home: str | None = None) -> nx.Graph:
    """Places that co-operate, share a mechanism, or are linked by an official visit.

    Parameters
    ----------
    facts : FactBase
    home : str, optional
        Name (or IRI) of the Place taken as home of officials whose posts name
        no place.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts, entity_iri
    >>> fb = sample_facts()
    >>> hk, sh = str(entity_iri("Hong Kong")), str(entity_iri("Shanghai"))
    >>> places(fb).edges[hk, sh]["kinds"]
    ('co-participant', 'cooperatesWith')
    >>> places(fb, home="Hong Kong").edges[hk, sh]["weight"]
    3
    """
    ties = TieCollector()
    for fact in facts.of("cooperatesWith"):
        if _cls(facts, fact.subject) == _cls(facts, fact.object) == "Place":
            ties.add(fact.subject, fact.object, "cooperatesWith", key=_release(fact),
                     evidence=[facts.evidence(fact)])
    _co(ties, facts, ("hasParticipant",), "Place", "co-participant", by_object=False)
    default = find_entity(facts.entities.values(), home, classes=("Place",)).iri if home else None
    homes = home_places(facts)
    located = {f.subject: f.object for f in facts.of("locatedIn") if _cls(facts, f.object) == "Place"}
    for fact in facts.of("visited"):
        if _cls(facts, fact.subject) != "Person":
            continue
        target = fact.object if _cls(facts, fact.object) == "Place" else located.get(fact.object)
        origin = homes.get(fact.subject, default)
        if target and origin and target != origin:
            ties.add(origin, target, "visit", key=_release(fact), via=fact.subject, evidence=[facts.evidence(fact)])
    graph = _finish(ties, facts, "places")
    graph.graph["home"] = home
    return graph


def organisations(facts: FactBase) -> nx.Graph:
    """Organisations that co-operate, belong to or succeed one another, or act together.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts, entity_iri
    >>> g = organisations(sample_facts())
    >>> hk, sh = str(entity_iri("HKSAR Government")), str(entity_iri("Shanghai Municipal Government"))
    >>> g.edges[hk, sh]["kinds"]
    ('co-signatory', 'cooperatesWith')
    """
    ties = TieCollector()
    for fact in facts.of("cooperatesWith", "subOrganizationOf", "succeeds"):
        if _cls(facts, fact.subject) == _cls(facts, fact.object) == ORGANIZATION:
            ties.add(fact.subject, fact.object, fact.relation, key=_release(fact), evidence=[facts.evidence(fact)])
    _co(ties, facts, ("hasParticipant",), ORGANIZATION, "co-participant", by_object=False)
    _co(ties, facts, ("organizedBy",), ORGANIZATION, "co-organiser", by_object=False)
    _co(ties, facts, ("signed",), ORGANIZATION, "co-signatory")
    return _finish(ties, facts, "organisations")


def mechanisms(facts: FactBase) -> nx.Graph:
    """Mechanisms that share a participating Place or Organization.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts
    >>> g = mechanisms(sample_facts())
    >>> [(t.kind, t.via.rsplit("/", 1)[-1]) for *_, ties in g.edges(data="ties") for t in ties]
    [('shared-participant', 'hong-kong')]
    """
    ties = TieCollector()
    by_party: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts.of("hasParticipant"):
        if _cls(facts, fact.subject) == "Mechanism":
            by_party[fact.object].append(fact)
    for party, found in sorted(by_party.items()):
        _pairs(ties, facts, found, lambda f: f.subject, "shared-participant", party)
    return _finish(ties, facts, "mechanisms")


def full(facts: FactBase) -> nx.MultiDiGraph:
    """Every entity and every scored relation, as a typed multigraph.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts, entity_iri
    >>> g = full(sample_facts())
    >>> g.number_of_nodes()
    22
    >>> a, d = str(entity_iri("Alex Chan")), str(entity_iri("Dan Zhou"))
    >>> list(g[a][d])
    ['metWith']
    """
    grouped: dict[tuple[str, str, str], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for fact in facts.facts:
        a, b = fact.subject, fact.object
        if fact.relation in SYMMETRIC and b < a:
            a, b = b, a
        grouped[(a, fact.relation, b)][_release(fact)].append(facts.evidence(fact))
    g = nx.MultiDiGraph(projection="full", slice=facts.when.label)
    nodes = set() if facts.when.bounded else set(facts.entities)
    nodes.update(n for a, _, b in grouped for n in (a, b))
    for node in sorted(nodes):
        g.add_node(node, **node_attributes(facts.entity(node)))
    for (a, relation, b), by_release in sorted(grouped.items()):
        ties = tuple(Tie(relation, key, evidence=tuple(sorted(set(ev), key=evidence_order)))
                     for key, ev in sorted(by_release.items()))
        g.add_edge(a, b, key=relation, relation=relation, symmetric=relation in SYMMETRIC, **edge_attributes(ties))
    return g


PROJECTIONS: dict[str, Callable[..., nx.Graph]] = {
    "officials": officials,
    "places": places,
    "organisations": organisations,
    "mechanisms": mechanisms,
    "full": full,
}
"""The projections by name, in the order the CLI lists them."""

ALIASES = {"people": "officials", "persons": "officials", "organizations": "organisations",
           "orgs": "organisations", "all": "full"}


def projection_name(name: str) -> str:
    """The canonical name of a projection (``"organizations"`` -> ``"organisations"``).

    Raises
    ------
    UnknownProjection
        With the list of known names.

    Examples
    --------
    >>> projection_name("People")
    'officials'
    """
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    if key not in PROJECTIONS:
        raise UnknownProjection(f"unknown projection '{name}'; choose one of: {', '.join(PROJECTIONS)}")
    return key


def project(facts: FactBase, name: str = "officials", *, when: TimeSlice | None = None,
            year: int | str | None = None, start: date | str | None = None, end: date | str | None = None,
            home: str | None = None) -> nx.Graph:
    """Project ``facts`` into the graph called ``name``, over a time slice.

    Parameters
    ----------
    facts : FactBase
        From :func:`igr.analytics.facts.load_facts`.
    name : str
        One of :data:`PROJECTIONS`.
    when : TimeSlice, optional
        A prepared slice; else one is made from ``year`` or ``start``/``end``.
    home : str, optional
        Only for ``places``: the home Place of officials whose posts name none.

    Returns
    -------
    networkx.Graph or networkx.MultiDiGraph
        With ``graph.graph["projection"]`` and ``graph.graph["slice"]`` set.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts
    >>> project(sample_facts(), "officials", year=2024).number_of_nodes()
    4
    """
    key = projection_name(name)
    window = when if when is not None else time_slice(year, start, end)
    sliced = facts.between(window)
    graph = PROJECTIONS[key](sliced, home=home) if key == "places" else PROJECTIONS[key](sliced)
    graph.graph.update(projection=key, slice=window.label)
    graph.graph["when"] = window
    return graph


def home_places(facts: FactBase) -> dict[str, str]:
    """Each official's home Place, read from the end of the titles of the posts they hold.

    A post named "Vice Mayor of Shanghai" or "Governor of Guangdong Province"
    gives the Place whose name or alias ends the title; the longest such name wins.
    Officials whose posts name no place are left out.

    Examples
    --------
    >>> from igr.analytics.sample import sample_facts, entity_iri
    >>> homes = home_places(sample_facts())
    >>> homes[str(entity_iri("Dan Zhou"))].rsplit("/", 1)[-1]
    'guangdong'
    >>> str(entity_iri("Alex Chan")) in homes
    False
    """
    place_names = sorted(
        ((name.casefold(), e.iri) for e in facts.entities.values() if e.cls == "Place" for name in e.names),
        key=lambda item: -len(item[0]),
    )
    homes: dict[str, str] = {}
    for fact in facts.of("holdsPost"):
        if fact.subject in homes:
            continue
        post = facts.entity(fact.object)
        for title in post.names:
            found = _ending_place(title.casefold(), place_names)
            if found:
                homes[fact.subject] = found
                break
    return homes


def _ending_place(title: str, place_names: list[tuple[str, str]]) -> str | None:
    for name, iri in place_names:
        if title.endswith(name) and (len(title) == len(name) or not title[-len(name) - 1].isalnum()):
            return iri
    return None


def _cls(facts: FactBase, iri: str) -> str:
    return facts.entity(iri).cls


def _release(fact: Fact) -> str:
    # A tie is counted once per release; facts with no release count once per Interaction.
    return fact.source or fact.interaction or f"{fact.subject} {fact.relation} {fact.object}"


def _co(ties: TieCollector, facts: FactBase, relations: tuple[str, ...], cls: str, kind: str,
        *, by_object: bool = True) -> None:
    """Tie the entities of class ``cls`` that share the other end of a ``relations`` fact.

    With ``by_object`` the shared end is the object (officials attending one event);
    otherwise the subject (places taking part in one mechanism).
    """
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts.of(*relations):
        shared, member = (fact.object, fact.subject) if by_object else (fact.subject, fact.object)
        if _cls(facts, member) == cls:
            groups[shared].append(fact)
    for shared, found in sorted(groups.items()):
        member = (lambda f: f.subject) if by_object else (lambda f: f.object)
        _pairs(ties, facts, found, member, kind, shared)


def _pairs(ties: TieCollector, facts: FactBase, found: list[Fact], member: Callable[[Fact], str],
           kind: str, shared: str) -> None:
    by_member: dict[str, list[Fact]] = defaultdict(list)
    for fact in found:
        by_member[member(fact)].append(fact)
    for a, b in combinations(sorted(by_member), 2):
        evidence = [facts.evidence(f) for f in by_member[a] + by_member[b]]
        ties.add(a, b, kind, key=shared, via=shared, evidence=evidence)


def _finish(ties: TieCollector, facts: FactBase, name: str) -> nx.Graph:
    graph = ties.graph(facts.entity)
    graph.graph.update(projection=name, slice=facts.when.label)
    return graph


__all__ = [
    "PROJECTIONS", "full", "home_places", "mechanisms", "officials", "organisations", "places",
    "project", "projection_name",
]
