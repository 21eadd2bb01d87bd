"""Tests for frontmap.extract.coordinate_dates: a predicate joined by "and" in the present tense
("retook X on Saturday and are now fighting in Y") is of the report's day, not the first one's."""

from __future__ import annotations

import pytest
from test_since_background import read
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Commandos retook Khan Abad on Friday and are now battling the insurgents in Imam Sahib.",
         {("Khanabad", "government", "2021-08-20"), ("Imam Sahib", "contested", "2021-08-23")}),
        ("The Taliban overran Khan Abad on Friday and are besieging Kunduz.",
         {("Khanabad", "taliban", "2021-08-20"), ("Kunduz", "contested", "2021-08-23")}),
        ("Commandos retook Khan Abad on Friday and battled the insurgents in Imam Sahib.",  # the past: the same day
         {("Khanabad", "government", "2021-08-20"), ("Imam Sahib", "contested", "2021-08-20")}),
    ],
)
def test_a_present_predicate_is_of_the_report_s_day(finder, text, expected):
    assert expected <= read(finder, text)
