"""Tests for frontmap.extract.anchor_complements: what "a day after" is after, and the names a
counted noun at its end stands for."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.anchor_complements import complement
from frontmap.extract.date_expressions import find_date_expressions

SAT_AUG_14 = dt.date(2021, 8, 14)


def _complement(sentence: str) -> str:
    shift = next(e for e in find_date_expressions(sentence) if e.kind == "shift")
    lo, hi = complement(sentence, shift)
    return sentence[lo:hi].strip()


@pytest.mark.parametrize(("sentence", "told"), [
    ("They took Gardez, a day after they seized two cities, Ghazni and Qalat, officials said.",
     "they seized two cities, Ghazni and Qalat"),
    ("Troops left Nili two days after the militants overran three districts, Shahrestan, Kiti and Miramor.",
     "the militants overran three districts, Shahrestan, Kiti and Miramor"),
    ("Asadabad fell a day after the insurgents took Mehtarlam, the capital of Laghman.",
     "the insurgents took Mehtarlam"),
    ("Asadabad fell a day after the insurgents took two towns, officials said.",
     "the insurgents took two towns"),
])
def test_a_complement_runs_to_its_clause_s_end_or_through_the_names_it_counts(sentence, told):
    assert _complement(sentence) == told


def test_listed_names_take_the_complement_s_day():
    events = events_of("Militants took Jalalabad on Friday, a day after they seized two provincial capitals, Faizabad and Khost.", SAT_AUG_14)
    assert ("Jalalabad", "taliban", "2021-08-13") in events
    assert ("Faizabad", "taliban", "2021-08-12") in events
    assert ("Khost", "taliban", "2021-08-12") in events


@pytest.mark.parametrize(("sentence", "told"), [
    ("They took Gardez, a day after taking Ghazni, Qalat and Tarinkot.", "taking Ghazni, Qalat and Tarinkot"),
    ("Asadabad fell two days after the militants overran Faizabad, Khost, and Kunduz, officials said.",
     "the militants overran Faizabad, Khost, and Kunduz"),
    ("Asadabad fell a day after the militants overran Faizabad, Afghan and US officials said.", "the militants overran Faizabad"),
    ("Asadabad fell a day after the militants took Faizabad, Khost and Kunduz on Friday.", "the militants took Faizabad"),
])
def test_a_complement_ending_on_a_name_runs_through_the_list_it_opens(sentence, told):
    assert _complement(sentence) == told


def test_every_name_of_the_list_takes_the_complement_s_day():
    events = events_of("The Taliban entered Jalalabad on Saturday, a day after taking Faizabad, Khost and Kunduz.", SAT_AUG_14)
    assert {("Faizabad", "taliban", "2021-08-13"), ("Khost", "taliban", "2021-08-13"), ("Kunduz", "taliban", "2021-08-13")} <= events
