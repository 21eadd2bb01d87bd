"""Tests for a valley that locates the subjects of a verb: "X and Y in the Ghorband valley fell"
and "X and Y at the west part of Ghorband valley fell" keep X and Y as the subjects of "fell"."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, places, status", [
    ("Khenj and Anaba in the Panjshir valley fell to the Taliban on Saturday.", ("Khenj", "Anaba"), "taliban"),
    ("Shinwari and Surkh-e Parsa in the Ghorband valley were retaken on Tuesday.", ("Shinwari", "Surkh-e Parsa"), "government"),
    ("Sheikh Ali and Surkh-e Parsa at the west part of Ghorband valley fell on Saturday.", ("Sheikh Ali", "Surkh-e Parsa"), "taliban"),
])
def test_subjects_located_in_a_valley_keep_their_verb(finder, text, places, status):
    found = statuses(finder, text)
    assert {(place, status) for place in places} <= found
