"""Tests for frontmap.extract.earlier_falls: names listed after "after" or "following" in a ranking
fell before the sentence's place and never take its day."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.earlier_falls import earlier_list_span

FRI_AUG_13 = dt.date(2021, 8, 13)


@pytest.mark.parametrize(("sentence", "listed"), [
    ("Khost was the tenth capital to fall on Thursday, after Kunduz, Faizabad and Herat.", "Kunduz, Faizabad and Herat"),
    ("Jalalabad became the latest city taken by the insurgents, following Khost and Faizabad.", "Khost and Faizabad"),
    ("Herat is the newest loss, after Kunduz and Faizabad on Wednesday.", "Kunduz and Faizabad on Wednesday"),
])
def test_the_list_of_earlier_falls_runs_to_its_clause_s_end(sentence, listed):
    lo, hi = earlier_list_span(sentence)
    assert sentence[lo:hi] == listed


@pytest.mark.parametrize("sentence", [
    "The Taliban entered Kabul on Sunday after President Ashraf Ghani left the country.",
    "Herat fell on Thursday after Afghan forces withdrew.",
    "Herat fell on Thursday after days of fighting.",
    "Fighting resumed in Herat on Monday after Eid.",
])
def test_an_after_clause_that_is_no_list_of_names_is_not_one(sentence):
    assert earlier_list_span(sentence) is None


def test_the_listed_names_do_not_take_the_ranked_place_s_day():
    events = events_of("Khost was the tenth capital to fall on Wednesday, after Kunduz, Faizabad and Herat.", FRI_AUG_13)
    assert ("Khost", "taliban", "2021-08-11") in events
    assert not {e for e in events if e[0] != "Khost" and e[2] == "2021-08-11"}


def test_a_day_told_inside_the_list_is_the_listed_names_own():
    events = events_of("Jalalabad is the latest city to fall, after Khost and Faizabad on Thursday.", FRI_AUG_13)
    assert ("Khost", "taliban", "2021-08-12") in events
    assert ("Jalalabad", "taliban", "2021-08-12") not in events
