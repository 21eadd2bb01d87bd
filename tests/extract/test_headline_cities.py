"""A headline's city named like its province ("Clashes in Bamyan") over a report telling only of
districts of that province means the province: no event on the city (over the real gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.events import extract_events
from frontmap.intake.articles import Article

SATURDAY = dt.date(2021, 8, 7)


def places(finder, text: str) -> set[tuple[str, str]]:
    """Return (place, status) of every event `text` (headline first) gives, published SATURDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", SATURDAY, "manifest", text)
    return {(e.place, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(("text", "absent"), [
    ("Gunfire in Bamyan\nBAMYAN, Aug 7 - Insurgents attacked Kahmard district on Friday, police said.", "Bamyan"),
    ("Parts of Ghazni won back\nKABUL, Aug 7 - Troops recaptured Andar and Qarabagh districts on Thursday, the army said.", "Ghazni"),
    ("Fresh fighting in Kunduz\nKABUL, Aug 7 - Clashes spread to Chahar Dara and Imam Sahib districts on Friday.", "Kunduz"),
])
def test_a_headline_city_over_its_provinces_districts_gives_no_event(finder, text, absent):
    assert absent not in {place for place, _ in places(finder, text)}


@pytest.mark.parametrize(("text", "kept"), [
    ("Fighting in Ghazni\nKABUL, Aug 7 - Battles raged inside Ghazni city and in Andar district on Friday.", ("Ghazni", "contested")),
    ("Taliban seize Kunduz\nKABUL, Aug 7 - The insurgents also captured Chahar Dara district on Friday.", ("Kunduz", "taliban")),
])
def test_a_headline_city_the_body_tells_of_or_lost_keeps_its_event(finder, text, kept):
    assert kept in places(finder, text)
