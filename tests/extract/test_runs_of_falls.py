"""A run of falls told day by day: "X went on Friday", "Y followed the next day" say the place
fell on that day; "went" and "followed" elsewhere say nothing about who holds a place."""

from __future__ import annotations

import datetime as dt

import pytest
from test_mentions import make_article, tiny_gazetteer

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder

SUNDAY = dt.date(2021, 8, 8)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(tiny_gazetteer())


def read(finder, text: str) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) of every event the text gives."""
    article = make_article(text, SUNDAY)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Khost fell on Thursday. Faizabad went the following day.", "Faizabad", "2021-08-06"),
        ("Jalalabad held out until Friday. Achin went to the Taliban on Saturday.", "Achin", "2021-08-07"),
        ("Kuf Ab was overrun on Friday, and Khwahan followed late on Saturday.", "Khwahan", "2021-08-07"),
        ("Nusay fell on Thursday morning; Nijrab followed in the evening.", "Nijrab", "2021-08-05"),
    ],
)
def test_went_or_followed_with_a_day_tells_a_fall(finder, text, place, day):
    assert (place, "taliban", day) in read(finder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Khost went to Kabul on Friday for talks.",
        "The elders went on Saturday to meet the commanders outside Achin.",
        "A meeting in Faizabad was followed by a press conference on Friday.",
        "Negotiators followed the talks in Jalalabad on Thursday.",
    ],
)
def test_went_or_followed_otherwise_tells_no_fall(finder, text):
    assert not any(status == "taliban" for _place, status, _day in read(finder, text))
