"""Resolution across documents: one canonical entity, and one IRI, per real thing."""

from igr.resolve.corpus import CorpusEntity, Resolution, resolve_corpus

__all__ = ["CorpusEntity", "Resolution", "resolve_corpus"]
