"""Co-operation between places and bodies: "between X and Y", "X-Y co-operation", "the two places"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from igr.extract.arguments import Arg


class CooperationPatterns:
    """Mixin of :class:`igr.extract.relations.RelationFinder`: who co-operates with whom."""

    def _cooperation_between(self, v: Token, sent: Span) -> None:
        """ "co-operation between/among X and Y", "X and Y's co-operation", "X's co-operation with Y",
        "X and Y will strengthen co-operation"."""
        labels = ("Place", "Organization")
        parties: list[Arg] = []
        for prep in v.children:
            if prep.dep_ == "prep" and prep.lower_ in ("between", "among", "amongst"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        # every party named in the phrase: "between the sectors in Hong Kong and the UAE"
                        parties += [a for t in pobj.subtree for a in self._args_at(t, labels, conj=False)]
        owners = [a for c in v.children if c.dep_ == "poss" for a in self._args_at(c, labels)]
        if owners:
            partners = [a for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children if p.dep_ == "pobj" for a in self._args_at(p, labels)]
            parties += owners + partners if (len(owners) > 1 or partners) else []
        if not parties:
            # the co-operation is what the subjects do: "Hong Kong and Guangzhou will strengthen co-operation"
            verb = v
            while verb.dep_ in ("dobj", "pobj", "conj", "prep", "compound", "attr") and verb.head is not verb:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                subjects = self._subjects(verb, labels, inherit=False)
                if len(subjects) > 1:
                    parties += subjects
        self._pairwise(parties, sent, "dep:cooperation")

    def _cooperation_compounds(self, sent: Span) -> None:
        """ "Hong Kong-Guangdong co-operation", "Hong Kong/Shanghai co-operation" """
        text = sent.text
        for m in re.finditer(r"(?i)co-?operation|collaboration|partnership", text):
            start = sent.start_char + m.start()
            window = self._text[max(sent.start_char, start - 60):start]
            hits = []
            for t in sent:
                if t.idx < start - len(window) or t.idx >= start:
                    continue
                eid = self._entity_at(t)
                if eid and self._label(eid) in ("Place",) and eid not in hits:
                    hits.append(eid)
            tail = re.search(r"([A-Z][\w ]*?)[-/–]([A-Z][\w ]*?)\s*$", window)
            if len(hits) >= 2 and tail:
                args = [Arg(h, "Place", "mention") for h in hits[-2:]]
                self._pairwise(args, sent, "noun-phrase:x-y-cooperation")

    def _pairwise(self, parties: list[Arg], sent: Span, method: str) -> None:
        unique = list({p.entity: p for p in parties}.values())
        for i, a in enumerate(unique):
            for b in unique[i + 1:]:
                self._emit(a.entity, "cooperatesWith", b.entity, sent, method, self._conf(a, b) - 0.05)
