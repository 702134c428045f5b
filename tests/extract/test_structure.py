"""Relations the structure of names and appositions state (made-up sentences; three paraphrases or
more per rule, and what must not follow)."""

import pytest


# One person with a list of titles: every title of the list is theirs.
@pytest.mark.parametrize("text, person, posts", [
    ("The Secretary met the Minister for Ports, Minister for Fisheries and Minister for Rural Affairs, "
     "Mr Alan Moss, in Perth.", "Alan Moss", ["Minister for Ports", "Minister for Fisheries", "Minister for Rural Affairs"]),
    ("Ms Lau called on the Deputy Premier, Minister for Trade and Minister for Energy, Ms Joan Hart.",
     "Joan Hart", ["Deputy Premier", "Minister for Trade", "Minister for Energy"]),
    ("He also met the Minister of Culture, Minister of Sport, Minister of Youth and Minister of Tourism, "
     "Dr Rita Kane, yesterday.", "Rita Kane",
     ["Minister of Culture", "Minister of Sport", "Minister of Youth", "Minister of Tourism"]),
    ("The delegation met the Chairman of the Lakeland Port Authority and Director of the Riverton Harbour Board, Mr Sam Ode.",
     "Sam Ode", ["Chairman of the Lakeland Port Authority", "Director of the Riverton Harbour Board"]),
])
def test_titles_listed_for_one_holder(found_facts, text, person, posts):
    facts = found_facts(text)
    for post in posts:
        assert (person, "holdsPost", post) in facts


# Titles each with its own "the" are several people's: only the last one is the named holder's.
@pytest.mark.parametrize("text, person, post, others", [
    ("He met the Minister for Ports, the Minister for Fisheries and the Minister for Energy, Mr Alan Moss.",
     "Alan Moss", "Minister for Energy", ["Minister for Ports", "Minister for Fisheries"]),
    ("She thanked the Chief Executive, the Chief Secretary and the Financial Secretary, Mr Tom Wu.",
     "Tom Wu", "Financial Secretary", ["Chief Executive", "Chief Secretary for Administration"]),
    ("He met the Minister for Ports, Minister for Energy Mr Alan Moss.", "Alan Moss", "Minister for Energy",
     ["Minister for Ports"]),
])
def test_titles_of_several_people(found_facts, text, person, post, others):
    facts = found_facts(text)
    assert (person, "holdsPost", post) in facts
    assert not any((person, "holdsPost", other) in facts for other in others)
