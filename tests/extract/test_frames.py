"""Meeting frames on hand-built facts: who meets whom and who visited, from a session's report."""

from igr.extract.frames import frame_facts, home_places, main_event
from igr.extract.lexicon import load_lexicon
from igr.extract.records import Fact, LocalEntity

LEX = load_lexicon()
ENTS = {e.id: e for e in [
    LocalEntity("lee", "Person", "John Lee"), LocalEntity("wang", "Person", "Wang Weizhong"),
    LocalEntity("hui", "Person", "Christopher Hui"),
    LocalEntity("ce", "Post", "Chief Executive"), LocalEntity("gov", "Post", "Governor of Guangdong Province"),
    LocalEntity("fstb", "Post", "Secretary for Financial Services and the Treasury"),
    LocalEntity("gd", "Place", "Guangdong"), LocalEntity("gz", "Place", "Guangzhou"),
    LocalEntity("plenary", "Event", "24th Plenary of the Hong Kong/Guangdong Co-operation Joint Conference"),
]}
INSIDE = {"gov": ["gd"]}


def fact(s, p, o, method="test"):
    return Fact(s, p, o, 0, 10, "evidence", method, 0.8)


FACTS = [fact("lee", "holdsPost", "ce"), fact("wang", "holdsPost", "gov"), fact("hui", "holdsPost", "fstb"),
         fact("lee", "chaired", "plenary"), fact("wang", "chaired", "plenary"), fact("plenary", "heldIn", "gz")]
HOME = home_places(FACTS, ENTS, LEX, INSIDE)


def test_sides_come_from_posts():
    assert home_places(FACTS, ENTS, LEX, INSIDE) == {"lee": "Hong Kong", "wang": "Guangdong", "hui": "Hong Kong"}


def test_attendee_meets_the_other_sides_principal_and_visits_the_venue():
    derived = frame_facts(FACTS + [fact("hui", "attended", "plenary")], ENTS, LEX, HOME, [])
    got = {(f.subject, f.predicate, f.object) for f in derived}
    assert ("hui", "metWith", "wang") in got
    assert ("hui", "visited", "gz") in got and ("lee", "visited", "gz") in got
    assert ("wang", "visited", "gz") not in got  # Guangzhou is in Guangdong: home, not a visit
    assert not any(p == "metWith" and {s, o} == {"hui", "lee"} for s, p, o in got)  # same side
    assert all(f.method.startswith("frame:") and f.confidence < 0.8 for f in derived)


def test_delegation_members_attend_the_main_session():
    assert main_event(FACTS, ENTS) == "plenary"
    derived = frame_facts(FACTS, ENTS, LEX, HOME, [("hui", fact("hui", "attended", "hui"))])
    assert ("hui", "attended", "plenary") in {(f.subject, f.predicate, f.object) for f in derived}


def test_a_place_before_the_title_is_its_jurisdiction():
    # "Hong Kong Commissioner for Trade, Canada" is Hong Kong's official posted abroad; "Shenzhen Vice Mayor" is
    # Shenzhen's; "Minister of Finance of Egypt" is Egypt's
    ents = {e.id: e for e in [
        LocalEntity("a", "Person", "Ho Ka-yan"), LocalEntity("pa", "Post", "Hong Kong Commissioner for Trade, Canada"),
        LocalEntity("b", "Person", "Luo Ming"), LocalEntity("pb", "Post", "Shenzhen Vice Mayor for Ports, Macao Desk"),
        LocalEntity("c", "Person", "Omar Adel"), LocalEntity("pc", "Post", "Minister of Finance of Egypt"),
        LocalEntity("hk", "Place", "Hong Kong"), LocalEntity("ca", "Place", "Canada"), LocalEntity("sz", "Place", "Shenzhen"),
        LocalEntity("mo", "Place", "Macao"), LocalEntity("eg", "Place", "Egypt"),
    ]}
    facts = [fact("a", "holdsPost", "pa"), fact("b", "holdsPost", "pb"), fact("c", "holdsPost", "pc")]
    inside = {"pa": ["hk", "ca"], "pb": ["sz", "mo"], "pc": ["eg"]}
    assert home_places(facts, ents, LEX, inside) == {"a": "Hong Kong", "b": "Shenzhen", "c": "Egypt"}

