"""A foreseen fall named again in its sentence stays foreseen (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("The loss of Shinkay paves the way for the fall of Qalat, and the fall of Qalat cuts the highway.", {("Shinkay", T)}),
    ("Taking Shinkay opens up the way to the capture of Qalat, and the capture of Qalat blocks the road.", set()),
    # the past told a fall that came; another place's fall is its own
    ("The fall of Shinkay on Friday paved the way for the capture of Shahjoy, and the capture of Shahjoy cut the road.",
     {("Shinkay", T), ("Shahjoy", T)}),
    ("The loss of Shinkay paves the way for the fall of Qalat, and the fall of Shahjoy on Friday cut the road.",
     {("Shinkay", T), ("Shahjoy", T)}),
])
def test_a_foreseen_fall_told_again_is_no_fall(finder, text, expected):
    assert statuses(finder, text) == expected
