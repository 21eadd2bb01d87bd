"""A Taliban gain its own sentence has the other side reject ("..., but Massoud rejected the rumours
of its fall") is only a claim; a rejection by the Taliban, or of something else, leaves it as told
(invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

_READINGS = [
    ("Panjshir fell to the Taliban on Friday, but the resistance rejected the reports.", {("Panjshir", CL)}),
    ("Local media said Nahrin fell on Friday, but the militia commander denied it.", {("Nahrin", CL)}),
    ("A news agency reported that Panjshir had been taken over by Taliban forces, but Massoud rejected the rumours of its fall.",
     {("Panjshir", CL)}),
    # the rejection is of something else, or the Taliban's own
    ("Panjshir fell to the Taliban on Friday, but the resistance denied the allegations of abuse.", {("Panjshir", T)}),
    ("The Taliban captured Ghazni on Thursday, though the group denied reports of executions.", {("Ghazni", T)}),
    ("Commandos retook Nahrin on Friday, but the Taliban rejected the reports.", {("Nahrin", G)}),
]


@pytest.mark.parametrize(("text", "expected"), _READINGS)
def test_gains_the_other_side_rejects(finder, text, expected):  # noqa: F811  (the shared fixture)
    assert statuses(finder, text) == expected
