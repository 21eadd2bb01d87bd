"""Tests for frontmap.extract.province_segments: a province told in a part of the sentence of its
own is an event beside the town of it told in another part."""

from __future__ import annotations

import datetime as dt

import pytest
from test_spatial import finder  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article

MONDAY = dt.date(2021, 7, 19)


def units(finder: MentionFinder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, 'province' or 'town', status) of every event `text` yields."""
    article = Article("a1", "f.txt", None, "", "", "", "", MONDAY, "manifest", text)
    return {(e.place, "town" if e.district_id else "province", e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    ("text", "province", "town"),
    [
        ("Militants attacked posts across Uruzgan on Sunday, and Tarinkot came under rocket fire.", "Uruzgan", "Tarinkot"),
        ("Fighting spread throughout Kunduz province on Sunday, while the Taliban attacked Kunduz city.", "Kunduz", "Kunduz"),
        ("Insurgents entered Ghazni city on Sunday; clashes went on in other parts of Ghazni province.", "Ghazni", "Ghazni"),
        ("Heavy clashes continued in Helmand province on Sunday, officials said, and Lashkar Gah was shelled.", "Helmand", "Lashkar Gah"),
        ("Fighting raged across Ghazni province on Sunday, and insurgents attacked the provincial capital.", "Ghazni", "Ghazni"),
        ("KUNDUZ, July 19 - Battles raged throughout Kunduz province on Sunday, and Khanabad was shelled.", "Kunduz", "Khanabad"),
    ],
)
def test_a_province_in_a_part_of_its_own_is_an_event_beside_its_town(finder, text, province, town):
    found = units(finder, text)
    assert (province, "province", "contested") in found
    assert any(place == town and kind == "town" for place, kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the Taliban seized Tarinkot, Uruzgan's provincial capital.",  # the town's event only
        "Fighting spread across Nimroz on Sunday, and by evening the Taliban had overrun the provincial capital.",
        "Fighting in Faryab province on Sunday reached the gates of Maimana.",  # one part: the town's fight
        "MAIMANA, July 19 - Clashes across Faryab province forced the army to reinforce the provincial capital.",  # a dateline
    ],
)
def test_a_province_told_with_its_town_is_no_event_of_its_own(finder, text):
    assert not any(kind == "province" for _, kind, _ in units(finder, text))


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents hold five districts of Kunduz, and on Sunday they pushed into the outskirts of the city.",
        "Having taken six districts of Ghazni, the Taliban attacked the provincial capital on Sunday.",
    ],
)
def test_the_city_named_by_reference_stays_the_city_beside_a_count_of_districts(finder, text):
    found = units(finder, text)
    assert any(kind == "town" and status == "contested" for _, kind, status in found)
    assert not any(kind == "province" for _, kind, _ in found)
