"""A day between a speaker and the verb of speaking ("officials on Tuesday said") dates the
speaking, as "said on Tuesday" does: the event told takes its own day, or none."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of, reads

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.reporting_days import is_reporting

FRI_JUL_2 = dt.date(2021, 7, 2)


def _first(sentence: str) -> bool:
    return is_reporting(sentence, find_date_expressions(sentence)[0])


@pytest.mark.parametrize("sentence", [
    "The provincial governor on Thursday said the convoy had reached the town.",
    "A police spokesman late Wednesday confirmed the attack.",
    "Elders on June 30 told reporters that talks had failed.",
    "The ministry said on Thursday that reinforcements had arrived.",
    "Reinforcements had arrived, a local channel quoted the ministry as saying late Wednesday.",
    "The agency quoted a police spokesman as saying on Thursday that the road was open.",
    "Published : Friday, 2 July, 2021 at 12:00 AM",
    "PTI | Kabul | Updated: 02-07-2021 14:45 IST",
    "The group on Thursday issued a statement saying the road was theirs.",
    "The ministry released a short video on Wednesday showing troops at the gate.",
])
def test_speaking_days(sentence):
    assert _first(sentence)


@pytest.mark.parametrize("sentence", [
    "The insurgents on Thursday stormed the police post.",
    "Troops left the base at midnight on Thursday, said a local elder.",
    "On Thursday officials said the road was closed.",
    "He was quoted as saying the town fell on Thursday.",
    "Fighters posted guards on Thursday at the gate.",
])
def test_event_days(sentence):
    assert not _first(sentence)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Local officials on Thursday said Achin had been overrun on Tuesday night.",
     ("Achin", "taliban", "2021-06-29"), ("Achin", "taliban", "2021-07-01")),
    ("The army on Wednesday announced that commandos retook Nijrab on Monday.",
     ("Nijrab", "government", "2021-06-28"), ("Nijrab", "government", "2021-06-30")),
    ("A council member on Thursday told reporters the Taliban attacked Kunduz late on Tuesday.",
     ("Kunduz", "contested", "2021-06-29"), ("Kunduz", "contested", "2021-07-01")),
])
def test_the_event_keeps_its_own_day(text, present, absent):
    assert reads(text, FRI_JUL_2, present, absent)


def test_an_undated_event_is_no_later_than_the_speaking_day():
    events = events_of("Kunduz officials on Wednesday said the Taliban had taken Imam Sahib.", FRI_JUL_2)
    assert ("Imam Sahib", "taliban", "2021-06-30") in events


def test_a_statement_put_out_dates_the_change_it_tells():
    events = events_of("The insurgents on Wednesday issued a statement saying they had seized Imam Sahib.", FRI_JUL_2)
    assert ("Imam Sahib", "claimed", "2021-06-30") in events


def test_an_answer_to_a_statement_is_of_the_statement_day():
    text = ("Taliban fighters overran Nijrab on June 25, residents said.\n\n"
            "A militia commander issued a statement on Thursday saying his men held the valley.\n\n"
            '"Imam Sahib has not fallen, we still hold it," he told reporters.')
    assert reads(text, FRI_JUL_2, ("Imam Sahib", "government", "2021-07-01"), ("Imam Sahib", "government", "2021-06-25"))


def test_a_statement_day_is_not_given_to_news_that_is_no_answer():
    text = ("Taliban fighters overran Nijrab on June 25, residents said.\n\n"
            "A militia commander issued a statement on Thursday saying his men held the valley.\n\n"
            "The Taliban also captured Imam Sahib district.")
    assert reads(text, FRI_JUL_2, ("Imam Sahib", "taliban", "2021-06-25"), ("Imam Sahib", "taliban", "2021-07-01"))
