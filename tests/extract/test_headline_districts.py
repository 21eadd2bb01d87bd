"""Tests for a headline's "<Province> district" over a report that names no district: a district
of the province, not the capital named like it (`place_scope.stands_for_its_province`)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

SATURDAY = dt.date(2021, 7, 10)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def places(finder: MentionFinder, text: str) -> set[str]:
    """Return the places of the events `text` yields, published SATURDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", SATURDAY, "manifest", text)
    return {e.place for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Kandahar district falls\nKANDAHAR, July 10 - Insurgents seized a district south of the city on Saturday, police said.", "Kandahar"),
        ("Kunduz district lost\nFighters overran an outlying district of the province on Saturday, a lawmaker said.", "Kunduz"),
        ("Ghazni district surrenders\nGHAZNI, July 10 - Police in a remote district in the west gave up their posts to the Taliban on Saturday.", "Ghazni"),
    ],
)
def test_headline_district_is_not_the_capital(finder, text, city):
    assert city not in places(finder, text)


def test_the_capital_taken_in_the_body_still_counts(finder):
    text = "Kandahar district falls\nKANDAHAR, July 10 - The Taliban overran Kandahar city on Saturday, officials said."
    assert "Kandahar" in places(finder, text)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Key Kandahar district falls\nThe Taliban captured the district headquarters on Saturday, a council member said.", "Kandahar"),
        ("Kunduz district overrun\nBy Saturday evening the district was in Taliban hands, residents said.", "Kunduz"),
        ("Herat district lost\nTroops abandoned the district centre on Saturday after running out of ammunition.", "Herat"),
    ],
)
def test_the_district_after_such_a_headline_is_not_the_capital(finder, text, city):
    assert city not in places(finder, text)
