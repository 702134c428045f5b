"""Each cookbook query against the hand-built sample graph, with answers worked out by hand.

The sample (tests/cookbook/sample_graph.py) is described in its module docstring.
"""

from __future__ import annotations

import re

import pytest

from igr.cookbook import list_queries, load_query, render, run
from igr.cookbook.params import ENTITY_TYPES, fill, term
from igr.errors import QueryError
from igr.vocab import ID, IGR


def answer(store, name, columns, **params):
    """Rows of cookbook query ``name`` as tuples of strings ('' for unbound), in the query's order."""
    result = run(store, name, params)
    assert result.kind == "select"
    index = [result.variables.index(c) for c in columns]
    return [tuple("" if row[i] is None else str(row[i]) for i in index) for row in result.rows]


CHEN = str(ID["person/chen-jie"])


# -- who-met-whom ---------------------------------------------------------------------------

@pytest.mark.parametrize("params, expected", [
    ({}, [("Gong Zheng", "John Lee", "2023-11-10", "d2"), ("Chan Kwok-ki", "Chen Jie", "2024-06-25", "d1")]),
    # stated "Gong Zheng metWith John Lee": asked from John Lee's side, any case
    ({"person": "john lee"}, [("John Lee", "Gong Zheng", "2023-11-10", "d2")]),
    ({"person": "Mr Chan"}, [("Chan Kwok-ki", "Chen Jie", "2024-06-25", "d1")]),
    ({"person": CHEN}, [("Chen Jie", "Chan Kwok-ki", "2024-06-25", "d1")]),
    ({"from": "2024-01-01"}, [("Chan Kwok-ki", "Chen Jie", "2024-06-25", "d1")]),
    ({"to": "2023-12-31"}, [("Gong Zheng", "John Lee", "2023-11-10", "d2")]),
    ({"person": "Nobody"}, []),
])
def test_who_met_whom(sample_store, params, expected):
    rows = answer(sample_store, "who-met-whom", ["personName", "otherName", "date", "release"], **params)
    assert [(a, b, d, r.rsplit("/", 1)[-1]) for a, b, d, r in rows] == expected


# -- post-holders ---------------------------------------------------------------------------

def test_post_holders_over_time(sample_store):
    rows = answer(sample_store, "post-holders", ["postName", "personName", "first", "last", "releases"])
    assert rows == [
        ("Chief Executive", "John Lee", "2022-01-05", "2023-11-10", "2"),
        ("Chief Secretary for Administration", "Chan Kwok-ki", "2024-06-25", "2024-06-25", "1"),
        ("Mayor of Shanghai", "Gong Zheng", "2023-11-10", "2023-11-10", "1"),
        # d4, undated, states it too: counted, but first and last stay those of d1
        ("Vice Mayor of Shanghai", "Chen Jie", "2024-06-25", "2024-06-25", "2"),
    ]


@pytest.mark.parametrize("params, expected", [
    ({"post": "mayor of"}, [("Mayor of Shanghai", "Gong Zheng"), ("Vice Mayor of Shanghai", "Chen Jie")]),
    ({"post": "CS"}, [("Chief Secretary for Administration", "Chan Kwok-ki")]),
    ({"person": "mr lee"}, [("Chief Executive", "John Lee")]),
])
def test_post_holders_filtered(sample_store, params, expected):
    assert answer(sample_store, "post-holders", ["postName", "personName"], **params) == expected


# -- mechanisms ---------------------------------------------------------------------------

def test_mechanism_parties(sample_store):
    rows = answer(sample_store, "mechanism-parties", ["mechanismName", "partyName", "releases"])
    assert rows == [
        ("Hong Kong/Guangdong Co-operation Joint Conference", "", "0"),
        ("Hong Kong/Shanghai Co-operation Conference", "Hong Kong", "1"),
        ("Hong Kong/Shanghai Co-operation Conference", "Shanghai", "1"),
    ]
    only = answer(sample_store, "mechanism-parties", ["partyName"], mechanism="shanghai co-op")
    assert only == [("Hong Kong",), ("Shanghai",)]


def test_mechanism_sessions(sample_store):
    rows = answer(sample_store, "mechanism-sessions",
                  ["mechanismName", "sessionName", "date", "places", "chairs", "releases"], mechanism="Hong Kong/Shanghai")
    assert len(rows) == 1
    mechanism, session, date, places, chairs, releases = rows[0]
    assert (mechanism, session) == ("Hong Kong/Shanghai Co-operation Conference",
                                    "Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference")
    # the chairing interactions are dated 2023-11-10; the releases stating partOf are of 2024-06-25 and undated
    assert (date, places, releases) == ("2023-11-10", "Shanghai", "2")
    assert set(chairs.split("; ")) == {"John Lee", "Gong Zheng"}
    assert answer(sample_store, "mechanism-sessions", ["sessionName"], mechanism="Guangdong") == []


# -- initiatives ---------------------------------------------------------------------------

def test_initiative_funding(sample_store):
    expected = [("CreateSmart Initiative", "Initiative", "Endless Melody 2", "1",
                 "Endless Melody 2 is funded by the CreateSmart Initiative.")]
    columns = ["funderName", "funderClass", "initiativeName", "releases", "evidence"]
    assert answer(sample_store, "initiative-funding", columns) == expected
    assert answer(sample_store, "initiative-funding", columns, initiative="melody") == expected
    assert answer(sample_store, "initiative-funding", columns, initiative="Belt and Road") == []


# -- places visited by officials ---------------------------------------------------------------

@pytest.mark.parametrize("params, expected", [
    ({}, [("2024", "Hunan", "1", "1", "Chan Kwok-ki"), ("2024", "Shanghai", "1", "1", "Chan Kwok-ki"),
          ("2023", "Hong Kong", "1", "1", "Gong Zheng")]),
    # the post's title names the government's place ("Mayor of Shanghai")
    ({"government": "Shanghai Municipal Government"}, [("2023", "Hong Kong", "1", "1", "Gong Zheng")]),
    ({"government": "shanghai"}, [("2023", "Hong Kong", "1", "1", "Gong Zheng")]),
    # Chan's tenure names CMAB, a unit of the HKSAR Government
    ({"government": "HKSAR Government"}, [("2024", "Hunan", "1", "1", "Chan Kwok-ki"),
                                          ("2024", "Shanghai", "1", "1", "Chan Kwok-ki")]),
    ({"year": "2023"}, [("2023", "Hong Kong", "1", "1", "Gong Zheng")]),
    # officials picked by their title instead
    ({"post": "mayor"}, [("2023", "Hong Kong", "1", "1", "Gong Zheng")]),
    ({"post": "CS", "year": 2024}, [("2024", "Hunan", "1", "1", "Chan Kwok-ki"),
                                    ("2024", "Shanghai", "1", "1", "Chan Kwok-ki")]),
    ({"year": 2024, "government": "Shanghai Municipal Government"}, []),
])
def test_places_visited(sample_store, params, expected):
    rows = answer(sample_store, "places-visited", ["year", "placeName", "releases", "officials", "who"], **params)
    assert rows == expected


# -- organisations of a government ------------------------------------------------------------

def test_government_organisations(sample_store):
    columns = ["governmentName", "organisationName", "parentName", "locatedIn"]
    sheto = ("HKSAR Government", "Hong Kong Economic and Trade Office in Shanghai",
             "Constitutional and Mainland Affairs Bureau", "Shanghai")
    cmab = ("HKSAR Government", "Constitutional and Mainland Affairs Bureau", "HKSAR Government", "")
    assert answer(sample_store, "government-organisations", columns) == [sheto, cmab]
    assert answer(sample_store, "government-organisations", columns, government="hksar government") == [sheto, cmab]
    assert answer(sample_store, "government-organisations", columns, government="CMAB") == [
        ("Constitutional and Mainland Affairs Bureau",) + sheto[1:]]


# -- co-operation ---------------------------------------------------------------------------

def test_cooperation_between_two_places_with_evidence(sample_store):
    rows = answer(sample_store, "cooperation-between", ["aName", "bName", "date", "fields", "evidence", "title"],
                  a="Hong Kong", b="Shanghai")
    assert [r[:3] for r in rows] == [("Hong Kong", "Shanghai", "2023-11-10"), ("Hong Kong", "Shanghai", "2024-06-25")]
    assert rows[0][3:] == ("finance", "The two places co-operate closely in finance.", "CE meets Mayor of Shanghai")
    assert set(rows[1][3].split(", ")) == {"finance", "culture"}
    assert rows[1][4] == "Hong Kong and Shanghai will deepen co-operation in finance and culture."


def test_cooperation_between_either_direction_and_all_partners(sample_store):
    reverse = answer(sample_store, "cooperation-between", ["aName", "bName", "date"], a="Shanghai", b="HKSAR")
    assert reverse == [("Shanghai", "Hong Kong", "2023-11-10"), ("Shanghai", "Hong Kong", "2024-06-25")]
    partners = answer(sample_store, "cooperation-between", ["bName", "fields"], a="hong kong")
    assert [p for p, _ in partners] == ["Hunan", "Shanghai", "Shanghai"]
    assert partners[0] == ("Hunan", "")


def test_cooperation_fields(sample_store):
    columns = ["field", "aName", "bName", "releases"]
    assert answer(sample_store, "cooperation-fields", columns) == [
        ("culture", "Hong Kong", "Shanghai", "1"), ("finance", "Hong Kong", "Shanghai", "2")]
    assert answer(sample_store, "cooperation-fields", columns, field="FIN") == [("finance", "Hong Kong", "Shanghai", "2")]
    assert answer(sample_store, "cooperation-fields", columns, partner="Hunan") == []
    # a partner on either side of the stated co-operation
    assert answer(sample_store, "cooperation-fields", columns, partner="Shanghai") == answer(sample_store, "cooperation-fields", columns)


# -- provenance -----------------------------------------------------------------------------

def test_fact_provenance(sample_store, sample):
    columns = ["subjectName", "relation", "objectName", "title", "date", "source", "evidence",
               "startChar", "endChar", "method", "confidence"]
    evidence = "In the morning, Mr Chan met with the Vice Mayor of Shanghai, Mr Chen Jie."
    stated = ("Chan Kwok-ki", "metWith", "Chen Jie", "CS visits Shanghai", "2024-06-25", "https://example.org/d1",
              evidence, "20", str(20 + len(evidence)), "dep:metWith", "0.85")
    assert answer(sample_store, "fact-provenance", columns,
                  subject="Chan Kwok-ki", relation="metWith", object="Chen Jie") == [stated]
    # a symmetric relation answers from the other side too
    reverse = answer(sample_store, "fact-provenance", columns, subject="Chen Jie", relation="METWITH", object="Mr Chan")
    assert reverse == [("Chen Jie", "metWith", "Chan Kwok-ki") + stated[3:]]
    # ... an asymmetric one does not
    assert answer(sample_store, "fact-provenance", columns, subject="Shanghai", relation="visited") == []
    # a release without a URL gives its source key
    assert answer(sample_store, "fact-provenance", ["source"], subject="Chan Kwok-ki", object="Hunan") == [("d3.txt",)]
    # every interaction once when nothing is asked
    assert len(answer(sample_store, "fact-provenance", ["interaction"])) == len(sample.FACTS)
    # the relation alone, in any case or as its IRI: its records as stated, by date
    met = [("Gong Zheng", "metWith", "John Lee"), ("Chan Kwok-ki", "metWith", "Chen Jie")]
    columns = ["subjectName", "relation", "objectName"]
    assert answer(sample_store, "fact-provenance", columns, relation="metwith") == met
    assert answer(sample_store, "fact-provenance", columns, relation=str(IGR.metWith)) == met
    assert answer(sample_store, "fact-provenance", columns, relation="meets") == []
    # with one end, a symmetric relation from the other side too (d2 2023-11-10, d3 2024-03-01, d1 2024-06-25)
    assert answer(sample_store, "fact-provenance", columns, object="Hong Kong", relation="cooperatesWith") == [
        ("Shanghai", "cooperatesWith", "Hong Kong"), ("Hunan", "cooperatesWith", "Hong Kong"),
        ("Shanghai", "cooperatesWith", "Hong Kong")]


# -- entities ---------------------------------------------------------------------------

def test_entity_profile(sample_store):
    rows = answer(sample_store, "entity-profile", ["direction", "property", "value", "valueName", "graph"],
                  entity="sheto")
    short = {(d, p.rsplit("#", 1)[-1], n, g.rsplit("/", 1)[-1]) for d, p, _, n, g in rows}
    assert ("out", "label", "", "entities") in short
    assert ("out", "altLabel", "", "entities") in short
    assert ("out", "subOrganizationOf", "Constitutional and Mainland Affairs Bureau", "d1") in short
    assert ("out", "locatedIn", "Shanghai", "d1") in short
    assert ("out", "mentionedIn", "", "d1") in short
    assert ("in", "visited", "Chan Kwok-ki", "d1") in short
    assert {r[0] for r in rows} == {"out", "in"}
    assert all(r[2] != "" for r in rows)
    assert answer(sample_store, "entity-profile", ["value"], entity="Nobody") == []


def test_active_entities(sample_store):
    columns = ["name", "class", "releases", "interactions", "first", "last"]
    rows = answer(sample_store, "active-entities", columns, **{"from": "2024-01-01", "to": "2024-12-31", "class": "person"})
    assert rows == [("Chan Kwok-ki", "Person", "2", "6", "2024-03-01", "2024-06-25"),
                    ("Chen Jie", "Person", "1", "2", "2024-06-25", "2024-06-25")]
    everyone = answer(sample_store, "active-entities", ["name", "class"], **{"from": "2022-01-01", "to": "2022-12-31"})
    assert sorted(everyone) == [("Chief Executive", "Post"), ("John Lee", "Person")]


def test_mentions_per_year(sample_store):
    columns = ["name", "year", "releases", "interactions"]
    assert answer(sample_store, "mentions-per-year", columns, entity="Chan Kwok-ki") == [("Chan Kwok-ki", "2024", "2", "6")]
    assert answer(sample_store, "mentions-per-year", columns, entity="CE") == [
        ("Chief Executive", "2022", "1", "1"), ("Chief Executive", "2023", "1", "1")]
    assert answer(sample_store, "mentions-per-year", columns, entity="John Lee") == [
        ("John Lee", "2022", "1", "1"), ("John Lee", "2023", "1", "3")]


def test_events_in_place(sample_store):
    columns = ["eventName", "placeName", "date", "organisers", "attendees", "releases"]
    plenary = ("Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference", "Shanghai",
               "2023-11-10", "", "", "2")
    assert answer(sample_store, "events-in-place", columns) == [plenary]
    assert answer(sample_store, "events-in-place", columns, place="shanghai") == [plenary]
    assert answer(sample_store, "events-in-place", columns, place="Hong Kong") == []


# -- analytics ------------------------------------------------------------------------------

def test_top_brokers_is_empty_without_analytics(sample_store):
    assert answer(sample_store, "top-brokers", ["entity"]) == []


def test_top_brokers_ranks_by_betweenness(sample_store_with_analytics):
    columns = ["projection", "name", "betweenness", "constraint"]
    rows = answer(sample_store_with_analytics, "top-brokers", columns)
    assert [(p, n) for p, n, _, _ in rows] == [("officials", "Chan Kwok-ki"), ("officials", "John Lee"),
                                                ("officials", "Chen Jie")]
    assert [float(b) for _, _, b, _ in rows] == [0.5, 0.25, 0.0]
    assert answer(sample_store_with_analytics, "top-brokers", ["name"], projection="places") == []
    assert len(answer(sample_store_with_analytics, "top-brokers", ["name"], **{"class": "Person"})) == 3
    assert answer(sample_store_with_analytics, "top-brokers", ["name"], **{"class": "Place"}) == []


# -- every query ------------------------------------------------------------------------------

EXAMPLE_VALUES = {"string": "Hong Kong", "name": "Hong Kong", "namepart": "Hong Kong", "relation": "metWith", "date": "2024-06-25", "integer": "2024", "decimal": "0.5",
                  "iri": "https://w3id.org/igr/id/place/hong-kong"}


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_query_runs_with_and_without_its_optional_parameters(sample_store, name):
    query = next(q for q in list_queries() if q.name == name)
    required = {p.name: EXAMPLE_VALUES[p.type] for p in query.params if p.required}
    every = {p.name: EXAMPLE_VALUES[p.type] for p in query.params}
    for params in (required, every):
        assert run(sample_store, name, params).kind == "select"
    for p in query.params:
        if p.required:
            with pytest.raises(QueryError, match=f"needs --param {p.name}="):
                render(name, {k: v for k, v in required.items() if k != p.name}, sample_store)


def _listed(result, text):
    """The rows, with the values a GROUP_CONCAT lists put in one order (SPARQL leaves theirs to the plan,
    which differs between a constant and a VALUES binding)."""
    lists = {result.variables.index(v) for v in re.findall(r"GROUP_CONCAT\([^)]*\)\s+AS\s+\?(\w+)", text)
             if v in result.variables}
    return [tuple(", ".join(sorted(str(x).split(", "))) if i in lists and x is not None else x for i, x in enumerate(row))
            for row in result.rows]


@pytest.mark.parametrize("name", [q.name for q in list_queries() if any(p.type in ENTITY_TYPES for p in q.params)])
def test_an_entity_written_in_as_a_constant_gives_the_answer_values_gives(sample_store, name):
    """render() writes one resolved IRI into the query as a constant; bound by VALUES
    instead (as the raw file in a SPARQL client does), every entity of the sample gives
    the same rows in the same order, for each entity parameter alone and for all of them."""
    query = load_query(name)
    required = {p.name: term(p.type, EXAMPLE_VALUES[p.type]) for p in query.params
                if p.required and p.type not in ENTITY_TYPES}
    entities = [str(row[0]) for row in sample_store.query(
        "SELECT DISTINCT ?e WHERE { GRAPH <https://w3id.org/igr/id/graph/entities> "
        "{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } } ORDER BY ?e").rows]
    params = [p.name for p in query.params if p.type in ENTITY_TYPES]
    needed = [p.name for p in query.params if p.type in ENTITY_TYPES and p.required]
    checked = 0
    for entity in entities:
        for chosen in [sorted({p, *needed}) for p in params] + [params]:
            inlined = run(sample_store, name, {**{p: entity for p in chosen}, **{k: EXAMPLE_VALUES[load_query(name).param(k).type]
                                                                              for k in required}})
            bound = sample_store.query(fill(query.text, {**required, **{p: [term("iri", entity)] for p in chosen}}))
            assert _listed(inlined, query.text) == _listed(bound, query.text), (entity, chosen)
            checked += bool(bound.rows)
    assert checked  # some entity gives an answer: the comparison is not between empty results
