"""Triple stores: the embedded Oxigraph store and (later) SPARQL servers, behind one interface.

Examples
--------
>>> import tempfile
>>> from igr.store import open_store
>>> store = open_store(tempfile.mkdtemp() + "/s", create=True)
>>> store.query("ASK { ?s ?p ?o }").boolean
False
"""

from igr.store.base import QueryResult, TripleStore, with_prefixes
from igr.store.local import LocalStore, open_store

__all__ = ["LocalStore", "QueryResult", "TripleStore", "open_store", "with_prefixes"]
