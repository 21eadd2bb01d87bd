"""A day told by its ordinal alone takes the month in force, else the publication month, and the
month before when it would fall after publication; an ordinal that counts something is no day
(`frontmap.extract.ordinal_days`)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.ordinal_days import find_ordinal_days, resolve_ordinal


@pytest.mark.parametrize(("sentence", "found"), [
    ("On the 15th the fighters entered the city.", ["the 15th"]),
    ("By the  3rd the garrison had gone.", ["the  3rd"]),  # the span starts at the article, however spaced
    ("Government forces held out until the 21st, officials said.", ["the 21st"]),
])
def test_an_ordinal_after_a_preposition_is_a_day(sentence, found):
    assert [text for _start, _end, text, _fields in find_ordinal_days(sentence)] == found
    assert all(sentence[start:end] == text for start, end, text, _fields in find_ordinal_days(sentence))


@pytest.mark.parametrize("sentence", [
    "Qalat became the 12th capital to fall.",
    "On the 5th day of the siege the bazaar closed.",
    "Troops of the 209th Corps pulled back.",
    "On the 20th anniversary of the attacks, few gathered.",
    "On the 9th of August the town fell.",  # a month follows: the full date's reading
])
def test_an_ordinal_that_counts_or_has_its_month_is_no_bare_day(sentence):
    assert find_ordinal_days(sentence) == []


@pytest.mark.parametrize(("day", "published", "in_force", "expected"), [
    (15, dt.date(2021, 8, 20), None, dt.date(2021, 8, 15)),
    (12, dt.date(2021, 8, 20), dt.date(2021, 7, 3), dt.date(2021, 7, 12)),
    (28, dt.date(2021, 8, 3), None, dt.date(2021, 7, 28)),  # after publication: the month before
    (31, dt.date(2021, 6, 20), dt.date(2021, 6, 2), None),  # June has no 31st
    (5, None, None, None),
])
def test_the_month_an_ordinal_day_takes(day, published, in_force, expected):
    assert resolve_ordinal(day, published, in_force) == expected
