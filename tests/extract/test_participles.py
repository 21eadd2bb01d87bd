"""Tests for `frontmap.extract.participles`: a participle opening its own phrase governs "it"."""

from __future__ import annotations

import pytest

from frontmap.extract.participles import governs_it


def _at(text: str) -> int:
    return text.index(" it") if text.endswith(" it") else text.index(" it ")


@pytest.mark.parametrize(("text", "governs"), [
    ("Fighters stormed the town from the east, seizing it", True),
    ("They besieged the district for a week before capturing it", True),
    ("Commandos moved in and then retaking it", True),
    ("with the possibility of the militants overrunning it", False),
    ("Troops were flown in, hoping to retake it", False),
    ("They retook it", False),  # a finite verb: `references` reads it by its ending
])
def test_participles_that_govern_it(text, governs):
    assert governs_it(text, _at(text)) is governs
