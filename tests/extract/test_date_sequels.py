"""Tests for frontmap.extract.date_sequels: a change told as coming after the day in force."""

from __future__ import annotations

import pytest

from frontmap.extract.date_sequels import told_after_force


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
