"""Extract a long release section by section, in bounded memory.

spaCy refuses a text over ``nlp.max_length`` characters (error E088), and below that
the memory a parse needs grows with the text: about 3.5 KB per character with the
small English model (measured: +60 MB for 20,000 characters, +410 MB for 117,000), so
a 52 MB release parsed whole would need some 180 GB. A release longer than
:data:`SECTION` characters (or the model's ``max_length``, if smaller) is therefore cut
at paragraph breaks into sections; each section is parsed and extracted on its own, its
Doc dropped before the next is parsed, and the records of all sections are merged into
one :class:`~igr.extract.records.Extraction` with offsets into the whole release. Memory
then grows with what is found (entities and facts), not with the text.

What a section cannot see: a short name ("Mr Lee") whose full form ("Mr John Lee") is
only in an earlier section stays a name of its own, and nothing is found across a
section break (a break is a paragraph break when a paragraph fits). Entities named the
same in several sections are one entity.

Examples
--------
>>> [(at, s) for at, s in sections("One.\\n\\nTwo two.\\n\\nThree.", 12)]
[(0, 'One.\\n\\n'), (6, 'Two two.\\n\\n'), (16, 'Three.')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from igr.extract.lexicon import key
from igr.extract.records import Fact, LocalEntity

SECTION = 20_000
"""Most characters parsed at once: about 60 MB of parser memory with the small English model."""

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s+"), re.compile(r"\s+"))
"""Where to cut, best first: a blank line, a line break, a sentence end, any space."""


def sections(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Cut ``text`` into sections of at most ``limit`` characters, at the best breaks available.

    Yields each section with its offset in ``text``, one at a time; the sections join
    back to ``text`` exactly (each keeps the break that ends it).

    Parameters
    ----------
    text : str
    limit : int
        Most characters in a section (at least 1).

    Yields
    ------
    tuple of (int, str)

    Examples
    --------
    >>> [s for _, s in sections("A long sentence with no break at all", 10)]
    ['A long ', 'sentence ', 'with no ', 'break at ', 'all']
    >>> "".join(s for _, s in sections("x" * 25, 10)) == "x" * 25
    True
    """
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window)]
            if ends:
                cut = ends[-1]
                break
        yield start, window[:cut]
        start += cut
    yield start, text[start:]


def merge(parts: Iterable[tuple[int, list[LocalEntity], list[Fact]]]) -> tuple[list[LocalEntity], list[Fact]]:
    """The entities and facts of a release from those of its sections.

    ``parts`` holds, per section, its offset in the release and the entities and facts
    found in it (offsets and ids local to the section). Offsets are moved into the
    release; entities of the same class named the same (one's name is the other's name or
    alias) become one, with every name and span; facts point to the merged entities, and a
    fact stated in several sections is kept once, where it is first stated.

    Examples
    --------
    >>> a = LocalEntity("e1", "Place", "Shanghai", (), None, ((0, 8),))
    >>> b = LocalEntity("e1", "Place", "Shanghai", (), None, ((4, 12),))
    >>> [entity] = merge([(0, [a], []), (100, [b], [])])[0]
    >>> entity.id, entity.spans
    ('e1', ((0, 8), (104, 112)))
    """
    merged: list[dict] = []
    by_name: dict[tuple[str, str], dict] = {}
    facts: dict[tuple[str, str, str], Fact] = {}  # as in one Doc: one fact per triple, its first statement
    for offset, entities, section_facts in parts:
        local: dict[str, str] = {}
        for e in entities:
            names = [key(e.name)] + [key(a) for a in e.aliases]
            into = next((by_name[(e.label, n)] for n in names if (e.label, n) in by_name), None)
            if into is None:
                into = {"entity": e, "id": f"e{len(merged) + 1}", "aliases": [], "spans": [], "kind": e.kind,
                        "government": False}
                merged.append(into)
            into["aliases"] += [n for n in (e.name, *e.aliases) if n not in into["aliases"]]
            into["spans"] += [(s + offset, t + offset) for s, t in e.spans]
            into["kind"] = into["kind"] or e.kind
            into["government"] = into["government"] or e.government
            for n in names:
                by_name.setdefault((e.label, n), into)
            local[e.id] = into["id"]
        for f in section_facts:
            moved = replace(f, subject=local.get(f.subject, f.subject), object=local.get(f.object, f.object),
                            participants=tuple(local.get(p, p) for p in f.participants),
                            place=local.get(f.place, f.place) if f.place else f.place,
                            start=f.start + offset, end=f.end + offset)
            facts.setdefault((moved.subject, moved.predicate, moved.object), moved)
    entities = []
    for m in merged:
        first: LocalEntity = m["entity"]
        aliases = tuple(sorted({a for a in m["aliases"] if key(a) != key(first.name)}))
        entities.append(replace(first, id=m["id"], aliases=aliases, spans=tuple(sorted(set(m["spans"]))),
                                kind=m["kind"], government=m["government"]))
    return entities, list(facts.values())
