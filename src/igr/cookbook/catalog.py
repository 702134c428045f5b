"""The named queries shipped in ``igr/cookbook/queries/*.rq`` and their headers.

Each file begins with comment lines that describe it::

    # question: Who met whom, and when?
    # Any further lines describe the answer.
    # param person: name, optional — name, alias or IRI of one of the two
    # param from: date, optional — first date, YYYY-MM-DD
    # example: igr query --name who-met-whom --param person="Chan Kwok-ki"

A parameter is ``# param NAME: TYPE[, optional][, default=VALUE] — description``;
its values are bound through the query's placeholder lines (see :mod:`igr.cookbook.params`);
``name`` and ``namepart`` values are first resolved to entity IRIs in the store's name
index (:mod:`igr.cookbook.names`).

A query whose answer grows with the archive (thousands of rows) is paged: it declares
``limit`` (rows per page, 0 for every row) and ``offset`` (rows skipped), bound through its
``#page`` lines (:func:`igr.cookbook.params.page`), and gives the number of rows of the
whole answer in a ``total`` column of every row.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from igr.cookbook.names import is_iri, resolve, resolve_part, resolve_relation
from igr.cookbook.params import (ENTITY_TYPES, PAGE, PAGE_PARAMS, PLACEHOLDER, TYPES, fill, inline, page, page_clauses,
                                 placeholder_names, term)
from igr.errors import QueryError
from igr.store.base import QueryResult, TripleStore
from igr.vocab import ACTIVITY_VERSION, BUILD, GRAPH_ACTIVITY

_PARAM = re.compile(
    r"^param\s+(?P<name>[A-Za-z][A-Za-z0-9_]*)\s*:\s*(?P<type>\w+)(?P<flags>(?:\s*,\s*[^—,]+?)*)"
    r"\s*(?:—|--)\s*(?P<description>.+)$"
)


@dataclass(frozen=True)
class Param:
    """One declared parameter of a cookbook query."""

    name: str
    type: str
    description: str
    required: bool = True
    default: str | None = None


@dataclass(frozen=True)
class CookbookQuery:
    """A named query: the question it answers, its parameters and its SPARQL text."""

    name: str
    question: str
    description: str
    params: tuple[Param, ...]
    examples: tuple[str, ...]
    text: str

    def param(self, name: str) -> Param:
        """The declared parameter ``name``."""
        for p in self.params:
            if p.name == name:
                return p
        raise QueryError(self._unknown_param(name))

    def _unknown_param(self, name: str) -> str:
        takes = ", ".join(p.name for p in self.params) or "no parameters"
        return f"'{self.name}' has no parameter '{name}'; it takes: {takes}"


def list_queries() -> list[CookbookQuery]:
    """Every cookbook query, by name.

    Examples
    --------
    >>> names = [q.name for q in list_queries()]
    >>> "who-met-whom" in names
    True
    """
    return [load_query(name) for name in _names()]


def load_query(name: str) -> CookbookQuery:
    """The cookbook query ``name`` (a file name without ``.rq``).

    Raises
    ------
    QueryError
        When there is no such query (the message suggests close names).

    Examples
    --------
    >>> load_query("who-met-whom").question
    'Who met whom, and when?'
    """
    if name not in _names():
        close = difflib.get_close_matches(name, _names(), n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "see: igr query --list"
        raise QueryError(f"no cookbook query named '{name}'; {hint}")
    return _load(name)


def needs_month_counts(query: CookbookQuery) -> bool:
    """Whether ``query`` reads the year and month counts the builds keep (``igr.build.activity``).

    Examples
    --------
    >>> needs_month_counts(load_query("active-entities")), needs_month_counts(load_query("who-met-whom"))
    (True, False)
    """
    return re.search(r"GRAPH\s+build:activity\s*\{", query.text) is not None


def has_month_counts(store: TripleStore) -> bool:
    """Whether the builds of ``store`` keep the year and month counts the queries read (those of igr
    before them kept none, and those of version 1 months only: a query would miss the years).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from igr.store import LocalStore
    >>> has_month_counts(LocalStore(pathlib.Path(tempfile.mkdtemp()) / "s", create=True))
    False
    """
    version = f'"{ACTIVITY_VERSION}"^^<http://www.w3.org/2001/XMLSchema#integer>'
    return bool(store.query(f"ASK {{ GRAPH <{GRAPH_ACTIVITY}> {{ <{GRAPH_ACTIVITY}> <{BUILD.version}> {version} }} }}").boolean)


def run(store: TripleStore, name: str, params: dict[str, object] | None = None) -> QueryResult:
    """The answer of cookbook query ``name`` over ``store``, with ``params`` bound.

    Names are looked up in the store's name index first (:func:`render`).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from igr.store import LocalStore
    >>> store = LocalStore(pathlib.Path(tempfile.mkdtemp()) / "s", create=True)
    >>> run(store, "who-met-whom", {"person": "Nobody"}).rows
    ()
    """
    return store.query(render(name, params, store))


def render(name: str, params: dict[str, object] | None = None, store: TripleStore | None = None) -> str:
    """The SPARQL text of cookbook query ``name`` with ``params`` bound.

    Values are converted to the declared type and bound as RDF terms (see
    :mod:`igr.cookbook.params`), so no value can change the query's structure.
    Optional parameters left out do not restrict the answer. A ``name`` or
    ``namepart`` value is resolved to the IRIs of the entities it names in
    ``store`` (:mod:`igr.cookbook.names`), and the query starts from those: one
    IRI is written in as a constant, several are bound by ``VALUES``.

    Parameters
    ----------
    name : str
        A name from :func:`list_queries`.
    params : dict, optional
        Parameter name to value (``str``, or ``int``, ``datetime.date`` ... of the declared type).
    store : TripleStore, optional
        Where names are looked up; needed only when a name (not an IRI) is given.

    Raises
    ------
    QueryError
        For an unknown query or parameter, a missing required parameter, a
        value that does not fit its type, or a name given without a store.

    Examples
    --------
    >>> text = render("who-met-whom", {"person": "https://w3id.org/igr/id/person/chen-jie", "to": "2024-12-31"})
    >>> '?_person' in text, '<https://w3id.org/igr/id/person/chen-jie> igr:metWith ?other' in text
    (False, True)
    >>> 'VALUES (?_from ?_to) { (UNDEF "2024-12-31"^^<http://www.w3.org/2001/XMLSchema#date>) }' in text
    True
    """
    return render_query(load_query(name), params, store)


def render_query(query: CookbookQuery, params: dict[str, object] | None = None, store: TripleStore | None = None) -> str:
    r"""The SPARQL text of ``query`` (a :class:`CookbookQuery`, e.g. from :func:`parse_query`) with
    ``params`` bound, as :func:`render` makes it.

    Examples
    --------
    >>> q = parse_query("q", "# question: Which?\n# param n: integer — n\nSELECT * {\n  VALUES (?_n) { (UNDEF) }\n}")
    >>> print(render_query(q, {"n": 2}).splitlines()[-2])
      VALUES (?_n) { ("2"^^<http://www.w3.org/2001/XMLSchema#integer>) }
    """
    name = query.name
    if store is not None and needs_month_counts(query) and not has_month_counts(store):
        raise QueryError(f"'{name}' reads the year and month counts igr build keeps, and the store at {store.location} "
                         "was built before igr kept them; run igr build on it again (nothing is extracted again) to add them")
    given = dict(params or {})
    terms = {}
    paging = {}
    for key in given:
        query.param(key)  # raises for unknown names
    for p in query.params:
        value = given.get(p.name, p.default)
        if value is None or (isinstance(value, str) and not value.strip() and p.type != "string"):
            if p.required:
                raise QueryError(f"'{name}' needs --param {p.name}=... ({p.description})")
            continue
        if p.name in PAGE_PARAMS:
            paging[p.name] = _count(name, p.name, value)
        else:
            terms[p.name] = _entities(name, p, str(value), store) if p.type in ENTITY_TYPES else term(p.type, value)
    one = {k: v[0] for k, v in terms.items() if isinstance(v, list) and len(v) == 1}
    if needs_month_counts(query):  # the period too, so that its months are read first (measured: 10x)
        one.update({p.name: terms[p.name] for p in query.params if p.type == "date" and p.name in terms})
    text = fill(inline(query.text, one), {k: v for k, v in terms.items() if k not in one})
    return page(text, paging.get("limit", 0), paging.get("offset", 0)) if paging else text


def _count(query: str, name: str, value: object) -> int:
    """A ``limit`` or ``offset`` value as a number of rows (checked as an ``integer`` parameter is)."""
    term("integer", value)  # raises for what is not a whole number
    number = int(str(value).strip())
    if number < 0:
        hint = "0 gives every row" if name == "limit" else "0 starts at the first row"
        raise QueryError(f"'{query}': {name} cannot be negative ({hint})")
    return number


def _entities(query: str, p: Param, value: str, store: TripleStore | None) -> list[str]:
    if is_iri(value):
        return [term("iri", value)]
    if store is None:
        raise QueryError(f"'{query}': the {p.name} '{value}' is a name; give the store to look it up in, or an IRI")
    found = {"name": resolve, "namepart": resolve_part, "relation": resolve_relation}[p.type](store, value)
    return [term("iri", iri) for iri in found]


@lru_cache(maxsize=1)
def _names() -> tuple[str, ...]:
    folder = resources.files("igr.cookbook") / "queries"
    return tuple(sorted(f.name[:-3] for f in folder.iterdir() if f.name.endswith(".rq")))


@lru_cache(maxsize=None)
def _load(name: str) -> CookbookQuery:
    text = (resources.files("igr.cookbook") / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    return parse_query(name, text)


def parse_query(name: str, text: str) -> CookbookQuery:
    """A :class:`CookbookQuery` from the text of a ``.rq`` file (header and body).

    Raises
    ------
    QueryError
        When the header lacks a question, a parameter line is malformed, or
        parameters and placeholder lines disagree.
    """
    question = ""
    description: list[str] = []
    params: list[Param] = []
    examples: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        body = stripped.lstrip("#").strip()
        key, _, rest = body.partition(":")
        if key == "question":
            question = rest.strip()
        elif key == "example":
            examples.append(rest.strip())
        elif body.startswith("param "):
            params.append(_param(name, body))
        elif body:
            description.append(body)
    if not question:
        raise QueryError(f"the cookbook query '{name}' has no '# question:' line")
    declared = {p.name for p in params}
    used: set[str] = set()
    for match in PLACEHOLDER.finditer(text):
        names = placeholder_names(match)
        if len(names) != len(match.group("undefs").split()):
            raise QueryError(f"'{name}': a placeholder line needs one UNDEF per variable")
        used.update(names)
    for match in PAGE.finditer(text):
        page_clauses(match)  # raises for a malformed line
        used.update(PAGE_PARAMS)
    if used & set(PAGE_PARAMS) and any(p.name in PAGE_PARAMS and (p.required or p.default is None) for p in params):
        raise QueryError(f"'{name}': limit and offset need a default (rows per page; 0)")
    if used != declared:
        raise QueryError(f"'{name}': parameters {sorted(declared)} but placeholder variables {sorted(used)}")
    return CookbookQuery(name, question, " ".join(description), tuple(params), tuple(examples), text)


def _param(name: str, body: str) -> Param:
    match = _PARAM.match(body)
    if match is None:
        raise QueryError(f"'{name}': cannot read the parameter line '# {body}'; "
                         "write '# param NAME: TYPE[, optional][, default=VALUE] — description'")
    kind = match.group("type")
    if kind not in TYPES:
        raise QueryError(f"'{name}': parameter type '{kind}' is not one of {', '.join(TYPES)}")
    required, default = True, None
    for flag in filter(None, (f.strip() for f in match.group("flags").split(","))):
        if flag == "optional":
            required = False
        elif flag.startswith("default="):
            default, required = flag[len("default="):].strip(), False
        else:
            raise QueryError(f"'{name}': unknown flag '{flag}' on parameter '{match.group('name')}'")
    return Param(match.group("name"), kind, match.group("description").strip(), required, default)
