from igr.resolve.names import merge_keys, slug


def test_honorific_short_names_have_no_merge_key():
    assert merge_keys("Person", "Mr Chan") == set()
    assert merge_keys("Person", "Chan") == set()
    assert merge_keys("Person", "Mrs Carrie Lam") == {"carrie lam"}


def test_slug():
    assert slug("Hong Kong/Shanghai Co-operation Conference") == "hong-kong-shanghai-co-operation-conference"
