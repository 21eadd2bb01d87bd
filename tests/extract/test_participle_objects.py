"""Tests for frontmap.extract.participles.acts_on_its_own_object: a participle after a list of
captured places that takes an object of its own ("..., encircling Kabul") is about that object,
not about the last place of the list; a past participle there still describes the places."""

from __future__ import annotations

import datetime as dt

from real_reading import real_events

from frontmap.extract.participles import acts_on_its_own_object

FRIDAY = dt.date(2021, 8, 13)


def test_the_participle_and_its_object():
    sentence = "They took Ghazni and Kandahar, encircling Kabul."
    assert acts_on_its_own_object(sentence, sentence.index(" and"), sentence.index("encircling"))
    assert acts_on_its_own_object(sentence, sentence.index(","), sentence.index("encircling"))
    falling = "Fighters reached Kunduz, falling on the police posts."
    assert not acts_on_its_own_object(falling, falling.index(","), falling.index("falling"))
    described = "Fighting went on in Kunduz, surrounded since June."
    assert not acts_on_its_own_object(described, described.index(","), described.index("surrounded"))


def test_the_last_city_of_the_list_is_taken():
    found = real_events("Cities fall\nKABUL, Aug 13 - On Friday the insurgents seized Ghazni, Herat and Kandahar, surrounding Kabul.", FRIDAY)
    assert {("Ghazni", "taliban"), ("Herat", "taliban"), ("Kandahar", "taliban")} <= found
    assert ("Kandahar", "contested") not in found
