"""Tests for frontmap.extract.held_spans: a hold told in the past perfect with its length began
that long before the day the sentence tells."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.held_spans import held_for
from frontmap.extract.span_windows import RANGE_BASIS

WED_JULY_28 = (dt.date(2021, 7, 28), "manifest")


def _dated(sentence: str, trigger: str, place: str, dated=WED_JULY_28) -> tuple[dt.date | None, str]:
    return held_for(sentence, sentence.index(trigger), sentence.index(place) + len(place), dated)


@pytest.mark.parametrize(("sentence", "trigger", "first_day"), [
    ("The militants, who had controlled Darqad for three weeks, fled.", "controlled", dt.date(2021, 7, 7)),
    ("The insurgents had held Darqad district for nearly two months.", "held", dt.date(2021, 5, 29)),
    ("The Taliban had been besieging Darqad for ten days.", "besieging", dt.date(2021, 7, 18)),
])
def test_a_past_perfect_hold_with_its_length_begins_that_long_before(sentence, trigger, first_day):
    assert _dated(sentence, trigger, "Darqad") == (first_day, RANGE_BASIS)


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The Taliban have controlled Darqad for three weeks.", "controlled"),  # still held
    ("The Taliban had controlled Darqad before the army arrived.", "controlled"),  # no length
    ("Darqad, which the Taliban had controlled, fell for three weeks.", "controlled"),  # the trigger after the place
])
def test_other_holds_keep_their_date(sentence, trigger):
    assert _dated(sentence, trigger, "Darqad") == WED_JULY_28


def test_a_date_already_counted_back_is_kept():
    counted = (dt.date(2021, 7, 14), "relative")
    assert _dated("They had besieged Darqad for two weeks.", "besieged", "Darqad", counted) == counted
