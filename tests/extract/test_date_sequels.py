"""Tests for frontmap.extract.date_sequels: a change told as coming after the day in force."""

from __future__ import annotations

import pytest

import datetime as dt

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.date_scope import Dated
from frontmap.extract.date_sequels import dated_before_sequel, told_after_force


def _at(sentence: str, verb: str) -> int:
    return sentence.index(verb)


@pytest.mark.parametrize("sentence, verb", [
    ("Later they captured Qalat and Tarinkot.", "captured"),
    ("Later on, government troops retook the district.", "retook"),
    ("Afterwards the fighters overran Khan Abad.", "overran"),
    ("Subsequently the insurgents seized Jurm.", "seized"),
    ("In the days that followed, the group took Bangi and Ishkamish.", "took"),
    ("Chahar Dara has since fallen to the insurgents.", "fallen"),
])
def test_a_sequel_opening_puts_the_change_after_the_day_in_force(sentence, verb):
    assert told_after_force(sentence, _at(sentence, verb))


@pytest.mark.parametrize("sentence, verb", [
    ("Later that day they also took Almar.", "took"),
    ("Later the same evening the police abandoned Kohsan.", "abandoned"),
    ("Later in the day, the army retook Dand.", "retook"),
    ("Later on Friday the militants entered Aybak.", "entered"),
    ("The militants captured Qalat later, officials said.", "captured"),
    ("A later report said Maimana had fallen.", "fallen"),
])
def test_a_later_with_a_day_of_its_own_or_inside_the_sentence_is_no_sequel(sentence, verb):
    assert not told_after_force(sentence, _at(sentence, verb))


def test_no_trigger_no_sequel():
    assert not told_after_force("Later they captured Qalat.", None)


def _dated(sentence: str, words: str) -> Dated:
    expr = next(e for e in find_date_expressions(sentence) if sentence[e.start:e.end] == words)
    return Dated(expr, "event", dt.date(2021, 7, 20), "explicit", None)


@pytest.mark.parametrize("sentence, words, verb, before", [
    ("The army retook Malistan on July 20; it has since fallen back to the Taliban.", "July 20", "fallen", True),
    ("Eleven districts were won back on July 20, but four have since been lost again.", "July 20", "lost", True),
    ("The army retook Malistan on July 20 and still holds it.", "July 20", "holds", False),
    ("Malistan has since fallen back to the Taliban on July 20.", "July 20", "fallen", False),
])
def test_a_day_told_before_a_since_change_is_the_earlier_clause_s(sentence, words, verb, before):
    assert dated_before_sequel(sentence, _dated(sentence, words), _at(sentence, verb)) is before


def test_no_date_picked_no_sequel_day():
    assert not dated_before_sequel("Malistan has since fallen.", None, 13)
