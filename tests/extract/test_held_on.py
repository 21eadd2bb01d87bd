"""A claim answered with the government holding on, in its own sentence after a contrast or in
the next one naming no other place ("it", "the city" or nothing at all): the place is claimed
and, by the officials' word, the government's (invented sentences, shipped gazetteer, published
Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, G, finder, statuses  # noqa: F401  (finder: the shared fixture)
from test_sources_and_attempts import events_on

from frontmap.extract.held_on import held_by_government
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ministry insists it remains in control.", True),
    ("Police said the town was still in government hands.", True),
    ("The governor said his troops still hold it.", True),
    ("Officials said it is still under the control of security forces.", True),
    # no longer held, or held by the other side
    ("Officials admitted they were no longer in control.", False),
    ("A spokesman for the insurgents said the group remains in control.", False),
    ("Residents said the market reopened.", False),
])
def test_a_hold_of_the_government(sentence, expected):
    assert held_by_government(text_view(sentence)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban said they had seized Qaisar district, but the ministry insists it remains in control.",
     {("Qaisar", CL), ("Qaisar", G)}),
    ("The Taliban said they had seized Qaisar district. The governor said his forces still control it.",
     {("Qaisar", CL), ("Qaisar", G)}),
    ("Insurgents claimed the capture of Chaghcharan. Officials insisted the city was still in government hands.",
     {("Chaghcharan", CL), ("Chaghcharan", G)}),
    # the answer names the claim's province only in a title
    ("The Taliban said they had overrun Qala-e Naw. The Badghis governor said his forces still held it.",
     {("Qala-e Naw", CL), ("Qala-e Naw", G)}),
    # a hold of the Taliban's own, or no contrast: only the claim
    ("The Taliban said they had seized Qaisar district and that their fighters remain in control.", {("Qaisar", CL)}),
    # the answer names another place: that place's own reading
    ("The Taliban said they had seized Qaisar district. Officials said Almar was still in government hands.",
     {("Qaisar", CL), ("Almar", G)}),
])
def test_a_claim_answered_with_a_hold(finder, text, expected):
    assert {(place, status) for place, status, _ in events_on(finder, text)} == expected
