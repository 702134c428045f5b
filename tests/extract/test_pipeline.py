"""The spaCy pipeline igr runs: hyphenated triggers as one token with their lemma, paragraph breaks,
and the sentence view the relation patterns read."""

import doctest

import pytest

from igr.extract import sentence
from igr.extract.pipeline import load_model, paragraph_boundaries
from igr.extract.sentence import Sentence


@pytest.fixture(scope="module")
def nlp(extractor):
    return extractor.nlp


@pytest.mark.parametrize("text, word, lemma", [
    ("The meeting was co-chaired by the two ministers.", "co-chaired", "co-chair"),
    ("Co-organising the forum, the bureau invited speakers.", "Co-organising", "co-organise"),
    ("They will co-host the summit next year.", "co-host", "co-host"),
    ("The two co-chairmen opened the session.", "co-chairmen", "co-chairman"),
])
def test_hyphenated_triggers_are_one_token_with_their_lemma(nlp, text, word, lemma):
    doc = nlp(text)
    [token] = [t for t in doc if t.text == word]
    assert token.lemma_ == lemma


def test_lemmas_are_set_in_the_lemmatizer_s_place_and_only_there(nlp):
    assert "lemmatizer" not in nlp.pipe_names and "lemmatizer" in nlp.disabled
    assert nlp.pipe_names.index("igr_lemmas") == nlp.pipe_names.index("igr_attributes") + 1
    doc = nlp("Officials co-chaired it. Officials chaired it.")
    assert [t.lemma_ for t in doc if t.text.endswith("chaired")] == ["co-chair", "chair"]


def test_the_lemmas_are_the_model_lemmatizer_s(nlp):
    text = ("The ministers were meeting in Shenzhen, where they'd signed two agreements. She has visited the "
            "Cities of Xiamen and Fuzhou, met the Governors and is going to Beijing. I was there; he wasn't.")
    expected = [(t.text, t.lemma_) for t in load_model()(text)]
    assert len(expected) > 30
    for _ in range(2):  # (the second time from the lemmas kept)
        assert [(t.text, t.lemma_) for t in nlp(text)] == expected
    assert [t.lemma_ for t in nlp("They were visiting cities.")] == ["they", "be", "visit", "city", "."]


def test_attributes_are_set_in_the_attribute_ruler_s_place(nlp):
    assert "attribute_ruler" not in nlp.pipe_names and "attribute_ruler" in nlp.disabled
    assert nlp.pipe_names.index("igr_attributes") == nlp.pipe_names.index("parser") + 1


@pytest.mark.parametrize("text", [
    "The ministers were meeting in Shenzhen, where they'd signed two agreements. I was there; he wasn't.",
    "Y'all ain't gonna believe it, and we gotta go. Let's go! C'mon, there are   two  spaces here.",
    "Title of a release\n\n  \t There is a cat; it's fine. There were two. She'd say he'd gone.",
    "Mr Lee, the Chief Executive, met the Governor of Guangdong Province, Mr Wang Weizhong, on May 3.",
])
def test_the_attributes_are_the_model_attribute_ruler_s(nlp, text):
    """Part of speech, tag, morphology, lemma and relation of every token are those the model's own attribute
    ruler gives, on the same parse (the pair patterns "gonna", "let's", "there are" and space tokens too)."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
    columns = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    ruled = nlp.get_pipe("attribute_ruler")
    for _ in range(2):  # (the second time from the readings kept)
        ours = nlp(text)
        theirs = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            theirs = ruled(theirs) if name == "igr_attributes" else proc(theirs)
        assert (ours.to_array(columns) == theirs.to_array(columns)).all()
        assert [t.pos_ for t in ours] == [t.pos_ for t in theirs] and [str(t.morph) for t in ours] == [
            str(t.morph) for t in theirs]


@pytest.mark.parametrize("text, starts", [
    ("Title of a release\n\nThe Secretary visited Shenzhen today", ["The"]),
    ("One line\nanother line with no stop", ["another"]),
    ("A paragraph ends here\n\n\nand the next begins in lower case", ["and"]),
    ("No break at all in this text", []),
])
def test_a_line_break_starts_a_sentence(nlp, text, starts):
    doc = paragraph_boundaries(nlp.make_doc(text))
    assert [t.text for t in doc if t.i > 0 and t.is_sent_start] == starts


# The parser may end a sentence before a titled name or inside a list of them; a sentence never starts right
# after a word or a comma on the same line.
@pytest.mark.parametrize("text, name", [
    ("Chief Executive Ho Wai met the Secretary of the Party Committee and Governor of Lakeland Province "
     "Mr Wang Lin. Both parties agreed to deepen ties.", "Wang"),
    ("Also attending the meeting were Secretary for Economy and Finance Lei Kam and Lakeland Vice Governor "
     "Zhang Min.", "Lei"),
    ("Mr Suen together with President of the Institute of Education Professor Tom Lee and Principal of "
     "Riverside Secondary School Mr Tai Ming visited Riverside Primary School.", "Tai"),
])
def test_no_sentence_starts_after_a_word_on_the_same_line(nlp, text, name):
    doc = nlp(text)
    [token] = [t for t in doc if t.text == name]
    assert token.sent.start == 0


def test_a_sentence_answers_as_its_span(nlp):
    doc = nlp("Mr Chan met Mr Lee in Shenzhen. They signed an agreement.")
    for span in doc.sents:
        s = Sentence(span)
        assert [t.i for t in s] == [t.i for t in span]
        assert (s.text, s.start, s.end, s.start_char, s.end_char, len(s)) == \
            (span.text, span.start, span.end, span.start_char, span.end_char, len(span))
        assert s[0].i == span[0].i and s[-1].i == span[-1].i
        assert s[1:3].text == span[1:3].text and s.root.i == span.root.i


def test_the_sentence_docstring_example_holds():
    assert doctest.testmod(sentence).failed == 0


@pytest.mark.parametrize("text, whole", [
    ("Hong Kong-Shanghai co-operation (and co-ordination) grew.", ["co-operation", "co-ordination"]),
    ('"Co-operation," she said.', ["Co-operation"]),
    ("They co-hosted it; co-chairing was shared.", ["co-hosted", "co-chairing"]),
])
def test_hyphenated_words_stay_whole_beside_punctuation(nlp, text, whole):
    assert [t.text for t in nlp.make_doc(text) if "-" in t.text and t.text[0].lower() == "c"] == whole


def test_an_earlier_token_match_of_the_model_still_holds():
    import re

    import spacy

    from igr.extract.pipeline import _keep_whole

    blank = spacy.blank("en")
    blank.tokenizer.token_match = re.compile(r"x-ray").fullmatch
    _keep_whole(blank, ["co-host"])
    assert [t.text for t in blank.make_doc("an x-ray to co-host")] == ["an", "x-ray", "to", "co-host"]
    assert [t.text for t in blank.make_doc("a y-ray")] == ["a", "y", "-", "ray"]
