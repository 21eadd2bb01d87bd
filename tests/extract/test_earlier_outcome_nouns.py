"""Tests for "earlier" as an adjective over a retold outcome ("the group's earlier conquest of X"):
it gives no day of its own, unlike the adverb ("X fell earlier"), which puts a change a day before
the day in force."""

from __future__ import annotations

import pytest

from frontmap.extract.date_scope import told_as_earlier


@pytest.mark.parametrize(
    "sentence",
    [
        "The group's earlier conquest of Herat has cut the western highway.",
        "Residents said the Taliban's earlier capture of Kunduz left the road open.",
        "The insurgents’ earlier seizure of Zaranj gave them a border crossing.",
        "Officials blamed the army's earlier surprise withdrawal from Farah for the panic.",
    ],
)
def test_an_earlier_outcome_noun_is_retold_not_shifted_a_day(sentence):
    assert not told_as_earlier(sentence, 0, len(sentence), None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kunduz and Taloqan fell earlier, officials said.",
        "The militants had earlier overrun Sheberghan.",
        "Zaranj was taken earlier by the insurgents.",
    ],
)
def test_a_bare_earlier_still_tells_a_change_before_the_day_in_force(sentence):
    assert told_as_earlier(sentence, 0, len(sentence), None)
