"""Starting positions for big views, so the browser's physics only has to refine them.

vis-network starts from random positions; on thousands of nodes it then needs
many (slow) iterations to untangle them. Seeding the layout with each community
packed in its own disc, hubs in the middle, gives the physics a head start: a
few hundred iterations then show the communities apart.

Examples
--------
>>> import networkx as nx
>>> g = nx.Graph([(1, 2), (3, 4)])
>>> pos = seed_positions(g, {1: 0, 2: 0, 3: 1, 4: 1})
>>> sorted(pos) == [1, 2, 3, 4], pos[1] != pos[3]
(True, True)
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping

import networkx as nx

GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def seed_positions(graph: nx.Graph, community: Mapping[object, int], *, spacing: float = 28.0) -> dict:
    """``{node: (x, y)}``: communities along a sunflower spiral, members in a sunflower disc.

    Parameters
    ----------
    graph : networkx.Graph
    community : mapping of node to community number
        Nodes missing from it form one extra group.
    spacing : float
        Rough distance between neighbouring nodes, in vis-network units.
    """
    groups: dict[int, list] = defaultdict(list)
    for node in graph:
        groups[community.get(node, -1)].append(node)
    ordered = sorted(groups.values(), key=lambda members: (-len(members), str(min(members, key=str))))
    degree = dict(graph.degree())
    positions = {}
    before = 0
    for k, members in enumerate(ordered):
        # Centre k sits where a sunflower of all nodes would put the middle of its members.
        radius = spacing * 1.25 * math.sqrt(before + len(members) / 2) if k else 0.0
        cx, cy = radius * math.cos(k * GOLDEN_ANGLE), radius * math.sin(k * GOLDEN_ANGLE)
        members = sorted(members, key=lambda n: (-degree.get(n, 0), str(n)))  # hubs in the middle
        for i, node in enumerate(members):
            r = spacing * 0.8 * math.sqrt(i + 0.5) if len(members) > 1 else 0.0
            positions[node] = (round(cx + r * math.cos(i * GOLDEN_ANGLE), 1),
                               round(cy + r * math.sin(i * GOLDEN_ANGLE), 1))
        before += len(members)
    return positions
