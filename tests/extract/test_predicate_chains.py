"""One place, several coordinated verbs: the last one tells where the place ended up (invented
sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghazni city was besieged for a week and then captured by the Taliban on Friday.", {("Ghazni", T)}),
    ("Sheberghan was encircled for days and fell on Saturday.", {("Sheberghan", T)}),
    ("Imam Sahib district was attacked and overrun by the insurgents on Friday.", {("Imam Sahib", T)}),
    ("Qalat was surrounded for weeks and eventually handed over to the Taliban.", {("Qalat", T)}),
    ("Darqad was captured by the Taliban and later retaken by commandos on Saturday.", {("Darqad", G)}),
])
def test_the_last_verb_of_a_chain_decides(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a new subject after "and" opens a new clause: the first verb stays the place's
    ("Guzara was overrun last week and clashes are now reported near Herat city.", {("Guzara", T), ("Herat", C)}),
    ("Darqad was captured by the Taliban and forces fled to Taloqan on Friday.", {("Darqad", T)}),
    # a comma ends the chain
    ("Kunduz city came under attack on Friday, and officials said it had not fallen.", {("Kunduz", C)}),
])
def test_a_chain_stops_at_a_new_subject(finder, text, expected):
    assert statuses(finder, text) == expected
