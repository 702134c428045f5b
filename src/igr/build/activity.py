"""Mention counts per entity and month, kept by the build for questions about a period.

``active-entities`` asks, for any period, how many releases mention each entity, how many
interaction records it takes part in, and its first and last date there. Read from the
releases, that costs a look-up per mention of the period (20,000 for a year of 5,000
releases). The build keeps the answer per month instead, in one book-keeping graph per
month (:func:`month_graph`)::

    GRAPH build:activity-2025-03 {
        <entity> build:releases 12 ; build:interactions 4 ;
                 build:first "2025-03-02"^^xsd:date ; build:last "2025-03-28"^^xsd:date ;
                 build:days "{\\"02\\":1,\\"28\\":2,...}" .   # releases per day: what a removal needs
    }
    GRAPH build:activity { build:activity-2025-03 build:start "2025-03-01"^^xsd:date ;
                               build:end "2025-03-31"^^xsd:date ; build:release <doc>, ... }

Each document's transaction updates the months it was and is dated in, for the entities
it mentioned and mentions (:func:`activity_changes`), so a changed, added, failed or
pruned release leaves them as a count from scratch makes them (:func:`from_scratch`).
Counts are per release: records are counted in each release that states them.

``build:activity`` lists each month that has a dated release, with its releases; a query
counts the months wholly inside a period from the month graphs, and the other days from
the releases its partly covered months list. A store built before igr kept these counts
is brought up to date by its next build (:func:`ensure_activity`); until then the query
says so (:func:`has_activity`).

Examples
--------
>>> str(month_graph(date(2025, 3, 14)))
'https://w3id.org/igr/build#activity-2025-03'
"""

from __future__ import annotations

import calendar
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from igr.store.base import Quad, TripleStore
from igr.vocab import BUILD, GRAPH_ACTIVITY, IGR

ACTIVITY = GRAPH_ACTIVITY
"""The graph that lists the months kept, and says that the store keeps them (:data:`KEPT`)."""

KEPT = (ACTIVITY, BUILD.version, Literal(1))
"""Marks a store whose month counts are kept by its builds."""

PREDICATES = (BUILD.releases, BUILD.interactions, BUILD.first, BUILD.last, BUILD.days)
"""What a month graph says of an entity."""


def month_graph(day: date) -> URIRef:
    """The graph of the counts of ``day``'s month."""
    return BUILD[f"activity-{day:%Y-%m}"]


@dataclass(frozen=True)
class Activity:
    """What one release adds to the counts: its date, the entities it mentions and, per entity,
    the interaction records it takes part in."""

    date: date | None = None
    entities: frozenset[URIRef] = frozenset()
    interactions: Mapping[URIRef, int] = field(default_factory=dict)
    release: URIRef | None = None


def activity_of(doc: URIRef, day: date | None, quads: Iterable[Quad]) -> Activity:
    """The :class:`Activity` of the document graph ``doc`` made of ``quads`` (others are ignored)."""
    mentioned, records = set(), defaultdict(set)
    for s, p, o, g in quads:
        if g != doc:
            continue
        if p == IGR.mentionedIn and o == doc:
            mentioned.add(URIRef(s))
        elif p == IGR.participant:
            records[URIRef(o)].add(s)
    return Activity(day, frozenset(mentioned), {e: len(r) for e, r in records.items()}, doc)


def stored_activity(store: TripleStore, doc: URIRef, day: date | None) -> Activity:
    """The :class:`Activity` of the document graph ``doc`` as the store holds it."""
    mentioned = {URIRef(s) for s, _, _ in store.match(None, IGR.mentionedIn, doc, doc)}
    records = defaultdict(set)
    for s, _, o in store.match(None, IGR.participant, None, doc):
        records[URIRef(o)].add(s)
    return Activity(day, frozenset(mentioned), {e: len(r) for e, r in records.items()}, doc)


@dataclass
class _Month:
    """One entity's counts in one month."""

    releases: int = 0
    interactions: int = 0
    days: Counter = field(default_factory=Counter)

    def quads(self, entity: URIRef, graph: URIRef, month: str) -> set[Quad]:
        if self.releases <= 0:
            return set()
        days = sorted(d for d, n in self.days.items() if n > 0)
        first, last = (date.fromisoformat(f"{month}-{d}") for d in (days[0], days[-1]))
        return {(entity, BUILD.releases, Literal(self.releases), graph),
                (entity, BUILD.interactions, Literal(self.interactions), graph),
                (entity, BUILD.first, Literal(first.isoformat(), datatype=XSD.date), graph),
                (entity, BUILD.last, Literal(last.isoformat(), datatype=XSD.date), graph),
                (entity, BUILD.days, Literal(json.dumps(dict(sorted((d, n) for d, n in self.days.items() if n > 0)),
                                                        separators=(",", ":"))), graph)}


def _read(store: TripleStore, entity: URIRef, graph: URIRef) -> _Month:
    values = {p: o for _, p, o in store.match(entity, None, None, graph)}
    if str(BUILD.releases) not in values:
        return _Month()
    return _Month(int(values[str(BUILD.releases)]), int(values.get(str(BUILD.interactions), 0)),
                  Counter(json.loads(values.get(str(BUILD.days), "{}"))))


def activity_changes(store: TripleStore, old: Activity, new: Activity) -> tuple[set[Quad], set[Quad]]:
    """The quads to remove and to add when a release's activity goes from ``old`` to ``new``
    (``Activity()`` for a release not there before, or removed)."""
    remove: set[Quad] = set()
    add: set[Quad] = set()
    touched = {(e, old.date) for e in old.entities if old.date} | {(e, new.date) for e in new.entities if new.date}
    for entity, day in sorted({(e, d.replace(day=1)) for e, d in touched}):
        graph, month = month_graph(day), f"{day:%Y-%m}"
        counts = _read(store, entity, graph)
        before = counts.quads(entity, graph, month)
        for activity, sign in ((old, -1), (new, 1)):
            if activity.date and activity.date.replace(day=1) == day and entity in activity.entities:
                counts.releases += sign
                counts.interactions += sign * activity.interactions.get(entity, 0)
                counts.days[f"{activity.date:%d}"] += sign
        after = counts.quads(entity, graph, month)
        remove |= before - after
        add |= after - before
    # the month of each dated release lists it (and is listed; listing it again changes nothing)
    if old.release is not None and old.date and (old.date, old.release) != (new.date, new.release):
        remove.add((month_graph(old.date), BUILD.release, old.release, ACTIVITY))
        others = (r for _, _, r in store.match(month_graph(old.date), BUILD.release, None, ACTIVITY)
                  if r != str(old.release))
        if next(others, None) is None and not (new.date and new.date.replace(day=1) == old.date.replace(day=1)):
            remove |= _listing(old.date.replace(day=1))  # its last release went
    if new.release is not None and new.date:
        add |= _listing(new.date.replace(day=1)) | {(month_graph(new.date), BUILD.release, new.release, ACTIVITY)}
    return remove, add


def _listing(day: date) -> set[Quad]:
    end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    graph = month_graph(day)
    return {(graph, BUILD.start, Literal(day.isoformat(), datatype=XSD.date), ACTIVITY),
            (graph, BUILD.end, Literal(end.isoformat(), datatype=XSD.date), ACTIVITY)}


def from_scratch(store: TripleStore) -> dict[URIRef, set[tuple]]:
    """Every month graph and the listing, counted from the releases of ``store`` (graph to triples).

    What the builds keep must equal this; it also brings a store built before the counts up to date.
    """
    months: dict[tuple[URIRef, date], _Month] = defaultdict(_Month)
    for e, d, n in store.select_values(
            f"SELECT ?e ?d (COUNT(*) AS ?n) WHERE {{ GRAPH ?r {{ ?e <{IGR.mentionedIn}> ?r . ?r <{DCTERMS.date}> ?d }} }} "
            "GROUP BY ?e ?d"):
        day = date.fromisoformat(d)
        counts = months[(URIRef(e), day.replace(day=1))]
        counts.releases += int(n)
        counts.days[f"{day:%d}"] += int(n)
    for e, d, n in store.select_values(
            f"SELECT ?e ?d (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?e ?d ?r ?i WHERE {{ GRAPH ?r {{ "
            f"?i <{IGR.participant}> ?e . ?e <{IGR.mentionedIn}> ?r . ?r <{DCTERMS.date}> ?d }} }} }} GROUP BY ?e ?d"):
        key = (URIRef(e), date.fromisoformat(d).replace(day=1))
        if key in months:
            months[key].interactions += int(n)
    graphs: dict[URIRef, set[tuple]] = defaultdict(set)
    graphs[ACTIVITY].add(KEPT[:3])
    for r, d in store.select_values(f"SELECT ?r ?d WHERE {{ GRAPH ?r {{ ?r <{DCTERMS.date}> ?d }} }}"):
        day = date.fromisoformat(d)
        for s, p, o, g in _listing(day.replace(day=1)) | {(month_graph(day), BUILD.release, URIRef(r), ACTIVITY)}:
            graphs[g].add((s, p, o))
    for (entity, day), counts in months.items():
        for s, p, o, g in counts.quads(entity, month_graph(day), f"{day:%Y-%m}") | _listing(day):
            graphs[g].add((s, p, o))
    return dict(graphs)


def ensure_activity(store: TripleStore) -> bool:
    """Count the months of a store whose builds did not keep them (built before igr did); whether it had to.

    One transaction: the month graphs and the listing, marked as kept.
    """
    if has_activity(store):
        return False
    graphs = from_scratch(store)
    store.replace_graph(ACTIVITY, graphs.pop(ACTIVITY), also=graphs)
    return True


def has_activity(store: TripleStore) -> bool:
    """Whether the builds of ``store`` keep its month counts (stores built before igr did do not)."""
    return next(store.match(*KEPT[:3], ACTIVITY), None) is not None
