"""Score predicted entities and relations against the gold: the same semantics as ``score_kg.py``.

Matching is greedy and corpus-level. Predicted entities are taken in order
(those with a label first, then by IRI); each takes the best still unmatched gold
entity that one of its names keys (an exact canonical-name match first, then the
earliest name). A predicted entity whose candidates are all taken is a duplicate
and counts as a false positive. Relations count only between entities matched one
to one; symmetric relations are compared in either direction and ``chaired``
implies ``attended`` on both sides.

Examples
--------
>>> import json, tempfile, pathlib
>>> from rdflib import Graph, Literal, RDF, RDFS
>>> from igr.vocab import ID, IGR
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.json").write_text(json.dumps({"doc": "a.txt", "entities": [
...     {"id": "e1", "type": "Person", "name": "Chen Jie"}], "relations": []}))
>>> g = Graph()
>>> for n in ("a", "b"):
...     _ = g.add((ID[n], RDF.type, IGR.Person)).add((ID[n], RDFS.label, Literal("Chen Jie")))
>>> r = evaluate(load_gold(d), g)
>>> r.entity, r.summary
(Counts(tp=1, fp=1, fn=0), 'entity_f1=0.667 relation_f1=0.000')
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph
from rdflib.term import Node

from igr.evaluate.gold import GoldId, GoldStandard, load_gold  # noqa: F401  (load_gold: doctest)
from igr.evaluate.names import name_keys
from igr.evaluate.predicted import Predictions, predictions
from igr.evaluate.report import Counts, EvaluationReport
from igr.vocab import RELATIONS, SCORED_CLASSES, SYMMETRIC


@dataclass(frozen=True)
class Matching:
    """The outcome of matching predicted entities to gold ones.

    ``taken`` maps each matched gold entity to the one resource that took it;
    ``mapping`` also maps duplicates (to the gold entity they would have taken).
    """

    taken: dict[GoldId, Node]
    mapping: dict[Node, GoldId]
    extra: tuple[Node, ...]
    missed: tuple[GoldId, ...]

    def one_to_one(self, resource: Node) -> GoldId | None:
        """The gold entity ``resource`` took, or None (unmatched or a duplicate)."""
        gid = self.mapping.get(resource)
        return gid if gid is not None and self.taken.get(gid) == resource else None


def match_entities(gold: GoldStandard, predicted: Predictions, typed: bool = True) -> Matching:
    """Greedy one-to-one matching of predicted entities to gold entities."""
    entities = predicted.entities
    order = sorted(entities, key=lambda s: (0 if entities[s].labels else 1, str(s)))
    taken: dict[GoldId, Node] = {}
    mapping: dict[Node, GoldId] = {}
    extra: list[Node] = []
    for s in order:
        candidates = []
        for rank, key in enumerate(name_keys(entities[s].names())):
            for gid in gold.by_key.get(key, ()):
                if typed and gid[0] not in entities[s].types:
                    continue
                candidates.append((0 if key == gid[1] else 1, rank, gid))
        candidates.sort()
        free = [c for c in candidates if c[2] not in taken]
        if free:
            taken[free[0][2]] = s
            mapping[s] = free[0][2]
        else:
            extra.append(s)
            if candidates:
                mapping[s] = candidates[0][2]
    missed = tuple(gid for gid in gold.entities if gid not in taken)
    return Matching(taken, mapping, tuple(extra), missed)


def _relation_facts(predicted: Predictions, matching: Matching) -> set[tuple]:
    """Predicted relations in gold terms; those touching an unmatched entity as ``("?", s, p, o)``."""
    facts: set[tuple] = set()
    for s, p, o in predicted.relations:
        gs, go = matching.one_to_one(s), matching.one_to_one(o)
        if gs is None or go is None:
            facts.add(("?", str(s), p, str(o)))
            continue
        if p in SYMMETRIC:
            gs, go = sorted([gs, go])
        facts.add((gs, p, go))
        if p == "chaired":
            facts.add((gs, "attended", go))
    return facts


def evaluate(gold: GoldStandard, graph: Graph) -> EvaluationReport:
    """Compare ``graph`` (a Graph or Dataset; named graphs are merged) with ``gold``.

    Parameters
    ----------
    gold : GoldStandard
        From :func:`igr.evaluate.load_gold`.
    graph : rdflib.Graph
        The knowledge graph; it is not changed.

    Returns
    -------
    EvaluationReport
    """
    predicted = predictions(graph)
    ents = predicted.entities
    untyped = match_entities(gold, predicted, typed=False)
    m = match_entities(gold, predicted, typed=True)
    by_class = {c: Counts(sum(1 for g in m.taken if g[0] == c), sum(1 for s in m.extra if c in ents[s].types),
                          sum(1 for g in m.missed if g[0] == c)) for c in SCORED_CLASSES}

    facts = _relation_facts(predicted, m)
    tp = {f for f in facts if f in gold.relations}
    fp = [f for f in facts if f not in gold.relations]
    fn = [f for f in gold.relations if f not in facts]

    def prop(f: tuple) -> str:
        return f[2] if f[0] == "?" else f[1]

    by_property = {p: Counts(sum(1 for f in tp if f[1] == p), sum(1 for f in fp if prop(f) == p),
                             sum(1 for f in fn if f[1] == p)) for p in RELATIONS}

    def gname(gid: GoldId) -> str:
        return gold.entities[gid].name

    def fact_text(f: tuple) -> str:
        if f[0] == "?":
            return f"[unmatched entity] {f[1]} {f[2]} {f[3]}"
        return f"{gname(f[0])} {f[1]} {gname(f[2])}"

    return EvaluationReport(
        documents=gold.documents, gold_entities=len(gold.entities), gold_relations=len(gold.relations),
        predicted_entities=len(ents), predicted_relations=len(predicted.relations),
        entity=Counts(len(m.taken), len(m.extra), len(m.missed)),
        entity_untyped=Counts(len(untyped.taken), len(untyped.extra), len(untyped.missed)),
        relation=Counts(len(tp), len(fp), len(fn)),
        by_class=by_class, by_property=by_property,
        missed_entities=tuple(sorted(f"{gname(g)} ({g[0]})" for g in m.missed)),
        extra_entities=tuple(sorted(f"{(ents[s].labels or ('<no label>',))[0]} ({'/'.join(sorted(ents[s].types))})"
                                    for s in m.extra)),
        missed_relations=tuple(sorted(fact_text(f) for f in fn)),
        extra_relations=tuple(sorted(fact_text(f) for f in fp)),
    )
