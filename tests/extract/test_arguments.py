"""The Reading's references with the real model (``igr.extract.arguments``): made-up paraphrases per rule,
and what must not follow."""

import pytest


# a possessive in a noun phrase is bound by the clause of the phrase: the subject of the clause above when
# the phrase is a subject below it, the agent of a participle
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for Justice, Ms Ann Lee, said today that her three-day visit to Canada had been fruitful.",
     ("Ann Lee", "visited", "Canada")),
    ("The Secretary for Education, Mr Peter Ho, said that his five-day trip to Germany had strengthened ties.",
     ("Peter Ho", "visited", "Germany")),
    ("Mr Wu Kin-pong noted that his week-long mission to Chile had opened new markets.",
     ("Wu Kin-pong", "visited", "Chile")),
    ("Measures announced by Vice Premier Wang Dong during his visit to Macao in May were welcomed.",
     ("Wang Dong", "visited", "Macao")),
    ("The new routes announced by the Minister of Transport, Mr Ivo Petrov, during his trip to Tirana took effect.",
     ("Ivo Petrov", "visited", "Tirana")),
])
def test_possessive_bound_by_the_clause_of_its_phrase(found_facts, text, expected):
    assert expected in found_facts(text)


@pytest.mark.parametrize("text, absent", [
    # the phrase's own clause has a subject of its own: the one who said it did not go
    ("The Secretary for Justice, Ms Ann Lee, said that Mr Omar Haddad had concluded his visit to Canada.",
     ("Ann Lee", "visited", "Canada")),
    # the agent of the clause above a phrase that is not its own
    ("The plan was approved by the Governor, Mr Li Ming, before Ms Jane Roe began her visit to Kenya.",
     ("Li Ming", "visited", "Kenya")),
])
def test_possessive_not_bound_across_a_subject(found_facts, text, absent):
    assert absent not in found_facts(text)
