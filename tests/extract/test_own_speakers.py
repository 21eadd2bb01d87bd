"""A coordinated clause with a Taliban speaker of its own ("..., and a Taliban official said ...")
claims only what it says, not the fact told before it (invented sentences, shipped gazetteer,
published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.status import CLAIMED


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban took Ghazni on Friday, and a Taliban official said an emirate would be declared.", {("Ghazni", T)}),
    ("Fighting raged in Ghazni, and a Taliban spokesman said the group had taken Andar district.", {("Ghazni", C), ("Andar", CLAIMED)}),
    ("The Taliban took Ghazni on Friday, a Taliban official said.", {("Ghazni", CLAIMED)}),
])
def test_own_speaker_clauses(finder, text, expected):
    assert statuses(finder, text) == expected
