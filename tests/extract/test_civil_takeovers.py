"""A company or a team taking over the running of a facility changes no one's control; the armed
sides taking it over still do (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize("text", [
    "A Qatari technical team took over the running of Mazar-i-Sharif airport on Saturday.",
    "A Turkish firm took over operations at Herat airport on Saturday, the aviation office said.",
    "A private company has taken over Kunduz's power station, the utility said on Saturday.",
    "Emirati engineers took over managing Kandahar airport on Saturday.",
])
def test_a_civil_takeover_is_no_event(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Afghan commandos took back Kunduz on Saturday, the army said.", {("Kunduz", G)}),
    ("The insurgents took over Kunduz on Saturday, officials said.", {("Kunduz", T)}),
])
def test_an_armed_takeover_still_counts(finder, text, expected):
    assert statuses(finder, text) == expected
