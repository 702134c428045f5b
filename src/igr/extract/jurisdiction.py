"""Where a post belongs, read for the government that issued the release.

The lexicon gives a known post its jurisdiction: "Chief Executive", "Secretary for Security" are
Hong Kong's, the place the releases mostly come from (``home_places`` in ``relations.json``). Macao
has posts of the same names, and a release of the Macao government prints its own officials' titles
bare, as Hong Kong's releases do ("The Chief Executive, Mr Sam Hou Fai, today met in Hong Kong with
the Chief Executive of the Hong Kong Special Administrative Region"). A release says whose it is by
its dateline ("MACAU, February 14 - ...") or its address (``gov.mo``, ``home_domains`` in
``relations.json``); in such a release a bare title of the default home is the issuing government's,
and a title that names the default home ("... of the HKSAR") stays the default home's.

Examples
--------
>>> from igr.extract.lexicon import load_lexicon
>>> lexicon = load_lexicon()
>>> macao = Jurisdiction(lexicon).for_release("MACAU, February 14 - The Chief Executive met ...", None)
>>> macao.home, macao.of("Chief Executive"), macao.of("Chief Executive of the HKSAR")
('Macao', 'Macao', 'Hong Kong')
>>> Jurisdiction(lexicon).for_release("The Chief Executive met ...", "https://www.info.gov.hk/x.htm").of("Chief Executive")
'Hong Kong'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from urllib.parse import urlparse

from igr.extract.lexicon import Lexicon, key
from igr.extract.patterns import LEADING_THE
from igr.extract.records import Mention

_DATELINE = re.compile(r"\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?),\s+[^\n]{0,30}?\d[^\n]{0,12}?\s[-–—]\s")
"""A wire dateline at the top of a body: "MACAU, February 14 - ", "Macao, 3 May – "."""


@dataclass(frozen=True)
class Jurisdiction:
    """The place a post belongs to, for one release (``home``: the issuing government's place when
    the release says it is not the default home's).

    Parameters
    ----------
    lexicon : Lexicon
    home : str or None
        The canonical name of the release's own place, when it differs from the default home.
    """

    lexicon: Lexicon
    home: str | None = None

    @cached_property
    def default(self) -> str | None:
        """The place the releases mostly come from ("Hong Kong")."""
        homes = self.lexicon.triggers.get("home_places", ())
        return self.lexicon.canonical("Place", homes[0]) if homes else None

    @cached_property
    def _default_names(self) -> re.Pattern:
        entry = self.lexicon.lookup(self.default or "")
        names = (entry.name, *entry.aliases) if entry is not None else ("(?!x)x",)
        return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})(?![\w-])")

    def for_release(self, text: str, url: str | None, mentions: list[Mention] = ()) -> Jurisdiction:
        """This reading for a release whose body is ``text`` and whose address is ``url`` (and whose
        ``mentions`` are found: see :meth:`_two_holders`)."""
        home = self._dateline(text) or self._domain(url) or self._own_bare_title(mentions) \
            or self._two_holders(mentions) or self._sole_region(text, mentions)
        home = home if home and home != self.default else None
        return self if home == self.home else replace(self, home=home)  # (most releases: this one, its patterns made)

    @cached_property
    def _bare_titles(self) -> dict[str, str]:
        """The titles that only another special administrative region's own releases print bare: the known
        post "Secretary for Economy and Finance of the Macao Special Administrative Region", by its words before
        "of" the region, when those words name no post of their own (the default home has no such post; "the
        Secretary for Security" is Hong Kong's). By lookup key: the region's canonical name."""
        out: dict[str, str] = {}
        for name, entry in self.lexicon.surface_forms():
            place = self.lexicon.canonical("Place", entry.jurisdiction) if entry.label == "Post" and entry.jurisdiction else None
            region = self.lexicon.lookup(place) if place and place != self.default else None
            if region is None or region.kind != "sar":
                continue
            for region_name in (region.name, *region.aliases):
                bare, of, rest = name.rpartition(" of ")
                if of and key(rest) == key(region_name) and self.lexicon.lookup(bare) is None:
                    out[key(bare)] = region.name
        return out

    def _own_bare_title(self, mentions: list[Mention]) -> str | None:
        """The special administrative region whose own title a release prints bare ("The Secretary for Economy
        and Finance, Mr A, ..." is a Macao release), when only one region's are."""
        found = {place for m in mentions if m.label == "Post" and not m.nested
                 and (place := self._bare_titles.get(key(m.name)) or self._bare_titles.get(key(m.text)))}
        return next(iter(found)) if len(found) == 1 else None

    def _two_holders(self, mentions: list[Mention]) -> str | None:
        """The other special administrative region a release names, when it gives the default home's title
        bare to one person and, naming the default home, to another: "The Chief Executive, Mr A, called on the
        Chief Executive of the HKSAR, Mr B" is a release of A's government."""
        held: dict[bool, set[str]] = {True: set(), False: set()}  # named the default home or not: holders
        for i, m in enumerate(mentions):
            entry = self.lexicon.lookup(m.name) if m.label == "Post" and not m.nested else None
            if entry is None or not entry.jurisdiction or self.lexicon.canonical("Place", entry.jurisdiction) != self.default:
                continue
            holder = next((h for h in mentions[i + 1:] if h.label == "Person" and not h.nested), None)
            if holder is not None and 0 < holder.start - m.end <= 3:  # "..., Mr A"
                held[bool(self._default_names.search(m.text))].add(holder.name.split()[-1].lower())
        if not held[True] or not held[False] or held[True] & held[False]:
            return None
        return self._other_region(mentions)

    def _sole_region(self, text: str, mentions: list[Mention]) -> str | None:
        """The other special administrative region a release names, when it never names the default home
        (but in a compound such as "Guangdong-Hong Kong-Macao"): "The Chief Executive, Mr A, met the Governor
        of X at the Government Headquarters in Macao" is Macao's own release."""
        if self._default_names.search(text):
            return None
        return self._other_region(mentions)

    def _other_region(self, mentions: list[Mention]) -> str | None:
        """The one special administrative region other than the default home that ``mentions`` name."""
        others = {e.name for m in mentions if m.label == "Place" and (e := self.lexicon.lookup(m.text)) is not None
                  and e.kind == "sar" and e.name != self.default}
        return next(iter(others)) if len(others) == 1 else None

    def of(self, post: str) -> str | None:
        """The canonical name of the place ``post`` belongs to, or None when the lexicon does not know it."""
        entry = self.lexicon.lookup(post)
        if entry is None or not entry.jurisdiction:
            return self._bare_titles.get(key(post))  # "Secretary for Economy and Finance": Macao's
        place = self.lexicon.canonical("Place", entry.jurisdiction)
        if self.home and place == self.default and not self._default_names.search(post):
            return self.home  # "the Chief Executive" of a Macao release
        return place

    def own_titles(self, mentions: list[Mention]) -> list[Mention]:
        """``mentions``, with a title that names the default home kept as printed in a release of another
        home ("the Chief Executive of the HKSAR" in a Macao release: not the release's own bare "Chief
        Executive", though the lexicon gives both one standard name)."""
        if not self.home:
            return mentions
        return [replace(m, name=self._named(m.text)) if m.label == "Post" and self._default_names.search(m.text)
                and self.of(m.text) == self.default else self._own_body(m) for m in mentions]

    def _own_body(self, m: Mention) -> Mention:
        """A body or title printed by a short name the lexicon gives the default home's ("the Liaison Office",
        "Director of the Liaison Office"), in a release of another home: the home's own one of that name, when
        the lexicon knows it ("... in the Macao Special Administrative Region")."""
        if m.label not in ("Organization", "Post") or self._default_names.search(m.text) \
                or not self._default_names.search(m.name):
            return m
        for default in self._default_long_names:
            if default in m.name:
                for own in self._home_names:
                    entry = self.lexicon.lookup(m.name.replace(default, own))
                    if entry is not None and entry.label == m.label:
                        return replace(m, name=entry.name)
                # a title of such a body, by the body's name in the same style ("... Special Administrative Region")
                style = next((own for own in self._home_names if own.split()[-3:] == default.split()[-3:]), None)
                if m.label == "Post" and style is not None:
                    return replace(m, name=m.name.replace(default, style))
        return m

    @cached_property
    def _default_long_names(self) -> list[str]:
        entry = self.lexicon.lookup(self.default or "")
        return sorted((n for n in (entry.name, *entry.aliases) if " " in n), key=len, reverse=True) if entry else []

    @cached_property
    def _home_names(self) -> list[str]:
        entry = self.lexicon.lookup(self.home or "")
        return sorted((n for n in (entry.name, *entry.aliases) if " " in n), key=len, reverse=True) if entry else []

    def _named(self, title: str) -> str:
        """The standard form of a title that names the default home: the lexicon's first such form ("HKSAR
        Chief Executive": "Chief Executive of the Hong Kong Special Administrative Region"), else as printed."""
        entry = self.lexicon.lookup(title)
        standard = next((a for a in entry.aliases if self._default_names.search(a)), None) if entry is not None else None
        return standard or LEADING_THE.sub("", title)

    def same_post(self, short: str, full: str) -> bool:
        """Whether the short title may stand for the fuller one: not when the lexicon knows them as two
        posts, nor when the release's own bare title meets the default home's named one."""
        a, b = self.lexicon.lookup(short), self.lexicon.lookup(full)
        return a is None or b is None or (a == b and self.of(short) == self.of(full))

    def _dateline(self, text: str) -> str | None:
        found = _DATELINE.match(text)
        entry = self.lexicon.lookup(found[1].title()) if found else None
        return entry.name if entry is not None and entry.label == "Place" and entry.kind == "sar" else None

    def _domain(self, url: str | None) -> str | None:
        host = (urlparse(url).hostname or "") if url else ""
        for line in self.lexicon.triggers.get("home_domains", ()):
            domain, _, place = line.partition(" ")
            if host == domain or host.endswith("." + domain):
                return self.lexicon.canonical("Place", place)
        return None

