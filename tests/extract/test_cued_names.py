"""Tests for district names the gazetteer does not list in the spelling a wire uses, read where the
text calls them districts ("the Gurzivan district", "Karkin and Kushtepe districts"), over the
real gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract import cued_names
from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

THURSDAY = dt.date(2021, 6, 24)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def finder(gazetteer) -> MentionFinder:
    return MentionFinder(gazetteer)


def events(finder: MentionFinder, text: str) -> set[tuple[str, str]]:
    """Return (place, status) of every event `text` yields, published THURSDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", THURSDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize("text, expected", [
    ("The Taliban took the Gurzivan district of Faryab province on Tuesday, a lawmaker said.",
     {("Gurziwan", "taliban")}),
    ("Insurgents seized Karkin and Kushtepe districts in Jawzjan overnight, officials said.",
     {("Qarqin", "taliban"), ("Qush Tepa", "taliban")}),
    ("Security forces recaptured the district of Varduj in Badakhshan on Wednesday.",
     {("Warduj", "government")}),
    ("Fighting went on around the Darkad district centre in Takhar all night.",
     {("Darqad", "contested")}),
])
def test_an_unlisted_spelling_called_a_district_is_read(finder, text, expected):
    assert expected <= events(finder, text)


@pytest.mark.parametrize("text", [
    "The Taliban captured the Gorgoroth district on Tuesday.",
    "Fighters overran the Shadow district of their own administration, the group said.",
    "The Taliban said the Government district office was empty.",
])
def test_a_name_the_gazetteer_cannot_place_gives_nothing(finder, text):
    assert events(finder, text) == set()


def test_a_province_named_in_the_sentence_must_hold_the_district(gazetteer):
    sentence = "Militants captured the Kushtepe district of Herat province."
    herat = sentence.index("Herat")
    province = next(m.place for m in gazetteer.lookup("Herat province") if m.place.kind == "province")
    taken = [(herat, herat + 5, province)]  # the automaton's own mention
    assert cued_names.cued_places(sentence, 0, taken, {"AF-HER"}, gazetteer) == []
    (found,) = cued_names.cued_places(sentence, 0, taken, {"AF-JOW"}, gazetteer)
    assert (found[2].name, sentence[found[0] : found[1]]) == ("Qush Tepa", "Kushtepe")


def test_a_span_already_taken_is_not_read_twice(gazetteer):
    sentence = "Militants captured the Kushtepe district."
    start = sentence.index("Kushtepe")
    (place,) = [m.place for m in gazetteer.lookup("Qush Tepa")][:1]
    assert cued_names.cued_places(sentence, 0, [(start, start + 8, place)], set(), gazetteer) == []
