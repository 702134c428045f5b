"""From facts to a view in one call: project, slice, cut to an ego network, score, draw.

Examples
--------
>>> from igr.analytics import sample_facts
>>> view = view_projection(sample_facts(), "places", year=2024)
>>> view.title, view.nodes
('Places network', 3)
"""

from __future__ import annotations

from datetime import date

from igr.analytics.analysis import DEFAULT_SEED
from igr.analytics.facts import FactBase
from igr.analytics.paths import ego_network
from igr.analytics.projections import project
from igr.analytics.tables import score_table
from igr.views.cap import DEFAULT_MAX_NODES, central, notice
from igr.views.render import TOOLTIP_SCORES, check_size_by, render
from igr.views.view import View


def view_scores(size_by: str = "pagerank") -> tuple[str, ...]:
    """The scores a view computes: those in its tooltips and the one that sizes nodes.

    Betweenness is left out unless it sizes the nodes: exact betweenness is slow on
    big graphs and a view does not need it.

    Examples
    --------
    >>> view_scores()
    ('pagerank', 'degree', 'community')
    """
    wanted = [name for name in TOOLTIP_SCORES if name != "betweenness" or size_by == "betweenness"]
    return tuple(dict.fromkeys([*wanted, size_by]))


def view_projection(facts: FactBase, projection: str = "officials", *, ego: str | None = None, hops: int = 1,
                    year: int | str | None = None, start: date | str | None = None,
                    end: date | str | None = None, home: str | None = None, size_by: str = "pagerank",
                    title: str | None = None, seed: int = DEFAULT_SEED,
                    max_nodes: int = DEFAULT_MAX_NODES) -> View:
    """Render a projection (or the ego network of one entity in it) as an HTML view.

    Scores (and so node sizes) are those of the whole projection, so an ego
    network shows how central its members are in the wider graph. A projection of
    more than ``max_nodes`` entities is cut to its ``max_nodes`` most central ones
    with ties (:func:`igr.views.cap.central`), the names of the top ones drawn, and
    the page says what was left out (``View.notice``).

    Parameters
    ----------
    facts : FactBase
    projection : str
        ``officials``, ``places``, ``organisations``, ``mechanisms`` or ``full``.
    ego : str, optional
        Name (label or alias) of the entity at the centre.
    hops : int
        Radius of the ego network.
    year, start, end
        Time slice (see :func:`igr.analytics.timeslice.time_slice`).
    home : str, optional
        For ``places``: the home place of officials whose posts name none.
    size_by : str
        Score that sizes the nodes.
    title : str, optional
    seed : int
        Seed of the community detection shown in tooltips.
    max_nodes : int
        Entities a view of the whole projection shows at most (0: all); an ego network is never cut.
    """
    check_size_by(size_by)
    whole = project(facts, projection, year=year, start=start, end=end, home=home)
    scores = score_table(whole, seed=seed, columns=view_scores(size_by))
    if ego:
        return render(ego_network(whole, ego, hops=hops, facts=facts), scores=scores, size_by=size_by, title=title)
    ranking = scores[size_by] if size_by != "constraint" else 1.0 - scores[size_by]  # low constraint: broker
    cut = central(whole, ranking.to_dict(), max_nodes=max_nodes, by=size_by)
    if not cut.capped:
        return render(whole, scores=scores, size_by=size_by, title=title)
    graph = cut.graph
    graph.graph.update(whole.graph)
    return render(graph, scores=scores, size_by=size_by, title=title, notice=notice(cut), labelled=cut.labelled)
