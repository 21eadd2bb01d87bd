"""Tests for frontmap.extract.outskirts_addresses through the reader: the outskirts of a town named only as where people
camp, live or get care, with no armed side in the sentence, are not fought over."""

from __future__ import annotations

import pytest
from test_since_background import read
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.outskirts_addresses import address_only
from frontmap.extract.text import text_view
from frontmap.extract.triggers import find_triggers


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,000 families are sheltering in a camp on the outskirts of Herat, the refugee department said.",
        "A clinic on the outskirts of Kandahar city treated dozens of children for diarrhoea.",
        "The dusty outskirts of Kabul now hold thousands of displaced people from the north.",
        "With the arrival of more families from the north, the outskirts of Kabul look like one vast camp.",
    ],
)
def test_outskirts_with_no_side_give_no_event(finder, text):
    assert read(finder, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taliban fighters were on the outskirts of Maimana on Friday, officials said.", ("Maimana", "contested", "2021-08-20")),
        ("Families left Pul-e Khumri as insurgents massed on the outskirts of the city.", ("Pul-e Khumri", "contested", "2021-08-23")),
        ("Fighting reached the outskirts of Kandahar, residents said.", ("Kandahar", "contested", "2021-08-23")),
    ],
)
def test_a_side_or_a_fight_on_the_outskirts_still_contests_the_town(finder, text, expected):
    assert expected in read(finder, text)


def test_only_the_bare_word_outskirts_in_a_quiet_sentence_is_an_address():
    quiet = "Aid workers set up a field kitchen on the outskirts of Herat on Monday."
    view = text_view(quiet)
    assert [address_only(view, t.start, t.end) for t in find_triggers(quiet, view)] == [True]
    fought = "A camp on the outskirts of Herat was shelled overnight."
    view = text_view(fought)
    assert not any(address_only(view, t.start, t.end) for t in find_triggers(fought, view))
