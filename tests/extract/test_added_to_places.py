"""A place named after "in addition to" at the head of a sentence was told of before: the verb that
follows tells of the next place, not of it ("In addition to X, the Taliban also took Y"). "In X, ..."
still places what follows there. Sentences of our own, in the style of July 2021 reports."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("In addition to Andar district, the insurgents also overran several outposts in Qarabagh.", {("Qarabagh", C)}),
    ("In addition to Andar, the Taliban also seized Qarabagh district on Sunday.", {("Qarabagh", T)}),
    # a fronted place: what follows happened there
    ("In Andar, the Taliban also seized the police headquarters on Sunday.", {("Andar", C)}),
])
def test_a_place_added_to_is_not_the_verbs_place(finder, text, expected):
    assert statuses(finder, text) == expected
