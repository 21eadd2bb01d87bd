"""A relative clause after a description that opens the sentence ("The district, overrun by the
Taliban on Aug 2, is still in their hands") tells the change of the place the description stands
for, on the clause's own day, as it does after the name. Sentences of our own."""

from __future__ import annotations

import datetime as dt

from event_reading import events_of

THU_AUG_12 = dt.date(2021, 8, 12)


def test_the_clause_after_an_opening_description_keeps_its_day():
    events = events_of("Troops shelled Taliban positions in Achin on Wednesday. The district, overrun by the Taliban on Aug 2, is still in their hands.", THU_AUG_12)
    assert ("Achin", "taliban", "2021-08-02") in events


def test_a_which_clause_after_the_description_too():
    events = events_of("Troops shelled Taliban positions in Achin on Wednesday. The district, which the Taliban seized on Monday, remains under their control.", THU_AUG_12)
    assert ("Achin", "taliban", "2021-08-09") in events


def test_a_sentence_that_names_the_place_is_read_by_its_name():
    events = events_of("The district of Achin, overrun by the Taliban on Aug 2, is still in their hands.", THU_AUG_12)
    assert ("Achin", "taliban", "2021-08-02") in events
    assert not any(place == "Jalalabad" for place, _, _ in events)
