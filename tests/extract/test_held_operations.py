"""An operation "held" in a district is fighting there, not a hold of it; forces that held the
district still hold it. Sentences of our own, in the style of spring 2021 defence ministry reports."""

from __future__ import annotations

import pytest
from test_rules import C, G, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Army units held a joint operation in Zhari district on Friday, the ministry said.", {("Zhari", C)}),
    ("Commandos held their operations in Maiwand district on Friday.", {("Maiwand", C)}),
    # ... while the district itself held is a hold, and a meeting held there is nothing
    ("Government forces still held Maiwand district on Friday.", {("Maiwand", G)}),
    ("Tribal elders held a meeting in Maiwand district on Friday.", set()),
])
def test_an_operation_held_is_fighting(finder, text, expected):
    assert statuses(finder, text) == expected
