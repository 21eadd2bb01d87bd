"""Tests for the relative days of frontmap.extract.date_expressions that name a part of a day
("next morning", "the previous afternoon", "the night after") or leave the count vague ("days
later", "a few days later", "later that week"): each counts from the day in force, and a vague
count never reaches past the report's day."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.date_expressions import find_date_expressions, resolve_expression

PUBLISHED = dt.date(2021, 7, 30)  # a Friday
IN_FORCE = dt.date(2021, 7, 20)


def _day(sentence: str, previous: dt.date | None = IN_FORCE, published: dt.date = PUBLISHED) -> dt.date | None:
    """Return the day the sentence's only date expression names."""
    (expr,) = find_date_expressions(sentence)
    return resolve_expression(expr, published, previous)[0]


@pytest.mark.parametrize("sentence, shift", [
    ("Next morning the militia drove the insurgents out of Kohistan.", 1),
    ("Next day the district governor gave up the compound.", 1),
    ("The police left Qaisar the following afternoon.", 1),
    ("The next evening fighters walked into the bazaar of Almar.", 1),
    ("The morning after, commandos took back the district.", 1),
    ("The previous afternoon the insurgents had shelled Jurm.", -1),
    ("The previous morning a convoy had reached Kishm.", -1),
    ("The night before, the garrison had slipped away.", -1),
    ("On the preceding day the insurgents had entered Khwaja Ghar.", -1),
    ("In the two preceding days the group had taken two more towns.", -1),
    ("Over the three previous days the militants had cut the highway.", -1),
])
def test_a_part_of_a_day_counts_one_day_from_the_day_in_force(sentence, shift):
    assert _day(sentence) == IN_FORCE + dt.timedelta(days=shift)


@pytest.mark.parametrize("sentence, days", [
    ("Days later, local fighters took the district back.", 2),
    ("A few days later the Taliban also took Dand.", 3),
    ("Several days later the army reopened the highway to Maimana.", 3),
    ("Later that week the district centre fell.", 1),
    ("Later in the week the insurgents entered Khan Abad.", 1),
])
def test_a_vague_count_comes_after_the_day_in_force(sentence, days):
    assert _day(sentence) == IN_FORCE + dt.timedelta(days=days)


@pytest.mark.parametrize("sentence", [
    "Weeks later the commandos returned to Ghormach.",
    "A few days later the garrison surrendered.",
    "Later that week the police handed over the district.",
])
def test_a_vague_count_never_reaches_past_the_report(sentence):
    assert _day(sentence, previous=PUBLISHED - dt.timedelta(days=1)) == PUBLISHED


def test_a_counted_shift_keeps_its_count():
    assert _day("Three days later the army retook Dand.", previous=PUBLISHED) == PUBLISHED + dt.timedelta(days=3)


@pytest.mark.parametrize("sentence", [
    "Days before the withdrawal, the base was emptied.",
    "Following morning prayers, elders met the district governor.",
    "The days after the fall were calm.",
])
def test_words_that_name_no_day_are_no_date(sentence):
    assert find_date_expressions(sentence) == []


def test_days_earlier_counts_back_from_the_day_in_force():
    assert _day("The army shelled Sangcharak, after losing Balkhab days earlier.") == IN_FORCE - dt.timedelta(days=2)


def test_days_after_a_gerund_is_a_counted_shift():
    (expr,) = find_date_expressions("Militants closed the road to Qaisar, days after taking Almar.")
    assert expr.kind == "shift"


@pytest.mark.parametrize("sentence", [
    "The police held the bazaar for days after the governor left.",
    "Commandos cleared the town days earlier than planned.",
])
def test_a_duration_or_a_comparison_is_no_count(sentence):
    assert find_date_expressions(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Recently the insurgents overran Yamgan.",
    "The militia, which lately lost Warduj, pulled back to Baharak.",
])
def test_recently_is_a_span_of_the_weeks_before_the_report(sentence):
    (expr,) = find_date_expressions(sentence)
    assert resolve_expression(expr, PUBLISHED) == (PUBLISHED - dt.timedelta(days=14), "range")


@pytest.mark.parametrize("sentence", [
    "The recently appointed governor toured the front.",
    "Districts recently retaken by the army were quiet.",
    "The police held Kishm until recently.",
    "Five districts fell, most recently Warduj.",
])
def test_recently_over_a_noun_a_reduced_relative_or_a_list_is_no_span(sentence):
    assert find_date_expressions(sentence) == []


@pytest.mark.parametrize("sentence, days", [
    ("A month later, the insurgents overran Almar.", 30),
    ("Two months later the army abandoned Burka.", 60),
])
def test_a_month_shift_is_a_span_from_that_far_on(sentence, days):
    (expr,) = find_date_expressions(sentence)
    assert resolve_expression(expr, PUBLISHED, IN_FORCE - dt.timedelta(days=days)) == (IN_FORCE, "range")


def test_a_year_shift_never_reaches_past_the_report():
    (expr,) = find_date_expressions("A year later the police returned to Nahrin.")
    assert resolve_expression(expr, PUBLISHED, IN_FORCE) == (PUBLISHED, "range")
