"""A standing hold the text does not date, against two changes of the place on one earlier day:
the change the article tells last is the state the hold describes, whichever side made it
(overruled.settle_holds; invented sentences, published Tuesday 2021-08-03)."""

from __future__ import annotations

import datetime as dt

from frontmap.extract.events import ControlEvent
from frontmap.extract.overruled import settle_holds

SUNDAY, TUESDAY = dt.date(2021, 8, 1), dt.date(2021, 8, 3)


def _event(ident: str, status: str, trigger: str, excerpt: str, day: dt.date = SUNDAY, basis: str = "weekday") -> ControlEvent:
    return ControlEvent(
        event_id=ident, article_id="a", file="a.txt", item=None, place="Farah", district_id="AF3101",
        province_code="AF31", status=status, event_date=day, date_basis=basis, excerpt=excerpt,
        confidence=0.8, trigger=trigger,
    )


def _hold(status: str) -> ControlEvent:
    side = "government" if status == "government" else "Taliban"
    return _event("hold", status, "still in", f"Farah is still in {side} hands.", TUESDAY, "publication")


TAKEN = _event("taken", "taliban", "overran", "Insurgents overran Farah on Sunday morning.")
RETAKEN = _event("retaken", "government", "retook", "Commandos retook Farah on Sunday evening.")


def _kept(events: list[ControlEvent], told_in: dict[str, int] | None = None) -> set[str]:
    return {e.event_id for e in settle_holds(events, told_in)}


def test_a_government_hold_stands_when_the_retake_is_told_last():
    events = [_hold("government"), TAKEN, RETAKEN]
    assert _kept(events, {"hold": 0, "taken": 1, "retaken": 2}) == {"hold", "taken", "retaken"}


def test_a_government_hold_goes_when_the_capture_is_told_last():
    events = [_hold("government"), RETAKEN, TAKEN]
    assert _kept(events, {"hold": 0, "retaken": 1, "taken": 2}) == {"taken", "retaken"}


def test_a_taliban_hold_goes_when_the_retake_is_told_last():
    events = [_hold("taliban"), TAKEN, RETAKEN]
    assert _kept(events, {"hold": 0, "taken": 1, "retaken": 2}) == {"taken", "retaken"}


def test_the_sentence_order_comes_before_the_order_of_the_events():
    events = [_hold("government"), RETAKEN, TAKEN]  # the retake was told in a later sentence
    assert _kept(events, {"hold": 0, "taken": 3, "retaken": 5}) == {"hold", "taken", "retaken"}


def test_without_sentences_the_events_order_is_the_reading_order():
    assert _kept([_hold("taliban"), RETAKEN, TAKEN]) == {"hold", "taken", "retaken"}
    assert _kept([_hold("taliban"), TAKEN, RETAKEN]) == {"taken", "retaken"}


def test_a_change_on_the_hold_s_own_day_ends_it_in_any_order():
    hold = _event("hold", "government", "under government control", "Farah remains under government control.")
    assert _kept([hold, TAKEN, RETAKEN], {"hold": 0, "taken": 1, "retaken": 2}) == {"taken", "retaken"}


def test_a_hold_set_against_the_change_stands():
    """"But the police say forces still hold it": the hold answers the change, it is not the state before it."""
    for excerpt in ("But the police chief said troops still held Farah.", "However, officials say Farah is still in government hands."):
        hold = _event("hold", "government", "still in", excerpt, TUESDAY, "publication")
        assert _kept([TAKEN, hold], {"taken": 0, "hold": 1}) == {"hold", "taken"}
