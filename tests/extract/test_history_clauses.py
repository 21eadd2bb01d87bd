"""A clause telling the object's past (a past perfect relative, a participle with its agent) does
not decide the place's status: the verb before the place does."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract import history_clauses, rules
from frontmap.extract.text import text_view

MON_AUG_9 = dt.date(2021, 8, 9)


def _chosen(sentence: str, place: str) -> str | None:
    triggers = rules.find_triggers(sentence, text_view(sentence))
    start = sentence.index(place)
    verb = history_clauses.object_verb_first(sentence, triggers, (start, start + len(place)), None)
    return None if verb is None else verb.text


@pytest.mark.parametrize(("sentence", "place", "chosen"), [
    ("Commandos retook Khwahan, overrun by insurgents in June, officials said.", "Khwahan", "retook"),
    ("Troops recaptured Nusay, which had fallen to the militants in July.", "Nusay", "recaptured"),
    ("Police regained control of Nijrab, seized by fighters last week.", "Nijrab", "regained control"),
    ("Militants seized Nijrab, which had been cleared by troops in May.", "Nijrab", "seized"),
    ("Militants seized Nijrab, which fell without a fight.", "Nijrab", None),
    ("Militants shelled Nijrab, overrun by troops in May.", "Nijrab", None),
    # a participle with its agent needs no comma, and "lost to" / "handed over to" is one too
    ("Troops retook the Dand district captured by the Taliban last week.", "Dand", "retook"),
    ("Police regained control of the Nijrab district overrun by insurgents in July.", "Nijrab", "regained control"),
    ("Commandos took back the Khwahan district lost to the militants on Friday.", "Khwahan", "took back"),
    ("Troops recaptured Nusay, handed over to the Taliban in June.", "Nusay", "recaptured"),
])
def test_the_verb_before_the_place_is_its_news(sentence, place, chosen):
    assert _chosen(sentence, place) == chosen


def test_a_retake_over_a_participle_s_capture_is_the_government_s():
    events = events_of("Commandos retook Khwahan, overrun by insurgents in June, officials said on Monday.", MON_AUG_9)
    assert ("Khwahan", "government", "2021-08-09") in events
    assert not any(status == "taliban" for _, status, _ in events)


def test_a_participle_s_agent_past_a_comma_is_not_the_verb_s():
    events = events_of("Police on Sunday recaptured Nusay, taken by militants last month.", MON_AUG_9)
    assert ("Nusay", "government", "2021-08-08") in events


@pytest.mark.parametrize(("sentence", "place", "chosen"), [
    ("Troops retook Nusay, which the militants captured in June.", "Nusay", "retook"),
    ("Police took back Nijrab, which fell to insurgents on Friday.", "Nijrab", "took back"),
    ("Insurgents seized Nijrab, which fell on Friday.", "Nijrab", None),
])
def test_a_retaking_undoes_the_loss_its_relative_clause_tells(sentence, place, chosen):
    assert _chosen(sentence, place) == chosen


def test_the_loss_s_date_does_not_date_the_retaking():
    events = events_of("On Sunday commandos retook Khwahan, which insurgents overran in June.", MON_AUG_9)
    assert ("Khwahan", "government", "2021-08-08") in events
    assert not any(day.startswith("2021-06") for _, _, day in events)


def test_regained_control_is_no_standing_hold_dated_by_its_loss():
    events = events_of("Police regained control of Nusay, which militants seized in June, officials said on Sunday.", MON_AUG_9)
    assert ("Nusay", "government", "2021-08-08") in events


def test_the_loss_a_participle_tells_dates_neither_status_nor_day_of_the_retaking():
    events = events_of("Commandos retook the Khwahan district lost to the Taliban on Friday, officials said on Sunday.", MON_AUG_9)
    assert ("Khwahan", "government", "2021-08-08") in events
    assert not any(status == "taliban" for _, status, _ in events)
