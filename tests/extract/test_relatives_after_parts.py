"""A relative clause right after a place named as the owner of a part ("the main square of X, which
the insurgents took") tells what happened to the place itself; the part alone, taken or stormed, is
fighting there."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighters were filmed in the main square of Qarabagh, which the insurgents took on Sunday.", {("Qarabagh", T)}),
    ("Crowds gathered outside the police headquarters of Jaghori, which the Taliban seized on Monday.", {("Jaghori", T)}),
    # no relative clause: the part seized is a fight for the place
    ("The insurgents seized the main square of Qarabagh on Sunday.", {("Qarabagh", C)}),
])
def test_a_relative_after_a_parts_owner_is_the_owners(finder, text, expected):
    assert statuses(finder, text) == expected
