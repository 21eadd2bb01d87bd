"""Tests for a capitals-and-colon dateline ("KABUL: ...") and for an unnamed district that a city
locates from afar: neither is what "the district" or "it" later means."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.datelines import line_dateline
from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.references import place_role
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

WEDNESDAY = dt.date(2021, 6, 16)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def places(finder: MentionFinder, text: str) -> set[str]:
    """Return the places of the events `text` yields, published WEDNESDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", WEDNESDAY, "manifest", text)
    return {e.place for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("KABUL: Soldiers moved west on Tuesday.", "KABUL", True),
        ("Troops regroup\nHERAT: Commandos arrived overnight.", "HERAT", True),
        ("Kunduz: The Taliban take control of the city.", "Kunduz", False),  # a timeline entry
        ("Officials in KABUL: no comment yet.", "KABUL", False),
    ],
)
def test_line_dateline(sentence, name, expected):
    start = sentence.index(name)
    assert line_dateline(sentence, start, start + len(name)) is expected


def test_a_colon_dateline_is_a_dateline_role():
    sentence = "Militants regroup\nKANDAHAR: Police said the attack was repelled."
    start = sentence.index("KANDAHAR")
    assert place_role(sentence, start, start + 8) == "dateline"


@pytest.mark.parametrize(
    "text",
    [
        "Reinforcements arrive\nKABUL: Troops were flown into Helmand province on Wednesday.\n\nBy evening the district was back under government control.",
        "Push to retake district\nKABUL: Soldiers moved on Wednesday to win back a Taliban-held district right outside the capital Kabul.\n\nThe insurgents had stormed the district centre a day earlier.",
        "Night attack\nKABUL: Fighting raged overnight in Wardak province, officials said on Wednesday.\n\nBy dawn it had fallen to the insurgents, a lawmaker said.",
    ],
)
def test_the_district_is_not_the_colon_dateline_city(finder, text):
    assert "Kabul" not in places(finder, text)
