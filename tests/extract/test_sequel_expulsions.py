"""A capture undone later in its own sentence with no place named again ("... before commandos drove
them out") gives the place back to the government (`sequel_expulsions`; invented sentences, real
gazetteer, published Tuesday 2021-07-20)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

TUESDAY = dt.date(2021, 7, 20)


@pytest.mark.parametrize("text", [
    "Headline\nThe militants briefly captured Ghormach on Monday before commandos drove them out.",
    "Headline\nThe Taliban overran Ghormach on Monday, but Afghan security forces pushed them back hours later.",
    "Headline\nInsurgents seized Ghormach on Monday but were expelled the same evening, officials said.",
    "Headline\nThe Taliban took Ghormach on Sunday, only for commandos to retake it on Monday.",
])
def test_an_undone_capture_gives_the_place_back(text):
    events = real_events(text, TUESDAY)
    assert ("Ghormach", "taliban") in events and ("Ghormach", "government") in events, events


@pytest.mark.parametrize("text", [
    "Headline\nThe Taliban seized Ghormach on Monday before troops could drive them out.",
    "Headline\nThe Taliban seized Ghormach on Monday, but commandos tried to push them back.",
    "Headline\nThe Taliban captured Ghormach and Qaisar on Sunday before pushing toward Maimana, where they were repelled.",
    "Headline\nThe Taliban seized Ghormach on Sunday, but were expelled from Gurziwan on Monday.",
    "Headline\nThe Taliban took Ghormach on Monday, a town they had held in 2009 before the army drove them out.",
])
def test_a_hedged_or_elsewhere_undoing_leaves_the_capture(text):
    events = real_events(text, TUESDAY)
    assert ("Ghormach", "taliban") in events and ("Ghormach", "government") not in events, events
