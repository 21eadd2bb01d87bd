"""Who says it after "saying" (or "adding"): the participle takes the subject of the clause it
hangs on, so a capture told after "The Taliban pressed on, saying ..." is the group's claim, also
when the next sentence names the place (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of
from test_rules import CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.taliban_subjects import taliban_subject
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("clause", "found"), [
    ("The Taliban pressed on with their offensive, ", True),
    ("On Sunday, the insurgents moved closer to the city, ", True),
    ("On Sunday the insurgents put out a statement, ", True),
    ("Late Monday night the group issued a message, ", True),
    ("After talks with officials the army regrouped, ", False),
    ("The hardline Islamist group kept up its push, ", True),
    ("The Taliban's fighters fanned out across the valley, ", True),
    ("Officials said the Taliban advanced, ", False),
    ("The army regrouped near the town, ", False),
    ("The militants were driven back from the bazaar, ", False),
])
def test_a_taliban_subject_at_the_start_of_a_clause(clause, found):
    assert taliban_subject(" " + text_view(clause), 0) is found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban kept up their northern push, saying their fighters had captured Khan Abad district on Tuesday.", {("Khanabad", CL)}),
    ("On Friday, the insurgents moved deeper into Badghis, saying they had overrun Qadis district.", {("Qadis", CL)}),
    ("The militants pressed west, saying that Ghoryan district had fallen to them overnight.", {("Ghoryan", CL)}),
    ("The Taliban kept up their push, announcing that they had overrun Qadis district.", {("Qadis", CL)}),
    ("The army kept up its push, announcing that commandos had retaken Qadis district.", {("Qadis", G)}),
    # the crossing the next sentence names keeps the claim
    ("The Taliban widened their offensive on the frontier, saying they had seized an important border crossing on Monday. "
     "Pictures shared by the group showed fighters at the Islam Qala crossing.", {("Islam Qala", CL)}),
])
def test_saying_after_a_taliban_subject_is_their_claim(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # another speaker: an official or the army stands behind it
    ("Provincial officials described a night of fighting, saying the Taliban had overrun Qadis district.", {("Qadis", T)}),
    ("The army regrouped in Kunduz, saying its commandos had retaken Khan Abad district on Sunday.", {("Khanabad", G)}),
    # "saying" only: a quotation or a colon has its speaker elsewhere
    ("On Friday, the Taliban seized on the chaos: in Qadis, fighters met little resistance and took the district.", {("Qadis", T)}),
])
def test_saying_after_another_subject_is_not_a_claim(finder, text, expected):
    assert statuses(finder, text) == expected


def test_the_account_after_a_participle_is_no_later_than_the_day_its_speaker_spoke():
    text = "The insurgents pressed on in the north on Wednesday, announcing that they had seized Imam Sahib."
    assert ("Imam Sahib", "claimed", "2021-06-30") in events_of(text, dt.date(2021, 7, 2))


@pytest.mark.parametrize(("text", "expected"), [
    # "adding that" goes on in the voice of whoever spoke in the clause before it
    ("A Taliban spokesman said fighters had killed several soldiers, adding that they had overrun Qadis district.", {("Qadis", CL)}),
    ("The Taliban overran Qadis district on Monday, the governor said, adding that forces still held Ghoryan.",
     {("Qadis", T), ("Ghoryan", G)}),
])
def test_adding_goes_on_in_the_last_speakers_voice(finder, text, expected):
    assert statuses(finder, text) == expected
