"""Every name of a list after "from" is an origin when people on the move came from them
("fighters from X, Y and Z have arrived"), not only the first."""

from __future__ import annotations

import pytest
from test_rules import C, G, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.origins import is_origin
from frontmap.extract.text import text_view


def _origin(sentence: str, name: str) -> bool:
    start = sentence.index(name)
    return is_origin(text_view(sentence), start, sentence, start + len(name))


@pytest.mark.parametrize(("sentence", "name"), [
    ("Commandos flown in from Kabul, Herat and Mazar-i-Sharif joined the battle.", "Herat"),
    ("Commandos flown in from Kabul, Herat and Mazar-i-Sharif joined the battle.", "Mazar-i-Sharif"),
    ("Fighters from Badakhshan, Takhar and Kunduz have arrived near the valley.", "Takhar"),
    ("More from Ghazni and Zabul poured in overnight, a commander said.", "Zabul"),
    # troops still on the road name where they set out from
    ("Clashes went on in Andar, and reinforcements were on their way from Kabul.", "Kabul"),
    ("A convoy en route from Ghazni came under fire near Andar.", "Ghazni"),
    ("Fresh troops heading from Herat were expected by nightfall.", "Herat"),
    # the directions an attack came from, and the province in brackets after a named origin or route
    ("Fighters attacked Panjshir from several directions, including Parwan and Andarab.", "Parwan"),
    ("Fighters attacked Panjshir from several directions, including Parwan and Andarab.", "Andarab"),
    ("Fighters tried to attack Panjshir from Gulbahar (Parwan province) at dawn.", "Parwan"),
    ("Fighters tried to attack Panjshir through the Khawak pass (Baghlan province) at dawn.", "Baghlan"),
])
def test_later_names_of_an_origin_list_are_origins(sentence, name):
    assert _origin(sentence, name)


@pytest.mark.parametrize(("sentence", "name"), [
    ("The army drove the Taliban out of Khakrez and Arghandab on Friday.", "Arghandab"),
    ("Fighters from the village attacked Sangin and Musa Qala on Monday.", "Musa Qala"),
    ("Insurgents from Nad Ali attacked Nawa and Marja overnight.", "Marja"),
    ("Fighters attacked Panjshir from several directions, including Parwan and Andarab.", "Panjshir"),
    ("The army retook Nahrin (Baghlan province) on Monday.", "Baghlan"),
])
def test_places_a_verb_acts_on_are_no_origins(sentence, name):
    assert not _origin(sentence, name)


@pytest.mark.parametrize(("text", "expected"), [
    ("Insurgents from Nad Ali, Nawa and Marja poured into the outskirts of Lashkar Gah on Sunday.",
     {("Lashkar Gah", C)}),
    ("Special forces sent from Kabul, Herat and Balkh helped retake Kaldar district on Monday.", {("Kaldar", G)}),
])
def test_origin_lists_give_no_events(finder, text, expected):
    assert statuses(finder, text) == expected
