"""Who says it: the Taliban as speaker with a day, a time or a channel before their reporting verb,
and the Taliban named by their kind ("the armed group") as claimant and owner of "its fighters"
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.claim_speakers import interleaved_claims
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "found"), [
    ("The Taliban on Friday said they held the town.", True),
    ("The insurgents late last night claimed the base.", True),
    ("The militants, in a video posted on social media, announced a victory.", True),
    ("The hardline Islamist movement yesterday declared the road open.", True),
    ("The Taliban on Friday captured the town, officials said.", False),
    ("The Taliban in the west said nothing.", False),
])
def test_a_taliban_speaker_with_adverbials_before_the_verb(sentence, found):
    assert bool(interleaved_claims(" " + text_view(sentence))) is found


@pytest.mark.parametrize(("text", "expected"), [
    # a day, a time of day or a channel between the Taliban and what they say
    ("The Taliban on Thursday said they had seized Gizab district.", {("Gizab", CL)}),
    ("The insurgents yesterday claimed that their men had overrun Khakrez.", {("Khakrez", CL)}),
    ("The Taliban, in a message on Telegram late on Friday, said Almar district had fallen to them.", {("Almar", CL)}),
    # the same words before a capture verb: the sentence's official source tells a fact
    ("The Taliban on Thursday seized Gizab district, the provincial governor said.", {("Gizab", T)}),
])
def test_a_day_or_channel_before_the_reporting_verb(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the armed group's own forces are Taliban forces, and its word is a claim
    ("The armed group says its forces are in control of Darqad district.", {("Darqad", CL)}),
    ("The militant group said its fighters now hold Ghormach.", {("Ghormach", CL)}),
    # government forces are still the government's
    ("Government forces are in control of Darqad district, the governor said.", {("Darqad", G)}),
])
def test_the_taliban_named_by_their_kind(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the reporter's hedge with no source named: unverified
    ("The Taliban reportedly took Gizab district on Thursday.", {("Gizab", CL)}),
    ("Insurgents allegedly overran Khakrez on Friday night.", {("Khakrez", CL)}),
    # a statement from the group is the Taliban's word
    ("Almar fell on Friday, going by a statement from the insurgents.", {("Almar", CL)}),
    # a hedge on another verb ("has reportedly reached") leaves the fall a fact
    ("The number of capitals seized by the Taliban has reportedly reached nine, including Farah.", {("Farah", T)}),
    # a named official outweighs the hedge
    ("The Taliban reportedly took Gizab district, the provincial police chief said.", {("Gizab", T)}),
])
def test_the_reporters_hedge_and_the_groups_statement(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the group by its other names: "the movement", "the Taliban movement", "the organisation"
    ("The movement announced that its men had taken Gizab district.", {("Gizab", CL)}),
    ("The Taliban movement stated that Khakrez was now under its control.", {("Khakrez", CL)}),
    ("The organisation said it had seized Almar on Friday.", {("Almar", CL)}),
    # the channel named instead of the speaker
    ("A tweet from Mujahid on Saturday said Gizab district had been overrun.", {("Gizab", CL)}),
    ("Going by a post on Telegram by the group's spokesman, Khakrez fell overnight.", {("Khakrez", CL)}),
    ("Mujahid's latest statement said Almar was captured on Friday.", {("Almar", CL)}),
    ("Mujahid, in a voice message to reporters, said Ghormach had fallen.", {("Ghormach", CL)}),
    # the group's statement confirming its own gain is its word; the ministry's is a source
    ("The Taliban issued a statement confirming that their fighters had taken Gizab district.", {("Gizab", CL)}),
    ("The insurgents released a statement on Friday confirming the capture of Khakrez.", {("Khakrez", CL)}),
    ("The ministry issued a statement confirming that Almar had fallen.", {("Almar", T)}),
    # an official's channel is a source
    ("Almar fell on Friday, going by a statement from the defence ministry.", {("Almar", T)}),
])
def test_the_movement_by_other_names_and_its_channels(finder, text, expected):
    assert statuses(finder, text) == expected
