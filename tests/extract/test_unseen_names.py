"""Names of kinds the lexicon does not list, on sentences written for these tests (one group per rule).

Each rule has at least three paraphrases with made-up names, so that a rule fitted to one
phrasing fails here; some groups also check what the rule must leave alone.
"""

from datetime import date

import pytest

from igr.ingest.document import Document


@pytest.fixture(scope="module")
def entities(extractor):
    def found(text: str, title: str = "Release") -> dict[tuple[str, str], tuple[str, ...]]:
        [record] = extractor.extract([Document(key="t.txt", text=text, title=title, date=date(2024, 5, 3))])
        return {(e.label, e.name): e.aliases for e in record.entities}

    return found


# "X and the Y" where only X reads as a name: two names, not one unclassified chunk.
@pytest.mark.parametrize("text, place", [
    ("He will visit the Tanjiang New Area and the Tanjiang Harbour before noon.", "Tanjiang New Area"),
    ("The delegation toured the Luoxi Hi-Tech Zone and the Luoxi Waterfront this morning.", "Luoxi Hi-Tech Zone"),
    ("Officials inspected the Mabei Economic Development Zone and the Mabei Riverside Walk.",
     "Mabei Economic Development Zone"),
])
def test_name_before_and_the_kept(mentions, text, place):
    assert ("Place", place) in mentions(text)


# A place head ends a name the NER reads as a person after a title word ("King ...").
@pytest.mark.parametrize("text, place", [
    ("Ms Ho also visited King Faisal Financial District and a school.", "King Faisal Financial District"),
    ("He then toured Sheikh Rashid Logistics District with officials.", "Sheikh Rashid Logistics District"),
    ("Mr Ko also visited Emir Khalid Financial District and a bank.", "Emir Khalid Financial District"),
])
def test_place_head_after_title_word(mentions, text, place):
    found = mentions(text)
    assert ("Place", place) in found
    assert not any(label in ("Person", "Post") and place.endswith(name) for label, name in found)


# "Justice" is an honorific before a name, but a body's word before a head ("Justice Ministry").
@pytest.mark.parametrize("text, body", [
    ("He met the Vice Minister of the Lakeland Justice Ministry, Mr Omar Haddad, today.", "Lakeland Justice Ministry"),
    ("Officials of the Justice Department of Westmark joined the talks.", "Justice Department of Westmark"),
    ("She called on the Riverton Justice Bureau yesterday.", "Riverton Justice Bureau"),
])
def test_justice_before_a_body_head(mentions, text, body):
    found = mentions(text)
    assert ("Organization", body) in found
    assert not any(label == "Person" and "Ministry" in name or "Department" in name or "Bureau" in name
                   for label, name in found if label == "Person")


# Where only a place can stand, the NER's "person" is a place; a person named so elsewhere is not.
@pytest.mark.parametrize("text, place", [
    ("The delegation later toured Sham Kok Wan and the new ferry pier.", "Sham Kok Wan"),
    ("Mr Chan arrived in Lo Fu Tau this morning for a two-day stay.", "Lo Fu Tau"),
    ("The team made a trip to Ma Wan Chung village to see the old houses.", "Ma Wan Chung"),
])
def test_locative_context_makes_a_place(mentions, text, place):
    found = mentions(text)
    assert ("Place", place) in found
    assert ("Person", place) not in found


@pytest.mark.parametrize("text, person", [
    ("He thanked Tai Man-kit for his help. Later he visited Tai Man-kit at his office. Mr Tai said yes.",
     "Tai Man-kit"),
    ("In Wong Siu-ling's view, the plan works.", "Wong Siu-ling"),
])
def test_people_stay_people(mentions, text, person):
    assert ("Place", person) not in mentions(text)


# An event named by a quoted title after a common noun: a seminar on "...", a session titled "...".
@pytest.mark.parametrize("text, event", [
    ('In the afternoon, he spoke at a seminar on "Smart Ports - What Riverton Can Offer" held by the Council.',
     "Smart Ports - What Riverton Can Offer"),
    ('The forum this year has a session titled "Data for Good: A Greener Delta".', "Data for Good: A Greener Delta"),
    ('She then joined a roundtable on "Legal Bridges for Global Investors" hosted by a chamber.',
     "Legal Bridges for Global Investors"),
    ('The two cities held a workshop themed "Young Makers, Shared Future" in May.', "Young Makers, Shared Future"),
])
def test_quoted_title_after_event_noun(mentions, text, event):
    assert ("Event", event) in mentions(text)


@pytest.mark.parametrize("text, quoted", [
    ('He gave a speech on "Riverton Advantages" at lunch.', "Riverton Advantages"),
    ('She wrote an article titled "Why Trade Matters" last year.', "Why Trade Matters"),
    ('They stressed the principle of "One Country, Two Systems" at the seminar.', "One Country, Two Systems"),
])
def test_quoted_title_after_other_nouns_is_no_event(mentions, text, quoted):
    assert ("Event", quoted) not in mentions(text)


# An edition named with a short name of its series: the series is an event of its own, with the alias.
@pytest.mark.parametrize("text, edition, series, short", [
    ("The Third Lakeside Regional Co-operation and Development Forum (Lakeside Forum) opened in Kunming today. "
     "The Lakeside Forum is held every two years.",
     "Third Lakeside Regional Co-operation and Development Forum",
     "Lakeside Regional Co-operation and Development Forum", "Lakeside Forum"),
    ("Mr Lee spoke at the 2024 Harbour City Smart Living Expo (Smart Living Expo) this morning.",
     "2024 Harbour City Smart Living Expo", "Harbour City Smart Living Expo", "Smart Living Expo"),
    ("The Fifth Riverton Innovation Summit (Innovation Summit) drew 800 guests.",
     "Fifth Riverton Innovation Summit", "Riverton Innovation Summit", "Innovation Summit"),
])
def test_edition_stays_apart_from_its_series(entities, text, edition, series, short):
    found = entities(text, title=f"{short} held")
    assert ("Event", edition) in found and short not in found["Event", edition]
    assert ("Event", series) in found and short in found["Event", series]
    assert ("Event", short) not in found  # the headline's use is the series too


# Quoted titles after a scheme's noun are schemes, and so is the next title of the same list.
@pytest.mark.parametrize("text, names", [
    ('The two sides drew up regional co-operation plans on "Greener Living" and "Cross-boundary Transport".',
     ("Greener Living", "Cross-boundary Transport")),
    ('The council runs schemes titled "Young Makers", "Silver Tech" as well as "Green Hands" in ten districts.',
     ("Young Makers", "Silver Tech", "Green Hands")),
    ('Both cities joined a programme called "Clean Harbours" last year.', ("Clean Harbours",)),
])
def test_quoted_titles_of_schemes(mentions, text, names):
    found = mentions(text)
    for name in names:
        assert ("Initiative", name) in found


# A scheme "of" an agreement or a body is named with it: the head before "of" types the name.
@pytest.mark.parametrize("text, name", [
    ("Under the Economic and Technical Co-operation Work Programme of the Riverton Trade Arrangement, "
     "both sides met.", "Economic and Technical Co-operation Work Programme of the Riverton Trade Arrangement"),
    ("He introduced the Implementation Plan of the Framework Agreement on Lakeland Co-operation to guests.",
     "Implementation Plan of the Framework Agreement on Lakeland Co-operation"),
    ("Officials reviewed the Youth Exchange Programme of the Westmark Municipal Government.",
     "Youth Exchange Programme of the Westmark Municipal Government"),
    ("The Culture and Tourism Development Plan for the Guangdong-Hong Kong-Macao Greater Bay Area will be implemented.",
     "Culture and Tourism Development Plan for the Guangdong-Hong Kong-Macao Greater Bay Area"),
    ("He promoted the Youth Internship Scheme for Riverton Students at the fair.",
     "Youth Internship Scheme for Riverton Students"),
    ("They discussed the Green Transport Action Plan for the Lakeside Region.", "Green Transport Action Plan for the Lakeside Region"),
])
def test_scheme_of_a_named_thing(mentions, text, name):
    found = mentions(text)
    assert ("Initiative", name) in found
    assert not any(label == "Agreement" and n == name for label, n in found)


# A body, its acronym, then a title of it: the post without the acronym; the acronym is the body's.
@pytest.mark.parametrize("text, body, acronym, post", [
    ("The Lakeland Sovereign Fund (LSF) Governor, Mr Omar Rashid, chaired the session. The LSF is large.",
     "Lakeland Sovereign Fund", "LSF", "Lakeland Sovereign Fund Governor"),
    ("Anqing Foreign Affairs Office (AQFAO) Director Wang Lin said the two places would co-operate.",
     "Anqing Foreign Affairs Office", "AQFAO", "Anqing Foreign Affairs Office Director"),
    ("Riverton Port Authority (RPA) Chairman Ms Ada Ng welcomed the guests.",
     "Riverton Port Authority", "RPA", "Riverton Port Authority Chairman"),
])
def test_acronym_inside_a_title(entities, text, body, acronym, post):
    found = entities(text)
    assert acronym in found["Organization", body]
    assert ("Post", post) in found and acronym not in found["Post", post]


# A title that stands before a bare surname, the surname, then whose title it is.
@pytest.mark.parametrize("text, post, person, owner", [
    ("He met President Tan of the Lakeland Investment Development Authority yesterday.",
     "President of the Lakeland Investment Development Authority", "Tan", ("Organization", "Lakeland Investment Development Authority")),
    ("Chairman Lopez of the Westmark Chamber of Commerce welcomed the delegation.",
     "Chairman of the Westmark Chamber of Commerce", "Lopez", ("Organization", "Westmark Chamber of Commerce")),
    ("Mayor Sato of Hamamura City greeted them at the station.", "Mayor of Hamamura City", "Sato", ("Place", "Hamamura City")),
])
def test_title_surname_of_owner(mentions, text, post, person, owner):
    found = mentions(text)
    assert {("Post", post), ("Person", person), owner} <= found
    assert not any(label == "Organization" and name.startswith(post.split()[0]) for label, name in found)


# Central bodies named with no head word of a body.
@pytest.mark.parametrize("text", [
    "The Central Authorities have given strong support to the project.",
    "He thanked the Central Authorities for their care.",
    "With the support of the Central Authorities, the plan will go ahead.",
])
def test_central_authorities(mentions, text):
    assert ("Organization", "Central Authorities") in mentions(text)


# A heading printed on two lines names one thing.
@pytest.mark.parametrize("text, label, name", [
    ("Release\n\nTaking forward the Framework\nAgreement on Riverton/Lakeland Co-operation\n\nBoth sides met.",
     "Agreement", "Framework Agreement on Riverton/Lakeland Co-operation"),
    ("Release\n\nPreparations for the Third Lakeside\nInnovation Summit\n\nThe summit will open soon.",
     "Event", "Third Lakeside Innovation Summit"),
    ("Release\n\nNew members join the Westmark Trade\nDevelopment Council\n\nThe council said so.",
     "Organization", "Westmark Trade Development Council"),
])
def test_heading_on_two_lines(mentions, text, label, name):
    assert (label, name) in mentions(text)


def test_lines_of_a_list_stay_apart(mentions):
    found = mentions("Release\n\nPlaces visited:\nRiverton\nLakeland\n\nThe tour ended.")
    assert not any("Riverton Lakeland" in name for _, name in found)


# A common noun capitalised by its place opens no name: "Preparations for the [X Summit]".
@pytest.mark.parametrize("text, label, name", [
    ("Highlights of the 2024 Riverton Expo were shown to guests.", "Event", "2024 Riverton Expo"),
    ("Support for the Westmark Trade Development Council grew last year.", "Organization",
     "Westmark Trade Development Council"),
    ("Preparations for the Third Lakeside Innovation Summit are on track.", "Event", "Third Lakeside Innovation Summit"),
])
def test_common_noun_before_a_name(mentions, text, label, name):
    found = mentions(text)
    assert (label, name) in found
    assert not any(n.endswith(name) and n != name for _, n in found)


def test_plural_title_before_a_name_is_left_alone(mentions):
    found = mentions("He heard reports of the Chairs of the Lakeside Officials' Meeting today.")
    assert ("Event", "Lakeside Officials' Meeting") not in found


# A known short name at the end of a longer body's name is that body's head, no other body.
@pytest.mark.parametrize("text, body", [
    ("Officials of the Westmark Trade Development Council joined the mission.", "Westmark Trade Development Council"),
    ("He called on the Lakeland External Trade Development Council in the afternoon.",
     "Lakeland External Trade Development Council"),
    ("The Riverton Trade Development Council hosted a lunch.", "Riverton Trade Development Council"),
])
def test_known_short_name_inside_another_body(mentions, text, body):
    found = mentions(text)
    assert ("Organization", body) in found
    assert ("Organization", "Hong Kong Trade Development Council") not in found


# "the 21st X Expo and the Y Summit": two events, the edition not run into the next name.
@pytest.mark.parametrize("text, first, second", [
    ("He went to Nanning to attend the 21st Lakeland-ASEAN Expo and the Lakeland-ASEAN Investment Summit.",
     "21st Lakeland-ASEAN Expo", "Lakeland-ASEAN Investment Summit"),
    ("They held the second Riverton/Lakeside Co-operation Conference and the first Riverton/Lakeside Youth Forum.",
     "second Riverton/Lakeside Co-operation Conference", "first Riverton/Lakeside Youth Forum"),
    ("She opened the 5th Westmark Food Fair and the Westmark Wine Festival on Friday.",
     "5th Westmark Food Fair", "Westmark Wine Festival"),
])
def test_edition_and_the_next_event(mentions, text, first, second):
    found = mentions(text)
    assert ("Event", first) in found and ("Event", second) in found
    assert not any(" and the " in name for _, name in found)


# "A and B" where B is a known name of A's class: two bodies.
@pytest.mark.parametrize("text, first, second", [
    ("The Jiangsu Provincial Department of Commerce and Invest Hong Kong will hold a week of events.",
     "Jiangsu Provincial Department of Commerce", "Invest Hong Kong"),
    ("The Lakeland Ministry of Trade and Hong Kong Trade Development Council signed a memorandum.",
     "Lakeland Ministry of Trade", "Hong Kong Trade Development Council"),
    ("The Riverton Bureau of Tourism and Hong Kong Tourism Board launched a campaign.",
     "Riverton Bureau of Tourism", "Hong Kong Tourism Board"),
])
def test_body_and_a_known_body(mentions, text, first, second):
    found = mentions(text)
    assert ("Organization", first) in found and ("Organization", second) in found


# An occasion named in capitals with its event noun in lower case.
@pytest.mark.parametrize("text, event", [
    ("In the evening, Mr Chan attended the Riverton Night reception organised by the office.", "Riverton Night reception"),
    ("She attended a Harbour Lights gala in Sydney.", "Harbour Lights gala"),
    ("He officiated at the Lakeside Lantern Festival opening ceremony.", None),
    ("She attended the Chinese New Year reception hosted by the consulate.", "Chinese New Year reception"),
])
def test_lower_case_event_noun(mentions, text, event):
    found = mentions(text)
    if event:
        assert ("Event", event) in found
    assert not any(label == "Person" for label, _ in found if _ not in ("Chan",))


@pytest.mark.parametrize("text", [
    "He joined the Riverton Council seminar on trade.",
    "He spoke at the Riverton Expo dinner.",
    "The Westmark Trade Office reception was held at noon. Mr Ho Ka-lok attended.",
])
def test_lower_case_event_noun_after_a_body_or_event(mentions, text):
    assert not any(label == "Event" and name.endswith(("seminar", "dinner", "reception")) for label, name in mentions(text))


# "the X/Y co-operation meeting" in a release that names the X/Y session is that session.
@pytest.mark.parametrize("title, text, session", [
    ("Hong Kong/Hubei co-operation meeting held",
     "The Second Plenary Session of the Hong Kong/Hubei Co-operation Conference was held in Wuhan today.",
     "Second Plenary Session of the Hong Kong/Hubei Co-operation Conference"),
    ("Hong Kong-Shandong co-operation meeting in Jinan",
     "The Third Meeting of the Hong Kong-Shandong Co-operation Joint Committee opened today.",
     "Third Meeting of the Hong Kong-Shandong Co-operation Joint Committee"),
    ("Officials attend Macao/Fujian co-operation meeting",
     "The Fifth Plenary Session of the Macao/Fujian Co-operation Conference was held today.",
     "Fifth Plenary Session of the Macao/Fujian Co-operation Conference"),
])
def test_pair_meeting_is_the_session(entities, title, text, session):
    found = entities(text, title=title)
    assert ("Event", session) in found
    assert not any(name.endswith("co-operation meeting") for _, name in found)
    assert not any(a.endswith("co-operation meeting") for aliases in found.values() for a in aliases)


# A word that makes another name of a known place ("West Kowloon"): the known place is not there.
@pytest.mark.parametrize("text, name, place", [
    ("He visited the West Kowloon Cultural District in the afternoon.", "West Kowloon Cultural District", "Kowloon"),
    ("She toured the North Guangzhou Logistics Zone with officials.", "North Guangzhou Logistics Zone", "Guangzhou"),
    ("They visited the Old Shanghai Film Park on Friday.", None, "Shanghai"),
])
def test_other_place_modifier(mentions, text, name, place):
    found = mentions(text)
    assert ("Place", place) not in found
    if name:
        assert ("Place", name) in found


def test_known_place_after_other_words_stays(mentions):
    found = mentions("He visited the Guangzhou Logistics Zone and the Hong Kong Pavilion.")
    assert ("Place", "Guangzhou") in found


# "... between A and B in <place>": the place is where it was signed, not part of the name.
@pytest.mark.parametrize("text, name", [
    ("They signed the Memorandum of Understanding on Cultural Co-operation between Hong Kong and France in Paris today.",
     "Memorandum of Understanding on Cultural Co-operation between Hong Kong and France"),
    ("The Agreement on Customs Co-operation between Riverton and Lakeland in Beijing was signed by both.",
     "Agreement on Customs Co-operation between Riverton and Lakeland"),
    ("They signed the Agreement on Co-operation in Tourism between Riverton and Lakeland in Shanghai.",
     "Agreement on Co-operation in Tourism between Riverton and Lakeland"),
])
def test_agreement_stops_before_the_place_of_signing(mentions, text, name):
    assert ("Agreement", name) in mentions(text)


# A unit "of" a known body is a body, whatever head the known body's name ends with.
@pytest.mark.parametrize("text, name", [
    ("She met the Executive Committee of the World Economic Forum yesterday.",
     "Executive Committee of the World Economic Forum"),
    ("They met the Advisory Board of the World Economic Forum on Friday.", "Advisory Board of the World Economic Forum"),
    ("He addressed the Founding Council of the World Economic Forum.", "Founding Council of the World Economic Forum"),
])
def test_unit_of_a_known_body(mentions, text, name):
    found = mentions(text)
    assert ("Organization", name) in found
    assert ("Event", name) not in found


# Agreements sharing one "between A and B" across an acronym or a coordination.
@pytest.mark.parametrize("text, names", [
    ("Both sides reviewed the Free Trade Agreement (FTA) and the Investment Agreement (IA) between Hong Kong and Chile.",
     {"Free Trade Agreement between Hong Kong and Chile": "FTA", "Investment Agreement between Hong Kong and Chile": "IA"}),
    ("They discussed the Tax Agreement and the Customs Agreement (CA) between Riverton and Lakeland today.",
     {"Tax Agreement between Riverton and Lakeland": None, "Customs Agreement between Riverton and Lakeland": "CA"}),
    ("Officials welcomed the Aviation Agreement (AA) between Westmark and Eastmark last week.",
     {"Aviation Agreement between Westmark and Eastmark": "AA"}),
])
def test_agreements_share_their_parties(entities, text, names):
    found = entities(text)
    for name, acronym in names.items():
        assert ("Agreement", name) in found
        if acronym:
            assert acronym in found["Agreement", name]


def test_an_agreement_described_is_no_name(mentions):
    found = mentions("She attended the signing of an updated Memorandum of Understanding (MOU) between the RFO and the WFO.")
    assert not any(label == "Agreement" and "between" in name for label, name in found)


# A place where the NER sees a person, after "in" inside a title or a body's name.
@pytest.mark.parametrize("text, body, place", [
    ("He was joined by the Director-General of the Hong Kong Economic and Trade Office in Sao Paulo, Ms Ada Chu.",
     "Hong Kong Economic and Trade Office in Sao Paulo", "Sao Paulo"),
    ("The Head of the Riverton Trade Office in Ho Chi Minh City, Mr Lam Tat, spoke.",
     "Riverton Trade Office in Ho Chi Minh City", "Ho Chi Minh City"),
    ("The Director of the Lakeland Tourism Office in Kota Kinabalu, Ms Rina Yusof, joined them.",
     "Lakeland Tourism Office in Kota Kinabalu", "Kota Kinabalu"),
])
def test_place_in_a_title_after_in(mentions, text, body, place):
    found = mentions(text)
    assert ("Organization", body) in found
    assert ("Person", place) not in found


# Companies named by their legal form; palaces are venues.
@pytest.mark.parametrize("text, body", [
    ("He met senior executives of Standard Harbour PLC yesterday.", "Standard Harbour PLC"),
    ("He visited Qasr Estates PJSC in the afternoon.", "Qasr Estates PJSC"),
    ("The delegation called on Lembah Palm Berhad in Kuala Lumpur.", "Lembah Palm Berhad"),
])
def test_company_legal_forms(mentions, text, body):
    assert ("Organization", body) in mentions(text)


@pytest.mark.parametrize("text", [
    "The delegation also toured the Royal Palace and a museum.",
    "Guests were received at the Summer Palace in the evening.",
    "She visited the Lakeside Palace with the mayor.",
])
def test_palace_is_a_venue(mentions, text):
    assert not any(name.endswith("Palace") for _, name in mentions(text))


# A title after the body whose it is, printed with a possessive: the title as printed after it; after a place's
# possessive, the title as printed with it ("Singapore's Prime Minister", as the gold names it).
@pytest.mark.parametrize("text, owner, post", [
    ("He met the Scottish Government's Cabinet Secretary for Finance, Ms Shona Robison.",
     ("Organization", "Scottish Government"), "Cabinet Secretary for Finance"),
    ("She called on Guangdong's Vice Governor for Trade, Mr Zhang Wei, in the afternoon.", ("Place", "Guangdong"),
     "Guangdong's Vice Governor for Trade"),
    ("He met the Westmark Trade Council's Director of Research, Ms Ann Lo.", ("Organization", "Westmark Trade Council"),
     "Director of Research"),
])
def test_possessive_before_a_title(mentions, text, owner, post):
    found = mentions(text)
    assert ("Post", post) in found and owner in found


# A ceremony printed in lower case, of a named place, body, scheme or agreement, is an event.
@pytest.mark.parametrize("text, event", [
    ("He officiated at the opening ceremony of the Riverside Science Park in Fuzhou.",
     "opening ceremony of the Riverside Science Park"),
    ("They attended the launch ceremony of the Youth Internship Scheme.", "launch ceremony of the Youth Internship Scheme"),
    ("They attended a signing ceremony for the Agreement on Riverton/Lakeland Trade Co-operation.",
     "signing ceremony for the Agreement on Riverton/Lakeland Trade Co-operation"),
    ("He will attend the inauguration ceremony of the Sichuan Liaison Unit of the Hong Kong Economic and Trade Office "
     "in Chengdu tomorrow.", "inauguration ceremony of the Sichuan Liaison Unit of the Hong Kong Economic and Trade "
     "Office in Chengdu"),
])
def test_lower_case_ceremony_of_a_name(mentions, text, event):
    assert ("Event", event) in mentions(text)


@pytest.mark.parametrize("text", [
    "She attended the opening ceremony of the 2024 Riverton Expo.",
    "They attended the ceremony of the Riverton Council.",
    "He spoke at the opening ceremony of the Lakeside Innovation Summit.",
    # the name a place starts runs on past it ("China" is not what was opened)
    "They will attend the opening ceremony of the China Hong Kong Pavilion at the fair.",
    "She attended the opening ceremony of the Guangdong Hong Kong Youth Hub in Nansha.",
    "He attended the launch ceremony of the Shenzhen Harbour Lights Festival.",
])
def test_ceremony_of_an_event_or_unqualified_is_no_name(mentions, text):
    assert not any("ceremony" in name for _, name in mentions(text))


# The countries of the United Kingdom are places, also inside a body's name.
@pytest.mark.parametrize("text, place", [
    ("He will meet the Governor of the Bank of England tomorrow.", "England"),
    ("The delegation then travelled to Scotland for two days.", "Scotland"),
    ("She met investors from Wales and Northern Ireland in London.", "Northern Ireland"),
])
def test_countries_of_the_united_kingdom(mentions, text, place):
    assert ("Place", place) in mentions(text)


# A "person" right after "at" is a venue, unless the release names someone so.
@pytest.mark.parametrize("text, venue", [
    ("The talks took place at Kerry Lodge yesterday.", "Kerry Lodge"),
    ("The forum took place at Peter Lodge yesterday.", "Peter Lodge"),
    ("The two ministers had breakfast at Aldwyn Grange before the forum.", "Aldwyn Grange"),
])
def test_person_after_at_is_a_venue(mentions, text, venue):
    assert ("Person", venue) not in mentions(text)


@pytest.mark.parametrize("text, person", [
    ("He arrived at Chan Tai-man's invitation.", "Chan Tai-man"),
    ("The minister smiled at Ho Ka-lok. Mr Ho thanked him.", "Ho Ka-lok"),
])
def test_person_after_at_who_is_named_so(mentions, text, person):
    assert ("Person", person) in mentions(text)


# A country in its formal style is the country.
@pytest.mark.parametrize("text, formal, place", [
    ("He met the Consul General of the Kingdom of Thailand in Hong Kong. Thailand is a partner.", "Kingdom of Thailand", "Thailand"),
    ("Officials of the State of Qatar joined the forum with Qatar's investors.", "State of Qatar", "Qatar"),
    ("The Sultanate of Oman sent a delegation.", "Sultanate of Oman", "Oman"),
])
def test_country_in_its_formal_style(entities, text, formal, place):
    found = entities(text)
    assert ("Place", place) in found
    assert ("Place", formal) not in found


# A known body's name inside a building's name is no body.
@pytest.mark.parametrize("text", [
    "The Chief Secretary met him at the Central Government Offices today.",
    "A reception was held at the Central Government Offices in Admiralty.",
    "Reporters waited outside the Central Government Offices.",
])
def test_body_inside_a_building(mentions, text):
    assert not any(label == "Organization" for label, _ in mentions(text))


# A name the NER cuts inside a title ("[Guangxi Party] Secretary") is no body.
@pytest.mark.parametrize("text, place", [
    ("Guangxi Party Secretary visits Hong Kong", "Guangxi"),
    ("Yunnan Party Secretary meets Chief Executive", "Yunnan"),
    ("Hunan Party Secretary leads delegation", "Hunan"),
])
def test_no_body_cut_from_a_title(mentions, text, place):
    found = mentions(text)
    assert not any(label == "Organization" and name.endswith("Party") for label, name in found)


# A scheme named in capitals with a lower-case head; "project" says what the named thing is.
@pytest.mark.parametrize("text, name", [
    ("The Pinglu Canal project offers new chances to enterprises.", "Pinglu Canal"),
    ("Regarding the Lakeside Tunnel project, both sides agreed to speed up.", "Lakeside Tunnel"),
    ("They reviewed the Riverton Harbour Bridge project last month.", "Riverton Harbour Bridge"),
])
def test_lower_case_project(mentions, text, name):
    found = mentions(text)
    assert ("Initiative", name) in found
    assert not any(n.endswith(" project") for _, n in found)


# "the Minister of Transport Aziz Rahman": the portfolio ends the title, the name is the holder's
@pytest.mark.parametrize("text, post, person", [
    ("Mr Ho Kin met the Minister of Transport Aziz Rahman in Kuala Lumpur.", "Minister of Transport", "Aziz Rahman"),
    ("Mr Ho Kin met the Minister for Tourism Anna Kovacs in Budapest.", "Minister for Tourism", "Anna Kovacs"),
    ("Mr Ho Kin met Malaysian Minister of Transport Aziz Rahman today.", "Malaysian Minister of Transport",
     "Aziz Rahman"),
])
def test_a_portfolio_is_no_first_name(extractor, text, post, person):
    [record] = extractor.extract([Document(key="t.txt", text=text)])
    names = {e.id: e.name for e in record.entities}
    assert (person, "holdsPost", post) in {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}


# "the Special Adviser to the Chief Executive, Mr A": the adviser's title is the whole; A does not hold the post after "to"
@pytest.mark.parametrize("text, post, person, wrong", [
    ("He met the Special Adviser to the Chief Executive, Mr Wong Kam, today.", "Special Adviser to the Chief Executive",
     "Wong Kam", "Chief Executive"),
    ("The Financial Secretary met the Assistant to the President for Economic Policy, Mr Allan Hale, in Washington.",
     "Assistant to the President for Economic Policy", "Allan Hale", "President for Economic Policy"),
    ("He met the Senior Adviser to the Minister of Trade of Peru, Mr Juan Ruiz.",
     "Senior Adviser to the Minister of Trade of Peru", "Juan Ruiz", "Minister of Trade of Peru"),
])
def test_an_aide_holds_the_aide_title(extractor, text, post, person, wrong):
    [record] = extractor.extract([Document(key="t.txt", text=text)])
    names = {e.id: e.name for e in record.entities}
    found = {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}
    assert (person, "holdsPost", post) in found and (person, "holdsPost", wrong) not in found


def test_speaking_to_a_post_holder_is_no_aide_title(extractor):
    [record] = extractor.extract([Document(key="t.txt", text="Mr John Lee spoke to the Prime Minister, Mr Tony Hale.")])
    names = {e.id: e.name for e in record.entities}
    assert ("Tony Hale", "holdsPost", "Prime Minister") in {
        (names[f.subject], f.predicate, names[f.object]) for f in record.facts}


# posts printed in lower case after a name, in a list: each is a post of that person, named in title case
@pytest.mark.parametrize("text, person, posts", [
    ("On April 9, Mr Zhou Ming, deputy secretary of the CPC Hefei Municipal Committee and mayor of Hefei, met "
     "the visitors.", "Zhou Ming", ("Deputy Secretary of the CPC Hefei Municipal Committee", "Mayor of Hefei")),
    ("Mr Li Hua, governor of Hubei Province, met Mr Ho Kin.", "Li Hua", ("Governor of Hubei Province",)),
    ("Mr Ho Kin, Director of the Riverton Office and Chairman of the Lakeside Council, spoke.", "Ho Kin",
     ("Director of the Riverton Office", "Chairman of the Lakeside Council")),
    ("Li Qiang, member of the Standing Committee of the Political Bureau of the CPC Central Committee and premier of "
     "the State Council, met the delegation.", "Li Qiang",
     ("Member of the Standing Committee of the Political Bureau of the CPC Central Committee", "Premier of the State Council")),
])
def test_a_list_of_posts_after_a_name(extractor, text, person, posts):
    [record] = extractor.extract([Document(key="t.txt", text=text)])
    names = {e.id: e.name for e in record.entities}
    found = {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}
    assert {(person, "holdsPost", p) for p in posts} <= found


def test_lower_case_words_before_of_are_no_post(extractor):
    [record] = extractor.extract([Document(key="t.txt", text="Mr Ho Kin, head of state visits aside, met the Mayor of "
                                                                "Riverton, Mr Zhou Ming.")])
    assert all(e.name != "Head of State Visits" for e in record.entities)


# a name without honorific the model misses, before a lower-case post: a person
@pytest.mark.parametrize("text, person, post", [
    ("On April 9, Han Zheng, secretary of the CPC Shanghai Municipal Committee, met the delegation.", "Han Zheng",
     "Party Secretary of Shanghai"),
    ("Huang Kunming, secretary of the CPC Guangdong Provincial Committee, presided over the meeting.", "Huang Kunming",
     "Party Secretary of Guangdong Province"),
    ("The guests included Yang Xiong, mayor of Shanghai.", "Yang Xiong", "Mayor of Shanghai"),
])
def test_a_bare_name_before_a_lower_case_post(extractor, text, person, post):
    [record] = extractor.extract([Document(key="t.txt", text=text)])
    names = {e.id: e.name for e in record.entities}
    assert (person, "holdsPost", post) in {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}


def test_a_body_before_a_lower_case_title_is_no_person(extractor):
    [record] = extractor.extract([Document(key="t.txt", text="Zhejiang University, member of the Alliance of "
                                                                "Universities, hosted the forum.")])
    assert not any(e.label == "Person" for e in record.entities)


# A name the NER reads as a person's, followed by a site's or a road's head in any case, is the site's name.
@pytest.mark.parametrize("text, name", [
    ("The two sides are studying the Liantang/Heung Yuen Wai control point.", "Yuen Wai"),
    ("Both sides agreed to commission the Lok Ma Chau Spur Line as soon as possible.", "Lok Ma Chau"),
    ("The delegation crossed the Sha Tau Kok Bridge in the morning.", "Sha Tau Kok"),
])
def test_a_site_s_name_is_no_person(mentions, text, name):
    assert not any(label == "Person" and name in n for label, n in mentions(text))


# "HK" in a name is "Hong Kong": the headline's "X of HK/Guangdong ..." and the body's "X of the Hong Kong/Guangdong
# ..." are one occasion, named in the fuller form.
@pytest.mark.parametrize("text, event", [
    ("Sixth Working Meeting of HK/Guangdong Co-operation Joint Conference\n\nThe Sixth Working Meeting of the Hong "
     "Kong/Guangdong Co-operation Joint Conference was held in Guangzhou today.",
     "Sixth Working Meeting of the Hong Kong/Guangdong Co-operation Joint Conference"),
    ("Second Plenary Session of HK-Beijing Economic and Trade Co-operation Conference\n\nThe Second Plenary Session "
     "of the Hong Kong-Beijing Economic and Trade Co-operation Conference was held today.",
     "Second Plenary Session of the Hong Kong-Beijing Economic and Trade Co-operation Conference"),
    ("Third Meeting of HK/Riverton Joint Commission\n\nThe Third Meeting of the Hong Kong/Riverton Joint Commission "
     "was held in Riverton today.", "Third Meeting of the Hong Kong/Riverton Joint Commission"),
])
def test_hk_in_a_name_is_hong_kong(extractor, text, event):
    from datetime import date

    from igr.ingest import Document
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    events = [e.name for e in record.entities if e.label == "Event"]
    assert events == [event], events


@pytest.mark.parametrize("text, name", [
    ("The office is located at Room 743, 1366 Qianjiang Road, Jianggan District, Hangzhou.", "Qianjiang Road"),
    ("The exhibition is at 18 Harbour Road, Wan Chai.", "Harbour Road"),
    ("Its address is 88 Nathan Road, Kowloon.", "Nathan Road"),
])
def test_a_road_is_no_place(mentions, text, name):
    assert ("Place", name) not in mentions(text)


# Portuguese names: the particle "do" and an initial inside a name.
@pytest.mark.parametrize("text, name", [
    ("The Chief Executive met the Minister of State Administration of Timor-Leste, Mr Tomás do Rosário Cabral.",
     "Tomás do Rosário Cabral"),
    ("Also present was the Chief of Staff of the Council of Ministers, Mr Benigno Humberto G. da Cruz.",
     "Benigno Humberto G. da Cruz"),
    ("He met the Mayor of Dili, Mr João do Carmo Saldanha, and the Consul, Mr Pedro M. Costa.", "Pedro M. Costa"),
])
def test_particles_and_initials_inside_names(mentions, text, name):
    assert ("Person", name) in mentions(text)
