"""'X does not mean the city has fallen': an official denies the fall the clause names, as 'the
city has not fallen' would; a fall told before 'did not mean' still stands ("The loss of Kunduz did
not mean the end of resistance") (invented texts over the small gazetteer of `test_mentions`)."""

from __future__ import annotations

import datetime as dt

from event_reading import events_of

THU_AUG_12 = dt.date(2021, 8, 12)


def test_a_fall_said_not_to_follow_is_no_fall():
    events = events_of("Fighters inside Herat\nHERAT, Aug 12 - Taliban fighters pushed into Herat on Thursday, "
                       "but that does not mean the city has fallen, a spokesman said.", THU_AUG_12)
    assert ("Herat", "contested", "2021-08-12") in events
    assert not any(status == "taliban" for _place, status, _day in events)


def test_a_fall_told_before_the_denial_stands():
    events = events_of("Governor vows to fight on\nHERAT, Aug 12 - The loss of Kunduz on Wednesday did not mean "
                       "the end of resistance, the governor said.", THU_AUG_12)
    assert ("Kunduz", "taliban", "2021-08-11") in events
