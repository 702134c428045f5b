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


# Without a dateline or address: a release that gives the default home's title bare to one person and, naming the
# default home, to another, is a release of the other region it names; one person holding both forms is not.
@pytest.mark.parametrize("text, visitor", [
    ("The Chief Executive, Mr Chui Sai On, paid a courtesy call on the Chief Executive of the HKSAR, Mr Donald Tsang, "
     "in Hong Kong today. Mr Chui said Macao and Hong Kong would deepen co-operation.", "Chui Sai On"),
    ("The Chief Executive, Mr Ho Wai, met the HKSAR Chief Executive, Mr Lee Tak, in Hong Kong today. Macao "
     "values the ties.", "Ho Wai"),
    ("The Secretary for Security, Mr Wong Kam, met the Secretary for Security of the HKSAR, Mr Tang Ming, in Hong "
     "Kong today to discuss co-operation between the police forces of Macao and Hong Kong.", "Wong Kam"),
])
def test_a_release_of_the_other_region_from_its_two_holders(extractor, text, visitor):
    assert (visitor, "visited", "Hong Kong") in facts(extractor, text, None)


def test_one_holder_of_both_forms_keeps_the_default_home(extractor):
    found = facts(extractor, "The Chief Executive of the HKSAR, Mr John Lee, met the Chief Executive of the Macao SAR, "
                             "Mr Sam Hou Fai, in Macao today. The Chief Executive, Mr John Lee, said the two places "
                             "would deepen co-operation.", None)
    assert ("John Lee", "visited", "Macao") in found


def test_the_module_docstring_examples_hold():
    import doctest

    from igr.extract import jurisdiction as module

    assert doctest.testmod(module).failed == 0


# Without a dateline or address: a title that only another region's own releases print bare ("the Secretary for
# Economy and Finance" is Macao's; Hong Kong has no such post) makes the release that region's.
@pytest.mark.parametrize("text", [
    "The Chief Executive, Mr Ho Wai, met the Chief Executive of the HKSAR, Mr Lee Tak, in Hong Kong today. "
    "The Secretary for Economy and Finance, Mr Lei Kam, accompanied him.",
    "The Secretary for Administration and Justice, Ms Chan Wai, said the Chief Executive, Mr Ho Wai, met officials "
    "in Hong Kong today.",
    "Accompanied by the Secretary for Transport and Public Works, Mr Lo Man, the Chief Executive, Mr Ho Wai, "
    "met the Financial Secretary, Mr Paul Chan, in Hong Kong today.",
])
def test_a_release_of_the_other_region_from_its_own_bare_title(extractor, text):
    assert ("Ho Wai", "visited", "Hong Kong") in facts(extractor, text, None)


def test_a_bare_title_of_the_default_home_names_no_other_region(jurisdiction):
    assert jurisdiction._bare_titles.get("secretary for security") is None
    assert jurisdiction._bare_titles["secretary for economy and finance"] == "Macao"
    assert jurisdiction.of("Secretary for Economy and Finance") == "Macao"  # (a side, wherever the release is from)


# In a release of another home, a short name the lexicon gives the default home's body is the home's own body of
# that name: "the Liaison Office" of a Macao release is the one in Macao (and so is its Director's title).
@pytest.mark.parametrize("text, url", [
    ("MACAU, May 3 - The Chief Executive, Mr Ho Wai, met the Director of the Liaison Office, Mr Zheng Xin, today.", None),
    ("The Chief Executive, Mr Ho Wai, visited the Liaison Office today.", "https://www.gov.mo/en/news/1234/"),
    ("MACAU, May 3 - Officials of the Liaison Office and the Secretary for Security, Mr Wong Kam, attended the "
     "ceremony.", None),
])
def test_a_short_body_name_of_another_home(extractor, text, url):
    [record] = extractor.extract([Document(key="t.txt", text=text, url=url, date=date(2024, 5, 3))])
    names = [e.name for e in record.entities if "Liaison Office" in e.name]
    assert names and all("Macao" in n for n in names), names


# Without a dateline, address or title of its own: a release that names the other region and never the default home
# (but inside a compound such as "Guangdong-Hong Kong-Macao") is that region's. Its bare Chief Executive is at home
# there and his guest came to him; a release that names the default home keeps it.
@pytest.mark.parametrize("text, guest", [
    ("The Chief Executive, Mr Lam Kit, met with the Governor of Hainan Province, Mr Zhou Ming.\n\nDuring the meeting "
     "on Monday (13 October) at the Government Headquarters in Macao, Mr Lam noted that Hainan and Macao have "
     "fostered frequent exchanges.", "Zhou Ming"),
    ("The Chief Executive, Mr Lam Kit, met the Mayor of Chengdu, Mr Wei Dong, today. Mr Lam said Macao would join "
     "Chengdu in the Guangdong-Hong Kong-Macao Greater Bay Area projects.", "Wei Dong"),
    ("The Chief Executive, Mr Lam Kit, today received the Governor of Jiangxi Province, Mr Yin Hong, and his "
     "delegation. The two sides discussed co-operation between Jiangxi and the MSAR.", "Yin Hong"),
])
def test_a_release_that_names_only_the_other_region(extractor, text, guest):
    found = facts(extractor, text, None)
    assert (guest, "visited", "Macao") in found
    assert ("Lam Kit", "visited", "Macao") not in found


def test_a_release_that_names_the_default_home_keeps_it(extractor):
    found = facts(extractor, "The Chief Executive, Mr John Lee, met the Mayor of Chengdu, Mr Wei Dong, today. Mr Lee "
                             "said Hong Kong and Macao would both welcome investors from Chengdu.", None)
    assert ("Wei Dong", "visited", "Hong Kong") in found and ("Wei Dong", "visited", "Macao") not in found
