"""A user's SPARQL query made ready for a store: predeclared prefixes, updates refused, errors placed.

Users may write ``igr:``, ``rdfs:`` ... without declaring them (:data:`igr.vocab.PREFIXES`).
The missing declarations are put in front of the query on its first line, so line
numbers stay the user's; :func:`user_query` then takes their length off the
columns of line 1 in error messages, so ``error at 1:6`` points into the user's text.

Examples
--------
>>> p = prepare("SELEC ?x")
>>> p.text.endswith(" SELEC ?x"), p.text.startswith("PREFIX ")
(True, True)
>>> p.position("malformed SPARQL: error at 1:%d: expected one of DESCRIBE" % (p.offset + 1))
'malformed SPARQL: error at 1:1: expected one of DESCRIBE'
>>> prepare("PREFIX ex: <http://x#> INSERT DATA { ex:a ex:b ex:c }")
Traceback (most recent call last):
...
igr.errors.QueryError: updates are not accepted here: this is a SPARQL update (INSERT); igr query and igr.open(...).query only read
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from igr.errors import QueryError
from igr.store.base import Answer, TripleStore
from igr.vocab import PREFIXES

_DECLARED = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE | re.MULTILINE)
_PROLOGUE = re.compile(r"""\s+|\#[^\n]*|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s+<[^>]*>""", re.IGNORECASE)
_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
_LINE_1 = re.compile(r"\b(at|line) 1([:,] ?(?:column )?)(\d+)")


def with_prefixes(sparql: str) -> str:
    """``sparql`` with the :data:`igr.vocab.PREFIXES` it does not declare itself, on its first line.

    Examples
    --------
    >>> with_prefixes("PREFIX igr: <x#> SELECT * WHERE { ?s igr:p ?o }").count("PREFIX igr:")
    1
    """
    return prepare(sparql, refuse_updates=False).text


@dataclass(frozen=True)
class Prepared:
    """A query ready to send: ``text``, whose first line starts with ``offset`` characters the user did not write."""

    text: str
    offset: int

    def position(self, message: str) -> str:
        """``message`` with the columns of line 1 counted in the user's text."""
        def shift(match: re.Match) -> str:
            column = int(match.group(3))
            return f"{match.group(1)} 1{match.group(2)}{column - self.offset if column > self.offset else column}"

        return _LINE_1.sub(shift, message)


def prepare(sparql: str, *, refuse_updates: bool = True) -> Prepared:
    """Declare the missing prefixes of ``sparql``; refuse an update unless told not to.

    Raises
    ------
    QueryError
        When ``sparql`` is a SPARQL update (INSERT, DELETE, LOAD, DROP ...).
    """
    if refuse_updates:
        verb = first_keyword(sparql)
        if verb in _UPDATE_WORDS:
            raise QueryError(f"updates are not accepted here: this is a SPARQL update ({verb}); "
                             "igr query and igr.open(...).query only read")
    declared = {m.group(1).lower() for m in _DECLARED.finditer(sparql) if m.group(1)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    header = " ".join(missing) + " " if missing else ""
    return Prepared(header + sparql, len(header))


def first_keyword(sparql: str) -> str:
    """The first word after the prologue (comments, PREFIX and BASE), upper-cased.

    Examples
    --------
    >>> first_keyword("# who?\\nPREFIX a: <http://x#b>\\n  select * {}")
    'SELECT'
    """
    position = 0
    while True:
        match = _PROLOGUE.match(sparql, position)
        if not match or match.end() == position:
            break
        position = match.end()
    word = re.match(r"[A-Za-z]+", sparql[position:])
    return word.group(0).upper() if word else ""


def user_query(store: TripleStore, sparql: str) -> Answer:
    """Run a query the user wrote: prefixes predeclared, updates refused, error positions in their text.

    Raises
    ------
    QueryError
        When the query is an update, is malformed or fails.
    """
    prepared = prepare(sparql)
    try:
        return store.stream(prepared.text)
    except QueryError as err:
        raise QueryError(prepared.position(str(err))) from None
