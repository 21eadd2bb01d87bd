"""Tests for places named only as where an unnamed district lies, which "the district", "the city"
or "it" below them does not mean: a headline's "<Province> district" over a report that names no
district (`place_scope.stands_for_its_province`), a capitals-and-colon dateline ("KABUL: ...",
`datelines.line_dateline`), a city that locates an unnamed district from afar."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.datelines import line_dateline
from frontmap.extract.references import place_role

SATURDAY = dt.date(2021, 7, 10)


def places(text: str) -> set[str]:
    """Return the places of the events `text` yields, published SATURDAY."""
    return {place for place, _status in real_events(text, SATURDAY)}


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("KABUL: Soldiers moved west on Tuesday.", "KABUL", True),
        ("Troops regroup\nHERAT: Commandos arrived overnight.", "HERAT", True),
        ("Kunduz: The Taliban take control of the city.", "Kunduz", False),  # a timeline entry
        # a title-case dateline before a report's full sentence
        ("Kabul: According to provincial officials, Taliban fighters broke into the city on Wednesday.", "Kabul", True),
        ("Taliban enter Badghis capital\nKabul: Officials said the insurgents had reached the governor's office by noon.", "Kabul", True),
        ("Zaranj: fell to the Taliban on Friday.", "Zaranj", False),
        ("Officials in KABUL: no comment yet.", "KABUL", False),
    ],
)
def test_line_dateline(sentence, name, expected):
    start = sentence.index(name)
    assert line_dateline(sentence, start, start + len(name)) is expected


def test_a_colon_dateline_is_a_dateline_role():
    sentence = "Militants regroup\nKANDAHAR: Police said the attack was repelled."
    start = sentence.index("KANDAHAR")
    assert place_role(sentence, start, start + 8) == "dateline"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Kandahar district falls\nKANDAHAR, July 10 - Insurgents seized a district south of the city on Saturday, police said.", "Kandahar"),
        ("Kunduz district lost\nFighters overran an outlying district of the province on Saturday, a lawmaker said.", "Kunduz"),
        ("Ghazni district surrenders\nGHAZNI, July 10 - Police in a remote district in the west gave up their posts to the Taliban on Saturday.", "Ghazni"),
        ("Key Kandahar district falls\nThe Taliban captured the district headquarters on Saturday, a council member said.", "Kandahar"),
        ("Kunduz district overrun\nBy Saturday evening the district was in Taliban hands, residents said.", "Kunduz"),
        ("Herat district lost\nTroops abandoned the district centre on Saturday after running out of ammunition.", "Herat"),
        ("Reinforcements arrive\nKABUL: Troops were flown into Helmand province on Saturday.\n\nBy evening the district was back under government control.", "Kabul"),
        (("Push to retake district\nKABUL: Soldiers moved on Saturday to win back a Taliban-held district right outside the capital Kabul.\n\n"
          "The insurgents had stormed the district centre a day earlier."), "Kabul"),
        ("Night attack\nKABUL: Fighting raged overnight in Wardak province, officials said on Saturday.\n\nBy dawn it had fallen to the insurgents, a lawmaker said.", "Kabul"),
    ],
)
def test_a_place_that_only_locates_an_unnamed_district_is_not_it(text, city):
    assert city not in places(text)


def test_the_capital_taken_in_the_body_still_counts():
    text = "Kandahar district falls\nKANDAHAR, July 10 - The Taliban overran Kandahar city on Saturday, officials said."
    assert "Kandahar" in places(text)
