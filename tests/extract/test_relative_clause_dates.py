"""A date inside a relative clause after the place dates that clause, not the verb before it, when
the clause is told in the past perfect, names a coarse past ("last year"), or closes before the
verb's own date; two dates of different kinds joined by a comma alone make no range."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.date_ranges import joins_range
from frontmap.extract.relative_history import dates_a_relative_past

TUE_AUG_10 = dt.date(2021, 8, 10)


def _first_date_skipped(sentence: str, verb: str) -> bool:
    exprs = find_date_expressions(sentence)
    return dates_a_relative_past(sentence, exprs[0], sentence.index(verb), exprs)


@pytest.mark.parametrize(("sentence", "verb", "skipped"), [
    ("Insurgents seized Khwahan, which they had lost in June, on Monday.", "seized", True),
    ("Insurgents seized Khwahan, which troops had retaken in July.", "seized", True),
    ("Fighters overran Nusay, where they ambushed a convoy last year, on Sunday.", "overran", True),
    ("Fighters overran Nusay, where police lost a post in June, early on Sunday.", "overran", True),
    ("Fighters overran Nusay, which they entered on Sunday.", "overran", False),
    ("Troops retook Khwahan, which the insurgents have shelled in recent weeks.", "retook", True),
    ("The loss of Khwahan hurt the army, which has struggled over the last few months.", "loss", True),
    ("Fighters overran Nusay, which they entered on Sunday, a resident said.", "overran", False),
    # the places the verb's place joins keep their own days ("adding it to ...", "joining ...")
    ("The group took Aybak, joining several capitals it had seized during the past three days.", "took", True),
    ("Officials said the Taliban had taken Aybak, adding it to the cities they overran since Friday.", "taken", True),
    ("The group took Aybak, joining several capitals under its rule since Friday.", "took", False),  # no loss told of them
])
def test_a_relative_clause_keeps_its_own_date(sentence, verb, skipped):
    assert _first_date_skipped(sentence, verb) is skipped


def test_a_month_then_a_weekday_after_a_comma_is_no_range():
    sentence = "which they lost in May, on Monday"
    first, second = find_date_expressions(sentence)
    assert not joins_range(sentence, first, second)


def test_the_verb_takes_the_date_after_the_relative_clause():
    events = events_of("Insurgents seized Khwahan, which they had lost in June, on Monday.", TUE_AUG_10)
    assert ("Khwahan", "taliban", "2021-08-09") in events
    assert not any(e[2].startswith("2021-06") for e in events)


def test_a_past_year_in_the_clause_does_not_drop_the_event():
    events = events_of("Fighters overran Nusay, where they ambushed a convoy last year, on Sunday.", TUE_AUG_10)
    assert ("Nusay", "taliban", "2021-08-08") in events


def test_a_weekday_and_its_calendar_date_are_read_as_one_day():
    sentence = "fell on Friday, August 6, officials said"
    (found,) = find_date_expressions(sentence)
    assert (found.kind, found.text) == ("month_day", "Friday, August 6")


def test_a_loss_told_in_a_restrictive_relative_on_the_ground_dates_the_loss_only():
    events = events_of("Commandos retook Khwahan district, pushing the militants out of the areas that they seized last week.", TUE_AUG_10)
    assert ("Khwahan", "government", "2021-08-10") in events
    assert not [e for e in events if e[1] == "government" and e[2] != "2021-08-10"]


def test_a_restrictive_relative_without_a_loss_leaves_the_verb_its_day():
    events = events_of("Commandos retook Khwahan district, including the villages that line the road, on Monday.", TUE_AUG_10)
    assert ("Khwahan", "government", "2021-08-09") in events
