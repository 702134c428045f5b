"""Frozen records that extraction hands to resolution: mentions, local entities, facts.

They carry character offsets into the document's analysed text (title, blank line,
body: see :attr:`igr.ingest.Document`), never live spaCy objects, and round-trip
through JSON so a build can cache them.

Examples
--------
>>> e = LocalEntity("e1", "Person", "Chan Kwok-ki", ("Mr Chan",), None, ((10, 22),))
>>> LocalEntity.from_json(e.to_json()) == e
True
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class Mention:
    """A span of text naming an entity.

    ``name`` is the canonical form proposed for it (no honorific, no leading "the");
    ``source`` says which mechanism found it (``lexicon``, ``shape``, ``honorific``,
    ``ner``, ``quoted``); ``parent`` is the index of the mention it is nested in.
    """

    start: int
    end: int
    text: str
    label: str
    name: str
    source: str
    kind: str | None = None
    parent: int | None = None
    aliases: tuple[str, ...] = ()

    @property
    def nested(self) -> bool:
        return self.parent is not None


@dataclass(frozen=True)
class LocalEntity:
    """One entity of one document, with every name the document uses for it."""

    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    government: bool = False

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "LocalEntity":
        return cls(
            id=data["id"], label=data["label"], name=data["name"], aliases=tuple(data.get("aliases", ())),
            kind=data.get("kind"), spans=tuple(tuple(s) for s in data.get("spans", ())),
            government=bool(data.get("government", False)),
        )


@dataclass(frozen=True)
class Fact:
    """A relation the text states between two local entities, with its evidence.

    Examples
    --------
    >>> f = Fact("e1", "metWith", "e2", 0, 40, "Mr Chan met Mr Li.", "dep:meet", 0.8)
    >>> Fact.from_json(f.to_json()) == f
    True
    """

    subject: str
    predicate: str
    object: str
    start: int
    end: int
    evidence: str
    method: str
    confidence: float
    date: date | None = None
    date_text: str | None = None
    participants: tuple[str, ...] = ()
    place: str | None = None
    areas: tuple[str, ...] = ()

    def to_json(self) -> dict:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Fact":
        raw = dict(data)
        raw["date"] = date.fromisoformat(raw["date"]) if raw.get("date") else None
        raw["participants"] = tuple(raw.get("participants", ()))
        raw["areas"] = tuple(raw.get("areas", ()))
        return cls(**raw)


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one document."""

    key: str
    content_hash: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    entities: tuple[LocalEntity, ...] = ()
    facts: tuple[Fact, ...] = ()
    extractor: str = ""
    warnings: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        return {
            "key": self.key, "content_hash": self.content_hash, "extractor": self.extractor,
            "title": self.title, "date": self.date.isoformat() if self.date else None, "url": self.url,
            "entities": [e.to_json() for e in self.entities], "facts": [f.to_json() for f in self.facts],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Extraction":
        return cls(
            key=data["key"], content_hash=data["content_hash"], extractor=data.get("extractor", ""),
            title=data.get("title"), url=data.get("url"),
            date=date.fromisoformat(data["date"]) if data.get("date") else None,
            entities=tuple(LocalEntity.from_json(e) for e in data["entities"]),
            facts=tuple(Fact.from_json(f) for f in data["facts"]),
            warnings=tuple(data.get("warnings", ())),
        )


@dataclass(frozen=True)
class Failed:
    """A document extraction could not handle, and why (the build reports it and goes on)."""

    key: str
    path: str
    reason: str
