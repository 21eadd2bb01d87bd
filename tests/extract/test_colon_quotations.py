"""Tests for a quotation set as a sentence of its own after the colon that introduces it: "A Taliban
spokesman wrote on Twitter:" then the quoted words is the spokesman's claim; an independent or
official introducer leaves the quoted change as told."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("lead, status", [
    ("A Taliban spokesman posted a statement on Twitter:", "claimed"),
    ("The Taliban's chief spokesman claimed that:", "claimed"),
    ("A resident reached by phone told AFP:", "taliban"),
])
def test_a_quotation_after_a_colon_is_its_introducer_s_word(finder, lead, status):
    found = statuses(finder, f"{lead}\n\n\"Rokha and Bazarak were completely conquered this morning.\"")
    assert found == {("Rokha", status), ("Bazarak", status)}
