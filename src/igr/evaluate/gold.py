"""Gold annotations: one JSON file per release, merged into corpus-level entities.

Gold entities of all files are merged when they share a class and any normalised
name or non-honorific alias (union-find); each merged entity is identified by
``(class, normalised name of its first mention)``. Relations are kept between merged
entities, symmetric ones in one canonical direction, and ``chaired`` also gives
``attended``. This is exactly what ``shared/tools/score_kg.py`` does.

Examples
--------
>>> import json, tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.json").write_text(json.dumps({"doc": "a.txt", "entities": [
...     {"id": "e1", "type": "Person", "name": "Chan Kwok-ki", "aliases": ["Mr Chan"]},
...     {"id": "e2", "type": "Government", "name": "HKSAR Government"}], "relations": []}))
>>> gold = load_gold(d)
>>> sorted(gold.entities)
[('Organization', 'hksar government'), ('Person', 'chan kwok ki')]
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from igr.evaluate.errors import GoldError
from igr.evaluate.names import norm, usable
from igr.vocab import RELATIONS, SCORED_CLASSES, SYMMETRIC

TYPE_ALIASES = {"Government": "Organization"}
"""Classes scored as another: a government is an organisation."""

GoldId = tuple[str, str]
"""``(class, normalised canonical name)`` of a merged gold entity."""


def coarse(cls: str) -> str:
    """The scored class a class counts as.

    Examples
    --------
    >>> coarse("Government"), coarse("Place")
    ('Organization', 'Place')
    """
    return TYPE_ALIASES.get(cls, cls)


@dataclass(frozen=True)
class GoldEntity:
    """A corpus-level gold entity: its class, canonical name and every usable name key."""

    cls: str
    name: str
    keys: frozenset[str]


@dataclass(frozen=True)
class GoldStandard:
    """Merged gold entities and relations of a folder of annotation files."""

    documents: int
    entities: dict[GoldId, GoldEntity]
    relations: frozenset[tuple[GoldId, str, GoldId]]
    by_key: dict[str, tuple[GoldId, ...]] = field(repr=False)


def canonical(s: GoldId, p: str, o: GoldId) -> list[tuple[GoldId, str, GoldId]]:
    """The scored facts one relation stands for (symmetric order; chaired implies attended).

    Examples
    --------
    >>> canonical(("Person", "b"), "metWith", ("Person", "a"))
    [(('Person', 'a'), 'metWith', ('Person', 'b'))]
    >>> [r[1] for r in canonical(("Person", "a"), "chaired", ("Event", "x"))]
    ['chaired', 'attended']
    """
    if p in SYMMETRIC:
        s, o = sorted([s, o])
    facts = [(s, p, o)]
    if p == "chaired":
        facts.append((s, "attended", o))
    return facts


def _read(path: Path) -> dict:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeError, json.JSONDecodeError) as err:
        raise GoldError(f"{path}: not a readable JSON file ({err}); see the gold file format in VOCABULARY.md") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("entities"), list) \
            or not isinstance(doc.get("relations", []), list):
        raise GoldError(f"{path}: a gold file is an object with an 'entities' list and a 'relations' list")
    return doc


def load_gold(folder: str | Path) -> GoldStandard:
    """Read and merge every ``*.json`` annotation file of ``folder``.

    Parameters
    ----------
    folder : str or Path
        One JSON file per release, in the format of VOCABULARY.md.

    Returns
    -------
    GoldStandard

    Raises
    ------
    GoldError
        When the folder is missing or holds no JSON file, or a file is malformed
        (bad JSON, unknown class or relation, a relation naming an unknown id).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(f"no such gold folder: '{folder}'")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise GoldError(f"no gold *.json files in '{folder}'; annotate one JSON file per release "
                        "(format in VOCABULARY.md)")
    mentions: list[tuple[str, str, set[str]]] = []
    raw: list[tuple[int, str, int]] = []
    for path in files:
        doc = _read(path)
        local: dict[str, int] = {}
        for e in doc["entities"]:
            try:
                cls, name, aliases, eid = coarse(e["type"]), e["name"], e.get("aliases", []), e["id"]
            except (KeyError, TypeError, AttributeError):
                raise GoldError(f"{path}: entity {e!r} needs 'id', 'type' and 'name'") from None
            if cls not in SCORED_CLASSES:
                raise GoldError(f"{path}: unknown entity type '{e['type']}'; use one of {', '.join(SCORED_CLASSES)}")
            keys = {norm(name)} | {norm(a) for a in aliases}
            keys = {k for k in keys if usable(k)}
            local[eid] = len(mentions)
            mentions.append((cls, name, keys))
        for r in doc.get("relations", []):
            try:
                s, p, o = r["s"], r["p"], r["o"]
            except (KeyError, TypeError):
                raise GoldError(f"{path}: relation {r!r} needs 's', 'p' and 'o'") from None
            if p not in RELATIONS:
                raise GoldError(f"{path}: unknown relation '{p}'; use one of {', '.join(RELATIONS)}")
            if s not in local or o not in local:
                raise GoldError(f"{path}: relation {r!r} names an unknown entity id")
            raw.append((local[s], p, local[o]))
    find = _union(mentions)
    # one entity per root, named by the root; two roots of one id share it (as the scorer does)
    names: dict[GoldId, tuple[str, str]] = {}
    keys_of: dict[GoldId, set[str]] = {}
    root_id: dict[int, GoldId] = {}
    for i, (cls, _, keys) in enumerate(mentions):
        r = find(i)
        if r not in root_id:
            root_id[r] = (cls, norm(mentions[r][1]))
            names[root_id[r]] = (cls, mentions[r][1])
            keys_of[root_id[r]] = set()
        keys_of[root_id[r]] |= keys
    entities = {gid: GoldEntity(cls, name, frozenset(keys_of[gid])) for gid, (cls, name) in names.items()}
    relations = set()
    for si, p, oi in raw:
        relations.update(canonical(root_id[find(si)], p, root_id[find(oi)]))
    by_key: dict[str, list[GoldId]] = defaultdict(list)
    for gid in entities:
        for k in keys_of[gid]:
            by_key[k].append(gid)
    return GoldStandard(len(files), entities, frozenset(relations), {k: tuple(v) for k, v in by_key.items()})


def _union(mentions: list[tuple[str, str, set[str]]]):
    """Union-find over mentions sharing (class, key); returns ``find``."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str], int] = {}
    for i, (cls, _, keys) in enumerate(mentions):
        for k in keys:
            j = seen.setdefault((cls, k), i)
            parent[find(i)] = find(j)
    return find
