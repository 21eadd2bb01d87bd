"""Three ways a date is misread as the event's: a month closing a "since the start of ..." phrase (a
period's start), a bare "earlier" that dates the speaking ("officials earlier said"), and the date
after a sequence verb with an object ("X followed the fall of Y on Saturday": Y's day)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

MONDAY = dt.date(2021, 8, 9)
SUNDAY = dt.date(2021, 8, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Herat was attacked on Monday, the heaviest blow since the start of the summer offensive in May.\n\n"
        "Faizabad had fallen a few hours earlier, a lawmaker said.",
        "It was the worst day for the army since the beginning of the foreign pull-out in early May.\n\n"
        "Faizabad fell to the insurgents hours earlier on Monday.",
        "Officials called it the sharpest reverse since the launch of the spring campaign in April.\n\n"
        "Faizabad was overrun by the Taliban on Monday.",
    ],
)
def test_a_month_closing_a_since_phrase_never_becomes_the_date_in_force(text):
    events = events_of(text, MONDAY)
    assert ("Faizabad", "taliban", "2021-08-09") in events
    assert not any(day < "2021-08-01" for _place, _status, day in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban took Imam Sahib on Monday.\n\nA border official earlier told reporters that the insurgents had seized Imam Sahib.",
        "On Monday a police spokesman earlier said that Imam Sahib had fallen to the Taliban.",
        "Imam Sahib was overrun on Monday, officials said.\n\nA lawmaker had earlier confirmed that the Taliban had captured Imam Sahib.",
    ],
)
def test_earlier_before_a_speech_verb_dates_the_speaking_not_the_change(text):
    events = events_of(text, MONDAY)
    assert ("Imam Sahib", "taliban", "2021-08-09") in events
    assert ("Imam Sahib", "taliban", "2021-08-08") not in events


@pytest.mark.parametrize(
    "text",
    [
        "Taliban in Jalalabad\nThe capture of Jalalabad followed the fall of Mazar-i-Sharif on Saturday night.",
        "The Taliban entered Jalalabad on Sunday.\n\nThe seizure of Jalalabad followed the Taliban capturing Mazar-i-Sharif on Saturday.",
        "Jalalabad taken\nThe loss of Jalalabad followed Mazar-i-Sharif's fall to the insurgents on Saturday.",
    ],
)
def test_a_date_after_a_sequence_verb_with_an_object_is_the_objects(text):
    events = events_of(text, SUNDAY)
    assert ("Jalalabad", "taliban", "2021-08-15") in events
    assert ("Jalalabad", "taliban", "2021-08-14") not in events


@pytest.mark.parametrize(
    "sentence",
    [
        "Mazar-i-Sharif fell on Saturday, and Jalalabad followed early on Sunday.",
        "Mazar-i-Sharif fell on Saturday and Jalalabad followed on Sunday morning.",
    ],
)
def test_followed_without_an_object_tells_the_subjects_own_fall(sentence):
    assert ("Jalalabad", "taliban", "2021-08-15") in events_of(sentence, SUNDAY)


MONDAY_JULY = dt.date(2021, 7, 5)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban took Kunduz on Sunday.\n\nAfter overnight fighting the insurgents also captured Imam Sahib.",
        "Insurgents stormed Herat on Sunday, officials said.\n\nOvernight they overran Imam Sahib as well.",
        "The Taliban seized two districts on Sunday.\n\nImam Sahib fell overnight after a long siege, police said.",
    ],
)
def test_overnight_in_a_later_sentence_is_the_night_into_the_news_day_in_force(text):
    assert ("Imam Sahib", "taliban", "2021-07-04") in events_of(text, MONDAY_JULY)


def test_overnight_after_an_older_day_in_force_is_the_reports_own_night():
    text = "The Taliban entered Kunduz on Friday.\n\nImam Sahib fell overnight, police said."
    assert ("Imam Sahib", "taliban", "2021-07-05") in events_of(text, MONDAY_JULY)


SATURDAY = dt.date(2021, 8, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials confirmed the fall of Imam Sahib on Friday, two days after it was captured by the Taliban.",
        "The ministry on Friday admitted the loss of Imam Sahib, two days after the district had fallen to the insurgents.",
        "Police acknowledged the capture of Imam Sahib by the Taliban on Friday, two days after it fell.",
    ],
)
def test_a_complement_retelling_the_change_dates_it_days_before_the_main_clause(sentence):
    assert ("Imam Sahib", "taliban", "2021-08-11") in events_of(sentence, SATURDAY)


def test_a_complement_about_another_place_still_dates_the_main_clause_after_it():
    events = events_of("The Taliban captured Imam Sahib two days after Kunduz fell on Tuesday.", SATURDAY)
    assert ("Imam Sahib", "taliban", "2021-08-12") in events
    assert ("Kunduz", "taliban", "2021-08-10") in events


def test_a_main_clause_telling_another_change_keeps_its_own_date():
    events = events_of("Afghan forces retook Imam Sahib on Friday, two days after it had fallen to the Taliban.", SATURDAY)
    assert ("Imam Sahib", "government", "2021-08-13") in events


THURSDAY_AFTER_EID = dt.date(2021, 7, 22)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Taliban captured Imam Sahib on the eve of Eid, officials said.", "2021-07-19"),
        ("Insurgents overran Imam Sahib on the second day of Eid al-Adha.", "2021-07-21"),
        ("Imam Sahib fell to the Taliban on the first day of the Eid ul-Azha holidays.", "2021-07-20"),
    ],
)
def test_a_feast_day_dates_the_event(sentence, day):
    assert ("Imam Sahib", "taliban", day) in events_of(sentence, THURSDAY_AFTER_EID)


def test_a_man_named_eid_is_no_feast_and_ahead_of_eid_names_no_day():
    events = events_of("Eid Mohammad, a police officer, said the Taliban took Imam Sahib on Wednesday.", THURSDAY_AFTER_EID)
    assert ("Imam Sahib", "taliban", "2021-07-21") in events
    events = events_of("The Taliban captured Imam Sahib ahead of Eid, officials said.", THURSDAY_AFTER_EID)
    assert ("Imam Sahib", "taliban", "2021-07-19") not in events


@pytest.mark.parametrize(
    "text",
    [
        "Taliban capture Kuf Ab on Sunday\nThe district of Kuf Ab fell to the insurgents late on Saturday, police said.",
        "Kuf Ab falls to the Taliban on Sunday\nInsurgents overran Kuf Ab on Saturday night after a week-long siege.",
    ],
)
def test_a_headline_day_the_body_refines_takes_the_bodys_day(text):
    events = events_of(text, MONDAY_JULY)
    assert ("Kuf Ab", "taliban", "2021-07-03") in events
    assert ("Kuf Ab", "taliban", "2021-07-04") not in events


def test_a_body_day_far_from_the_headlines_is_another_event():
    events = events_of("Taliban took Kuf Ab on Sunday\nKuf Ab had also fallen on June 20, police said.", MONDAY_JULY)
    assert ("Kuf Ab", "taliban", "2021-07-04") in events
