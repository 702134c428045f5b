"""RDF for the store: one named graph per document; entity descriptions, name index and tenures shared."""

from igr.rdf.entities import entity_quads, tenure_quads
from igr.rdf.graphs import document_graph, document_iri, graph_digest

__all__ = ["document_graph", "document_iri", "entity_quads", "graph_digest", "tenure_quads"]
