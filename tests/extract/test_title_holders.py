"""A title printed right before its holder's name, with no comma between: where the title ends and
the name begins (made-up sentences; three paraphrases or more per rule, and what must not follow)."""

from datetime import date

import pytest

from igr.ingest import Document


# A portfolio listed with commas and "&" ends before the holder's name.
@pytest.mark.parametrize("text, post, person", [
    ("Mr Tang met Canadian Minister for Trade, Tourism & Investment Mary Ng in Ottawa.",
     "Canadian Minister for Trade, Tourism & Investment", "Mary Ng"),
    ("She called on Kenyan Minister for Energy, Water & Sanitation Grace Otieno yesterday.",
     "Kenyan Minister for Energy, Water & Sanitation", "Grace Otieno"),
    ("He met Irish Minister for Enterprise, Trade and Employment Sean Byrne.",
     "Irish Minister for Enterprise, Trade and Employment", "Sean Byrne"),
    ("She called on the Minister of Culture, Youth & Sport Ivan Petrov.", "Minister of Culture, Youth & Sport", "Ivan Petrov"),
])
def test_portfolio_list_then_holder(mentions, text, post, person):
    found = mentions(text)
    assert ("Post", post) in found and ("Person", person) in found


# "Rector of the University of X Name": a university title (the lexicon's heads), then the holder.
@pytest.mark.parametrize("text, post, person", [
    ("Mr Lau met the Rector of the University of Lisbon Ana Costa in the morning.",
     "Rector of the University of Lisbon", "Ana Costa"),
    ("She later met the Chancellor of the University of Vienna Anna Gruber.",
     "Chancellor of the University of Vienna", "Anna Gruber"),
    ("The Political Counsellor of the Embassy of Peru, Mr Luis Rojas, joined them.",
     "Political Counsellor of the Embassy of Peru", "Luis Rojas"),
    ("The Information Co-ordinator, Mr Ho Wai-keung, also attended.", "Information Co-ordinator", "Ho Wai-keung"),
])
def test_title_of_a_body_then_holder(mentions, text, post, person):
    found = mentions(text)
    assert ("Post", post) in found and ("Person", person) in found
    assert not any(label == "Organization" and name.startswith(post.split()[0]) for label, name in found)


# Words of a place or a portfolio after a title are the title's, not a person's name.
@pytest.mark.parametrize("text, post", [
    ("He met the Minister for Foreign Affairs of Costa Rica.", "Minister for Foreign Affairs of Costa Rica"),
    ("The Secretary for Culture, Sports and Tourism, Mr Kevin Yeung, attended.", "Secretary for Culture, Sports and Tourism"),
    ("She met the Chancellor of the University of Lakeland Business School.", None),
])
def test_no_holder_read_into_a_title(mentions, text, post):
    found = mentions(text)
    if post:
        assert ("Post", post) in found
    assert not any(label == "Person" and name in ("Costa Rica", "Tourism", "Business School", "Lakeland Business School")
                   for label, name in found)


# An honorific word listed last in a portfolio ("& Justice") is the portfolio's, and the name after
# it is the holder's; elsewhere it stays an honorific.
@pytest.mark.parametrize("text, post, person", [
    ("He signed it with Riverton Secretary for Administration & Justice Sonia Lei today.",
     "Riverton Secretary for Administration & Justice", "Sonia Lei"),
    ("He met Lakeland Minister of Law & Justice Omar Khan in the morning.", "Lakeland Minister of Law & Justice", "Omar Khan"),
    ("The Westmark Minister for Home Affairs & Justice, Mr Piet Smit, spoke.",
     "Westmark Minister for Home Affairs & Justice", "Piet Smit"),
    ("The Lakeland Secretary for Security and Justice, Mr Bo Lin, spoke.",
     "Lakeland Secretary for Security and Justice", "Bo Lin"),
    ("The Riverton Minister of Home Affairs and Justice, Ms Ana Ruiz, attended.",
     "Riverton Minister of Home Affairs and Justice", "Ana Ruiz"),
])
def test_honorific_word_ending_a_portfolio(mentions, text, post, person):
    found = mentions(text)
    assert ("Post", post) in found and ("Person", person) in found
    assert not any(label == "Organization" and "Secretary" in name or "Minister" in name
                   for label, name in found if label == "Organization")


@pytest.mark.parametrize("text, person", [
    ("He thanked Justice Lee Wai-man for the ruling.", "Lee Wai-man"),
    ("The Chief Justice and Justice Ribeiro attended.", "Ribeiro"),
    ("He met with the Minister of Justice, Ms He Rong, today.", "He Rong"),
])
def test_honorific_word_elsewhere_still_precedes_a_name(mentions, text, person):
    assert ("Person", person) in mentions(text)


# The body a title is "of" is named inside it even when the holder's name follows with no comma.
@pytest.mark.parametrize("text, post, body, person", [
    ("Mr Lau met the Rector of the University of Physical Education Lajos Balogh in Budapest.",
     "Rector of the University of Physical Education", "University of Physical Education", "Lajos Balogh"),
    ("He was joined by Political Counsellor of the Lakeland Embassy Chen Wei at the dinner.",
     "Political Counsellor of the Lakeland Embassy", "Lakeland Embassy", "Chen Wei"),
    ("She met the Chairman of the Riverton Trade Council Tom Hardy.", "Chairman of the Riverton Trade Council",
     "Riverton Trade Council", "Tom Hardy"),
])
def test_body_inside_a_title_before_its_holder(mentions, text, post, body, person):
    found = mentions(text)
    assert {("Post", post), ("Organization", body), ("Person", person)} <= found


def test_a_portfolio_is_no_body(mentions):
    found = mentions("He met Minister of Foreign Affairs & Trade Peter Novak.")
    assert ("Person", "Peter Novak") in found
    assert not any(label == "Organization" for label, _ in found)


# An honorific word that ends a name, with no name after it, is the name's.
@pytest.mark.parametrize("text, post, person", [
    ("He met with the Minister of Justice, Ms Lin Hua, today.", "Minister of Justice", "Lin Hua"),
    ("The Vice Minister of Justice, Mr Omar Haddad, joined the talks.", "Vice Minister of Justice", "Omar Haddad"),
    ("She called on the Director of Justice, Dr Ana Ruiz.", "Director of Justice", "Ana Ruiz"),
])
def test_honorific_word_ending_a_title(mentions, text, post, person):
    found = mentions(text)
    assert ("Post", post) in found and ("Person", person) in found


@pytest.mark.parametrize("text", [
    # a rank before a post the lexicon knows is another post: the Under Secretary is not the Secretary
    "The Under Secretary for Justice, Mr Ho Man-kit, spoke at the seminar.",
    "Under Secretary for Justice Ho Man-kit met the delegation.",
    "The delegation was received by the Under Secretary for Justice, Ms Lee Ka-yan.",
])
def test_the_under_secretary_for_justice_is_no_secretary(mentions, text):
    posts = {name for label, name in mentions(text) if label == "Post"}
    assert posts == {"Under Secretary for Justice"}


@pytest.mark.parametrize("text, person", [
    # the surname "He" after a title, before a given name, is no pronoun
    ("Mr Cheung met Guangdong Vice-Governor He Zhongyou today.", "He Zhongyou"),
    ("The Secretary will co-chair the meeting with Vice Minister He Ping.", "He Ping"),
    ("The delegation called on Fujian Vice-Governor He Li in Fuzhou.", "He Li"),
])
def test_the_surname_he_after_a_title(mentions, text, person):
    assert ("Person", person) in mentions(text)


def test_he_opening_a_clause_is_no_name(mentions):
    assert not {name for label, name in mentions("He met the Governor today. He said so.") if label == "Person"}


# "the Secretary for Administration and Justice of the Macao SAR Government, Ms A": one title (with its
# government after it), held by A; "Justice" there ends the portfolio, it is no judge's title.
@pytest.mark.parametrize("text, person", [
    ("Those attending included the Secretary for Justice, Ms Teresa Cheng, and the Secretary for Administration and "
     "Justice of the Macao Special Administrative Region Government, Ms Sonia Chan.", "Sonia Chan"),
    ("The meeting was attended by the Secretary for Administration and Justice of the Macao SAR Government, Mr Andre "
     "Cheong.", "Andre Cheong"),
    ("He met the Secretary for Administration and Justice of the Macao Special Administrative Region Government, "
     "Ms Florinda Chan, in Macao.", "Florinda Chan"),
])
def test_a_portfolio_ending_in_justice_of_a_government(extractor, text, person):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    posts = [names[f.object] for f in record.facts if f.predicate == "holdsPost" and names[f.subject] == person]
    assert len(posts) == 1 and posts[0].startswith("Secretary for Administration and Justice"), posts


def _posts(extractor, text):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    return {(names[f.subject], names[f.object]) for f in record.facts if f.predicate == "holdsPost"}


# "Leader" is a title when capitalised ("the Deputy Leader of the X Party, Ms A"), not in lower case ("Premier
# A, the leader of the State Council").
@pytest.mark.parametrize("text, expected", [
    ("Mrs Carrie Lam attended a meeting with the Minister for Foreign Affairs and Deputy Leader of the Liberal Party "
     "of Australia, Ms Julie Bishop, to discuss trade.",
     {("Julie Bishop", "Deputy Leader of the Liberal Party of Australia")}),
    ("Mr Paul Chan met the Deputy Leader of the Labour Party, Ms Ann Low, in London.",
     {("Ann Low", "Deputy Leader of the Labour Party")}),
    ("Mr Paul Chan met the Minister for Trade and Deputy Leader of the National Party, Mr Tom Ray, in Canberra.",
     {("Tom Ray", "Deputy Leader of the National Party"), ("Tom Ray", "Minister for Trade")}),
])
def test_a_capitalised_leader_is_a_title(extractor, text, expected):
    assert expected <= _posts(extractor, text)


@pytest.mark.parametrize("text", [
    "Premier Li Keqiang, the leader of the State Council, made it clear.",
    "The delegation was led by Mr Wang Lin, the leader of the Lakeland Provincial Party Committee.",
    "Mr Wang Lin, leader of the Lakeland Business Council, thanked the hosts.",
])
def test_a_lower_case_leader_is_no_title(extractor, text):
    assert not any("Leader" in post for _, post in _posts(extractor, text))


# A lower-case title after "the" is named without the article ("Mr A, the head of X": "Head of X").
@pytest.mark.parametrize("text, expected", [
    ("Mr Zhang Wei, the head of the Lakeland Provincial Department of Commerce, attended.",
     ("Zhang Wei", "Head of the Lakeland Provincial Department of Commerce")),
    ("Ms Li Na, the director of the Riverton Municipal Bureau of Culture, spoke.",
     ("Li Na", "Director of the Riverton Municipal Bureau of Culture")),
    ("Mr Wu Tao, the chairman of the Lakeland Provincial Federation of Industry, attended.",
     ("Wu Tao", "Chairman of the Lakeland Provincial Federation of Industry")),
])
def test_no_article_in_a_lower_case_title(extractor, text, expected):
    assert expected in _posts(extractor, text)


# A title of a known office whose name goes on in parentheses ("... Office (Toronto)") is whole, and its holder
# after it holds it.
@pytest.mark.parametrize("text, person, city", [
    ("Director of the Hong Kong Economic and Trade Office (Toronto) (HKETO), Ms Emily Mo, joined the webinar.",
     "Emily Mo", "Toronto"),
    ("The Director of the Hong Kong Economic and Trade Office (Sydney), Miss Trista Lim, spoke at the event.",
     "Trista Lim", "Sydney"),
    ("The Deputy Director of the Hong Kong Economic and Trade Office (Brussels), Mr Tom Lee, attended.",
     "Tom Lee", "Brussels"),
])
def test_a_title_of_an_office_named_with_its_city_in_parentheses(extractor, text, person, city):
    posts = [post for holder, post in _posts(extractor, text) if holder == person]
    assert len(posts) == 1 and posts[0].endswith(f"({city})"), posts


# A title in parentheses right after a name is that person's ("Mr A (Mayor of X)"); a gloss in parentheses
# after a title ("the Director of X (Beijing Office), Ms B") is no one's title.
@pytest.mark.parametrize("text, expected", [
    ("Mr Paul Chan met Mr Li Wei (Vice Mayor of Chengdu) to discuss trade.", {("Li Wei", "Vice Mayor of Chengdu")}),
    ("Mrs Anna Loh (Director-General of Trade and Industry) and Mr Piet de Vries (Minister of Economic Affairs of "
     "the Netherlands) signed the agreement in The Hague.",
     {("Anna Loh", "Director-General of Trade and Industry"),
      ("Piet de Vries", "Minister of Economic Affairs of the Netherlands")}),
    ("Also present was Mr Tom Rana (the Consul-General of India in Hong Kong).",
     {("Tom Rana", "Consul-General of India in Hong Kong")}),
])
def test_a_title_in_parentheses_after_a_name(extractor, text, expected):
    assert expected <= _posts(extractor, text)


def test_a_gloss_after_a_title_is_no_title(extractor):
    found = _posts(extractor, "Present were the Director of the Office of the Lakeland Government in Riverton "
                              "(Riverton Office), Ms Amy Ho, and other officials.")
    assert {p for s, p in found if s == "Amy Ho"} == {"Director of the Office of the Lakeland Government in Riverton"}


# After a name found with its honorific, a list goes on: "Professor A and Dutch Minister of Finance B" gives the
# second title and its holder.
@pytest.mark.parametrize("text, expected", [
    ("Secretary for Financial Services & the Treasury Professor KC Chan and Dutch Minister of Finance JC de Jager "
     "signed the agreement today.", {("JC de Jager", "Dutch Minister of Finance")}),
    ("Professor Ann Low and Danish Minister for Trade Lars Holm opened the forum.",
     {("Lars Holm", "Danish Minister for Trade")}),
    ("Dr Tom Lee and Riverland Minister of Health Mary Stone toured the hospital.",
     {("Mary Stone", "Riverland Minister of Health")}),
])
def test_a_titled_name_listed_after_an_honorific_name(extractor, text, expected):
    assert expected <= _posts(extractor, text)


# A title printed after its country's possessive is named whole, as printed ("Singapore's Minister of
# Education"); a body's possessive is whose the title is, not part of it.
@pytest.mark.parametrize("text, expected", [
    ("Mr Suen held a bilateral meeting with Singapore's Minister of Education Dr Ng Eng Hen.",
     {("Ng Eng Hen", "Singapore's Minister of Education")}),
    ("Mr Tsang met with Chile's Minister of Finance, Mr Felipe Larrain, in Santiago.",
     {("Felipe Larrain", "Chile's Minister of Finance")}),
    ("Mr Tsang met Malaysia's Minister of Trade, Mr Tengku Aziz, in Kuala Lumpur.",
     {("Tengku Aziz", "Malaysia's Minister of Trade")}),
])
def test_a_country_s_title_printed_with_its_possessive(extractor, text, expected):
    assert expected <= _posts(extractor, text)


# A name the NER reads as a person's that runs on to a body's head is the body's: "Principal of Yan Oi Secondary
# School Mr A".
@pytest.mark.parametrize("text, expected", [
    ("Mr Suen together with Principal of Yan Oi Tong Tin Ka Bing Secondary School Mr Tai Hay-lap visited the school.",
     {("Tai Hay-lap", "Principal of Yan Oi Tong Tin Ka Bing Secondary School")}),
    ("He met Principal of Tung Wah Kwok Yat Wai College Ms Chan Mei-ling in Sha Tin.",
     {("Chan Mei-ling", "Principal of Tung Wah Kwok Yat Wai College")}),
    ("They were joined by Chairman of Po Leung Kuk Ho Siu Ming Foundation Mr Lee Ka-wai.",
     {("Lee Ka-wai", "Chairman of Po Leung Kuk Ho Siu Ming Foundation")}),
])
def test_a_body_named_after_a_person_is_no_person(extractor, text, expected):
    assert expected <= _posts(extractor, text)


# A country's title printed by its adjective and by the country's formal name is one post, named in its fullest
# form: "the Portuguese President" is the "President of the Portuguese Republic" named before.
@pytest.mark.parametrize("text, person, post", [
    ("The Chief Executive met the President of the Portuguese Republic, Mr Marcelo Sousa, today. The Portuguese "
     "President arrived in Macao on Tuesday.", "Marcelo Sousa", "President of the Portuguese Republic"),
    ("The Portuguese President, Mr Marcelo Sousa, met the Chief Executive today. The President of the Portuguese "
     "Republic said ties were close.", "Marcelo Sousa", "President of the Portuguese Republic"),
    ("Mr Lee met the Prime Minister of the Italian Republic, Mr Marco Rossi, in Rome. The Italian Prime Minister "
     "welcomed him.", "Marco Rossi", "Prime Minister of the Italian Republic"),
])
def test_a_country_s_title_by_its_adjective_is_one_post(extractor, text, person, post):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    posts = [e.name for e in record.entities if e.label == "Post"]
    assert post in posts and len([p for p in posts if "President" in p or "Prime Minister" in p]) == 1, posts


def test_the_description_of_a_merged_post_is_its_holder(extractor):
    [record] = extractor.extract([Document(key="t.txt", date=date(2024, 5, 3), text=(
        "The Chief Executive, Mr Chui Sai On, met the President of the Portuguese Republic, Mr Marcelo Sousa, today. "
        "The Portuguese President arrived in Macao on Tuesday. His visit to Macao is part of a state visit."))])
    names = {e.id: e.name for e in record.entities}
    found = {(names[f.subject], f.predicate, names[f.object]) for f in record.facts}
    assert ("Marcelo Sousa", "visited", "Macao") in found and ("Chui Sai On", "visited", "Macao") not in found


# A title ending with its acronym in parentheses is listed with the next: "Secretary of the X Committee of the
# Communist Party of China (CPC) and Director of Y, Mr Z" holds both.
@pytest.mark.parametrize("text, expected", [
    ("The Chief Executive met the Secretary of the Jiangxi Provincial Committee of the Communist Party of China (CPC) "
     "and Director of the Standing Committee of the Jiangxi Provincial People's Congress, Mr Yin Hong.",
     {("Yin Hong", "Secretary of the Jiangxi Provincial Committee of the Communist Party of China"),
      ("Yin Hong", "Director of the Standing Committee of the Jiangxi Provincial People's Congress")}),
    ("She met the Director of the Riverton Trade Development Office (RTDO) and Chairman of the Riverton Port Board, "
     "Mr Tom Hale.", {("Tom Hale", "Director of the Riverton Trade Development Office"),
                      ("Tom Hale", "Chairman of the Riverton Port Board")}),
    ("He met the President of the Lakeland Investment Authority (LIA) and Governor of the Lakeland Central Bank, "
     "Ms Ann Low.", {("Ann Low", "President of the Lakeland Investment Authority"),
                     ("Ann Low", "Governor of the Lakeland Central Bank")}),
    # (and with a comma instead of "and", when the name is set off by a comma)
    ("The delegation was received by the Secretary of the Yunnan Provincial Committee of the Communist Party of China "
     "(CPC), Chairman of the Standing Committee of the Yunnan Provincial People's Congress, Mr Wang Ning, in Kunming.",
     {("Wang Ning", "Secretary of the Yunnan Provincial Committee of the Communist Party of China"),
      ("Wang Ning", "Chairman of the Standing Committee of the Yunnan Provincial People's Congress")}),
    ("She met the Director of the Riverton Trade Development Office (RTDO), Chairman of the Riverton Port Board, "
     "Mr Tom Hale.", {("Tom Hale", "Director of the Riverton Trade Development Office"),
                      ("Tom Hale", "Chairman of the Riverton Port Board")}),
])
def test_listed_titles_after_an_acronym(extractor, text, expected):
    assert expected <= _posts(extractor, text)


# "Director of the X Office, City (XO), Mr A": the city and the office's acronym come between the title and its
# holder; the title is the office's with its city.
@pytest.mark.parametrize("text, expected", [
    ("Director of the Hong Kong Economic and Trade Office, San Francisco (SFETO), Mr Jeff Leung completed a visit to "
     "Kansas.", {("Jeff Leung", "Director of the Hong Kong Economic and Trade Office, San Francisco")}),
    ("The Director of the Riverton Trade Office, Lakeland City (RTO), Ms Ann Low, met the mayor.",
     {("Ann Low", "Director of the Riverton Trade Office, Lakeland City")}),
    ("He met the Head of the Lakeland Tourism Office, Sydney (LTO), Mr Tom Hale, yesterday.",
     {("Tom Hale", "Head of the Lakeland Tourism Office, Sydney")}),
])
def test_a_title_with_its_office_s_city_and_acronym(extractor, text, expected):
    assert expected <= _posts(extractor, text)


# The head of an office posted elsewhere is on the side of the place the office's name opens with: two Hong Kong
# officials travelling together do not meet each other.
@pytest.mark.parametrize("text, a, b", [
    ("Hong Kong Commissioner for Economic and Trade Affairs, USA, Mr Donald Tong, and Director of the Hong Kong "
     "Economic and Trade Office, San Francisco (SFETO), Mr Jeff Leung completed a visit to Kansas.",
     "Donald Tong", "Jeff Leung"),
    ("The Secretary for Commerce, Mr Algernon Yau, and the Director of the Hong Kong Economic and Trade Office, "
     "Sydney, Ms Trista Lim, visited Melbourne together.", "Algernon Yau", "Trista Lim"),
    ("The Chief Executive, Mr John Lee, and the Director of the Hong Kong Economic and Trade Office, Berlin, Mr "
     "Tom Hale, toured the fair together.", "John Lee", "Tom Hale"),
])
def test_a_posted_office_s_head_is_of_its_own_side(extractor, text, a, b):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    met = {frozenset((names[f.subject], names[f.object])) for f in record.facts if f.predicate == "metWith"}
    assert frozenset((a, b)) not in met


# A known place after a preposition, before a title and a name, is the preposition's: "welcomed to Macao Secretary
# Xu" (no "Secretary of Macao").
@pytest.mark.parametrize("text, bad", [
    ("In the meeting, Mr Sam welcomed to Macao Secretary Xu and his delegation.", "Secretary of Macao"),
    ("The Chief Executive welcomed to Hong Kong Governor Wang and his delegation.", "Governor of Hong Kong"),
    ("He welcomed to Beijing Minister Wang and his team.", "Minister of Beijing"),
])
def test_a_place_after_a_preposition_owns_no_title(extractor, text, bad):
    assert not any(post == bad for _, post in _posts(extractor, text))


# "In his meeting with Ms A, the Chief Executive was told ...": the title after the opening phrase is the clause's
# subject, named already as another's, not an apposition to A
@pytest.mark.parametrize("text, guest, post", [
    ("The Chief Executive, Mr John Lee, met the Prime Minister of Norland, Ms Helen Clark, today. In his meeting with "
     "Ms Clark, the Chief Executive was told that Norland companies would invest more.", "Helen Clark", "Chief Executive"),
    ("The Secretary for Justice, Ms Lam Sing, called on the Minister of Justice of Peru, Mr Luis Ortega, today. During "
     "her talks with Mr Ortega, the Secretary for Justice said the two places would deepen co-operation.",
     "Luis Ortega", "Secretary for Justice"),
    ("The Financial Secretary, Mr Paul Chan, met the Governor of the Central Bank of Chile, Mr Mario Vial. After "
     "meeting Mr Vial, the Financial Secretary flew to Lima.", "Mario Vial", "Financial Secretary"),
])
def test_a_title_after_an_opening_phrase_is_the_subject(found_facts, text, guest, post):
    assert (guest, "holdsPost", post) not in found_facts(text)


def test_a_title_set_off_after_a_name_is_still_his(found_facts):
    assert ("Ma Lin", "holdsPost", "Vice Governor of Norland") in found_facts(
        "Mr Ma Lin, the Vice Governor of Norland, met the Chief Executive today.")


# "Hong Kong's Secretary for Transport and Housing": a title the lexicon gives that place is named as known
@pytest.mark.parametrize("text, person, post", [
    ("The Minister of Transport of Israel, Mr Israel Katz, met Hong Kong's Secretary for Transport and Housing, "
     "Professor Anthony Cheung.", "Anthony Cheung", "Secretary for Transport and Housing"),
    ("Hong Kong's Chief Executive, Mr John Lee, met the Mayor of Lima today.", "John Lee", "Chief Executive"),
    ("The Governor of Norland met Hong Kong's Financial Secretary, Mr Paul Chan, in Lima.", "Paul Chan",
     "Financial Secretary"),
])
def test_a_known_title_of_the_possessor(found_facts, text, person, post):
    found = found_facts(text)
    assert (person, "holdsPost", post) in found
    assert not any(p == "holdsPost" and o.startswith("Hong Kong's") for _, p, o in found)


# A title the lexicon knows whole, then a bare name: the cut after the known title comes first ("Chief Executive of
# the HKSAR Tung Chee Hwa": not "... Region Tung" and "Chee Hwa")
@pytest.mark.parametrize("text, person", [
    ("Chief Executive of the Hong Kong Special Administrative Region Tung Chee Hwa met him.", "Tung Chee Hwa"),
    ("Chief Executive of the Macao Special Administrative Region Ho Iat Seng met him.", "Ho Iat Seng"),
    ("Chief Executive of the Hong Kong Special Administrative Region Tsang Yam Kuen met him.", "Tsang Yam Kuen"),
])
def test_a_known_title_then_a_bare_name(mentions, text, person):
    found = mentions(text)
    assert ("Person", person) in found
    assert not any(label == "Post" and name.endswith(person.split()[0]) for label, name in found)


# A two-letter word as the third word of a name after a title is a given name's syllable, not a preposition
# ("Chief Executive Chui Sai On led ..."); a capitalised preposition after a name stays out of it
@pytest.mark.parametrize("text, person", [
    ("The Chief Executive Chui Sai On led a delegation to Fuzhou city yesterday.", "Chui Sai On"),
    ("Secretary for Security Lee Wing On said the two places would work together.", "Lee Wing On"),
    ("Director of Immigration Chan Kwok On met the delegation today.", "Chan Kwok On"),
])
def test_a_given_name_s_two_letter_syllable(mentions, text, person):
    assert ("Person", person) in mentions(text)


def test_a_capitalised_preposition_after_a_name(mentions):
    found = mentions("He met Governor Wang Weizhong On Monday.")
    assert not any(name.endswith(" On") or "Monday" in name for _, name in found)


# A gerund opening a sentence is no word of the title after it ("Meeting Executive Vice Minister of X Zhang Y, Mr A
# thanked ..."); "Acting" stays a word printed before a title
@pytest.mark.parametrize("text, post", [
    ("Meeting Executive Vice Minister of Foreign Affairs Zhang Yesui, Mr Cheung thanked the Ministry.",
     "Executive Vice Minister of Foreign Affairs"),
    ("Meeting Minister of Trade of Peru Luis Ortega, Mr Lee said trade was growing.", "Minister of Trade of Peru"),
    ("Meeting Deputy Secretary-General of the State Council Ding Xiangyang, Mr Lee thanked him.",
     "Deputy Secretary-General of the State Council"),
])
def test_a_gerund_before_a_title(mentions, text, post):
    found = mentions(text)
    assert ("Post", post) in found
    assert not any(name.startswith("Meeting") for _, name in found)


def test_a_title_that_opens_with_an_ing_word_stays_whole(mentions):
    assert ("Post", "Managing Director of the European External Action Service") in mentions(
        "The meeting was chaired by Managing Director of the European External Action Service Gunnar Wiegand.")


# A list that opens with a name ("A, Title of A, B, Title of B, ...") gives each title to the name before it, for
# the whole sentence, even where the NER misses a name of it
@pytest.mark.parametrize("text, pairs", [
    ("The ceremony was attended by Zhou Wen, Deputy Director of the Riverton Affairs Office, Tan Mei, Vice President "
     "of the Lakeland Academy of Sciences, and Wu Bo, Director of the Westbay Trade Office.",
     {"Zhou Wen": "Deputy Director of the Riverton Affairs Office",
      "Tan Mei": "Vice President of the Lakeland Academy of Sciences", "Wu Bo": "Director of the Westbay Trade Office"}),
    ("Guests included Li Hua, Secretary for Education, Chan Tai-man, Secretary for Home Affairs, Lee Wai-keung, "
     "Secretary for Security.",
     {"Li Hua": "Secretary for Education", "Chan Tai-man": "Secretary for Home Affairs",
      "Lee Wai-keung": "Secretary for Security"}),
    ("Also present were Wang Tao, Vice Governor of Hainan Province, Zhao Lei, Mayor of Sanya, and Sun Yi, Director of "
     "the Hainan Commerce Department.",
     {"Wang Tao": "Vice Governor of Hainan Province", "Zhao Lei": "Mayor of Sanya",
      "Sun Yi": "Director of the Hainan Commerce Department"}),
])
def test_a_list_that_opens_with_a_name(found_facts, text, pairs):
    found = found_facts(text)
    for person, post in pairs.items():
        assert (person, "holdsPost", post) in found
    assert sum(1 for _, p, _ in found if p == "holdsPost") == len(pairs)


def test_a_list_that_opens_with_a_title_keeps_its_style(found_facts):
    found = found_facts("Officials attending included the Secretary for Education, Mr Li Hua, the Secretary for Home "
                        "Affairs, Mr Chan Tai-man, and the Secretary for Security, Mr Lee Wai-keung.")
    assert {("Li Hua", "holdsPost", "Secretary for Education"), ("Chan Tai-man", "holdsPost", "Secretary for Home Affairs"),
            ("Lee Wai-keung", "holdsPost", "Secretary for Security")} <= found


# A surname and a hyphenated given name the NER reads as a place is a person
@pytest.mark.parametrize("text, person", [
    ("The ceremony was attended by Lau Kong-wah, Secretary for Home Affairs of Hong Kong.", "Lau Kong-wah"),
    ("The guests included Chan Kwok-ki, Chief Secretary for Administration.", "Chan Kwok-ki"),
    ("Among those present was Tse Chin-wan, Secretary for Environment and Ecology.", "Tse Chin-wan"),
])
def test_a_hyphenated_given_name_is_a_person(mentions, text, person):
    found = mentions(text)
    assert ("Person", person) in found and ("Place", person) not in found


# "Permanent Secretary for X and Y (Y)": the part of the portfolio in parentheses is the title's, when its words are
# the title's; an "(Acting)" or a place in parentheses is not.
@pytest.mark.parametrize("text, expected", [
    ("The Permanent Secretary for Food and Health (Food), Miss Marion Lai, visited Shenzhen today.",
     {("Marion Lai", "Permanent Secretary for Food and Health (Food)")}),
    ("Also present was the Permanent Secretary for Commerce, Industry and Technology (Commerce and Industry), "
     "Ms Yvonne Choi.", {("Yvonne Choi", "Permanent Secretary for Commerce, Industry and Technology (Commerce and "
                                          "Industry)")}),
    ("He was joined by the Deputy Secretary for Financial Services and the Treasury (Treasury), Mr Ho Kin.",
     {("Ho Kin", "Deputy Secretary for Financial Services and the Treasury (Treasury)")}),
    ("The Secretary for Security (Acting), Mr Ho Kin, met the press.", {("Ho Kin", "Secretary for Security")}),
])
def test_a_part_of_a_portfolio_in_parentheses(extractor, text, expected):
    assert expected <= _posts(extractor, text)


def test_a_short_name_in_parentheses_is_no_part_of_a_title(extractor):
    posts = _posts(extractor, "The Director of the Office of the Government of the HKSAR in Beijing (Beijing Office), "
                              "Ms Ann Lo, met him.")
    assert ("Ann Lo", "Director of the Office of the Government of the HKSAR in Beijing") in posts


# An aide's title takes the post it serves after "to (the)": "Private Secretary to the Chief Executive" is one title.
@pytest.mark.parametrize("text, expected, absent", [
    ("Also present was the Private Secretary to the Chief Executive, Mr Ho Kin-man.",
     ("Ho Kin-man", "Private Secretary to the Chief Executive"), ("Ho Kin-man", "Chief Executive")),
    ("They were joined by the Press Secretary to the Financial Secretary, Ms Ann Lo.",
     ("Ann Lo", "Press Secretary to the Financial Secretary"), ("Ann Lo", "Financial Secretary")),
    ("He met the Political Assistant to the Secretary for Justice, Mr Tom Hale.",
     ("Tom Hale", "Political Assistant to the Secretary for Justice"), ("Tom Hale", "Secretary for Justice")),
])
def test_an_aide_s_title_holds_the_post_served(extractor, text, expected, absent):
    posts = _posts(extractor, text)
    assert expected in posts and absent not in posts


# A title's modifiers ("Federal", "State") and its portfolio: no event inside "Minister of X and Export Promotion".
@pytest.mark.parametrize("text, expected", [
    ("In the afternoon, he met the Federal Minister of Small Business and Export Promotion, Ms Mary Ng.",
     ("Mary Ng", "Federal Minister of Small Business and Export Promotion")),
    ("He met the Minister of Trade and Investment Promotion of Lakeland, Mr Tom Hale.",
     ("Tom Hale", "Minister of Trade and Investment Promotion of Lakeland")),
    ("He called on the State Minister for Foreign Affairs of Japan, Mr Kenji Yamada.",
     ("Kenji Yamada", "State Minister for Foreign Affairs of Japan")),
])
def test_a_portfolio_is_no_event(extractor, mentions, text, expected):
    assert expected in _posts(extractor, text)
    assert not {name for label, name in mentions(text) if label == "Event"}


# A military rank before a name is no title of its own: the title before it is the holder's.
@pytest.mark.parametrize("text, expected", [
    ("Mr Tang met the Deputy Minister of Public Security of Lakeland, Senior Lieutenant General Luong Van Minh, today.",
     ("Luong Van Minh", "Deputy Minister of Public Security of Lakeland")),
    ("He met the Commander of the Riverton Garrison, Major General Li Wei, today.",
     ("Li Wei", "Commander of the Riverton Garrison")),
    ("She called on the Chief of Police of Ruritania, Colonel Jan Novak.", ("Jan Novak", "Chief of Police of Ruritania")),
])
def test_a_rank_before_the_holder(extractor, text, expected):
    assert expected in _posts(extractor, text)


# "Under" opens a clause ("Under the X, ...") but is a title's modifier before a title: "Under Secretary for Trade".
@pytest.mark.parametrize("text, expected", [
    ("The Under Secretary for Trade, Ms Ann Lo, will join the delegation.", ("Ann Lo", "Under Secretary for Trade")),
    ("Under Secretary for Finance Tom Hale will join the delegation.", ("Tom Hale", "Under Secretary for Finance")),
    ("He met the Under Secretary for Transport, Mr Lo Chi-keung.", ("Lo Chi-keung", "Under Secretary for Transport")),
])
def test_under_before_a_title_is_its_modifier(extractor, text, expected):
    assert expected in _posts(extractor, text)


# Mainland civil service ranks: "Second-grade Counsel", "First-grade Inspector" are titles, with the body they serve.
@pytest.mark.parametrize("text, expected", [
    ("The Second-grade Counsel of the Lakeland Affairs Office of the National Radio Administration, Mr Shi Zhiyan, "
     "attended.", ("Shi Zhiyan", "Second-grade Counsel of the Lakeland Affairs Office of the National Radio "
                                 "Administration")),
    ("The First-grade Inspector of the Riverton Affairs Office of the State Council, Ms Wu Lan, attended.",
     ("Wu Lan", "First-grade Inspector of the Riverton Affairs Office of the State Council")),
    ("He met the Counsel of the Legal Affairs Department of Lakeland Province, Mr Zhou Ping.",
     ("Zhou Ping", "Counsel of the Legal Affairs Department of Lakeland Province")),
])
def test_civil_service_ranks_are_titles(extractor, text, expected):
    assert expected in _posts(extractor, text)


# A title with an acronym printed inside it is named without it, as bodies are.
@pytest.mark.parametrize("text, expected", [
    ("The Secretary for the Environment of the Hong Kong Special Administrative Region (HKSAR) Government, "
     "Mr Wong Kam-sing, met him.",
     ("Wong Kam-sing", "Secretary for the Environment of the Hong Kong Special Administrative Region Government")),
    ("He met the Director of the Riverton Trade Development Office (RTDO) Secretariat, Ms Ann Lo.",
     ("Ann Lo", "Director of the Riverton Trade Development Office Secretariat")),
    ("The Chairman of the Lakeland Investment Authority (LIA) Board, Mr Tom Hale, spoke.",
     ("Tom Hale", "Chairman of the Lakeland Investment Authority Board")),
])
def test_a_title_is_named_without_an_acronym_inside_it(extractor, text, expected):
    assert expected in _posts(extractor, text)


# "Minister of Education of the X Government": a portfolio, then whose it is; the body is the government alone, and
# "Central" in "Central People's Government" is no place of the title.
@pytest.mark.parametrize("text, post, body", [
    ("He met the Minister of Education of the Central People's Government, Mr Huai Jinpeng.",
     "Minister of Education of the Central People's Government", "Central People's Government"),
    ("He met the Vice-Minister of Science and Technology of the Lakeland Provincial Government, Mr Ho Kin.",
     "Vice-Minister of Science and Technology of the Lakeland Provincial Government", "Lakeland Provincial Government"),
    ("She met the Minister of Foreign Affairs of the Riverton Municipal Government, Ms Ann Lo.",
     "Minister of Foreign Affairs of the Riverton Municipal Government", "Riverton Municipal Government"),
    ("The meeting was co-chaired by the Vice-Minister of Science and Technology of the Central People's Government, "
     "Dr Cao Jianlin.", "Vice-Minister of Science and Technology of the Central People's Government",
     "Central People's Government"),
])
def test_a_portfolio_of_a_government_is_no_body(extractor, mentions, text, post, body):
    found = mentions(text)
    assert ("Post", post) in found and ("Organization", body) in found
    assert not any(label == "Organization" and n != body and n.endswith(body) for label, n in found)


# "Party Secretary and X Commission Director Zhu Hong": two titles, "and" between them, both the holder's.
@pytest.mark.parametrize("text, expected", [
    ("During his meeting with Party Secretary and Guangdong Province Health Commission Director Zhu Hong, Prof Lo "
     "spoke.", {("Zhu Hong", "Party Secretary"), ("Zhu Hong", "Guangdong Province Health Commission Director")}),
    ("He called on Party Secretary and Lakeland Provincial Education Department Director Wu Lan yesterday.",
     {("Wu Lan", "Party Secretary"), ("Wu Lan", "Lakeland Provincial Education Department Director")}),
    ("She met Deputy Party Secretary and Riverton Municipal Tourism Bureau Director Li Ming in Riverton.",
     {("Li Ming", "Deputy Party Secretary"), ("Li Ming", "Riverton Municipal Tourism Bureau Director")}),
])
def test_two_titles_joined_by_and_before_a_name(extractor, text, expected):
    assert expected <= _posts(extractor, text)


# "Director of the X Office in Y (XO) of the Z Government (ZG), Miss A": the office's acronym, then whose office it
# is, between the title and its holder.
@pytest.mark.parametrize("text, expected", [
    ("The Director of the Hong Kong Economic and Trade Office in Chengdu (CDETO) of the Government of the Hong Kong "
     "Special Administrative Region (HKSAR), Miss Pamela Lam, spoke.",
     ("Pamela Lam", "Director of the Hong Kong Economic and Trade Office in Chengdu")),
    ("The Director of the Riverton Trade Office (RTO) of the Lakeland Provincial Government, Mr Tom Hale, spoke.",
     ("Tom Hale", "Director of the Riverton Trade Office")),
    ("The Head of the Lakeland Tourism Office in Sydney (LTO) of the Government of Lakeland (GOL), Ms Ann Lo, "
     "attended.", ("Ann Lo", "Head of the Lakeland Tourism Office in Sydney")),
])
def test_a_title_its_office_acronym_and_owner_before_the_holder(extractor, text, expected):
    assert expected in _posts(extractor, text)


# A duty in lower case between a title and its holder: "Vice Governor of X in charge of trade, Mr A".
@pytest.mark.parametrize("text, expected", [
    ("The Chief Executive met the Executive Vice President of the National Academy of Governance (NAG) in charge of "
     "daily operations, Mr Xie Chuntao, today.",
     ("Xie Chuntao", "Executive Vice President of the National Academy of Governance")),
    ("He met the Vice Governor of Lakeland Province in charge of trade and investment, Mr Li Wen.",
     ("Li Wen", "Vice Governor of Lakeland Province")),
    ("She met the Deputy Director of the Riverton Bureau in charge of ports, Ms Wu Lan, in Riverton.",
     ("Wu Lan", "Deputy Director of the Riverton Bureau")),
])
def test_a_duty_between_a_title_and_its_holder(extractor, text, expected):
    assert expected in _posts(extractor, text)


# A portfolio of common English words ("Agriculture, Food & Safety", the model's dictionary), then a
# name of words outside it, even one the tagger reads as a noun ("Litzman").
@pytest.mark.parametrize("text, post, person", [
    ("They will meet Deputy Minister of Health Ya'akov Litzman and visit a clinic.",
     "Deputy Minister of Health", "Ya'akov Litzman"),
    ("They will call on the Director-General of the Ministry of Agriculture, Food & Safety Joseph Ishay and visit a farm.",
     "Director-General of the Ministry of Agriculture, Food & Safety", "Joseph Ishay"),
    ("She met the Minister of Fisheries and Forestry Tomas Kvarnstrom in Oslo.",
     "Minister of Fisheries and Forestry", "Tomas Kvarnstrom"),
    ("He later met Deputy Minister of Welfare Dov Halperin.", "Deputy Minister of Welfare", "Dov Halperin"),
    ("He met the Minister of Fisheries Kjell Ingolf Ropstad in Bergen.", "Minister of Fisheries", "Kjell Ingolf Ropstad"),
])
def test_common_words_portfolio_then_holder(mentions, text, post, person):
    found = mentions(text)
    assert ("Post", post) in found and ("Person", person) in found


# Common words after a portfolio are still the title's, not a name, the last a plural ("Standards").
@pytest.mark.parametrize("text, post", [
    ("He met the Director of Food Safety Standards and Mr Lee.", "Director of Food Safety Standards"),
    ("He met the Minister of Health Service Reform and Mr Chan.", "Minister of Health Service Reform"),
    ("She met the Director of Public Safety Affairs and Mr Lee.", "Director of Public Safety Affairs"),
    ("He called on the Minister of Agriculture Trade Development on Monday.", "Minister of Agriculture Trade Development"),
])
def test_common_words_stay_in_the_title(mentions, text, post):
    found = mentions(text)
    assert ("Post", post) in found
    assert not any(label == "Person" and name not in ("Chan", "Lee") for label, name in found)


# Police ranks are titles before a name ("Chief Constable"); a body named with "Chief Police Officers" keeps them.
@pytest.mark.parametrize("text, post, person", [
    ("Mr Lai then met the Vice-President of the Association of Chief Police Officers, Chief Constable Phil Gormley, "
     "and they exchanged views.", "Chief Constable", "Phil Gormley"),
    ("She met Chief Constable Sara Thornton in London.", "Chief Constable", "Sara Thornton"),
    ("The delegation was briefed by Chief Superintendent Ian Brough and toured the centre.",
     "Chief Superintendent", "Ian Brough"),
])
def test_police_rank_then_holder(mentions, text, post, person):
    found = mentions(text)
    assert ("Post", post) in found and ("Person", person) in found
    assert not any(label == "Person" and name.startswith(("Constable", "Superintendent", "Police")) for label, name in found)


# A state secretary serves a minister: "State Secretary to the Minister of X" is one post (lexicon aide_heads).
@pytest.mark.parametrize("text, post, person", [
    ("Dr Choi met the State Secretary to the Minister of Education of Finland, Ms Mikaela Nylander, in Helsinki.",
     "State Secretary to the Minister of Education of Finland", "Mikaela Nylander"),
    ("He called on the State Secretary to the Minister of Finance, Mr Jan Kowalski.",
     "State Secretary to the Minister of Finance", "Jan Kowalski"),
    ("The State Secretary to the Minister of Economy of Estonia, Ms Kadri Tamm, received Mr Lau.",
     "State Secretary to the Minister of Economy of Estonia", "Kadri Tamm"),
])
def test_state_secretary_to_a_minister(mentions, text, post, person):
    found = mentions(text)
    assert ("Post", post) in found and ("Person", person) in found
    assert ("Post", "State Secretary") not in found


# A title with its field, then its body after a comma, then the holder: "the Director of Asylum, Home Office, Mr A"
# (a title printed as on a name card, as "Director, Chief Executive's Office, Mr B" is).
@pytest.mark.parametrize("text, post, person", [
    ("At his meeting with the Director of Asylum, Home Office, Mr Graham Ralph, Mr Lai was briefed on the screening "
     "mechanism.", "Director of Asylum, Home Office", "Graham Ralph"),
    ("Mr Tang met the Director of Borders, Home Office, Ms Anne Hale, in London.", "Director of Borders, Home Office",
     "Anne Hale"),
    ("Mr Yau called on the Head of Exports, Riverton Trade Agency, Mr Tom Lee, today.",
     "Head of Exports, Riverton Trade Agency", "Tom Lee"),
    ("The Deputy Director of Policing, Interior Ministry, Mr Jan Berg, received Mr Tang.",
     "Deputy Director of Policing, Interior Ministry", "Jan Berg"),
])
def test_title_with_field_then_body_then_holder(found_facts, text, post, person):
    assert (person, "holdsPost", post) in found_facts(text)


# Two titles of one holder, the second with a listed portfolio: "the Deputy Prime Minister and Minister for
# Construction, Transport and Infrastructure of X, Ms A" (the list is the second title's).
@pytest.mark.parametrize("text, person, posts", [
    ("Mr Cheung met the Deputy Prime Minister and Minister for Construction, Transport and Infrastructure of Serbia, "
     "Ms Zorana Mihajlovic.", "Zorana Mihajlovic",
     ("Deputy Prime Minister", "Minister for Construction, Transport and Infrastructure of Serbia")),
    ("Ms Wong signed it with the Deputy Premier and Minister of Trade, Tourism and Investment, Mr Doug Horner.",
     "Doug Horner", ("Deputy Premier", "Minister of Trade, Tourism and Investment")),
    ("He called on the Senior Minister and Minister for Energy, Mines and Water of Lakeland, Mr Tom Oduya.",
     "Tom Oduya", ("Senior Minister", "Minister for Energy, Mines and Water of Lakeland")),
])
def test_two_titles_the_second_with_a_listed_portfolio(found_facts, text, person, posts):
    facts = found_facts(text)
    for post in posts:
        assert (person, "holdsPost", post) in facts


# Two titled people joined by "and", each title printed right before the name, with no comma: the first title and
# its holder end at "and" (the words tell a name after a title of familiar words); not a portfolio's list
@pytest.mark.parametrize("text, people, posts", [
    ("The meeting was chaired by Deputy Secretary for Commerce & Economic Development Vivian Sum and European External "
     "Action Service Deputy Managing Director for Asia & the Pacific Paola Pampaloni.", ["Vivian Sum", "Paola Pampaloni"],
     ["Deputy Secretary for Commerce & Economic Development",
      "European External Action Service Deputy Managing Director for Asia & the Pacific"]),
    ("The talks were co-chaired by Permanent Secretary for Innovation & Technology Annie Choi and Lakeland Trade & "
     "Industry Ministry Director for Asia & Europe Ingrid Holm.", ["Annie Choi", "Ingrid Holm"],
     ["Permanent Secretary for Innovation & Technology", "Lakeland Trade & Industry Ministry Director for Asia & Europe"]),
    ("The dialogue was co-chaired by Deputy Secretary for Innovation & Technology Joseph Chan and Riverton Monetary "
     "Authority Executive Director for Banking & Markets Ingrid Holm.", ["Joseph Chan", "Ingrid Holm"],  # (a guard)
     ["Deputy Secretary for Innovation & Technology", "Riverton Monetary Authority Executive Director for Banking & Markets"]),
])
def test_two_titled_people_joined_by_and(mentions, text, people, posts):
    found = mentions(text)
    assert {("Person", p) for p in people} <= found
    assert {("Post", p) for p in posts} <= found


def test_a_portfolio_list_is_no_titled_holder(mentions):
    found = mentions("Also present was the Minister of Public Works, Transportation and Communication of Portugal, "
                     "Mr Mario Lino.")
    assert ("Post", "Minister of Public Works, Transportation and Communication of Portugal") in found
