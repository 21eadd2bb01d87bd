"""A claim confirmed in other words in the next sentence: the passive ("the claim was confirmed by
the police") and an official's admission ("officials acknowledged the troops had pulled out")
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.confirmations import confirmed_by_official
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The claim was confirmed by the Balkh police spokesman.", True),
    ("His account has since been confirmed by local officials.", True),
    ("The governor admitted that the district had fallen.", True),
    ("Officials in Herat acknowledged that soldiers had retreated.", True),
    ("The report was confirmed by a Taliban commander.", False),
    ("The Taliban acknowledged that their fighters had left.", False),
    ("The news was welcomed by residents.", False),
    ("This was confirmed by Kabul, which said troops would retake the post.", True),
    ("The claim was backed by the Afghan government.", True),
    ("The claim was echoed by Kabul-based analysts.", False),
    ("A ministry spokesman said forces at the crossing had been temporarily relocated.", True),
    ("The governor's spokesman said efforts had been launched to retake the district.", True),
    ("The ministry said efforts were under way to dislodge the insurgents from their positions.", True),
    ("A ministry spokesman said forces would defend the crossing.", False),
    ("The ministry said an operation was under way to clear the roads around the crossing.", False),
    ("A Taliban spokesman said efforts were under way to recapture the posts.", False),
])
def test_a_confirmation_in_other_words(sentence, expected):
    assert confirmed_by_official(" " + text_view(sentence)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mujahid said fighters took Kaldar district on Friday. The claim was confirmed by the district governor.", {("Kaldar", T)}),
    ("The Taliban said Almar district was under their control. Officials acknowledged that the soldiers there had pulled out.", {("Almar", T)}),
    ("The Taliban said Almar district was under their control. The claim was confirmed by a Taliban commander.", {("Almar", CL)}),
])
def test_a_claim_confirmed_after_it(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Information confirmed by a resident.", True),
    ("The account was backed by two residents of the town.", True),
    ("His report was later corroborated by a district elder.", True),
    ("The claim was borne out by local officials.", True),
    ("The claim was backed by a Taliban commander.", False),
    ("Security forces supported by air strikes pushed on.", False),
])
def test_other_verbs_back_a_claim(sentence, expected):
    assert confirmed_by_official(" " + text_view(sentence)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban said they had taken Maruf district, a claim backed by a resident.", {("Maruf", T)}),
    ("The Taliban said they had taken Maruf district, a claim backed by their commander.", {("Maruf", CL)}),
    ("Mujahid said fighters took Almar district on Friday. News of the fall confirmed by an elder.", {("Almar", T)}),
])
def test_a_claim_backed_in_other_words(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('The Taliban claimed Kaldar district. "Kaldar is ours. Our men hold the bazaar," a Taliban spokesman said, a claim backed by two residents.',
     {("Kaldar", T)}),
    ('The Taliban claimed Kaldar district. "Kaldar is ours. Our men hold the bazaar," a Taliban spokesman said.', {("Kaldar", CL)}),
])
def test_a_quotation_backed_as_it_closes(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials would not confirm that Almar district had fallen.", {("Almar", CL)}),
    ("The governor declined to confirm reports that Almar district had fallen.", {("Almar", CL)}),
    ("There was no official confirmation that Almar district had fallen.", {("Almar", CL)}),
    ("The governor said Almar district had fallen but did not confirm reports of casualties.", {("Almar", T)}),
    ("Fighters took Almar district, officials said, but did not confirm casualty figures.", {("Almar", T)}),
])
def test_a_confirmation_withheld_leaves_a_report(finder, text, expected):
    assert statuses(finder, text) == expected
