"""The notebook API: one object over a store for SPARQL, networkx projections, scores and views.

Examples
--------
>>> import tempfile, igr
>>> from igr.analytics.sample import sample_store
>>> path = tempfile.mkdtemp() + "/store"
>>> sample_store(path).close()
>>> kg = igr.open(path)
>>> kg.query("SELECT (COUNT(?p) AS ?people) WHERE { ?p a igr:Person }")
   people
0       5
>>> kg.graph("officials", year=2024).number_of_nodes()
4
>>> kg.analyze("officials").top(1)["label"].tolist()
['Alex Chan']
>>> kg.path("Dan Zhou", "Eve Ho", projection="officials").labels
('Dan Zhou', 'Alex Chan', 'Carol Wong', 'Eve Ho')
>>> kg.view("places", home="Hong Kong").nodes
4
>>> kg.close()
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import networkx as nx
import pandas as pd

from igr.analytics.analysis import DEFAULT_SEED, Analysis, analyze
from igr.analytics.facts import FactBase, load_facts
from igr.analytics.paths import Path as EntityPath
from igr.analytics.paths import ego_network, shortest_path
from igr.analytics.projections import project
from igr.analytics.tables import cooperation_matrix
from igr.analytics.write import write_analysis
from igr.errors import StoreError
from igr.store import open_store, user_query
from igr.store.base import Answer, TripleStore, python_value
from igr.store.bounded import DEFAULT_TIMEOUT, run_bounded
from igr.store.state import BuildState, IncompleteBuild, build_state


class KnowledgeGraph:
    """A store seen as a knowledge graph: query it, project it, score it, draw it.

    Open one with ``igr.open(location)``. Projections and scores are computed
    from the store's facts, read once and kept; call :meth:`refresh` after a
    build changed the store.

    Parameters
    ----------
    store : igr.store.TripleStore
        An open store.
    """

    def __init__(self, store: TripleStore) -> None:
        self.store = store
        self._facts: FactBase | None = None
        self._warned: BuildState | None = None

    @classmethod
    def open(cls, location: str | Path, *, write: bool = False, create: bool = False) -> KnowledgeGraph:
        """Open the store at ``location`` (a folder, or a SPARQL server URL).

        A folder is opened read-only unless ``write`` (or ``create``) is given, so
        that builds, ``igr query`` and other notebooks work on it at the same time.
        Queries see the last committed state; a warning says when a build is
        still running or was interrupted.

        Parameters
        ----------
        write : bool
            Open for writing (:meth:`build`, ``analyze(..., write=True)``); one
            writer at a time holds a folder.
        create : bool
            Create an empty store if there is none (implies ``write``).

        Raises
        ------
        igr.errors.StoreNotFound
            When nothing is there and ``create`` is false.
        igr.errors.StoreLocked
            When ``write`` is asked and another process writes the folder.
        """
        return cls(open_store(location, create=create, read_only=not (write or create)))

    @property
    def location(self) -> str:
        """Where the store is."""
        return self.store.location

    def __repr__(self) -> str:
        return f"KnowledgeGraph({self.location!r})"

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (its folder can then be opened by another process)."""
        self.store.close()

    # --- building and reading ---------------------------------------------------------

    def build(self, paths: Iterable[str | Path], **kwargs):
        """Build or update the store from press releases (:func:`igr.build.build_corpus`).

        Returns the build report; the facts are read again on next use.
        """
        from igr.build import build_corpus  # noqa: PLC0415 - loads spaCy only when building

        self._check_writable("build into it")

        report = build_corpus([str(p) for p in paths], self.store, **kwargs)
        self.refresh()
        return report

    def _check_writable(self, why: str) -> None:
        if not self.store.writable:
            raise StoreError(f"the store '{self.location}' was opened read-only; open it with "
                             f"igr.open({self.location!r}, write=True) to {why}")

    def refresh(self) -> None:
        """Forget the facts read so far and see the store's last committed state."""
        self._facts = None
        self.store.refresh()
        self._warn_incomplete()

    @property
    def facts(self) -> FactBase:
        """Entities, releases and facts of the store, read on first use."""
        if self._facts is None:
            self.store.refresh()
            self._warn_incomplete()
            self._facts = load_facts(self.store)
        return self._facts

    def _warn_incomplete(self) -> None:
        state = build_state(self.store)
        if state is not None and state != self._warned:
            warnings.warn(state.message(self.location), IncompleteBuild, stacklevel=3)
        self._warned = state

    def query(self, sparql: str, *, timeout: float | None = DEFAULT_TIMEOUT, limit: int | None = None) -> pd.DataFrame:
        """Run SPARQL over all graphs and return a DataFrame, within ``timeout`` seconds.

        The prefixes of :data:`igr.vocab.PREFIXES` (``igr:``, ``rdfs:``, ``dcterms:`` ...) may
        be used without declaring them. SELECT gives one column per variable, with
        Python values (IRIs as strings, dates as ``datetime.date``, unbound as
        ``None``); ASK gives one column ``ask``; CONSTRUCT and DESCRIBE give
        ``subject``, ``predicate``, ``object``. The query sees the store's last
        committed state.

        As ``igr query``, the query is stopped after ``timeout`` seconds
        (:data:`igr.store.bounded.DEFAULT_TIMEOUT`, 60, by default) and at once on an
        interrupt (Ctrl-C, or the notebook's stop button). Rows are read as Oxigraph makes
        them, so a query that answers row by row (a ``SELECT *`` over a cross product)
        stops computing there and then. One that must compute everything before its first
        row (a ``COUNT`` or ``ORDER BY`` over a cross product) is given up at once too, but
        pyoxigraph cannot cancel it: Oxigraph finishes it in the background, on one core,
        before it is dropped; ``igr query``, which exits, has no such tail. The whole
        answer is held in the DataFrame: ``limit`` keeps the first rows only.

        Parameters
        ----------
        sparql : str
        timeout : float or None
            Seconds the query may run; ``None`` or 0 for no limit.
        limit : int, optional
            Most rows to read (the query stops there).

        Raises
        ------
        igr.errors.QueryTimeout
            When the query runs longer than ``timeout`` seconds.
        igr.errors.QueryError
            When the query is malformed, fails, or is an update.
        KeyboardInterrupt
            On an interrupt, without waiting for the query.

        Examples
        --------
        >>> import tempfile, igr
        >>> from igr.analytics.sample import sample_store
        >>> path = tempfile.mkdtemp() + "/store"
        >>> sample_store(path).close()
        >>> kg = igr.open(path)
        >>> kg.query("SELECT ?s WHERE { ?s ?p ?o }", limit=2).shape
        (2, 1)
        >>> kg.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", timeout=0.5)
        Traceback (most recent call last):
        ...
        igr.errors.QueryTimeout: the query ran longer than 0.5 s and was stopped; add a LIMIT or simplify it, or allow more time with kg.query(..., timeout=SECONDS)
        >>> kg.close()
        """
        self.store.refresh()
        stop = threading.Event()
        return run_bounded(lambda: _frame(user_query(self.store, sparql), limit, stop), timeout, stop=stop,
                           more_time="kg.query(..., timeout=SECONDS)")

    # --- networks ----------------------------------------------------------------------

    def graph(self, projection: str = "officials", *, year: int | str | None = None,
              start: date | str | None = None, end: date | str | None = None,
              home: str | None = None) -> nx.Graph:
        """A projection as a networkx graph (see :mod:`igr.analytics.projections`).

        Nodes are entity IRIs with ``label``, ``cls``, ``aliases``; edges have
        ``weight``, ``kinds``, ``ties`` and ``evidence``.
        """
        return project(self.facts, projection, year=year, start=start, end=end, home=home)

    def analyze(self, projection: str = "officials", *, year: int | str | None = None,
                start: date | str | None = None, end: date | str | None = None, home: str | None = None,
                seed: int = DEFAULT_SEED, write: bool = False) -> Analysis:
        """Score every entity of a projection; with ``write``, store the scores for SPARQL.

        Returns an :class:`~igr.analytics.analysis.Analysis`: ``.scores`` (DataFrame),
        ``.top(n, by=...)``, ``.communities()``, ``.edges()``, ``.graph``.
        """
        if write:
            self._check_writable("store scores")
        result = analyze(self.facts, projection, year=year, start=start, end=end, home=home, seed=seed)
        if write:
            write_analysis(self.store, result)
        return result

    def path(self, source: str, target: str, *, projection: str = "full", year: int | str | None = None,
             start: date | str | None = None, end: date | str | None = None,
             home: str | None = None) -> EntityPath:
        """The shortest path between two entities named by label or alias, with evidence per hop."""
        graph = self.graph(projection, year=year, start=start, end=end, home=home)
        return shortest_path(graph, source, target, facts=self.facts)

    def ego(self, name: str, *, hops: int = 1, projection: str = "full", year: int | str | None = None,
            start: date | str | None = None, end: date | str | None = None, home: str | None = None) -> nx.Graph:
        """The entities within ``hops`` of the one named ``name``, and the edges among them."""
        graph = self.graph(projection, year=year, start=start, end=end, home=home)
        return ego_network(graph, name, hops=hops, facts=self.facts)

    def cooperation_matrix(self, *, year: int | str | None = None, start: date | str | None = None,
                           end: date | str | None = None, home: str | None = None,
                           classes: Iterable[str] | None = None,
                           kinds: Iterable[str] | None = None) -> pd.DataFrame:
        """The place-by-place matrix of ties (``classes=["City"]`` for city pairs only)."""
        graph = self.graph("places", year=year, start=start, end=end, home=home)
        return cooperation_matrix(graph, classes=classes, kinds=kinds)

    def view(self, projection: str = "officials", *, ego: str | None = None, hops: int = 1,
             year: int | str | None = None, start: date | str | None = None, end: date | str | None = None,
             home: str | None = None, size_by: str = "pagerank", title: str | None = None,
             height: int = 640):
        """An interactive view; shown inline in Jupyter, ``.save("file.html")`` to keep it.

        Returns an :class:`igr.views.View` (``.html``, ``.save()``, ``_repr_html_``).
        """
        from dataclasses import replace  # noqa: PLC0415

        from igr.views import view_projection  # noqa: PLC0415 - pyvis only when drawing

        page = view_projection(self.facts, projection, ego=ego, hops=hops, year=year, start=start, end=end,
                               home=home, size_by=size_by, title=title)
        return replace(page, height=height)


def _frame(answer: Answer, limit: int | None, stop: threading.Event) -> pd.DataFrame:
    """The rows of ``answer`` as Python values, read until its end, ``limit`` or ``stop``."""
    if answer.kind == "ask":
        return pd.DataFrame({"ask": [bool(answer.boolean)]})
    rows = []
    for row in answer.rows:
        if stop.is_set() or (limit is not None and len(rows) >= limit):
            break  # the caller has gone, or has enough: Oxigraph computes no further row
        rows.append(tuple(python_value(t) for t in row))
    if answer.kind == "graph":
        rows.sort(key=lambda r: tuple(map(str, r)))  # a graph has no order of its own
    return pd.DataFrame(rows, columns=list(answer.variables))
