"""Less common control verbs and a claim's own clause: a province or town that "succumbed to" the
insurgents, fighters who "fought their way into" a town or (in a timeline's present tense) "storm"
it, and a coordinated clause whose own speaker makes a claim, which leaves the fact told before it
a fact (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of
from test_rules import CL, C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.clauses import clause_spans
from frontmap.extract.triggers import find_triggers

_READINGS = [
    # "succumbed to" is a fall; "to" names the winner
    ("Tirin Kot succumbed to the militants late on Friday after a week-long siege.", {("Tarinkot", T)}),
    ("The northern town of Aybak finally succumbed to the Taliban, a lawmaker said.", {("Aybak", T)}),
    # fighting one's way in is an entry: fought over, not yet held
    ("Taliban fighters fought their way into Lashkar Gah overnight, residents said.", {("Lashkar Gah", C)}),
    ("Insurgents battled their way into the centre of Kunduz on Sunday.", {("Kunduz", C)}),
    ("The militants forced their way inside Qala-e Naw after a day of clashes.", {("Qala-e Naw", C)}),
    # a timeline's present tense, told of an armed side
    ("Taliban fighters storm Ghazni city.", {("Ghazni", C)}),
    ("Insurgents storm Farah, police hold out in the governor's compound.", {("Farah", C)}),
    # a storm that is weather, or outrage, is no entry
    ("A dust storm closed the road to Farah on Friday.", set()),
    # a coordinated clause with its own speaker: its claim covers only itself
    ("Zaranj surrendered to the Taliban on Friday, and the latter claimed to have taken Farah as well.",
     {("Zaranj", T), ("Farah", CL)}),
    ("The army abandoned Khash on Friday, and the group later claimed it had also seized Kuf Ab.",
     {("Khash", T), ("Kuf Ab", CL)}),
    ("Police handed over Sheberghan on Saturday, and the insurgents announced they had captured Aybak too.",
     {("Sheberghan", T), ("Aybak", CL)}),
    # one speaker for both: the claim still covers all of it
    ("The Taliban claimed they had captured Zaranj and Farah on Friday.", {("Zaranj", CL), ("Farah", CL)}),
]


@pytest.mark.parametrize(("text", "expected"), _READINGS)
def test_entry_verbs_and_claims_with_their_own_speaker(finder, text, expected):  # noqa: F811  (the shared fixture)
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("sentence", [
    "Taliban fighters storm the city.",
    "Commandos storm a compound held by the insurgents.",
    "Gunmen storms the police post.",
])
def test_present_storm_after_an_armed_side_is_an_entry(sentence):
    assert any(t.kind == "enter" and t.text.lower().startswith("storm") for t in find_triggers(sentence))


@pytest.mark.parametrize("sentence", [
    "A storm of criticism followed the fall.",
    "Officials expect a storm to hit the valley.",
])
def test_storm_as_a_noun_is_no_trigger(sentence):
    assert not [t for t in find_triggers(sentence) if t.text.lower().startswith("storm")]


def test_a_coordinated_speaker_starts_its_own_clause():
    sentence = "X surrendered on Friday, and the latter claimed to have taken Y."
    spans = clause_spans(sentence)
    assert len(spans) == 2
    assert sentence[spans[1][0]:].lstrip(" ,").startswith("and the latter claimed")


def test_a_list_joined_by_and_stays_one_clause():
    assert len(clause_spans("The Taliban took X, Y and the latter's district centre on Friday.")) == 1


def test_succumbing_to_wounds_is_no_fall(finder):  # noqa: F811  (the shared fixture)
    assert statuses(finder, "A police officer from Aybak succumbed to his wounds on Friday.") == set()


@pytest.mark.parametrize(("text", "taken"), [
    # the change came after the day carried from before, up to the day it is told (Thursday)
    ("Troops retook Imam Sahib on July 10. Imam Sahib has since fallen back to the Taliban, officials said on Thursday.",
     ("Imam Sahib", "taliban", "2021-07-29")),
    ("Commandos cleared Faizabad on July 12. The militants have since overrun Faizabad again, a resident said on Thursday.",
     ("Faizabad", "taliban", "2021-07-29")),
    ("Police pushed the insurgents out of Imam Sahib on July 3. Imam Sahib has since been captured again, residents said on Thursday.",
     ("Imam Sahib", "taliban", "2021-07-29")),
])
def test_a_change_told_with_has_since_takes_the_day_it_is_told(text, taken):
    assert taken in events_of(text, dt.date(2021, 8, 1))


@pytest.mark.parametrize(("text", "expected"), [
    # the names after "... to the Taliban," are the ones the count stands for
    ("Three of these have since fallen back to the Taliban, Khash in Badakhshan, Darayim and Kuf Ab.",
     {("Khash", T), ("Darayim", T), ("Kuf Ab", T)}),
    ("Two districts were overrun by the insurgents, Khash and Kuf Ab, officials said.", {("Khash", T), ("Kuf Ab", T)}),
    ("Both towns had fallen to the militants by Friday night, Aybak and Farah, a lawmaker said.", {("Aybak", T), ("Farah", T)}),
    # a speaker after the winner is no list
    ("Two districts were captured by the Taliban, Kunduz police said.", set()),
])
def test_names_listed_after_the_winner_are_the_counted_places(finder, text, expected):  # noqa: F811  (the shared fixture)
    assert statuses(finder, text) == expected
