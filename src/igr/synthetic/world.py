"""The made-up world a synthetic archive reports on, read from the lexicon and grown over time.

Posts, places, mechanisms, events and initiatives come from ``ontology/lexicon``; the
people holding the posts are made up (:mod:`igr.synthetic.people`) and change when
their terms end, so an archive of many years names more and more officials. Partner
places are drawn with Zipf weights (a few partners in most releases, a long tail of
rare ones), as a real archive's are. The world answers "who held this post on this
day" the same way whatever asked before: each post draws its holders from its own
seeded random source.

Examples
--------
>>> import datetime
>>> w = World(seed=7)
>>> day = datetime.date(2024, 5, 2)
>>> w.holder("Chief Executive", day) == w.holder("Chief Executive", day)
True
>>> w.holder("Chief Executive", day) == w.holder("Chief Executive", datetime.date(2040, 5, 2))
False
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

from igr.paths import ontology_dir
from igr.synthetic.people import NameMaker, Person

HK_TOP = ("Chief Executive", "Chief Secretary for Administration", "Financial Secretary", "Secretary for Justice")
TERM_START = (7, 1)
"""Hong Kong terms begin on 1 July every five years (1997, 2002, ... 2022)."""


@dataclass(frozen=True)
class Place:
    """A Mainland partner: a province, a municipality or a city, with its posts and government."""

    name: str
    kind: str
    parent: str | None

    @property
    def province_like(self) -> bool:
        return self.kind == "province"

    @property
    def top_post(self) -> str:
        return f"Governor of {self.name} Province" if self.province_like else f"Mayor of {self.name}"

    @property
    def vice_post(self) -> str:
        return f"Vice Governor of {self.name} Province" if self.province_like else f"Vice Mayor of {self.name}"

    @property
    def government(self) -> str:
        return f"{self.name} Provincial Government" if self.province_like else f"{self.name} Municipal Government"

    @property
    def city(self) -> str:
        """Where a visit to this place goes (a province's capital is not known here: the province)."""
        return self.name


@dataclass(frozen=True)
class Mechanism:
    name: str
    partner: str
    founded: int

    @property
    def yearly(self) -> bool:
        """'... Co-operation Meeting' series are named by year ("2025 Hong Kong/Shenzhen Co-operation Meeting")."""
        return self.name.endswith("Meeting")


@dataclass(frozen=True)
class Event:
    name: str
    venue: str
    founded: int


class World:
    """Everything the release templates draw from.

    Parameters
    ----------
    seed : int
        Same seed, same world.
    lexicon_dir : str or Path, optional
        ``ontology/lexicon`` by default.
    """

    def __init__(self, seed: int = 0, lexicon_dir: str | Path | None = None) -> None:
        self.seed = seed
        folder = Path(lexicon_dir) if lexicon_dir else ontology_dir() / "lexicon"
        self.lex = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}
        self.rng = random.Random(f"{seed}:world")
        self.names = NameMaker(random.Random(f"{seed}:names"))
        self._terms: dict[tuple[str, int], list[tuple[date, Person]]] = {}

    # -- what the lexicon gives -------------------------------------------------------------
    @cached_property
    def acronyms(self) -> dict[str, str]:
        """Post name -> its short form in titles ("Secretary for Development" -> "SDEV")."""
        out = {}
        for entry in self.lex["posts"]["known"]:
            short = [a for a in entry.get("aliases", []) if a.isupper() and len(a) <= 5]
            if short:
                out[entry["name"]] = short[0]
        return out

    @cached_property
    def secretaries(self) -> tuple[str, ...]:
        """Hong Kong bureau secretaries: the posts that have an Under Secretary in the lexicon."""
        names = {e["name"] for e in self.lex["posts"]["known"] if e.get("jurisdiction") == "Hong Kong"}
        return tuple(sorted(n for n in names if n.startswith("Secretary for ") and f"Under {n}" in names))

    @cached_property
    def places(self) -> dict[str, Place]:
        return {p["name"]: Place(p["name"], p["kind"], p.get("parent"))
                for p in self.lex["places"]["places"] if p["kind"] in ("province", "city")
                and p.get("parent") in {None, "China"} | {q["name"] for q in self.lex["places"]["places"]
                                                           if q["kind"] == "province"}
                and p["name"] not in ("Taipei", "Taiwan")}

    @cached_property
    def countries(self) -> tuple[str, ...]:
        return tuple(p["name"] for p in self.lex["places"]["places"] if p["kind"] == "country" and p["name"] != "China")

    @cached_property
    def mechanisms(self) -> tuple[Mechanism, ...]:
        out = []
        for entry in self.lex["mechanisms"]["known"]:
            others = [p for p in entry.get("participants", []) if p != "Hong Kong"]
            if len(others) == 1 and others[0] in self.places:
                out.append(Mechanism(entry["name"], others[0], self.rng.randint(1998, 2016)))
        return tuple(out)

    @cached_property
    def events(self) -> tuple[Event, ...]:
        cities = [p.name for p in self.places.values() if p.kind == "city"]
        out = []
        for entry in self.lex["events"]["known"]:
            name = entry["name"]
            if name[0].isdigit() or name.startswith(("Two Sessions", "Olympic", "Asian Games", "National Day")):
                continue
            venue = next((c for c in cities if c in name), None)
            venue = venue or ("Hong Kong" if name.startswith("Hong Kong") or self.rng.random() < 0.4
                              else self.rng.choice(cities))
            out.append(Event(name, venue, self.rng.randint(1995, 2015)))
        return tuple(out)

    @cached_property
    def initiatives(self) -> tuple[str, ...]:
        return tuple(e["name"] for e in self.lex["initiatives"]["known"] if e["name"][0].isupper()
                     and not e["name"][0].isdigit())

    @cached_property
    def fields(self) -> tuple[str, ...]:
        return tuple(f for f in self.lex["relations"]["policy_areas"] if f.islower() and len(f) > 3)

    @cached_property
    def ordinals(self) -> tuple[str, ...]:
        return tuple(self.lex["events"]["ordinal_words"])

    @cached_property
    def offices_abroad(self) -> dict[str, str]:
        """Place -> the Hong Kong Economic and Trade Office there."""
        prefix = "Hong Kong Economic and Trade Office in "
        return {e["name"][len(prefix):]: e["name"] for e in self.lex["organizations"]["known"]
                if e["name"].startswith(prefix)}

    @cached_property
    def departments(self) -> tuple[str, ...]:
        return tuple(e["name"] for e in self.lex["organizations"]["known"]
                     if e.get("government") and e["name"].endswith("Department"))

    @cached_property
    def partners(self) -> tuple[list[Place], list[float]]:
        """Partner places in a seeded order, mechanism partners first, with Zipf weights."""
        first = list(dict.fromkeys(m.partner for m in self.mechanisms))
        rest = sorted(set(self.places) - set(first))
        self.rng.shuffle(first)
        self.rng.shuffle(rest)
        order = [self.places[n] for n in first + rest]
        return order, [1.0 / (rank ** 1.1) for rank in range(1, len(order) + 1)]

    # -- who holds what, when ----------------------------------------------------------------
    def holder(self, post: str, day: date, seat: int = 0, kind: str | None = None) -> Person:
        """The person in ``seat`` of ``post`` on ``day`` (vice posts have several seats)."""
        kind = kind or ("hk" if post in HK_TOP or post.startswith("Secretary for") else "mainland")
        terms = self._terms.setdefault((post, seat), [])
        rng = random.Random(f"{self.seed}:{post}:{seat}:{len(terms)}")
        if not terms:  # the term running on the first day anyone asks; no unseen predecessors
            if kind == "hk":
                year = day.year if day >= date(day.year, *TERM_START) else day.year - 1
                start = date(year - (year - 1997) % 5, *TERM_START)
            else:
                start = day - timedelta(days=rng.randint(0, 4 * 365))
            terms.append((start, self.names.person(kind)))
        while True:
            start, person = terms[-1]
            end = self._term_end(start, kind, rng)
            if day < end:
                break
            keep = kind == "hk" and end.month == TERM_START[0] and rng.random() < 0.35
            terms.append((end, person if keep else self.names.person(kind)))
            rng = random.Random(f"{self.seed}:{post}:{seat}:{len(terms)}")
        return next(p for s, p in reversed(terms) if s <= day)

    @staticmethod
    def _term_end(start: date, kind: str, rng: random.Random) -> date:
        if kind == "hk":  # the next 1 July in a term year, or a mid-term reshuffle
            year = start.year + 1
            while (year - 1997) % 5:
                year += 1
            if rng.random() < 0.15:
                return start + timedelta(days=rng.randint(200, 1500))
            return date(year, *TERM_START)
        return start + timedelta(days=int(365 * rng.uniform(2.0, 6.0)))

    def partner(self, rng: random.Random) -> Place:
        order, weights = self.partners
        return rng.choices(order, weights)[0]

    def province_of(self, place: Place) -> Place | None:
        return self.places.get(place.parent or "") if place.kind == "city" else None
