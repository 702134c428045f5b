"""Fixtures of the extraction tests: what the real pipeline finds in a sentence written for a test."""

from datetime import date

import pytest

from igr.ingest import Document


@pytest.fixture(scope="module")
def mentions(extractor):
    """``mentions(text)``: the (class, name) of every mention igr's pipeline finds in ``text``."""
    def found(text: str) -> set[tuple[str, str]]:
        return {(m.label, m.name) for m in extractor.nlp(text).user_data["igr_mentions"]}

    return found


@pytest.fixture(scope="module")
def found_facts(extractor):
    """``found_facts(text)``: the (subject, predicate, object) names of every fact igr finds in a
    release made of ``text`` (dated 3 May 2024); symmetric facts both ways round."""
    def found(text: str, title: str | None = None) -> set[tuple[str, str, str]]:
        [record] = extractor.extract([Document(key="t.txt", text=text, title=title, date=date(2024, 5, 3))])
        names = {e.id: e.name for e in record.entities}
        facts = {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}
        return facts | {(o, p, s) for s, p, o in facts if p in ("metWith", "cooperatesWith")}

    return found
