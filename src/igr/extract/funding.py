"""Funding: which scheme or body pays for which project.

"X funds Y"; "Y is funded by/under X"; "the projects funded by X include "A" and "B"";
""A", one of the projects funded by X"; the cue words that introduce a funder come from
``fund_cues`` in ``relations.json``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from igr.extract.arguments import Arg, Reading
from igr.extract.triggers import Vocabulary


class FundingPatterns:
    """Who funds what.

    Parameters
    ----------
    words : Vocabulary
    """

    def __init__(self, words: Vocabulary) -> None:
        self._cues = words.cue("fund_cues") | {"by"}
        # "with funding from X", "with the support of X": a preposition, a noun, a preposition
        self._phrases = [p for p in words.cue_phrases("fund_cues") if len(p) == 3]
        self._funded = words.cue("funded_nouns")

    def funding(self, r: Reading, v: Token, sent: Span) -> None:
        """ "X funds Y"; "Y is funded by/under X"; "the projects funded by X include "A" and "B"";
        ""A", one of the projects funded by X"; "A is one of the funded projects" (after naming X)."""
        if v.pos_ not in ("VERB", "NOUN"):
            return
        labels = ("Initiative", "Organization")
        funders = [a for c in r.children_of(v) if c.dep_ in ("agent", "prep") and c.lower_ in self._cues
                   for p in r.children_of(c) if p.dep_ == "pobj" for t in r.subtree_of(p) for a in r.args_at(t, labels, conj=False)]
        funders += [a for c in r.children_of(v) if c.dep_ == "prep" for first, noun, last in self._phrases
                    if c.lower_ == first for n in r.children_of(c) if n.dep_ == "pobj" and n.lemma_.lower() == noun
                    for q in r.children_of(n) if q.dep_ == "prep" and q.lower_ == last
                    for p in r.children_of(q) if p.dep_ == "pobj" for a in r.args_at(p, labels)]
        if v.dep_ != "amod" and not funders:
            funders = r.subjects(v, labels, inherit=False)
        funded = r.objects(v, ("Initiative",), preps=()) + r.subjects(v, ("Initiative",), inherit=False) \
            if v.dep_ not in ("acl", "amod") else []
        head = v.head
        if v.dep_ in ("acl", "amod") and head.lemma_.lower() in self._funded:
            # the projects are named around the noun: by apposition, by "are", or as what "is one of" them
            named = {a.entity: a for t in sent for a in r.args_at(t, ("Initiative",), conj=False)}
            funded = [a for e, a in named.items() if e not in {f.entity for f in funders}]
            if not funders and v.dep_ == "amod":
                recent = r.named_last(sent[0], "Initiative")  # named before this sentence
                funders = [Arg(recent, "Initiative", "event-noun")] if recent else []
        # the most specific funder: "funded by the Bureau through the Scheme" -> the Scheme funds them
        schemes = [f for f in funders if r.label(f.entity) == "Initiative"]
        for s in (schemes or funders):
            for o in funded:
                if s.entity != o.entity and r.label(o.entity) == "Initiative":
                    r.emit(s.entity, "funds", o.entity, sent, f"dep:{v.lemma_}", r.conf(s, o) - 0.1)
