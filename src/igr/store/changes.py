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
from functools import lru_cache

from rdflib import URIRef

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
    """A term in SPARQL (N-Triples) syntax; the same entities and predicates recur in every update."""
    return str(to_ox(term))
