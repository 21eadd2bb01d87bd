"""Unsaid places: where a control verb ends with its place unsaid, found by one scan of the text."""

from __future__ import annotations

import re

from frontmap.extract import unsaid_places

# the scan as a plain whole-word alternation: what the faster form must find, no more, no less
_PLAIN = re.compile(
    r"\b(?:control|over|returned|surrendered|up|in|charge)\b(?=" + unsaid_places._NO_OBJECT_AFTER + ")", re.IGNORECASE
)


def test_positions_end_each_verb_whose_place_is_unsaid():
    text = ("Police said the army had regained control on Wednesday. The defenders SURRENDERED, and the militia "
            "returned. Elders took charge! Traffic moved over the bridge, and the convoy turned in at dusk.")
    found = [text[:at].split()[-1] for at in unsaid_places.positions(text)]
    assert found == ["control", "SURRENDERED", "returned", "charge", "in"]


def test_words_inside_other_words_are_not_read():
    text = "The surrendered-weapons count rose. A controller returned-mail desk; a Sover rally and an inner road; a setup."
    assert list(unsaid_places.positions(text)) == [m.end() for m in _PLAIN.finditer(text)]
    assert "controller" not in [text[:at].split()[-1] for at in unsaid_places.positions(text)]


def test_positions_match_the_plain_scan():
    text = ("Fighters took over overnight, then handed it over. It was in their hands; the town was in chaos. "
            "Soldiers gave up before dawn, and by evening the rebels were in complete control; some returned soon.")
    assert list(unsaid_places.positions(text)) == [m.end() for m in _PLAIN.finditer(text)]
