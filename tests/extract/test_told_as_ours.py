"""A hold its holder tells as "ours": the trigger words, or "hands" after "our"; and a quotation
of several sentences whose Taliban speaker is named only after its close gives "our control" in
its middle sentence to the Taliban, as a claim (over the real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.holders import told_as_ours


@pytest.mark.parametrize(("text", "view", "start", "expected"), [
    ("under our control", "x is under our control", 5, True),
    ("X is ours", "x is ours", 0, True),
    ("hands", "x is in our hands", 12, True),
    ("hands", "x is in their hands", 14, False),
    ("under Taliban control", "x is under taliban control", 5, False),
])
def test_a_hold_told_as_ours(text, view, start, expected):
    assert told_as_ours(text, view, start) is expected


_TUESDAY = dt.date(2021, 7, 20)


def test_our_control_inside_a_taliban_quotation_is_their_claim():
    text = ('Report\nGHAZNI - "Jaghatu fell at dawn. Nawur is under our control too. Others will follow," '
            "a Taliban spokesman said on Tuesday.")
    assert real_events(text, _TUESDAY) == {("Jaghatu", "claimed"), ("Nawur", "claimed")}


def test_our_control_inside_an_official_quotation_is_no_taliban_hold():
    text = ('Report\nGHAZNI - "Attackers were pushed back from Jaghatu at dawn. Nawur is under our control too. The roads are open," '
            "the provincial governor said on Tuesday.")
    assert ("Nawur", "claimed") not in real_events(text, _TUESDAY) and ("Nawur", "taliban") not in real_events(text, _TUESDAY)
