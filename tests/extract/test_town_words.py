"""A name shared by a province and one of its districts, called a town: the district."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.town_words import written_as_town
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def _span(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Fighters entered the historic town of Balkh at dawn.", True),
        ("They seized the city of Balkh overnight.", True),
        ("They seized Balkh, a small town west of the capital, overnight.", True),
        ("They seized Balkh, on the edge of Mazar-i-Sharif, overnight.", True),
        ("They seized Balkh, outskirt of Mazar-i-Sharif, overnight.", True),
        ("They seized Balkh, 20 km west of Mazar-i-Sharif, overnight.", True),
        ("Fighting spread across Balkh, officials said.", False),
        ("Balkh, a province on the Uzbek border, is calm.", False),
        ("The governor of Balkh spoke on Monday.", False),
    ],
)
def test_words_that_call_a_name_a_town(text, town):
    assert written_as_town(*_span(text, "Balkh")) is town


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants stormed the ancient town of Balkh on Monday and took control of it.",
        "Militants captured Balkh, a town on the outskirts of Mazar-i-Sharif, on Monday.",
        "Militants captured Balkh, some 20 km west of Mazar-i-Sharif, on Monday.",
    ],
)
def test_a_town_named_like_its_province_is_the_district(finder, sentence):
    article = Article("a1", "f.txt", None, "", "", "", "", dt.date(2021, 6, 22), "manifest", "Heading\n" + sentence)
    events = extract_events(article, finder.find(article))
    assert {(e.place, bool(e.district_id)) for e in events if e.status == "taliban"} == {("Balkh", True)}
