"""Tests for what a narrative tells next, each on its own day: "would fall two days later" (a
future seen from a told past), "only to lose it", "captured X and were driven out the next day",
a hold or a fight told up to the day its defenders gave the place up ("until Thursday, when they
abandoned their posts"), "it" in a fronted clause of time meaning the place named after it, and a
gapped conjunct opened by "and finally" (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_gazetteer

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article

THU_JUL_15 = dt.date(2021, 7, 15)


def events_of(text: str, published: dt.date = THU_JUL_15) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) of every event `text` gives over the real gazetteer."""
    article = Article("a1", "f.txt", None, "", "", "", "", published, "manifest", "Report\n" + text)
    found = MentionFinder(real_gazetteer()).find(article)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, found)}


@pytest.mark.parametrize(("text", "event"), [
    ("Insurgents surrounded Arghistan on July 5. The district would fall three days later.", ("Arghistan", "taliban", "2021-07-08")),
    ("The army lost Maruf on July 6; it would be recaptured by commandos two days later, the governor said.", ("Maruf", "government", "2021-07-08")),
    ("The army lost Maruf on July 6. Commandos would retake the district the following day.", ("Maruf", "government", "2021-07-07")),
])
def test_a_narrative_would_counted_on_from_a_told_day_is_what_happened_next(text, event):
    assert event in events_of(text)


@pytest.mark.parametrize("text", [
    "Elders warned on Tuesday that Arghistan would fall two days later if the road stayed closed.",
    "If no help comes, Arghistan would fall a few days later, a lawmaker said.",
    "The district of Arghistan would fall within days, officials feared.",
])
def test_a_would_that_forecasts_is_no_fall(text):
    assert not {e for e in events_of(text) if e[0] == "Arghistan" and e[1] == "taliban"}


def test_only_to_lose_it_takes_its_own_day_without_a_comma():
    events = events_of("Police recaptured Maruf district on July 3 only to lose it to the insurgents on Monday, an official said.")
    assert ("Maruf", "government", "2021-07-03") in events and ("Maruf", "taliban", "2021-07-12") in events
    assert ("Maruf", "taliban", "2021-07-03") not in events


@pytest.mark.parametrize(("text", "second"), [
    ("Insurgents captured Maruf district on Saturday and were driven out the next day.", ("Maruf", "government", "2021-07-11")),
    ("Insurgents entered Maruf district on Saturday, only to be pushed back three days later.", ("Maruf", "government", "2021-07-13")),
])
def test_an_expulsion_counted_on_from_the_first_day_is_dated_by_the_count(text, second):
    events = events_of(text)
    assert second in events and (second[0], "government", "2021-07-10") not in events


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers held Maruf district until late on Monday, when they abandoned their posts and drove to Kandahar.", ("Maruf", "taliban", "2021-07-12")),
    ("The battle for Maruf district lasted from Sunday until Tuesday, when the last soldiers surrendered.", ("Maruf", "taliban", "2021-07-13")),
])
def test_a_hold_or_fight_ended_by_its_defenders_giving_up_is_the_loss_on_that_day(text, expected):
    assert expected in events_of(text)


def test_a_fight_ended_by_reinforcements_is_no_loss():
    assert not {e for e in events_of("The battle for Maruf district lasted until Tuesday, when reinforcements arrived.") if e[1] == "taliban"}


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("KANDAHAR, July 15 - Ten days after it was overrun, Maruf was still cut off on Thursday, residents said.", ("Maruf", "taliban", "2021-07-05"), "Kandahar"),
    ("KANDAHAR, July 15 - Two days before it fell, the district of Arghistan had asked for help, officials said on Thursday.", None, "Kandahar"),
])
def test_it_in_a_fronted_clause_of_time_is_the_place_named_after_it(text, expected, absent):
    events = events_of(text)
    assert expected is None or expected in events
    assert not {e for e in events if e[0] == absent}


def test_it_in_a_fronted_clause_keeps_its_antecedent_when_no_place_follows():
    events = events_of("Arghistan fell on Monday. Hours after it fell, the governor of Kandahar asked Kabul for help.")
    assert ("Arghistan", "taliban", "2021-07-12") in events and not {e for e in events if e[0] == "Kandahar"}


def test_and_finally_opens_a_gapped_conjunct_with_its_own_day():
    events = events_of("The insurgents took Maruf on Friday, then Arghistan on Saturday, and finally Shorabak on Monday.")
    assert {("Maruf", "taliban", "2021-07-09"), ("Arghistan", "taliban", "2021-07-10"), ("Shorabak", "taliban", "2021-07-12")} <= events


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters attacked the governor's compound in Maruf on Tuesday, police said.", {("Maruf", "contested", "2021-07-13")}),
    ("Insurgents attacked the Maruf district government compound on Tuesday.", {("Maruf", "contested", "2021-07-13")}),
    ("Gunmen attacked the house of a tribal elder in Maruf on Tuesday.", set()),
    ("A suicide bomber attacked the governor's compound in Maruf on Tuesday.", set()),
])
def test_an_attack_on_the_seat_of_power_contests_the_town_one_on_a_house_does_not(text, expected):
    assert {e for e in events_of(text) if e[0] == "Maruf"} == expected


def test_a_clause_after_a_subjects_relative_takes_the_day_of_the_verb_read_into_it():
    events = events_of("Fighters who had ringed Maruf for days entered the district centre on Tuesday, and by nightfall the police had handed it over.")
    assert ("Maruf", "taliban", "2021-07-13") in events and ("Maruf", "taliban", "2021-07-15") not in events
