"""Who signs what, and what signing an unnamed memorandum states: made-up paraphrases per rule."""

from datetime import date

import pytest

from igr.ingest import Document


# "The MoU was signed by A and B": a short agreement noun refers to the agreement named last
@pytest.mark.parametrize("text, signer, agreement", [
    ("The Chief Executive witnessed the signing of the Memorandum of Understanding on Film Co-production. "
     "The MoU was signed by the Commissioner for Film, Ms Amy Ho, and the Director of the Lakeland Film Office, "
     "Mr Tom Reid.", "Tom Reid", "Memorandum of Understanding on Film Co-production"),
    ("Hong Kong and Chile concluded the Agreement on Air Services between Hong Kong and Chile. The treaty was "
     "signed by the Secretary for Transport, Mr Alan Lam, and the Ambassador of Chile, Mr Luis Ortega.",
     "Luis Ortega", "Agreement on Air Services between Hong Kong and Chile"),
    ("The two sides welcomed the Memorandum of Co-operation on Heritage Conservation. The memorandum was signed "
     "by the Secretary for Development, Mr Paul Ng, and the Mayor of Riverton, Mr Wang Tao.",
     "Paul Ng", "Memorandum of Co-operation on Heritage Conservation"),
])
def test_a_short_agreement_noun_refers_to_the_agreement_named_last(found_facts, text, signer, agreement):
    assert (signer, "signed", agreement) in found_facts(text)


# "A signed it on behalf of the X Department": the body A acts for signs it too; "B signed on behalf of Y"
@pytest.mark.parametrize("text, signer, agreement", [
    ("Hong Kong and Chile signed the Agreement on Air Services between Hong Kong and Chile today. The "
     "Director-General of Civil Aviation, Mr Simon Tan, signed the Agreement on behalf of the Civil Aviation "
     "Department.", "Civil Aviation Department", "Agreement on Air Services between Hong Kong and Chile"),
    ("The Memorandum of Understanding on Film Co-production was signed by Ms Amy Ho on behalf of the Film "
     "Development Council.", "Film Development Council", "Memorandum of Understanding on Film Co-production"),
    ("The Agreement on Customs Co-operation between Hong Kong and Peru was signed today. Ms Louise Chan signed "
     "the agreement for Hong Kong, and Mr Carlos Ruiz signed on behalf of the Customs Service of Peru.",
     "Carlos Ruiz", "Agreement on Customs Co-operation between Hong Kong and Peru"),
])
def test_signing_on_behalf_of_a_body(found_facts, text, signer, agreement):
    assert (signer, "signed", agreement) in found_facts(text)


# bodies or places that sign an unnamed memorandum (or an unnamed agreement on co-operation) co-operate
@pytest.mark.parametrize("text, a, b", [
    ("The Hong Kong Tourism Board signed a memorandum of understanding with the Tourism Authority of Thailand "
     "today.", "Hong Kong Tourism Board", "Tourism Authority of Thailand"),
    ("The Hong Kong Productivity Council and the Thailand Board of Investment signed an MoU yesterday.",
     "Hong Kong Productivity Council", "Thailand Board of Investment"),
    ("Invest Hong Kong today inked a Memorandum of Understanding with the Trade Promotion Agency of Brazil to "
     "promote investment.", "Invest Hong Kong", "Trade Promotion Agency of Brazil"),
    ("The Hong Kong Trade Development Council and the Ministry of Economy of Chile renewed their memorandum "
     "of understanding today.", "Hong Kong Trade Development Council", "Ministry of Economy of Chile"),
    ("Hong Kong and Peru signed an agreement on customs co-operation today.", "Hong Kong", "Peru"),
    ("The Riverton Tourism Administration and the Hong Kong Tourism Board will sign a framework agreement "
     "tomorrow.", "Riverton Tourism Administration", "Hong Kong Tourism Board"),
])
def test_signing_an_unnamed_memorandum_states_cooperation(found_facts, text, a, b):
    assert (a, "cooperatesWith", b) in found_facts(text)


# a trade pact or a tax treaty states no co-operation (VOCABULARY: not trade); a named agreement gets
# its signatories, not a co-operation of its own
@pytest.mark.parametrize("text, a, b", [
    ("Hong Kong and Australia today signed a free trade agreement and an investment agreement.",
     "Hong Kong", "Australia"),
    ("Hong Kong and Malta today signed an agreement for the avoidance of double taxation.", "Hong Kong", "Malta"),
    ("The Hong Kong Tourism Board renewed its commitment with the Tourism Authority of Thailand.",
     "Hong Kong Tourism Board", "Tourism Authority of Thailand"),
])
def test_signing_a_trade_pact_states_no_cooperation(found_facts, text, a, b):
    assert (a, "cooperatesWith", b) not in found_facts(text)


@pytest.mark.parametrize("text, signer, counterpart, agreement", [
    ("The Secretary for Labour and Welfare, Mr Chris Sun, today signed a Memorandum of Understanding on Labour "
     "Co-operation with the Minister of Human Resources of Malaysia, Mr Steven Sim, in Kuala Lumpur.",
     "Chris Sun", "Steven Sim", "Memorandum of Understanding on Labour Co-operation"),
    ("The Secretary for the Environment, Mr Tse Chin-wan, signed a Memorandum of Understanding on Environmental "
     "Co-operation with the Minister of Environment of Lakeland, Ms Anna Berg, today.",
     "Tse Chin-wan", "Anna Berg", "Memorandum of Understanding on Environmental Co-operation"),
    ("The Commissioner for Tourism, Mr Victor Tse, signed a Memorandum of Understanding on Tourism Co-operation with "
     "the Tourism Authority of Thailand in Bangkok.", "Victor Tse", "Tourism Authority of Thailand",
     "Memorandum of Understanding on Tourism Co-operation"),
])
def test_with_after_the_agreements_name_is_the_counterpart(found_facts, text, signer, counterpart, agreement):
    facts = found_facts(text)
    assert {(signer, "signed", agreement), (counterpart, "signed", agreement)} <= facts


# a second agreement the parser hangs on the last word of the first one's name is signed too
@pytest.mark.parametrize("text, signer, agreement", [
    ("Hong Kong and Shanghai signed the Memorandum of Understanding on Co-operation in Financial Services and "
     "the Agreement on Cultural Exchange.", "Shanghai", "Agreement on Cultural Exchange"),
    ("The Department of Justice and the Ministry of Justice of Peru signed the Memorandum of Understanding on "
     "Legal Co-operation and the Arrangement on Mutual Legal Assistance.", "Department of Justice",
     "Arrangement on Mutual Legal Assistance"),
    ("Mr Paul Ng and Mr Wang Tao signed the Arrangement on Mutual Recognition of Qualifications and the "
     "Memorandum of Understanding on Heritage Conservation today.", "Wang Tao",
     "Memorandum of Understanding on Heritage Conservation"),
])
def test_a_conjunct_hung_on_the_agreements_last_word_is_signed_too(found_facts, text, signer, agreement):
    assert (signer, "signed", agreement) in found_facts(text)


# "signed by the Secretary for X, Mr A, and the Minister of Y, Mr B": the second holder signs too, however the
# parser hangs the list (on the verb, or on the noun "signing")
@pytest.mark.parametrize("text, signer, agreement", [
    ("The Agreement for the Promotion and Protection of Investments was signed by the Secretary for Commerce and "
     "Economic Development, Mr Algernon Yau, and the Vice Minister of Trade of Lakeland, Mr Sok Dara, in Riverton.",
     "Sok Dara", "Agreement for the Promotion and Protection of Investments"),
    ("The Chief Executive witnessed the signing of the Memorandum of Understanding on Co-operation in Financial "
     "Services by the Secretary for Financial Services and the Treasury, Mr Christopher Hui, and the Vice Mayor "
     "of Riverton, Mr Wu Qing.", "Wu Qing", "Memorandum of Understanding on Co-operation in Financial Services"),
    ("The Agreement on Air Services was signed by the Secretary for Transport, Mr Alan Lam, and the Minister of "
     "Transport of Lakeland, Ms Ana Ortega, yesterday.", "Ana Ortega", "Agreement on Air Services"),
])
def test_every_holder_listed_after_by_signs(found_facts, text, signer, agreement):
    assert (signer, "signed", agreement) in found_facts(text)


# a bare head names no agreement, even with an acronym after it ("a Free Trade Agreement (FTA)": any of many;
# the gold names such agreements by their standard full name, which the text does not print)
@pytest.mark.parametrize("text", [
    "Hong Kong and Peru today signed a Memorandum of Understanding (MoU) in Lima.",
    "Hong Kong and Peru hope to sign a Free Trade Agreement soon.",
    "The Framework Agreement (FA) was discussed.",
    "Hong Kong and Peru today signed a Free Trade Agreement (FTA) in Lima.",
])
def test_a_bare_head_without_its_own_acronym_names_nothing(mentions, text):
    assert not any(label == "Agreement" for label, _ in mentions(text))


# a title-case headline's verb in lower case is in no name ("Hong Kong and Chile sign Free Trade Agreement")
@pytest.mark.parametrize("title, verb", [
    ("Hong Kong and Chile sign Free Trade Agreement", "sign"),
    ("Riverton and Lakeland sign Agreement on Air Services", "sign"),
    ("Hong Kong and Chile hold Joint Commission Meeting", "hold"),
])
def test_a_headline_verb_in_lower_case_is_in_no_name(extractor, title, verb):
    [record] = extractor.extract([Document(key="t.txt", text="The two sides met today.", title=title,
                                           date=date(2024, 5, 3))])
    assert record.entities and not any(f" {verb} " in e.name for e in record.entities)


# "in <place>" then a time after an agreement's name says where it was signed: no part of the name
@pytest.mark.parametrize("text, agreement, outside", [
    ("The Hong Kong Trade Development Council and the Department of Commerce of Guangxi inked a Memorandum of "
     "Understanding on Trade Promotion in Nanning yesterday.", "Memorandum of Understanding on Trade Promotion",
     "Nanning"),
    ("The HKSAR Government and the Shanghai Municipal People's Government signed the Memorandum of Understanding "
     "on Co-operation in Financial Services in Hong Kong today (May 3).",
     "Memorandum of Understanding on Co-operation in Financial Services", "in Hong Kong"),
    ("Hong Kong and Peru signed the Agreement on Co-operation in Tourism in Lima on May 2.",
     "Agreement on Co-operation in Tourism", "Lima"),
])
def test_a_place_then_a_time_after_an_agreement_is_where_it_was_signed(mentions, text, agreement, outside):
    found = mentions(text)
    assert ("Agreement", agreement) in found
    assert not any(label == "Agreement" and outside in name for label, name in found)


def test_a_place_inside_the_agreements_subject_stays_in_it(mentions):
    text = "They signed the Memorandum of Understanding on Co-operation in Nansha and Qianhai Development."
    assert ("Agreement", "Memorandum of Understanding on Co-operation in Nansha and Qianhai Development") \
        in mentions(text)


# a list of agreements signed, the parser reading the next name as an apposition of the first one's last word
@pytest.mark.parametrize("text, agreement", [
    ("After the meeting, Hong Kong and Sichuan signed six co-operation agreements, including the Memorandum of "
     "Understanding on Co-operation in Tourism, the Agreement on Cultural Exchange and the Framework Agreement on "
     "Innovation and Technology Co-operation.", "Agreement on Cultural Exchange"),
    ("Hong Kong and Shanghai signed three agreements, including the Memorandum of Understanding on Financial "
     "Services, the Agreement on Cultural Exchange and the Memorandum of Understanding on Youth Exchange.",
     "Memorandum of Understanding on Youth Exchange"),
    ("Hong Kong and Fujian signed the Memorandum of Understanding on Co-operation in Tourism, the Agreement on Legal "
     "Services and the Arrangement on Mutual Recognition today.", "Agreement on Legal Services"),
])
def test_every_agreement_of_a_list_signed_is_signed(found_facts, text, agreement):
    facts = found_facts(text)
    assert {(side, "signed", agreement) for side in ("Hong Kong",)} <= facts


# the parties an agreement is "between", where its signing is reported, signed it
@pytest.mark.parametrize("text, parties, agreement", [
    ("A total of eight agreements were signed at the meeting. They include the Memorandum of Understanding on "
     "Co-operation in Tourism between the Tourism Commission and the Sichuan Provincial Department of Culture and "
     "Tourism.", ("Tourism Commission", "Sichuan Provincial Department of Culture and Tourism"),
     "Memorandum of Understanding on Co-operation in Tourism"),
    ("The two governments signed the Agreement on Legal Services between the Department of Justice and the Sichuan "
     "Provincial Department of Justice today.", ("Department of Justice", "Sichuan Provincial Department of Justice"),
     "Agreement on Legal Services"),
    ("Mr Lee witnessed the signing of the Memorandum of Understanding on Trade Promotion between the Hong Kong Trade "
     "Development Council and the Riverton Trade Council.", ("Hong Kong Trade Development Council",
                                                            "Riverton Trade Council"),
     "Memorandum of Understanding on Trade Promotion"),
])
def test_the_parties_an_agreement_is_between_signed_it(found_facts, text, parties, agreement):
    facts = found_facts(text)
    assert {(p, "signed", agreement) for p in parties} <= facts


def test_an_agreement_between_two_parties_not_said_to_be_signed_is_not(found_facts):
    facts = found_facts("The Memorandum of Understanding on Trade Promotion between the Hong Kong Trade Development "
                        "Council and the Riverton Trade Council has helped many companies.")
    assert not any(p == "signed" for _, p, _ in facts)


# "The Secretary for X, Mr A, signed in Tallinn yesterday the Agreement ...": the parser hangs the verb on the
# name as a participle; the name is the signer. "Y's Minister, Mr B, signed on behalf of his Government": the
# release's one agreement, even when only named later.
@pytest.mark.parametrize("text, signer, agreement", [
    ("The Secretary for Financial Services and the Treasury, Mr Lam Kin, signed in Tallinn, Estonia yesterday the "
     "Agreement on Tax Co-operation with the Minister of Finance of Estonia, Mr Karl Tamm.", "Karl Tamm",
     "Agreement on Tax Co-operation"),
    ("Hong Kong today signed an agreement with Estonia for the avoidance of double taxation.\n\nEstonia's Second "
     "Minister of Finance, Mr Karl Tamm, signed on behalf of his Government.\n\nIt is known as the Agreement on "
     "Taxes on Income.", "Karl Tamm", "Agreement on Taxes on Income"),
    ("Hong Kong today signed an agreement with Latvia on shipping.\n\nThe Secretary for Transport, Mr Ho Wing, "
     "signed the agreement in Riga. The Maritime Transport Agreement will take effect next year.", "Latvia",
     "Maritime Transport Agreement"),
])
def test_signers_the_parser_misreads_and_an_agreement_named_later(found_facts, text, signer, agreement):
    assert (signer, "signed", agreement) in found_facts(text)


@pytest.mark.parametrize("text", [
    "A co-operation agreement on joint promotion of trade in services was signed by the two sides after the "
    "meeting. They will implement the Framework Agreement on Riverton/Lakeside Co-operation.",
    "An energy agreement was signed by the two sides. Both hailed the Memorandum of Understanding on Trade.",
    "A cultural agreement was signed by Hong Kong and Macao. They also reviewed the Agreement on Air Services.",
])
def test_a_modified_agreement_noun_before_a_named_one_is_not_it(found_facts, text):
    assert not any(p == "signed" for _, p, _ in found_facts(text))


@pytest.mark.parametrize("text", [
    "Both sides welcomed the Agreement on Air Services. The meeting achieved results, with both sides signing the "
    "four co-operation agreements.",
    "Hong Kong and Riga are parties to the Memorandum of Understanding on Trade. The two sides signed the three "
    "agreements after the talks.",
    "The Framework Agreement on Riverton/Lakeside Co-operation was reviewed. Hong Kong and Lakeside then signed "
    "the agreements on tourism and education.",
])
def test_agreements_in_the_plural_are_not_the_one_named(found_facts, text):
    assert not any(p == "signed" for _, p, _ in found_facts(text))


# The parties named inside an agreement's own name ("the Co-operation Agreement between A and B") signed it where
# its signing is reported, the signing ceremony's name included.
@pytest.mark.parametrize("text", [
    "The Co-operation Agreement between Macao and Fujian was signed today.",
    "The Chief Executive, Mr Ho Wai, witnessed the signing of the Co-operation Agreement between Macao and Fujian.",
    "The Chief Executive, Mr Ho Wai, was present at the signing ceremony of the Co-operation Agreement between Macao "
    "and Fujian.",
])
def test_parties_inside_an_agreement_s_name_signed_it(extractor, text):
    [record] = extractor.extract([Document(key="t.txt", text=text, date=date(2024, 5, 3))])
    names = {e.id: e.name for e in record.entities}
    signers = {names[f.subject] for f in record.facts if f.predicate == "signed"}
    assert signers == {"Macao", "Fujian"}


# "The agreements were signed by A and B" after a sentence naming several: each signer signed each of them ("the two
# agreements": the last two named); "four agreements" with no article are new ones, not those named
@pytest.mark.parametrize("text, signers, agreements", [
    ("Three agreements were signed at the meeting, namely the Agreement on Customs Co-operation, the Agreement on "
     "Health Co-operation and the Memorandum of Understanding on Education. The agreements were signed by the "
     "Secretary for Security, Mr Tang Ho, and the Vice Governor of Norland, Mr Zhao Wen.",
     ("Tang Ho", "Zhao Wen"), ("Agreement on Customs Co-operation", "Agreement on Health Co-operation",
                               "Memorandum of Understanding on Education")),
    ("The two sides reviewed the Agreement on Air Services and the Memorandum of Understanding on Tourism. These "
     "agreements were signed by the Secretary for Transport, Mr Alan Lam, and the Minister of Transport of Peru, "
     "Mr Luis Ortega.", ("Alan Lam", "Luis Ortega"),
     ("Agreement on Air Services", "Memorandum of Understanding on Tourism")),
    ("The Mayor of Riverton, Mr Wang Tao, and the Secretary for Development, Mr Paul Ng, signed the two "
     "agreements after the Framework Agreement on Heritage Conservation and the Agreement on Urban Renewal were "
     "announced.", ("Wang Tao", "Paul Ng"), ()),
])
def test_the_agreements_named_last(found_facts, text, signers, agreements):
    found = found_facts(text)
    assert {(s, "signed", a) for s in signers for a in agreements} <= found
    if not agreements:  # (named after the plural, not before it: no reference back)
        assert not any(p == "signed" for _, p, _ in found)


def test_new_agreements_counted_are_not_those_named(found_facts):
    found = found_facts("The Chief Executive witnessed the signing of the Agreement on Youth Exchange. Four "
                        "agreements were signed by the Secretary for Education, Mr Ho Lam, and the Minister of "
                        "Education of Peru, Ms Ana Cruz.")
    assert ("Ho Lam", "signed", "Agreement on Youth Exchange") not in found


# "Witnessed by the Chief Executive, Mr A, the Secretary for X, Mr B, and the Minister of Y, Mr C, signed Z": the
# parser runs the witness into the signers; the two named last before the verb signed, and met
@pytest.mark.parametrize("text, signers, witness, agreement", [
    ("Witnessed by the Chief Executive, Mr Lee Tak, the Secretary for Commerce, Mr Wong Kin, and the Minister of "
     "Trade of Chile, Mr Pablo Ruiz, signed the Investment Promotion and Protection Agreement.",
     ("Wong Kin", "Pablo Ruiz"), "Lee Tak", "Investment Promotion and Protection Agreement"),
    ("Witnessed by the Premier, the Secretary for Justice, Ms Lam Sing, and the Minister of Justice of Norland, "
     "Mr Eric Holt, signed the Agreement on Surrender of Fugitive Offenders.",
     ("Lam Sing", "Eric Holt"), None, "Agreement on Surrender of Fugitive Offenders"),
    ("Witnessed by Vice Premier Han Li and the Chief Executive, Mr Lee Tak, the Financial Secretary, Mr Tang Wai, "
     "and the Minister of Commerce, Mr Zhao Wen, signed the Agreement on Trade in Services.",
     ("Tang Wai", "Zhao Wen"), "Lee Tak", "Agreement on Trade in Services"),
])
def test_a_signing_reported_after_its_witnesses(found_facts, text, signers, witness, agreement):
    found = found_facts(text)
    a, b = signers
    assert {(a, "signed", agreement), (b, "signed", agreement), (a, "metWith", b)} <= found
    assert witness is None or (witness, "signed", agreement) not in found


def test_a_second_signing_after_the_witnesses_keeps_its_own_signers(found_facts):
    found = found_facts("Witnessed by the Chief Executive, Mr Lee Tak, the Secretary for Commerce, Mr Wong Kin, and the "
                        "Minister of Trade of Chile, Mr Pablo Ruiz, signed the Free Trade Agreement, while the Secretary "
                        "for Transport, Mr Lam Wai, and the Minister of Transport of Chile, Mr Luis Ortega, signed the "
                        "Air Services Agreement.")
    assert {("Lam Wai", "signed", "Air Services Agreement"), ("Luis Ortega", "signed", "Air Services Agreement")} <= found
    assert ("Wong Kin", "signed", "Air Services Agreement") not in found
    assert ("Lee Tak", "signed", "Air Services Agreement") not in found


# "witnessed the signing of X by the Secretary for A, Mr B, and Vice Governor of C Mr D": every name listed after
# "by" signs (the parser hangs the later ones on the verb); the two signers meet, and two witnesses and signers of
# one side (by the places their posts name) do not
@pytest.mark.parametrize("text, signers, agreement", [
    ("Mr Lee and the Secretary of the CPC Shaanxi Provincial Committee, Mr Zhao Yide, jointly witnessed the signing of "
     "the Strengthening Hong Kong/Shaanxi Co-operation Agreement by the Chief Secretary for Administration, Mr Chan "
     "Kwok-ki, and Vice Governor of Shaanxi Provincial People's Government Mr Chen Chunjiang.",
     ("Chan Kwok-ki", "Chen Chunjiang"), "Strengthening Hong Kong/Shaanxi Co-operation Agreement"),
    ("The Chief Executive witnessed the signing of the Memorandum of Understanding on Tourism by the Secretary for "
     "Culture, Sports and Tourism, Mr Kevin Yeung, and Deputy Mayor of Norland City Ms Ana Cruz.",
     ("Kevin Yeung", "Ana Cruz"), "Memorandum of Understanding on Tourism"),
    ("They witnessed the signing of the Agreement on Customs Co-operation by the Commissioner of Customs and Excise, "
     "Ms Louise Ho, and Director of the Lakeland Customs Bureau Mr Tom Reid.", ("Louise Ho", "Tom Reid"),
     "Agreement on Customs Co-operation"),
])
def test_the_signers_listed_after_by(found_facts, text, signers, agreement):
    found = found_facts(text)
    a, b = signers
    assert {(a, "signed", agreement), (b, "signed", agreement), (a, "metWith", b)} <= found


# Other openings that name the witnesses first ("Under the witness of", "In the presence of"): the lexicon's
# witness_openers; the witness neither signs nor meets the signers as one
@pytest.mark.parametrize("text, signers, witness, agreement", [
    ("Under the witness of the Chief Executive, Mr Lee Tak, the Secretary for Security, Mr Chris Tang, and the "
     "Minister of Public Security of Lakeland, Mr Peter Stone, signed the Agreement on Mutual Legal Assistance.",
     ("Chris Tang", "Peter Stone"), "Lee Tak", "Agreement on Mutual Legal Assistance"),
    ("In the presence of the Premier, Mr Han Li, the Secretary for Justice, Ms Lam Sing, and the Minister of Justice "
     "of Norland, Mr Eric Holt, signed the Agreement on Surrender of Fugitive Offenders.",
     ("Lam Sing", "Eric Holt"), "Han Li", "Agreement on Surrender of Fugitive Offenders"),
    ("With the witness of the Governor, Mr Wang Lin, the Secretary for Education, Mr Kevin Yeung, and the Director "
     "of the Riverton Education Department, Ms Ana Cruz, signed the Memorandum of Understanding on Student Exchange.",
     ("Kevin Yeung", "Ana Cruz"), "Wang Lin", "Memorandum of Understanding on Student Exchange"),
])
def test_other_openings_that_name_the_witnesses_first(found_facts, text, signers, witness, agreement):
    found = found_facts(text)
    a, b = signers
    assert {(a, "signed", agreement), (b, "signed", agreement), (a, "metWith", b)} <= found
    assert (witness, "signed", agreement) not in found


# "the X Agreement, signed by A and B; and the Y Memorandum, signed by C and D": each agreement its own signers
@pytest.mark.parametrize("text, pairs", [
    ("Two agreements were signed at the ceremony, namely the Agreement on Customs Co-operation, signed by Mr Alan "
     "Brook and Mr Peter Stone; and the Memorandum of Understanding on Tourism, signed by Ms Jane Hill and Mr Tom Reed.",
     {"Agreement on Customs Co-operation": ("Alan Brook", "Peter Stone"),
      "Memorandum of Understanding on Tourism": ("Jane Hill", "Tom Reed")}),
    ("The documents included the Agreement on Air Services, signed by Mr Lam Wai and Mr Luis Ortega; and the "
     "Agreement on Visa Exemption, signed by Ms Amy Ho and Mr Carlos Vega.",
     {"Agreement on Air Services": ("Lam Wai", "Luis Ortega"), "Agreement on Visa Exemption": ("Amy Ho", "Carlos Vega")}),
    ("They witnessed the exchange of the Memorandum on Youth Exchange, signed by Mr Wong Kin and Mr Zhao Wen; and the "
     "Memorandum on Sports Co-operation, signed by Ms Lam Sing and Ms Ana Cruz.",
     {"Memorandum on Youth Exchange": ("Wong Kin", "Zhao Wen"),
      "Memorandum on Sports Co-operation": ("Lam Sing", "Ana Cruz")}),
])
def test_each_agreement_of_a_list_with_its_own_signers(found_facts, text, pairs):
    found = found_facts(text)
    for agreement, (a, b) in pairs.items():
        assert {(a, "signed", agreement), (b, "signed", agreement), (a, "metWith", b)} <= found
        others = [p for other, pair in pairs.items() if other != agreement for p in pair]
        assert not any((a, "metWith", o) in found or (o, "signed", agreement) in found for o in others)


# An agreement named by its quoted title, head first, lower-case words and all
@pytest.mark.parametrize("text, signer, agreement", [
    ("The Hong Kong Government and the Riverton Provincial Government today signed the \"Agreement on deepening "
     "co-operation in environmental protection\" in Riverton.", "Riverton Provincial Government",
     "Agreement on deepening co-operation in environmental protection"),
    ("The Secretary for Home Affairs, Mr Alan Brook, signed the \"Memorandum of Understanding on strengthening "
     "exchanges in youth development\" with the Mayor of Norland City, Mr Tom Reed.", "Tom Reed",
     "Memorandum of Understanding on strengthening exchanges in youth development"),
    ("Customs officials signed the \"Arrangement on mutual assistance in customs matters\" on behalf of the Customs "
     "and Excise Department.", "Customs and Excise Department", "Arrangement on mutual assistance in customs matters"),
])
def test_an_agreement_named_by_its_quoted_title(found_facts, text, signer, agreement):
    assert (signer, "signed", agreement) in found_facts(text)
