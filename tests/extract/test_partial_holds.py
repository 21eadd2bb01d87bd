"""A capture the same report scales down to parts of the place gives way to the contested reading;
a partial hold told before the fall, or dated before it, leaves the capture alone (invented
reports over the tiny gazetteer of test_mentions.py, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_events import events_of, finder  # noqa: F401  (finder: the shared fixture)


def _readings(finder, text: str) -> set[tuple[str, str, str]]:
    return {(e.place, e.status, e.event_date.isoformat()) for e in events_of(finder, text)}


@pytest.mark.parametrize("text", [
    "Rockets hit Kunduz airport\n\nRockets hit the airport on Saturday, hours before the Taliban seized Kunduz and Herat.\n\n"
    "By Sunday Taliban fighters controlled parts of Herat and Kunduz, officials said.",
    "Lashkar Gah falls\n\nThe Taliban captured Lashkar Gah on Sunday, a lawmaker said.\n\n"
    "Insurgents now hold large parts of Lashkar Gah, while troops defend the governor's office, he added.",
])
def test_a_capture_scaled_down_to_parts_is_contested(finder, text):
    readings = _readings(finder, text)
    assert not {r for r in readings if r[1] == "taliban"}
    assert {r[1] for r in readings} == {"contested"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Kunduz falls\n\nTaliban fighters seized parts of Kunduz on Friday. On Sunday Kunduz fell to them, officials said.",
     {("Kunduz", "contested", "2021-07-30"), ("Kunduz", "taliban", "2021-08-01")}),
    ("Herat falls\n\nThe Taliban captured Herat on Sunday, officials said. On July 20 they had briefly held parts of Herat.",
     {("Herat", "taliban", "2021-08-01")}),
])
def test_a_partial_hold_before_the_fall_keeps_it(finder, text, expected):
    assert expected <= _readings(finder, text)


def test_a_fall_told_again_after_the_partial_hold_stands(finder):
    text = ("Taliban take Herat\n\nThe Taliban seized much of Herat on Sunday, officials said.\n\n"
            "The fall of Herat is a heavy blow to the government, analysts said.")
    assert ("Herat", "taliban", "2021-08-01") in _readings(finder, text)
