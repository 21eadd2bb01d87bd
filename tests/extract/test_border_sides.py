"""Tests for frontmap.extract.border_sides: "the Afghan side of the border", "the Afghan border
facility" and "the border posts" in a report from across the frontier mean the crossing named
before them; the neighbour's own side and "the Afghan side" as a party to talks mean no place."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.border_sides import side_references

SUNDAY = dt.date(2021, 8, 15)


def _spans(sentence: str) -> list[str]:
    return [sentence[start:end] for start, end in side_references(sentence)]


def test_the_words_for_the_afghan_side():
    assert _spans("Guards saw them take the Afghan side of the border.") == ["the Afghan side of the border"]
    assert _spans("They held the border posts on the Afghan side of the crossing.") == ["the border posts on the Afghan side of the crossing"]
    assert _spans("They overran the Afghan border facility at dawn.") == ["the Afghan border facility"]
    assert _spans("A flag flew over the Afghan side of the Hairatan bridge on Sunday.") == ["the Afghan side of the Hairatan bridge"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabul held talks with the Afghan side on the return of the soldiers.",
        "The Afghan side said the bridge would reopen.",
        "Militants attacked the border posts in Kaldar district.",
        "Pakistani guards stood on the Pakistani side of the border.",
        "They captured the border post.",  # one post: `references.DEFINITE`
    ],
)
def test_no_side_reference(sentence):
    assert _spans(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "Torkham shut\nPESHAWAR, Aug 15 - Pakistan closed the Torkham crossing on Sunday after the Taliban took control of the Afghan side of the border.",
        "Torkham shut\nPESHAWAR, Aug 15 - Pakistan closed Torkham on Sunday. An official said insurgents now held the Afghan border facility.",
        "Torkham shut\nPESHAWAR, Aug 15 - Islamabad sealed the Torkham gates on Sunday with the border posts on the Afghan side in Taliban hands.",
    ],
)
def test_the_afghan_side_is_the_crossing(text):
    assert ("Torkham", "taliban") in real_events(text, SUNDAY)


def test_the_neighbours_side_is_no_place():
    text = "Torkham reopens\nPESHAWAR, Aug 15 - Officials reopened the Torkham crossing on Sunday. Trucks had queued for days on the Pakistani side of the border."
    assert not any(place == "Torkham" for place, _status in real_events(text, SUNDAY))
