"""Extraction with the real model on short releases written for these tests: one case per rule family."""

from datetime import date

import pytest

from igr.ingest import Document

CASES = [
    # apposition, meeting, visit
    ("The Chief Secretary for Administration, Mr Lam Tak-ming, today (May 3) met the Vice Mayor of Kunming, "
     "Mr Zhou Wei, in Kunming.",
     {("Lam Tak-ming", "holdsPost", "Chief Secretary for Administration"),
      ("Zhou Wei", "holdsPost", "Vice Mayor of Kunming"),
      ("Lam Tak-ming", "metWith", "Zhou Wei")}),
    # post printed before the name without a comma; a place-first title
    ("Fujian Vice-Governor Li Ming and Secretary for Home Affairs Lau Siu-fai met in Fuzhou.",
     {("Li Ming", "holdsPost", "Vice Governor of Fujian Province"),
      ("Lau Siu-fai", "holdsPost", "Secretary for Home Affairs")}),
    # co-chairs of a numbered session: chaired, met, session of its series, parties, venue
    ("The Chief Executive, Mr Wong Ka-lok, and the Governor of Guangdong Province, Mr Chen Hai, co-chaired the "
     "Ninth Plenary of the Hong Kong/Guangdong Co-operation Joint Conference in Guangzhou today (May 3).",
     {("Wong Ka-lok", "chaired", "Ninth Plenary of the Hong Kong/Guangdong Co-operation Joint Conference"),
      ("Chen Hai", "chaired", "Ninth Plenary of the Hong Kong/Guangdong Co-operation Joint Conference"),
      ("Chen Hai", "metWith", "Wong Ka-lok"),
      ("Ninth Plenary of the Hong Kong/Guangdong Co-operation Joint Conference", "partOf",
       "Hong Kong/Guangdong Co-operation Joint Conference"),
      ("Hong Kong/Guangdong Co-operation Joint Conference", "hasParticipant", "Guangdong"),
      ("Ninth Plenary of the Hong Kong/Guangdong Co-operation Joint Conference", "heldIn", "Guangzhou"),
      ("Wong Ka-lok", "visited", "Guangzhou")}),
    # acronym in parentheses, office in a city, part of a government
    ("Mr Chan Siu-ming visited the Hong Kong Economic and Trade Office in Wuhan (WHETO) of the Hong Kong "
     "Special Administrative Region Government. He thanked the WHETO staff.",
     {("Chan Siu-ming", "visited", "Hong Kong Economic and Trade Office in Wuhan"),
      ("Hong Kong Economic and Trade Office in Wuhan", "locatedIn", "Wuhan"),
      ("Hong Kong Economic and Trade Office in Wuhan", "subOrganizationOf", "HKSAR Government")}),
    # co-operation between two places
    ("He called for closer co-operation between Hong Kong and Sichuan in trade.",
     {("Hong Kong", "cooperatesWith", "Sichuan")}),
    # event organised by an organisation, attended by a person
    ("The Secretary for Justice, Mr Ho Wing, attended the Asia Legal Forum organised by the Hong Kong Trade "
     "Development Council.",
     {("Ho Wing", "attended", "Asia Legal Forum"),
      ("Asia Legal Forum", "organizedBy", "Hong Kong Trade Development Council")}),
    # signing an agreement
    ("The Secretary for Education, Mr Tse Man, and the Director of the Education Department of Hunan Province, "
     "Mr Liu Jun, signed the Memorandum of Understanding on Education Co-operation.",
     {("Tse Man", "signed", "Memorandum of Understanding on Education Co-operation"),
      ("Liu Jun", "signed", "Memorandum of Understanding on Education Co-operation")}),
    # a body restructured into another
    ("The Government restructured the Efficiency Unit into the Efficiency Office.",
     {("Efficiency Office", "succeeds", "Efficiency Unit")}),
    # funded projects named around the noun
    ("Among the projects funded by the Cultural Exchange Fund are \"River Songs\", a joint project of two "
     "orchestras.",
     {("Cultural Exchange Fund", "funds", "River Songs")}),
    # "the two places" after a mechanism names its parties
    ("The Hong Kong/Hainan Co-operation Conference met today. The two places will deepen co-operation in tourism.",
     {("Hong Kong", "cooperatesWith", "Hainan")}),
    # a session printed in lower case before its series
    ("The Secretary for Justice, Mr Ho Wing, attended the third meeting of the Hong Kong/Guangzhou Co-operation "
     "Working Group.",
     {("Ho Wing", "attended", "third meeting of the Hong Kong/Guangzhou Co-operation Working Group")}),
]


def facts(extractor, text, when=date(2024, 5, 3)):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=when)])
    names = {e.id: e.name for e in record.entities}
    return {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}, record


@pytest.mark.parametrize("text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_rule_families(extractor, text, expected):
    found, _ = facts(extractor, text)
    symmetric = {(o, p, s) for s, p, o in found if p in ("metWith", "cooperatesWith")}
    assert expected <= found | symmetric, sorted(expected - found - symmetric)


def test_two_chief_executives_stay_two_posts(extractor):
    found, _ = facts(extractor, "The Chief Executive, Mr Ho Kin, and the Chief Executive of the Macao Special "
                                "Administrative Region, Mr Sam Fai, co-chaired the meeting in Macao.")
    posts = {o for s, p, o in found if p == "holdsPost"}
    assert len(posts) == 2


def test_returning_home_is_not_a_visit(extractor):
    found, _ = facts(extractor, "The Chief Executive, Mr Ho Kin, visited Macao today. He will return to Hong Kong "
                                "tomorrow (May 4).")
    assert ("Ho Kin", "visited", "Macao") in found
    assert ("Ho Kin", "visited", "Hong Kong") not in found


def test_facts_carry_evidence_dates_and_confidence(extractor):
    _, record = facts(extractor, "The Chief Secretary for Administration, Mr Lam Tak-ming, today (May 3) met the "
                                 "Vice Mayor of Kunming, Mr Zhou Wei.")
    meeting = next(f for f in record.facts if f.predicate == "metWith")
    assert meeting.date == date(2024, 5, 3) and meeting.date_text == "today (May 3)"
    assert meeting.evidence.startswith("The Chief Secretary") and 0 < meeting.confidence < 1
    assert "Mr Lam Tak-ming" in meeting.evidence


def test_headlines_in_title_case_are_read(extractor):
    from igr.ingest import Document

    [record] = extractor.extract([Document(
        key="h.txt", title="Wang Ming and Li Hua Meet Chan Tai-man",
        text="Mr Wang Ming and Mr Li Hua today received the Secretary for Justice, Mr Chan Tai-man.")])
    names = {e.id: e.name for e in record.entities}
    found = {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}
    found |= {(o, p, s) for s, p, o in found}
    assert ("Wang Ming", "metWith", "Chan Tai-man") in found and ("Li Hua", "metWith", "Chan Tai-man") in found
