"""Tests for "took it again": a capture of the place the sentence before named, told by a pronoun
(`frontmap.extract.triggers`; invented sentences, real gazetteer, published Monday 2021-07-19)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

MONDAY = dt.date(2021, 7, 19)


@pytest.mark.parametrize("text", [
    "Headline\nGovernment forces retook Ghormach in May. On Sunday the Taliban took it again, officials said.",
    "Headline\nThe Taliban attacked Ghormach last week. On Sunday they took it once more, police said.",
])
def test_taking_it_again_is_a_capture_of_the_place_before(text):
    assert ("Ghormach", "taliban") in real_events(text, MONDAY)


@pytest.mark.parametrize("text", [
    "Headline\nGovernment forces retook Ghormach in May. On Sunday the Taliban took it as a sign of weakness.",
    "Headline\nGovernment forces retook Ghormach in May. The governor took it up again with Kabul on Sunday.",
])
def test_taking_it_otherwise_is_no_capture(text):
    assert ("Ghormach", "taliban") not in real_events(text, MONDAY)
