"""A fight told between two sides is placed by the words after the sides: "clashes between army
units and the Taliban near X" is fighting near X (kind `nearby`), "... in X" fighting inside it."""

from __future__ import annotations

import pytest

from frontmap.extract.kinds import GROUND, NEARBY, event_kind


@pytest.mark.parametrize(("trigger", "excerpt", "kind"), [
    ("clashes", "A cameraman was wounded covering clashes between Afghan commandos and the Taliban near Zaranj.", NEARBY),
    ("Fighting", "Fighting between government troops and the insurgents on the outskirts of Faizabad went on overnight.", NEARBY),
    ("Clashes", "Clashes between Afghan commandos and the Taliban raged in Zaranj's main bazaar on Friday.", GROUND),
    ("battles", "Street battles between militia fighters and the insurgents went on inside Faizabad.", GROUND),
])
def test_a_fight_between_sides_is_placed_by_the_words_after_them(trigger, excerpt, kind):
    assert event_kind(trigger, excerpt, "contested") == kind
