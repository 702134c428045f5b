from datetime import date

import pytest

from igr.extract.coref import resolve_mentions
from igr.extract.records import Mention
from igr.ingest import Document


def m(text, start, label, name=None, source="ner"):
    return Mention(start, start + len(text), text, label, name or text, source)


def test_short_name_resolves_to_the_person_introduced_before():
    text = "Mr Chan Kwok-ki met Mr Li Wei. Mr Chan then left."
    ms = [m("Mr Chan Kwok-ki", 0, "Person", "Chan Kwok-ki"), m("Mr Li Wei", 20, "Person", "Li Wei"),
          m("Mr Chan", 31, "Person", "Chan", "honorific")]
    entities, of = resolve_mentions(ms, text)
    assert [e.name for e in entities] == ["Chan Kwok-ki", "Li Wei"]
    assert of[2] == of[0]


def test_two_people_with_one_surname_are_never_merged():
    text = "Mr Chan Kwok-ki and Mr Paul Chan met. Mr Chan spoke."
    ms = [m("Mr Chan Kwok-ki", 0, "Person", "Chan Kwok-ki"), m("Mr Paul Chan", 20, "Person", "Paul Chan"),
          m("Mr Chan", 38, "Person", "Chan", "honorific")]
    entities, of = resolve_mentions(ms, text)
    assert len(entities) == 2 and of[0] != of[1]
    assert of[2] == of[1]  # by position: the Chan named last


def test_acronym_in_parentheses_is_an_alias_and_later_uses_resolve():
    text = "the Hong Kong Economic and Trade Office in Shanghai (SHETO) said. Staff of the SHETO met."
    ms = [m("Hong Kong Economic and Trade Office in Shanghai", 4, "Organization")]
    entities, _ = resolve_mentions(ms, text)
    [office] = entities
    assert office.aliases == ("SHETO",)
    assert (text.index("SHETO", 70), text.index("SHETO", 70) + 5) in office.spans


def test_short_post_joins_the_full_post():
    text = "The Chief Executive of the HKSAR, Mrs Lam, spoke. The Chief Executive said."
    ms = [m("Chief Executive of the HKSAR", 4, "Post"), m("Chief Executive", 54, "Post")]
    entities, of = resolve_mentions(ms, text)
    assert len(entities) == 1 and entities[0].aliases == ("Chief Executive",)


def test_a_person_named_only_by_surname_is_kept_as_such():
    text = "Mr Chan visited Jiangmen. Mr Chan left."
    ms = [m("Mr Chan", 0, "Person", "Chan", "honorific"), m("Mr Chan", 26, "Person", "Chan", "honorific")]
    entities, of = resolve_mentions(ms, text)
    assert [(e.name, e.aliases) for e in entities] == [("Chan", ("Mr Chan",))]
    assert of[0] == of[1]


def test_a_short_name_defined_in_parentheses_wins_over_the_standard_name():
    # the lexicon calls "DRF" the series; the release defines it as its edition, and later uses follow the release
    for edition, series, short in [("Ninth Delta River Forum", "Delta River Forum", "DRF"),
                                   ("Third Harbour Logistics Summit", "Harbour Logistics Summit", "HL Summit"),
                                   ("2024 Bay Area Trade Fair", "Bay Area Trade Fair", "BATF")]:
        text = f"The {edition} ({short}) opened. Mr Ho spoke at the {short} today."
        first = text.index(short)
        later = text.index(short, first + 1)
        ms = [m(edition, 4, "Event"), m(short, first, "Event", edition, "lexicon"),
              m(short, later, "Event", series, "lexicon")]
        entities, of = resolve_mentions(ms, text)
        assert of[2] == of[0], (edition, [e.name for e in entities])


@pytest.mark.parametrize("full, short", [
    ("Secretary for Culture, Sports and Tourism", "Secretary for Culture"),
    ("Minister of Trade, Industry and Energy of Korea", "Minister of Trade"),
    ("Director of Trade, Investment & Tourism", "Director of Trade"),
])
def test_a_title_cut_at_a_comma_is_the_full_title(full, short):
    text = f"The {full}, Mr A, spoke. The {short} said more."
    ms = [m(full, 4, "Post"), m(short, text.index(short, 10), "Post")]
    entities, of = resolve_mentions(ms, text)
    assert [(e.name, e.aliases) for e in entities] == [(full, (short,))]


def test_a_longer_title_of_other_words_stays_apart():
    text = "The Secretary for Culture spoke. The Secretary for Cultural Affairs said more."
    ms = [m("Secretary for Culture", 4, "Post"), m("Secretary for Cultural Affairs", text.index("Secretary for Cultural"), "Post")]
    entities, _ = resolve_mentions(ms, text)
    assert len(entities) == 2


# an acronym after a post spells the body or place that ends its title, which takes it
@pytest.mark.parametrize("post, inner, inner_name, acronym", [
    ("Secretary for Security of the Hong Kong Special Administrative Region", "Hong Kong Special Administrative Region",
     "Hong Kong", "HKSAR"),
    ("Secretary of the Riverton Municipal Committee of the Communist Party of China", "Communist Party of China",
     "Communist Party of China", "CPC"),
    ("Director of the Lakeland Trade Development Office", "Lakeland Trade Development Office",
     "Lakeland Trade Development Office", "LTDO"),
])
def test_an_acronym_after_a_title_belongs_to_the_name_it_spells(post, inner, inner_name, acronym):
    text = f"the {post} ({acronym}) met. The {acronym} said."
    label = "Place" if inner_name == "Hong Kong" else "Organization"
    ms = [m(post, 4, "Post"), m(inner, 4 + len(post) - len(inner), label, inner_name)]
    entities, of = resolve_mentions(ms, text)
    by_name = {e.name: e for e in entities}
    assert acronym in by_name[inner_name].aliases
    assert acronym not in by_name[post].aliases


def test_an_acronym_spelling_the_whole_title_stays_with_it():
    text = "the Chief Secretary for Administration (CSA) met. The CSA said."
    ms = [m("Chief Secretary for Administration", 4, "Post"), m("Administration", 24, "Organization")]
    entities, of = resolve_mentions(ms, text)
    assert "CSA" in {e.name: e for e in entities}["Chief Secretary for Administration"].aliases


# A name holding an acronym the release defined is also that name spelt out: the same entity as the spelt-out
# name printed, else an alias.
@pytest.mark.parametrize("text, short, full, label", [
    ("The Riverton Council (RC) met. The RC Secretariat and the Riverton Council Secretariat helped.",
     "RC Secretariat", "Riverton Council Secretariat", "Organization"),
    ("The Lakeland Trade Board (LTB) met. Staff of the LTB Office and of the Lakeland Trade Board Office came.",
     "LTB Office", "Lakeland Trade Board Office", "Organization"),
    ("The Ocean Agency (OA) met. The Director of the OA, Mr Ode, and the Director of the Ocean Agency spoke.",
     "Director of the OA", "Director of the Ocean Agency", "Post"),
])
def test_acronym_inside_a_name_spelt_out_is_the_same(text, short, full, label):
    first = text.split(" (")[0].replace("The ", "", 1)
    ms = sorted([m(first, text.index(first), "Organization"), m(short, text.index(short), label),
                 m(full, text.index(full, text.index(short) + 1), label)], key=lambda x: x.start)
    entities, of = resolve_mentions(ms, text)
    assert len([e for e in entities if e.label == label and e.name in (short, full)]) == 1


def test_acronym_inside_a_name_alone_is_an_alias():
    text = "The Riverton Council (RC) met. The RC Secretariat helped."
    ms = [m("Riverton Council", 4, "Organization"), m("RC Secretariat", text.index("RC S"), "Organization")]
    entities, _ = resolve_mentions(ms, text)
    [unit] = [e for e in entities if e.name == "RC Secretariat"]
    assert "Riverton Council Secretariat" in unit.aliases


def test_undefined_acronym_spells_nothing():
    text = "The Riverton Council met. The RC Secretariat helped."
    ms = [m("Riverton Council", 4, "Organization"), m("RC Secretariat", text.index("RC S"), "Organization")]
    entities, _ = resolve_mentions(ms, text)
    [unit] = [e for e in entities if e.name == "RC Secretariat"]
    assert unit.aliases == ()


# A title printed only in a short form the lexicon expands ("Premier Li" for the Premier of the State Council)
# keeps the printed form as a name, bare head as it is; not where the standard name is printed too.
@pytest.mark.parametrize("text, printed", [
    ("Premier Li Wei visited Riverton.", "Premier"),
    ("Vice Premier Zhao Lin met the delegation.", "Vice Premier"),
    ("He thanked Premier Wen for his support.", "Premier"),
])
def test_title_printed_only_short_keeps_its_printed_form(extractor, text, printed):
    from igr.ingest import Document
    [record] = extractor.extract([Document(key="t.txt", text=text)])
    [post] = [e for e in record.entities if e.label == "Post"]
    assert printed in (post.name, *post.aliases)


def test_bare_head_is_no_alias_where_the_full_title_is_printed(extractor):
    from igr.ingest import Document
    text = "The Premier of the State Council, Mr Li Wei, spoke. The Premier then left."
    [record] = extractor.extract([Document(key="t.txt", text=text)])
    [post] = [e for e in record.entities if e.label == "Post"]
    assert "Premier" not in post.aliases


# A short title joins a fuller one that goes on with a complement ("of", "for" ...), not one that goes on with
# another head: the office's director or a body's chief executive officer is not the short title's holder.
@pytest.mark.parametrize("text, holder, short, other", [
    ("Chief Executive Mary Tong will lead a delegation to Foshan on May 3. "
     "Chief Executive Office Director Kevin Lau will join her.",
     "Mary Tong", "Chief Executive", "Chief Executive Office Director"),
    ("Chief Executive Peter Fok met business leaders. "
     "The Chief Executive Officer of the Riverton Port Authority, Ms Anna Bell, also attended.",
     "Peter Fok", "Chief Executive", "Chief Executive Officer of the Riverton Port Authority"),
    ("Chief Secretary Ada Lum visited Jiangmen. Chief Secretary Office Director Ron Sze went with her.",
     "Ada Lum", "Chief Secretary for Administration", "Chief Secretary Office Director"),
])
def test_a_short_title_is_not_a_longer_title_with_another_head(found_facts, text, holder, short, other):
    facts = found_facts(text)
    assert (holder, "holdsPost", short) in facts
    assert (holder, "holdsPost", other) not in facts


def test_a_short_title_still_joins_its_complemented_form(extractor):
    text = "The Deputy Minister of Trade of Eastland, Ms Ola Berg, met traders. The Deputy Minister said so."
    [record] = extractor.extract([Document(key="t.txt", text=text)])
    posts = [e for e in record.entities if e.label == "Post"]
    assert [p.name for p in posts] == ["Deputy Minister of Trade of Eastland"]


# an acronym after a title that leaves some words of the body ending the title out still spells that body,
# not the title ("the Chairman of the X-Y Economic and Cultural Co-operation Council (XYEC)")
@pytest.mark.parametrize("post, inner, acronym", [
    ("Chairman of the Riverland-Lakeside Economic and Cultural Co-operation Council",
     "Riverland-Lakeside Economic and Cultural Co-operation Council", "RLEC"),
    ("Director of the Lakeland-Hillside Trade and Cultural Co-operation and Promotion Council",
     "Lakeland-Hillside Trade and Cultural Co-operation and Promotion Council", "TCCPC"),
    ("Convenor of the Westport Arts and Heritage Exchange Committee", "Westport Arts and Heritage Exchange Committee",
     "WAHC"),
])
def test_an_acronym_after_a_title_spelling_part_of_its_body_is_the_body(post, inner, acronym):
    text = f"The {post} ({acronym}), Mr Ode, spoke. The Vice-Chairman of the {acronym} came."
    later = f"Vice-Chairman of the {acronym}"
    ms = [m(post, 4, "Post"), m(inner, 4 + len(post) - len(inner), "Organization"),
          m(later, text.index(later), "Post")]
    entities, _ = resolve_mentions(ms, text)
    by_name = {e.name: e for e in entities}
    assert acronym in by_name[inner].aliases
    assert acronym not in by_name[post].aliases
    assert f"Vice-Chairman of the {inner}" in by_name[later].aliases  # the short title spelt out


def test_an_acronym_of_a_title_that_spells_no_body_stays_with_the_title():
    text = "The Secretary for Riverside and Lakeland Affairs (SRLA) spoke. The SRLA left."
    ms = [m("Secretary for Riverside and Lakeland Affairs", 4, "Post"), m("Lakeland", 26, "Place")]
    entities, _ = resolve_mentions(ms, text)
    assert "SRLA" in {e.name: e for e in entities}["Secretary for Riverside and Lakeland Affairs"].aliases



# A two-word surname after an honorific is the person named in full before it.
@pytest.mark.parametrize("text, full", [
    ("It was co-chaired by the Chief Executive, Mr Lam Kin, and the Minister of Foreign Affairs of Portugal, "
     "Mr Augusto Santos Silva. Mr Lam and Mr Santos Silva met the media after the meeting.", "Augusto Santos Silva"),
    ("The Secretary met the Minister of Economy of Spain, Ms Carmen Cano de Lasala, in Madrid. Ms Cano de Lasala "
     "said Spain welcomed investors.", "Carmen Cano de Lasala"),
    ("He met the Minister of Trade of Mexico, Mr Luis Garcia Lopez. Mr Garcia Lopez thanked him.", "Luis Garcia Lopez"),
])
def test_a_two_word_surname_after_an_honorific(extractor, text, full):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    people = [e for e in record.entities if e.label == "Person"]
    assert [e.name for e in people if e.name != "Lam Kin"] == [full]


# After a title as after an honorific, the last words of a name are the person named in full before.
@pytest.mark.parametrize("text, full, short", [
    ("President Anibal Costa Pereira of Portugal arrived in Hong Kong today. President Costa Pereira met the "
     "Chief Executive.", "Anibal Costa Pereira", "Costa Pereira"),
    ("The Minister of Trade of Chile, Mr Jose Maria Lagos, met the Secretary. Minister Maria Lagos said trade "
     "was growing.", "Jose Maria Lagos", "Maria Lagos"),
    ("Governor Hans Peter Muller of the State of Bavaria called on the Chief Executive today. Governor Peter "
     "Muller said Bavaria valued Hong Kong.", "Hans Peter Muller", "Peter Muller"),
])
def test_a_shorter_name_after_a_title(extractor, text, full, short):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    [person] = [e for e in record.entities if e.label == "Person"]
    assert person.name == full
    assert len(person.spans) == 2


# An occasion printed with its ordinal spelt out and in figures, or with and without "the" after "of", is one
# occasion (the headline's "Fourteenth Plenary of the X", the body's "14th Plenary of the X").
@pytest.mark.parametrize("title, text", [
    ("Fourteenth Plenary of the Riverton/Lakeland Co-operation Joint Conference held",
     "The Chief Executive co-chaired the 14th Plenary of the Riverton/Lakeland Co-operation Joint Conference today."),
    ("Third Plenary Session of Riverton-Lakeland Economic and Trade Co-operation Conference",
     "The Third Plenary Session of the Riverton-Lakeland Economic and Trade Co-operation Conference was held today."),
    ("Twenty-first Working Meeting of the Riverton/Lakeland Joint Conference held",
     "The 21st Working Meeting of the Riverton/Lakeland Joint Conference was held in Riverton today."),
])
def test_one_occasion_however_its_ordinal_is_printed(extractor, title, text):
    [record] = extractor.extract([Document(key="t.txt", title=title, text=text, date=date(2024, 5, 3))])
    assert len([e for e in record.entities if e.label == "Event"]) == 1, [e.name for e in record.entities]


# An edition named by its series' acronym ("the 8th CIIE" after "the 8th China International Import Expo (CIIE)",
# the acronym the lexicon knows for the series) is that edition
@pytest.mark.parametrize("text, edition, short", [
    ("Mr Alan Brook attended the opening of the 7th China International Import Expo (CIIE) in Shanghai. The 7th CIIE "
     "runs for six days.", "7th China International Import Expo", "7th CIIE"),
    ("The 20th China Hi-Tech Fair (CHTF) opened today. Over 100 firms joined the 20th CHTF.",
     "20th China Hi-Tech Fair", "20th CHTF"),
    ("Ms Amy Ho spoke at the 2025 Asian Financial Forum (AFF). The 2025 AFF drew 3 000 guests.",
     "2025 Asian Financial Forum", "2025 AFF"),
])
def test_an_edition_named_by_its_series_acronym(extractor, text, edition, short):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    events = [e for e in record.entities if e.label == "Event"]
    assert edition in {e.name for e in events}
    assert short not in {e.name for e in events}


# A place, then a new phrase opening with "the": no name runs across it
@pytest.mark.parametrize("text", [
    "Mr Sam Hou Fai attended in Shanghai the opening ceremony of the Riverton Expo.",
    "Ms Amy Ho officiated in Guangzhou the launch ceremony of the Westbay Hub.",
    "He attended in Beijing the annual meeting of the Lakeland Forum.",
])
def test_no_name_across_a_place_and_the(mentions, text):
    assert not any(" the " in name and name.split()[0] in ("Shanghai", "Guangzhou", "Beijing")
                   for _, name in mentions(text))


# "Mr Chan" after "Mr Paul Chan" and "Dr Bernard Chan" is the one styled "Mr" (whichever was named last)
@pytest.mark.parametrize("text, person, place", [
    ("The Financial Secretary, Mr Paul Chan, met the Mayor of Osaka, Mr Tom Hale, today. The Under Secretary for "
     "Commerce and Economic Development, Dr Bernard Chan, also joined the meeting. Mr Chan looked back on his trip to "
     "Kyoto, where he toured several start-ups.", "Paul Chan", "Kyoto"),
    ("The Secretary for Housing, Ms Winnie Ho, met the Mayor of Riverton, Mr Tom Hale. The Director of Housing, Dr "
     "Peter Ho, also attended the meeting. Ms Ho then toured the Riverton Housing Authority.",
     "Winnie Ho", "Riverton Housing Authority"),
    ("The Secretary for Tourism, Mr Kevin Yeung, met the Minister of Tourism of Lakeland, Ms Ana Cruz. The Commissioner "
     "for Tourism, Dr Vivian Yeung, also attended the meeting. Mr Yeung then visited the Lakeland Tourism Board.",
     "Kevin Yeung", "Lakeland Tourism Board"),
])
def test_a_short_name_takes_the_one_with_its_style(found_facts, text, person, place):
    assert (person, "visited", place) in found_facts(text)
