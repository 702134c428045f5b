"""Resolution inside one document: acronyms, short names, short post titles.

Turns mentions into :class:`LocalEntity` records: "Hong Kong Economic and Trade Office
in Shanghai (SHETO)" defines SHETO; "Mr Chan" goes to the Chan introduced before it
(the nearest one when two people share the surname, by position, never merging the
two); "the Chief Executive" goes to "Chief Executive of the HKSAR" printed earlier.

Examples
--------
>>> from igr.extract.records import Mention
>>> ms = [Mention(0, 12, "Chan Kwok-ki", "Person", "Chan Kwok-ki", "ner"),
...       Mention(20, 27, "Mr Chan", "Person", "Chan", "honorific")]
>>> entities, of = resolve_mentions(ms, "Chan Kwok-ki met X. Mr Chan left.")
>>> [(e.name, e.aliases) for e in entities], of
([('Chan Kwok-ki', ('Mr Chan',))], {0: 'e1', 1: 'e1'})
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from igr.extract.lexicon import key
from igr.extract.patterns import NAME_PARTICLES
from igr.extract.records import LocalEntity, Mention

ACRONYM = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z][A-Za-z&.\-]*[A-Z][A-Za-z&.\-]*|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})\s*\)")
HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Madam|Dame)\.?\s+")


@dataclass
class _Cluster:
    label: str
    name: str
    kind: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    government: bool = False


WIDENED = frozenset({"Event", "Mechanism", "Agreement", "Initiative", "Organization"})


def _widened(mentions: list[Mention], text: str) -> list[Mention]:
    """A name printed again with its first words in lower case is the same name: in "held the high-level
    meeting cum First Plenary of X" after the headline's "High-Level Meeting cum First Plenary of X", the
    mention "First Plenary of X" grows to the whole name (only where the text says so, word for word).

    Examples
    --------
    >>> t = "High-Level Meeting cum First Plenary of X held. They held the high-level meeting cum First Plenary of X."
    >>> full = "High-Level Meeting cum First Plenary of X"
    >>> ms = [Mention(0, 41, full, "Event", full, "shape"),
    ...       Mention(85, 103, "First Plenary of X", "Event", "First Plenary of X", "shape")]
    >>> [(m.text, m.name) for m in _widened(ms, t)][1]
    ('high-level meeting cum First Plenary of X', 'High-Level Meeting cum First Plenary of X')
    """
    names = {m.text.lower(): m for m in mentions if m.label in WIDENED and " " in m.text}
    if len(names) < 2:
        return mentions
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.label not in WIDENED or m.nested:
            continue
        lower = m.text.lower()
        for full, other in names.items():
            d = len(full) - len(lower)
            if d <= 0 or other.label != m.label or not full.endswith(lower) or m.start < d:
                continue
            start = m.start - d
            if text[start:m.start].lower() == full[:d] and (start == 0 or not text[start - 1].isalnum()):
                out[i] = replace(m, start=start, text=text[start:m.end], name=other.name)
                break
    return out


def _person_tokens(name: str) -> set[str]:
    return {t.lower() for part in name.split() for t in (part, *part.split("-")) if t}


_SPELT = frozenset({"Event", "Mechanism", "Agreement", "Initiative", "Organization", "Post"})
"""The classes whose names are matched in one spelling too ("Fourteenth Plenary of the X", "14th Plenary of X";
"Portuguese President", "President of the Portuguese Republic")."""


def resolve_mentions(mentions: list[Mention], text: str, government=lambda m: False, generic=lambda name: False,
                     same_post=lambda short, full: True, spelling=lambda name: name) -> tuple[list[LocalEntity], dict[int, str]]:
    """Group mentions into local entities.

    Parameters
    ----------
    mentions : list of Mention
        In text order, as :class:`igr.extract.mentions.MentionFinder` returns them.
    text : str
        The analysed text, for acronyms in parentheses after a name.
    government : callable
        Whether an organisation mention names a government body.
    generic : callable
        Whether a name is a generic head ("the Conference"): it still refers, but is no alias.
    same_post : callable
        Whether a short title may stand for a fuller one (``same_post("Chief Executive", "Chief
        Executive of the HKSAR")``).
    spelling : callable
        One spelling of the ways a name is printed, for matching ("Fourteenth Plenary of the X" and "14th
        Plenary of X" are one name).

    Returns
    -------
    entities : list of LocalEntity
    entity_of : dict
        Mention index to entity id; mentions left unresolved (an ambiguous "Mr Chan")
        are absent.
    """
    mentions = _widened(mentions, text)
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str], int] = {}
    acronyms: dict[str, int] = {}
    cluster_of: dict[int, int] = {}

    def new_cluster(m: Mention) -> int:
        clusters.append(_Cluster(m.label, m.name, m.kind))
        return len(clusters) - 1

    def attach(i: int, c: int, m: Mention) -> None:
        cluster_of[i] = c
        cl = clusters[c]
        cl.spans.append((m.start, m.end))
        cl.names.append(m.text)
        cl.names.extend(m.aliases)
        cl.government = cl.government or government(m)
        for name in (m.name, m.text, *m.aliases):
            by_key.setdefault((cl.label, key(_bare(name))), c)
            if cl.label in _SPELT:
                by_key.setdefault((cl.label, spelling(key(_bare(name)))), c)

    defined_at: set[int] = set()
    definitions: list[tuple[int, int]] = []
    # Pass 1: full names (everything but short person references and bare acronyms).
    short_people: list[int] = []
    for i, m in enumerate(mentions):
        if m.label == "Person" and _is_short(m):
            short_people.append(i)
            continue
        k = (m.label, key(_bare(m.name)))
        c = by_key.get(k)
        if c is None and m.label in _SPELT:
            c = by_key.get((m.label, spelling(k[1])))  # "the 14th Plenary of X" after "Fourteenth Plenary of the X"
        if c is not None and m.label in _SPELT and len(m.name) > len(clusters[c].name) \
                and spelling(key(_bare(m.name))) == spelling(key(_bare(clusters[c].name))):
            clusters[c].name = m.name  # the fullest form names it ("President of the Portuguese Republic",
            # "Sixth Working Meeting of the Hong Kong/Guangdong ..." after the headline's "... of HK/Guangdong ...")
        defined = acronyms.get(_bare(m.text))
        if defined is not None and clusters[defined].label == m.label:
            # the release's own definition ("the Fifth X Forum (PPRD Forum)") wins over the standard
            # name the lexicon gives the short form (the series)
            c = defined
        if c is None and m.label == "Person":
            c = _fuller_person(clusters, _bare(m.name), surname=HONORIFIC.match(m.text) is not None or m.source == "title-name"
                               or m.name.split()[0] in NAME_PARTICLES)  # ("Al Mansouri": a surname by its particle)
            # ("Mrs Grace Wong" after "Mrs Grace Wong Mei-ling", "Mr Santos Silva" after "Mr Augusto Santos Silva",
            # "President Cavaco Silva" after "President Anibal Cavaco Silva")
        if c is None and _bare(m.text) in acronyms:  # "SHETO", "the Joint Conference" defined in parentheses
            c = acronyms[_bare(m.text)]
        if c is None:
            c = new_cluster(m)
        attach(i, c, m)
        if 0 < m.start and m.end < len(text) and text[m.start - 1] == "(" and text[m.end] == ")" \
                and key(m.text) != key(m.name):
            acronyms.setdefault(_bare(m.text), c)  # "(PPRD Forum)" named for the name before it: later uses too
        # Nested names define acronyms too ("Pan-Pearl River Delta (PPRD) Regional ..."), but an
        # acronym after "Office in Shanghai (SHETO)" belongs to the widest name ending there.
        if m.end not in defined_at:
            after = ACRONYM.match(text, m.end)
            if after and _plausible_alias(after[1], m) and not _series_inside(mentions, i) \
                    and not _spelled_by_inner(mentions, i, after[1]):
                defined_at.add(m.end)
                definitions.append((after.start(1), after.end(1)))
                acronyms.setdefault(after[1], c)
                by_key.setdefault((clusters[c].label, key(after[1])), c)
                clusters[c].names.append(after[1])

    # Later uses of a defined acronym ("at the SHETO") that no detector caught.
    taken = [(m.start, m.end) for m in mentions] + definitions  # a definition is no further use
    for acronym, c in acronyms.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            if not any(s < hit.end() and hit.start() < e for s, e in taken):
                clusters[c].spans.append((hit.start(), hit.end()))

    # A use before the definition (the headline's "X Forum", "SHETO") is the name defined too.
    for acronym, c in acronyms.items():
        for d, other in enumerate(clusters):
            if d != c and other.spans and clusters[c].spans and other.label == clusters[c].label \
                    and key(other.name) == key(acronym) and min(other.spans) < min(clusters[c].spans):
                _merge(clusters, cluster_of, by_key, src=d, dst=c)

    # Short posts ("Chief Executive") join a fuller post of the document that starts with them.
    post_words = {c: _words(cl.name) for c, cl in enumerate(clusters) if cl.label == "Post"}  # (names do not change)
    for c, cl in enumerate(clusters):
        if cl.label != "Post":
            continue
        for d, other in enumerate(clusters):
            if d != c and other.label == "Post" and post_words[d][:len(post_words[c])] == post_words[c] \
                    and len(post_words[d]) > len(post_words[c]) \
                    and (post_words[d][len(post_words[c])] in _COMPLEMENT_WORDS
                         or _COMPLEMENT_WORDS.intersection(post_words[c])) \
                    and cluster_of_any(cluster_of, c) and same_post(cl.name, other.name):
                # a short form of a title printed in full ("the Chief Executive said"), unless the
                # lexicon knows them as two posts (the HKSAR's and Macao's Chief Executive)
                _merge(clusters, cluster_of, by_key, src=c, dst=d)
                break

    # A body's or title's name with an acronym the release defined ("the LegCo Secretariat" after "the Legislative
    # Council (LegCo)") is also its name spelt out: the same body as the spelt-out name printed, else an alias.
    # So is an edition named by its series' acronym ("the 8th CIIE" after "the 8th China International Import Expo
    # (CIIE)": the acronym spells the series, whatever edition it was printed after).
    bodies = {a: clusters[c].name for a, c in acronyms.items() if clusters[c].label == "Organization" and " " not in a}
    bodies.update({a: _EDITION_FIRST.sub("", clusters[c].name) for a, c in acronyms.items()
                   if clusters[c].label in ("Event", "Mechanism") and " " not in a})
    if bodies:
        spelt = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(bodies, key=len, reverse=True)))})(?![\w-])")
        for c, cl in enumerate(clusters):
            if cl.label not in ("Organization", "Post", "Event") or not cl.spans or key(cl.name) in map(key, bodies) \
                    or cl.label == "Event" and not _EDITION_FIRST.match(cl.name):
                continue
            full = spelt.sub(lambda m: bodies[m[0]], cl.name)
            if full == cl.name:
                continue
            d = by_key.get((cl.label, key(full)))
            if d is not None and d != c and clusters[d].spans:
                _merge(clusters, cluster_of, by_key, src=c, dst=d)
            else:
                cl.names.append(full)

    # An edition named "of" its series' other name ("the 6th Ministerial Conference of Forum Macao" after "the 6th
    # Ministerial Conference of the Forum for ... (Macao)", the series known as "Forum Macao") is the edition printed
    # in full.
    series = {key(_bare(n)): cl.name for cl in clusters if cl.label in ("Mechanism", "Event") and cl.spans
              and not _EDITION_FIRST.match(cl.name) for n in cl.names if key(_bare(n)) != key(cl.name)}
    for c, cl in enumerate(clusters):
        if cl.label != "Event" or not cl.spans or not _EDITION_FIRST.match(cl.name):
            continue
        head, of, owner = cl.name.partition(" of ")
        full = series.get(key(_LEADING_THE.sub("", owner))) if of else None
        d = by_key.get((cl.label, key(f"{head} of the {full}"))) if full else None
        if d is None and full:
            d = by_key.get((cl.label, key(f"{head} of {full}")))
        if d is not None and d != c and clusters[d].spans:
            _merge(clusters, cluster_of, by_key, src=c, dst=d)

    # Pass 2: short person references resolve by position.
    surname_only: dict[tuple[str, str], int] = {}
    for i in short_people:
        m = mentions[i]
        word = _bare(m.name).split()[-1].lower() if _bare(m.name).split() else ""
        candidates = [c for c, cl in enumerate(clusters)
                      if cl.label == "Person" and cl.spans and word in _person_tokens(cl.name)]
        title = HONORIFIC.match(m.text)
        styled = [c for c in candidates if title and any(n.startswith(title[0]) for n in clusters[c].names)]
        if title and len(styled) < len(candidates) and _nearest_before(styled, clusters, m.start) is not None:
            candidates = styled  # "Mr Chan" after "Mr Paul Chan" and "Dr Bernard Chan": the one styled "Mr"
        chosen = _nearest_before(candidates, clusters, m.start)
        if chosen is not None:
            attach(i, chosen, m)
        elif not candidates and word:
            # a person the release names only as "Mr Chan": an entity of this release alone
            key_ = ("Person", word)
            if key_ not in surname_only:
                clusters.append(_Cluster("Person", _bare(m.name), None))
                surname_only[key_] = len(clusters) - 1
            attach(i, surname_only[key_], m)

    entities = []
    ids: dict[int, str] = {}
    order = sorted({c for c in cluster_of.values()}, key=lambda c: min(clusters[c].spans))
    for n, c in enumerate(order, start=1):
        cl = clusters[c]
        ids[c] = f"e{n}"
        aliases = tuple(sorted({a for a in cl.names if a and key(a) != key(cl.name)
                                and (not generic(a) or key(a) in _printed_only(cl, text))}))
        entities.append(LocalEntity(ids[c], cl.label, cl.name, aliases, cl.kind, tuple(sorted(set(cl.spans))),
                                    cl.government))
    return entities, {i: ids[c] for i, c in cluster_of.items()}


_EDITION_FIRST = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+")
"""A numbered or dated edition's first word: "8th", "2024"."""


def _printed_only(cl: _Cluster, text: str) -> set[str]:
    """The forms a title is printed in when the release never prints the standard name the lexicon gives it
    ("Premier Li" with the Premier of the State Council): the title as printed names it (rule 3), bare head as
    it may be. Empty for other classes and where the standard name is printed."""
    if cl.label != "Post":
        return set()
    printed = {key(text[s:e]) for s, e in cl.spans}
    return set() if key(cl.name) in printed else printed


def _fuller_person(clusters: list[_Cluster], name: str, surname: bool = False) -> int | None:
    """The one person of the document whose name starts with ``name`` (two words or more); after an
    honorific (``surname``), or whose name ends with it: "Mr Santos Silva" after "Mr Augusto Santos Silva".

    Examples
    --------
    >>> cl = [_Cluster("Person", "Augusto Santos Silva", None, [(0, 20)])]
    >>> _fuller_person(cl, "Santos Silva", surname=True), _fuller_person(cl, "Santos Silva")
    (0, None)
    """
    words = name.lower().split()
    if len(words) < 2:
        return None
    found = [c for c, cl in enumerate(clusters) if cl.label == "Person" and cl.spans and len(cl.name.split()) > len(words)
             and (cl.name.lower().split()[: len(words)] == words or surname and cl.name.lower().split()[-len(words):] == words)]
    return found[0] if len(found) == 1 else None


# A fuller title goes on from its short form with a complement ("Chief Executive" of the HKSAR, "Chief Secretary"
# for Administration), not with another head ("Chief Executive Office Director", "Chief Executive Officer"); a short
# form with its complement already ("Secretary for Culture") may go on with more of its portfolio.
_COMPLEMENT_WORDS = frozenset({"of", "for", "to", "in", "on", "at", "(acting)"})


def _words(name: str) -> list[str]:
    """The words of a name, punctuation left out ("Secretary for Culture, Sports and Tourism" starts with
    the words of "Secretary for Culture")."""
    return re.findall(r"[\w'&.-]+", key(name))


def cluster_of_any(cluster_of: dict[int, int], c: int) -> bool:
    return c in cluster_of.values()


def _merge(clusters, cluster_of, by_key, src: int, dst: int) -> None:
    for i, c in list(cluster_of.items()):
        if c == src:
            cluster_of[i] = dst
    clusters[dst].spans += clusters[src].spans
    clusters[dst].names += clusters[src].names + [clusters[src].name]
    clusters[src].spans = []
    for k, c in list(by_key.items()):
        if c == src:
            by_key[k] = dst


def _nearest_before(candidates: list[int], clusters: list[_Cluster], position: int) -> int | None:
    """The candidate mentioned last before ``position``; if two are equally recent, none."""
    if len(candidates) == 1:
        return candidates[0]
    before = [(max(s for s, _ in clusters[c].spans if s < position), c)
              for c in candidates if any(s < position for s, _ in clusters[c].spans)]
    if not before:
        return None
    before.sort(reverse=True)
    return before[0][1]


_LEADING_THE = re.compile(r"^(?:the|The)\s+")


@lru_cache(maxsize=16384)
def _bare(name: str) -> str:
    """``name`` without an honorific or a leading "the" (kept per name: resolution asks about each
    mention's names several times)."""
    return _LEADING_THE.sub("", HONORIFIC.sub("", name).strip())


def _is_short(m: Mention) -> bool:
    """A person referred to by one word: "Mr Chan", "Governor Ma"."""
    return len(_bare(m.name).split()) < 2


def _series_inside(mentions: list[Mention], i: int) -> bool:
    """Whether an event named inside mention ``i`` ends where it ends: the series of an edition
    ("the Fifth [X Forum] (X Forum)"), which the short name after both names; the edition stays
    apart from it.

    Examples
    --------
    >>> ms = [Mention(0, 20, "Fifth Lakeside Forum", "Event", "Fifth Lakeside Forum", "shape"),
    ...       Mention(6, 20, "Lakeside Forum", "Event", "Lakeside Forum", "series", parent=0)]
    >>> _series_inside(ms, 0), _series_inside(ms, 1)
    (True, False)
    """
    m = mentions[i]
    return m.label == "Event" and any(n.label == "Event" and n.end == m.end and n.start > m.start and n.parent is not None
                                      for n in mentions[i + 1:i + 12])


def _spelled_by_inner(mentions: list[Mention], i: int, acronym: str) -> bool:
    """Whether the acronym after a name spells a shorter name ending there, not this one: "the Secretary
    for Security of the Hong Kong Special Administrative Region (HKSAR)" (Hong Kong's), "the X Committee
    of the Communist Party of China (CPC)" (the party's)."""
    m = mentions[i]
    letters = _initials(acronym)
    if letters in (_initials(m.name), _initials(m.text)):
        return False
    # (not the series inside an edition: "the APEC 2018 Economic Leaders' Meeting (AELM)" calls the edition "AELM")
    inner = [o for o in mentions if o.end == m.end and o.start > m.start
             and not (m.label == "Event" and o.label in ("Event", "Mechanism"))]
    return any(letters in (_initials(o.name), _initials(o.text)) for o in inner) or (
        # a title's acronym is its initials; one that leaves words of the body out ("the Chairman of the
        # Riverland-Lakeside Economic and Cultural Co-operation Council (RLEC)") still spells the body
        m.label == "Post" and len(letters) >= 3 and any(
            o.label in ("Organization", "Mechanism") and (_spells(letters, _initials(o.name)) or _spells(letters, _initials(o.text)))
            for o in inner))


def _spells(letters: str, initials: str) -> bool:
    """Whether ``letters`` are some of ``initials`` in their order ("THEC" of "THKECCC").

    Examples
    --------
    >>> _spells("THEC", "THKECCC"), _spells("SAR", "MSAR"), _spells("SCMA", "CMA")
    (True, True, False)
    """
    rest = iter(initials)
    return all(ch in rest for ch in letters)


def _initials(name: str) -> str:
    """The capitals that start the words of a name ("Communist Party of China": "CPC")."""
    return "".join(w[0] for w in re.split(r"[\s\-/]+", name) if w[:1].isupper()) if " " in name.strip() \
        else "".join(ch for ch in name if ch.isupper())


def _plausible_alias(alias: str, m: Mention) -> bool:
    if alias.isupper() or any(ch.isupper() for ch in alias[1:]):
        return len(alias) >= 2 and m.label != "Person"
    # a short name in parentheses: "(the Bay Area)" — its words must come from the name
    words = alias.lower().split()
    return m.label != "Person" and all(w in m.name.lower() for w in words)
