"""A side's own act in the progressive ("forces are taking control of X") is no passive whose
agent went unnamed; "gaining", "assuming" and "wresting" control are takings as their past forms
are; a weekday may stand inside "the fall of" ("the fall Friday of X") (invented sentences,
shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Government forces are capturing Ghazni, officials said.", {("Ghazni", C)}),
    ("The Taliban are capturing Ghazni, officials said.", {("Ghazni", T)}),
    ("Ghazni was captured on Friday, officials said.", {("Ghazni", T)}),
    ("After gaining control of Ghazni on Friday, the Taliban moved north.", {("Ghazni", T)}),
])
def test_progressive_and_ing_takings(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The fall Friday of Ghazni stunned officials.", {("Ghazni", T)}),
    ("The collapse on Friday of Ghazni stunned officials.", {("Ghazni", T)}),
])
def test_a_weekday_inside_the_fall_of(finder, text, expected):
    assert statuses(finder, text) == expected
