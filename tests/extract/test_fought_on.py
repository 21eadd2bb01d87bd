"""A claim answered with fighting that goes on, in its own sentence after a contrast or in the
next one naming no other place: the place is claimed and fought over (invented sentences,
shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, CL, finder, statuses  # noqa: F401  (finder: the shared fixture)
from test_sources_and_attempts import events_on

from frontmap.extract.fought_on import fighting_goes_on
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Officials said fighting was still going on.", True),
    ("Clashes continued into the night.", True),
    ("Police said heavy fighting is under way.", True),
    ("There was no fighting in the town.", False),
    ("Residents said the fighting had ended.", False),
    ("Sporadic clashes were continuing nearby.", False),
    ("Fighting went on in the surrounding villages.", False),
])
def test_fighting_that_goes_on(sentence, expected):
    assert fighting_goes_on(text_view(sentence)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban said they had taken Almar district, but officials said fighting continued.", {("Almar", CL), ("Almar", C)}),
    ("The Taliban said they had taken Almar district. The governor denied it, saying clashes were still under way.",
     {("Almar", CL), ("Almar", C)}),
    # fighting before the claim, no contrast: only the claim
    ("The Taliban said they had taken Almar district after fighting that continued for days.", {("Almar", CL)}),
    # fighting told of another place
    ("The Taliban said they had taken Almar district. Officials said there was heavy fighting in Qaisar.", {("Almar", CL), ("Qaisar", C)}),
])
def test_a_claim_answered_with_fighting(finder, text, expected):
    assert {(place, status) for place, status, _ in events_on(finder, text)} == expected
