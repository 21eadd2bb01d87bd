"""Tests for attribution and dates of round r8c: a Taliban speaker's confirmation stays a claim,
each verb of one subject keeps its own day, a place before "the governor's office said" is no
person, a phrase of time before "including X, Y" keeps the list with its verb, and an outcome
with only a carried day takes the day of the next sentence that retells it (real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.date_ranges import joins_range
from frontmap.extract.events import extract_events
from frontmap.intake.articles import Article

FRIDAY = dt.date(2021, 8, 13)


def read(finder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` gives, published FRIDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", FRIDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article)) if e.event_date}


@pytest.mark.parametrize(
    "text",
    [
        "The group's spokesman Zabihullah Mujahid confirmed on Thursday that Ghazni province was under their control.",
        "A Taliban spokesman confirmed the capture of Khakrez district in a message to reporters.",
        "Mujahid also confirmed that their fighters had overrun Khakrez district.",
    ],
)
def test_a_taliban_confirmation_is_their_claim(finder, text):
    statuses = {status for _, status, _ in read(finder, text)}
    assert statuses == {"claimed"}


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents said they had overrun Khakrez district, and the provincial governor confirmed it.",
        "Both Afghan and Taliban sources confirmed that the insurgents had overrun Khakrez district.",
    ],
)
def test_an_official_confirmation_still_makes_a_fact(finder, text):
    assert {status for _, status, _ in read(finder, text)} == {"taliban"}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Insurgents overran Kahmard on Wednesday and on Thursday took Sayghan, a council member said.",
         ("Kahmard", "taliban", "2021-08-11"), ("Sayghan", "taliban", "2021-08-12")),
        ("The militants seized Kahmard yesterday and today they captured Sayghan as well.",
         ("Kahmard", "taliban", "2021-08-12"), ("Sayghan", "taliban", "2021-08-13")),
        ("Fighters overran Kahmard on Wednesday and took Sayghan on Thursday, officials said.",
         ("Kahmard", "taliban", "2021-08-11"), ("Sayghan", "taliban", "2021-08-12")),
    ],
)
def test_each_verb_keeps_its_own_day(finder, text, first, second):
    events = read(finder, text)
    assert first in events and second in events


def test_two_days_before_a_comma_are_still_one_range():
    sentence = "Clashes went on in the district on Wednesday and Thursday, residents said."
    first, second = find_date_expressions(sentence)[:2]
    assert joins_range(sentence, first, second)


def test_a_fronted_range_before_its_verb_stays_one_range():
    sentence = "On Monday and Tuesday the insurgents overran two districts."
    first, second = find_date_expressions(sentence)[:2]
    assert joins_range(sentence, first, second)


def test_a_second_day_before_a_verb_opens_its_own_clause():
    sentence = "They overran one district on Wednesday and on Thursday seized another."
    first, second = find_date_expressions(sentence)[:2]
    assert not joins_range(sentence, first, second)


@pytest.mark.parametrize(
    "text",
    [
        "Several districts were overrun, among them Khakrez, the governor's office said.",
        "Three districts fell to the Taliban, including Khakrez, the governor's spokesman told reporters.",
        "A string of districts was lost this week, including Khakrez, the police chief's office said.",
    ],
)
def test_a_place_before_a_possessive_speaker_is_still_listed(finder, text):
    assert any(place == "Khakrez" and status == "taliban" for place, status, _ in read(finder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Four districts have fallen to the Taliban after fierce clashes, including Maiwand, Khakrez and Shah Wali Kot.",
        "Several districts were lost after days of heavy fighting, among them Maiwand, Khakrez and Shah Wali Kot, officials said.",
        "Three districts fell before dawn on Thursday, among them Maiwand, Khakrez and Shah Wali Kot, a lawmaker said.",
    ],
)
def test_a_phrase_of_time_does_not_cut_the_list_from_its_verb(finder, text):
    places = {place for place, status, _ in read(finder, text) if status == "taliban"}
    assert {"Maiwand", "Khakrez", "Shah Wali Kot"} <= places


def test_a_clause_after_after_still_keeps_its_own_list(finder):
    text = "Troops left Maiwand after the insurgents overran several posts, including some near Khakrez."
    assert not any(place == "Khakrez" and status == "taliban" for place, status, _ in read(finder, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forces retook Kaldar district on Monday night. Earlier, commandos also regained Sayghan and Kahmard. "
         "\"The operation began on Wednesday morning and the districts were retaken within hours,\" the Bamyan governor said.",
         {("Sayghan", "government", "2021-08-11"), ("Kahmard", "government", "2021-08-11")}),
        ("The army recaptured Kaldar on Tuesday. Separately, troops took back Sayghan. "
         "\"It was retaken on Thursday after a short fight,\" a local elder said.",
         {("Sayghan", "government", "2021-08-12")}),
    ],
)
def test_the_next_sentence_dates_an_outcome_it_retells(finder, text, expected):
    assert expected <= read(finder, text)


def test_a_next_sentence_about_another_place_dates_nothing_before_it(finder):
    text = "The army recaptured Kaldar on Tuesday. Separately, troops took back Sayghan. Khakrez was retaken on Thursday."
    assert ("Sayghan", "government", "2021-08-10") in read(finder, text)


@pytest.mark.parametrize(
    "follow",
    [
        "It was the second district to be lost on the same day.",
        "The insurgents have overrun more than a dozen districts on Thursday and Friday.",
        "Fighters had taken control of several areas in recent days.",  # "the area" would mean Khakrez
    ],
)
def test_a_next_sentence_without_a_day_of_its_own_or_with_a_tally_dates_nothing(finder, follow):
    text = "Insurgents stormed Kaldar on Tuesday. Separately, fighters seized Khakrez. " + follow
    assert ("Khakrez", "taliban", "2021-08-10") in read(finder, text)


def test_a_namesake_district_in_the_next_sentence_is_a_new_place(finder):
    text = ("Insurgents stormed Kaldar on Tuesday. Separately, fighters seized Khakrez. "
            "Kandahar district had also fallen but troops retook it on Thursday.")
    assert ("Khakrez", "taliban", "2021-08-10") in read(finder, text)


def test_a_vague_date_of_its_own_keeps_the_next_sentence_s_day_out(finder):
    text = ("Insurgents stormed Kaldar on Tuesday. Fighters also seized Khakrez over the past few days. "
            "\"The posts were taken on Thursday,\" a resident said.")
    assert not any(place == "Khakrez" and day == "2021-08-12" for place, _, day in read(finder, text))
