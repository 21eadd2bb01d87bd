"""Dates of other things: a founding, a birth, a deal or a span's start is not the event's day."""

from __future__ import annotations

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.date_foundings import dates_another_thing


def test_a_founding_a_deal_and_a_span_start_date_something_else():
    assert dates_another_thing("the militia, which was formed in ")
    assert dates_another_thing("under the accord SIGNED in ")
    assert dates_another_thing("fighting since the start of operations in ")


def test_a_change_of_hands_or_plain_words_date_the_event():
    assert not dates_another_thing("since the fall of Ghazni on ")
    assert not dates_another_thing("the insurgents overran the town on ")
    assert not dates_another_thing("it was signed, officials said on ")  # the word is too far back


def test_letters_outside_ascii_are_folded_as_the_pattern_folds_them():
    assert dates_another_thing("the pact \u017figned in ")  # a long s is an "s" when case is ignored
    assert dates_another_thing("a council \u201cformed\u201d in ") is dates_another_thing('a council "formed" in ')


def test_a_founding_year_is_dropped_from_a_sentence_s_dates():
    sentence = "The movement, founded in 1994, took the district on Friday."
    assert [e.text for e in find_date_expressions(sentence)] == ["Friday"]
