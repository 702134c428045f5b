"""RDF for the store: one named graph per document, one graph of entity descriptions."""

from igr.rdf.graphs import document_graph, document_iri, entities_graph, graph_digest

__all__ = ["document_graph", "document_iri", "entities_graph", "graph_digest"]
