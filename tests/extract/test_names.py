import pytest

from igr.extract.lexicon import key, load_lexicon
from igr.extract.names import NameGrammar

grammar = NameGrammar(load_lexicon())


@pytest.mark.parametrize("name, label", [
    ("Vice Mayor of Shanghai", "Post"),
    ("Secretary for Constitutional and Mainland Affairs", "Post"),
    ("Deputy Director of the Hong Kong and Macao Affairs Office of the State Council", "Post"),
    ("Hong Kong/Shanghai Co-operation Conference", "Mechanism"),
    ("Hong Kong/Guangdong Co-operation Joint Conference", "Mechanism"),
    ("Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference", "Event"),
    ("20th Plenary of the Hong Kong/Guangdong Co-operation Joint Conference", "Event"),
    ("Framework Agreement on Hong Kong/Guangdong Co-operation", "Agreement"),
    ("Memorandum of Understanding on Youth Exchange", "Agreement"),
    ("CreateSmart Initiative", "Initiative"),
    ("Abu Dhabi-Hong Kong Business Forum", "Event"),
    ("Shanghai Hong Kong Association", "Organization"),
    ("Television Broadcasts Limited", "Organization"),
    ("Macau", "Place"),
    ("Blue Sky", None),
])
def test_classify(name, label):
    assert grammar.classify(name) == label


def test_lexicon_knows_standard_forms():
    lex = load_lexicon()
    assert lex.canonical("Place", "Macau") == "Macao"
    assert lex.canonical("Place", "Guangdong Province") == "Guangdong"
    assert key("The Hong Kong/Shanghai Co-operation Conference") == "hong kong/shanghai cooperation conference"
