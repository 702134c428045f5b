"""Where a name ends: patronymic names past the NER's cut, a body and an event printed with "and"
(made-up sentences; three paraphrases or more per rule, and what must not follow)."""

import re

import pytest

from igr.ingest import Document


# A patronymic name goes on after each "bin": the NER often stops at the first one.
@pytest.mark.parametrize("text, person", [
    ("Mr Ma met Prince Al-Waleed bin Talal bin Abdul Aziz Al-Saud in Riyadh.", "Al-Waleed bin Talal bin Abdul Aziz Al-Saud"),
    ("He met Sheikh Hamad bin Khalifa bin Hamad Al Thani at the palace.", "Hamad bin Khalifa bin Hamad Al Thani"),
    ("The Secretary met Prince Faisal bin Salman bin Abdulaziz Al Saud yesterday.", "Faisal bin Salman bin Abdulaziz Al Saud"),
])
def test_patronymic_name_is_whole(mentions, text, person):
    found = mentions(text)
    assert ("Person", person) in found
    assert not any(label == "Person" and name != person and person.startswith(name) for label, name in found)


def test_patronymic_tail_stops_at_lower_case(mentions):
    found = mentions("Mr Ho thanked Mr Ahmad bin Hassan for the visit to Penang.")
    assert ("Person", "Ahmad bin Hassan") in found


# "A Group and B Summit 2019": a body named with its head, then an event, are two names.
@pytest.mark.parametrize("text, body, event", [
    ("He spoke at the Asia Cities Climate Network and C40 World Mayors Summit 2019 in Copenhagen.",
     "Asia Cities Climate Network", "C40 World Mayors Summit 2019"),
    ("The event was co-organised by the Green Cities Leadership Group and Global Mayors Forum 2021.",
     "Green Cities Leadership Group", "Global Mayors Forum 2021"),
    ("She thanked the Lakeland Trade Association and Lakeland Business Expo 2023 organisers.",
     "Lakeland Trade Association", "Lakeland Business Expo 2023"),
])
def test_body_and_event_are_two_names(mentions, text, body, event):
    found = mentions(text)
    assert ("Organization", body) in found and ("Event", event) in found
    assert not any(label == "Event" and name.startswith(body) for label, name in found)


@pytest.mark.parametrize("text, event", [
    ("He attended the Riverton Trade Council and Lakeland Industry Federation Joint Seminar.",
     "Riverton Trade Council and Lakeland Industry Federation Joint Seminar"),
    ("He attended the Science and Technology Forum.", "Science and Technology Forum"),
    ("She opened the Culture and Heritage Summit 2022.", "Culture and Heritage Summit 2022"),
])
def test_one_event_stays_whole(mentions, text, event):
    assert ("Event", event) in mentions(text)


# A known body's acronym after an edition opens the name of a session of its series: the body is
# named there, and organises it.
@pytest.mark.parametrize("text, event, body", [
    ("He attended the 30th APEC Ministerial Meeting in Lima.", "30th APEC Ministerial Meeting",
     "Asia-Pacific Economic Cooperation"),
    ("She spoke at the 12th WTO Ministerial Conference in Abu Dhabi.", "12th WTO Ministerial Conference",
     "World Trade Organization"),
    ("He joined the 2019 WHO Regional Committee Meeting in Manila.", "2019 WHO Regional Committee Meeting",
     "World Health Organization"),
])
def test_acronym_after_an_edition_is_the_organiser(extractor, text, event, body):
    from datetime import date

    from igr.ingest.document import Document
    [record] = extractor.extract([Document(key="t.txt", text=text, title="Release", date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    assert (event, "organizedBy", body) in {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}


@pytest.mark.parametrize("text", [
    "He attended the APEC CEO Summit.",  # no edition: the name alone does not say who organises it
    "He met the Secretary for Transport and Logistics.",
    "She attended the WTO Public Forum.",
])
def test_acronym_without_an_edition_is_no_nested_body(mentions, text):
    assert not any(label == "Organization" for label, _ in mentions(text))


# A name does not run on across "on" into a date: "the first X Conference on January 22".
@pytest.mark.parametrize("text, event", [
    ("Mrs Lam will lead a delegation for the first Hong Kong/Fujian Co-operation Conference on January 22.",
     "first Hong Kong/Fujian Co-operation Conference"),
    ("The Riverside Investment Summit on March 3 drew 500 guests.", "Riverside Investment Summit"),
    ("He will speak at the Asian Logistics Forum on November 28 in Hong Kong.", "Asian Logistics Forum"),
])
def test_a_name_stops_before_on_a_date(mentions, text, event):
    found = mentions(text)
    assert ("Event", event) in found
    assert not any(name.startswith(event) and name != event for _, name in found)


# A place after a name's own "in" complement is where it met when the release prints the name elsewhere
# without it; the name keeps a place it is always printed with.
@pytest.mark.parametrize("text, name, venue", [
    ("Fifth meeting of Task Force on Development of the Science Park in the Loop held\n\nThe Secretary chaired the "
     "fifth meeting of the Task Force on Development of the Science Park in the Loop in Hong Kong today.",
     "Task Force on Development of the Science Park in the Loop", "Hong Kong"),
    ("Joint Working Group on Co-operation in Cultural Heritage meets\n\nThe Joint Working Group on Co-operation in "
     "Cultural Heritage in Macao met today. Officials of the Joint Working Group on Co-operation in Cultural Heritage "
     "said...", "Joint Working Group on Co-operation in Cultural Heritage", "Macao"),
    ("Second meeting of Working Group for Participation in Green Development in the Bay Area held\n\nThe second meeting "
     "of the Working Group for Participation in Green Development in the Bay Area in Shenzhen was held today.",
     "Working Group for Participation in Green Development in the Bay Area", "Shenzhen"),
])
def test_a_venue_printed_after_a_name_is_not_its_name(mentions, text, name, venue):
    found = mentions(text)
    assert any(n == name for _, n in found), sorted(found)
    assert not any(n.endswith(f"in {venue}") for _, n in found)


def test_a_place_always_printed_with_the_name_stays_in_it(mentions):
    text = ("Second Meeting under the Coordination Mechanism for Participation in Restoration in Sichuan\n\nThe second "
            "Meeting under the Coordination Mechanism for Participation in Restoration in Sichuan was held today.")
    assert any(n == "Coordination Mechanism for Participation in Restoration in Sichuan" for _, n in mentions(text))


# A third syllable that spells a little word ("On", "In", "To") before a comma is the end of the name.
@pytest.mark.parametrize("text, person", [
    ("Chief Executive, Mr Chui Sai On, and the Governor, Mr Zhu Hua, led their delegations.", "Chui Sai On"),
    ("He met Mr Ho Chi On.", "Ho Chi On"),
    ("The Secretary, Ms Lam Wai To, attended the meeting.", "Lam Wai To"),
    ("Mr Chui Sai On said the two places would co-operate.", "Chui Sai On"),
    ("Mr Ho Chi On attended the dinner.", "Ho Chi On"),
])
def test_a_little_word_as_the_last_syllable_of_a_name(mentions, text, person):
    assert ("Person", person) in mentions(text)


def test_a_little_word_opening_a_phrase_is_no_syllable(mentions):
    assert ("Person", "Lee") in mentions("He met Mr Lee In the afternoon.")


# A day printed in the possessive before a name is no part of it ("Wednesday's Joint Committee meeting").
@pytest.mark.parametrize("text, outside, inside", [
    ("During Wednesday's Joint Committee meeting, the two officials witnessed the signing.", "Wednesday", None),
    ("At Tuesday's Riverton Trade Forum, he spoke on finance.", "Tuesday", "Riverton Trade Forum"),
    ("Friday's Lakeside Culture Festival drew crowds.", "Friday", "Lakeside Culture Festival"),
])
def test_a_day_in_the_possessive_is_no_part_of_a_name(mentions, text, outside, inside):
    found = mentions(text)
    assert not any(outside in name for _, name in found)
    assert inside is None or any(name == inside for _, name in found)


# After a particle ("de", "dos") a name goes on, even with a word that names a place ("Lima", "Macau").
@pytest.mark.parametrize("text, person, place", [
    ("Delegation members include the Minister of Culture, Mr Henrique Alves de Macau, and others.",
     "Henrique Alves de Macau", "Macao"),
    ("The Secretary met the Minister of Mines of Chile, Mr Luis Ortega de Santiago, in Hong Kong today.",
     "Luis Ortega de Santiago", "Santiago"),
    ("The Minister of Finance of Portugal, Mr Fernando Medina dos Lima, called on the Financial Secretary.",
     "Fernando Medina dos Lima", "Lima"),
])
def test_a_place_word_after_a_name_particle_is_part_of_the_name(mentions, text, person, place):
    found = mentions(text)
    assert ("Person", person) in found
    assert ("Place", place) not in found


# "went to X for the Y Summit": the place one goes to, then the occasion it is for, are two names (not one event
# "X for the Y Summit"); a name with "for" inside it stays whole
@pytest.mark.parametrize("text, place, event", [
    ("The Secretary for Commerce, Mr Wong Kin, was invited to Singapore for the Asia Business Summit next week.",
     "Singapore", "Asia Business Summit"),
    ("The Chief Executive will travel to Hainan Province for the Boao Forum for Asia Annual Conference 2025.",
     "Hainan", "Boao Forum for Asia Annual Conference 2025"),
    ("Ms Ho left for Geneva for the Global Health Security Summit on Sunday.", "Geneva", "Global Health Security Summit"),
])
def test_a_place_then_the_occasion_it_is_for(mentions, text, place, event):
    found = mentions(text)
    assert ("Place", place) in found and ("Event", event) in found
    assert not any(name.startswith(place + " for") for _, name in found)


def test_a_name_with_for_inside_stays_whole(mentions):
    assert ("Event", "Boao Forum for Asia Annual Conference 2025") in mentions(
        "He attended the Boao Forum for Asia Annual Conference 2025 in Hainan.")


# "met the Secretary of the X Committee Mr A at the Y Office": the title, its holder, then where they met; the
# title's "at" complement never runs across the holder's name
@pytest.mark.parametrize("text, person, body", [
    ("Chief Executive Carrie Lam today met the Secretary of the CPC Zhaoqing Municipal Committee Lai Zehua at the "
     "Chief Executive's Office.", "Lai Zehua", "Chief Executive's Office"),
    ("She met Secretary of the CPC Ningbo Municipal Committee Tang Yijun at the Chief Executive's Office.",
     "Tang Yijun", "Chief Executive's Office"),
    ("The Secretary met Director of the Norland Commerce Department Wang Hai at the Lakeland Trade Office.",
     "Wang Hai", "Lakeland Trade Office"),
])
def test_a_title_s_holder_then_where_they_met(mentions, text, person, body):
    found = mentions(text)
    assert ("Person", person) in found and ("Organization", body) in found
    assert not any(person in name and label != "Person" for label, name in found)


# "the X Government and Mr. A": an honorific with a full stop ends the chunk at its stop, and still starts the next
# person (no title or body "... and Mr")
@pytest.mark.parametrize("text, person", [
    ("The meeting was chaired by Mr. Leong Vai Tac, Secretary for Economy and Finance of the Macao SAR Government "
     "and Mr. Gunnar Wiegand, Managing Director of the Service.", "Gunnar Wiegand"),
    ("He met the Minister of Trade of Chile and Dr. Ana Cruz, Minister of Health of Peru.", "Ana Cruz"),
    ("Also present were the Director of the Lakeland Trade Office and Mrs. Mary Holt, Consul General of Norland.",
     "Mary Holt"),
])
def test_a_dotted_honorific_after_and_starts_a_person(mentions, text, person):
    found = mentions(text)
    assert ("Person", person) in found
    assert not any(name.endswith((" and Mr", " and Dr", " and Mrs")) for _, name in found)


# A body named after a treaty is a body: "the Treaty of Nanjing Historical Archives Museum" (its last head decides);
# a treaty with a subject or parties stays an agreement
@pytest.mark.parametrize("text, body", [
    ("The delegation visited the Treaty of Nanjing Historical Archives Museum.", "Treaty of Nanjing Historical Archives Museum"),
    ("He toured the Treaty of Versailles Memorial Foundation.", "Treaty of Versailles Memorial Foundation"),
    ("She opened the Convention of Kanagawa Museum today.", "Convention of Kanagawa Museum"),
])
def test_a_body_named_after_a_treaty(mentions, text, body):
    found = mentions(text)
    assert ("Organization", body) in found and ("Agreement", body) not in found


def test_a_treaty_stays_an_agreement(mentions):
    assert ("Agreement", "Treaty of Friendship") in mentions("They signed the Treaty of Friendship today.")


# "Hong Kong-side Convenor of the Joint Conference": a side's title is a title, not a series
@pytest.mark.parametrize("text, post", [
    ("Mr Edward Yau, Secretary for Commerce and Economic Development and Hong Kong-side Convenor of the Joint "
     "Conference, will attend.", "Hong Kong-side Convenor of the Joint Conference"),
    ("The Mainland-side Convenor of the Task Force, Mr Li Wei, met him.", "Mainland-side Convenor of the Task Force"),
    ("The Macao-side Chairman of the Joint Working Group, Mr Chen Hao, spoke.",
     "Macao-side Chairman of the Joint Working Group"),
])
def test_a_side_s_title(mentions, text, post):
    found = mentions(text)
    assert ("Post", post) in found
    assert not any(label == "Mechanism" and name == post for label, name in found)


# A place, then a plural head in lower case, names no occasion ("signature Macao events", "the Shanghai meetings");
# a pair's series in lower case still does ("the Hong Kong/Shenzhen co-operation meeting")
@pytest.mark.parametrize("text, name", [
    ("The two forums had become signature Macao events, attracting participants from afar.", "Macao events"),
    ("The Shanghai meetings were useful, he said.", "Shanghai meetings"),
    ("Both had become annual Lakeland conferences since 2010.", "Lakeland conferences"),
])
def test_a_plural_lower_case_head_names_nothing(mentions, text, name):
    assert not any(n == name for _, n in mentions(text))


def test_a_pair_s_series_in_lower_case(mentions):
    assert ("Mechanism", "Hong Kong/Shenzhen co-operation meeting") in mentions(
        "The Hong Kong/Shenzhen co-operation meeting was held today.")


# "the X Government in the Y Joint Conference": a body's part in a series, not a body "in" a place
@pytest.mark.parametrize("text, body, series", [
    ("Mr Huang's delegation will meet with officials of the MSAR Government in the Guangdong-Macao Co-operation Joint "
     "Conference tomorrow.", "Macao SAR Government", "Guangdong-Macao Co-operation Joint Conference"),
    ("Officials of the HKSAR Government in the Hong Kong/Guangdong Co-operation Joint Conference met today.",
     "HKSAR Government", "Hong Kong/Guangdong Co-operation Joint Conference"),
    ("The Norland Provincial Government in the Norland-Hong Kong Joint Commission sent three officials.",
     "Norland Provincial Government", "Norland-Hong Kong Joint Commission"),
])
def test_a_body_s_part_in_a_series(mentions, text, body, series):
    found = mentions(text)
    assert ("Organization", body) in found and ("Mechanism", series) in found
    assert not any(" in the " in name for _, name in found)


# A first name the NER leaves out after a title with familiar words ("... of Economic Development [Timur] Igorevich
# Maximov") is the name's, not the title's
@pytest.mark.parametrize("text, person", [
    ("Mr Yau met Russian Deputy Minister of Economic Development Timur Igorevich Maximov.", "Timur Igorevich Maximov"),
    ("She met Deputy Minister of Foreign Affairs Vladislav Sergeyevich Petrov today.", "Vladislav Sergeyevich Petrov"),
    ("He met Minister of Trade and Industry Oleksandr Mykolayovych Kovalenko.", "Oleksandr Mykolayovych Kovalenko"),
])
def test_a_first_name_the_ner_left_out(mentions, text, person):
    found = mentions(text)
    assert ("Person", person) in found
    assert not any(label == "Post" and name.endswith(person.split()[0]) for label, name in found)


@pytest.mark.parametrize("text, post", [
    ("He met Minister for Transport & Communications John Njoroge Michuki.", "Minister for Transport & Communications"),
    ("He met Canada's Federal Minister of International Trade Diversification James Carr.",
     "Canada's Federal Minister of International Trade Diversification"),
])
def test_a_portfolio_s_last_word_is_no_first_name(mentions, text, post):
    assert ("Post", post) in mentions(text)


# Names joined by en dashes are one name, as with hyphens ("Guangdong–Hong Kong–Macao Cooperation")
@pytest.mark.parametrize("text, start", [
    ("They signed the Framework Agreement on Deepening Guangdong–Hong Kong–Macao Cooperation in the Development of the "
     "Bay Area.", "Framework Agreement on Deepening Guangdong"),
    ("The Riverton–Lakeland Joint Commission met today.", "Riverton"),
    ("He attended the Hong Kong–Norland Business Forum.", "Hong Kong"),
])
def test_names_joined_by_en_dashes(mentions, text, start):
    found = mentions(text)
    assert any(name.startswith(start) and len(name) > len(start) + 8 for _, name in found), found
    assert not any(name == start for _, name in found if start.startswith("Framework"))


# After an honorific the first word is a surname whatever it spells, a place's name too ("Ms Xian", "Mr Montenegro")
@pytest.mark.parametrize("text, person, place", [
    ("Mr Sam welcomed a delegation led by Ms Xian Hui. Ms Xian said the visit was fruitful.", "Xian", "Xi'an"),
    ("The Prime Minister of Portugal, Mr Luis Montenegro, arrived today. Mr Montenegro met the Chief Executive.",
     "Montenegro", "Montenegro"),
    ("The Consul-General, Mr Paul Lima, called on the Secretary. Mr Lima said trade was growing.", "Lima", "Lima"),
])
def test_a_surname_that_spells_a_place(mentions, text, person, place):
    found = mentions(text)
    assert ("Person", person) in found
    second = text.split(". ")[1]
    assert ("Place", place) not in mentions(second)


# A title word before "bin" is a given name ("Sultan bin Saeed Al Mansouri"), not a title stripped from the name
@pytest.mark.parametrize("text, person", [
    ("The ceremony was attended by Sultan bin Saeed Al Mansouri, Minister of Economy.", "Sultan bin Saeed Al Mansouri"),
    ("The signing was witnessed by Sultan bin Ahmed Al Jaber, Minister of Industry.", "Sultan bin Ahmed Al Jaber"),
    ("Also present was Sultan bin Rashid Al Khater, Minister of Trade.", "Sultan bin Rashid Al Khater"),
])
def test_a_title_word_before_bin_is_a_given_name(mentions, text, person):
    assert ("Person", person) in mentions(text)


# A short form that opens with a name's particle is the surname of the full name printed before it ("Al Thani" after
# "Ahmed bin Ali Al Thani"): one person
@pytest.mark.parametrize("text, person, short", [
    ("The ceremony was attended by Ahmed bin Ali Al Thani, Minister of Trade. Al Thani said ties were strong.",
     "Ahmed bin Ali Al Thani", "Al Thani"),
    ("The Secretary met Sultan bin Saeed Al Mansouri, Minister of Economy, today. Al Mansouri and the Secretary held "
     "talks.", "Sultan bin Saeed Al Mansouri", "Al Mansouri"),
    ("The signing was attended by Khalid bin Hamad Al Khalifa, Minister of Finance. Al Khalifa welcomed the deal.",
     "Khalid bin Hamad Al Khalifa", "Al Khalifa"),
])
def test_a_surname_with_a_particle_is_the_full_name_s(extractor, text, person, short):
    [record] = extractor.extract([Document(key="t.txt", text=text)])
    people = {e.name for e in record.entities if e.label == "Person"}
    assert person in people and short not in people


# A name with two acronyms inside it is one name once whole, named without them ("Asia-Pacific Economic Cooperation
# (APEC) Ministers Responsible for Trade (MRT) Meeting")
@pytest.mark.parametrize("text, name", [
    ("Mr Yau attended the Asia-Pacific Economic Cooperation (APEC) Ministers Responsible for Trade (MRT) Meeting in "
     "Chile.", "Asia-Pacific Economic Cooperation Ministers Responsible for Trade Meeting"),
    ("She attended the Greater Mekong Subregion (GMS) Ministers Responsible for Transport (MRT) Meeting today.",
     "Greater Mekong Subregion Ministers Responsible for Transport Meeting"),
    ("He spoke at the Pacific Islands Forum (PIF) Ministers Responsible for Fisheries (MRF) Meeting in Fiji.",
     "Pacific Islands Forum Ministers Responsible for Fisheries Meeting"),
])
def test_a_name_with_two_acronyms(mentions, text, name):
    assert ("Event", name) in mentions(text)


# A place the gazetteer lacks with a particle between its words is one place ("in Vina del Mar, Chile")
@pytest.mark.parametrize("text, place", [
    ("Mr Yau attended the meeting in Vina del Mar, Chile.", "Vina del Mar"),
    ("He will travel to Mar del Plata on Monday.", "Mar del Plata"),
    ("The delegation arrived in Ciudad del Este, Paraguay, today.", "Ciudad del Este"),
])
def test_a_place_with_a_particle(mentions, text, place):
    assert ("Place", place) in mentions(text)


# A conference named after one place only is that host's event; a conference of two sides (or of none) is a series
@pytest.mark.parametrize("name, label", [
    ("Shaanxi High-Quality Opening-up and Cooperation Conference", "Event"),
    ("Guangdong Investment Cooperation Conference", "Event"),
    ("Hunan Economic and Trade Co-operation Conference", "Event"),
    ("Hong Kong/Fujian Co-operation Conference", "Mechanism"),
    ("Hong Kong-Sichuan Co-operation Conference", "Mechanism"),
    ("Customs Cooperation Conference", "Mechanism"),
    ("Conference on Economic and Trade Cooperation between Shanghai and Hong Kong", "Mechanism"),
])
def test_a_conference_of_one_place(name, label):
    from igr.extract.lexicon import load_lexicon
    from igr.extract.names import NameGrammar

    assert NameGrammar(load_lexicon()).classify(name) == label


# A one-word name listed with a known city after a verb of travel is a city too ("will also visit Bern and Cannes")
@pytest.mark.parametrize("text, place", [
    ("He will also visit Bern and Cannes.", "Cannes"),
    ("The delegation toured Osaka and Kobe yesterday.", "Kobe"),
    ("He will visit Geneva and Lausanne, then fly home.", "Lausanne"),
])
def test_a_city_listed_with_a_known_city(mentions, text, place):
    assert ("Place", place) in mentions(text)


def test_no_city_from_a_body_or_title_listed_with_a_city(mentions):
    found = mentions("He will visit Geneva and Parliament, then fly home.")
    assert ("Place", "Parliament") not in found


def test_a_country_named_with_and_is_one_place(mentions):
    found = mentions("He hoped more residents would visit Sao Tome and Principe next year.")
    assert ("Place", "Principe") not in found


# Fields listed before one name's head are one name, though the commas cut the chunks: "the Asian Logistics,
# Maritime and Aviation Conference", "the Zhongshan Culture, Radio, Television and Tourism Bureau".
@pytest.mark.parametrize("text, label, name", [
    ("Mr Yau officiated at the opening of the Asian Logistics, Maritime and Aviation Conference today.",
     "Event", "Asian Logistics, Maritime and Aviation Conference"),
    ("He spoke at the Asian Financial, Legal and Professional Services Forum in Singapore.",
     "Event", "Asian Financial, Legal and Professional Services Forum"),
    ("The delegation called on the Zhongshan Culture, Radio, Television and Tourism Bureau.",
     "Organization", "Zhongshan Culture, Radio, Television and Tourism Bureau"),
    ("Ms Ho met the Lakeland Energy, Mining and Water Resources Commission in the afternoon.",
     "Organization", "Lakeland Energy, Mining and Water Resources Commission"),
])
def test_fields_before_one_head(mentions, text, label, name):
    found = mentions(text)
    assert (label, name) in found
    last = name.rsplit(", ", 1)[-1]
    assert not any(n != name and (n.endswith(last) or name.startswith(n + ",")) for _, n in found)


# Not a list of places before a head, nor bodies each with a head of its own.
@pytest.mark.parametrize("text, absent", [
    ("She visited Shenzhen, Zhuhai and Macao Science Park.", "Shenzhen, Zhuhai and Macao Science Park"),
    ("He met the Transport, Housing and Lands Departments.", "Transport, Housing and Lands Departments"),
    ("The Chamber, the Federation and the Trade Council hosted him.", "Chamber, the Federation and the Trade Council"),
])
def test_no_field_list_of_names(mentions, text, absent):
    assert not any(name == absent for _, name in mentions(text))


# A month before "of"/"for" is a date, not the start of a name: "on 10 April of the X Forum".
@pytest.mark.parametrize("text, name", [
    ("The Chief Executive is to attend the opening on 10 April of the Boao Forum for Asia Annual Conference 2018.",
     "Boao Forum for Asia Annual Conference 2018"),
    ("He will be in Paris from 3 to 5 May for the OECD Ministerial Council Meeting.", "OECD Ministerial Council Meeting"),
    ("The meeting in March of the Hong Kong/Guangdong Co-operation Joint Conference was fruitful.",
     "Hong Kong/Guangdong Co-operation Joint Conference"),
    ("Mr Chui will lead a delegation to Hainan Province on 9 to 10 April for the Forum which themed growth.", None),
])
def test_a_month_opens_no_name(mentions, text, name):
    found = mentions(text)
    assert name is None or any(n == name for _, n in found)
    assert not any(re.match(r"(?:March|April|May) ", n) for _, n in found)


# A dated occasion and its subtitle after a spaced dash are one name: "Hong Kong Week 2018 - Greater Bay Area Showcase"
@pytest.mark.parametrize("text, name", [
    ("Mrs Lam officiated at the opening ceremony of Hong Kong Week 2018 - Greater Bay Area Showcase.",
     "Hong Kong Week 2018 - Greater Bay Area Showcase"),
    ("He spoke at the Lakeland Festival 2023 - Riverton Culture Fair in Tokyo.", "Lakeland Festival 2023 - Riverton Culture Fair"),
    ("She attended the Asia Summit 2024 - Green Finance Forum.", "Asia Summit 2024 - Green Finance Forum"),
])
def test_a_dated_occasion_and_its_subtitle(mentions, text, name):
    events = [n for label, n in mentions(text) if label == "Event"]
    assert events == [name]


# Venues in American spelling, and domes and gymnasiums, are buildings: no body, no event, nothing named inside them
@pytest.mark.parametrize("text, absent", [
    ("The Third Lakeland Trade Forum was held at the Shanghai International Convention Center.",
     ("Organization", "Shanghai International Convention Center")),
    ("The 8th China International Import Expo opened at the National Exhibition and Convention Center in Shanghai.",
     ("Event", "National Exhibition")),
    ("Mr Ho officiated at the Second Ministerial Conference of the Lakeland Forum at the Macao East Asian Games Dome "
     "today.", ("Event", "Asian Games")),
    ("The gala was held at the Lakeland Exhibition Center.", ("Organization", "Lakeland Exhibition Center")),
])
def test_a_venue_is_no_name(mentions, text, absent):
    assert absent not in mentions(text)
