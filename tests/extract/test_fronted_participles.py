"""A subjectless participle opening the sentence ("Since falling to the Taliban on Aug 8, X has ...",
"After being overrun on Sunday, X was ...") tells the main clause subject's change on its own day,
and a shift before "and" ("had taken X the night before and ...") is an adverb of the verb, not a
complement. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.fronted_participles import fronted_subjects
from frontmap.extract.triggers import CAPTURE, FALL, Trigger
from frontmap.status import TALIBAN

THU_AUG_12 = dt.date(2021, 8, 12)


def _trigger(sentence: str, word: str, kind: str) -> Trigger:
    start = sentence.index(word)
    return Trigger(start, start + len(word), word, TALIBAN, 0.9, False, kind)


@pytest.mark.parametrize(("sentence", "word", "kind", "subject"), [
    ("Since falling to the Taliban on Aug 8, Kunduz has had no power.", "falling to", FALL, True),
    ("After being overrun on Sunday, the district of Achin was quiet.", "overrun", CAPTURE, True),
    ("After capturing Achin on Sunday, the Taliban moved on Jalalabad.", "capturing", CAPTURE, False),  # the actor is the subject
    ("Since falling to the Taliban, fighters have looted Kunduz.", "falling to", FALL, False),  # no place after the comma
])
def test_the_fronted_participle_is_the_subjects(sentence, word, kind, subject):
    places = [(m, m + len(name)) for name in ("Kunduz", "Achin", "Jalalabad") if (m := sentence.find(name)) >= 0]
    places.sort()
    assert bool(fronted_subjects(sentence, [_trigger(sentence, word, kind)], places)) is subject


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Since falling to the Taliban on Aug 8, Kunduz has had no power, residents said on Thursday.",
     ("Kunduz", "taliban", "2021-08-08"), ("Kunduz", "taliban", "2021-08-12")),
    ("After being overrun by the insurgents on Monday, Imam Sahib district was left without a clinic.",
     ("Imam Sahib", "taliban", "2021-08-09"), ("Imam Sahib", "taliban", "2021-08-12")),
    ("Elders said on Thursday that the Taliban had taken Achin the night before and that the police had fled.",
     ("Achin", "taliban", "2021-08-11"), ("Achin", "taliban", "2021-08-12")),
])
def test_the_change_keeps_its_own_day(text, present, absent):
    events = events_of(text, THU_AUG_12)
    assert present in events and absent not in events


def test_an_active_participle_leaves_the_place_after_the_comma():
    events = events_of("After capturing Achin on Monday, the Taliban turned toward Jalalabad.", THU_AUG_12)
    assert ("Achin", "taliban", "2021-08-09") in events
    assert not any(place == "Jalalabad" and status == "taliban" for place, status, _ in events)


def test_a_shift_with_a_complement_still_anchors():
    events = events_of("The insurgents captured Achin the day before Jalalabad fell on Wednesday.", THU_AUG_12)
    assert ("Achin", "taliban", "2021-08-10") in events


@pytest.mark.parametrize(("text", "fact"), [
    ("The fall of Kunduz on Sunday was a blow that could have been averted, an elder said.", True),  # the predicate noun's modal
    ("The fall of Kunduz would be a blow that nobody could undo, an elder said.", False),
    ("The fall of Kunduz was a possibility that officials could not rule out, an elder said.", False),  # a noun of prospect
])
def test_a_modal_after_a_predicate_noun_is_the_nouns(text, fact):
    events = events_of(text, THU_AUG_12)
    assert any(place == "Kunduz" and status == "taliban" for place, status, _ in events) is fact
