"""Hypothesis strategies for what a careless corpus holds: any bytes, text in any encoding, broken JSONL.

Shared by the property tests of this folder. ``SETTINGS`` makes every run draw the same
examples (derandomised, no example database), so CI is deterministic.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SETTINGS = dict(derandomize=True, database=None, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "big5",
             "gb18030", "shift_jis"]

# Written for these tests: words that reach deep into extraction (names, posts, places, verbs).
WORDS = ("The Chief Executive Mr Ms Dr John Lee Chan Kwok-ki met visited signed attended chaired the a of and "
         "in on at to with Mayor Vice Secretary for Commerce Shanghai Hong Kong Shenzhen Guangdong Province "
         "Government People's Co-operation Conference Joint Committee Agreement Initiative CreateSmart Forum "
         "Greater Bay Area he she they him today yesterday tomorrow 2024 June 25 Ends/Tuesday, June 25, 2024 "
         "HKSAR SAR Legislative Council Central Liaison Office Director Party Committee Mainland Macao").split()
PUNCT = [",", ".", ";", ":", "(", ")", "\"", "'", "-", "/", "\n", "\n\n", " ", "  ", "\u2019", "\u201c", "\u201d"]

sentences = st.lists(st.sampled_from(WORDS + PUNCT), min_size=1, max_size=80).map(
    lambda parts: " ".join(parts))
"""Text made of release words and punctuation, in any order."""

texts = st.one_of(st.text(max_size=400), sentences, st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
"""Any text: arbitrary Unicode (surrogates, controls, every script) or release-like word salad."""


@st.composite
def encoded(draw) -> bytes:
    """Text encoded in any encoding (unencodable characters replaced), then maybe damaged."""
    data = draw(texts).encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]  # truncated
    return data


files = st.one_of(st.binary(max_size=2000), encoded())
"""The bytes of a file: random, or text in some encoding with damage."""

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def jsonl(draw) -> str:
    """A ``.jsonl`` file: release records with fields of any type, other JSON, and cut-off lines."""
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        record = draw(st.fixed_dictionaries({}, optional={
            "text": texts | json_values, "title": texts | json_values, "url": texts | json_values,
            "date": st.dates().map(str) | texts | json_values}))
        line = json.dumps(draw(st.one_of(st.just(record), json_values)), ensure_ascii=draw(st.booleans()))
        if draw(st.integers(0, 4)) == 0:
            line = line[: draw(st.integers(0, len(line)))]
        lines.append(line)
    return "\n".join(lines)


def fuzz(max_examples: int):
    """``@settings`` for a property test of this folder: deterministic, ``max_examples`` examples."""
    return settings(max_examples=max_examples, **SETTINGS)
