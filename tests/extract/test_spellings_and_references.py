"""Tests for outlet spellings of capitals and provinces (Lashkar Ghah, Taloquan, Baglan), Faryab's
Lawlash (the seat of Kohistan district), and which city "the city" means when the headline or an
earlier sentence names more than one, over the real gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

FRIDAY = dt.date(2021, 8, 13)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def events(finder: MentionFinder, text: str, headline: str = "Report") -> set[tuple[str, str]]:
    """Return (place, status) of every event `text` under `headline` yields, published FRIDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", FRIDAY, "manifest", headline + "\n" + text)
    return {(e.place, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize("text, expected", [
    ("KABUL - Insurgents walked into Lashkar Ghah on Friday after the last troops pulled out.", {("Lashkar Gah", "taliban")}),
    ("KABUL - Heavy fighting went on in Lashgarkah on Thursday, residents said.", {("Lashkar Gah", "contested")}),
    ("KABUL - Taloquan was overrun by the Taliban on Thursday, a Takhar lawmaker said.", {("Taloqan", "taliban")}),
    ("KABUL - Clashes raged across Baglan province on Thursday, police said.", {("Baghlan", "contested")}),
    ("KABUL - Government troops pulled out of Lolash in Faryab on Thursday.", {("Lawlash", "taliban")}),
])
def test_outlet_spellings(finder, text, expected):
    assert events(finder, text) == expected


def test_lawlash_lies_in_faryab_kohistan(finder):
    article = Article("a1", "f.txt", None, "", "", "", "", FRIDAY, "manifest",
                      "Report\nKABUL - The Taliban overran Lawlash district on Thursday, a Faryab official said.")
    [event] = extract_events(article, finder.find(article))
    assert (event.place, event.province_code) == ("Lawlash", "AF-FYB")
