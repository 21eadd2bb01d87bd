"""Tests for frontmap.extract.since_background: an undated "since" clause telling a change is no news."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.since_background import dated_in_since, in_background_since
from frontmap.intake.articles import Article

MONDAY = dt.date(2021, 8, 23)


def read(finder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` gives, published MONDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", MONDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article)) if e.event_date}


@pytest.mark.parametrize(
    "text",
    [
        "It was the largest rally against the movement since Herat was seized by its fighters.",
        "Food prices have tripled since the insurgents overran Kunduz, traders said.",
        "No aid convoy has reached the valley since the fall of Ghazni.",
        "Banks stayed shut in the north since Mazar-i-Sharif fell to the group.",
    ],
)
def test_an_undated_since_change_gives_no_event(finder, text):
    assert read(finder, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Food prices have tripled since the insurgents overran Kunduz on August 8.", ("Kunduz", "taliban", "2021-08-08")),
        ("Since Herat fell on Aug. 12, banks have rationed cash.", ("Herat", "taliban", "2021-08-12")),  # a short month's period
        ("Dollars have been scarce since the Taliban took Kabul on Aug. 15, traders said.", ("Kabul", "taliban", "2021-08-15")),
        ("Few lorries have crossed from Iran since the fall of Herat on August 12.", ("Herat", "taliban", "2021-08-12")),  # a noun's day
        ("Since the collapse of Kunduz on Aug. 8, the road north has stayed shut.", ("Kunduz", "taliban", "2021-08-08")),
        ("Since the offensive began the Taliban have seized Ghazni.", ("Ghazni", "taliban", "2021-08-23")),
        ("Since Friday, fighters have captured Sheberghan.", ("Sheberghan", "taliban", "2021-08-20")),
        ("Troops cleared Sheberghan in July. The insurgents have since overrun Sheberghan again.",
         ("Sheberghan", "taliban", "2021-08-23")),
    ],
)
def test_a_dated_since_clause_or_a_main_clause_keeps_its_event(finder, text, expected):
    assert expected in read(finder, text)


def test_the_place_must_stand_inside_the_clause():
    text = "The Taliban have held Kunduz since they stormed the city."
    assert not in_background_since(text, text.index("Kunduz"), text.index("Kunduz") + 6)
    text = "Schools closed since Kunduz was captured."
    assert in_background_since(text, text.index("Kunduz"), text.index("Kunduz") + 6)


def test_a_day_told_in_a_since_clause_dates_that_clause_only():
    text = "Shops have stayed shut since the insurgents overran Kunduz on August 8. Fighting broke out in Khan Abad."
    assert dated_in_since(text, text.index("August 8"))
    assert not dated_in_since(text, text.index("Khan Abad"))


def test_the_sentence_after_a_dated_since_clause_is_of_the_reports_day(finder):
    text = "Shops have stayed shut since the insurgents overran Kunduz on August 8. Fighting broke out in Khan Abad."
    events = read(finder, text)
    assert ("Kunduz", "taliban", "2021-08-08") in events
    assert ("Khanabad", "contested", "2021-08-23") in events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 40,000 people have left Kunduz since the insurgents seized the city on Aug. 8, the UN said.",
         ("Kunduz", "taliban", "2021-08-08")),
        ("Two clinics have been shut since the Taliban overran Sheberghan on Aug. 7, aid workers said.",
         ("Sheberghan", "taliban", "2021-08-07")),
    ],
)
def test_an_abbreviated_month_keeps_its_day_inside_the_since_clause(finder, text, expected):
    assert expected in read(finder, text)


def test_a_day_after_the_clause_s_comma_is_not_the_clause_s():
    text = "Shops have stayed shut since the insurgents overran Kunduz, traders said on Aug. 20."
    assert in_background_since(text, text.index("Kunduz"), text.index("Kunduz") + 6)
    text = "Shops have stayed shut since the insurgents overran Kunduz on Aug. 8, traders said."
    assert not in_background_since(text, text.index("Kunduz"), text.index("Kunduz") + 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's dated background inside what the Taliban said is no claim of theirs
        ("The Taliban said their fighters had reached Bazarak on Sunday, where foes have held out since the fall of Kabul on Aug. 15.",
         ("Kabul", "taliban", "2021-08-15")),
        # the speaker's own deed told in the clause stays theirs to claim
        ("The Taliban said on Sunday they had held Ghazni since the day they seized it on Aug. 12, a spokesman added.",
         ("Ghazni", "claimed", "2021-08-12")),
    ],
)
def test_a_dated_since_change_inside_a_taliban_statement(finder, text, expected):
    assert expected in read(finder, text)


def test_a_since_day_in_a_relative_after_the_place_is_not_the_place_s(finder):
    text = "The Taliban said their fighters had reached Bazarak, where foes have held out since the fall of Kabul on Aug. 15."
    assert not any(place == "Bazarak" and day == "2021-08-15" for place, _status, day in read(finder, text))
    text = "Fighting has raged in Bazarak since the Taliban entered the valley on Aug. 15, residents said."
    assert ("Bazarak", "contested", "2021-08-15") in read(finder, text)


def test_ever_since_opens_the_clause_and_all_but_does_not_close_it():
    text = "Ever since the Taliban swept across all but Panjshir province on August 15, the north was calm."
    assert dated_in_since(text, text.index("August 15"))
    adverb = "Taliban fighters entered Rokha on Sunday and have ever since held it, a resident said."
    assert not dated_in_since(adverb, adverb.index("Sunday"))
