"""Tests for an exception that names more than one place: "every capital except Kabul and Bazarak
has fallen" leaves out every name of its list, each held; names after a fronted exception are the
verb's own objects."""

from __future__ import annotations

import pytest
from test_who_acts_and_which_clause import finder, statuses  # noqa: F401  (the real gazetteer's finder, a fixture)


@pytest.mark.parametrize("text, held", [
    ("Every provincial capital except Gardez and Sharana has fallen to the Taliban.", ("Gardez", "Sharan")),
    ("All districts of Laghman other than Mehtarlam and Qarghayi are in Taliban hands.", ("Mehtarlam", "Qarghayi")),
    ("All districts of Ghazni apart from Jaghori, Malistan and Nawur have fallen.", ("Jaghori", "Malistan", "Nawur")),
])
def test_every_name_of_an_exception_is_held(finder, text, held):
    found = statuses(finder, text)
    for place in held:
        assert (place, "government") in found
        assert (place, "taliban") not in found


def test_names_after_a_fronted_exception_are_objects(finder):
    found = statuses(finder, "Apart from the provincial capital, the insurgents took Deh Yak and Khwaja Omari districts.")
    assert {("Deh Yak", "taliban"), ("Khwaja Omari", "taliban")} <= found
