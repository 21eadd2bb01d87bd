"""Tests for frontmap.extract.held_there: "there" and "it" telling where a hold or a fight is."""

from __future__ import annotations

import datetime as dt

import pytest
from real_reading import real_events

from frontmap.extract.held_there import held_references
from frontmap.extract.triggers import find_triggers

TUESDAY = dt.date(2021, 7, 20)


def words_found(sentence: str) -> list[str]:
    """Return the words `held_references` points at in `sentence`."""
    return [sentence[at:at + 5].split()[0].strip(",.") for at in held_references(sentence, find_triggers(sentence))]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The police were still in control there on Tuesday.", ["there"]),
        ("Commandos held on there until the evening.", ["there"]),
        ("Soldiers are still fighting there, a resident said.", ["there"]),
        ("The army now holds it again.", ["it"]),
        ("Local forces firmly control it, the governor said.", ["it"]),
        ("The Taliban could hold it for weeks.", []),
        ("They never managed to hold it for long.", []),
        ("The insurgents are expected to control it within months.", []),
        ("Officials hold it responsible for the losses.", []),
        ("The army holds the road; there were no reports of fighting.", []),
    ],
)
def test_held_references(sentence, found):
    assert words_found(sentence) == found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Qaisar holds\nMAIMANA, July 20 - Insurgents attacked Qaisar district on Tuesday, but soldiers remained in control there, officials said.", "Qaisar"),
        ("Muqur\nGHAZNI, July 20 - The Taliban shelled Muqur district on Tuesday. Afghan forces still hold it, the police chief said.", "Muqur"),
        ("Kohsan\nHERAT, July 20 - A Taliban push on Kohsan district was beaten off on Tuesday. Border police are firmly in control there now.", "Kohsan"),
    ],
)
def test_there_and_it_after_a_hold_mean_the_place_named_before(text, place):
    assert (place, "government") in real_events(text, TUESDAY)


def test_the_dateline_city_is_not_what_there_means():
    found = real_events("Night raid\nKANDAHAR, July 20 - Gunmen raided a checkpoint overnight. Police remained in control there, officials said.", TUESDAY)
    assert ("Kandahar", "government") not in found


def test_a_fight_told_by_there_is_not_a_place_named_before_the_last():
    found = real_events("Southwest\nKABUL, July 20 - Zaranj lies further west than Lashkar Gah, which observers long expected to go first as the "
                        "insurgents have battled there for months.", TUESDAY)
    assert {place for place, _ in found} == {"Lashkar Gah"}


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers still hold it. Troops were fighting there on Sunday.",
        "The army HELD   IT\nfor a week, and militias are battling again there.",
        "Forces controlled it; clashes there went on. Items there were looted.",
        "They were holding firmly\tthere, while the police took it back.",
        "Nobody fights therefore, and upon it the matter rests.",  # "therefore" is no "there"; "upon" ends on "on"
        "The Taliban control it\u2019s outskirts and hold \u00a0there now.",
        "Fighters are \u017ftill holding it and still fighting \u017ftill there.",  # a long s a pattern ignoring case reads as "s"
        "\u0130t fell. Forces held \u0130T, then held \u0131t again.",  # letters lower() does not fold to "i": the whole-text pattern
        "it there hold",
        "Troops there fled; the garrison  there left. Policemen\nthere surrendered, but nobody was there.",
    ],
)
def test_candidates_are_the_whole_text_patterns_hits(text):
    from frontmap.extract import held_there

    expected = [m.end() - 2 for m in held_there._CANDIDATE.finditer(text)]
    assert list(held_there.candidates(text)) == expected


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ten days after troops there had surrendered, the army came back.", ["there"]),
        ("By evening the soldiers there had fled.", ["there"]),
        ("The garrison there quickly withdrew.", ["there"]),
        ("There are few troops there.", []),
        ("The troops there said they had not been paid.", []),
    ],
)
def test_forces_there_giving_the_place_up(sentence, found):
    assert words_found(sentence) == found


def test_forces_there_who_surrender_give_up_the_place_named_before():
    found = real_events("Ghormach\nQALA-E NAW, July 20 - Fighting broke out in Ghormach on Sunday. By Monday evening the police there had "
                        "surrendered.", TUESDAY)
    assert ("Ghormach", "taliban") in found


def test_forces_there_who_retreat_inside_the_place_keep_it():
    found = real_events("Ghormach\nQALA-E NAW, July 20 - Fighting broke out in Ghormach on Sunday. By Monday the soldiers there had "
                        "retreated to the district compound.", TUESDAY)
    assert ("Ghormach", "taliban") not in found
