"""One event per unit, status and date takes the kind of the telling that says most of the place
itself: an entry or fighting inside the city told after fighting near it, a change after a
standing line (invented reports, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_mentions import make_article
from test_rules import finder  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events


def _kinds(finder, text):  # noqa: F811
    article = make_article(text)
    return {(e.place, e.status): e.kind for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(("text", "place", "kind"), [
    # near the city first, then inside it: the entry
    ("Heavy clashes broke out on the outskirts of Kunduz on Sunday. Later that day the insurgents entered the city.",
     "Kunduz", "advance"),
    ("Fighting raged near Herat on Thursday, officials said. By the evening the militants had stormed the city.",
     "Herat", "advance"),
    # fighting near the city first, then inside it
    ("Clashes erupted around Ghazni on Wednesday. Street battles raged in the city all day, residents said.",
     "Ghazni", "ground"),
    # an entry first, then fighting inside the city: both tell the city itself, the first stays
    ("Taliban fighters entered Ghazni on Wednesday. Street battles raged in the city all day, residents said.",
     "Ghazni", "advance"),
    # the first telling already says most: it stays
    ("Militants stormed Farah on Monday. Clashes went on around the city later on Monday.", "Farah", "advance"),
])
def test_the_event_keeps_the_telling_closest_to_the_place(finder, text, place, kind):  # noqa: F811
    assert _kinds(finder, text)[(place, "contested")] == kind, text
