"""A place named as an institution (its government, a body that speaks, a hospital that reports or
takes in casualties) is not where the event was; fighting told in the town itself stays."""

from __future__ import annotations

import pytest
from test_rules import C, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.institutions import hospital_speaks, named_as_institution


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


def test_a_body_that_speaks_and_a_hospital_share_their_verbs():
    assert named_as_institution(", which denied the report")
    assert named_as_institution(" hospital denied the figures")
    assert named_as_institution("-based broadcaster")
    assert not named_as_institution(" district government compound")
