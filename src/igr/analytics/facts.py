"""What the analytics read from a store: entities, releases and dated, sourced facts.

Every projection is computed from one :class:`FactBase`, loaded once per store
by :func:`load_facts`:

- **entities** come from the entities graph: ``rdf:type`` (the scored class, plus
  subclasses such as ``igr:City``), ``rdfs:label`` and ``skos:altLabel``;
- **sources** are the ``igr:Document`` nodes (``dcterms:title``, ``dcterms:date``);
- **facts** are the Interaction nodes (``igr:relation``, ``igr:subject``,
  ``igr:object``, ``igr:evidence``, ``igr:date``, ``prov:wasDerivedFrom``), plus any
  direct relation triple that no Interaction of the same document records.

Examples
--------
>>> from igr.analytics.sample import sample_facts
>>> fb = sample_facts()
>>> fb.entities["https://w3id.org/igr/id/person/alex-chan"].label
'Alex Chan'
>>> sorted({f.relation for f in fb.facts})[:3]
['attended', 'chaired', 'cooperatesWith']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from rdflib import RDF, RDFS, SKOS, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from igr.analytics.timeslice import TimeSlice, parse_date
from igr.store.base import TripleStore
from igr.vocab import BUILD, GRAPH_ANALYTICS, GRAPH_CORPUS, ID, IGR, RELATIONS, SCORED_CLASSES, SYMMETRIC

_IGR = str(IGR._NS)
_CLASS_OF_SEGMENT = {name.lower(): name for name in SCORED_CLASSES}


@dataclass(frozen=True)
class Entity:
    """One resolved entity: an official, a city, a mechanism ...

    ``cls`` is its scored class (``"Person"``, ``"Place"`` ...; ``igr:Government``
    counts as ``"Organization"``); ``classes`` every ``igr:`` class it is typed with.
    """

    iri: str
    label: str
    cls: str
    classes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The label followed by the aliases."""
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class Source:
    """A press release (an ``igr:Document``)."""

    iri: str
    title: str | None = None
    date: date | None = None
    url: str | None = None


@dataclass(frozen=True)
class Fact:
    """One reported relation between two entities, with its provenance.

    ``date`` is the Interaction's ``igr:date``, else the release's date; ``source``
    the release IRI; ``sentence`` the evidence sentence (``None`` for a direct
    triple that has no Interaction).
    """

    subject: str
    relation: str
    object: str
    date: date | None = None
    source: str | None = None
    sentence: str | None = None
    interaction: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Evidence:
    """A fact as an edge carries it: the sentence and the release it came from."""

    relation: str
    subject: str
    object: str
    sentence: str | None
    source: str | None
    title: str | None
    date: date | None
    interaction: str | None = None


@dataclass(frozen=True)
class FactBase:
    """Entities, sources and facts of a store (or of a time slice of it)."""

    entities: Mapping[str, Entity] = field(default_factory=dict)
    sources: Mapping[str, Source] = field(default_factory=dict)
    facts: tuple[Fact, ...] = ()
    when: TimeSlice = TimeSlice()

    def between(self, when: TimeSlice) -> FactBase:
        """The facts dated inside ``when`` (entities and sources are kept whole).

        Examples
        --------
        >>> from igr.analytics.sample import sample_facts
        >>> from igr.analytics.timeslice import time_slice
        >>> fb = sample_facts()
        >>> len(fb.between(time_slice(year=2023)).facts) < len(fb.facts)
        True
        """
        if not when.bounded:
            return self
        kept = tuple(f for f in self.facts if when.contains(f.date))
        return FactBase(self.entities, self.sources, kept, when)

    def entity(self, iri: str) -> Entity:
        """The entity ``iri``; one missing from the entities graph gets a name from its IRI."""
        found = self.entities.get(iri)
        if found is not None:
            return found
        return _fallback_entity(iri)

    def evidence(self, fact: Fact) -> Evidence:
        """``fact`` with the title and date of its release."""
        source = self.sources.get(fact.source) if fact.source else None
        return Evidence(
            relation=fact.relation, subject=fact.subject, object=fact.object,
            sentence=fact.sentence, source=fact.source,
            title=source.title if source else None,
            date=fact.date, interaction=fact.interaction,
        )

    def of(self, *relations: str) -> Iterable[Fact]:
        """The facts of the given relations, in load order."""
        wanted = set(relations)
        return (f for f in self.facts if f.relation in wanted)


def load_facts(store: TripleStore) -> FactBase:
    """Read entities, releases and facts from ``store``.

    Parameters
    ----------
    store : igr.store.TripleStore
        An open store in the layout of ``docs/data-model.md``.

    Returns
    -------
    FactBase
        Facts sorted by date, source and relation, so that every projection built
        from it is the same from run to run.

    Examples
    --------
    >>> import tempfile
    >>> from igr.analytics.sample import sample_store
    >>> fb = load_facts(sample_store(tempfile.mkdtemp() + "/s"))
    >>> len(fb.entities) > 10, len(fb.sources)
    (True, 3)
    """
    entities = _load_entities(store)
    sources = _load_sources(store)
    facts = _load_interactions(store, sources)
    recorded = {_fact_key(f) for f in facts}
    for fact in _load_direct(store, sources):
        if _fact_key(fact) not in recorded:
            recorded.add(_fact_key(fact))
            facts.append(fact)
    facts.sort(key=lambda f: (f.date or date.max, f.source or "", f.relation, f.subject, f.object,
                              f.interaction or ""))
    return FactBase(entities, sources, tuple(facts))


def _fact_key(fact: Fact) -> tuple:
    ends = tuple(sorted((fact.subject, fact.object))) if fact.relation in SYMMETRIC else (fact.subject, fact.object)
    return (fact.relation, *ends, fact.source)


def _local(iri: object) -> str | None:
    text = str(iri)
    return text[len(_IGR):] if text.startswith(_IGR) else None


def _load_entities(store: TripleStore) -> dict[str, Entity]:
    types: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    for s, p, o, _ in store.quads(GRAPH_CORPUS):
        key = str(s)
        if p == RDF.type:
            name = _local(o)
            if name:
                types.setdefault(key, []).append(name)
        elif p == RDFS.label:
            # Keep one label deterministically if a store holds several.
            labels[key] = min(labels.get(key, str(o)), str(o))
        elif p == SKOS.altLabel:
            aliases.setdefault(key, []).append(str(o))
    entities = {}
    for iri in sorted(set(types) | set(labels)):
        classes = tuple(sorted(set(types.get(iri, ()))))
        cls = _scored_class(classes) or _fallback_entity(iri).cls
        label = labels.get(iri) or _fallback_entity(iri).label
        names = sorted(set(aliases.get(iri, ())) - {label})
        entities[iri] = Entity(iri, label, cls, classes, tuple(names))
    return entities


def _scored_class(classes: Iterable[str]) -> str | None:
    present = set(classes)
    for name in SCORED_CLASSES:
        if name in present:
            return name
    if "Government" in present:
        return "Organization"
    return None


def _fallback_entity(iri: str) -> Entity:
    # An IRI like .../id/person/chan-kwok-ki still says its class and name.
    rest = iri[len(str(ID)):] if iri.startswith(str(ID)) else iri.rsplit("/", 1)[-1]
    parts = rest.split("/")
    cls = _CLASS_OF_SEGMENT.get(parts[0], "Thing") if len(parts) > 1 else "Thing"
    slug = parts[-1] or iri
    return Entity(iri, slug.replace("-", " ").title() if slug != iri else iri, cls, (), ())


def _load_sources(store: TripleStore) -> dict[str, Source]:
    result = store.query(f"""
        SELECT ?doc ?title ?date ?url WHERE {{
          ?doc a <{IGR.Document}> .
          OPTIONAL {{ ?doc <{DCTERMS.title}> ?title }}
          OPTIONAL {{ ?doc <{DCTERMS.date}> ?date }}
          OPTIONAL {{ ?doc <{SDO.url}> ?url }}
        }}""")
    sources: dict[str, Source] = {}
    for doc, title, when, url in result.rows:
        key = str(doc)
        if key not in sources:
            sources[key] = Source(key, str(title) if title is not None else None,
                                  parse_date(_value(when)), str(url) if url is not None else None)
    return sources


def _value(term: object) -> object:
    if term is None:
        return None
    try:
        return term.toPython()  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        return str(term)


def _load_interactions(store: TripleStore, sources: Mapping[str, Source]) -> list[Fact]:
    result = store.query(f"""
        SELECT ?i ?rel ?s ?o ?doc ?date ?evidence ?confidence ?g WHERE {{
          GRAPH ?g {{
            ?i <{IGR.relation}> ?rel ; <{IGR.subject}> ?s ; <{IGR.object}> ?o .
            OPTIONAL {{ ?i <{PROV.wasDerivedFrom}> ?doc }}
            OPTIONAL {{ ?i <{IGR.date}> ?date }}
            OPTIONAL {{ ?i <{IGR.evidence}> ?evidence }}
            OPTIONAL {{ ?i <{IGR.confidence}> ?confidence }}
          }}
        }}""")
    facts: dict[str, Fact] = {}
    for i, rel, s, o, doc, when, evidence, confidence, graph in result.rows:
        relation = _local(rel)
        if relation not in RELATIONS or str(i) in facts:
            continue
        source = str(doc) if doc is not None else _graph_source(graph, sources)
        dated = parse_date(_value(when))
        if dated is None and source in sources:
            dated = sources[source].date
        facts[str(i)] = Fact(
            subject=str(s), relation=relation, object=str(o), date=dated, source=source,
            sentence=str(evidence) if evidence is not None else None, interaction=str(i),
            confidence=_float(confidence),
        )
    return list(facts.values())


def _load_direct(store: TripleStore, sources: Mapping[str, Source]) -> list[Fact]:
    wanted = " ".join(f"<{IGR[name]}>" for name in RELATIONS)
    shared = ", ".join(f"<{g}>" for g in (GRAPH_ANALYTICS, GRAPH_CORPUS))
    result = store.query(f"""
        SELECT DISTINCT ?s ?p ?o ?g WHERE {{
          GRAPH ?g {{ ?s ?p ?o }}
          VALUES ?p {{ {wanted} }}
          FILTER (isIRI(?o) && ?g NOT IN ({shared}) && !STRSTARTS(STR(?g), "{BUILD}"))
        }}""")
    facts = []
    for s, p, o, graph in result.rows:
        source = _graph_source(graph, sources)
        dated = sources[source].date if source in sources else None
        facts.append(Fact(str(s), _local(p), str(o), dated, source))
    return facts


def _graph_source(graph: URIRef | None, sources: Mapping[str, Source]) -> str | None:
    # A document's named graph is named by the document's IRI.
    if graph is None:
        return None
    return str(graph) if str(graph) in sources else None


def _float(term: object) -> float | None:
    value = _value(term)
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
