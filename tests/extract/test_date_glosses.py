"""A word of "now" with the day named beside it ("this morning (Tuesday)", "last night, June 14")
takes the named day: the word counts from the day the writer wrote, the name does not. So does a
rough count back after a named day ("on July 9, a month ago"); a release's dated lead ("May 5,
2021—") is its dateline; a date before an event noun ("since the Aug. 8 fall of X") is that event's day."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import reads

from frontmap.extract.dates import ArticleDates

WED_JUN_16 = dt.date(2021, 6, 16)


def _dates(sentence: str) -> list[tuple[str, dt.date | None]]:
    dates = ArticleDates(sentence, [(0, len(sentence))], WED_JUN_16)
    return [(d.expr.text, d.date) for d in dates._dated_of(0)]


@pytest.mark.parametrize(("sentence", "word", "day"), [
    ("Insurgents stormed the district this morning, Tuesday, June 15.", "this morning", dt.date(2021, 6, 15)),
    ("Gunmen hit the police post last night (Monday).", "last night", dt.date(2021, 6, 14)),
    ("The compound was handed over today, June 15, a local elder said.", "today", dt.date(2021, 6, 15)),
    ("The base changed hands early today (Tuesday).", "today", dt.date(2021, 6, 15)),
])
def test_the_named_day_dates_the_word_of_now(sentence, word, day):
    assert (word, day) in _dates(sentence)


@pytest.mark.parametrize(("sentence", "word", "day"), [
    ("Guards left the checkpoint this morning and talks went on until Tuesday.", "this morning", WED_JUN_16),
    ("The convoy was hit last night; on Monday another was ambushed.", "last night", dt.date(2021, 6, 15)),
])
def test_a_day_further_on_is_no_gloss(sentence, word, day):
    assert (word, day) in _dates(sentence)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Taliban fighters overran Nijrab district this morning, Tuesday, June 15, a council member said.",
     ("Nijrab", "taliban", "2021-06-15"), ("Nijrab", "taliban", "2021-06-16")),
    ("\"They attacked Achin last night (Monday),\" a police officer said.",
     ("Achin", "contested", "2021-06-14"), ("Achin", "contested", "2021-06-15")),
    ("Government troops retook Imam Sahib today, June 15, according to the army.",
     ("Imam Sahib", "government", "2021-06-15"), ("Imam Sahib", "government", "2021-06-16")),
])
def test_events_take_the_named_day(text, present, absent):
    assert reads(text, WED_JUN_16, present, absent)


@pytest.mark.parametrize(("sentence", "word", "day"), [
    ("Fighting has gone on in Qalat since the offensive began on May 16, a month ago.", "a month ago", dt.date(2021, 5, 16)),
    ("The Taliban overran the district on Monday, two days ago.", "two days ago", dt.date(2021, 6, 14)),
])
def test_a_count_back_after_a_named_day_takes_that_day(sentence, word, day):
    assert (word, day) in _dates(sentence)


def test_a_count_back_in_a_clause_of_its_own_keeps_its_day():
    found = _dates("They seized Maruf on June 9, and a month ago they had taken Arghistan.")
    assert ("a month ago", dt.date(2021, 6, 9)) not in found


def test_a_releases_dated_lead_is_its_dateline_not_the_fights_day():
    text = "May 5, 2021—Fighting around Achin district, Nangarhar province, grew sharply on May 3, a charity said."
    assert reads(text, dt.date(2021, 5, 5), ("Achin", "contested", "2021-05-03"), ("Achin", "contested", "2021-05-05"))


@pytest.mark.parametrize("sentence", [
    "Since the Aug. 8 capture of Kunduz by the Taliban, thousands have left the city.",
    "Since the Aug. 8 fall of Kunduz, aid groups have struggled to reach the city.",
])
def test_a_date_before_an_event_noun_is_that_events_day(sentence):
    assert reads(sentence, dt.date(2021, 8, 20), ("Kunduz", "taliban", "2021-08-08"), ("Kunduz", "taliban", "2021-08-20"))
