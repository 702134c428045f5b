"""Name keys and slugs shared by corpus resolution and IRI minting.

Examples
--------
>>> merge_keys("Person", "Mrs Carrie Lam")
{'carrie lam'}
>>> merge_keys("Person", "Mr Chan")
set()
>>> slug("Hong Kong/Shanghai Co-operation Conference")
'hong-kong-shanghai-co-operation-conference'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|dr|professor|prof|sir|madam|dame)\.?\s+", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def norm(name: str) -> str:
    """Comparison form of a name: case, punctuation, "co-operation", "the", possessive."""
    s = name.strip().lower().replace("&", " and ")
    s = re.sub(r"co-?\s*operat", "cooperat", s)
    s = re.sub(r"[‘’`]", "'", s)
    s = re.sub(r"[\"“”]", "", s)
    s = re.sub(r"'s\b", "", s).replace("'", "")
    s = re.sub(r"[-–—/]", " ", s)
    s = re.sub(r"[.,;:()\[\]]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


ORDINALS = {w: f"{i}th" for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
_NUMERIC = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
_PLENARY = re.compile(r"\bplenary (?:session|meeting)\b")


def loose(key: str) -> str:
    """A key that ignores inner "the", ordinal spelling and the word after "Plenary": "Twentieth Plenary of X" =
    "20th Plenary Session of the X".

    Examples
    --------
    >>> loose(norm("Twentieth Plenary Session of Hong Kong/Guangdong Co-operation Joint Conference"))
    '20th plenary of hong kong guangdong cooperation joint conference'
    """
    words = [ORDINALS.get(w, w) for w in key.split() if w != "the"]
    return _PLENARY.sub("plenary", _NUMERIC.sub(lambda m: f"{m[1]}th", " ".join(words)))


def merge_keys(label: str, name: str, abbreviations: dict[str, str] | None = None) -> set[str]:
    """Keys under which an entity with this name merges with others of its class.

    A name that is only an honorific and one word ("Mr Chan") never merges: it
    could be anyone. For people the honorific is dropped ("Mrs Carrie Lam").
    """
    stripped = HONORIFIC.sub("", name.strip())
    if len(stripped.split()) < 2 and (stripped != name.strip() or label == "Person"):
        return set()  # "Mr Chan", or a person known only as "Chan": could be anyone
    k = norm(stripped)
    if not k:
        return set()
    keys = {k, loose(k)}
    if label == "Organization":
        keys.add(body_order(k))
    if abbreviations:  # "HK/Guangdong Co-operation Joint Conference" is the Hong Kong/Guangdong one
        expanded = " ".join(abbreviations.get(w, w) for w in k.split())
        keys |= {expanded, loose(expanded)}
    return keys


_PARTY = re.compile(r"^(?:communist party of china|chinese communist party|china communist party|cpc) ")
_PARTY_COMMITTEE = re.compile(r"\b(provincial|municipal|city|central) party committee\b")
_OF_PARTY = re.compile(r"^(.+ committee) of (?:the )?(?:communist party of china|cpc)$")
_UNIT_OF = re.compile(r"^((?:\w+ )?\w+) of (?:the )?((?:\w+ ){0,4}\w+)$")


def body_order(key: str) -> str:
    """One order of the words of a body's name, however it was printed: the unit after what it is a unit of
    ("Ministry of Foreign Affairs" and "Foreign Affairs Ministry"), the Party's committees with "CPC" first
    ("Guangdong Provincial Party Committee", "Guangdong Provincial Committee of the CPC").

    Examples
    --------
    >>> body_order(norm("Ministry of Foreign Affairs")), body_order(norm("Foreign Affairs Ministry"))
    ('foreign affairs ministry', 'foreign affairs ministry')
    >>> body_order(norm("Guangdong Provincial Party Committee")), body_order(norm("CPC Guangdong Provincial Committee"))
    ('cpc guangdong provincial committee', 'cpc guangdong provincial committee')
    >>> body_order(norm("Political Bureau of the CPC Central Committee"))
    'cpc central committee political bureau'
    >>> body_order(norm("China Communist Party Central Committee Political Bureau"))
    'cpc central committee political bureau'
    """
    party = _PARTY.match(key)
    core = key[party.end():] if party else key
    core = _PARTY_COMMITTEE.sub(r"\1 committee", core)
    of_party = _OF_PARTY.match(core)
    if of_party:
        core, party = of_party[1], True
    unit = _UNIT_OF.match(core)
    if unit:
        inner = body_order(unit[2])
        return f"{inner} {unit[1]}"
    return f"cpc {core}" if party or _PARTY_COMMITTEE.search(key) else core


def slug(name: str, limit: int = 80) -> str:
    """Readable IRI segment: ASCII, lower case, hyphens."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "-", s.lower()).strip("-")
    return s[:limit].rstrip("-") or "x"
