"""Whose a bare title is: the issuing government's, read from a release's dateline or web address
(made-up releases; three paraphrases or more, and what must not follow)."""

from datetime import date

import pytest

from igr.extract.jurisdiction import Jurisdiction
from igr.extract.lexicon import load_lexicon
from igr.ingest import Document


@pytest.fixture(scope="module")
def jurisdiction():
    return Jurisdiction(load_lexicon())


@pytest.mark.parametrize("text, url, home", [
    ("MACAU, February 14 - The Chief Executive met ...", None, "Macao"),
    ("Macao, 3 May 2024 – The Secretary for Security said ...", "https://www.einpresswire.com/article/1/x", "Macao"),
    ("The Chief Executive met ...", "https://www.gov.mo/en/news/53454/", "Macao"),
    ("The Chief Executive met ...", "https://www.info.gov.hk/gia/general/x.htm", None),
    ("HONG KONG, May 3 - The Chief Executive met ...", None, None),
    ("BEIJING, May 3 - The Premier met ...", None, None),  # a dateline of no SAR: the default home's titles
])
def test_the_home_of_a_release(jurisdiction, text, url, home):
    assert jurisdiction.for_release(text, url).home == home


def test_a_title_that_names_the_default_home_stays_its_own(jurisdiction):
    macao = jurisdiction.for_release("MACAU, May 3 - ...", None)
    assert [macao.of(t) for t in ("Chief Executive", "Secretary for Security", "HKSAR Chief Executive",
                                  "Chief Executive of the Hong Kong Special Administrative Region")] == \
        ["Macao", "Macao", "Hong Kong", "Hong Kong"]
    assert not macao.same_post("Chief Executive", "Chief Executive of the HKSAR")
    assert jurisdiction.same_post("Chief Executive", "Chief Executive of the HKSAR")


def facts(extractor, text, url):
    [record] = extractor.extract([Document(key="t.txt", text=text, url=url, date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    return {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}


# In a Macao release the bare title is Macao's: its holder met in Hong Kong visited Hong Kong; the
# holder of the title that names Hong Kong is at home there, and holds another post.
@pytest.mark.parametrize("text, url", [
    ("MACAU, May 3 - The Chief Executive, Mr Ho Wai, today met in Hong Kong with the Chief Executive of the "
     "Hong Kong Special Administrative Region (HKSAR), Mr Lee Tak.", None),
    ("The Chief Executive, Mr Ho Wai, met the Chief Executive of the HKSAR, Mr Lee Tak, at Government House in "
     "Hong Kong today.", "https://www.gov.mo/en/news/1234/"),
    ("MACAO, 3 May - The Chief Executive, Mr Ho Wai, and the HKSAR Chief Executive, Mr Lee Tak, held a meeting "
     "in Hong Kong today.", None),
])
def test_a_macao_release_s_own_chief_executive(extractor, text, url):
    found = facts(extractor, text, url)
    assert ("Ho Wai", "visited", "Hong Kong") in found
    assert ("Lee Tak", "visited", "Hong Kong") not in found
    posts = {o for s, p, o in found if p == "holdsPost"}
    assert ("Ho Wai", "holdsPost", "Chief Executive") in found and len(posts) == 2
