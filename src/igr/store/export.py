"""Export a store to a file: triples formats give the union of all graphs, quad formats keep them.

Examples
--------
>>> FORMATS["nt"].quads, FORMATS["trig"].quads
(False, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from igr.store.base import TripleStore
from igr.vocab import PREFIXES


@dataclass(frozen=True)
class Format:
    rdflib_name: str
    quads: bool


FORMATS = {
    "ttl": Format("turtle", False), "nt": Format("nt", False), "jsonld": Format("json-ld", False),
    "trig": Format("trig", True), "nq": Format("nquads", True),
}

def export_store(store: TripleStore, fmt: str, output: str | Path) -> int:
    """Write the store's data (not its book-keeping) to ``output``; return the statement count.

    Triples formats (``ttl``, ``nt``, ``jsonld``) hold the union of all graphs with each
    triple once; quad formats (``trig``, ``nq``) keep one graph per document.
    """
    spec = FORMATS[fmt]
    if spec.quads:
        data = Dataset()
        for s, p, o, g in store.data_quads():
            data.graph(g).add((s, p, o))
        count = sum(len(g) for g in data.graphs())
    else:
        data = Graph()
        for s, p, o, _ in store.data_quads():
            data.add((s, p, o))
        count = len(data)
    for prefix, ns in PREFIXES.items():
        data.bind(prefix, ns)
    data.serialize(destination=str(output), format=spec.rdflib_name, encoding="utf-8")
    return count
