"""A call to stop fighting contests nothing at the callers' place; the fight it names at a place
after it still does (invented reports over the tiny gazetteer of test_mentions.py, published
Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_events import events_of, finder  # noqa: F401  (finder: the shared fixture)


def _contested(finder, text: str) -> set[str]:
    return {e.place for e in events_of(finder, text) if e.status == "contested"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Envoys\n\nEmbassies in Kabul urged the Taliban on Saturday to halt their offensives.", set()),
    ("Elders\n\nElders in Herat called on both sides to end the fighting, a spokesman said.", set()),
    ("Elders\n\nElders in Herat urged the Taliban to halt their assault on Lashkar Gah.", {"Lashkar Gah"}),
    ("Fighting\n\nFighting went on in Kunduz on Saturday as envoys urged a halt to the offensives.", {"Kunduz"}),
])
def test_a_call_to_stop_fighting(finder, text, expected):
    assert _contested(finder, text) == expected
