"""The shortcuts that make extraction cheaper answer exactly as the long way round: a sentence's text
cut from the Doc's, its word lists, the lexicon's kept answers, trigger words, cue lists, verbs whose
subject is a list (every text made up for the test)."""

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from igr.extract import lexicon as lexicon_module
from igr.extract.arguments import SUBJECT_DEPS, Reading, _heads_of_lists
from igr.extract.lexicon import load_lexicon
from igr.extract.sentence import Sentence
from igr.extract.triggers import ARTICLES, Vocabulary, _head


@pytest.fixture(scope="module")
def nlp(extractor):
    return extractor.nlp


TEXTS = [
    "Mr Chan met Mr Lee in Riverton.  They signed an agreement .\n\nThe two sides exchanged views.",
    "Title of a release\n\nThe Secretary visited Westham today (May 3) and took part in a forum.",
    "  Officials of Riverton and Lakeland co-chaired the meeting; the delegation paid a visit to the port.\n",
    "A and B, with C, reviewed the plan.\nMs D  and Mr E attended the dinner ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_sentence_cut_from_the_doc_text_is_its_span_text(nlp, text):
    doc = nlp(text)
    for span in doc.sents:
        s = Sentence(span, doc.text)
        assert s.text == span.text
        assert s.word_lowers == tuple(t.lower_ for t in span)
        assert s.word_lemmas == tuple(t.lemma_.lower() for t in span)
        assert s.token_starts == tuple(t.idx for t in span)
        assert s.lowers == {t.lower_ for t in span} and s.lemmas == {t.lemma_.lower() for t in span}


def _triggers_word_by_word(words: Vocabulary, sent):
    """The triggers of a sentence read token by token from the Doc, as before the shortcuts."""
    for token in sent:
        lemma, text = token.lemma_.lower(), token.lower_
        for name, family in words.family.items():
            if lemma in family or text in family:
                yield name, token.i
        for name, phrase in [*words._first.get(lemma, ()), *(words._first.get(text, ()) if text != lemma else ())]:
            i = token.i
            for w in phrase:
                if w in ARTICLES:
                    if i < sent.end and sent.doc[i].pos_ in ("DET", "PRON") and sent.doc[i].lower_ not in ("who", "which"):
                        i += 1
                    continue
                if i >= sent.end or (w != sent.doc[i].lemma_.lower() and w != sent.doc[i].lower_):
                    break
                i += 1
            else:
                yield name, _head(sent.doc[token.i:i]).i


@pytest.mark.parametrize("text", [
    *TEXTS,
    "The Governor paid a courtesy call on the Mayor and held talks on co-operation.",
    "Both sides will co-operate closely and take part in the summit, which opens today.",
])
def test_triggers_are_those_found_word_by_word(nlp, text):
    words = Vocabulary.from_lexicon(load_lexicon())
    doc = nlp(text)
    for span in doc.sents:
        expected = list(_triggers_word_by_word(words, span))
        assert [(name, t.i) for name, t in words.triggers(Sentence(span, doc.text))] == expected
        assert [(name, t.i) for name, t in words.triggers(span)] == expected


def test_triggers_pass_over_words_that_start_none():
    vocab = Vocab()
    doc = Doc(vocab, words=["They", "met", "and", "exchanged", "views", "."],
              lemmas=["they", "meet", "and", "exchange", "view", "."])
    words = Vocabulary({"meet": frozenset({"meet"})}, {"exchange": [("exchange", "view")]}, {})
    assert [(name, t.text) for name, t in words.triggers(doc[:])] == [("meet", "met"), ("exchange", "exchanged")]


def test_cue_lists_are_worked_out_once_and_answer_as_before():
    words = Vocabulary({}, {}, {"fund_cues": ("via", "through", "with the support of")})
    first = words.cue("fund_cues")
    assert first == frozenset({"via", "through"})
    assert words.cue("fund_cues") is first
    assert words.cue("no_such_list") == frozenset()


@pytest.mark.parametrize("name", ["Macau", "Guangdong Province", "the Kingdom of Thailand", "Dalian Municipality",
                                  "Nowhere Town", "SHE", "She", ""])
def test_a_kept_lexicon_answer_is_the_answer(name):
    lex = load_lexicon()
    assert lex.lookup(name) is lex._lookup(name)
    assert lex.lookup(name) is lex.lookup(name)


def test_kept_lexicon_answers_are_bounded(monkeypatch):
    lex = load_lexicon()
    monkeypatch.setattr(lexicon_module, "LOOKUPS_KEPT", 3)
    lex._answers.clear()
    for name in ("Riverton Alpha", "Riverton Beta", "Riverton Gamma", "Riverton Delta"):
        lex.lookup(name)
    assert len(lex._answers) <= 3
    assert lex.lookup("Macau").name == "Macao"


HAND_PARSED = [
    # A and B met C: a listed subject
    (["A", "and", "B", "met", "C"], [3, 0, 0, 3, 3], ["nsubj", "cc", "conj", "ROOT", "dobj"]),
    # A met B and C: a listed object only
    (["A", "met", "B", "and", "C"], [1, 1, 1, 2, 2], ["nsubj", "ROOT", "dobj", "cc", "conj"]),
    # the heads of A and B signed, and C left: the conjunct is deep in the subject; a second clause
    (["heads", "of", "A", "and", "B", "signed", "and", "C", "left"], [5, 0, 1, 2, 2, 5, 5, 8, 5],
     ["nsubj", "prep", "pobj", "cc", "conj", "ROOT", "cc", "nsubj", "conj"]),
    # A was met by B: no conjunct at all
    (["A", "was", "met", "by", "B"], [2, 2, 2, 2, 3], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"]),
    # two sentences, each with a listed subject
    (["A", "and", "B", "met", ".", "C", "and", "D", "left"], [3, 0, 0, 3, 3, 8, 5, 5, 8],
     ["nsubj", "cc", "conj", "ROOT", "punct", "nsubj", "cc", "conj", "ROOT"]),
]


@pytest.mark.parametrize("words, heads, deps", HAND_PARSED)
@pytest.mark.parametrize("wanted", [SUBJECT_DEPS, {"nsubj", "nsubjpass"}, {"dobj"}, {"pobj"}])
def test_listed_subjects_are_those_found_by_walking_subtrees(words, heads, deps, wanted):
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    walked = {v.i for v in doc if any(c.dep_ in wanted and any(g.dep_ == "conj" for g in c.subtree)
                                      for c in v.children)}
    assert _heads_of_lists(doc, frozenset(wanted)) == walked
    reading = Reading(doc, [], Vocabulary({}, {}, {}))
    assert reading.listed_subjects(wanted) == walked
    assert reading.listed_subjects(tuple(wanted)) is reading.listed_subjects(wanted)


def test_no_listed_subjects_without_a_parse():
    doc = spacy.blank("en")("Mr A and Mr B met.")
    assert _heads_of_lists(doc, frozenset(SUBJECT_DEPS)) == frozenset()


def _breaks_from_the_text(doc):
    """The tokens after a line break, found in the joined text (as before the shortcut)."""
    import re
    from bisect import bisect_right

    starts = [t.idx for t in doc]
    return sorted({bisect_right(starts, m.start()) for m in re.finditer(r"\n+", doc.text)} - {len(doc)})


@pytest.mark.parametrize("text", [
    *TEXTS,
    "Heading on one line\nand the rest\n",
    "No break at all",
    "Lines \n \n with spaces around\n\n\n\nand more\t\nbreaks",
    "\n\nLeading breaks then text",
])
def test_paragraph_starts_are_the_tokens_after_line_breaks_in_the_text(nlp, text):
    from igr.extract.pipeline import paragraph_boundaries

    doc = paragraph_boundaries(nlp.make_doc(text))
    assert [t.i for t in doc if t.i and t.is_sent_start] == [i for i in _breaks_from_the_text(doc) if i]


@pytest.mark.parametrize("text", [
    "Hong Kong-Guangdong co-operation has grown.", "They spoke of CO-OPERATION and Cooperation.",
    "Joint   Development of the bay", "a sister-city link", "No such noun here at all.",
    "Riverton/Lakeland collaboration", "EXCHANGES between the two", "twinning of towns",
])
def test_the_cooperation_prefilter_never_passes_over_a_match(text):
    from igr.extract.cooperation import CooperationPatterns

    patterns = CooperationPatterns(Vocabulary.from_lexicon(load_lexicon()))
    if patterns._compound.search(text):
        assert any(w in text.lower() for w in patterns._needles)


def test_children_are_made_once_per_token(nlp):
    doc = nlp("The Secretary and the Mayor of Riverton met the delegation.")
    reading = Reading(doc, [], Vocabulary({}, {}, {}))
    for token in doc:
        kids = reading.children_of(token)
        assert [c.i for c in kids] == [c.i for c in token.children]
        assert reading.children_of(token) is kids


@pytest.mark.parametrize("text", TEXTS)
def test_word_lists_are_the_tokens_words(nlp, text):
    from igr.extract.sentence import word_lists

    doc = nlp(text)
    assert word_lists(doc) == ([t.lower_ for t in doc], [t.lemma_.lower() for t in doc])
    assert word_lists(Doc(Vocab(), words=["A", "b"])) == (["", ""], ["", ""]) == \
        ([t.lower_ for t in Doc(Vocab(), words=["A", "b"])], [t.lemma_ for t in Doc(Vocab(), words=["A", "b"])])


READINGS = [("classify", "_classified"), ("title_start", "_title_starts"), ("venue", "_venues"),
            ("head_first", "_heads_first")]
MADE_UP_NAMES = ["Riverton Trade Office", "Vice Mayor of Lakeside", "Third Plenary Session of the Hillcrest Forum",
                 "Task Force on Ferry Services between Riverton and Bayview", "Northport Convention Centre",
                 "Westham Public Security Minister", "Seminar on Green Finance", "Lakeland Investment Fund",
                 "City of Westham", "Bayview Control Point", "Hillcrest/Bayview Co-operation Conference"]


@pytest.mark.parametrize("reading, kept", READINGS)
def test_kept_name_grammar_answers_are_bounded_and_are_the_answers(monkeypatch, reading, kept):
    from igr.extract import names as names_module
    from igr.extract.names import NameGrammar

    lex = load_lexicon()
    monkeypatch.setattr(names_module, "NAMES_KEPT", 4)
    grammar, sizes = NameGrammar(lex), []
    answers = []
    for _ in range(2):  # twice: the second time some answers are kept, others were forgotten
        for name in MADE_UP_NAMES:
            answers.append(getattr(grammar, reading)(name))
            sizes.append(len(getattr(grammar, kept)))
    assert max(sizes) == 4
    monkeypatch.setattr(names_module, "NAMES_KEPT", 10**6)
    unbounded = NameGrammar(lex)
    assert answers == [getattr(unbounded, reading)(name) for name in MADE_UP_NAMES] * 2
    assert len(getattr(unbounded, kept)) >= len(MADE_UP_NAMES)


def test_a_long_build_keeps_a_bounded_number_of_name_answers(monkeypatch):
    from igr.extract import names as names_module
    from igr.extract.names import NameGrammar

    monkeypatch.setattr(names_module, "NAMES_KEPT", 50)
    grammar = NameGrammar(load_lexicon())
    for n in range(400):  # a new made-up name in every "release"
        for name in (f"Riverton District {n} Council", f"Vice Mayor of Lakeside {n}", f"Forum on Topic {n}"):
            grammar.classify(name)
    assert all(len(getattr(grammar, kept)) <= 50 for _, kept in READINGS)


@pytest.mark.parametrize("text", [*TEXTS, "Mr Lee, the Vice Mayor of Riverton, met Ms Tan and her delegation."])
def test_tag_lists_are_the_tokens_tags(nlp, text):
    from igr.extract.sentence import tag_lists

    doc = nlp(text)
    assert tag_lists(doc) == ([t.pos_ for t in doc], [t.tag_ for t in doc], [t.dep_ for t in doc])
    blank = spacy.blank("en")("no tags here")
    assert tag_lists(blank) == ([t.pos_ for t in blank], [t.tag_ for t in blank], [t.dep_ for t in blank])


@pytest.mark.parametrize("text", [*TEXTS, "The Governor, who arrived today, met the Mayor of Lakeside and signed two plans."])
def test_a_readings_tokens_and_children_are_the_docs(nlp, text):
    doc = nlp(text)
    reading = Reading(doc, [], Vocabulary({}, {}, {}))
    assert [t.i for t in reading.tokens] == list(range(len(doc)))
    for token in doc:
        assert [c.i for c in reading.children_of(token)] == [c.i for c in token.children]
        assert [t.i for t in reading.subtree_of(token)] == [t.i for t in token.subtree]


@pytest.mark.parametrize("text", [*TEXTS, "The Governor arrived today. He met the Mayor of Lakeside.\n\nThey signed two plans."])
def test_a_readings_sentences_are_the_docs(nlp, text):
    doc = nlp(text)
    reading = Reading(doc, [], Vocabulary({}, {}, {}))
    for token in doc:
        assert reading.sentence_of(token.i) == token.sent
        assert reading.sentence_of(token.i) == doc[token.i:].sent


def _split_honorifics_every_cut(finder, text, start, end):
    """The pieces of a chunk cut before each honorific, every word read (as before the shortcut)."""
    import re
    from igr.extract.patterns import TRAILING_LINK

    cuts = [start]
    words = list(re.finditer(r"\S+", text[start:end]))
    honorific = [finder._honorific(w[0], words[i + 1][0] if i + 1 < len(words) else "") for i, w in enumerate(words)]
    cuts += [start + w.start() for w, h in zip(words, honorific) if h and w.start()]
    cuts.append(end)
    for s, e in zip(cuts, cuts[1:]):
        piece = text[s:e].rstrip()
        if piece and s == start and not (honorific and honorific[0]):
            yield s, s + len(TRAILING_LINK.sub("", piece))


@pytest.mark.parametrize("chunk", [
    "Vice Mayor of Riverton Mr Chen Jie", "Mr Chen Jie", "Secretary for Home Affairs", "Justice Minister Tang",
    "Director of the Office Ms Wong and Mr Lee", "Lord Mayor of Westham", "Riverton Council Dr Lam", "",
    "Deputy Director Professor Ho of the Lakeland Institute",
])
def test_a_chunk_cut_at_its_first_honorific_gives_the_pieces_cut_at_every_one(chunk):
    from igr.extract.mentions import MentionFinder

    finder = MentionFinder(load_lexicon())
    text = f"Yesterday {chunk} spoke."
    start, end = 10, 10 + len(chunk)
    assert list(finder._split_honorifics(text, start, end)) == list(_split_honorifics_every_cut(finder, text, start, end))


@pytest.mark.parametrize("text", [
    "They attended the opening ceremony of the Riverton Science Park.", "the signing ceremony for the Lakeland Plan",
    "No such word at all in this release.", "A CEREMONY of the Westham Council",
])
def test_the_ceremony_prefilter_never_passes_over_a_match(text):
    from igr.extract.lowercase import _CEREMONY

    if _CEREMONY.search(text):
        assert "ceremony" in text


def test_weak_alias_patterns_are_made_once_for_the_entries_that_have_weak_aliases():
    from igr.extract.mentions import MentionFinder

    lex = load_lexicon()
    finder = MentionFinder(lex)
    assert [entry for entry, _ in finder._weak_patterns] == [e for e in lex.entries if e.weak]
    assert finder._weak_patterns is finder._weak_patterns


@pytest.mark.parametrize("text", TEXTS)
def test_the_mention_component_reads_the_text_kept_with_the_doc(extractor, nlp, text):
    from igr.extract.mentions import TEXT

    kept = extractor._doc_of(text)
    assert kept.user_data[TEXT] == text == kept.text
    assert nlp(kept).user_data["igr_mentions"] == nlp(text).user_data["igr_mentions"]
    assert next(nlp.pipe([extractor._doc_of(text)])).user_data[TEXT] == text  # (kept through nlp.pipe)
