"""A town's hospital that reports or takes in casualties says where the wounded were brought, not
where the fighting was; fighting told in the town itself stays."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.hospitals import hospital_speaks


@pytest.mark.parametrize(("after", "expected"), [
    ("’s Emergency Hospital confirmed it had", True),
    (" hospital said on Monday", True),
    ("'s main hospital has received", True),
    (" hospital, where the wounded", False),
    (" city, near the hospital", False),
])
def test_a_hospital_that_reports(after, expected):
    assert hospital_speaks(after) is expected


def test_casualties_brought_to_a_hospital_are_no_fight_there(finder):
    text = "Kandahar's main hospital said it had received 20 wounded from recent clashes, a doctor said."
    assert statuses(finder, text) == set()


def test_fighting_in_the_town_itself_stays(finder):
    text = "Lashkar Gah hospital was overwhelmed as fighting raged in the city on Sunday."
    assert statuses(finder, text) == {("Lashkar Gah", C)}
