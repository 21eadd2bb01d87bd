"""A place's own garrison leaving it (`frontmap.extract.garrison_leavers`): out of the place, the
whole is given up; into a refuge inside it, a part is held and the place is fought over; into a
district's own compound, the district is held (invented sentences)."""

from __future__ import annotations

import pytest

from frontmap.extract.garrison_leavers import garrison_left, garrison_withdrew_inside


def _spans(sentence: str, place: str, verb: str) -> tuple[tuple[int, int], tuple[int, int]]:
    start, at = sentence.index(place), sentence.index(verb)
    return (start, start + len(place)), (at, at + len(verb))


@pytest.mark.parametrize(("sentence", "place", "verb", "left", "inside"), [
    ("Troops in Maimana withdrew to a base outside the city.", "Maimana", "withdrew", True, False),
    ("The last soldiers in Maimana retreated to the airport on Friday.", "Maimana", "retreated", False, True),
    ("Police in Maimana pulled back into the governor's compound.", "Maimana", "pulled back", False, True),
    ("Police in Almar retreated into the district compound.", "Almar", "retreated", False, False),
    ("Soldiers in Almar pulled back to Maimana city overnight.", "Almar", "pulled back", True, False),
    ("The garrison in Almar pulled back to a hilltop base on the outskirts of Almar.", "Almar", "pulled back", True, False),
    ("Bases near Maimana retreated to the airport.", "Maimana", "retreated", False, False),
])
def test_a_garrison_leaving_or_falling_back_inside(sentence, place, verb, left, inside):
    where, how = _spans(sentence, place, verb)
    assert garrison_left(sentence, where, how) is left
    assert garrison_withdrew_inside(sentence, where, how) is inside
