"""Triple stores: the embedded Oxigraph store and SPARQL servers, behind one interface.

:func:`open_store` picks the backend for a directory or a server URL.

Examples
--------
>>> import tempfile
>>> from igr.store import open_store
>>> store = open_store(tempfile.mkdtemp() + "/s", create=True)
>>> store.query("ASK { ?s ?p ?o }").boolean
False
"""

from igr.store.base import Answer, QueryResult, TripleStore
from igr.store.factory import open_store
from igr.store.local import LocalStore
from igr.store.sparql import user_query, with_prefixes

__all__ = ["Answer", "LocalStore", "QueryResult", "TripleStore", "open_store", "user_query", "with_prefixes"]
