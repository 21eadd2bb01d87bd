"""A lede standing first in a copy run without its headline is body, not a headline (invented
reports, real gazetteer, published 2021-08-09)."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.date_lines import reads_as_headline


def extract(text: str) -> set[tuple[str, str]]:
    """Return the (place, status) pairs `text` gives, published on Monday 2021-08-09."""
    return real_events(text, dt.date(2021, 8, 9))


@pytest.mark.parametrize(("line", "expected"), [
    ("Taliban take Takhar province", True),
    ("Kunduz falls, ministry demurs", True),
    ("The insurgents have now seized five capitals, with Takhar province the latest to fall on Sunday.", False),
    ("Via AP:", False),
])
def test_a_lede_sentence_is_no_headline(line, expected):
    assert reads_as_headline(line + "\nmore text") is expected


def test_a_lede_standing_first_keeps_its_province_fall():
    lede = "The insurgents have now seized five capitals, with northern Takhar province the latest to fall on Sunday.\n"
    body = "KABUL, Aug 9 - Fighting went on near the airport of Taloqan, the provincial capital, on Sunday, a lawmaker said."
    assert ("Takhar", "taliban") in extract(lede + body)
    assert ("Takhar", "taliban") not in extract("Insurgents take Takhar province\n" + body)
