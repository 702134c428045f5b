"""Tooltips of a view: who an entity is, and which releases and sentences an edge rests on.

Tooltips are small HTML fragments. Every piece of text from the graph (names,
titles, sentences) is HTML-escaped here, so a release titled ``<script>`` shows
as text; the page then turns the fragment into an element.

Examples
--------
>>> from datetime import date
>>> from igr.analytics.facts import Evidence
>>> e = Evidence("metWith", "a", "b", 'He met "X" & <Y>.', "doc", "A <b>title</b>", date(2024, 6, 25))
>>> print(evidence_html(e))
<div class="igr-ev"><span class="igr-when">2024-06-25</span> <span class="igr-rel">A &lt;b&gt;title&lt;/b&gt;</span><br>&ldquo;He met &quot;X&quot; &amp; &lt;Y&gt;.&rdquo;</div>
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape

from igr.analytics.facts import Evidence
from igr.analytics.ties import distinct_sentences

EVIDENCE_SHOWN = 4
SENTENCE_LIMIT = 280


def clip(text: str, limit: int = SENTENCE_LIMIT) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"


def evidence_html(item: Evidence) -> str:
    """One piece of evidence: date, release title, the sentence."""
    when = item.date.isoformat() if item.date else "undated"
    title = item.title or item.source or "unknown release"
    sentence = f"<br>&ldquo;{escape(clip(item.sentence))}&rdquo;" if item.sentence else ""
    return (f'<div class="igr-ev"><span class="igr-when">{escape(when)}</span> '
            f'<span class="igr-rel">{escape(clip(title, 160))}</span>{sentence}</div>')


def evidence_list_html(evidence: Iterable[Evidence], shown: int = EVIDENCE_SHOWN) -> str:
    """The first ``shown`` distinct sentences of the evidence, and how many more there are."""
    items = distinct_sentences(evidence)
    parts = [evidence_html(e) for e in items[:shown]]
    if len(items) > shown:
        parts.append(f'<div class="igr-more">and {len(items) - shown} more</div>')
    return "".join(parts)


def node_html(label: str, cls: str, *, aliases: Iterable[str] = (), scores: Mapping[str, object] | None = None,
              releases: Iterable[tuple[str, str]] = (), hops: int | None = None) -> str:
    """A node's tooltip: name, class, aliases, scores and the releases that mention its ties.

    Examples
    --------
    >>> print(node_html("Chan <K>", "Person", aliases=["CS"], scores={"pagerank": 0.25}))
    <div class="igr-tip-head"><b>Chan &lt;K&gt;</b> <span class="igr-cls">Person</span></div><div class="igr-alias">also: CS</div><div class="igr-scores">pagerank 0.250</div>
    """
    parts = [f'<div class="igr-tip-head"><b>{escape(label)}</b> <span class="igr-cls">{escape(cls)}</span></div>']
    names = [a for a in aliases if a != label]
    if names:
        parts.append(f'<div class="igr-alias">also: {escape(", ".join(names[:6]))}</div>')
    if hops is not None:
        parts.append(f'<div class="igr-hops">{hops} hop{"s" if hops != 1 else ""} from the centre</div>')
    if scores:
        shown = " &middot; ".join(f"{escape(k)} {_number(v)}" for k, v in scores.items() if v is not None)
        parts.append(f'<div class="igr-scores">{shown}</div>')
    listed = list(releases)
    if listed:
        items = "".join(f"<li>{escape(when)} {escape(clip(title, 120))}</li>" for when, title in listed[:EVIDENCE_SHOWN])
        more = f'<div class="igr-more">and {len(listed) - EVIDENCE_SHOWN} more releases</div>' \
            if len(listed) > EVIDENCE_SHOWN else ""
        parts.append(f'<ul class="igr-releases">{items}</ul>{more}')
    return "".join(parts)


def edge_html(source: str, target: str, lines: Iterable[str], weight: int, evidence: Iterable[Evidence]) -> str:
    """An edge's tooltip: the two ends, what ties them, and the evidence.

    ``lines`` are plain-text descriptions of the ties (``"metWith"``,
    ``"co-attended Sixth Plenary Session"``); they are escaped here.

    Examples
    --------
    >>> print(edge_html("A", "B & C", ["metWith"], 1, []))
    <div class="igr-tip-head"><b>A</b> &ndash; <b>B &amp; C</b></div><div class="igr-kinds">metWith (1 tie)</div>
    """
    kinds = "; ".join(escape(line) for line in lines)
    head = (f'<div class="igr-tip-head"><b>{escape(source)}</b> &ndash; <b>{escape(target)}</b></div>'
            f'<div class="igr-kinds">{kinds} ({weight} tie{"s" if weight != 1 else ""})</div>')
    return head + evidence_list_html(evidence)


def _number(value: object) -> str:
    if isinstance(value, float):
        return "&ndash;" if value != value else f"{value:.3f}"
    return escape(str(value))
