"""A district's facilities as the subject of a passive verb ("the X police headquarters was seized
by the Taliban") tell of a part of it, as the active verb does; when the district's own building is
among them, the district itself was taken. Sentences of our own, in the style of July 2021 reports."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Qaisar police headquarters was overrun by the insurgents late on Monday.", {("Qaisar", C)}),
    ("The Qaisar police headquarters and the bazaar were captured by the Taliban on Monday.", {("Qaisar", C)}),
    # the district's own building among the facilities: the district's seat
    ("The Qaisar district police headquarters, district building and market have been seized by the Taliban.", {("Qaisar", T)}),
    ("The Qaisar district building was captured by the Taliban after a night of fighting.", {("Qaisar", T)}),
])
def test_facilities_taken_in_the_passive(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_facility_retaken_in_the_passive_leaves_the_district_contested(finder):
    assert statuses(finder, "The Qaisar police headquarters was retaken by commandos on Monday.") == {("Qaisar", C)}
