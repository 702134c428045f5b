"""One transaction of a build: graphs dropped, quads removed, quads added, as one SPARQL Update.

A SPARQL Update request is one transaction on Oxigraph (embedded or served) and on
the other SPARQL 1.1 servers igr supports, so whatever a :class:`Changes` holds is
written whole or not at all.

Examples
--------
>>> from rdflib import Literal, URIRef
>>> g, a = URIRef("https://example.org/g"), URIRef("https://example.org/a")
>>> print(Changes(drop=(g,), add=((a, a, Literal("x"), g),)).sparql())
DROP SILENT GRAPH <https://example.org/g> ;
INSERT DATA { GRAPH <https://example.org/g> {
<https://example.org/a> <https://example.org/a> "x" .
} }
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
import re
from functools import lru_cache

from rdflib import Literal, URIRef

from igr.store.base import Quad
from igr.store.terms import to_ox


@dataclass(frozen=True)
class Changes:
    """Graphs to drop, then quads to remove, then quads to add: one transaction."""

    drop: tuple[URIRef, ...] = ()
    remove: tuple[Quad, ...] = ()
    add: tuple[Quad, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.drop or self.remove or self.add)

    def sparql(self) -> str:
        """The SPARQL Update that makes these changes."""
        parts = [f"DROP SILENT GRAPH {term_text(g)}" for g in self.drop]
        if self.remove:
            parts.append("DELETE DATA { " + _blocks(self.remove) + " }")
        if self.add:
            parts.append("INSERT DATA { " + _blocks(self.add) + " }")
        return " ;\n".join(parts)


def _blocks(quads: Iterable[Quad]) -> str:
    by_graph: dict[URIRef, list[str]] = defaultdict(list)
    for s, p, o, g in quads:
        by_graph[g].append(f"{term_text(s)} {term_text(p)} {term_text(o)} .")
    return " ".join(f"GRAPH {term_text(g)} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())


@lru_cache(maxsize=1 << 13)
def term_text(term) -> str:
    """A term in SPARQL (N-Triples) syntax; the same entities and predicates recur in every update.

    IRIs and literals of the common shapes are written directly; any other term, or an IRI
    with a character an IRI may not hold, goes through pyoxigraph, which checks it (an IRI
    read from a release must not break, or smuggle text into, the update).

    Examples
    --------
    >>> from rdflib import Literal, URIRef
    >>> print(term_text(Literal('say "hi"', lang="en")), term_text(Literal(3)))
    "say \\"hi\\""@en "3"^^<http://www.w3.org/2001/XMLSchema#integer>
    >>> term_text(URIRef("https://example.org/a b"))
    Traceback (most recent call last):
    ...
    ValueError: Invalid IRI code point ' '
    """
    kind = type(term)
    if kind is URIRef and _PLAIN_IRI.match(term):
        return f"<{term}>"
    if kind is Literal and (term.language is None or _LANGUAGE.match(term.language)) and \
            (term.datatype is None or _PLAIN_IRI.match(term.datatype)):
        text = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype and term.datatype != _XSD_STRING:
            return f"{text}^^<{term.datatype}>"
        return text
    return str(to_ox(term))


_PLAIN_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*\Z")
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\Z")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
