"""A user's query: prefixes predeclared, updates refused by name, error columns counted in the user's text."""

from __future__ import annotations

import pytest

from igr.errors import QueryError
from igr.store import open_store, user_query
from igr.store.sparql import first_keyword, prepare


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "s", create=True) as s:
        yield s


@pytest.mark.parametrize("text", [
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "# a comment\nPREFIX ex: <http://x#>\n delete where { ?s ?p ?o }",
    "DROP ALL", "LOAD <http://example.org/data.ttl>", "CLEAR GRAPH <http://x/g>",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_updates_are_not_accepted(store, text):
    with pytest.raises(QueryError, match=r"^updates are not accepted here: this is a SPARQL update \(\w+\)"):
        user_query(store, text)


def test_a_query_naming_insert_in_a_string_is_a_query(store):
    assert first_keyword("PREFIX ex: <http://x#insert> SELECT ('DELETE' AS ?x) {}") == "SELECT"
    assert user_query(store, "SELECT ('DELETE' AS ?x) {}").result().rows[0][0].toPython() == "DELETE"


@pytest.mark.parametrize("text", ["SELEC ?x", "SELECT ?x WHERE { ?x <http://x/p> }", "SELECT ?x\nWHERE { ?x ?y }"])
def test_error_positions_are_those_of_the_users_text_alone(store, text):
    with pytest.raises(QueryError) as alone:
        store.query(text)  # no prefixes added
    with pytest.raises(QueryError) as given:
        user_query(store, text)
    assert str(given.value) == str(alone.value)


def test_error_position_with_a_predeclared_prefix(store):
    with pytest.raises(QueryError, match="error at 1:28:"):  # the '}' where an object is missing
        user_query(store, "SELECT ?x WHERE { ?x igr:p }")


def test_declared_prefixes_are_not_repeated():
    prepared = prepare("PREFIX igr: <http://other#> SELECT * {}")
    assert prepared.text.count("PREFIX igr:") == 1
    assert prepared.text[prepared.offset:] == "PREFIX igr: <http://other#> SELECT * {}"
