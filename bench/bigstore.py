"""A large store made quickly from a small one, for measuring queries, analytics and views.

Copies every release graph of a built store (the demo corpus, built with the real
model) many times under new IRIs, without running the model again:

- each copy gets its own document, interaction and book-keeping IRIs, and its dates
  move by a whole number of years (copy ``i`` shifts by ``i % 11 - 5``), so the
  archive spans eleven years;
- people, posts, organisations, events, mechanisms, initiatives, agreements and
  tenures are shared by ``group`` consecutive copies and renamed per group
  ("Ho Kin-chung" in group 0, "Ho Kin-chung 7" in group 7): entities grow with the
  archive, and each is mentioned by a bounded number of releases, as in a real one;
- places and policy areas are shared by every copy (Hong Kong is in most releases of
  a real archive too);
- the name index (``build#names``) is written from the copied labels and aliases.

Run it through ``bench/cookbook.py``; :func:`replicate` is the whole API.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

ID = "https://w3id.org/igr/id/"
BUILD = "https://w3id.org/igr/build#"
LABELS = {"http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"}
PER_COPY = ("doc/", "interaction/")
PER_GROUP = ("person/", "post/", "organization/", "event/", "mechanism/", "initiative/", "agreement/",
             "membership/", "interval/")
_DATE = re.compile(r"\b(19|20)(\d\d)-(\d\d)-(\d\d)\b")


def replicate(source: Path, target: Path, releases: int, *, group: int = 10) -> int:
    """Write into a new store at ``target`` ``releases`` releases copied from the store at ``source``.

    Returns the number of quads written. ``source`` is opened read-only.
    """
    from igr.cookbook.names import index_triples  # noqa: PLC0415 - the project's own keys
    from igr.store import LocalStore  # noqa: PLC0415
    from igr.vocab import GRAPH_NAMES  # noqa: PLC0415

    src = ox.Store.read_only(str(source))
    quads = list(src)
    docs = sorted({q.graph_name.value for q in quads
                   if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(ID + "doc/")})
    copies = -(-releases // len(docs))
    store = ox.Store(str(target))
    written = 0
    for start in range(0, copies, 10):
        batch = list(_copies(quads, docs, range(start, min(copies, start + 10)), releases, group))
        store.bulk_extend(batch)
        written += len(batch)
    store.flush()
    store.optimize()
    del store
    # the name index, as the build keeps it, from the copied labels and aliases
    with LocalStore(target) as local:
        names = index_triples(local)
        local.replace_graph(GRAPH_NAMES, names)
    return written + len(names)


def _copies(quads, docs, copies, releases, group) -> Iterator[ox.Quad]:
    for i in copies:
        keep = set(docs[: max(0, min(len(docs), releases - i * len(docs)))])
        if not keep:
            return
        rename = _Renamer(i, i // group, i % 11 - 5)
        for q in quads:
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and not _in_copy(g.value, keep):
                continue
            s, p, o = rename.term(q.subject), q.predicate, rename.term(q.object)
            if p.value in LABELS and isinstance(o, ox.Literal) and rename.suffix \
                    and s != q.subject and q.subject.value.startswith(ID):
                o = ox.Literal(f"{o.value} {rename.suffix}", language=o.language)
            yield ox.Quad(s, p, o, rename.term(g))


def _in_copy(graph: str, keep: set[str]) -> bool:
    if graph.startswith(ID + "doc/"):
        return graph in keep
    if graph.startswith(BUILD + "doc/"):
        return ID + graph[len(BUILD):] in keep
    return True  # the shared graphs (entities, ...)


class _Renamer:
    def __init__(self, copy: int, variant: int, years: int) -> None:
        self.copy, self.variant, self.years = copy, variant, years
        self.suffix = str(variant) if variant else ""
        self.cache: dict = {}

    def term(self, t):
        if isinstance(t, ox.NamedNode):
            hit = self.cache.get(t)
            if hit is None:
                hit = self.cache[t] = ox.NamedNode(self._iri(t.value))
            return hit
        if isinstance(t, ox.Literal) and self.years and t.datatype.value.endswith(("#date", "#dateTime")):
            return ox.Literal(self._dates(t.value), datatype=t.datatype)
        return t

    def _iri(self, iri: str) -> str:
        for base in (ID, BUILD):
            if iri.startswith(base):
                local = iri[len(base):]
                if local.startswith(PER_COPY):
                    return f"{base}{self._dates(local)}-c{self.copy}"
                if local.startswith(PER_GROUP) and self.variant:
                    return f"{base}{local}-v{self.variant}"
                if local.startswith("instant/"):
                    return base + self._dates(local)
        return iri

    def _dates(self, text: str) -> str:
        if not self.years:
            return text

        def shift(m: re.Match) -> str:
            year = int(m[1] + m[2]) + self.years
            day = "28" if (m[3], m[4]) == ("02", "29") else m[4]
            return f"{year}-{m[3]}-{day}"

        return _DATE.sub(shift, text)
