"""Words of fighting that tell none: celebratory gunfire, the mountains that surround a valley, and
a place named only as where a statement was made ("told a news conference in X") (invented
sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import C, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

_READINGS = [
    ("Celebratory gunfire erupted in Kabul late on Friday.", set()),
    ("Heavy gunfire was heard in Kabul on Friday.", {("Kabul", C)}),
    ("Armed men stood along the mountains that surround the Panjshir valley.", set()),
    ("Snow-capped peaks surround Bazarak.", set()),
    ("Taliban fighters surround Ghazni.", {("Ghazni", C)}),
    ("The spokesman told a news conference in Kabul that clashes went on in Panjshir.", {("Panjshir", C)}),
    ("Clashes broke out in Kunduz on Monday, a spokesman told reporters in Herat.", {("Kunduz", C)}),
]


@pytest.mark.parametrize(("text", "expected"), _READINGS)
def test_words_of_fighting_that_tell_none(finder, text, expected):  # noqa: F811  (the shared fixture)
    assert statuses(finder, text) == expected
