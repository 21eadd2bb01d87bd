"""Unlisted spellings of provincial capitals read without a "city" cue, where the words around the
name give it a place's role (`capital_spellings`): a word of control or place before it, a verb of
falling after it, a list with a capital the gazetteer knows (invented sentences, real gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban fighters overran Maymanah on Friday, a council member said.", {("Maimana", T)}),
    ("Shebirghan fell to the insurgents on Friday after the army pulled out.", {("Sheberghan", T)}),
    ("Clashes went on in Mahmood-e-Raqi through Friday night.", {("Mahmud Raqi", C)}),
    ("Zaranj, Shebirghan and Kunduz fell to the Taliban within three days.",
     {("Zaranj", T), ("Sheberghan", T), ("Kunduz", T)}),
    ("Kunduz fell on Sunday, Shebirghan on Saturday and Zaranj on Friday.",
     {("Zaranj", T), ("Sheberghan", T), ("Kunduz", T)}),
    # a district's name as the last word of the capital's spelling is only part of it
    ("Tareen Kot fell to the Taliban on Friday, two lawmakers said.", {("Tarinkot", T)}),
])
def test_a_capital_in_its_own_spelling(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a demonym a letter away, a person's name, a name with no place's role: no capital
    ("Fighting went on near the house of a Gardezi trader on Friday.", set()),
    ("Shebirghan Khan, a tribal elder, said talks would go on.", set()),
    ("The Taliban captured Farahani, a militia commander, on Friday.", set()),
])
def test_no_capital_without_a_role_or_a_close_spelling(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_district_alone_keeps_its_name(finder):
    assert statuses(finder, "Fighting went on in Kot district of Nangarhar on Friday.") == {("Kot", C)}
