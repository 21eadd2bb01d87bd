"""Tests for frontmap.extract.destination_events: a place people went to that a relative clause
after it tells an event of."""

from __future__ import annotations

import pytest

from frontmap.extract.destination_events import destination_tells_own_event
from frontmap.extract.place_roles import place_role_blocks, verb_after_relative


def after(sentence: str, place: str) -> bool:
    """Return what the module says of the first `place` in `sentence`."""
    return destination_tells_own_event(sentence, sentence.index(place) + len(place))


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The garrison withdrew to Sangin, which insurgents stormed two days later.", "Sangin"),
        ("Police pulled back to Qaisar, which itself fell by nightfall.", "Qaisar"),
        ("The governor escaped to Maimana, which was then besieged for a week.", "Maimana"),
        ("Villagers fled to Pul-e Khumri, where heavy fighting broke out at dusk.", "Pul-e Khumri"),
        ("Soldiers regrouped in Khost, which had been encircled since June.", "Khost"),
    ],
)
def test_a_relative_clause_tells_the_destination_s_own_event(sentence, place):
    assert after(sentence, place)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Families fled to Kabul, which the militants have not reached.", "Kabul"),
        ("Troops fell back to Herat, which they say they can hold.", "Herat"),
        ("Residents fled to Mazar, where they said Balkh district had fallen.", "Mazar"),
        ("Officials flew to Kandahar on Friday.", "Kandahar"),
        ("The soldiers retreated to Gardez, which is the provincial capital.", "Gardez"),
    ],
)
def test_other_clauses_leave_the_destination_alone(sentence, place):
    assert not after(sentence, place)


@pytest.mark.parametrize(
    ("sentence", "place", "verb"),
    [
        # the clause ends only in who told it: the place's verb is the clause's own
        ("Troops held Musa Qala, which the Taliban stormed at dawn, an elder said.", "Musa Qala", "stormed"),
        ("Guards left Zebak, which fighters entered overnight, according to residents.", "Zebak", "entered"),
        # a verb of the place's own follows the clause
        ("Nawa, which was attacked on Monday, fell on Tuesday, officials said.", "Nawa", "fell"),
        ("Nawa, which the army lost in May, was retaken on Friday.", "Nawa", "was retaken"),
    ],
)
def test_where_the_place_s_own_verb_is_looked_for_after_a_relative_clause(sentence, place, verb):
    end = sentence.index(place) + len(place)
    at = verb_after_relative(sentence, end)
    assert at is not None and sentence.find(verb, at) == sentence.index(verb)
    assert sentence.find(",", end + 1, sentence.index(verb)) in (-1, at)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Fighters cut the highway that links Kabul with the southern province of Kandahar.", "Kandahar"),
        ("Traffic stopped on the road connecting Pul-e Khumri with the northern province of Kunduz.", "Kunduz"),
    ],
)
def test_the_far_end_of_a_road_named_with_its_province_is_a_landmark(sentence, place):
    start = sentence.index(place)
    assert place_role_blocks(sentence, start, start + len(place), 0) == "reference point"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Soldiers gave up their checkpoints and fled to the Takhar provincial capital of Taloqan.", "Taloqan"),
        ("The garrison fell back to the provincial capital of Maimana overnight.", "Maimana"),
        ("Police retreated to the Badghis provincial centre, Qala-e Naw, on Friday.", "Qala-e Naw"),
        ("The governor's guards escaped to the northeastern city of Faizabad by road.", "Faizabad"),
    ],
)
def test_a_province_s_seat_people_went_to_is_a_destination(sentence, place):
    start = sentence.index(place)
    assert place_role_blocks(sentence, start, start + len(place), 0) == "destination"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Soldiers gave up their checkpoints, and fighters then stormed the Takhar provincial capital of Taloqan.", "Taloqan"),
        ("Hours after the troops fled, the provincial capital of Maimana came under attack.", "Maimana"),
    ],
)
def test_a_province_s_seat_attacked_after_a_flight_is_no_destination(sentence, place):
    start = sentence.index(place)
    assert place_role_blocks(sentence, start, start + len(place), 0) is None


@pytest.mark.parametrize(
    ("sentence", "place", "role"),
    [
        ("Four civilians died in the clashes, a Kapisa policeman said.", "Kapisa", "title or affiliation"),
        ("Two Baghlan policewomen were wounded in the clashes.", "Baghlan", "title or affiliation"),
        ("Clashes went on in Kapisa on Monday, a policeman said.", "Kapisa", None),
    ],
)
def test_a_policeman_of_a_place_names_an_affiliation(sentence, place, role):
    start = sentence.index(place)
    assert place_role_blocks(sentence, start, start + len(place), 0) == role
