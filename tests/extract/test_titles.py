"""A title that goes on past a comma with the place it serves (made-up sentences; three paraphrases or more
per rule, and what must not follow)."""

import pytest


# "Mr A, Title, Place," / "the Title, Place, Mr A": the place printed with the title belongs to it.
@pytest.mark.parametrize("text, person, post", [
    ("Mr Ken Ray, Minister for Trade, Queensland, arrived in Hong Kong today.", "Ken Ray", "Minister for Trade, Queensland"),
    ("Ms Joan Hart, the Director of the Riverton Office, Berlin, said the office would open next year.",
     "Joan Hart", "Director of the Riverton Office, Berlin"),
    ("The talks were useful, said Dr Tim Ho, Commissioner for Tourism, Ontario.", "Tim Ho", "Commissioner for Tourism, Ontario"),
    ("She met the Minister for Energy, Saxony, Dr Eva Berg, in Dresden.", "Eva Berg", "Minister for Energy, Saxony"),
])
def test_title_with_its_place(found_facts, text, person, post):
    assert (person, "holdsPost", post) in found_facts(text)


# A title that ends with a place, or a list of places after a title, keeps the title as printed.
@pytest.mark.parametrize("text, person, post", [
    ("Mr Ken Ray, Mayor of Sydney, Australia, arrived today.", "Ken Ray", "Mayor of Sydney"),
    ("He thanked Mr Ken Ray, Minister for Trade, Berlin, Paris and Rome for their support.", "Ken Ray", "Minister for Trade"),
    ("Mr Ken Ray, Minister for Trade, visited Berlin, Paris and Rome.", "Ken Ray", "Minister for Trade"),
])
def test_title_without_the_places_after_it(found_facts, text, person, post):
    facts = found_facts(text)
    assert (person, "holdsPost", post) in facts
    assert not any(p == "holdsPost" and o.startswith(post + ",") for _, p, o in facts)


# A title with a "&" in it, then its holder's name with no comma: the name is no part of the title (where the
# title's complement is made of known words, as for titles without "&").
@pytest.mark.parametrize("text, person, post", [
    ("Mr Lau also called on Ambassador Extraordinary & Plenipotentiary of the Republic of Chile to Georgia "
     "Ana Soto.", "Ana Soto", "Ambassador Extraordinary & Plenipotentiary of the Republic of Chile to Georgia"),
    ("He met the Minister of Trade & Industry of Lakeland Tom Berg.", "Tom Berg", "Minister of Trade & Industry of Lakeland"),
    ("She called on the Minister of Culture & Sport of Hungary Ana Kovac.", "Ana Kovac", "Minister of Culture & Sport of Hungary"),
])
def test_title_with_an_ampersand_then_holder(found_facts, text, person, post):
    facts = found_facts(text)
    assert (person, "holdsPost", post) in facts
    assert not any(p == "holdsPost" and person in o for _, p, o in facts)


# A diplomat's title with the city of the posting: "the German Consul-General in Hong Kong" is one title.
@pytest.mark.parametrize("text, person, post", [
    ("He met the German Consul-General in Hong Kong, Mr Frank Burbach.", "Frank Burbach", "German Consul-General in Hong Kong"),
    ("Also present was the French Consul General in Shanghai, Ms Anne Roy.", "Anne Roy", "French Consul General in Shanghai"),
    ("The Italian Ambassador in Beijing Mr Luca Bassi attended.", "Luca Bassi", "Italian Ambassador in Beijing"),
])
def test_diplomat_with_the_city_of_the_posting(found_facts, text, person, post):
    assert (person, "holdsPost", post) in found_facts(text)


def test_minister_in_a_city_is_no_posting(mentions):
    # only a posting abroad is named with its city: a minister "in Beijing" is where the minister is
    assert ("Post", "Minister for Trade in Beijing") not in mentions("The Minister for Trade in Beijing, Mr Sam Ode, spoke.")


# An honorific word closing a title's portfolio, with the place the title is of, is no second (judge's) title.
@pytest.mark.parametrize("text, post", [
    ("It was signed by the Secretary for Administration and Justice of the Macao SAR, Ms Florinda Chan.",
     "Secretary for Administration and Justice of the Macao SAR"),
    ("He met the Secretary for Security and Justice of Latvia, Mr Karl Tamm.",
     "Secretary for Security and Justice of Latvia"),
    ("The Secretary for Economy and Justice of the Hainan Province, Mr Li Ming, spoke.",
     "Secretary for Economy and Justice of the Hainan Province"),
])
def test_an_honorific_word_closing_a_portfolio_with_its_place(mentions, text, post):
    assert ("Post", post) in mentions(text)


# A form of address before a bare title is no part of the post.
@pytest.mark.parametrize("text, post", [
    ("Your Excellency Ambassador Naser Al-Ghanim, distinguished guests, good evening.", "Ambassador"),
    ("Thank you, Your Excellency Consul General Jan Novak, for the kind words.", "Consul General"),
    ("His Excellency Ambassador Luis Ortega attended the dinner.", "Ambassador"),
])
def test_a_form_of_address_before_a_title(mentions, text, post):
    posts = {name for label, name in mentions(text) if label == "Post"}
    assert posts == {post}


# A rank modifier before a title ("Shadow", "Deputy") makes another post: the bare title is not its short form.
@pytest.mark.parametrize("text, holder, post", [
    ("Mr Tang spoke to the Treasurer, Mr Peter Costello, and Shadow Treasurer, Mr Wayne Swan.",
     "Peter Costello", "Treasurer"),
    ("He met the Chancellor, Mr John Hale, and the Shadow Chancellor, Ms Ann Rees.", "John Hale", "Chancellor"),
    ("He met the Minister, Mr Karl Tamm, and the Deputy Minister, Mr Jonas Petras.", "Karl Tamm", "Minister"),
])
def test_a_bare_title_beside_a_ranked_one(found_facts, text, holder, post):
    assert (holder, "holdsPost", post) in found_facts(text)


# A bare title, then its body after a comma, then the holder: a list of officials printed as on a name card.
@pytest.mark.parametrize("text, holder, post", [
    ("Present were the Director, Chief Executive's Office, Mr Raymond Tam; and others.", "Raymond Tam",
     "Director, Chief Executive's Office"),
    ("Also present was the Deputy Director, Riverton Economic and Trade Office, Ms Amy Ho.", "Amy Ho",
     "Deputy Director, Riverton Economic and Trade Office"),
    ("The Director, Hong Kong Economic and Trade Office in Berlin, Mr Tom Reid, hosted the event.", "Tom Reid",
     "Director, Hong Kong Economic and Trade Office in Berlin"),
])
def test_a_title_then_its_body_after_a_comma(found_facts, text, holder, post):
    assert (holder, "holdsPost", post) in found_facts(text)


# A title printed in lower case before its body and its holder.
@pytest.mark.parametrize("text, holder, post", [
    ("The Chief Executive met the visiting speaker of the Riverton Parliament, Mr Karl Tamm, today.", "Karl Tamm",
     "Speaker of the Riverton Parliament"),
    ("He met the chairman of the Lakeside Chamber of Commerce, Mr Jonas Petras.", "Jonas Petras",
     "Chairman of the Lakeside Chamber of Commerce"),
    ("She met the president of Harbour University, Professor Amy Ho, in Oslo.", "Amy Ho",
     "President of Harbour University"),
])
def test_a_lower_case_title_before_its_body_and_holder(found_facts, text, holder, post):
    assert (holder, "holdsPost", post) in found_facts(text)


def test_members_of_a_body_are_no_title(mentions):
    assert not any(label == "Post" for label, _ in mentions("He met the members of the Riverton Council, Mr Karl "
                                                             "Tamm and Ms Amy Ho."))


# A known body's name at the end of another place's body in a title is no mention of the known body.
@pytest.mark.parametrize("text, outside", [
    ("He met the Director of the Riverton Tourism Commission, Mr Karl Tamm.", "Tourism Commission"),
    ("She met the Chairman of the Lakeside Trade Development Council, Mr Jonas Petras.", "Trade Development Council"),
    ("He met the Head of the Westmark Tourism Commission, Ms Amy Ho.", "Tourism Commission"),
])
def test_a_known_body_inside_another_places_body_in_a_title(mentions, text, outside):
    assert ("Organization", outside) not in mentions(text)


# titles the lexicon's heads name: a comptroller, a commissioner general, a group manager, an adviser "of" a body
@pytest.mark.parametrize("text, person, post", [
    ("He signed the arrangement with the Acting Comptroller of the Lakeland Customs Service, Ms Jane Stone.",
     "Jane Stone", "Comptroller of the Lakeland Customs Service"),
    ("The delegation included the Commissioner General of the Riverton Police Service, Mr Ma Kin.", "Ma Kin",
     "Commissioner General of the Riverton Police Service"),
    ("He met the Group Manager of Policy and Legal Affairs of the Lakeland Customs Service, Mr Tom Reed.", "Tom Reed",
     "Group Manager of Policy and Legal Affairs of the Lakeland Customs Service"),
    ("She was joined by the Secretary-General of the Executive Council and Advisor of the Office of the Chief "
     "Executive, Ms O Lam.", "O Lam", "Advisor of the Office of the Chief Executive"),
])
def test_more_title_heads(found_facts, text, person, post):
    assert (person, "holdsPost", post) in found_facts(text)


# a diplomat's title "in" the city of the posting, a city the lexicon does not know
@pytest.mark.parametrize("text, person, post", [
    ("He met the Chinese Consul General in Surabaya, Mr Gu Jingqi, today.", "Gu Jingqi",
     "Chinese Consul General in Surabaya"),
    ("The Indonesian Consul General in Davao, Mr Budi Santoso, hosted the dinner.", "Budi Santoso",
     "Indonesian Consul General in Davao"),
    ("She met the Ambassador of Peru in Jakarta, Mr Luis Vega.", "Luis Vega", "Ambassador of Peru in Jakarta"),
    ("Also present was the Korean Consul-General in Medan, Mr Park Min.", "Park Min", "Korean Consul-General in Medan"),
    ("The guests included the Thai Consul General in Chiang Mai, Mr Somchai Dee.", "Somchai Dee",
     "Thai Consul General in Chiang Mai"),
])
def test_diplomat_in_an_unlisted_city(found_facts, text, person, post):
    assert (person, "holdsPost", post) in found_facts(text)


# a known title printed with its place's style after it ("Municipality") names no person after the title
@pytest.mark.parametrize("text, person, post", [
    ("He met the Mayor of Chengdu Municipality, Mr Wang Lei.", "Wang Lei", "Mayor of Chengdu Municipality"),
    ("She met the Vice Mayor of Chengdu Municipality, Mr Li Ming, today.", "Li Ming",
     "Vice Mayor of Chengdu Municipality"),
    ("They were received by the Mayor of Wuhan Municipality, Mr Zhou Bin.", "Zhou Bin", "Mayor of Wuhan Municipality"),
])
def test_title_with_the_style_of_its_place(found_facts, text, person, post):
    found = found_facts(text)
    assert (person, "holdsPost", post) in found
    assert not any(s == "Municipality" for s, _, _ in found)


# a title or a body keeps the qualifier printed after it in parentheses: the branch or place that tells it from
# others of its name; the title without it is no other post
@pytest.mark.parametrize("text, person, post", [
    ("The Deputy Commissioner of Police (Operations), Mr Lam Ka-ho, met the delegation.", "Lam Ka-ho",
     "Deputy Commissioner of Police (Operations)"),
    ("He was joined by the Assistant Director of Marine (Port Control and Safety), Ms Wong Mei-ling.", "Wong Mei-ling",
     "Assistant Director of Marine (Port Control and Safety)"),
    ("The Deputy Secretary for Transport and Logistics (Transport), Mr Ho Kin-wai, also attended the meeting.",
     "Ho Kin-wai", "Deputy Secretary for Transport and Logistics (Transport)"),
    ("She met the Chairman of the Lakeland Chamber of Commerce (North Province), Mr Tom Berg.", "Tom Berg",
     "Chairman of the Lakeland Chamber of Commerce (North Province)"),
])
def test_title_with_its_qualifier(found_facts, text, person, post):
    found = found_facts(text)
    assert (person, "holdsPost", post) in found
    assert [o for s, p, o in found if s == person and p == "holdsPost"] == [post]


@pytest.mark.parametrize("text, body", [
    ("Mr Lau visited the Riverton University of Technology (Lakeside) and met its students.",
     "Riverton University of Technology (Lakeside)"),
    ("The Secretary called on the Lakeland Chamber of Commerce and Industry (West Coast) yesterday.",
     "Lakeland Chamber of Commerce and Industry (West Coast)"),
    ("She toured the Westmark Trade Council (Southern Region) in the afternoon.", "Westmark Trade Council (Southern Region)"),
])
def test_body_with_its_qualifier(mentions, text, body):
    assert ("Organization", body) in mentions(text)


# what is no qualifier: a short name, an acronym, a title after a person's name, a remark
@pytest.mark.parametrize("text, name, label", [
    ("The Hong Kong/Guangdong Co-operation Joint Conference (Joint Conference) met today.",
     "Hong Kong/Guangdong Co-operation Joint Conference", "Mechanism"),
    ("He met the Director of the Riverton Trade Office (Riverton TO), Mr Tom Berg.", "Director of the Riverton Trade Office",
     "Post"),
    ("The delegation comprises Mr Tom Berg (Leader) and Ms Ann Lee (Deputy Leader).", "Tom Berg", "Person"),
])
def test_no_qualifier(mentions, text, name, label):
    assert (label, name) in mentions(text)


# "Title A cum Title B, Mr X": one person's two titles; an occasion named "A cum B" stays one event
@pytest.mark.parametrize("text, person, posts", [
    ("The Permanent Secretary for Home Affairs cum Director of the Lakeland Office, Ms Betty Fung, attended.",
     "Betty Fung", ("Permanent Secretary for Home Affairs", "Director of the Lakeland Office")),
    ("The Under Secretary for Security cum RCPC Director, Mr Michael Cheuk, also attended.", "Michael Cheuk",
     ("Under Secretary for Security", "RCPC Director")),
    ("He was received by the Deputy Mayor of Riverton cum Director of the Riverton Port Authority, Mr Tom Berg.",
     "Tom Berg", ("Deputy Mayor of Riverton", "Director of the Riverton Port Authority")),
])
def test_two_titles_joined_by_cum(found_facts, text, person, posts):
    found = found_facts(text)
    assert {o for s, p, o in found if s == person and p == "holdsPost"} == set(posts)


def test_occasion_joined_by_cum_is_one_event(mentions):
    found = mentions("He attended the Riverton Appreciation Ceremony cum Experience Sharing Session yesterday.")
    assert ("Event", "Riverton Appreciation Ceremony cum Experience Sharing Session") in found


# a company's or a body's officers: "Chief Administrative Officer of X", "Executive Officer of Y"
@pytest.mark.parametrize("text, person, post", [
    ("He met the Chief Administrative Officer of the Riverton Bank Group, Mr Yang Lin.", "Yang Lin",
     "Chief Administrative Officer of the Riverton Bank Group"),
    ("The Chief Financial Officer of Lakeland Airlines, Ms Ann Lo, also attended.", "Ann Lo",
     "Chief Financial Officer of Lakeland Airlines"),
    ("The Executive Officer of the Westmark Council, Mr Tom Berg, spoke.", "Tom Berg", "Executive Officer of the Westmark Council"),
])
def test_officers(found_facts, text, person, post):
    assert (person, "holdsPost", post) in found_facts(text)
