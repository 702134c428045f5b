"""Named SPARQL queries for the questions analysts ask, with safely bound parameters.

The queries are ``.rq`` files in ``igr/cookbook/queries/``: plain SPARQL that runs
as it is in any SPARQL client (YASGUI, ``rsparql``) against a store served with
``igr serve``; their header says what they answer and which parameters they take.

Examples
--------
>>> from igr.cookbook import list_queries, render
>>> len(list_queries()) >= 12
True
>>> sparql = render("active-entities", {"from": "2024-01-01", "to": "2024-12-31"})
>>> 'VALUES (?_class) { (UNDEF) }' in sparql
True

Names (``name`` and ``namepart`` parameters) are looked up in the store's name
index before the query runs: :func:`run` does both.
"""

from igr.cookbook.catalog import CookbookQuery, Param, list_queries, load_query, parse_query, render, run

__all__ = ["CookbookQuery", "Param", "list_queries", "load_query", "parse_query", "render", "run"]
