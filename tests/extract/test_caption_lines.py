"""Caption lines: a photo caption's entry into a place does not add fighting beside the fall the
body tells that day; a body sentence of an entry, or a caption of a place the body tells no fall of,
still reads as fighting (invented texts over the small gazetteer of `test_mentions`)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.caption_lines import is_caption_line

WED_AUG_11 = dt.date(2021, 8, 11)
BODY = "KUNDUZ, Aug 11 - Kunduz fell to the Taliban on Tuesday, officials said on Wednesday."


@pytest.mark.parametrize("line", [
    "Taliban fighters entering Kunduz city",
    "Insurgents ride into Kunduz on August 10, 2021.",
    "Fighters enter Kunduz (Photo: social media)",
])
def test_caption_lines_are_recognised(line):
    assert is_caption_line(line)


@pytest.mark.parametrize("line", [
    "Taliban fighters entered Kunduz on Tuesday.",
    "Fighters entering the city met no resistance, residents said.",
    "The Taliban captured Kunduz on August 10, 2021.",
])
def test_news_lines_are_no_captions(line):
    assert not is_caption_line(line)


def test_a_captioned_entry_does_not_add_fighting_beside_the_fall():
    events = events_of(f"Kunduz falls\n{BODY}\n\nTaliban fighters entering Kunduz city", WED_AUG_11)
    assert ("Kunduz", "taliban", "2021-08-10") in events
    assert ("Kunduz", "contested", "2021-08-10") not in events


def test_a_captioned_entry_of_a_place_with_no_fall_stays_fighting():
    events = events_of("Clashes in the north\nKUNDUZ, Aug 11 - Officials met on Wednesday.\n\nTaliban fighters entering Kunduz city", WED_AUG_11)
    assert any(place == "Kunduz" and status == "contested" for place, status, _day in events)
