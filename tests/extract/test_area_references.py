"""Tests for frontmap.extract.area_references: "the area" a control verb governs means the place
named before it (real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.area_references import area_objects
from frontmap.extract.events import extract_events
from frontmap.intake.articles import Article

TUESDAY = dt.date(2021, 6, 22)


def read(finder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` gives, published TUESDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", TUESDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article)) if e.event_date}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An elder says gunmen assaulted the district of Ghormach from two sides, sparking clashes "
         "before taking full control of the area late Sunday.", ("Ghormach", "taliban", "2021-06-20")),
        ("Fighting flared in Shirin Tagab district on Sunday. The insurgents captured the area on Monday, "
         "residents said.", ("Shirin Tagab", "taliban", "2021-06-21")),
        ("Militants overran Khwaja Ghar on Saturday. Commandos retook the area on Monday after an air raid.",
         ("Khwaja Ghar", "government", "2021-06-21")),
    ],
)
def test_the_area_after_a_control_verb_is_the_place_named_before(finder, text, expected):
    assert expected in read(finder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes raged in Ghormach on Sunday and spread to the area around the bazaar on Monday.",
        "Gunmen stormed Ghormach on Sunday and seized the area around the police station.",
        "Troops entered Ghormach on Sunday; militants later captured the area's main market.",
    ],
)
def test_an_area_placed_elsewhere_is_not_the_town(finder, text):
    assert not any(status == "taliban" for _, status, _ in read(finder, text))


def test_where_the_governed_area_stands():
    text = "Fighting went on in the area, then the militants seized the area and controlled the area around it."
    assert list(area_objects(text)) == [text.index("the area and")]
