"""igr: knowledge graphs of intergovernmental relations from government press releases.

The pipeline flows one way::

    sources -> Document -> spaCy Doc -> mentions, facts -> resolved entities
            -> RDF (one named graph per document) -> Oxigraph store
            -> SPARQL, networkx projections, pyvis views

Examples
--------
>>> import igr
>>> igr.__version__
'0.1.0'
"""

from igr.errors import IgrError
from igr.version import __version__

__all__ = ["IgrError", "__version__", "open"]


def open(location, **kwargs):  # noqa: A001 - mirrors the builtin on purpose: igr.open("igr-store")
    """Open a knowledge graph store for analysis (see :class:`igr.kg.KnowledgeGraph`).

    Parameters
    ----------
    location : str or pathlib.Path
        A store directory, or the URL of a SPARQL server.
    **kwargs
        Passed to :class:`igr.kg.KnowledgeGraph`.
    """
    from igr.kg import KnowledgeGraph

    return KnowledgeGraph.open(location, **kwargs)
