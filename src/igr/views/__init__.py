"""Interactive HTML views of projections (pyvis, vis-network inlined; works offline).

Examples
--------
>>> from igr.analytics import sample_facts
>>> from igr.views import view_projection
>>> v = view_projection(sample_facts(), "officials", ego="Alex Chan")
>>> v.nodes
4
"""

from igr.views.render import render, script_json
from igr.views.style import CLASS_COLOURS
from igr.views.view import View
from igr.views.views import view_projection

__all__ = ["CLASS_COLOURS", "View", "render", "script_json", "view_projection"]
