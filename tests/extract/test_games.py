"""The lexicon knows the series of multi-sport games apart ("Winter Olympics" is no "Olympic Games"),
so a dated edition is part of its own series (made-up sentences; three paraphrases and a negative)."""

from datetime import date

import pytest

from igr.ingest.document import Document


def facts(extractor, text):
    [record] = extractor.extract([Document(key="t.txt", text=text, title="Release", date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    return {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}, set(names.values())


@pytest.mark.parametrize("text, edition, series", [
    ("She wished success for the 2030 Winter Olympic Games in Riverton.", "2030 Winter Olympic Games", "Winter Olympics"),
    ("He congratulated Lakeland on hosting the 2036 Summer Olympic Games.", "2036 Summer Olympic Games", "Summer Olympics"),
    ("The minister will attend the 2034 Olympic Winter Games in Westmark.", "2034 Olympic Winter Games", "Winter Olympics"),
])
def test_a_dated_edition_is_part_of_its_series(extractor, text, edition, series):
    found, names = facts(extractor, text)
    assert (edition, "partOf", series) in found
    assert "Olympic Games" not in names


def test_summer_and_winter_games_are_two_series(mentions):
    found = mentions("Riverton is the first city to host both the Summer Olympics and the Winter Olympics.")
    assert {("Event", "Summer Olympics"), ("Event", "Winter Olympics")} <= found
    assert ("Event", "Olympic Games") not in found
