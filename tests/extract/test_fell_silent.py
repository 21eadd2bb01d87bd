"""Tests for the fall trigger of frontmap.extract.triggers: "fell silent", "had fallen quiet" and
the like tell no fall; "fell to the Taliban" and "fell back into Taliban hands" still do."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

FRIDAY = dt.date(2021, 8, 13)


@pytest.mark.parametrize("words", ["fell silent", "had fallen quiet", "fell still"])
def test_an_idiom_is_no_fall(words):
    found = real_events(f"Evening\nHERAT, Aug 13 - The streets of Herat {words} on Friday evening, a resident said.", FRIDAY)
    assert not any(place == "Herat" for place, _status in found)


@pytest.mark.parametrize("words", ["fell to the Taliban", "fell back into Taliban hands"])
def test_a_fall_is_still_one(words):
    assert ("Herat", "taliban") in real_events(f"Evening\nHERAT, Aug 13 - Herat {words} on Friday.", FRIDAY)
