"""Tests for frontmap.extract.control_sequels: "entered X and took control" ends with X held, while
control of another thing ("of Khanabad", "of the city's prison") leaves X entered only."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.control_sequels import control_sequel
from frontmap.extract.text import text_view
from frontmap.extract.triggers import find_triggers


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban swept into Kabul and took control.", {("Kabul", T)}),
    ("The insurgents stormed Kunduz on Sunday and seized full control by the afternoon.", {("Kunduz", T)}),
    ("Fighters entered Kandahar and took control of the city by nightfall.", {("Kandahar", T)}),
    ("The Taliban swept into Kabul and cemented their control overnight.", {("Kabul", T)}),
    ("The Taliban pushed into Herat and took control of the city's central prison.", {("Herat", C)}),
])
def test_control_taken_after_an_entry(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_control_verb_with_its_own_object_is_no_sequel():
    for text, expected in (("Fighters entered Kunduz and took control.", True), ("Fighters entered Kunduz and took control of Khanabad.", False)):
        triggers = find_triggers(text, text_view(text))
        entry = triggers[0]
        place_end = text.index("Kunduz") + len("Kunduz")
        found = control_sequel(text, triggers, [t.start for t in triggers], entry, place_end)
        assert (found is not None) is expected
