"""Tests for the passive agent of frontmap.extract.roles.Actors: "by" and a time ("captured Zaranj
by Friday") names no agent, and a source past the comma ("..., police said") is not one either; a
real agent after "by" still decides the side."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

SATURDAY = dt.date(2021, 8, 7)


@pytest.mark.parametrize("source", ["officials said", "provincial officials confirmed", "the army said", "police told reporters"])
def test_a_source_past_a_time_is_no_agent(source):
    found = real_events(f"Zaranj taken\nZARANJ, Aug 7 - Insurgents had overrun Zaranj by Friday, {source}.", SATURDAY)
    assert ("Zaranj", "taliban") in found
    assert ("Zaranj", "government") not in found


def test_an_agent_after_by_still_decides():
    found = real_events("Zaranj retaken\nZARANJ, Aug 7 - Zaranj was recaptured on Friday by the army, officials said.", SATURDAY)
    assert ("Zaranj", "government") in found
