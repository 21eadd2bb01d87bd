"""A change told as a noun owned through "their" or "its" ("resistance to the Taliban since their
seizure of Kabul"): the side named just before the pronoun owns it, subject or not, not the
sentence's subject (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Militia fighters have staged the first armed resistance to the Taliban since their seizure of Kabul on Sunday.",
     {("Kabul", T)}),
    ("Local elders appealed to the insurgents after their takeover of Ghazni on Thursday.", {("Ghazni", T)}),
    ("Residents thanked the army for its recapture of Khanabad on Monday.", {("Khanabad", G)}),
    ("Afghan commandos said their recapture of Khanabad on Monday had cut the road.", {("Khanabad", G)}),
])
def test_the_side_before_the_pronoun_owns_the_change(finder, text, expected):  # noqa: F811
    assert statuses(finder, text) == expected, text
