"""Tests for a timeline item that opens on its place ("Aug. 7 - Sheberghan: ...") and then names its
own province: the item's verb is the heading place's (frontmap.extract.headings.inline_heading)."""

from __future__ import annotations

import datetime as dt

from real_reading import real_events

_DAY = dt.date(2021, 8, 13)
_LEAD = "Capitals lost\nKABUL, Aug 13 - The following is a list.\n\n"


def test_an_items_own_province_after_its_heading():
    text = _LEAD + "Aug. 7 – Sheberghan: The Taliban say they have taken control of the northern province of Jawzjan."
    assert real_events(text, _DAY) == {("Sheberghan", "claimed")}


def test_another_town_after_the_heading_keeps_its_own_reading():
    text = _LEAD + "Aug. 9 – Aybak: Fighting spreads from the city to Pul-e Khumri, officials say."
    assert real_events(text, _DAY) == {("Aybak", "contested"), ("Pul-e Khumri", "contested")}
