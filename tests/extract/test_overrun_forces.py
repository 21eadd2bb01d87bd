"""Defenders overrun take their town (`frontmap.extract.overrun_forces`)."""

from frontmap.extract.overrun_forces import defenders_overrun


def test_overrunning_the_forces_in_a_town_takes_it():
    assert defenders_overrun("overran", " government forces in ")
    assert defenders_overrun("overran", " government forces in two large Afghan cities, Kunduz and ")
    assert defenders_overrun("overrun", " security forces in the city of ")


def test_other_verbs_or_objects_do_not():
    assert not defenders_overrun("captured", " government forces in ")
    assert not defenders_overrun("overran", " government forces in villages near ")


def test_forces_overrun_in_the_passive_take_their_town():
    assert defenders_overrun("overrun", " in ", "on tuesday government forces were ")
    assert defenders_overrun("overrun", " at the city of ", "afghan troops had been ")


def test_a_passive_with_other_subjects_or_places_does_not():
    assert not defenders_overrun("overrun", " in ", "taliban fighters were ")
    assert not defenders_overrun("overrun", " in villages near ", "government forces were ")
