from igr.extract.lexicon import load_lexicon
from igr.extract.records import Extraction, LocalEntity
from igr.resolve import resolve_corpus
from igr.resolve.names import merge_keys, slug


def ex(key, *entities):
    return Extraction(key, "h-" + key, entities=tuple(entities))


def test_one_official_one_iri_across_documents():
    r = resolve_corpus([ex("a", LocalEntity("e1", "Person", "Carrie Lam", ("Mrs Lam",))),
                        ex("b", LocalEntity("e3", "Person", "Carrie Lam", ("Mrs Carrie Lam",)))])
    assert r.iri("a", "e1") == r.iri("b", "e3")
    assert len(r.entities) == 1


def test_same_post_does_not_merge_people():
    r = resolve_corpus([ex("a", LocalEntity("e1", "Person", "Carrie Lam"), LocalEntity("e2", "Post", "Chief Executive")),
                        ex("b", LocalEntity("e1", "Person", "John Lee"), LocalEntity("e2", "Post", "Chief Executive"))])
    assert r.iri("a", "e1") != r.iri("b", "e1")
    assert r.iri("a", "e2") == r.iri("b", "e2")


def test_honorific_short_names_never_merge():
    assert merge_keys("Person", "Mr Chan") == set()
    r = resolve_corpus([ex("a", LocalEntity("e1", "Person", "Chan Kwok-ki", ("Mr Chan",))),
                        ex("b", LocalEntity("e1", "Person", "Paul Chan", ("Mr Chan",)))])
    assert len(r.entities) == 2


def test_acronym_merges_and_fuller_name_wins_the_label():
    r = resolve_corpus([ex("a", LocalEntity("e1", "Organization", "SHETO")),
                        ex("b", LocalEntity("e1", "Organization", "Hong Kong Economic and Trade Office in Shanghai", ("SHETO",)))])
    [entity] = r.entities.values()
    assert r.iri("a", "e1") == r.iri("b", "e1")
    assert entity.aliases == ("SHETO",)


def test_lexicon_standard_form_is_the_label():
    r = resolve_corpus([ex("a", LocalEntity("e1", "Place", "Macau"))], load_lexicon())
    [entity] = r.entities.values()
    assert entity.name == "Macao" and str(entity.iri).endswith("/place/macao")


def test_iris_are_stable_whatever_the_order():
    docs = [ex("a", LocalEntity("e1", "Place", "Shanghai")), ex("b", LocalEntity("e1", "Place", "Shanghai"))]
    assert resolve_corpus(docs).iri_of == resolve_corpus(list(reversed(docs))).iri_of


def test_slug():
    assert slug("Hong Kong/Shanghai Co-operation Conference") == "hong-kong-shanghai-co-operation-conference"


def test_people_known_only_by_surname_never_merge_across_releases():
    r = resolve_corpus([ex("a", LocalEntity("e1", "Person", "Chan", ("Mr Chan",))),
                        ex("b", LocalEntity("e1", "Person", "Chan", ("Mr Chan",)))])
    assert len(r.entities) == 2 and r.iri("a", "e1") != r.iri("b", "e1")
