"""Caption lines: a photo caption's entry into a place does not add fighting beside the fall the
body tells that day; a body sentence of an entry, or a caption of a place the body tells no fall of,
still reads as fighting; a credited caption's place is no antecedent of the body's "the city"
(invented texts over the small gazetteer of `test_mentions`)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from event_reading import events_of

from frontmap.extract.caption_lines import is_caption_line, pictured_apart
from frontmap.extract.captions import credits_a_picture

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


@pytest.mark.parametrize("line", [
    "Soldiers guard a checkpoint in Kunduz, Afghanistan, on Aug. 4, 2021. (Stringer/Reuters)",
    "Smoke rises over Kunduz. (Jane Doe/AFP via Getty Images)",
])
def test_credited_captions_are_surely_captions(line):
    assert credits_a_picture(line)


@pytest.mark.parametrize("line", [
    "Government forces still hold Kunduz, the governor said.",
    "Residents said the police (and some militiamen) had left the city.",
])
def test_body_lines_credit_no_picture(line):
    assert not credits_a_picture(line)


def test_a_credited_caption_is_no_antecedent_off_its_line():
    text = "Heading\nThe Taliban took the province on Monday.\nSoldiers in Kunduz on Aug. 4, 2021. (Stringer/Reuters)\nForces left the city."
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    assert pictured_apart(text, lines, 2, text.index("the city"))
    assert not pictured_apart(text, lines, 2, text.index("Kunduz"))  # a reference on the caption's own line
    assert not pictured_apart(text, lines, 1, text.index("the city"))  # a body line
