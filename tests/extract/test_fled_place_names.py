"""A name right after a verb of fleeing ("residents who fled X said ...") is the place fled, not a
speaker named before "said", so "the district" after it means that place. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.persons import names_a_person

THU_AUG_12 = dt.date(2021, 8, 12)


@pytest.mark.parametrize(("text", "before", "person"), [
    ("Residents who fled Achin said the roads were shut.", "fled", False),
    ("Families who escaped Achin said the roads were shut.", "escaped", False),
    ("Residents of Achin said the roads were shut.", "of", False),
    ("A man named Achin said the roads were shut.", "named", True),  # a speaker's name before "said"
])
def test_a_name_after_a_verb_of_fleeing_is_no_speaker(text, before, person):
    start = text.index("Achin")
    assert names_a_person(text, start, start + len("Achin"), before) is person


def test_the_district_after_a_fled_place_means_it():
    events = events_of("Residents who fled Achin said on Thursday that the Taliban had overrun the district on Tuesday.", THU_AUG_12)
    assert ("Achin", "taliban", "2021-08-10") in events
