import math

import pytest

from igr.analytics.projections import project
from igr.analytics.tables import SCORE_COLUMNS, cooperation_matrix, edge_table, score_table


def test_score_table_of_the_sample_officials(facts):
    table = score_table(project(facts, "officials"))
    assert list(table.columns) == ["label", "cls", *SCORE_COLUMNS]
    by_name = table.set_index("label")
    assert by_name["degree"].to_dict() == {"Alex Chan": 3, "Carol Wong": 3, "Bo Li": 2, "Eve Ho": 1, "Dan Zhou": 1}
    assert by_name["weighted_degree"].to_dict() == {"Alex Chan": 5, "Carol Wong": 4, "Bo Li": 3, "Eve Ho": 2,
                                                    "Dan Zhou": 2}
    assert by_name["betweenness"].to_dict() == {"Alex Chan": 0.5, "Carol Wong": 0.5, "Bo Li": 0.0, "Eve Ho": 0.0,
                                                "Dan Zhou": 0.0}
    assert by_name.loc["Alex Chan", "constraint"] == pytest.approx(0.4736111)
    assert by_name["core"].to_dict() == {"Alex Chan": 2, "Carol Wong": 2, "Bo Li": 2, "Eve Ho": 1, "Dan Zhou": 1}
    # By PageRank: Eve Ho takes 2/4 of Carol Wong's walks, Dan Zhou only 2/5 of Alex Chan's.
    assert list(table["label"]) == ["Alex Chan", "Carol Wong", "Bo Li", "Eve Ho", "Dan Zhou"]
    assert by_name["community"].to_dict() == {"Alex Chan": 0, "Bo Li": 0, "Dan Zhou": 0, "Carol Wong": 1,
                                              "Eve Ho": 1}


def test_score_table_subset_and_unknown_column(facts):
    table = score_table(project(facts, "officials"), columns=["degree", "pagerank"])
    assert list(table.columns) == ["label", "cls", "degree", "pagerank"]
    with pytest.raises(ValueError, match="unknown score 'fame'"):
        score_table(project(facts, "officials"), columns=["fame"])


def test_score_table_of_an_isolated_node_has_nan_constraint(facts):
    table = score_table(project(facts, "full"))
    createsmart = table.set_index("label").loc["CreateSmart Initiative"]
    assert createsmart["degree"] == 0 and math.isnan(createsmart["constraint"])


def test_cooperation_matrix(facts):
    places = project(facts, "places", home="Hong Kong")
    matrix = cooperation_matrix(places)
    assert list(matrix.index) == ["Hong Kong", "Guangdong", "Shanghai", "Shenzhen"]  # by total ties, then name
    assert matrix.loc["Hong Kong"].to_dict() == {"Hong Kong": 0, "Guangdong": 3, "Shanghai": 3, "Shenzhen": 2}
    assert (matrix.values == matrix.values.T).all()
    cities = cooperation_matrix(places, classes=["City"], kinds=["cooperatesWith"])
    assert cities.to_dict() == {"Hong Kong": {"Hong Kong": 0, "Shanghai": 1, "Shenzhen": 1},
                                "Shanghai": {"Hong Kong": 1, "Shanghai": 0, "Shenzhen": 0},
                                "Shenzhen": {"Hong Kong": 1, "Shanghai": 0, "Shenzhen": 0}}


def test_edge_table(facts):
    edges = edge_table(project(facts, "officials"))
    row = edges.set_index(["source_label", "target_label"]).loc[("Carol Wong", "Eve Ho")]
    assert (row["weight"], row["kinds"], row["releases"]) == (2, "co-attended, metWith", 1)
    assert (str(row["first"]), str(row["last"])) == ("2024-09-10", "2024-09-11")
