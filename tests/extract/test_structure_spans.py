"""Names inside names are found without comparing every pair of spans, with the same answer."""

from hypothesis import given, settings
from hypothesis import strategies as st

from igr.extract.structure import _outermost, _starting_within

span_lists = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 10), st.sampled_from("abcd")), max_size=12).map(
    lambda xs: [(s, s + n, label) for s, n, label in xs])


@settings(max_examples=300, derandomize=True, database=None)
@given(spans=span_lists)
def test_outermost_is_every_span_inside_no_other(spans):
    spans = sorted(spans)
    pairwise = [x for x in spans
                if not any(o[0] <= x[0] and x[1] <= o[1] and (o[0], o[1]) != (x[0], x[1]) for o in spans)]
    assert _outermost(spans) == pairwise


@settings(max_examples=300, derandomize=True, database=None)
@given(spans=span_lists)
def test_starting_within_keeps_list_order(spans):
    for outer, within in zip(spans, _starting_within(spans)):
        assert within == [x for x in spans if outer[0] <= x[0] <= outer[1]]
