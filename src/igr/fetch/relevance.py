"""Is a release about relations between governments? A fast decision from the lexicon.

A release is kept when it names another government's side of a relation: a place
outside Hong Kong, a government body or an official of another jurisdiction, or a known
intergovernmental mechanism or agreement; together with an interaction (a meeting, a
visit, attendance, signing, co-operation, a forum or a delegation) with a party to it (an
official or a government body, or Hong Kong itself when only places are named). An official of
another jurisdiction named together with Hong Kong is an interaction by itself
(a visit to Hong Kong). Everything comes from ``ontology/lexicon`` (names, kinds,
jurisdictions, the relation triggers of ``relations.json`` and the few extra cues of
``relevance.json``); no spaCy model is loaded, so deciding on a title takes
microseconds.

Examples
--------
>>> judge = RelevanceFilter()
>>> judge.judge("SCMA to visit Macao and Zhuhai").keep
True
>>> judge.judge("Missing man in Tsim Sha Tsui located").reason
'no place, government or official outside Hong Kong'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from igr.extract.lexicon import Lexicon, load_lexicon
from igr.fetch.cues import Cue, CueIndex, build_index

FOREIGN = ("place", "government", "official", "mechanism", "agreement")
"""Cue kinds that name the other side of an intergovernmental relation."""

ACTORS = ("hk_official", "hk_body", "official", "government")
"""Cue kinds of someone who can travel on official business."""

LEAD_PARAGRAPHS = 3
"""How much of a release's text is read: its opening paragraphs say what it is about."""

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])|\n+")


@dataclass(frozen=True)
class Decision:
    """The relevance decision for one release, with the cues it rests on.

    ``basis`` is ``"title"`` or ``"text"``: where the deciding cues were found.
    """

    keep: bool
    reason: str
    basis: str = "title"
    cues: tuple[Cue, ...] = ()


class RelevanceFilter:
    """Decide from a title, and optionally the text, whether a release is intergovernmental.

    Parameters
    ----------
    lexicon : Lexicon, optional
        Defaults to the bundled ``ontology/lexicon``.

    Examples
    --------
    >>> f = RelevanceFilter()
    >>> d = f.judge("SJ meets Governor of Guangdong Province")
    >>> print(d.keep, d.reason)
    True official of another jurisdiction "Governor of Guangdong Province" + interaction "meets"
    >>> print(f.judge("Import of poultry meat from areas in Canada suspended").reason)
    outside Hong Kong ("Canada") but no interaction
    """

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    @cached_property
    def index(self) -> CueIndex:
        return build_index(self.lexicon)

    def cues(self, text: str) -> list[Cue]:
        """Every cue found in ``text``, longest names first, in text order."""
        return self.index.find(text)

    def judge(self, title: str, text: str | None = None) -> Decision:
        """Keep or drop one release, deciding on its title and, if given, its opening paragraphs.

        Parameters
        ----------
        title : str
        text : str, optional
            The body. A title that does not decide is looked at again with each
            sentence of the first ``LEAD_PARAGRAPHS`` paragraphs.
        """
        decision = self._decide(self.cues(title or ""), "title")
        if decision.keep or not text:
            return decision
        lead = "\n\n".join(p for p in re.split(r"\n\s*\n", text.strip())[:LEAD_PARAGRAPHS])
        best = decision
        for sentence in _SENTENCE.split(lead):
            found = self._decide(self.cues(sentence), "text")
            if found.keep:
                return found
            if _rank(found) > _rank(best):
                best = Decision(False, found.reason, "text", found.cues)
        return best

    def _decide(self, cues: Iterable[Cue], basis: str) -> Decision:
        cues = tuple(cues)
        foreign = [c for c in cues if c.kind in FOREIGN]
        interaction = [c for c in cues if c.kind in ("interaction", "departure")]
        officials = [c for c in foreign if c.kind == "official"]
        departures = [c for c in cues if c.kind == "departure"]
        if departures and any(c.kind in ACTORS for c in cues):
            return Decision(True, f'departure from Hong Kong "{departures[0].text}"', basis, cues)
        parties = [c for c in cues if c.kind in ACTORS or c.kind == "hong_kong"]
        if foreign and interaction and (parties or any(c.kind != "place" for c in foreign)):
            return Decision(True, f'{_what(foreign[0])} + interaction "{interaction[0].text}"', basis, cues)
        if foreign and interaction:
            return Decision(False, f'outside Hong Kong ("{foreign[0].text}") and an interaction, but no party named', basis, cues)
        if officials and any(c.kind == "hong_kong" for c in cues):
            return Decision(True, f"{_what(officials[0])} in or with Hong Kong", basis, cues)
        if foreign:
            return Decision(False, f'outside Hong Kong ("{foreign[0].text}") but no interaction', basis, cues)
        return Decision(False, "no place, government or official outside Hong Kong", basis, cues)


def _what(cue: Cue) -> str:
    names = {"place": "place outside Hong Kong", "government": "government of another jurisdiction",
             "official": "official of another jurisdiction", "mechanism": "mechanism", "agreement": "agreement"}
    return f'{names[cue.kind]} "{cue.text}"'


def _rank(decision: Decision) -> int:
    return 1 if decision.reason.startswith("outside") else 0
