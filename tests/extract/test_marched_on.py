"""An armed side that "marched on X" advanced on X: an attempt on it, so X is contested. Life that
"marched on in X" and protesters who "marched on" an office are no armed side. Sentences of our own
(real gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)


def test_fighters_marching_on_a_town_contest_it(finder):
    assert ("Qala-e Naw", C) in statuses(finder, "Taliban fighters marched on Qala-e-Naw on Wednesday.")


@pytest.mark.parametrize("text", [
    "Life marched on in Kabul on Tuesday, residents said.",
    "Hundreds of protesters marched on the governor's office in Mazar-i-Sharif on Tuesday.",
])
def test_no_armed_advance_no_fight(finder, text):
    assert statuses(finder, text) == set()
