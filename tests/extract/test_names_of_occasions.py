"""Names of occasions, titles and bodies igr met in releases it had never seen, on sentences written
for these tests (one group per rule, each with made-up names and what the rule must leave alone)."""

from datetime import date

import pytest

from igr.ingest import Document


# An event's head before "of" a body: the occasion is an Event, the body inside it a body of its own.
@pytest.mark.parametrize("text, event, body", [
    ("He attended the Inauguration Ceremony of the Riverton Economic and Trade Office in Westburg.",
     "Inauguration Ceremony of the Riverton Economic and Trade Office in Westburg",
     "Riverton Economic and Trade Office in Westburg"),
    ("She officiated at the Opening Ceremony of the Lakeland Trade Office this afternoon.",
     "Opening Ceremony of the Lakeland Trade Office", "Lakeland Trade Office"),
    ("He spoke at the Tenth Anniversary Reception of the Riverton Business Association.",
     "Tenth Anniversary Reception of the Riverton Business Association", "Riverton Business Association"),
    ("Mr Lee spoke at the Annual Dinner of the Westmark Chamber of Commerce yesterday.",
     "Annual Dinner of the Westmark Chamber of Commerce", "Westmark Chamber of Commerce"),
])
def test_occasion_of_a_body(mentions, text, event, body):
    found = mentions(text)
    assert ("Event", event) in found
    assert ("Organization", body) in found
    assert not any(label == "Organization" and name.startswith(event.split(" of ")[0]) for label, name in found)


@pytest.mark.parametrize("text, body", [
    ("He visited the Department of Justice of Westmark.", "Department of Justice of Westmark"),
    ("She met the Congress of the Lakeland Workers' Federation.", None),
])
def test_body_head_before_of_stays_a_body(mentions, text, body):
    found = mentions(text)
    assert not any(label == "Event" for label, _ in found)
    if body:
        assert ("Organization", body) in found


# "A and the B" where B ends with a weak head ("Roundtable", "Meeting"): two names, never one event.
@pytest.mark.parametrize("text, first, event", [
    ("He visited the Heritage Trust and the Business Roundtable in Washington.", "Heritage Trust", None),
    ("She met the Lakeland Institute and the Westmark Policy Roundtable yesterday.", "Lakeland Institute",
     "Westmark Policy Roundtable"),
    ("He addressed the Riverton Society and the Harbour Business Roundtable today.", "Riverton Society",
     "Harbour Business Roundtable"),
])
def test_and_the_parts_a_weak_head(mentions, text, first, event):
    found = mentions(text)
    assert ("Organization", first) in found
    assert not any(" and the " in name for _, name in found)
    if event:
        assert ("Event", event) in found


def test_weak_head_after_linked_words_still_one_event(mentions):
    found = mentions("He attended the APEC Ministers Responsible for Trade Meeting in Lima.")
    assert ("Event", "APEC Ministers Responsible for Trade Meeting") in found


# An agreement's subject goes on across a field whose last word is a body's head ("Services"): one
# agreement, no body; "Memorandum of Understanding between A and B": no body "Understanding between A".
@pytest.mark.parametrize("text, agreement", [
    ("The two sides signed the Agreement on Trade in Financial Services today.",
     "Agreement on Trade in Financial Services"),
    ("The Agreement on Trade in Services was signed in Westburg.", "Agreement on Trade in Services"),
    ("They signed the Memorandum of Understanding on Co-operation in Legal Services yesterday.",
     "Memorandum of Understanding on Co-operation in Legal Services"),
    ("The Agreement on Air Services between Lakeland and Westmark was signed.",
     "Agreement on Air Services between Lakeland and Westmark"),
])
def test_agreement_field_is_no_body(mentions, text, agreement):
    found = mentions(text)
    assert ("Agreement", agreement) in found
    assert not any(label == "Organization" and name.endswith("Services") for label, name in found)


def test_agreement_between_bodies_keeps_the_bodies(mentions):
    found = mentions("They signed the Memorandum of Understanding between the Westburg Municipal Government "
                     "and the Riverton City Council on Trade Co-operation.")
    assert ("Organization", "Westburg Municipal Government") in found
    assert not any(name.startswith("Understanding") for _, name in found)


def test_body_after_in_the_is_no_field(mentions):
    found = mentions("They signed an Agreement on Co-operation in the Riverton Trade Office yesterday.")
    assert ("Organization", "Riverton Trade Office") in found


# Diplomatic and parliamentary titles: "Parliamentary" modifies a title, "Minister of State" and
# "Ambassador Extraordinary and Plenipotentiary" are heads, whose "of" and "and" are the title's own.
@pytest.mark.parametrize("text, post, holder", [
    ("He called on the Parliamentary Under-Secretary of State for Trade Policy, Lord Ashby, in London.",
     "Parliamentary Under-Secretary of State for Trade Policy", "Ashby"),
    ("He met the Minister of State for Trade Policy, Mr Greg Hollis, in London.",
     "Minister of State for Trade Policy", "Greg Hollis"),
    ("The Chief Executive met the Ambassador Extraordinary and Plenipotentiary of the Republic of Lakeland to "
     "the United Kingdom, Mr Tom Vale, today.",
     "Ambassador Extraordinary and Plenipotentiary of the Republic of Lakeland to the United Kingdom", "Tom Vale"),
    ("She met the Ambassador Extraordinary and Plenipotentiary of Westmark to China, Ms Ada Lin, in Beijing.",
     "Ambassador Extraordinary and Plenipotentiary of Westmark to China", "Ada Lin"),
    ("She met the Parliamentary Secretary to the Ministry of Finance of Lakeland, Mr Tom Vale.",
     "Parliamentary Secretary to the Ministry of Finance of Lakeland", "Tom Vale"),
])
def test_diplomatic_and_parliamentary_titles(found_facts, mentions, text, post, holder):
    assert (holder, "holdsPost", post) in found_facts(text)
    found = mentions(text)
    assert not any(label in ("Organization", "Initiative") and name.startswith("State") for label, name in found)
    assert ("Post", "Ambassador") not in found


def test_secretary_of_the_party_keeps_its_committee(mentions):
    found = mentions("He met the Secretary of the CPC Riverton Provincial Committee, Mr Li Ming.")
    assert ("Organization", "CPC Riverton Provincial Committee") in found or any(
        label == "Organization" and "Riverton Provincial Committee" in name for label, name in found)


# "the Director of the X Office of Y and the Z Office, Mr A": the title of the first body, then a second
# body (not one title running over both); Mr A holds the title.
@pytest.mark.parametrize("text, post, body, holder", [
    ("She met the Deputy Director of the Riverton Affairs Office of the State Council and the Westburg Liaison "
     "Office, Mr Li Ming.", "Deputy Director of the Riverton Affairs Office of the State Council",
     "Westburg Liaison Office", "Li Ming"),
    ("He met the Director of the Lakeland Work Office of the CPC Central Committee and the Lakeland Affairs Office "
     "of the State Council, Mr Xia Bin.", "Director of the Lakeland Work Office of the CPC Central Committee",
     "Lakeland Affairs Office of the State Council", "Xia Bin"),  # (a body "of" a government body keeps it whole)
    ("They were received by the Head of the Riverton Trade Bureau of the Westmark Government and the Westmark "
     "Investment Agency, Ms Ada Lin.", "Head of the Riverton Trade Bureau of the Westmark Government",
     "Westmark Investment Agency", "Ada Lin"),
])
def test_title_of_one_body_then_another_body(found_facts, mentions, text, post, body, holder):
    found = mentions(text)
    assert ("Post", post) in found
    assert ("Organization", body) in found
    assert not any(label == "Post" and name.endswith(body) for label, name in found)
    assert (holder, "holdsPost", post) in found_facts(text)


def test_portfolio_with_and_the_stays_one_title(found_facts):
    text = "He met the Secretary for Financial Services and the Treasury, Mr Chris Hui."
    assert ("Chris Hui", "holdsPost", "Secretary for Financial Services and the Treasury") in found_facts(text)


# A one-word city the NER takes for a person, where only a place can stand ("a visit to X", "held in
# X", "in X"): a place; not what one visits or tours (a site, a company), nor a person named so.
@pytest.mark.parametrize("text, place", [
    ("He will pay a visit to Düsseldorf next month.", "Düsseldorf"),
    ("The Secretary concluded his visit to Düsseldorf today.", "Düsseldorf"),
    ("Trade talks were held in Düsseldorf on Monday.", "Düsseldorf"),
    ("The minister was in Düsseldorf yesterday.", "Düsseldorf"),
])
def test_one_word_city_in_a_place_frame(mentions, text, place):
    found = mentions(text)
    assert ("Place", place) in found
    assert not any(label == "Person" for label, _ in found)


@pytest.mark.parametrize("text", [
    "He visited Novotown with the Mayor.",
    "He said the visit to Chan was short. Mr Chan agreed.",
])
def test_one_word_site_or_person_is_no_place(mentions, text):
    assert not any(label == "Place" for label, _ in mentions(text))


# An instrument that amends an agreement ("Supplement VII", "Second Protocol", "Amendment") "to" it:
# one agreement named as printed, the amended agreement inside it another.
@pytest.mark.parametrize("text, agreement, amended", [
    ("Supplement IV to the Riverton-Westmark Closer Economic Partnership Arrangement was signed today.",
     "Supplement IV to the Riverton-Westmark Closer Economic Partnership Arrangement",
     "Riverton-Westmark Closer Economic Partnership Arrangement"),
    ("The Second Protocol to the Riverton-Westmark Free Trade Agreement was signed today.",
     "Second Protocol to the Riverton-Westmark Free Trade Agreement", "Riverton-Westmark Free Trade Agreement"),
    ("He welcomed the signing of the Amendment to the Agreement on Trade in Legal Services.",
     "Amendment to the Agreement on Trade in Legal Services", "Agreement on Trade in Legal Services"),
])
def test_amending_instrument(mentions, text, agreement, amended):
    found = mentions(text)
    assert ("Agreement", agreement) in found
    assert ("Agreement", amended) in found


@pytest.mark.parametrize("text", [
    "He gave his support to the Riverton Free Trade Agreement.",
    "The Annex to the report was published today.",
])
def test_no_amending_instrument(mentions, text):
    assert not any(name.startswith(("support", "Annex")) for _, name in mentions(text))


# "representatives from A, B and C": only a government's own units (a bureau, a department, a body the
# lexicon marks as government) are parts of the government named; a university, a chamber, a company,
# a trade council listed with them are not.
@pytest.mark.parametrize("text, units, others", [
    ("The HKSAR Government delegation comprised representatives from the Commerce and Economic Development "
     "Bureau, the Riverton University and the Lakeland Chamber of Commerce.",
     ["Commerce and Economic Development Bureau"], ["Riverton University", "Lakeland Chamber of Commerce"]),
    ("Mr Lee led a delegation of the HKSAR Government. Representatives from the Transport Department, the "
     "Highways Department and the Lakeland Shipping Company Limited joined.",
     ["Transport Department", "Highways Department"], ["Lakeland Shipping Company Limited"]),
    ("The HKSAR Government delegation included officials from the Department of Justice, the Westmark "
     "Business Association and the Riverton Trade Council.",
     ["Department of Justice"], ["Westmark Business Association", "Riverton Trade Council"]),
    ("The HKSAR Government delegation comprised representatives from Invest Hong Kong, the Riverton University "
     "and the Transport Department.", ["Invest Hong Kong", "Transport Department"], ["Riverton University"]),
])
def test_representatives_from_units_of_a_government(found_facts, text, units, others):
    facts = found_facts(text)
    for unit in units:
        assert (unit, "subOrganizationOf", "HKSAR Government") in facts
    for other in others:
        assert not any(s == other and p == "subOrganizationOf" for s, p, _ in facts)


# The government they are units of is a government itself (known as one, or named "the Government of X", "the X
# Government"), not a government's own body listed with them ("the Hong Kong Monetary Authority"): with none named,
# none
@pytest.mark.parametrize("text, body", [
    ("The Secretary for Justice, Ms Lam Sing, and representatives from the Department of Justice, the Financial "
     "Services and the Treasury Bureau, the Development Bureau, the Hong Kong Monetary Authority and the Insurance "
     "Authority will attend the Joint Conference.", "Hong Kong Monetary Authority"),
    ("The Secretary for Transport, Mr Lam Wai, and representatives from the Transport Department, the Highways "
     "Department and the Airport Authority Hong Kong will attend the meeting.", "Airport Authority Hong Kong"),
    ("Members of the Lakeland Logistics Council and representatives from the Marine Department and the Lakeland "
     "Customs Department will visit the port.", "Lakeland Logistics Council"),
])
def test_units_of_no_government_body(found_facts, text, body):
    assert not any(p == "subOrganizationOf" and o == body for _, p, o in found_facts(text))


# "the X Chamber of Commerce in Y (ACR)": the acronym names the body with its city, not the city.
@pytest.mark.parametrize("text, body, acronym", [
    ("He spoke at a luncheon of the American Chamber of Commerce in Hong Kong (AmCham). AmCham welcomed him.",
     "American Chamber of Commerce in Hong Kong", "AmCham"),
    ("She met the Lakeland Business Association in Shanghai (LBAS) today. LBAS will visit Guangzhou.",
     "Lakeland Business Association in Shanghai", "LBAS"),
    ("He addressed the Westmark Chamber of Industry in Beijing (WCIB) yesterday.",
     "Westmark Chamber of Industry in Beijing", "WCIB"),
])
def test_acronym_after_a_body_in_a_city(entities_of, text, body, acronym):
    found = entities_of(text)
    assert acronym in found[("Organization", body)]
    assert not any(acronym in aliases for (label, _), aliases in found.items() if label == "Place")


def test_body_in_a_city_without_acronym_stays_short(mentions):
    found = mentions("He met the Lakeland Business Association in Shanghai today.")
    assert ("Organization", "Lakeland Business Association") in found


@pytest.fixture(scope="module")
def entities_of(extractor):
    from datetime import date

    from igr.ingest import Document

    def found(text: str) -> dict[tuple[str, str], tuple[str, ...]]:
        [record] = extractor.extract([Document(key="t.txt", text=text, title="Release", date=date(2024, 5, 3))])
        return {(e.label, e.name): e.aliases for e in record.entities}

    return found


# A body with no head word is named where its people are met ("representatives of X", "members of the
# Y"): an organisation (its first words may name a place), not dropped as an unknown name.
@pytest.mark.parametrize("text, body", [
    ("He met representatives of the Business Roundtable in Washington.", "Business Roundtable"),
    ("She met representatives of Berlin Partner and the Riverton Society.", "Berlin Partner"),
    ("He met representatives from Knowledge Works, a think tank.", "Knowledge Works"),
    ("He met members of Lakeland Airlines and Westmark Digital.", "Westmark Digital"),
])
def test_headless_body_whose_people_are_met(mentions, text, body):
    assert ("Organization", body) in mentions(text)


@pytest.mark.parametrize("text", [
    "She met officials from the Public Security, Foreign Affairs and Justice ministries in Beijing.",
    "He met the leaders of Hebei and Hainan Provinces.",
])
def test_no_headless_body_in_a_list_of_portfolios_or_places(mentions, text):
    assert not any(label == "Organization" for label, _ in mentions(text))


# "the X region", "the Y area": a region named by its proper name and a common noun is a place (named as
# printed, its proper name an alias); a known place keeps its own name, a body's words make no region.
@pytest.mark.parametrize("text, place, alias", [
    ("He will visit the Caucasus region next week.", "Caucasus region", "Caucasus"),
    ("She met Hong Kong people living in the Kansai area.", "Kansai area", "Kansai"),
    ("The Greater Tanjiang region will benefit from the bridge.", "Greater Tanjiang region", "Greater Tanjiang"),
    ("He toured the Ruhr region on Monday.", "Ruhr region", "Ruhr"),
])
def test_region_by_proper_name(entities_of, text, place, alias):
    assert alias in entities_of(text)[("Place", place)]


@pytest.mark.parametrize("text", [
    "The Trade Development Council area of work was discussed.",
    "He met the Secretary area heads.",
    "Hong Kong will strengthen ties with the Asia-Pacific region.",
])
def test_no_region_from_a_body_or_a_title(entities_of, text):
    assert not any(label == "Place" and name.endswith((" region", " area")) for label, name in entities_of(text))


# "Lunch" and "Breakfast" end an event's name after two or more capitalised words ("the AELM Working
# Lunch"), like "Meeting"; a meal in lower case or alone names nothing.
@pytest.mark.parametrize("text, event", [
    ("He attended the AELM Working Lunch in Lima.", "AELM Working Lunch"),
    ("She joined the Riverton Business Breakfast on Monday.", "Riverton Business Breakfast"),
    ("He hosted the Lakeland Trade Ministers Working Lunch today.", "Lakeland Trade Ministers Working Lunch"),
])
def test_meal_as_a_named_event(mentions, text, event):
    assert ("Event", event) in mentions(text)


@pytest.mark.parametrize("text", ["He had a working lunch with the Mayor.", "He had Lunch at noon."])
def test_meal_without_a_name(mentions, text):
    assert not any(label == "Event" for label, _ in mentions(text))


# A name the NER reads as an organisation, with no head word, listed by "and (the)" with a body the
# grammar reads: another body ("the Heritage Foundation and the Business Roundtable").
@pytest.mark.parametrize("text, body", [
    ("He met the Heritage Foundation and the Business Roundtable.", "Business Roundtable"),
    ("He met Lakeland Partner and the Riverton Society today.", "Lakeland Partner"),
    ("The Westmark Institute and the Daily Courier ranked Hong Kong first.", "Daily Courier"),
])
def test_headless_body_listed_with_a_body(mentions, text, body):
    found = mentions(text)
    assert ("Organization", body) in found
    assert not any(label == "Event" for label, _ in found)


def test_headless_name_listed_with_a_scheme_is_no_body(mentions):
    found = mentions("He discussed the Belt and Road Initiative and the Greater Bay Area.")
    assert not any(label == "Organization" for label, _ in found)


# A release cut short: a name running up to the last character of a text with no sentence end is cut
# ("Hong K"), unless the lexicon knows it whole or it names a person.
@pytest.mark.parametrize("text, cut", [
    ("The Chief Executive arrived in Hong K", "Hong K"),
    ("The Secretary will meet the Director of the Riverton Trade Off", "Riverton Trade Off"),
    ("He then toured the Lakeland Science Pa", "Lakeland Science Pa"),
])
def test_name_cut_by_a_truncated_release(mentions, text, cut):
    assert not any(name.endswith(cut) for _, name in mentions(text))


@pytest.mark.parametrize("text, name", [
    ("He visited Shenzhen", ("Place", "Shenzhen")),
    ("He met the Mayor of Westburg, Mr Tom Vale", ("Person", "Tom Vale")),
    ("He arrived in Hong K. He met the Riverton Trade Office.", ("Organization", "Riverton Trade Office")),
])
def test_whole_name_at_the_end_kept(mentions, text, name):
    assert name in mentions(text)


# A head that ends both events and bodies ("Congress") after a known place (or its "National"): the
# place's body; a congress named otherwise is an event.
@pytest.mark.parametrize("text, body", [
    ("He met the Speaker of the US Congress.", "US Congress"),
    ("She met members of the Peru National Congress in Lima.", "Peru National Congress"),
    ("He addressed the Chile Congress yesterday.", "Chile Congress"),
])
def test_congress_of_a_place_is_a_body(mentions, text, body):
    assert ("Organization", body) in mentions(text)


@pytest.mark.parametrize("text, event", [
    ("He attended the World Mobile Congress in Barcelona.", "World Mobile Congress"),
    ("He spoke at the Lima Congress on Trade.", "Lima Congress on Trade"),
])
def test_congress_held_is_an_event(mentions, text, event):
    assert ("Event", event) in mentions(text)


# Two titles joined by a hyphen are one title ("Minister-President of X"), as a known compound is.
@pytest.mark.parametrize("text, post, holder", [
    ("She met the Minister-President of Lakeland, Dr Anna Weber, in Westburg.", "Minister-President of Lakeland",
     "Anna Weber"),
    ("He met the Minister-President of the State of Westmark, Mr Karl Fenn.",
     "Minister-President of the State of Westmark", "Karl Fenn"),
    ("He called on the Governor-President of the Riverton Monetary Authority, Mr Tom Vale.",
     "Governor-President of the Riverton Monetary Authority", "Tom Vale"),
])
def test_hyphenated_title(found_facts, text, post, holder):
    assert (holder, "holdsPost", post) in found_facts(text)


def test_title_before_a_name_is_no_compound_title(mentions):
    found = mentions("He met Governor Ma Xingrui in Guangzhou.")
    assert ("Person", "Ma Xingrui") in found


# A known scheme's short name ending a longer name of a scheme with other capitalised words before it
# is that other scheme's head, not a mention of the known one ("Westburg Smart City Blueprint").
@pytest.mark.parametrize("text, scheme", [
    ("The Westburg Smart City Blueprint was launched.", "Westburg Smart City Blueprint"),
    ("The Riverton Smart City Blueprint will guide its work.", "Riverton Smart City Blueprint"),
    ("He presented the Lakeland Smart City Blueprint in Westburg.", "Lakeland Smart City Blueprint"),
])
def test_known_short_name_inside_another_scheme(mentions, text, scheme):
    found = mentions(text)
    assert ("Initiative", scheme) in found
    assert ("Initiative", "Hong Kong Smart City Blueprint") not in found


def test_amended_agreement_still_nested(mentions):
    found = mentions("Supplement IV to the Mainland and Hong Kong Closer Economic Partnership Arrangement was signed.")
    assert ("Agreement", "Mainland and Hong Kong Closer Economic Partnership Arrangement") in found


# A title after the words that say whose it is, then "of" a body that holds "for" or "of": a title of
# that body ("State Secretary of the Federal Ministry for X"), not a body.
@pytest.mark.parametrize("text, post, body", [
    ("He called on the State Secretary of the Federal Ministry for Economic Affairs of Lakeland, Dr Ada Lin.",
     "State Secretary of the Federal Ministry for Economic Affairs of Lakeland",
     "Federal Ministry for Economic Affairs of Lakeland"),
    ("She met the State Minister of the Westmark Ministry for Trade, Mr Karl Fenn.",
     "State Minister of the Westmark Ministry for Trade", "Westmark Ministry for Trade"),
    ("He met the State Secretary of the Riverton Office for Investment, Ms Ada Lin.",
     "State Secretary of the Riverton Office for Investment", "Riverton Office for Investment"),
])
def test_title_of_a_body_with_a_portfolio(mentions, text, post, body):
    found = mentions(text)
    assert ("Post", post) in found
    assert ("Organization", body) in found


def test_body_of_a_portfolio_stays_a_body(mentions):
    found = mentions("He visited the Centre for Giant Pandas of Westburg.")
    assert not any(label == "Post" for label, _ in found)


# "Free Trade Port", "Free Port" end a zone's name, as "Free Trade Zone" does; its authority is a body.
@pytest.mark.parametrize("text, place", [
    ("He visited the Tanjiang Free Trade Port and the Luoxi Comprehensive Bonded Zone.", "Tanjiang Free Trade Port"),
    ("She toured the Riverton Free Port on Monday.", "Riverton Free Port"),
    ("The delegation visited the Mabei Free Trade Port yesterday.", "Mabei Free Trade Port"),
])
def test_free_port_is_a_place(mentions, text, place):
    assert ("Place", place) in mentions(text)


def test_free_port_authority_is_a_body(mentions):
    found = mentions("The Westburg Free Trade Port Authority hosted a lunch.")
    assert ("Organization", "Westburg Free Trade Port Authority") in found
    assert not any(label == "Place" for label, _ in found)


# A committee two parties hold jointly, its subject between "Joint" and the head ("A-B Joint Economic and
# Trade Committee"): a mechanism with its parties; one body's joint committee stays a body.
@pytest.mark.parametrize("text, mechanism", [
    ("He attended the Riverton-Hong Kong Joint Economic and Trade Committee meeting.",
     "Riverton-Hong Kong Joint Economic and Trade Committee"),
    ("The Lakeland-Hong Kong Joint Business Committee held its meeting.", "Lakeland-Hong Kong Joint Business Committee"),
    ("The Hong Kong/Westmark Joint Customs and Trade Commission met today.",
     "Hong Kong/Westmark Joint Customs and Trade Commission"),
])
def test_joint_committee_of_two_parties(found_facts, mentions, text, mechanism):
    assert ("Mechanism", mechanism) in mentions(text)
    assert (mechanism, "hasParticipant", "Hong Kong") in found_facts(text)


# The commission a free trade agreement sets up between its two parties is a mechanism too.
@pytest.mark.parametrize("text, mechanism", [
    ("The first meeting of the Hong Kong-Peru Free Trade Commission was held in Lima today.",
     "Hong Kong-Peru Free Trade Commission"),
    ("The Hong Kong/Westmark Free Trade Commission met for the second time.", "Hong Kong/Westmark Free Trade Commission"),
    ("Officials of the Lakeland-Hong Kong Free Trade Commission reviewed the agreement.",
     "Lakeland-Hong Kong Free Trade Commission"),
])
def test_free_trade_commission_of_two_parties(found_facts, mentions, text, mechanism):
    assert ("Mechanism", mechanism) in mentions(text)
    assert (mechanism, "hasParticipant", "Hong Kong") in found_facts(text)


def test_joint_committee_of_one_body(mentions):
    assert ("Organization", "Lakeland Joint Chamber Committee") in mentions("The Lakeland Joint Chamber Committee met.")


# An office word then "General" is a title ("Paymaster General", "Solicitor General of X"): after "and"
# it starts a second title of the same holder; "Consulate General", "Directorate General" stay bodies.
@pytest.mark.parametrize("text, posts, holder", [
    ("He met the Financial Secretary to the Treasury and Paymaster General, Mr Alan Grey, in London.",
     ["Financial Secretary to the Treasury", "Paymaster General"], "Alan Grey"),
    ("He met the Solicitor General of Lakeland, Ms Ada Lin.", ["Solicitor General of Lakeland"], "Ada Lin"),
    ("She met the Attorney for Trade and Surveyor General of Westmark, Mr Karl Fenn.",
     ["Surveyor General of Westmark"], "Karl Fenn"),
])
def test_general_as_a_title(found_facts, text, posts, holder):
    facts = found_facts(text)
    for post in posts:
        assert (holder, "holdsPost", post) in facts


def test_body_named_general_stays_a_body(mentions):
    found = mentions("He visited the Consulate General of Westmark in Hong Kong.")
    assert ("Organization", "Consulate General of Westmark in Hong Kong") in found
    assert not any(label == "Post" for label, _ in mentions("He met officials of the Westmark Directorate General."))


# The signing ceremony of an agreement is an occasion (an Event) with the agreement named inside it; a
# department's portfolio that opens with an agreement's head word ("Department of Treaty and Law") names none.
@pytest.mark.parametrize("text, event, agreement", [
    ("The Chief Executive attended the Signing Ceremony of the Framework Agreement on Macao/Fujian Co-operation.",
     "Signing Ceremony of the Framework Agreement on Macao/Fujian Co-operation",
     "Framework Agreement on Macao/Fujian Co-operation"),
    ("He officiated at the Signing Ceremony of the Riverton-Lakeland Investment Agreement in Riverton.",
     "Signing Ceremony of the Riverton-Lakeland Investment Agreement", "Riverton-Lakeland Investment Agreement"),
    ("She witnessed the Signing Ceremony of the Memorandum of Understanding on Lakeland/Hong Kong Cultural "
     "Co-operation.", "Signing Ceremony of the Memorandum of Understanding on Lakeland/Hong Kong Cultural Co-operation",
     "Memorandum of Understanding on Lakeland/Hong Kong Cultural Co-operation"),
])
def test_signing_ceremony_of_an_agreement(mentions, text, event, agreement):
    found = mentions(text)
    assert ("Event", event) in found and ("Agreement", agreement) in found


def test_a_department_portfolio_names_no_agreement(mentions):
    found = mentions("Mr Lam met the Director-General of the Department of Treaty and Law of the Ministry of Foreign "
                     "Affairs, Mr Ma Xinmin.")
    assert not any(label == "Agreement" for label, _ in found)


# Two occasions joined by "and", each with a name and a head of its own, are two; a second head alone after "and"
# ("Forum and Trade Fair", "Forum and Exhibition on X") names one occasion.
@pytest.mark.parametrize("text, events", [
    ("Ms Cheng will attend the 7th Asia-Pacific Economic Co-operation (APEC) Transportation Ministerial Meeting and "
     "APEC Ministerial Conference on Transportation and Energy.",
     ["7th Asia-Pacific Economic Co-operation Transportation Ministerial Meeting",
      "APEC Ministerial Conference on Transportation and Energy"]),
    ("He will attend the Third Riverton Ministerial Meeting and ASEAN Ministerial Forum on Trade next week.",
     ["Third Riverton Ministerial Meeting", "ASEAN Ministerial Forum on Trade"]),
    ("She spoke at the 5th Lakeland Energy Ministerial Meeting and APEC Energy Conference on Hydrogen in Lakeland City.",
     ["5th Lakeland Energy Ministerial Meeting", "APEC Energy Conference on Hydrogen"]),
])
def test_two_occasions_joined_by_and(mentions, text, events):
    names = {name for label, name in mentions(text) if label in ("Event", "Mechanism")}
    assert set(events) <= names


@pytest.mark.parametrize("text, event", [
    ("He attended the 10th Pan-Pearl River Delta Region Co-operation and Development Forum and Trade Fair in Guangzhou.",
     "10th Pan-Pearl River Delta Region Co-operation and Development Forum and Trade Fair"),
    ("He opened the Asia-Pacific Forum and Exhibition on Smart Cities.", "Asia-Pacific Forum and Exhibition on Smart Cities"),
    ("She toured the Riverton Food Expo and Trade Show yesterday.", "Riverton Food Expo and Trade Show"),
])
def test_one_occasion_with_a_second_head(mentions, text, event):
    assert ("Event", event) in mentions(text)


# An occasion "of" two bodies ("the Annual Meetings of A and B") is an Event, the bodies bodies of their own.
@pytest.mark.parametrize("text, event", [
    ("He attended the 2005 Annual Meetings of the World Bank Group and International Monetary Fund (IMF) held in "
     "Washington.", "2005 Annual Meetings of the World Bank Group and International Monetary Fund"),
    ("Mr Tang will attend the Annual Meetings of the Asian Development Bank in Manila.",
     "Annual Meetings of the Asian Development Bank"),
    ("He addressed the Annual Meetings of the Asian Development Bank and World Bank Group in Manila.",
     "Annual Meetings of the Asian Development Bank and World Bank Group"),
])
def test_an_occasion_of_two_bodies(mentions, text, event):
    assert ("Event", event) in mentions(text)


# A name with no class head where only an occasion can stand (lexicon ``occasion_verbs``) is an Event: "attended
# the World Health Jubilee"; not a name without "the" ("attended Government House for a dinner"), nor a person.
@pytest.mark.parametrize("text, event", [
    ("Dr York Chow will attend the World Health Jubilee in Geneva, Switzerland, next week.", "World Health Jubilee"),
    ("The Secretary spoke at the Riverton Smart Living Symposia yesterday.", "Riverton Smart Living Symposia"),
    ("Ms Lee will take part in the Lakeland Green Week Jamboree in May.", "Lakeland Green Week Jamboree"),
])
def test_an_occasion_named_by_its_verb(mentions, text, event):
    assert ("Event", event) in mentions(text)


@pytest.mark.parametrize("text, name", [
    ("The Chief Executive attended Government House for a dinner.", "Government House"),
    ("He attended the Mr Tang farewell with friends.", "Tang"),
])
def test_no_occasion_without_the_or_from_a_person(mentions, text, name):
    assert not any(label == "Event" and name in n for label, n in mentions(text))


# An occasion "of" a list of three or more places is one name: "the Third Joint Meeting of Senior Health Officials
# of the Mainland, Hong Kong and Macau"; a numbered meeting of people is a session of its own series.
@pytest.mark.parametrize("text, event, series", [
    ("He spoke at the opening of the Third Joint Meeting of Senior Health Officials of the Mainland, Hong Kong and "
     "Macau held in Hong Kong.", "Third Joint Meeting of Senior Health Officials of the Mainland, Hong Kong and Macau",
     "Joint Meeting of Senior Health Officials of the Mainland, Hong Kong and Macau"),
    ("He attended the Fifth Joint Conference of Tourism Officials of Guangdong, Hong Kong and Macao in Zhuhai.",
     "Fifth Joint Conference of Tourism Officials of Guangdong, Hong Kong and Macao",
     "Joint Conference of Tourism Officials of Guangdong, Hong Kong and Macao"),
    ("She attended the Second Meeting of Trade Ministers of Fujian, Jiangxi and Hunan in Xiamen.",
     "Second Meeting of Trade Ministers of Fujian, Jiangxi and Hunan", "Meeting of Trade Ministers of Fujian, Jiangxi and Hunan"),
])
def test_an_occasion_of_listed_places_and_its_series(mentions, text, event, series):
    found = mentions(text)
    assert ("Event", event) in found and ("Mechanism", series) in found


def test_a_place_of_a_place_list_is_no_occasion(mentions):
    found = mentions("He visited the Science Park of Shenzhen, Guangzhou and Dongguan last week.")
    assert ("Place", "Guangzhou") in found and ("Place", "Dongguan") in found


# The longest head decides the class: "People's Congress" (a legislature) over "Congress" (an occasion).
@pytest.mark.parametrize("text, body", [
    ("He met the Director of the Standing Committee of the Jiangxi Provincial People's Congress, Mr Yin Hong.",
     "Standing Committee of the Jiangxi Provincial People's Congress"),
    ("Deputies of the Riverton Municipal People's Congress visited the port.", "Riverton Municipal People's Congress"),
    ("She addressed the Lakeland Provincial People's Political Consultative Conference yesterday.",
     "Lakeland Provincial People's Political Consultative Conference"),
])
def test_a_people_s_congress_is_a_body(mentions, text, body):
    found = mentions(text)
    assert ("Organization", body) in found and not any(label == "Event" and "Congress" in n for label, n in found)


# A body's head first, then "of" what it is about: a body, whatever class the complement's head has.
@pytest.mark.parametrize("text, body", [
    ("They toured the Museum of Guangzhou Asian Games & Guangzhou Asian Para Games.",
     "Museum of Guangzhou Asian Games & Guangzhou Asian Para Games"),
    ("She visited the Museum of the Riverton Trade Fair in the afternoon.", "Museum of the Riverton Trade Fair"),
    ("He called at the Secretariat of the Lakeland Investment Summit.", "Secretariat of the Lakeland Investment Summit"),
])
def test_a_body_head_first_is_a_body(mentions, text, body):
    found = mentions(text)
    assert ("Organization", body) in found and ("Event", body) not in found


# A known name printed in part in lower case goes on past the capitalised chunk: the title, the occasion or the
# body named with it takes all of it, and no reading cut short of it is a name of its own.
@pytest.mark.parametrize("text, label, name", [
    ("Mr Ho met the Secretary-General of the Permanent Secretariat of the Forum for Economic and Trade Co-operation "
     "between China and Portuguese-speaking Countries (Macao), Mr Ji Xianzheng.", "Post",
     "Secretary-General of the Permanent Secretariat of the Forum for Economic and Trade Co-operation between China "
     "and Portuguese-speaking Countries (Macao)"),
    ("Mr Li will speak at the 6th Ministerial Conference of the Forum for Economic and Trade Co-operation between "
     "China and Portuguese-speaking Countries (Macao) next week.", "Event",
     "6th Ministerial Conference of the Forum for Economic and Trade Co-operation between China and "
     "Portuguese-speaking Countries (Macao)"),
    ("Delegates of the Forum for Economic and Trade Co-operation between China and Portuguese-speaking Countries "
     "(Macao) met today.", "Mechanism",
     "Forum for Economic and Trade Co-operation between China and Portuguese-speaking Countries (Macao)"),
])
def test_a_known_name_printed_partly_in_lower_case(mentions, text, label, name):
    found = mentions(text)
    assert (label, name) in found
    assert ("Event", "Forum for Economic and Trade Co-operation") not in found


# A name with no head word, said to be an occasion in the apposition after it ("the Educa, an education exhibition"):
# an Event, and who attended or opened it attended it.
@pytest.mark.parametrize("text, event, person", [
    ("The Secretary for Education, Dr Choi Yuk-lin, attended the Educa, an education exhibition, in Helsinki today.",
     "Educa", "Choi Yuk-lin"),
    ("The Financial Secretary, Mr Paul Chan, opened the Vinexpo, the largest wine fair in Asia, on Monday.",
     "Vinexpo", "Paul Chan"),
    ("The Secretary for Innovation, Technology and Industry, Professor Sun Dong, attended the Slush, a start-up "
     "festival held in Helsinki.", "Slush", "Sun Dong"),
])
def test_occasion_named_by_its_apposition(found_facts, text, event, person):
    assert (person, "attended", event) in found_facts(text)


# What is said of a person, a place or a known body is no occasion.
@pytest.mark.parametrize("text, name", [
    ("He met the Minister, Mr Tan, a veteran politician, at the forum.", "Tan"),
    ("They toured the Louvre, a famous museum, in the afternoon.", "Louvre"),
    ("She visited the Guangdong, a province of China, last week.", "Guangdong"),
])
def test_no_occasion_from_other_appositions(mentions, text, name):
    assert ("Event", name) not in mentions(text)


# An ordinal before a quoted title numbers the edition the quotes name ("the First “Business Conference on X”" is the
# First Business Conference on X), and the quoted title names no series of its own
@pytest.mark.parametrize("text, name", [
    ("Organised by the Macao SAR Government, the First “Business Conference on Guangdong-Hong Kong-Macao Greater Bay "
     "Area Development” was held in Macao today.",
     "First Business Conference on Guangdong-Hong Kong-Macao Greater Bay Area Development"),
    ('The Second "Lakeland Trade Forum" opened in Riverton today.', "Second Lakeland Trade Forum"),
    ('He spoke at the 3rd "Symposium on Harbour Cities" in Riverton.', "3rd Symposium on Harbour Cities"),
])
def test_an_ordinal_before_a_quoted_title(extractor, text, name):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    assert [e.name for e in record.entities if e.label == "Event"] == [name]


# A head-first occasion printed again without its complement is the one printed in full ("the Business Conference"
# after "the First Business Conference on X")
@pytest.mark.parametrize("text, name, person", [
    ("The 5th Policy Dialogue on Ageing Cities opened in Riverton today. The Minister of Health of Lakeland, Ms Ana "
     "Cruz, spoke at the Policy Dialogue.", "5th Policy Dialogue on Ageing Cities", "Ana Cruz"),
    ("The Second Trade Forum on Green Finance was held in Lakeland today. The Secretary for Financial Services and the "
     "Treasury, Mr Christopher Hui, attended the Trade Forum.", "Second Trade Forum on Green Finance", "Christopher Hui"),
    ("The First Business Conference on Bay Area Development was held in Macao today. The Chief Executive, Mr Sam Hou "
     "Fai, addressed the Business Conference.", "First Business Conference on Bay Area Development", "Sam Hou Fai"),
])
def test_a_head_first_occasion_without_its_complement(found_facts, text, name, person):
    found = found_facts(text)
    assert (person, "attended", name) in found
    assert not any(p == "attended" and o != name for _, p, o in found)


# an occasion named after a body printed with its acronym: the acronym closes the body's name, the head after it
# types the whole ("the Lakeland Institute of Port Engineers (LIPE) Conference" is a conference, no institute)
@pytest.mark.parametrize("text, event", [
    ("She spoke at the Lakeland Institute of Port Engineers (LIPE) Conference in Westburg.",
     "Lakeland Institute of Port Engineers Conference"),
    ("He attended the Association of Riverton Exporters (ARE) Annual Dinner last night.",
     "Association of Riverton Exporters Annual Dinner"),
    ("The Financial Secretary attended the Group of Twenty (G20) Leaders' Summit in Osaka.", "Group of Twenty Leaders' Summit"),
])
def test_occasion_named_after_a_body_and_its_acronym(mentions, text, event):
    found = mentions(text)
    assert ("Event", event) in found
    assert not any(label == "Organization" and name.startswith(event[:12]) for label, name in found)
    assert not any(label == "Event" and name != event and name in event for label, name in found)


# an assembly is a series; numbered, a session of it ("the 76th World Health Assembly")
@pytest.mark.parametrize("text, session, series", [
    ("The Secretary for Health will attend the 77th World Health Assembly in Geneva.", "77th World Health Assembly",
     "World Health Assembly"),
    ("He attended the 42nd Riverton Aviation Organization Assembly in Montreal.",
     "42nd Riverton Aviation Organization Assembly", "Riverton Aviation Organization Assembly"),
    ("She addressed the 12th Lakeland Ports Assembly yesterday.", "12th Lakeland Ports Assembly", "Lakeland Ports Assembly"),
])
def test_numbered_assembly(found_facts, text, session, series):
    assert (session, "partOf", series) in found_facts(text)


def test_assembly_named_without_an_edition_is_the_series(mentions):
    # (VOCABULARY.md: attended a Mechanism when the text names only the series for the meeting)
    assert ("Mechanism", "World Health Assembly") in mentions("Dr York Chow will attend the World Health Assembly in Geneva.")


def test_legislature_is_no_assembly_series(mentions):
    found = mentions("The delegation visited the Macao Legislative Assembly and the National Assembly of Lakeland.")
    assert not any(label in ("Mechanism", "Event") for label, _ in found)


# an occasion "of" two bodies joined by "and the" is one occasion (the first body may carry its acronym)
@pytest.mark.parametrize("text, event, bodies", [
    ("She attended the Annual Dinner of the Riverton Chamber of Commerce and the Lakeland Business Federation.",
     "Annual Dinner of the Riverton Chamber of Commerce and the Lakeland Business Federation",
     ("Riverton Chamber of Commerce", "Lakeland Business Federation")),
    ("He attended the Plenary Session of the Annual Meetings of the Riverton Development Council (RDC) and the "
     "Lakeland Bank Group in Bali.",
     "Plenary Session of the Annual Meetings of the Riverton Development Council and the Lakeland Bank Group",
     ("Riverton Development Council", "Lakeland Bank Group")),
    ("The Secretary addressed the Joint Luncheon of the Westmark Trade Council and the Riverton Business Association.",
     "Joint Luncheon of the Westmark Trade Council and the Riverton Business Association",
     ("Westmark Trade Council", "Riverton Business Association")),
])
def test_occasion_of_two_bodies(mentions, text, event, bodies):
    found = mentions(text)
    assert ("Event", event) in found
    assert {("Organization", b) for b in bodies} <= found
    assert not any(label == "Organization" and " and the " in name for label, name in found)


def test_occasion_and_a_body_stay_two(mentions):
    found = mentions("He attended the Opening Ceremony of the Riverton Expo and the Lakeland Trade Council dinner.")
    assert not any(label == "Event" and "Lakeland Trade Council" in name for label, name in found)
