"""Tests for a retake undone ("pulled out of it again", "withdrew from it", "only to lose it"), a date that closes a
relative clause on the subject (`frontmap.extract.subject_relatives`), and a town's part told only
by "the" (`frontmap.extract.definite_parts`)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_gazetteer

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.definite_parts import definite_parts
from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.rules import find_triggers
from frontmap.extract.subject_relatives import dates_the_subjects_clause
from frontmap.intake.articles import Article

THU_JUL_15 = dt.date(2021, 7, 15)
SAT_AUG_7 = dt.date(2021, 8, 7)


def events_of(text: str, published: dt.date) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) of every event `text` gives over the real gazetteer."""
    article = Article("a1", "f.txt", None, "", "", "", "", published, "manifest", "Report\n" + text)
    found = MentionFinder(real_gazetteer()).find(article)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, found)}


@pytest.mark.parametrize("text", [
    "Army units that recaptured Kaldar district on Saturday pulled out of it again on Wednesday, officials said.",
    "Army units retook Kaldar district on Saturday. They withdrew from it on Wednesday, officials said.",
    "Army units that recaptured Kaldar district on Saturday withdrew from the district on Wednesday.",
])
def test_a_retake_undone_by_leaving_gives_the_district_back_on_its_own_day(text):
    events = events_of(text, THU_JUL_15)
    assert ("Kaldar", "government", "2021-07-10") in events and ("Kaldar", "taliban", "2021-07-14") in events


@pytest.mark.parametrize("text", [
    "The army retook Kaldar on Saturday. Officials said troops would withdraw from it soon.",
    "The army retook Kaldar on Saturday. Taliban fighters fired rockets from it on Wednesday.",
    "The army retook Kaldar on Saturday, leaving it badly damaged.",
])
def test_a_planned_leaving_or_a_thing_done_from_the_place_is_no_change(text):
    assert {e for e in events_of(text, THU_JUL_15) if e[1] != "government"} == set()


def _date_and_trigger(sentence: str, day: str, verb: str):
    expr = next(e for e in find_date_expressions(sentence) if e.text == day)
    return expr, sentence.index(verb)


def test_a_date_closing_a_subjects_relative_clause_is_that_clauses():
    sentence = "Units that retook Kaldar on Saturday withdrew from it on Wednesday."
    assert dates_the_subjects_clause(sentence, *_date_and_trigger(sentence, "Saturday", "withdrew"))
    fronted = "The Taliban, who on Saturday captured Kaldar, left it."
    assert not dates_the_subjects_clause(fronted, *_date_and_trigger(fronted, "Saturday", "captured"))
    plain = "Troops on Saturday retook Kaldar."
    assert not dates_the_subjects_clause(plain, *_date_and_trigger(plain, "Saturday", "retook"))


def test_fighting_at_the_towns_airport_in_the_same_sentence_is_fighting_in_it():
    events = events_of("The police chief of Sar-e Pul said the city remained in government hands on Saturday,"
                       " though fighting went on around the airport.", SAT_AUG_7)
    assert ("Sar-e Pul", "government", "2021-08-07") in events and ("Sar-e Pul", "contested", "2021-08-07") in events


@pytest.mark.parametrize("sentence", [
    "Fighting went on around the outskirts of Farah.",  # the part names its own town
    "The Taliban took the city; fighting continued at the airport.",  # a fall told: a holdout's fight
    "Gunfire erupted near the airport.",  # crowds after a fall, no fight for the town
    "The Taliban captured the airport.",  # a part taken is not the town's fall
])
def test_parts_that_are_not_a_towns_fight(sentence):
    assert definite_parts(sentence, find_triggers(sentence, sentence)) == []


def test_a_later_sentences_airport_gunfire_is_not_fighting_in_a_fallen_city():
    events = events_of("The Taliban took Kabul on Sunday. A firefight at the airport killed a guard on Monday.", dt.date(2021, 8, 17))
    assert {e for e in events if e[0] == "Kabul"} == {("Kabul", "taliban", "2021-08-15")}


@pytest.mark.parametrize("text, loss_day", [
    ("Commandos retook Kaldar district on Friday morning, only to lose it again by nightfall.", "2021-07-16"),
    ("Commandos recaptured Kaldar on Friday, but the Taliban retook the district the same evening.", "2021-07-16"),
])
def test_a_retake_lost_again_the_same_day_gives_both(text, loss_day):
    events = events_of(text, dt.date(2021, 7, 17))
    assert ("Kaldar", "government", "2021-07-16") in events and ("Kaldar", "taliban", loss_day) in events


@pytest.mark.parametrize("text", [
    "The army wants not only to retake Kaldar but to hold it.",
    "Commandos retook Kaldar on Friday and vowed never to lose it again.",
])
def test_a_goal_or_a_vow_is_no_loss(text):
    assert {e for e in events_of(text, dt.date(2021, 7, 17)) if e[1] == "taliban"} == set()


@pytest.mark.parametrize("text", [
    "Commandos pushed the insurgents back to the outskirts of Kaldar on Friday.",
    "The Taliban were driven back to the edges of Kaldar on Friday.",
])
def test_a_side_driven_back_to_the_edge_is_out_of_the_place(text):
    assert ("Kaldar", "government", "2021-07-16") in events_of(text, dt.date(2021, 7, 17))


def test_people_going_back_to_the_edge_tell_no_control():
    assert events_of("Families went back to the outskirts of Kaldar on Friday.", dt.date(2021, 7, 17)) == set()


def test_the_taliban_pushing_the_troops_back_to_the_edge_take_the_place():
    events = events_of("The Taliban pushed government forces back to the outskirts of Kaldar on Friday.", dt.date(2021, 7, 17))
    assert ("Kaldar", "taliban", "2021-07-16") in events and ("Kaldar", "government", "2021-07-16") not in events
