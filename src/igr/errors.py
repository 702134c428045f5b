"""One root exception for everything igr raises on purpose.

The CLI turns any :class:`IgrError` into a one-line ``Error: ...`` and a
non-zero exit; messages therefore say what to do, not only what broke.

Examples
--------
>>> try:
...     raise StoreNotFound("no store at 'x'; build one with: igr build PATH --store x")
... except IgrError as err:
...     print(err)
no store at 'x'; build one with: igr build PATH --store x
"""


class IgrError(Exception):
    """Root of all errors igr reports to its users."""


class InputError(IgrError):
    """A source file or path cannot be read as a press release."""


class ModelError(IgrError):
    """The spaCy model cannot be loaded."""


class StoreError(IgrError):
    """The triple store cannot be opened, read or written."""


class StoreNotFound(StoreError):
    """No store exists at the given location."""


class StoreLocked(StoreError):
    """Another process holds the store."""


class QueryError(IgrError):
    """A SPARQL query is malformed or fails."""


class QueryTimeout(QueryError):
    """A query ran longer than it was allowed to."""


class OntologyError(IgrError):
    """The ontology or lexicon files are missing or inconsistent."""


class ArchiveError(IgrError):
    """A synthetic archive cannot be generated as asked."""


class ClusterError(IgrError):
    """A cluster of extraction workers cannot be reached, or a worker failed."""


class FetchError(IgrError):
    """Releases cannot be downloaded (bad dates, an unreachable site, robots.txt forbids it)."""


class FetchFailed(FetchError):
    """One page could not be downloaded; a fetch reports it and goes on with the others."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
