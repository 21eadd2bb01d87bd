"""A place handed over "to them" goes to the side named before the handing's own clause
(`frontmap.extract.pronoun_receivers`), not to the other side of whoever is named last."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

TUE_AUG_10 = dt.date(2021, 8, 10)


@pytest.mark.parametrize(("text", "status"), [
    ("Taliban fighters patrolled Kunduz on Tuesday, a day after local elders handed the city to them, residents said.", "taliban"),
    ("Taliban fighters patrolled Kunduz on Tuesday, a day after the army handed the city to them, residents said.", "taliban"),
    ("Elders met the Taliban outside Kunduz on Monday, and the governor handed the city over to them hours later.", "taliban"),
    ("Afghan commandos reached Kunduz on Tuesday, a day after local elders handed the city back to them, residents said.", "government"),
])
def test_them_is_the_side_named_before_the_handing(text, status):
    events = events_of("Report\n" + text, TUE_AUG_10)
    assert ("Kunduz", status, "2021-08-09") in events
    assert not any(e[0] == "Kunduz" and e[1] == ("government" if status == "taliban" else "taliban") for e in events)


def test_a_side_handing_in_its_own_clause_still_gives_the_place_up():
    events = events_of("Report\nThe Taliban surrounded Kunduz and the soldiers handed it to them on Monday, residents said.", TUE_AUG_10)
    assert ("Kunduz", "taliban", "2021-08-09") in events
    assert not any(e[1] == "government" for e in events)
