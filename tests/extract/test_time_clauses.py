"""A clause of time ("as", "when", "while", "after") that names a day dates the main clause beside it
(or past an undated one: "after fierce clashes when the police pulled out on Thursday") when that
clause names none; not when the clause of time tells a change of its own, when fighting began, or
only a month, nor when the sentence has another date for the main clause."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

SUN_AUG_15 = dt.date(2021, 8, 15)


@pytest.mark.parametrize(("text", "present"), [
    ("The Taliban lost control of Nijrab after clashing with a local militia on Friday, residents said.",
     ("Nijrab", "government", "2021-08-13")),
    ("Government troops retook Achin after heavy fighting on Thursday night.", ("Achin", "government", "2021-08-12")),
    ("As Kunduz was falling on Saturday morning, the Taliban also captured Imam Sahib, officials said.",
     ("Imam Sahib", "taliban", "2021-08-14")),
    ("When the shooting stopped on Friday evening, the army abandoned Kuf Ab.", ("Kuf Ab", "taliban", "2021-08-13")),
    # past an undated clause of time, the next one tells the day
    ("Insurgents overran Imam Sahib after fierce clashes when the police pulled out on Thursday.",
     ("Imam Sahib", "taliban", "2021-08-12")),
])
def test_the_day_of_a_clause_of_time_dates_the_main_clause(text, present):
    assert present in events_of(text, SUN_AUG_15)


@pytest.mark.parametrize(("text", "absent"), [
    # the day of the Taliban's own capture, not of the retake after it
    ("Government troops retook Achin after the Taliban had captured it on Thursday.", ("Achin", "government", "2021-08-12")),
    # the day the fighting began: the district fell later
    ("Insurgents captured Khwahan after clashes that began late on Thursday.", ("Khwahan", "taliban", "2021-08-12")),
    # a month names no day
    ("Fighters seized Nusay, the first district to fall after the offensive widened in May.", ("Nusay", "taliban", "2021-05-15")),
])
def test_a_clause_of_time_that_tells_another_day_dates_nothing(text, absent):
    assert absent not in events_of(text, SUN_AUG_15)


def test_a_date_of_the_main_clause_wins():
    text = "On Saturday the Taliban took Nijrab, as fighting went on in Achin since Friday."
    assert ("Nijrab", "taliban", "2021-08-14") in events_of(text, SUN_AUG_15)
