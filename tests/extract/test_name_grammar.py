"""Name grammar rules of issue 8 (people's names, sessions, principles, complements), with the
real model on sentences written for these tests: at least three made-up paraphrases per rule."""

import pytest


# After an honorific the first word is the surname, whatever it spells; initials and lower-case
# particles belong to the name.
@pytest.mark.parametrize("text, person", [
    ("The Vice Mayor of Lakeside, Mr He Wenbo, chaired the talks.", "He Wenbo"),
    ("Also present was Ms On Lai-ping of the Riverton Council.", "On Lai-ping"),
    ("She thanked Mr So Kam-wing for his help.", "So Kam-wing"),
    ("He met the Deputy Governor of the Fund, Mr Faisal A Al-Mutairi, in the morning.", "Faisal A Al-Mutairi"),
    ("They were joined by Dr Ana Lucía de la Vega Ruiz, the Vice Minister.", "Ana Lucía de la Vega Ruiz"),
    ("He called on Mr Jan van der Berg at the embassy.", "Jan van der Berg"),
])
def test_honorific_names_keep_all_their_words(mentions, text, person):
    assert ("Person", person) in mentions(text)


def test_opener_after_the_surname_still_ends_the_name(mentions):
    found = mentions("Mr Lee In the afternoon met the Mayor.")
    assert ("Person", "Lee") in found


# "Nth X Meeting of the Y Conference": the series is Y, not "X Meeting of the Y Conference".
@pytest.mark.parametrize("text, series, bad", [
    ("The 7th Working Meeting of the Riverton/Lakeside Co-operation Joint Conference was held today.",
     "Riverton/Lakeside Co-operation Joint Conference", "Working Meeting of the Riverton/Lakeside Co-operation Joint Conference"),
    ("He attended the 3rd Plenary Meeting of the Hillcrest/Bayview Co-operation Conference.",
     "Hillcrest/Bayview Co-operation Conference", "Plenary Meeting of the Hillcrest/Bayview Co-operation Conference"),
    ("The 12th Liaison Meeting of the Northport/Southport Joint Committee opened in Northport.",
     "Northport/Southport Joint Committee", "Liaison Meeting of the Northport/Southport Joint Committee"),
])
def test_session_of_a_series_names_the_series_after_of(mentions, text, series, bad):
    found = mentions(text)
    assert ("Mechanism", series) in found
    assert ("Mechanism", bad) not in found


# A principle the lexicon lists as no entity is none in quotes either.
@pytest.mark.parametrize("text", [
    'The city thrives under the "One Country, Two Systems" principle.',
    'He said Hong Kong enjoys unique advantages under the “One country, Two systems".',
    'Both sides reaffirmed the "one country, two systems".',
])
def test_quoted_principle_is_no_entity(mentions, text):
    assert not any("two systems" in name.lower() for _, name in mentions(text))


# The "of" complement of a post names the body whose post it is: a fund with governors, and what
# reads as an organisation after "of the"; a portfolio after "for" names no body.
@pytest.mark.parametrize("text, body", [
    ("He called on the Deputy Governor of Northland Sovereign Fund, Mr Karl Wendt.", "Northland Sovereign Fund"),
    ("She will meet the Governor of the Bank of Lakeland Mr Piet Aalders on Monday.", "Bank of Lakeland"),
    ("Mr Tam met the President of the Federal Reserve Bank of Riverton, Ms Ann Cole.", "Federal Reserve Bank of Riverton"),
    ("He then called on the Chairman of the Board of Trustees of the Westland Museum Mr Bo Lund.",
     "Board of Trustees of the Westland Museum"),
])
def test_body_whose_post_it_is(mentions, text, body):
    assert ("Organization", body) in mentions(text)


@pytest.mark.parametrize("text, portfolio", [
    ("The Secretary for Financial Services and the Treasury, Mr Ho Kin, spoke.", "Financial Services"),
    ("The Minister for Trade and Industry, Mr Lim Bo, arrived.", "Trade and Industry"),
    ("The Commissioner for Tourism Affairs, Ms Wu Lan, hosted the lunch.", "Tourism Affairs"),
])
def test_portfolio_after_for_names_no_body(mentions, text, portfolio):
    assert ("Organization", portfolio) not in mentions(text)


# A title with a complement, then its holder's name with no comma: the name starts where the
# words stop being words of titles and bodies.
@pytest.mark.parametrize("text, post, person", [
    ("He met Minister of Transport Wee Ka Siong in the capital.", "Minister of Transport", "Wee Ka Siong"),
    ("A dinner was hosted by Minister for National Development Desmond Tan Kiat.",
     "Minister for National Development", "Desmond Tan Kiat"),
    ("She called on Secretary of State for Trade Olusegun Adeyemi yesterday.",
     "Secretary of State for Trade", "Olusegun Adeyemi"),
])
def test_holder_after_a_title_complement(mentions, text, post, person):
    found = mentions(text)
    assert ("Post", post) in found and ("Person", person) in found


def test_complement_words_are_no_name(mentions):
    found = mentions("He met the Minister for Foreign Affairs and Trade yesterday.")
    assert not any(label == "Person" for label, _ in found)


# A scheme, series or event is named on across "in" when what follows names no place, body or
# person; once joined, a place after a further "in" belongs to the name too.
@pytest.mark.parametrize("text, label, name", [
    ("The city set up the Relief Fund in Support of Recovery in the Northern Flood Areas last year.",
     "Initiative", "Relief Fund in Support of Recovery in the Northern Flood Areas"),
    ("Both sides reviewed the Liaison Mechanism for Riverton's Participation in Rebuilding and Renewal in Lakeland today.",
     "Mechanism", "Liaison Mechanism for Riverton's Participation in Rebuilding and Renewal in Lakeland"),
    ("He spoke at the Forum on Cooperation in Smart Mobility and Logistics on Tuesday.",
     "Event", "Forum on Cooperation in Smart Mobility and Logistics"),
])
def test_names_go_on_across_in(mentions, text, label, name):
    assert (label, name) in mentions(text)


@pytest.mark.parametrize("text, name", [
    ("The Riverton/Lakeside Co-operation Conference in Lakeside was a success.", "Riverton/Lakeside Co-operation Conference"),
    ("The Riverton Innovation Fund in 2019 supported ten projects.", "Riverton Innovation Fund"),
    ("The Harbour Forum in May drew many visitors.", "Harbour Forum"),
])
def test_a_place_or_date_after_in_ends_the_name(mentions, text, name):
    found = {n for _, n in mentions(text)}
    assert name in found and not any(n.startswith(name + " in") for n in found)


# "X Meeting under the Y Mechanism": one session of the mechanism, with or without a capital U.
@pytest.mark.parametrize("text, event, series", [
    ("They co-chaired the third Working Meeting Under the Joint Mechanism for Riverton/Lakeside Rail Links today.",
     "third Working Meeting Under the Joint Mechanism for Riverton/Lakeside Rail Links",
     "Joint Mechanism for Riverton/Lakeside Rail Links"),
    ("Fourth High-level Meeting under the Coordination Mechanism for Lakeland Recovery held in Lakeland",
     "Fourth High-level Meeting under the Coordination Mechanism for Lakeland Recovery",
     "Coordination Mechanism for Lakeland Recovery"),
    ("She attended the first Liaison Meeting Under the Hillcrest/Bayview Co-operation Mechanism.",
     "first Liaison Meeting Under the Hillcrest/Bayview Co-operation Mechanism", "Hillcrest/Bayview Co-operation Mechanism"),
])
def test_meeting_under_a_mechanism(mentions, text, event, series):
    found = mentions(text)
    assert ("Event", event) in found and ("Mechanism", series) in found
    assert not any(label == "Mechanism" and name.lower().endswith("meeting") for label, name in found)


# A consulate, embassy or office "of" its state keeps the place it stands in.
@pytest.mark.parametrize("text, body", [
    ("He thanked the Consulate General of the Republic of Lakeland in Hong Kong for its support.",
     "Consulate General of the Republic of Lakeland in Hong Kong"),
    ("Staff of the Embassy of Northland in Beijing attended.", "Embassy of Northland in Beijing"),
    ("The Office of the Riverton Government in Shanghai hosted a dinner.", "Office of the Riverton Government in Shanghai"),
])
def test_sited_bodies_keep_their_place(mentions, text, body):
    assert ("Organization", body) in mentions(text)


# A post abroad keeps the place it is posted in: a foreign ministry's commissioner, the head of an office known by
# an acronym of sited offices; the body of the title does not take the place into its own name
@pytest.mark.parametrize("text, holder, post, body", [
    ("The Commissioner of the Ministry of Foreign Affairs of the People's Republic of China in the Macao SAR, Mr Li "
     "Wen, attended the dinner.", "Li Wen",
     "Commissioner of the Ministry of Foreign Affairs of the People's Republic of China in the Macao SAR",
     "Ministry of Foreign Affairs of the People's Republic of China"),
    ("Deputy Commissioner of the Ministry of Foreign Affairs of the People's Republic of China in the HKSAR, Ms Tan "
     "Mei, spoke at the reception.", "Tan Mei",
     "Deputy Commissioner of the Ministry of Foreign Affairs of the People's Republic of China in the HKSAR",
     "Ministry of Foreign Affairs of the People's Republic of China"),
    ("Director-General of the HKETO in Berlin, Ms Anna Weber, opened the exhibition.", "Anna Weber",
     "Director-General of the HKETO in Berlin", None),
])
def test_a_post_abroad_keeps_its_place(found_facts, mentions, text, holder, post, body):
    assert (holder, "holdsPost", post) in found_facts(text)
    found = {name for label, name in mentions(text) if label == "Organization"}
    assert body is None or body in found
    assert not any(name.endswith((" SAR", "HKSAR", "Berlin")) for name in found)


# A bare title inside a longer title is no other post.
@pytest.mark.parametrize("text, post, bare", [
    ("He called on the Lakeland Ambassador to Northland, Mr Eri Sato.", "Lakeland Ambassador to Northland", "Ambassador"),
    ("She met the Danish Ambassador to Riverton, Ms Ida Holm.", "Danish Ambassador to Riverton", "Ambassador"),
    ("He met the Westland Trade Representative to Riverton, Mr Bo Lin.", "Westland Trade Representative to Riverton",
     "Representative"),
])
def test_bare_title_inside_a_title_is_no_post(mentions, text, post, bare):
    found = mentions(text)
    assert ("Post", post) in found and ("Post", bare) not in found


# A short name in parentheses after a name of its class is that name's; the release's shorter
# form of the same agreement is it too.
@pytest.mark.parametrize("text, full, short", [
    ("Riverton and Lakeland today signed the Riverton - Lakeland Closer Trade Partnership Agreement "
     "(CTP Agreement). The Closer Trade Partnership Agreement takes effect next year.",
     "Lakeland Closer Trade Partnership Agreement", "Closer Trade Partnership Agreement"),
    ("The two sides signed the Northland Harbour Safety Co-operation Agreement (Harbour Agreement) today.",
     "Northland Harbour Safety Co-operation Agreement", "Harbour Agreement"),
    ("The Westland Green Transport Subsidy Scheme (Green Scheme) opens today; the Green Transport Subsidy "
     "Scheme was announced in May.", "Westland Green Transport Subsidy Scheme", "Green Transport Subsidy Scheme"),
])
def test_short_forms_of_an_agreement_or_scheme(extractor, text, full, short):
    doc = extractor.nlp(text)
    names = {m.text: m.name for m in doc.user_data["igr_mentions"]}
    assert any(n.endswith(full) for n in names.values())
    assert names.get(short, "").endswith(full)


# "in" after a bare agreement head says when or where, not what it is about.
@pytest.mark.parametrize("text, bad", [
    ("The two observatories first signed an MOU in 2018 on weather data.", "MOU in 2018"),
    ("Work will follow the Framework Agreement in the Tenth Five-Year Plan period.", "Framework Agreement in the Tenth Five-Year Plan"),
    ("They signed a Co-operation Agreement in Riverton last May.", "Co-operation Agreement in Riverton"),
])
def test_in_after_a_bare_agreement_head(mentions, text, bad):
    assert not any(name.startswith(bad) for _, name in mentions(text))


def test_in_continues_an_agreement_complement(mentions):
    found = mentions("They signed the Memorandum of Understanding on Co-operation in Tourism and Culture today.")
    assert ("Agreement", "Memorandum of Understanding on Co-operation in Tourism and Culture") in found


# A title whose place follows after a comma, then its holder: the place is the title's.
@pytest.mark.parametrize("text, post, place", [
    ("Also speaking, the Riverton Commissioner for Trade Affairs, Canada, Mr Ken Lo, said trade grew.",
     "Riverton Commissioner for Trade Affairs, Canada", "Canada"),
    ("The dinner was hosted by Lord Mayor, City of London, Sir Ian Pole.", "Lord Mayor, City of London", "City of London"),
    ("The Special Representative for Trade Affairs, Germany, Ms Ada Kim, spoke.",
     "Special Representative for Trade Affairs, Germany", "Germany"),
])
def test_title_with_its_place_after_a_comma(mentions, text, post, place):
    found = mentions(text)
    assert ("Post", post) in found and ("Place", place) in found


# An honorific word before a body's head names a body, not a person.
@pytest.mark.parametrize("text", [
    "Ms Ho then called on the Justice Ministry where she signed an arrangement.",
    "The Justice Department of Lakeland hosted the visitors.",
    "He later visited the Justice Bureau of Riverton.",
])
def test_honorific_word_before_a_body_is_no_person(mentions, text):
    assert not any(label == "Person" and name.endswith(("Ministry", "Department", "Bureau"))
                   for label, name in mentions(text))


# A curly apostrophe is an apostrophe: known names match either way.
@pytest.mark.parametrize("text", [
    "He met the Ambassador of the People’s Republic of China to Lakeland.",
    "Officials of the People’s Republic of China attended.",
    "The People’s Republic of China signed the treaty.",
])
def test_curly_apostrophe_in_known_names(mentions, text):
    assert ("Place", "China") in mentions(text)


# Venues and crossing points are sites, no entities, and the NER's reading of part of them is none.
@pytest.mark.parametrize("text, bad", [
    ("They met at the Riverton Convention and Exhibition Centre today.", "Riverton Convention"),
    ("The food inspection at Tai Lam Wan Control Point will move next year.", "Tai Lam Wan"),
    ("A banquet was held at the Lakeside Grand Hotel in the evening.", "Lakeside Grand Hotel"),
])
def test_venues_are_no_entities(mentions, text, bad):
    assert not any(name.startswith(bad) for _, name in mentions(text))


# A body named by a place and a lower-case noun is a description, not a name.
@pytest.mark.parametrize("text", [
    "Meanwhile, the Riverton authority completed the tender.",
    "The Lakeside side agreed to the plan.",
    "The Northport government department replied.",
])
def test_lower_case_description_is_no_body(mentions, text):
    assert not any(label == "Organization" for label, _ in mentions(text))


# "the Government of X and Y people": a body, then a place.
@pytest.mark.parametrize("text, body, place", [
    ("He met officials of the Government of Zhejiang Province and Hong Kong people working there.",
     "Government of Zhejiang Province", "Hong Kong"),
    ("Staff of the Office of the Lakeland Council and Macao traders joined.", "Office of the Lakeland Council", "Macao"),
    ("Members of the Commission of the Riverton Assembly and Shanghai scholars spoke.",
     "Commission of the Riverton Assembly", "Shanghai"),
])
def test_body_and_a_place(extractor, text, body, place):
    doc = extractor.nlp(text)
    texts = {(m.label, m.text) for m in doc.user_data["igr_mentions"]}
    assert ("Organization", body) in texts and ("Place", place) in texts


# A title "at" the body it serves in.
@pytest.mark.parametrize("text, post", [
    ("He met the Undersecretary of Trade at Lakeland's Ministry of Economy, Dr Ana Ruiz.",
     "Undersecretary of Trade at Lakeland's Ministry of Economy"),
    ("She spoke with the Director of Research at the Riverton Monetary Authority, Mr Ben Ode.",
     "Director of Research at the Riverton Monetary Authority"),
    ("He thanked the Head of Policy at the Northland Trade Commission, Ms Kit Lam.",
     "Head of Policy at the Northland Trade Commission"),
])
def test_title_at_its_body(mentions, text, post):
    assert ("Post", post) in mentions(text)


# A name the NER reads as a person, joined by "and" to a place after "in/at/to": a place.
@pytest.mark.parametrize("text, place", [
    ("They discussed the new ports in Shenzhen and Sha Tau Kok last week.", "Sha Tau Kok"),
    ("The delegation travelled to Zhuhai and Tai Mei Tuk on Friday.", "Tai Mei Tuk"),
    ("Projects in Man Kam To and Shenzhen were reviewed.", "Man Kam To"),
])
def test_person_beside_a_place_is_a_place(mentions, text, place):
    found = mentions(text)
    assert ("Person", place) not in found


# An organisation with no head word, named where only a body or a site can stand.
@pytest.mark.parametrize("text, body", [
    ("In the afternoon he will visit Brightwater Capital to learn about its incubation programme.", "Brightwater Capital"),
    ("She will attend a breakfast meeting hosted by the Business Roundtable in Lakeland.", "Business Roundtable"),
    ("The delegation toured Blue Harbour Labs, a start-up hub.", "Blue Harbour Labs"),
    ("He then called on Northstar Ventures to discuss fintech.", "Northstar Ventures"),
])
def test_headless_body_in_a_body_context(mentions, text, body):
    assert any(label == "Organization" and name.startswith(body) for label, name in mentions(text))


def test_headless_org_elsewhere_stays_out(mentions):
    assert not any(label == "Organization" for label, _ in mentions("Both sides discussed Belt and Road matters."))


# The NER's reading of a body cut before its "of" complement is no other body.
@pytest.mark.parametrize("text, bad", [
    ("He met the Director of Hong Kong Macao Affairs Office of the State Council, Mr Wu.", "Macao Affairs Office"),
    ("She met the Head of Riverton Lakeland Liaison Office of the Northland Government, Ms Ng.",
     "Lakeland Liaison Office"),
    ("They called on the Director of Bayview Hillcrest Trade Office of the Westland Government, Mr Ko.",
     "Hillcrest Trade Office"),
])
def test_truncated_ner_body(mentions, text, bad):
    assert ("Organization", bad) not in mentions(text)


# A scheme named in capitals with its head in lower case.
@pytest.mark.parametrize("text, name", [
    ("The expansion of the Riverton trade settlement scheme helped exporters.", "Riverton trade settlement scheme"),
    ("Both sides support the Clean Oceans for All initiative of the United Nations.", "Clean Oceans for All initiative"),
    ("He praised the Smart Harbour Logistics programme launched last year.", "Smart Harbour Logistics programme"),
])
def test_lower_case_scheme_heads(mentions, text, name):
    assert ("Initiative", name) in mentions(text)


@pytest.mark.parametrize("text", [
    "Under the programme, ten firms were funded.",
    "The Hong Kong scheme was praised.",
    "He said the Government scheme works.",
])
def test_lower_case_head_after_a_place_or_opener(mentions, text):
    assert not any(label == "Initiative" for label, _ in mentions(text))


# The body a title serves "at" is named inside it.
@pytest.mark.parametrize("text, body", [
    ("He met the Undersecretary of Trade at Lakeland's Ministry of Economy, Dr Ana Ruiz.", "Lakeland's Ministry of Economy"),
    ("She spoke with the Director of Research at the Riverton Monetary Authority, Mr Ben Ode.", "Riverton Monetary Authority"),
    ("He thanked the Head of Policy at the Northland Trade Commission, Ms Kit Lam.", "Northland Trade Commission"),
])
def test_body_a_title_serves_at(mentions, text, body):
    assert ("Organization", body) in mentions(text)


# An acronym inside a name: the name is classified without it, and the acronym's short form is
# an alias only when its letters are the initials of the words it replaces.
@pytest.mark.parametrize("text, name, alias", [
    ("They welcomed the Riverton Dollar-Lakeland Yuan (LKY) Dual Counter Model in June.",
     "Riverton Dollar-Lakeland Yuan Dual Counter Model", None),
    ("The 2019 Northern Coast Delta (NCD) Regional Co-operation Forum opened.",
     "2019 Northern Coast Delta Regional Co-operation Forum", "2019 NCD Regional Co-operation Forum"),
    ("The Bayview Harbour Authority (BHA) Green Port Scheme began.",
     "Bayview Harbour Authority Green Port Scheme", "BHA Green Port Scheme"),
])
def test_acronym_inside_a_name(extractor, text, name, alias):
    doc = extractor.nlp(text)
    found = {m.name: m.aliases for m in doc.user_data["igr_mentions"]}
    assert name in found
    shorts = [a for a in found[name] if "(" not in a]
    assert shorts == ([alias] if alias else [])


# A title printed in quotes after the series it belongs to: one event, named by its title.
@pytest.mark.parametrize("text, name", [
    ('He will attend the premiere of Riverton Film Series "Ten Years On: New Riverton Cinema".',
     "Ten Years On: New Riverton Cinema"),
    ('She opened Lakeland Design Week "Shapes of Tomorrow" in the evening.', "Shapes of Tomorrow"),
    ('The Bayview Music Festival "Harbour Nights" drew large crowds.', "Harbour Nights"),
])
def test_quoted_title_after_its_series(mentions, text, name):
    found = mentions(text)
    assert ("Event", name) in found


# A roundtable named by two or more capitalised words is an event; one word before it names a body.
@pytest.mark.parametrize("text, name", [
    ("She attended the Women Business Leaders Roundtable on Monday.", "Women Business Leaders Roundtable"),
    ("He spoke at the Asia Green Finance Roundtable in Riverton.", "Asia Green Finance Roundtable"),
    ("They joined the Regional Smart City Roundtable.", "Regional Smart City Roundtable"),
])
def test_roundtable_events(mentions, text, name):
    assert ("Event", name) in mentions(text)


# A name with accents is also known without them, so releases that print no accents merge with it.
@pytest.mark.parametrize("text, name, plain", [
    ("He met the Director General, Mr Rafael Azevêdo, in Geneva.", "Rafael Azevêdo", "Rafael Azevedo"),
    ("She thanked Dr Inés Martínez for her support.", "Inés Martínez", "Ines Martinez"),
    ("They were received by Mr José Müller-Peña at the embassy.", "José Müller-Peña", "Jose Muller-Pena"),
])
def test_accented_names_have_a_plain_alias(extractor, text, name, plain):
    doc = extractor.nlp(text)
    found = {m.name: m.aliases for m in doc.user_data["igr_mentions"]}
    assert plain in found[name]


# The NER's place cut short of a known place with the same start is no other place.
@pytest.mark.parametrize("text, bad", [
    ("Officials of the Hong Kong Special Administrative Region Basic Law Committee attended.", "Hong Kong Special Administrative"),
    ("The Guangxi Zhuang Autonomous Region Government hosted the talks.", "Guangxi Zhuang Autonomous"),
    ("The Macao Special Administrative Region Liaison Unit replied.", "Macao Special Administrative"),
])
def test_ner_place_cut_short_of_a_known_place(mentions, text, bad):
    assert ("Place", bad) not in mentions(text)


# "A cum B" of two titles is one post, held by the person named with it
@pytest.mark.parametrize("text, post, person", [
    ("Mr Chan met with Vice-Minister cum Administrator of the National Cultural Heritage Administration, Mr Li Qun.",
     "Vice-Minister cum Administrator of the National Cultural Heritage Administration", "Li Qun"),
    ("He met the Deputy Director cum Secretary-General of the Riverside Trade Council, Ms Amy Lo, today.",
     "Deputy Director cum Secretary-General of the Riverside Trade Council", "Amy Lo"),
    ("The Vice Chairman cum Secretary-General of the Lakeside Chamber of Commerce, Mr Tony Wu, attended.",
     "Vice Chairman cum Secretary-General of the Lakeside Chamber of Commerce", "Tony Wu"),
])
def test_two_titles_joined_by_cum_are_one_post(found_facts, text, post, person):
    assert (person, "holdsPost", post) in found_facts(text)


# a title with the body it serves in after "at" is one post
@pytest.mark.parametrize("text, post, person", [
    ("Mr Chan met with the State Secretary at the Federal Ministry of Finance of Germany, Dr Joerg Kukies.",
     "State Secretary at the Federal Ministry of Finance of Germany", "Joerg Kukies"),
    ("He met the Undersecretary of Trade at the Lakeland Ministry of Economy, Mr Tom Berg, today.",
     "Undersecretary of Trade at the Lakeland Ministry of Economy", "Tom Berg"),
    ("She met the Parliamentary State Secretary at the Riverland Ministry of Transport, Ms Ada Voss.",
     "Parliamentary State Secretary at the Riverland Ministry of Transport", "Ada Voss"),
])
def test_a_title_at_a_body_is_one_post(found_facts, text, post, person):
    assert (person, "holdsPost", post) in found_facts(text)


# a quote closed before a lower-case head is no part of the scheme's name
@pytest.mark.parametrize("text, name", [
    ("Mr Tam said strategies such as the 'Belt and Road' initiative present opportunities.", "Belt and Road initiative"),
    ("They discussed the \u2018Smart Lakeside\u2019 initiative today.", "Smart Lakeside initiative"),
    ("They praised the 'Riverton Youth' scheme today.", "Riverton Youth scheme"),
])
def test_a_closing_quote_before_the_head_is_dropped(mentions, text, name):
    assert any(n == name for _, n in mentions(text)), sorted(mentions(text))


def test_a_plural_possessive_keeps_its_apostrophe(mentions):
    assert ("Organization", "Workers' Union") in mentions("He met the Workers' Union today.")


# a title "-elect" or "-designate" before a name: the person, who does not hold the post yet
@pytest.mark.parametrize("text, person", [
    ("Mr Chan will call on Chief Executive-elect Ho Iat-seng tomorrow.", "Ho Iat-seng"),
    ("She met Governor-elect Lam Ka-yan in the afternoon.", "Lam Ka-yan"),
    ("They called on Mayor-elect Zhang Wei at the city hall.", "Zhang Wei"),
])
def test_a_title_elect_before_a_name(mentions, text, person):
    found = mentions(text)
    assert ("Person", person) in found
    assert not any(label == "Post" for label, _ in found)


# a council whose name says co-operation is a body like any other council, not a standing series of meetings
@pytest.mark.parametrize("text, name", [
    ("The Chairman of the Riverland-Lakeside Economic Co-operation Council, Mr Ode, met Mr Ade.",
     "Riverland-Lakeside Economic Co-operation Council"),
    ("Mr Ode thanked the Westport Cultural Co-operation Council for its support.", "Westport Cultural Co-operation Council"),
    ("The Hillside-Seaview Trade and Cultural Co-operation Council held a reception in Hillside.",
     "Hillside-Seaview Trade and Cultural Co-operation Council"),
])
def test_a_co_operation_council_is_an_organization(mentions, text, name):
    assert ("Organization", name) in mentions(text)
    assert ("Mechanism", name) not in mentions(text)


# A one-word organisation (a proper noun with no head word) where only a body can stand.
@pytest.mark.parametrize("text, body", [
    ("During his stay in Shenzhen, Mr Lam Kin visited Huawei and met its managers.", "Huawei"),
    ("The Financial Secretary met representatives of HSBC at the bank's headquarters.", "HSBC"),
    ("The Secretary toured Siemens in Munich, and met executives of BMW.", "Siemens"),
])
def test_a_one_word_body_where_only_a_body_can_stand(mentions, text, body):
    assert ("Organization", body) in mentions(text)


@pytest.mark.parametrize("text", [
    "The Secretary for Education visited Education today.",
    "He toured Expo with officials.",
    "She met representatives of Financial institutions.",
])
def test_a_head_or_title_word_is_no_one_word_body(mentions, text):
    assert not any(label == "Organization" and " " not in name for label, name in mentions(text))


@pytest.mark.parametrize("text", [
    "Both the Panda Care Centre in Dujianyan and the Riverton Rehabilitation Centre are projects.",  # (NER: ORG)
    "She opened the Eye Clinic in Zhangmuhe and the Lakeside Training Institute.",
    "He visited the School in Gengdacun and the Hope Foundation.",
])
def test_a_one_word_name_after_in_beside_a_body_is_no_body(mentions, text):
    assert not any(label == "Organization" and " " not in name for label, name in mentions(text))


# an assembly after a place is its legislature, a body; a body "of the" a series is a body
@pytest.mark.parametrize("name, label", [
    ("Queensland Assembly", "Organization"),
    ("Wales Assembly", "Organization"),
    ("World Health Assembly", "Mechanism"),
    ("Secretariat of the Riverton/Lakeside Co-operation Joint Conference", "Organization"),
    ("Organising Committee of the Riverton Joint Conference", "Organization"),
])
def test_assemblies_and_bodies_of_series(name, label):
    from igr.extract.lexicon import load_lexicon
    from igr.extract.names import NameGrammar
    assert NameGrammar(load_lexicon()).classify(name) == label
