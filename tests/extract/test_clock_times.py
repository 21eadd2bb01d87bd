"""Clock times: a place that only names the zone an hour is told in."""

from __future__ import annotations

from frontmap.extract.clock_times import names_a_clock_zone


def _zone(sentence: str, place: str) -> bool:
    start = sentence.index(place)
    return names_a_clock_zone(sentence, start, start + len(place))


def test_a_place_naming_the_zone_of_an_hour():
    assert _zone("The gates were opened at 2030 GMT on Friday, about one on Saturday morning in Herat.", "Herat")
    assert _zone("Shooting stopped at 4:30 a.m. Kabul time, a resident said.", "Kabul")


def test_near_misses_without_a_zone_hour():
    assert not _zone("The gates were opened on Friday, early on Saturday morning in Herat.", "Herat")  # no GMT hour
    assert not _zone("Fighting raged for 24 hours across Herat, the governor said at 2030 GMT.", "Herat")  # no hour before it
