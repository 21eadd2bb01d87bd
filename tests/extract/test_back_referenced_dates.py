"""Days told by reference to another day: "the day before that", "two days after its fall", "on
the eve of its fall", "forty-eight hours later", a counted day glossed by its name ("hours
earlier, late on Monday"), fighting "reported on Monday", the speaker a trigger follows, and the
defence a "but" clause tells."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of, reads

WED_AUG_4 = dt.date(2021, 8, 4)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # "that" is the last day the sentence before told, a complement's day included
    ("Kunduz fell on Tuesday, a day after government forces retook Imam Sahib. The day before that, fighters attacked Enjil.",
     ("Enjil", "contested", "2021-08-01"), ("Enjil", "contested", "2021-08-02")),
    ("Kunduz fell on Tuesday. The day before that, fighters attacked Enjil.",
     ("Enjil", "contested", "2021-08-02"), ("Enjil", "contested", "2021-08-01")),
    # the eve of a fall told just before; a complement retelling it by a pronoun
    ("The Taliban took Herat on Tuesday. On the eve of its fall, the insurgents had captured Enjil.",
     ("Enjil", "taliban", "2021-08-02"), ("Enjil", "taliban", "2021-08-03")),
    ("Nijrab fell on Monday. Two days after its fall, Achin was overrun as well.",
     ("Achin", "taliban", "2021-08-04"), ("Achin", "taliban", "2021-08-02")),
    ("The Taliban overran Khwahan on Saturday. Forty-eight hours later, commandos retook the district.",
     ("Khwahan", "government", "2021-08-02"), ("Khwahan", "government", "2021-07-31")),
    # a counted day or hour the writer names right after it
    ("Fighters attacked Achin after midnight on Tuesday. Nijrab came under attack hours earlier, late on Monday.",
     ("Nijrab", "contested", "2021-08-02"), ("Nijrab", "contested", "2021-08-03")),
    ("Kuf Ab fell on Sunday. The next day, Monday, the Taliban overran Khwahan.",
     ("Khwahan", "taliban", "2021-08-02"), ("Khwahan", "taliban", "2021-08-01")),
    # fighting reported on a day happened that day; a source reporting a fall only caps it
    ("Imam Sahib fell on Sunday. Fighting was reported on Tuesday around Kunduz.",
     ("Kunduz", "contested", "2021-08-03"), ("Kunduz", "contested", "2021-08-01")),
    ("Imam Sahib fell on Sunday. Officials reported on Tuesday that Nijrab had fallen.",
     ("Nijrab", "taliban", "2021-08-01"), ("Nijrab", "taliban", "2021-08-03")),
    # each speaker caps what it tells
    ("The Taliban said on Monday they had captured Achin, but the governor said on Tuesday "
     "that security forces still held the district.",
     ("Achin", "government", "2021-08-03"), ("Achin", "government", "2021-08-02")),
    # a "but" clause telling the defence keeps the day of the attack it answers
    ("Nijrab fell on Sunday. The Taliban reached the outskirts of Achin on Tuesday, but local forces held it.",
     ("Achin", "government", "2021-08-03"), ("Achin", "government", "2021-08-01")),
    ("Nijrab fell on Sunday. The Taliban attacked Achin on Tuesday, but were beaten back by police.",
     ("Achin", "contested", "2021-08-03"), ("Achin", "contested", "2021-08-01")),
])
def test_a_day_told_by_reference(text, present, absent):
    assert reads(text, WED_AUG_4, present, absent)


def test_a_complement_naming_another_place_is_no_back_reference():
    events = events_of("Nijrab fell on Monday. Two days after Kunduz was attacked, Achin was overrun as well.", WED_AUG_4)
    assert ("Achin", "taliban", "2021-08-04") not in events
