"""A seat word makes the place's seat the object only when nothing is located at it before."""

from __future__ import annotations

import pytest

from frontmap.extract.gaps import OTHER, PART, SEAT, object_kind


@pytest.mark.parametrize("gap", [
    " the governor's office in ",
    " the police headquarters and the governor's compound in ",
    " control of the district centre of ",
    " the administrative centre of ",
])
def test_the_seat_itself(gap):
    assert object_kind(gap) == SEAT


@pytest.mark.parametrize(("gap", "kind"), [
    (" a truck in the centre of ", OTHER),
    (" a statue at the presidential palace in ", OTHER),
    (" weapons stored in the administrative centre of ", OTHER),
    (" several villages near the centre of ", PART),
])
def test_a_thing_located_at_the_seat(gap, kind):
    assert object_kind(gap) == kind


def test_a_seat_word_far_from_the_name_keeps_its_old_reading():
    gap = " a smattering of provinces in the center and east, as well as the northern city of "
    assert object_kind(gap) == SEAT
