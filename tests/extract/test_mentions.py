"""Mention detection with the real model, on sentences written for these tests (one group per rule).

Each rule has at least three paraphrases with made-up names, so that a rule fitted to one
phrasing fails here.
"""

import pytest


# A title printed before its holder's name, bare or after the words saying whose it is.
@pytest.mark.parametrize("text, post, person", [
    ("At the dinner she sat next to Transport Minister Hamid Osman and his aides.",
     "Transport Minister", "Hamid Osman"),
    ("The delegation later called on Assistant Minister Qiao Lianfeng at his office.",
     "Assistant Minister", "Qiao Lianfeng"),
    ("He then met Vice Minister Dou Zhiwen to discuss trade.", "Vice Minister", "Dou Zhiwen"),
    ("They were received by Danish Prime Minister Lars Holmgaard yesterday.",
     "Danish Prime Minister", "Lars Holmgaard"),
    ("A lunch was hosted by Senior Minister of State Kwek Boon Tiong in the evening.",
     "Senior Minister of State", "Kwek Boon Tiong"),
    ("Mr Lau also met Zhuhai Municipal Government Vice Mayor Tian Xiaohong on Friday.",
     "Zhuhai Municipal Government Vice Mayor", "Tian Xiaohong"),
])
def test_title_before_name(mentions, text, post, person):
    found = mentions(text)
    assert ("Post", post) in found
    assert ("Person", person) in found
    assert not any(label == "Person" and name.split()[0] in {"Minister", "Mayor", "Vice"} for label, name in found)


@pytest.mark.parametrize("text, owner", [
    ("She met Zhuhai Municipal Government Vice Mayor Tian Xiaohong.", ("Organization", "Zhuhai Municipal Government")),
    ("She met Bureau of Ports & Waterways Director-General Hou Lirong.", ("Organization", "Bureau of Ports & Waterways")),
    ("She met Norway's Prime Minister Eirik Sandvold.", ("Place", "Norway")),
])
def test_title_owner_is_a_nested_name(mentions, text, owner):
    assert owner in mentions(text)


# Two titles joined by "and" before one name are two posts.
@pytest.mark.parametrize("text, posts", [
    ("He met State Councillor and Fisheries Minister Bai Yuting in the afternoon.",
     {"State Councillor", "Fisheries Minister"}),
    ("They called on Deputy Mayor and Finance Minister Guo Hanlin.", {"Deputy Mayor", "Finance Minister"}),
    ("She was received by Deputy Prime Minister and Trade Minister Joran Vestby.",
     {"Deputy Prime Minister", "Trade Minister"}),
])
def test_two_titles_one_holder(mentions, text, posts):
    found = {name for label, name in mentions(text) if label == "Post"}
    assert posts <= found


# An honorific-looking word before a title is part of the title ("Justice Minister", "Lord Mayor").
@pytest.mark.parametrize("text, post", [
    ("She signed an arrangement with Justice Minister Okoro Adebayo today.", "Justice Minister"),
    ("The mission met Justice Minister Sun Peiyu in the capital.", "Justice Minister"),
    ("He later met Justice Minister Halvard Lunde at the ministry.", "Justice Minister"),
])
def test_honorific_word_opening_a_title(mentions, text, post):
    found = mentions(text)
    assert ("Post", post) in found
    assert not any(label == "Person" and name.startswith("Minister") for label, name in found)


# A title with its complement ("Director of X") does not lose its last word to a name.
@pytest.mark.parametrize("text", [
    "He met the Deputy Director of the Liaison Office in Hong Kong yesterday.",
    "She thanked the Secretary for Financial Services and the Treasury for his support.",
    "They visited the Director General of the Maritime Organization at noon.",
])
def test_title_complement_keeps_its_words(mentions, text):
    assert not any(label == "Person" for label, _ in mentions(text))


def places(found) -> set[str]:
    return {name for label, name in found if label == "Place"}


# Places named by their head word, with no gazetteer.
@pytest.mark.parametrize("text, place", [
    ("The delegation toured the Riverside Hi-Tech Industrial Park in the afternoon.", "Riverside Hi-Tech Industrial Park"),
    ("She was briefed on the Maple Bay Economic Development Zone.", "Maple Bay Economic Development Zone"),
    ("They visited the Qingshan Nature Reserve to see the cranes.", "Qingshan Nature Reserve"),
    ("He walked through Tai Hang Village with local officials.", "Tai Hang Village"),
])
def test_place_heads(mentions, text, place):
    assert place in places(mentions(text))


@pytest.mark.parametrize("text", [
    "He met the Chairman of the Federal Reserve.",
    "The Harbour Park Management Board met today.",
    "She spoke at the Reserve Bank of Arcadia.",
])
def test_place_heads_need_a_place_head(mentions, text):
    assert not any("Reserve" in name or "Park" in name for name in places(mentions(text)))


# A locative context makes a place of a name the model does not know.
@pytest.mark.parametrize("text, place", [
    ("The minister arrived today (March 4, Tromsvik time) for talks.", "Tromsvik"),
    ("He attended the forum in Ouro Velho, Brazil, on Monday.", "Ouro Velho"),
    ("She then travelled to Kisumbe, Kenya, for the second leg.", "Kisumbe"),
    ("The ministers gathered in Lakhta, Russia, and later (May 2, Lakhta time) signed.", "Lakhta"),
])
def test_locative_context(mentions, text, place):
    assert place in places(mentions(text))


# Two places joined by "and"; a place of a place without its owner.
@pytest.mark.parametrize("text, expected", [
    ("Officials from Yunnan and Guangxi Zhuang Autonomous Region attended.", {"Yunnan", "Guangxi"}),
    ("He spoke about Shenzhen's Dapeng New District and its ports.", {"Dapeng New District", "Shenzhen"}),
    ("Guests came from Fujian and Jiangxi Province.", {"Fujian", "Jiangxi"}),
])
def test_coordinated_and_possessive_places(mentions, text, expected):
    found = places(mentions(text))
    assert expected <= found
    assert not any(" and " in name or "'s" in name for name in found)


# The shared "between A and B" complement belongs to a name that opens with its head.
@pytest.mark.parametrize("text, name", [
    ("They reviewed the Task Force on Ferry Services between Riverton and Lakeside today.",
     "Task Force on Ferry Services between Riverton and Lakeside"),
    ("He praised the Joint Task Force on Trade and the Working Group on Rail Links between Riverton and Lakeside.",
     "Working Group on Rail Links between Riverton and Lakeside"),
    ("She attended the Conference on Economic Co-operation between Guangdong and Hong Kong.",
     "Conference on Economic Co-operation between Guangdong and Hong Kong"),
])
def test_party_complement_joins_head_first_names(mentions, text, name):
    assert ("Mechanism", name) in mentions(text)


# A title whose portfolio is a list, or that ends in a "to" complement, is kept whole.
@pytest.mark.parametrize("text, post", [
    ("He met the Vice Minister of Energy, Mines and Water, Mr Pablo Ortega, today.", "Vice Minister of Energy, Mines and Water"),
    ("She called on the Minister of Trade, Industry and Tourism of Arcadia, Mr Jon Berg.",
     "Minister of Trade, Industry and Tourism of Arcadia"),
    ("They were received by the Ambassador to Norway, Mr Li Wen.", "Ambassador to Norway"),
    ("He met the Permanent Secretary to the Cabinet, Ms Ada Holt.", "Permanent Secretary to the Cabinet"),
])
def test_whole_titles(mentions, text, post):
    found = mentions(text)
    assert ("Post", post) in found
    cut = post.split(",")[0].split(" to ")[0]
    assert ("Post", cut) not in found


# Things the model calls people, and names that are no entities.
@pytest.mark.parametrize("text, name", [
    ("The new Dual Counter Model will start next year.", "Dual Counter Model"),
    ("Volunteers will help at the Equestrian Events next summer.", "Equestrian Events"),
    ("She toured the Kam Sheung Railway Station with engineers.", "Kam Sheung Railway Station"),
])
def test_things_are_not_people(mentions, text, name):
    assert not any(label == "Person" and name.startswith(found) or label == "Person" and found in name
                   for label, found in mentions(text))


@pytest.mark.parametrize("text", [
    "The Basic Law guarantees these rights.",
    "He explained the National Security Law to the visitors.",
    "The CNY receptions were well attended, and the BCP works went on.",
])
def test_laws_and_undefined_acronyms_are_no_entities(mentions, text):
    assert not {label for label, _ in mentions(text)} & {"Agreement", "Organization"}


# Organisations named head first with "for".
@pytest.mark.parametrize("text, name", [
    ("She visited the Research Centre for Alpine Plants in the morning.", "Research Centre for Alpine Plants"),
    ("He addressed the Commission for Latin America and the Caribbean.", "Commission for Latin America and the Caribbean"),
    ("They toured the Training Centre for Belt and Road Countries.", "Training Centre for Belt and Road Countries"),
])
def test_organisations_named_head_first(mentions, text, name):
    assert ("Organization", name) in mentions(text)


# A body named in full is one body: no truncated reading of it, and no generic complement.
@pytest.mark.parametrize("text, bad", [
    ("In the morning he visited Blue Harbour Group and met its founder.", "Harbour Group"),
    ("She met the Chief Operating Officer of the Group, Mr Tim Lau.", "Group"),
    ("Other Riverton Municipal Government officials joined them.", "Other Riverton Municipal Government"),
])
def test_no_truncated_or_generic_bodies(mentions, text, bad):
    assert ("Organization", bad) not in mentions(text)


@pytest.mark.parametrize("text, body", [
    ("He visited the Delivery Unit of the Premier's Department in the capital.", "Premier's Department"),
    ("She toured the Planning Office of the Harbour Authority.", "Harbour Authority"),
    ("They met staff of the Liaison Unit of the Riverton Municipal Government.", "Riverton Municipal Government"),
])
def test_parent_body_after_of_is_kept(mentions, text, body):
    assert ("Organization", body) in mentions(text)


# A currency sign after a place's name makes it the currency's.
@pytest.mark.parametrize("text", [
    "The project costs US$20 million in total.",
    "Exports reached HK$3 billion last year.",
    "The fund holds about S$400 million.",
])
def test_currency_prefix_is_no_place(mentions, text):
    assert not places(mentions(text))


# Weak aliases refer to a name the release printed in full before them, and to nothing otherwise.
@pytest.mark.parametrize("text, label, name", [
    ("He spoke on the Guangdong-Hong Kong-Macao Greater Bay Area. Young people in the bay area have chances.",
     "Place", "Guangdong-Hong Kong-Macao Greater Bay Area"),
    ("The Guangdong-Hong Kong-Macao Greater Bay Area grows. The Bay Area will need talent.",
     "Place", "Guangdong-Hong Kong-Macao Greater Bay Area"),
    ("The Belt and Road Initiative opens markets. Belt and Road projects need finance.",
     "Initiative", "Belt and Road Initiative"),
])
def test_weak_alias_after_full_name(extractor, text, label, name):
    doc = extractor.nlp(text)
    second = text.index(".") + 1
    assert any(m.label == label and m.name == name and m.start > second for m in doc.user_data["igr_mentions"])


@pytest.mark.parametrize("text", [
    "Young people in the bay area have chances.",
    "The Bay Area will need talent.",
    "Belt and Road projects need finance.",
])
def test_weak_alias_alone_refers_to_nothing_known(extractor, text):
    doc = extractor.nlp(text)
    assert not any(m.name in ("Guangdong-Hong Kong-Macao Greater Bay Area", "Belt and Road Initiative")
                   for m in doc.user_data["igr_mentions"])


# Acronyms match only as printed, never an ordinary capitalised word.
@pytest.mark.parametrize("name, known", [("CEPA", "Agreement"), ("Cepa", None), ("HKSAR", "Place"), ("Hksar", None),
                                         ("SHETO", "Organization"), ("Sheto", None)])
def test_case_sensitive_acronyms(extractor, name, known):
    assert extractor.lexicon.known_label(name) == known


# A bare head takes its complement; one word after a title is a surname only after a name-prefix title.
@pytest.mark.parametrize("text, name", [
    ("She joined the Dialogue with Pacific Business Leaders in the afternoon.", "Dialogue with Pacific Business Leaders"),
    ("He attended the Informal Dialogue with Island Leaders and a dinner.", "Informal Dialogue with Island Leaders"),
    ("They spoke at the Roundtable Forum on Ocean Finance today.", "Roundtable Forum on Ocean Finance"),
])
def test_bare_head_takes_its_complement(mentions, text, name):
    assert ("Event", name) in mentions(text)


@pytest.mark.parametrize("text, person", [
    ("Governor Zhou said the plan was ready.", "Zhou"),
    ("Later Mayor Tan welcomed the guests.", "Tan"),
    ("On Monday Ambassador Lindqvist hosted a lunch.", "Lindqvist"),
])
def test_surname_after_name_prefix_title(mentions, text, person):
    assert ("Person", person) in mentions(text)


@pytest.mark.parametrize("text", [
    "Formulating the Riverton Master Plan took two years.",
    "Promoting the Lakeside Green Finance Scheme is a priority.",
    "Launching the Harbour Smart Port Programme was the first step.",
])
def test_verb_opens_no_name(mentions, text):
    assert not any(name.split()[0].endswith("ing") for _, name in mentions(text))


# A known name at the start of a longer name is nested in it: the event is named after the body.
@pytest.mark.parametrize("text, body", [
    ("She spoke at the World Economic Forum Annual Meeting 2030 in Davos.", "World Economic Forum"),
    ("He attended the Boao Forum for Asia Annual Conference 2031 in Hainan.", "Boao Forum for Asia"),
    ("They joined the Hong Kong Trade Development Council Gala Dinner 2029.", "Hong Kong Trade Development Council"),
])
def test_known_body_opening_an_event_name(mentions, text, body):
    assert ("Organization", body) in mentions(text)


# A place and an event joined by "and" are two names; "A and B <head>" names one thing of both.
@pytest.mark.parametrize("text, event, place", [
    ("They backed the 2030 Games in Guangzhou and Sailing Events in Hong Kong.", "Sailing Events", "Guangzhou"),
    ("Visitors came to Shanghai and Lantern Festival shows.", "Lantern Festival", "Shanghai"),
    ("Both Beijing and Spring Fair organisers agreed.", "Spring Fair", "Beijing"),
])
def test_place_and_event_are_two_names(mentions, text, event, place):
    found = mentions(text)
    assert ("Event", event) in found and ("Place", place) in found


@pytest.mark.parametrize("text, name", [
    ("He praised the Guangdong and Macao Closer Partnership Agreement.", "Guangdong and Macao Closer Partnership Agreement"),
    ("The Fujian and Taiwan Trade Fair opened.", "Fujian and Taiwan Trade Fair"),
    ("She cited the Hainan and Hong Kong Co-operation Agreement.", "Hainan and Hong Kong Co-operation Agreement"),
])
def test_two_places_name_one_thing(mentions, text, name):
    assert any(found == name for _, found in mentions(text))


# A title cut short inside a longer title is no other post.
@pytest.mark.parametrize("text, whole, fragment", [
    ("He met the Minister of Finance and Planning of Arcadia, Mr Ode Lunn.", "Minister of Finance and Planning of Arcadia",
     "Minister of Finance"),
    ("She met the Minister of Finance of Norway, Mr Per Vik.", "Minister of Finance of Norway", "Minister of Finance"),
    ("They met the Ambassador to Chile, Mr Wu Lin.", "Ambassador to Chile", "Ambassador"),
])
def test_title_fragments_kept_apart(mentions, text, whole, fragment):
    found = mentions(text)
    assert ("Post", whole) in found and ("Post", fragment) not in found


# A known post "of" its own jurisdiction is that post; an acronym in a title is no part of its name.
@pytest.mark.parametrize("text, post", [
    ("The Secretary for Justice of the HKSAR Government, Mr Lam Ho, spoke.", "Secretary for Justice"),
    ("The Secretary for Security of Hong Kong, Mr Tsang Po, spoke.", "Secretary for Security"),
    ("She quoted General Secretary of the Communist Party of China (CPC) Li Wen on reform.",
     "General Secretary of the Communist Party of China"),
])
def test_post_names(mentions, text, post):
    assert ("Post", post) in mentions(text)


# A department "of the" government it belongs to: the department's name, and the government.
@pytest.mark.parametrize("text, body", [
    ("Officials of the Drainage Services Department of the HKSAR Government attended.", "Drainage Services Department"),
    ("He visited the Harbour Planning Bureau of the Hong Kong Special Administrative Region Government.",
     "Harbour Planning Bureau"),
    ("Staff of the Marine Parks Office of the HKSAR Government joined.", "Marine Parks Office"),
])
def test_department_of_its_government(mentions, text, body):
    found = mentions(text)
    assert ("Organization", body) in found and ("Organization", "HKSAR Government") in found


# Words the lexicon lists as no part of a post (not_post_modifiers) make no other post.
@pytest.mark.parametrize("text, post", [
    ("The Acting Secretary for Transport, Mr Ho Lam, spoke.", "Secretary for Transport"),
    ("The Chief Executive-designate, Mr Ho Wing, arrived.", "Chief Executive"),
    ("Incoming Director of Marine Mr Ko Wing spoke first.", "Director of Marine"),
])
def test_not_post_modifiers(mentions, text, post):
    found = {name for label, name in mentions(text) if label == "Post"}
    assert post in found
    assert not any(w in name for name in found for w in ("Acting", "designate", "Incoming"))


# A body named head first after "of the" and a bare title is the body whose title it is.
@pytest.mark.parametrize("text, body", [
    ("He called on the Minister of the Embassy of the Republic of Lakeland, Mr Han Zhi.",
     "Embassy of the Republic of Lakeland"),
    ("He met the Director of the Office of Trade Promotion of Lakeland, Mr Sam Ode.", "Office of Trade Promotion of Lakeland"),
    ("She met the Counsellor of the Embassy of Riverton, Ms Ann Lo.", "Embassy of Riverton"),
])
def test_body_whose_title_it_is(mentions, text, body):
    assert ("Organization", body) in mentions(text)


@pytest.mark.parametrize("text, name", [
    ("He met the Secretary for Transport and Logistics, Mr Ken Ray.", "Transport and Logistics"),
    ("He met the Director of the Office of the Government of Lakeland in Riverton, Ms Jo Ma.",
     "Government of Lakeland in Riverton"),
])
def test_no_body_from_a_portfolio_or_a_tail(mentions, text, name):
    assert ("Organization", name) not in mentions(text)


# A place after "for" that modifies a noun printed after the name says whom the body acts for, no part of its name.
@pytest.mark.parametrize("text, body", [
    ("Mr Yau spoke at a reception hosted by the Hong Kong Economic and Trade Office for U.S. government officials.",
     "Hong Kong Economic and Trade Office"),
    ("The seminar was organised by the Riverton Trade Office for Japan business leaders.", "Riverton Trade Office"),
    ("A lunch was hosted by the Lakeland Tourism Board for Singapore travel agents.", "Lakeland Tourism Board"),
])
def test_place_for_whom_is_no_part_of_the_name(mentions, text, body):
    found = mentions(text)
    assert ("Organization", body) in found
    assert not any(label == "Organization" and name.startswith(body + " for") for label, name in found)


@pytest.mark.parametrize("text, body", [
    ("The Centre for Chinese Herbal Medicine Drug Development opened.", "Centre for Chinese Herbal Medicine Drug Development"),
    ("Officials of the Commission for Riverton Affairs met.", "Commission for Riverton Affairs"),
])
def test_complement_of_for_in_a_name_stays(mentions, text, body):
    assert ("Organization", body) in mentions(text)


# An office abroad named in a title keeps its place ("Counsellor of the Embassy of X in Y": the embassy in Y).
@pytest.mark.parametrize("text, body", [
    ("He met the Counsellor of the Embassy of Japan in China, Mr Ken Sato.", "Embassy of Japan in China"),
    ("She met the Minister of the Embassy of Chile in Korea, Ms Ana Soto.", "Embassy of Chile in Korea"),
    ("He met the Director of the Office of Riverton in Berlin, Mr Tim Ho.", "Office of Riverton in Berlin"),
])
def test_office_abroad_inside_a_title(mentions, text, body):
    assert ("Organization", body) in mentions(text)


# A field after a bare title and "of" with no article is the title's portfolio, no body ("Director of Economic
# Services"); a body named so keeps its name ("President of Tsinghua University", "Chairman of X Holdings").
@pytest.mark.parametrize("text, name, body", [
    ("Macau Director of Economic Services Tai Kin-ip co-chaired the meeting.", "Economic Services", False),
    ("He met the Director of Social Services, Ms Ann Lo.", "Social Services", False),
    ("She met the Commissioner of Consumer Affairs, Mr Tom Wu.", "Consumer Affairs", False),
    ("He met the President of Tsinghua University, Mr Qiu Yong.", "Tsinghua University", True),
    ("He met the Chairman of Riverton Holdings, Mr Sam Ode.", "Riverton Holdings", True),
])
def test_field_after_a_title_is_no_body(mentions, text, name, body):
    assert (("Organization", name) in mentions(text)) is body


# a body named by its head and a list of fields keeps the list, and the list names no body of its own
@pytest.mark.parametrize("text, body, fields", [
    ("He called on the State Administration of Radio, Film and Television yesterday.",
     "State Administration of Radio, Film and Television", "Radio, Film and Television"),
    ("She met officials of the Bureau of Press, Publication and Television of Riverton.",
     "Bureau of Press, Publication and Television of Riverton", "Press, Publication and Television"),
    ("They visited the Department of Tourism, Sports and Television today.",
     "Department of Tourism, Sports and Television", "Tourism, Sports and Television"),
    ("He met officials of the Department of Taiwan, Hong Kong & Macao Affairs of the Ministry of Commerce.",
     "Department of Taiwan, Hong Kong & Macao Affairs of the Ministry of Commerce", "Hong Kong & Macao Affairs"),
])
def test_a_body_with_a_list_of_fields_is_one_name(mentions, text, body, fields):
    found = mentions(text)
    assert ("Organization", body) in found
    assert not any(fields in name and name != body for _, name in found)


# "the X Meeting in Arequipa, Peru", "the Y Conference in Wuzhen today": a city printed with its country or
# followed by a time is where the event is, not its name's
@pytest.mark.parametrize("text, event, city", [
    ("Mr Algernon Yau attended the APEC Ministers Responsible for Trade Meeting in Arequipa, Peru, today.",
     "APEC Ministers Responsible for Trade Meeting", "Arequipa"),
    ("She spoke at the Global Logistics Summit in Cartagena, Colombia, yesterday.", "Global Logistics Summit",
     "Cartagena"),
    ("He will attend the World Cities Forum in Tanjiang, Guangdong, next week.", "World Cities Forum", "Tanjiang"),
    ("Professor Sun Dong graced the opening of the World Internet Conference in Wuzhen today.",
     "World Internet Conference", "Wuzhen"),
    ("Ms Amy Lee spoke at the Global Ports Summit in Rotterdam yesterday.", "Global Ports Summit", "Rotterdam"),
])
def test_a_city_printed_with_its_country_is_no_part_of_the_name(mentions, text, event, city):
    found = mentions(text)
    assert ("Event", event) in found
    assert not any(city in name for label, name in found if label == "Event")


# Places listed before one body's head name one body ("the Hong Kong, Macao and Taiwan Affairs Office"),
# and a title of it is one post; not bodies of each ("Guangdong, Fujian and Hainan Provincial Governments").
@pytest.mark.parametrize("text, name, label", [
    ("Mr Sun met the Director of the Hong Kong, Macao and Taiwan Exchange Office of the CAST, Ms Luo Hui.",
     "Director of the Hong Kong, Macao and Taiwan Exchange Office of the CAST", "Post"),
    ("She also met officials of the Hong Kong, Macao and Taiwan Affairs Office of the Sichuan Provincial Government.",
     "Hong Kong, Macao and Taiwan Affairs Office", "Organization"),
    ("The Director of the Hong Kong, Macao and Taiwan Affairs Office of the Fujian Provincial People's Government, "
     "Mr Lin Wei, attended.",
     "Hong Kong, Macao and Taiwan Affairs Office of the Fujian Provincial People's Government", "Organization"),
])
def test_places_listed_before_a_body_s_head(mentions, text, name, label):
    found = mentions(text)
    assert (label, name) in found
    assert not any(n.startswith("Macao and Taiwan") or n == "Director of the Hong Kong" for _, n in found)


def test_places_listed_before_plural_heads_stay_apart(mentions):
    found = mentions("Delegates from Guangdong, Fujian and Hainan Provincial Governments attended.")
    assert not any("," in n for _, n in found)


# A place the NER reads on past a known place's name inside another name is the known place alone.
@pytest.mark.parametrize("text, name", [
    ("Professor Sun briefed him on the Hong Kong Innovation and Technology (I&T) Development Blueprint.",
     "Hong Kong Innovation and Technology Development Blueprint"),
    ("Mr Lee spoke about the Shenzhen Science and Technology (S&T) Innovation Plan.",
     "Shenzhen Science and Technology Innovation Plan"),
    ("She introduced the Guangdong Culture and Tourism (C&T) Development Programme.",
     "Guangdong Culture and Tourism Development Programme"),
])
def test_no_place_past_a_known_place_inside_a_name(mentions, text, name):
    found = mentions(text)
    places = {n for label, n in found if label == "Place"}
    assert len(places) == 1 and places <= {"Hong Kong", "Shenzhen", "Guangdong"}, found


# A quoted title that is an event's name by its own head is the event's whole name, however long, marks and all;
# no piece of it read by its shape is another event. A quoted sentence is no name.
@pytest.mark.parametrize("text, name", [
    ('The office has organised "Together · Progress · Opportunity – Roving Exhibition in Celebration of the 20th '
     'Anniversary of the Founding of the Riverton Trade Office" in Guiyang.',
     "Together · Progress · Opportunity – Roving Exhibition in Celebration of the 20th Anniversary of the Founding of "
     "the Riverton Trade Office"),
    ('The Director spoke at the "Seminar on Green Finance in the Digital Era - Lakeland Enterprises to Capitalise on '
     'the Strengths of Riverton to Pursue Opportunities in Asia" today.',
     "Seminar on Green Finance in the Digital Era - Lakeland Enterprises to Capitalise on the Strengths of Riverton "
     "to Pursue Opportunities in Asia"),
    ('She opened "Bright Futures – A Roving Exhibition on the Return of Riverton to the Motherland" in Kunming.',
     "Bright Futures – A Roving Exhibition on the Return of Riverton to the Motherland"),
])
def test_a_quoted_title_with_an_event_s_head_is_one_event(mentions, text, name):
    events = {n for label, n in mentions(text) if label == "Event"}
    assert events == {name}


def test_a_quoted_sentence_is_no_event(mentions):
    text = 'He said, "What can be achieved at the Riverton Trade Forum is up to us."'
    assert ("Event", "Riverton Trade Forum") in mentions(text)
    assert not any(label == "Event" and n.startswith("What") for label, n in mentions(text))


# An office abroad the NER reads keeps the known place it is in: "the X Office in Taiwan (XO)".
@pytest.mark.parametrize("text, name", [
    ("The week is co-organised by the Riverton Economic, Trade and Cultural Office in Taiwan (RETCO).",
     "Riverton Economic, Trade and Cultural Office in Taiwan"),
    ("The exhibition was staged by the Lakeland Economic, Trade and Cultural Office in Singapore.",
     "Lakeland Economic, Trade and Cultural Office in Singapore"),
])
def test_an_office_abroad_keeps_its_place(mentions, text, name):
    assert ("Organization", name) in mentions(text)


def test_a_government_is_not_named_with_where_it_acts(mentions):
    text = "The expo was organised by the Dalian Municipal People's Government in Dalian today."
    assert not any(n.endswith("in Dalian") for _, n in mentions(text))


# Quoted titles after a plural event noun and a comma name events of that kind.
@pytest.mark.parametrize("text, names", [
    ('The two seminars, entitled "Riverton - Your Platform to Go Global" and "Growth of the Services Industry" '
     'respectively, drew 250 people.', {"Riverton - Your Platform to Go Global", "Growth of the Services Industry"}),
    ('The forums, titled "Green Growth Together" and "Smart Ports Ahead", were held in Fuzhou.',
     {"Green Growth Together", "Smart Ports Ahead"}),
    ('The exhibition, entitled "Bright Lights of Riverton", opened today.', {"Bright Lights of Riverton"}),
])
def test_quoted_titles_after_a_plural_event_noun(mentions, text, names):
    assert names <= {n for label, n in mentions(text) if label == "Event"}


# A steering group is a mechanism, and a name ending with "Co-operation" takes the field it is in, whatever the NER
# reads the field as ("... Co-operation in Logistics"); a place after it is where it is, not its field.
@pytest.mark.parametrize("text, expected", [
    ("The fifth meeting of the Steering Group on Riverton/Lakeland Co-operation in Innovation and Technology was "
     "held today.", ("Mechanism", "Steering Group on Riverton/Lakeland Co-operation in Innovation and Technology")),
    ("The Task Force on Hong Kong/Shenzhen Co-operation in Logistics met.",
     ("Mechanism", "Task Force on Hong Kong/Shenzhen Co-operation in Logistics")),
    ("The Working Group on Riverton/Lakeland Collaboration in Education met today.",
     ("Mechanism", "Working Group on Riverton/Lakeland Collaboration in Education")),
    ("They co-chaired the third meeting of the Steering Group on Shenzhen/Hong Kong Co-operation in Innovation and "
     "Technology in Shenzhen today.",
     ("Mechanism", "Steering Group on Shenzhen/Hong Kong Co-operation in Innovation and Technology")),
])
def test_a_co_operation_name_takes_its_field(mentions, text, expected):
    assert expected in mentions(text)


def test_a_place_after_a_co_operation_name_is_not_its_field(mentions):
    assert ("Event", "Forum on Trade Co-operation") in mentions("The Forum on Trade Co-operation in Macao opened today.")


# A body's head, then "on" and what it is about: "Commission on Youth", "Committee on Promotion of Civic Education";
# not "on" a day ("the Council on Monday").
@pytest.mark.parametrize("text, name", [
    ("The Bureau will work closely with the Committee on Promotion of Civic Education.",
     "Committee on Promotion of Civic Education"),
    ("Members of the Commission on Youth met the Secretary.", "Commission on Youth"),
    ("He chaired a meeting of the Council on Sustainable Growth yesterday.", "Council on Sustainable Growth"),
])
def test_a_body_named_head_first_with_on(mentions, text, name):
    assert ("Organization", name) in mentions(text)


def test_a_body_on_a_day_is_the_body(mentions):
    found = mentions("The Riverton Council on Monday approved the plan.")
    assert not any("Monday" in n for _, n in found)


# Bodies named by heads the lexicon now knows: brigades, consultancies, orchestras and troupes, garrisons.
@pytest.mark.parametrize("text, name", [
    ("He visited the Ya'an Fire Brigade this morning.", "Ya'an Fire Brigade"),
    ("She called on the Riverton Ranking Consultancy in Shanghai.", "Riverton Ranking Consultancy"),
    ("The Lakeland Philharmonic performed in Taipei.", "Lakeland Philharmonic"),
])
def test_more_heads_of_bodies(mentions, text, name):
    assert ("Organization", name) in mentions(text)


# An event's name may end with the place (and year) where it is held: "Entertainment Expo Hong Kong 2024".
@pytest.mark.parametrize("text, name", [
    ("He officiated at the Kick-off Ceremony of Entertainment Expo Hong Kong 2024 today.",
     "Kick-off Ceremony of Entertainment Expo Hong Kong 2024"),
    ("She spoke at the Smart City Summit Singapore 2023 this morning.", "Smart City Summit Singapore 2023"),
    ("He toured the Riverton Design Week Shanghai yesterday.", "Riverton Design Week Shanghai"),
])
def test_an_event_named_with_its_place(mentions, text, name):
    assert ("Event", name) in mentions(text)


# A quoted title may end with the city where the event is held after a comma, and join two events with "cum".
@pytest.mark.parametrize("text, name", [
    ('It has "2012 Riverton Trendy Products Expo, Wuhan" as one of its highlights.',
     "2012 Riverton Trendy Products Expo, Wuhan"),
    ('He officiated at the opening of "2016 Riverton Week cum 2016 Riverton Design Fair, Dalian" today.',
     "2016 Riverton Week cum 2016 Riverton Design Fair, Dalian"),
    ('She visited "Riverton Innovation Exhibition, Chengdu" in the afternoon.', "Riverton Innovation Exhibition, Chengdu"),
])
def test_a_quoted_event_with_its_city(mentions, text, name):
    assert ("Event", name) in mentions(text)
