"""Typed query parameters, bound into a query as RDF terms and never as text.

A cookbook query names each parameter as a variable ``?_NAME`` and lists them on a
placeholder line of the form ``VALUES (?_a ?_b) { (UNDEF UNDEF) }``. Rendering
replaces the ``UNDEF`` of each given parameter by the value written as one RDF
term by Oxigraph's own serializer (a quoted, escaped literal or an ``<IRI>`` that
was validated first), so a value can never add SPARQL syntax to the query. A
parameter left out stays ``UNDEF``: the query then does not restrict on it.

A ``name`` or ``namepart`` parameter names entities: it is resolved to their IRIs
first (:mod:`igr.cookbook.names`) and bound as one row per IRI, so the query's
joins start from those entities (no row at all when no entity has the name). When
it names exactly one entity, its IRI is written into the query as a constant
instead (:func:`inline`): Oxigraph plans a join from a constant, but does not carry
a ``VALUES`` binding into every subquery and union (measured: a 10x difference on
the same answer). A query therefore uses a parameter variable only where a constant
may stand: never bare in a ``SELECT`` list (``(?_x AS ?x)`` is fine).

Examples
--------
>>> term("string", 'say "hi" } ; DROP ALL #')
'"say \\\\"hi\\\\" } ; DROP ALL #"'
>>> term("date", "2024-06-25")
'"2024-06-25"^^<http://www.w3.org/2001/XMLSchema#date>'
>>> fill("  VALUES (?_who ?_when) { (UNDEF UNDEF) }", {"who": term("string", "Chen Jie")})
'  VALUES (?_who ?_when) { ("Chen Jie" UNDEF) }'
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from igr.errors import QueryError

XSD = "http://www.w3.org/2001/XMLSchema#"

TYPES = ("string", "name", "namepart", "relation", "iri", "date", "integer", "decimal")
"""Parameter types a query header may declare: ``name`` is the name, an alias or the IRI of
an entity, ``namepart`` part of one; both are bound as the IRIs of the entities found.
``relation`` is a relation's name in any case (``metwith``) or its IRI, bound as the IRI of
the relation the store's interaction records use."""

ENTITY_TYPES = ("name", "namepart", "relation")
"""The types whose values are resolved to IRIs in the store before binding."""

PLACEHOLDER = re.compile(
    r"^(?P<indent>[ \t]*)VALUES[ \t]*\((?P<vars>(?:[ \t]*[?$]_[A-Za-z][A-Za-z0-9_]*)+)[ \t]*\)"
    r"[ \t]*\{[ \t]*\((?P<undefs>(?:[ \t]*UNDEF)+)[ \t]*\)[ \t]*\}[ \t]*(?P<comment>#.*)?$",
    re.IGNORECASE | re.MULTILINE,
)
"""A placeholder line: ``VALUES (?_a ?_b) { (UNDEF UNDEF) }``, alone on its line."""


PAGE = re.compile(r"^(?P<indent>[ \t]*)#page[ \t]+(?P<clauses>[^\n]*?)[ \t]*$", re.MULTILINE)
"""A page line: ``#page LIMIT ?_limit OFFSET ?_offset`` (or ``#page LIMIT ?_end``, where the end
is offset + limit), a comment in the raw file, which then gives every row."""

PAGE_PARAMS = ("limit", "offset")
"""The paging parameters: bound through page lines (:func:`page`), not through ``VALUES``."""

_CLAUSE = re.compile(r"(LIMIT|OFFSET)[ \t]+[?$]_(limit|offset|end)\b", re.IGNORECASE)


def page_clauses(line_match: re.Match) -> list[tuple[str, str]]:
    """The (keyword, value name) clauses of a page line, e.g. ``[("LIMIT", "limit"), ("OFFSET", "offset")]``.

    Raises
    ------
    QueryError
        When the line holds anything else.
    """
    text = line_match.group("clauses")
    found = [(m.group(1).upper(), m.group(2).lower()) for m in _CLAUSE.finditer(text)]
    if not found or _CLAUSE.sub("", text).strip():
        raise QueryError(f"cannot read the page line '#page {text}'; write '#page LIMIT ?_limit OFFSET ?_offset' "
                         "or '#page LIMIT ?_end'")
    return found


def page(text: str, limit: int, offset: int) -> str:
    r"""Turn every page line of ``text`` into its ``LIMIT`` and ``OFFSET`` clauses.

    ``limit`` 0 means every row: its ``LIMIT`` clauses go (an ``OFFSET`` stays); an
    ``OFFSET`` of 0 goes too. ``?_end`` stands for ``offset + limit``.

    Raises
    ------
    QueryError
        For a negative limit or offset, or a malformed page line.

    Examples
    --------
    >>> page("  ORDER BY ?d\n  #page LIMIT ?_limit OFFSET ?_offset", 100, 200)
    '  ORDER BY ?d\n  LIMIT 100 OFFSET 200'
    >>> page("#page LIMIT ?_end", 100, 200), page("#page LIMIT ?_limit OFFSET ?_offset", 0, 0)
    ('LIMIT 300', '')
    """
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset cannot be negative (limit=0 gives every row)")
    values = {"limit": limit, "offset": offset, "end": offset + limit}

    def replace(match: re.Match) -> str:
        kept = [f"{keyword} {values[name]}" for keyword, name in page_clauses(match)
                if not (keyword == "LIMIT" and limit == 0) and not (keyword == "OFFSET" and values[name] == 0)]
        return f"{match.group('indent')}{' '.join(kept)}" if kept else ""

    return PAGE.sub(replace, text)


def placeholder_names(line_match: re.Match) -> list[str]:
    """The parameter names of a placeholder line (without ``?_``)."""
    return [v[2:] for v in line_match.group("vars").split()]


def term(kind: str, value: object) -> str:
    """``value`` as one SPARQL term of the declared ``kind``.

    Raises
    ------
    QueryError
        When the value does not fit the type (not a date, not an absolute IRI ...).

    Examples
    --------
    >>> term("integer", "2024")
    '"2024"^^<http://www.w3.org/2001/XMLSchema#integer>'
    >>> term("iri", "https://w3id.org/igr/id/place/shanghai")
    '<https://w3id.org/igr/id/place/shanghai>'
    """
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    if kind == "string":
        return str(ox.Literal(text))
    if kind == "iri":
        try:
            return str(ox.NamedNode(text.strip()))
        except ValueError as err:
            raise QueryError(f"'{text}' is not an absolute IRI ({err}); give one like https://w3id.org/igr/id/...") from None
    if kind == "date":
        try:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(text.strip())
        except ValueError:
            raise QueryError(f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2024-06-25") from None
        return str(ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date")))
    if kind == "integer":
        if isinstance(value, bool):
            raise QueryError(f"'{text}' is not a whole number")
        try:
            number = int(text.strip())
        except ValueError:
            raise QueryError(f"'{text}' is not a whole number, e.g. 2024") from None
        return str(ox.Literal(str(number), datatype=ox.NamedNode(XSD + "integer")))
    if kind == "decimal":
        try:
            number = Decimal(text.strip())
        except InvalidOperation:
            raise QueryError(f"'{text}' is not a number, e.g. 0.5") from None
        if not number.is_finite():
            raise QueryError(f"'{text}' is not a finite number")
        return str(ox.Literal(format(number, "f"), datatype=ox.NamedNode(XSD + "decimal")))
    raise QueryError(f"unknown parameter type '{kind}'; use one of {', '.join(TYPES)}")


def fill(text: str, terms: dict[str, str | list[str]]) -> str:
    """Replace, on every placeholder line of ``text``, the ``UNDEF`` of each parameter in ``terms``.

    ``terms`` maps a parameter name to a term made by :func:`term`, or to a list of
    them (the IRIs a name was resolved to): one row per term, none for an empty list.

    Examples
    --------
    >>> fill("VALUES (?_p) { (UNDEF) }", {"p": ["<https://x/a>", "<https://x/b>"]})
    'VALUES (?_p) { (<https://x/a>) (<https://x/b>) }'
    """

    def replace(match: re.Match) -> str:
        names = placeholder_names(match)
        columns = [_as_list(terms.get(name, "UNDEF")) for name in names]
        rows = " ".join(f"({' '.join(row)})" for row in itertools.product(*columns))
        variables = " ".join(f"?_{name}" for name in names)
        comment = f" {match.group('comment')}" if match.group("comment") else ""
        return f"{match.group('indent')}VALUES ({variables}) {{ {rows + ' ' if rows else ''}}}{comment}"

    return PLACEHOLDER.sub(replace, text)


def inline(text: str, terms: dict[str, str]) -> str:
    r"""Write each parameter of ``terms`` (name to one IRI term) into ``text`` as a constant.

    The parameter leaves its placeholder lines (a line left with no variable goes),
    ``BOUND(?_x)`` becomes ``true``, ``?_x`` in a ``GROUP BY`` becomes ``(<IRI>)`` and
    everywhere else ``<IRI>``: the answer is the one the ``VALUES`` binding gives.

    Examples
    --------
    >>> text = "SELECT * {\n  VALUES (?_p ?_q) { (UNDEF UNDEF) }\n  ?_p ?r ?o FILTER(BOUND(?_p))\n} GROUP BY ?_p ?o"
    >>> print(inline(text, {"p": "<https://x/a>"}))
    SELECT * {
      VALUES (?_q) { (UNDEF) }
      <https://x/a> ?r ?o FILTER(true)
    } GROUP BY (<https://x/a>) ?o
    """
    if not terms:
        return text

    def placeholder(match: re.Match) -> str:
        names = [n for n in placeholder_names(match) if n not in terms]
        if not names:
            return ""
        comment = f" {match.group('comment')}" if match.group("comment") else ""
        return (f"{match.group('indent')}VALUES ({' '.join(f'?_{n}' for n in names)}) "
                f"{{ ({' '.join('UNDEF' for _ in names)}) }}{comment}")

    text = PLACEHOLDER.sub(placeholder, text)
    names = "|".join(re.escape(n) for n in terms)
    text = re.sub(rf"BOUND\s*\(\s*[?$]_({names})\s*\)", "true", text, flags=re.IGNORECASE)

    def group_by(match: re.Match) -> str:
        return re.sub(rf"[?$]_({names})\b", lambda m: f"({terms[m.group(1)]})", match.group(0))

    text = re.sub(r"GROUP\s+BY\b[^\n]*", group_by, text, flags=re.IGNORECASE)
    return re.sub(rf"[?$]_({names})\b", lambda m: terms[m.group(1)], text)


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)
