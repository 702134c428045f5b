"""The relevance filter on titles written for these tests, and its figures on ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from igr.fetch.relevance import RelevanceFilter
from igr.fetch.run import category

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="module")
def judge() -> RelevanceFilter:
    return RelevanceFilter()


@pytest.mark.parametrize("title, reason", [
    ("SJ visits Macao", "place outside Hong Kong + interaction"),
    ("SCED meets Minister of Trade of Malaysia", "official of another jurisdiction + interaction"),
    ("Vice Mayor of Beijing tours West Kowloon with SHA", "official of another jurisdiction + interaction"),
    ("Director of the Hong Kong and Macao Affairs Office of the State Council studies economy of Hong Kong",
     "official of another jurisdiction in or with Hong Kong"),
    ("SCMA attends Hong Kong/Fujian Co-operation Conference", "mechanism + interaction"),
    ("CS met officials of Central People's Government", "government of another jurisdiction + interaction"),
    ("FS departs for trade mission", "departure from Hong Kong"),
    ("Hong Kong and Shenzhen sign memorandum on cross-boundary data", "place outside Hong Kong + interaction"),
])
def test_intergovernmental_titles_are_kept(judge, title, reason):
    decision = judge.judge(title)
    assert decision.keep and category(decision) == reason


@pytest.mark.parametrize("title, reason", [
    ("Lost hiker found safe in Sai Kung", "no place, government or official outside Hong Kong"),
    ("SDEV visits Kwun Tong District", "no place, government or official outside Hong Kong"),
    ("Task force on harbourfront holds fifth meeting", "no place, government or official outside Hong Kong"),
    ("Import of frozen shrimps from Norway suspended", "outside Hong Kong but no interaction"),
    ("Public libraries remind readers of returns to the Mainland branch", "outside Hong Kong but no interaction"),
    ("SCMA speaks to the media", "no place, government or official outside Hong Kong"),
    ("Second batch of vaccine doses from Ruritania and Germany arrives",
     "outside Hong Kong and an interaction, but no party named"),
])
def test_other_titles_are_dropped(judge, title, reason):
    decision = judge.judge(title)
    assert not decision.keep and category(decision) == reason


def test_the_text_decides_when_the_title_does_not(judge):
    text = "The Secretary for Development met the Vice Governor of Guangdong Province today.\n\nThey talked."
    decision = judge.judge("SDEV receives visitors", text)
    assert decision.keep and decision.basis == "text"
    late = "Figures of the week.\n\nMore figures.\n\nEven more.\n\nThe Minister of Commerce of Peru met the SCED."
    assert not judge.judge("Weekly figures", late).keep  # only the opening paragraphs are read


def test_words_inside_names_are_not_cues(judge):
    # "Mainland" inside the post's name is not a place; "Hong Kong" in an ETO's name is not a place abroad
    assert not judge.judge("Secretary for Constitutional and Mainland Affairs speaks on Policy Address").keep


def test_acronyms_match_in_capitals_only(judge):
    assert [c.kind for c in judge.cues("CE meets")] == ["hk_official", "interaction"]
    assert "hk_official" not in [c.kind for c in judge.cues("ce meets")]


@pytest.mark.skipif(not (SHARED / "relevance" / "titles.tsv").exists(), reason="../shared is not here")
def test_title_figures_on_labelled_titles():
    from igr.fetch.scores import read_titles, title_scores

    rows = read_titles(SHARED / "relevance" / "titles.tsv")
    strict = title_scores(rows, positive={"1"})  # borderline counted as not relevant
    loose = title_scores(rows, positive={"1", "b"})  # borderline counted as relevant
    print(f"\ntitles, b negative: precision {strict.precision:.3f} recall {strict.recall:.3f}; "
          f"b positive: precision {loose.precision:.3f} recall {loose.recall:.3f}")
    assert strict.recall >= 0.95 and strict.precision >= 0.80
    assert loose.precision >= 0.95 and loose.recall >= 0.65


@pytest.mark.skipif(not (SHARED / "corpus" / "dev").is_dir(), reason="../shared is not here")
def test_recall_on_the_dev_corpora():
    from igr.fetch.scores import corpus_recall

    folders = [f for f in (SHARED / "corpus" / "dev", SHARED / "corpus" / "dev-b") if f.is_dir()]
    scores, missed = corpus_recall(folders)
    print(f"\ndev corpora: recall {scores.recall:.3f} ({scores.true_positives} of "
          f"{scores.true_positives + scores.false_negatives}); missed: {missed}")
    assert scores.recall >= 0.98
