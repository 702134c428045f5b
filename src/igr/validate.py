"""SHACL validation of a store against ``ontology/shapes.ttl`` with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from igr.paths import ontology_dir
from igr.store.base import TripleStore


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    triples: int


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate an rdflib graph; return every violation with its message.

    Examples
    --------
    >>> validate_graph(Graph()).conforms
    True
    """
    import pyshacl
    from rdflib.namespace import SH

    shapes = shapes if shapes is not None else Graph().parse(ontology_dir() / "shapes.ttl")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
    violations = []
    for result in results.subjects(predicate=None, object=SH.ValidationResult):
        violations.append(Violation(
            focus=str(results.value(result, SH.focusNode)), path=str(results.value(result, SH.resultPath) or ""),
            message=str(results.value(result, SH.resultMessage) or ""),
        ))
    violations.sort(key=lambda v: (v.message, v.focus))
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations), triples=len(data))


def validate_store(store: TripleStore) -> ValidationReport:
    """Validate the union of the store's data graphs."""
    data = Graph()
    for s, p, o, _ in store.data_quads():
        data.add((s, p, o))
    return validate_graph(data)
