""""Recover" wins back a place, a pronoun or a town noun standing for one ("police recovered it on
Tuesday", "recovered Kohistan district"), not weapons, bodies or a vehicle named before "it"."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.recovered_places import is_a_recovered_thing


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban overran Jaghori on Friday. Militia fighters recovered it on Sunday.", {("Jaghori", T), ("Jaghori", G)}),
    ("Local forces recovered Malistan district on Thursday, officials said.", {("Malistan", G)}),
    ("Commandos recovered Qarabagh on Wednesday after a short fight.", {("Qarabagh", G)}),
    # what is recovered is no place
    ("Police recovered the bodies of three soldiers in Malistan on Monday.", set()),
    ("Soldiers recovered weapons and a truck near Qarabagh on Sunday.", set()),
    ("A police truck stolen near Jaghori was found on Monday, and soldiers recovered it on Tuesday.", set()),
])
def test_what_recover_wins_back(finder, text, expected):
    assert statuses(finder, text) == expected


def test_recovered_it_after_a_vehicle_is_the_vehicle():
    view = " a truck was seized  police recovered it on tuesday"
    assert is_a_recovered_thing(view, view.index("recovered"))
    assert not is_a_recovered_thing(" the taliban took x  police recovered it", 27)
