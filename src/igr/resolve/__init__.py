"""Resolution: one canonical entity, and one stable IRI, per real thing, document by document."""

from igr.resolve.entities import CLASS_SEGMENT, Description, KeyMaker, class_of, describe, features
from igr.resolve.incremental import EntityIndex, Resolver

__all__ = ["CLASS_SEGMENT", "Description", "EntityIndex", "KeyMaker", "Resolver", "class_of", "describe", "features"]
