"""Days a report tells by reference, span or clock: "overnight Saturday", "a week ago today",
"Days before, ...", a day after a closed GMT bracket, "this past weekend", "the first days of
August", "Within days, ...", "the night before last", "a fortnight ago", "twelve days after", a
weekday told in local time under a dateline abroad, a relative clause dated by its clause of time,
"Y's fall" retold, "Hours earlier", and a second thing said; with the readings of who took what
that such sentences carry ("commanders loyal to Dostum", "was taken too", "the crossing with
Tajikistan at X", an entry undone past a second predicate, an entry after the forces pulled out, "were
inside the presidential palace", "western Herat")."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of, reads
from test_mentions import make_article, tiny_gazetteer

from frontmap.extract.mentions import MentionFinder

WED_AUG_4 = dt.date(2021, 8, 4)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("The Taliban took Nijrab overnight Saturday, officials said on Monday.",
     ("Nijrab", "taliban", "2021-07-31"), ("Nijrab", "taliban", "2021-08-04")),
    ("A week ago today, Achin was still held by government forces.",
     ("Achin", "government", "2021-07-28"), ("Achin", "government", "2021-08-04")),
    ("Kunduz fell on Tuesday. Days before, the insurgents had overrun Imam Sahib.",
     ("Imam Sahib", "taliban", "2021-08-01"), ("Imam Sahib", "taliban", "2021-08-03")),
    ("Fighters seized the police headquarters in Kunduz at 4 p.m. local time (1130 GMT) on Monday.",
     ("Kunduz", "contested", "2021-08-02"), ("Kunduz", "contested", "2021-08-04")),
    ("The Taliban took Nijrab this past weekend.",
     ("Nijrab", "taliban", "2021-08-01"), ("Nijrab", "taliban", "2021-08-04")),
    ("Kunduz fell on Sunday. Within days, the Taliban had also taken Imam Sahib.",
     ("Imam Sahib", "taliban", "2021-08-02"), ("Imam Sahib", "taliban", "2021-08-01")),
    ("Police who fled Nijrab when the Taliban stormed it on Sunday returned on Tuesday.",
     ("Nijrab", "taliban", "2021-08-01"), ("Nijrab", "taliban", "2021-08-04")),
    ("The Taliban captured Achin the night before last.",
     ("Achin", "taliban", "2021-08-02"), ("Achin", "taliban", "2021-08-03")),
    ("A fortnight ago, Enjil fell to the Taliban.",
     ("Enjil", "taliban", "2021-07-21"), ("Enjil", "taliban", "2021-08-04")),
    ("Government forces retook Nijrab on Tuesday, twelve days after it fell.",
     ("Nijrab", "taliban", "2021-07-22"), ("Nijrab", "taliban", "2021-08-03")),
    ("Khwahan fell on Sunday. The day after Khwahan's fall, Kuf Ab was overrun as well.",
     ("Kuf Ab", "taliban", "2021-08-02"), ("Khwahan", "taliban", "2021-07-31")),
    ("Nijrab fell on Sunday. Hours earlier, Achin had fallen.",
     ("Achin", "taliban", "2021-08-01"), ("Achin", "taliban", "2021-07-31")),
    ("Officials said the Taliban lost 100 men near Herat between Saturday and Monday, and that government forces still held Enjil.",
     ("Enjil", "government", "2021-08-04"), ("Enjil", "government", "2021-07-31")),
    ("WASHINGTON, Aug 3 - Fighters took Achin early Wednesday local time, an official said.",
     ("Achin", "taliban", "2021-08-04"), ("Achin", "taliban", "2021-07-28")),
    ("Mazar-i-Sharif had fallen on Sunday as commanders loyal to Dostum fled toward the border.",
     ("Mazar-i-Sharif", "taliban", "2021-08-01"), ("Mazar-i-Sharif", "government", "2021-08-01")),
    ("Kunduz fell on Monday. That evening, Herat was taken too.",
     ("Herat", "taliban", "2021-08-02"), ("Herat", "taliban", "2021-08-04")),
    ("Fighters took control of the border crossing with Tajikistan at Shir Khan Bandar on Monday.",
     ("Shir Khan Bandar", "taliban", "2021-08-02"), ("Shir Khan Bandar", "contested", "2021-08-02")),
    ("On Monday, fighters broke into Khost and seized the police headquarters before commandos drove them out.",
     ("Khost", "government", "2021-08-02"), ("Khost", "taliban", "2021-08-02")),
    ("Taliban fighters entered Achin on the morning of Aug. 2 after government forces pulled out overnight.",
     ("Achin", "taliban", "2021-08-02"), ("Achin", "contested", "2021-08-02")),
    ("On Sunday the insurgents were inside the presidential palace in Kabul.",
     ("Kabul", "taliban", "2021-08-01"), ("Kabul", "contested", "2021-08-01")),
])
def test_a_day_told_by_reference_span_or_clock(text, present, absent):
    assert reads(text, WED_AUG_4, present, absent)


def test_the_first_days_of_a_month_are_its_early_days():
    events = events_of("In the first days of August the insurgents overran Achin.", dt.date(2021, 8, 11))
    assert ("Achin", "taliban", "2021-08-05") in events


def test_a_compass_word_before_a_shared_name_means_the_province():
    article = make_article("The Taliban swept through western Herat on Monday.")
    kinds = [m.place.kind for m in MentionFinder(tiny_gazetteer()).find(article) if m.surface == "Herat"]
    assert kinds == ["province"]
