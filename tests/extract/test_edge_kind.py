"""Fighting at a place's edge, gates or fringes is fighting around it (kind `nearby`), as on its
outskirts: it does not turn a place one side holds into a contested one, while coming in through
its gates is still an advance into it."""

from __future__ import annotations

import pytest

from frontmap.extract.kinds import ADVANCE, NEARBY, event_kind


@pytest.mark.parametrize(("trigger", "excerpt"), [
    ("Clashes", "Clashes broke out on the edge of Mehtarlam late on Tuesday, a police officer said."),
    ("Fighting", "Fighting raged at the gates of Ghazni city through the night."),
    ("fighting", "Residents reported heavy fighting on the southern fringes of Maimana."),
    ("battles", "The insurgents fought battles at the doorstep of Gardez on Wednesday."),
])
def test_fighting_at_the_edge_is_around_the_place(trigger, excerpt):
    assert event_kind(trigger, excerpt, "contested") == NEARBY


def test_coming_in_through_the_gates_is_an_advance():
    excerpt = "Taliban fighters entered Kunduz through its northern gates on Sunday."
    assert event_kind("entered", excerpt, "contested") == ADVANCE
