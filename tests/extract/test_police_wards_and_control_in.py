""""Police districts" and "the police headquarters" are places, not the police; "the seizures of X
and Y" is a plural noun of capture; "control in X" is control of X (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban overran two police districts before taking control of Almar district.", {("Almar", T)}),
    ("Fighters seized the police headquarters before taking control of Almar district.", {("Almar", T)}),
    ("Police took back control of Almar district on Saturday.", {("Almar", G)}),
])
def test_police_buildings_are_no_actor(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The seizures of Almar and Kaldar districts alarmed officials.", {("Almar", T), ("Kaldar", T)}),
    ("The Taliban claimed control in Almar district on Saturday.", {("Almar", CL)}),
    ("Security forces remain in control in Almar district.", {("Almar", G)}),
    ("The Taliban took control in parts of Almar district.", {("Almar", C)}),
])
def test_plural_seizures_and_control_in(finder, text, expected):
    assert statuses(finder, text) == expected
