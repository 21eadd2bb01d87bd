"""Where each article's rows lie in events.csv (frontmap.events_spans): the plan of a merge, and
the spans kept between builds."""

from __future__ import annotations

import numpy as np
import pytest

from frontmap.events_spans import CannotMerge, SpansMaker, plan_merge, read_spans, spans_after, write_spans
from frontmap.store import Store

HEADER = 5


def old_file():
    """Spans of a file holding articles a (10 bytes), b (20), c (30), d (5), after a HEADER."""
    maker = SpansMaker(HEADER)
    for article_id, length in (("a", 10), ("b", 15), ("b", 5), ("c", 30), ("d", 5)):
        maker.add(article_id, f"story-{article_id}", length)
    return maker.spans()


def test_rows_of_one_article_written_in_two_pieces_are_one_span():
    spans = old_file()
    assert spans.ids == ["a", "b", "c", "d"]
    assert [spans.bounds(n) for n in range(4)] == [(5, 15), (15, 35), (35, 65), (65, 70)]


def test_unchanged_neighbours_are_copied_as_one_range_and_new_articles_go_between():
    stories: dict[str, str] = {}
    order = [("a", "story-a", False), ("b", "story-b", False), ("n", "n", True), ("c", "story-c", False)]
    plan = plan_merge(order, old_file(), stories)
    assert plan.steps == [(5, 35), "n", (35, 65)]
    assert plan.fresh == ["n"]
    assert plan.dropped == [(65, 70)]  # d is no longer stored
    assert stories == {"a": "story-a", "b": "story-b", "n": "n", "c": "story-c"}


def test_an_article_extracted_again_or_moved_to_another_story_is_written_fresh():
    order = [("a", "story-a", True), ("b", "story-a", False), ("c", "story-c", False), ("d", "story-d", False)]
    plan = plan_merge(order, old_file(), {})
    assert plan.steps == ["a", "b", (35, 70)]
    assert plan.fresh == ["a", "b"]
    assert plan.dropped == [(5, 35)]  # their old rows: the districts they were on are worked out again


def test_an_unchanged_article_missing_from_the_old_file_cannot_be_merged():
    with pytest.raises(CannotMerge):
        plan_merge([("x", "x", False)], old_file(), {})


def test_the_spans_after_a_merge_follow_the_new_file():
    spans = old_file()
    order = [("a", "story-a", False), ("n", "n", True), ("e", "e", True), ("c", "story-c", False)]
    plan = plan_merge(order, spans, {})
    after = spans_after(plan, spans, {"n": 7}, HEADER)  # e has no rows left: not in the file
    assert after.ids == ["a", "n", "c"]
    assert after.stories == ["story-a", "n", "story-c"]
    assert after.ends.tolist() == [15, 22, 52]


def test_kept_spans_are_read_back_only_for_the_file_they_were_noted_with(tmp_path):
    spans = old_file()
    with Store.open(tmp_path) as store:
        assert read_spans(store, ["events.csv", 70, 123]) is None  # none kept yet
        write_spans(store, spans, ["events.csv", 70, 123])
        back = read_spans(store, ["/elsewhere/events.csv", 70, 123])  # a copied folder: same file
        assert (back.ids, back.stories, back.first) == (spans.ids, spans.stories, spans.first)
        assert np.array_equal(back.ends, spans.ends)
        assert read_spans(store, ["events.csv", 70, 124]) is None  # the file was written since
