"""Hearsay and retellings: a government gain only passed on and denied by the Taliban tells
nothing, and a claim named again by a noun ("the fall of X") stays a claim
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract import denied_gains, scare_quotes
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Khakrez was believed to have been cleared by commandos.", True),
    ("Troops allegedly pushed back into the bazaar overnight.", True),
    ("There were unconfirmed reports of a counter-attack.", True),
    ("Commandos cleared Khakrez on Saturday, the army said.", False),
])
def test_hearsay(sentence, expected):
    assert denied_gains.hearsay(text_view(sentence)) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A Taliban spokesman rejected the report.", True),
    ("Mujahid denied it on Saturday, saying the fighters held their ground.", True),
    ("The governor denied the Taliban claim.", False),
])
def test_denied_by_taliban(sentence, expected):
    assert denied_gains.denied_by_taliban(text_view(sentence)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # hearsay the Taliban deny, in the same sentence or the next: nothing
    ("Gizab was thought to have been retaken by commandos on Saturday, but Mujahid denied it.", set()),
    ("Afghan troops reportedly recaptured Almar late on Friday. The Taliban dismissed the report.", set()),
    ("There were unconfirmed reports on Saturday that police had won back Khakrez, which a Taliban spokesman rejected.", set()),
    # an official stands behind the retake, or the reporter states it: the government's
    ("Commandos recaptured Almar on Friday, the defence ministry said. The Taliban dismissed the report.", {("Almar", G)}),
    ("Afghan troops recaptured Almar late on Friday, but the Taliban denied it.", {("Almar", G)}),
    # hearsay nobody denies stays
    ("Afghan troops reportedly recaptured Almar late on Friday.", {("Almar", G)}),
])
def test_hearsay_gains_the_taliban_deny(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a claim retold by a noun, no source of its own: still a claim
    (("The Taliban said they had overrun Gizab on Friday. Local officials doubted the account. "
      "The fall of Gizab came as fighting spread across the south."), {("Gizab", CL)}),
    ("The insurgents announced the capture of Almar on Saturday. Its seizure leaves the provincial capital exposed.",
     {("Almar", CL)}),
    # an official names it in the retelling: a fact
    ("The Taliban said they had overrun Gizab on Friday. The fall of Gizab was confirmed by the governor on Saturday.",
     {("Gizab", T)}),
    # the place stated as taken before the retelling: the retelling retells the fact
    ("Khakrez fell to the Taliban on Friday, police said. The Taliban said it was theirs. The fall of Khakrez was a blow.",
     {("Khakrez", T)}),
])
def test_a_claim_retold_by_a_noun(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ('Fighters "overran" the base.', "overran", True),
    ("Its “liberation” was celebrated.", "liberation", True),
    ("The group's men overran the base.", "overran", False),
    ("He said the base had been 'lost to the enemy' after dark.", "lost", False),
])
def test_scare_quoted(sentence, word, expected):
    assert scare_quotes.scare_quoted(sentence, word) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the writer's quote marks or "so-called" on the gain: the group's word
    ('Insurgent fighters "overran" Gizab on Friday.', {("Gizab", CL)}),
    ("Crowds cheered the so-called capture of Almar on Saturday.", {("Almar", CL)}),
    ("The group marked what it called the “conquest” of Khakrez on Friday.", {("Khakrez", CL)}),
    ("Insurgent fighters 'overran' Gizab on Friday.", {("Gizab", CL)}),
    ("Almar 'fell' to the insurgents on Saturday.", {("Almar", CL)}),
    # no marks: a fact; a word the official's sentence quotes is the official's
    ("Insurgent fighters overran Gizab on Friday.", {("Gizab", T)}),
    ("The governor said Gizab had 'fallen' on Friday.", {("Gizab", T)}),
])
def test_the_writers_doubt_on_a_word(finder, text, expected):
    assert statuses(finder, text) == expected


def test_the_writers_own_count_after_a_claim_is_no_retelling(finder):
    text = ("The insurgents said they had overrun Gizab on Friday. "
            "Gizab is the fourth district to fall to the Taliban since May.")
    assert ("Gizab", T) in statuses(finder, text)
