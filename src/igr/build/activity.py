"""Mention counts per entity, month and year, kept by the build for questions about a period.

``active-entities`` asks, for any period, how many releases mention each entity, how many
interaction records it takes part in, and its first and last date there. Read from the
releases, that costs a look-up per mention of the period (20,000 for a year of 5,000
releases). The build keeps the answer per month and per year instead, in one book-keeping
graph per month (:func:`month_graph`) and one per year (:func:`year_graph`)::

    GRAPH build:activity-2025-03 {
        <entity> build:releases 12 ; build:interactions 4 ;
                 build:first "2025-03-02"^^xsd:date ; build:last "2025-03-28"^^xsd:date ;
                 build:days "{\\"02\\":1,\\"28\\":2,...}" .   # releases per day: what a removal needs
    }
    GRAPH build:activity-2025 {
        <entity> build:releases 130 ; build:interactions 41 ;
                 build:first "2025-01-06"^^xsd:date ; build:last "2025-12-19"^^xsd:date .
    }
    GRAPH build:activity {
        build:activity-2025 build:yearStart "2025-01-01"^^xsd:date ; build:yearEnd "2025-12-31"^^xsd:date ;
                            build:month build:activity-2025-03, ... .
        build:activity-2025-03 build:start "2025-03-01"^^xsd:date ; build:end "2025-03-31"^^xsd:date ;
                               build:release <doc>, ... .
    }

A year's releases and records are the sums of its months', its first and last date the first
of its first month and the last of its last month, so a year keeps no days of its own: when a
release leaves the day that was an entity's first of the year, the new first is that month's
new first if the month still has the entity, else the first of the next month of the year that
has it, read then from that month's graph (:func:`activity_changes`).

Each document's transaction updates the months and years it was and is dated in, for the
entities it mentioned and mentions, so a changed, added, failed or pruned release leaves them
as a count from scratch makes them (:func:`from_scratch`). Counts are per release: records
are counted in each release that states them.

``build:activity`` lists each year and month that has a dated release, each year with its
months and each month with its releases. A query counts the years wholly inside a period from
the year graphs, the other months wholly inside it from the month graphs, and the other days
from the releases its partly covered months list: ten years read ten year counts and at most
22 month counts, however long the archive. A store built before igr kept these counts, or
kept months only (:data:`KEPT` of version 1), is brought up to date by its next build
(:func:`ensure_activity`); until then the query says so (:func:`has_activity`).

Examples
--------
>>> str(month_graph(date(2025, 3, 14))), str(year_graph(date(2025, 3, 14)))
('https://w3id.org/igr/build#activity-2025-03', 'https://w3id.org/igr/build#activity-2025')
"""

from __future__ import annotations

import calendar
import json
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from igr.store.base import Quad, TripleStore
from igr.vocab import ACTIVITY_VERSION, BUILD, GRAPH_ACTIVITY, IGR

ACTIVITY = GRAPH_ACTIVITY
"""The graph that lists the years and months kept, and says that the store keeps them (:data:`KEPT`)."""

KEPT = (ACTIVITY, BUILD.version, Literal(ACTIVITY_VERSION))
"""Marks a store whose year and month counts are kept by its builds (a store marked with
version 1 kept months only)."""

PREDICATES = (BUILD.releases, BUILD.interactions, BUILD.first, BUILD.last, BUILD.days)
"""What a month graph says of an entity (a year graph says the same but ``build:days``)."""

KEPT_COUNTS = 8192
"""(entity, month or year) counts a :class:`Remembered` keeps between releases (a few MB at most)."""

# Terms made once: a namespace attribute makes (and checks) a new IRI at every use, and a build
# writes a few dozen counts per release.
_RELEASES, _INTERACTIONS, _FIRST, _LAST, _DAYS = PREDICATES
_RELEASES_S, _INTERACTIONS_S, _FIRST_S, _LAST_S, _DAYS_S = (str(p) for p in PREDICATES)
_MENTIONED_IN, _PARTICIPANT = IGR.mentionedIn, IGR.participant


@lru_cache(maxsize=1 << 12)
def month_graph(day: date) -> URIRef:
    """The graph of the counts of ``day``'s month."""
    return BUILD[f"activity-{day:%Y-%m}"]


@lru_cache(maxsize=1 << 12)
def year_graph(day: date) -> URIRef:
    """The graph of the counts of ``day``'s year."""
    return BUILD[f"activity-{day:%Y}"]


@lru_cache(maxsize=1 << 12)
def _number(n: int) -> Literal:
    """The literal of a count (counts recur: made once each).

    Examples
    --------
    >>> _number(3) == Literal(3), _number(3) is _number(3)
    (True, True)
    """
    return Literal(n)


@lru_cache(maxsize=1 << 12)
def _day(day: date) -> Literal:
    """The ``xsd:date`` literal of ``day`` (an entity's first and last days recur from release to release).

    Examples
    --------
    >>> _day(date(2025, 3, 14)) == Literal("2025-03-14", datatype=XSD.date)
    True
    """
    return Literal(day.isoformat(), datatype=XSD.date)


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
        if p == _MENTIONED_IN and o == doc:
            mentioned.add(URIRef(s))
        elif p == _PARTICIPANT:
            records[URIRef(o)].add(s)
    return Activity(day, frozenset(mentioned), {e: len(r) for e, r in records.items()}, doc)


def stored_activity(store: TripleStore, doc: URIRef, day: date | None) -> Activity:
    """The :class:`Activity` of the document graph ``doc`` as the store holds it."""
    mentioned = {URIRef(s) for s, _, _ in store.match(None, _MENTIONED_IN, doc, doc)}
    records = defaultdict(set)
    for s, _, o in store.match(None, _PARTICIPANT, None, doc):
        records[URIRef(o)].add(s)
    return Activity(day, frozenset(mentioned), {e: len(r) for e, r in records.items()}, doc)


@dataclass
class _Month:
    """One entity's counts in one month."""

    releases: int = 0
    interactions: int = 0
    days: Counter = field(default_factory=Counter)

    def copy(self) -> _Month:
        return _Month(self.releases, self.interactions, Counter(self.days))

    def stored(self) -> _Month:
        """These counts as the store gives them back once written (none left when no day has a release)."""
        if self.releases <= 0 or not any(n > 0 for n in self.days.values()):  # as span() is None: no quads
            return _Month()
        return _Month(self.releases, self.interactions, Counter({d: n for d, n in self.days.items() if n > 0}))

    def span(self, month: date) -> tuple[date, date] | None:
        """The first and last day with a release in ``month`` (its first day), None when none has."""
        days = sorted(int(d) for d, n in self.days.items() if n > 0)
        if self.releases <= 0 or not days:
            return None
        return month.replace(day=days[0]), month.replace(day=days[-1])

    def quads(self, entity: URIRef, month: date) -> set[Quad]:
        span = self.span(month)
        if span is None:
            return set()
        graph = month_graph(month)
        days = json.dumps(dict(sorted((d, n) for d, n in self.days.items() if n > 0)), separators=(",", ":"))
        return _counts(entity, graph, self.releases, self.interactions, span) | {(entity, _DAYS, Literal(days), graph)}


@dataclass
class _Year:
    """One entity's counts in one year."""

    releases: int = 0
    interactions: int = 0
    first: date | None = None
    last: date | None = None

    def copy(self) -> _Year:
        return replace(self)

    def stored(self) -> _Year:
        """These counts as the store gives them back once written."""
        if self.releases <= 0 or self.first is None or self.last is None:
            return _Year()
        return self.copy()

    def quads(self, entity: URIRef, year: date) -> set[Quad]:
        if self.releases <= 0 or self.first is None or self.last is None:
            return set()
        return _counts(entity, year_graph(year), self.releases, self.interactions, (self.first, self.last))


def _counts(entity: URIRef, graph: URIRef, releases: int, interactions: int, span: tuple[date, date]) -> set[Quad]:
    return {(entity, _RELEASES, _number(releases), graph),
            (entity, _INTERACTIONS, _number(interactions), graph),
            (entity, _FIRST, _day(span[0]), graph),
            (entity, _LAST, _day(span[1]), graph)}


class Remembered:
    """The month and year counts a build wrote last, by (entity, count graph).

    A build is the store's one writer, so the counts it wrote are what the store holds: an
    entity named in release after release (a city, a Chief Executive) has its counts read
    once, not in every release. Counts computed for a change are remembered only once the
    change is in the store (:meth:`written`); at most ``size`` are kept, the oldest used
    forgotten first.

    Examples
    --------
    >>> memory = Remembered()
    >>> e, g = URIRef("https://w3id.org/igr/id/place/shanghai"), month_graph(date(2025, 3, 1))
    >>> memory.expect(e, g, _Month(1, 0, Counter({"14": 1})))
    >>> memory.get(e, g) is None          # not written yet
    True
    >>> memory.written()
    >>> memory.get(e, g)
    _Month(releases=1, interactions=0, days=Counter({'14': 1}))
    """

    def __init__(self, size: int = KEPT_COUNTS) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[URIRef, URIRef], _Month | _Year] = OrderedDict()
        self._pending: dict[tuple[URIRef, URIRef], _Month | _Year] = {}

    def get(self, entity: URIRef, graph: URIRef) -> _Month | _Year | None:
        """A copy of the counts kept for ``entity`` in ``graph``, None when none are kept."""
        kept = self._kept.get((entity, graph))
        return None if kept is None else kept.copy()

    def expect(self, entity: URIRef, graph: URIRef, counts: _Month | _Year) -> None:
        """``counts`` are what the change being made writes for ``entity`` in ``graph``."""
        self._pending[(entity, graph)] = counts.stored()

    def discard(self) -> None:
        """Forget the counts of a change that was not made."""
        self._pending = {}

    def written(self) -> None:
        """The change is in the store: keep its counts."""
        pending, self._pending = self._pending, {}
        for key, counts in pending.items():
            self._kept[key] = counts
            self._kept.move_to_end(key)
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)


def _values(store: TripleStore, entity: URIRef, graph: URIRef) -> dict[str, str]:
    return {p: o for _, p, o in store.match(entity, None, None, graph)}


def _read(store: TripleStore, entity: URIRef, month: date, memory: Remembered | None = None) -> _Month:
    graph = month_graph(month)
    if memory is not None and (kept := memory.get(entity, graph)) is not None:
        return kept
    values = _values(store, entity, graph)
    if _RELEASES_S not in values:
        return _Month()
    return _Month(int(values[_RELEASES_S]), int(values.get(_INTERACTIONS_S, 0)),
                  Counter(json.loads(values.get(_DAYS_S, "{}"))))


def _read_year(store: TripleStore, entity: URIRef, year: date, memory: Remembered | None = None) -> _Year:
    graph = year_graph(year)
    if memory is not None and (kept := memory.get(entity, graph)) is not None:
        return kept
    values = _values(store, entity, graph)
    if _RELEASES_S not in values:
        return _Year()
    return _Year(int(values[_RELEASES_S]), int(values.get(_INTERACTIONS_S, 0)),
                 date.fromisoformat(values[_FIRST_S]), date.fromisoformat(values[_LAST_S]))


def activity_changes(store: TripleStore, old: Activity, new: Activity,
                     memory: Remembered | None = None) -> tuple[set[Quad], set[Quad]]:
    """The quads to remove and to add when a release's activity goes from ``old`` to ``new``
    (``Activity()`` for a release not there before, or removed).

    Reads the counts of each (entity, month) and (entity, year) the release was or is in, and,
    when a release leaves an entity's first or last day of a year and that month keeps no
    release of it, the months of the year that may hold the new one (at most 11 look-ups).
    With ``memory``, the counts it keeps are not read, and the counts after the change are
    expected in it (the caller says :meth:`Remembered.written` once the change is made).

    Examples
    --------
    >>> import tempfile
    >>> from igr.store import open_store
    >>> store = open_store(tempfile.mkdtemp() + "/s", create=True)
    >>> e, doc = URIRef("https://w3id.org/igr/id/place/shanghai"), URIRef("https://w3id.org/igr/id/doc/a")
    >>> remove, add = activity_changes(store, Activity(), Activity(date(2025, 3, 14), frozenset({e}), {}, doc))
    >>> sorted((g.rsplit("#")[1], str(o)) for s, p, o, g in add if s == e and p in (BUILD.releases, BUILD.last))
    [('activity-2025', '1'), ('activity-2025', '2025-03-14'), ('activity-2025-03', '1'), ('activity-2025-03', '2025-03-14')]
    >>> remove
    set()
    """
    remove: set[Quad] = set()
    add: set[Quad] = set()
    touched = {(e, old.date) for e in old.entities if old.date} | {(e, new.date) for e in new.entities if new.date}
    changed: dict[tuple[URIRef, int], dict[date, tuple[_Month, _Month]]] = defaultdict(dict)
    for entity, month in sorted({(e, d.replace(day=1)) for e, d in touched}):
        counts = _read(store, entity, month, memory)
        was = counts.copy()
        for activity, sign in ((old, -1), (new, 1)):
            if activity.date and activity.date.replace(day=1) == month and entity in activity.entities:
                counts.releases += sign
                counts.interactions += sign * activity.interactions.get(entity, 0)
                counts.days[f"{activity.date:%d}"] += sign
        before, after = was.quads(entity, month), counts.quads(entity, month)
        remove |= before - after
        add |= after - before
        changed[(entity, month.year)][month] = (was, counts)
        if memory is not None:
            memory.expect(entity, month_graph(month), counts)
    for (entity, year), months in sorted(changed.items()):
        gone, came = _year_changes(store, entity, date(year, 1, 1), months, memory)
        remove |= gone
        add |= came
    gone, came = _listing_changes(store, old, new)
    return remove | gone, add | came


def _year_changes(store: TripleStore, entity: URIRef, year: date, months: dict[date, tuple[_Month, _Month]],
                  memory: Remembered | None = None) -> tuple[set[Quad], set[Quad]]:
    """What changes in ``entity``'s counts of ``year`` when its ``months`` go from their first count to their second."""
    counts = _read_year(store, entity, year, memory)
    before = counts.quads(entity, year)
    for was, now in months.values():
        counts.releases += now.releases - was.releases
        counts.interactions += now.interactions - was.interactions
    spans = {month: now.span(month) for month, (_, now) in months.items()}
    first, last = counts.first, counts.last
    counts.first = _year_end(first, spans, 0, lambda: _untouched_end(store, entity, first, spans, 0))
    counts.last = _year_end(last, spans, 1, lambda: _untouched_end(store, entity, last, spans, 1))
    after = counts.quads(entity, year)
    if memory is not None:
        memory.expect(entity, year_graph(year), counts)
    return before - after, after - before


def _year_end(was: date | None, spans: Mapping[date, tuple[date, date] | None], end: int,
              untouched: Callable[[], date | None]) -> date | None:
    """A year's first (``end`` 0) or last (1) day after the change: ``was`` before it, ``spans`` the
    touched months' (first, last) after it (None for a month left without the entity), ``untouched()``
    the first (last) of the other months of the year, read only when needed."""
    pick = min if end == 0 else max
    reached = pick((span[end] for span in spans.values() if span is not None), default=None)
    if was is None or was.replace(day=1) not in spans:
        # no release of the year had it before (the untouched months have none), or the day is in an
        # untouched month: it is still the untouched months' first (last)
        return pick((d for d in (reached, was) if d is not None), default=None)
    if reached is not None and pick(reached, was) == reached:
        return reached  # the touched months reach as far as before, or further
    return pick((d for d in (reached, untouched()) if d is not None), default=None)


def _untouched_end(store: TripleStore, entity: URIRef, was: date | None, spans: Mapping[date, object],
                   end: int) -> date | None:
    """The first (``end`` 0) or last (1) day of ``entity`` in the months of ``was``'s year that the change
    did not touch. The months before ``was``'s (after it, for the last) have none: only the others are read."""
    if was is None:
        return None
    months = range(was.month + 1, 13) if end == 0 else range(was.month - 1, 0, -1)
    predicate = _FIRST if end == 0 else _LAST
    for number in months:
        month = date(was.year, number, 1)
        if month in spans:
            continue
        found = next(store.match(entity, predicate, None, month_graph(month)), None)
        if found is not None:
            return date.fromisoformat(found[2])
    return None


def _listing_changes(store: TripleStore, old: Activity, new: Activity) -> tuple[set[Quad], set[Quad]]:
    """The month of each dated release lists it, and its year lists the month (listing again changes nothing)."""
    remove: set[Quad] = set()
    add: set[Quad] = set()
    old_month = old.date.replace(day=1) if old.release is not None and old.date else None
    new_month = new.date.replace(day=1) if new.release is not None and new.date else None
    if old_month and (old.date, old.release) != (new.date, new.release):
        remove.add((month_graph(old_month), BUILD.release, old.release, ACTIVITY))
        if new_month != old_month and not _others(store, month_graph(old_month), BUILD.release, old.release):
            remove |= _listing(old_month)  # its last release went
            if (new_month is None or new_month.year != old_month.year) and \
                    not _others(store, year_graph(old_month), BUILD.month, month_graph(old_month)):
                remove |= _year_listing(old_month)  # and so did its year's last month
    if new_month:
        add |= _listing(new_month) | _year_listing(new_month) | \
            {(month_graph(new_month), BUILD.release, new.release, ACTIVITY)}
    return remove, add


def _others(store: TripleStore, subject: URIRef, predicate: URIRef, but: URIRef) -> bool:
    """Whether the listing says ``subject predicate ?o`` of another ``?o`` than ``but``."""
    return next((o for _, _, o in store.match(subject, predicate, None, ACTIVITY) if o != str(but)), None) is not None


def _listing(month: date) -> set[Quad]:
    """A month's listing: its first and last day, and its year's link to it."""
    end = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    graph = month_graph(month)
    return {(graph, BUILD.start, Literal(month.isoformat(), datatype=XSD.date), ACTIVITY),
            (graph, BUILD.end, Literal(end.isoformat(), datatype=XSD.date), ACTIVITY),
            (year_graph(month), BUILD.month, graph, ACTIVITY)}


def _year_listing(day: date) -> set[Quad]:
    """A year's listing: its first and last day (``build:yearStart``, ``build:yearEnd``: a query for
    months, ``build:start``, finds no year)."""
    graph = year_graph(day)
    return {(graph, BUILD.yearStart, Literal(f"{day:%Y}-01-01", datatype=XSD.date), ACTIVITY),
            (graph, BUILD.yearEnd, Literal(f"{day:%Y}-12-31", datatype=XSD.date), ACTIVITY)}


def from_scratch(store: TripleStore) -> dict[URIRef, set[tuple]]:
    """Every year and month graph and the listing, counted from the releases of ``store`` (graph to triples).

    What the builds keep must equal this; it also brings a store built before the counts up to date.

    Examples
    --------
    >>> import tempfile
    >>> from igr.store import open_store
    >>> store = open_store(tempfile.mkdtemp() + "/s", create=True)
    >>> doc = URIRef("https://w3id.org/igr/id/doc/a")
    >>> store.replace_graph(doc, [(doc, DCTERMS.date, Literal("2025-03-14", datatype=XSD.date)),
    ...                           (URIRef("https://w3id.org/igr/id/place/shanghai"), IGR.mentionedIn, doc)])
    >>> sorted(str(g).rsplit("#")[-1] for g in from_scratch(store))
    ['activity', 'activity-2025', 'activity-2025-03']
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
    years: dict[tuple[URIRef, date], _Year] = defaultdict(_Year)
    for (entity, month), counts in months.items():
        year, (first, last) = years[(entity, month.replace(month=1))], counts.span(month)
        year.releases += counts.releases
        year.interactions += counts.interactions
        year.first, year.last = min(year.first or first, first), max(year.last or last, last)
    graphs: dict[URIRef, set[tuple]] = defaultdict(set)
    graphs[ACTIVITY].add(KEPT[:3])
    for r, d in store.select_values(f"SELECT ?r ?d WHERE {{ GRAPH ?r {{ ?r <{DCTERMS.date}> ?d }} }}"):
        month = date.fromisoformat(d).replace(day=1)
        for s, p, o, g in _listing(month) | _year_listing(month) | {(month_graph(month), BUILD.release, URIRef(r), ACTIVITY)}:
            graphs[g].add((s, p, o))
    quads = [q for (entity, month), counts in months.items() for q in counts.quads(entity, month)]
    quads += [q for (entity, year), counts in years.items() for q in counts.quads(entity, year)]
    for s, p, o, g in quads:
        graphs[g].add((s, p, o))
    return dict(graphs)


def ensure_activity(store: TripleStore) -> bool:
    """Count the years and months of a store whose builds did not keep them (built before igr did,
    or when it kept months only); whether it had to.

    One transaction: the year and month graphs and the listing, marked as kept (:data:`KEPT`);
    any other count graph goes.
    """
    if has_activity(store):
        return False
    graphs = from_scratch(store)
    stale = {g for g in store.graph_names() if str(g).startswith(f"{BUILD}activity-")} - set(graphs)
    store.replace_graph(ACTIVITY, graphs.pop(ACTIVITY), also={**graphs, **{URIRef(g): [] for g in stale}})
    return True


def has_activity(store: TripleStore) -> bool:
    """Whether the builds of ``store`` keep its year and month counts (stores built before igr did, or
    when it kept months only, do not)."""
    return next(store.match(*KEPT[:3], ACTIVITY), None) is not None
