"""Turn takers: a place told only as the next to go takes the outcome told before it."""

from __future__ import annotations

from frontmap.extract.turn_takers import takes_its_turn


def _takes(sentence: str, place: str) -> bool:
    start = sentence.index(place)
    return takes_its_turn(sentence, start, start + len(place))


def test_the_next_to_go_takes_its_turn():
    assert _takes("Two days later it was the turn of Obe.", "Obe")
    assert _takes("Then came the district of Kushk and Obe.", "Obe")
    assert _takes("This was soon followed by Karukh.", "Karukh")
    assert _takes("IT WAS THE TURN OF OBE on Saturday.", "OBE")


def test_near_misses_tell_something_else():
    assert not _takes("Turnout in Obe was low, officials said.", "Obe")
    assert not _takes("Then came the attack on Obe, residents said.", "Obe")
    assert not _takes("Elders who came from Obe said the road was shut.", "Obe")
    assert not _takes("Fighters followed the river towards Obe.", "Obe")
