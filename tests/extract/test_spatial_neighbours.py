"""Tests for frontmap.extract.spatial: neighbours, journeys and midpoints name landmarks, and every
member of a list after such words is a landmark too."""

from __future__ import annotations

import pytest

from frontmap.extract.spatial import spatial_role


def role_of(sentence: str, place: str) -> str | None:
    """Return the spatial role of the last `place` in `sentence`."""
    start = sentence.rindex(place)
    return spatial_role(sentence, start, start + len(place))


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Clashes went on in Zabul, which also borders Kandahar, on Monday.", "Kandahar"),
        ("Paktika, a province that too borders Ghazni, saw attacks overnight.", "Ghazni"),
        ("Fighting hit Jaghatu, which neighbours Wardak, late on Friday.", "Wardak"),
        ("The district, which adjoins Herat city, was quiet by noon.", "Herat"),
        ("They clashed in Guzara, twenty minutes' drive south of Herat, on Sunday.", "Herat"),
        ("Nawa lies about an hour's drive from Lashkar Gah.", "Lashkar Gah"),
        ("Police fled Nad Ali, a short drive west of Lashkar Gah, on Tuesday.", "Lashkar Gah"),
        ("Shots rang out in Sayedabad, halfway between Ghazni and Kabul.", "Ghazni"),
        ("Shots rang out in Sayedabad, halfway between Ghazni and Kabul.", "Kabul"),
        ("Fighting went on in Sangin, midway between Kajaki and Gereshk.", "Gereshk"),
        ("The centre of Rokha, adjacent to the provincial capital Bazarak, fell on Sunday.", "Bazarak"),
    ],
)
def test_neighbours_journeys_and_midpoints_are_landmarks(sentence, place):
    assert role_of(sentence, place) == "reference point"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Uruzgan, which borders Helmand and Kandahar, saw clashes.", "Kandahar"),
        ("Ghor, which borders Herat, Farah and Helmand, is mountainous.", "Farah"),
        ("Ghor, which borders Herat, Farah and Helmand, is mountainous.", "Helmand"),
        ("Ghor, which borders Herat, Farah, and Helmand, is mountainous.", "Helmand"),
        ("They fought in Muqur, forty kilometres from Ghazni and Qarabagh.", "Qarabagh"),
    ],
)
def test_every_member_of_a_list_of_landmarks_is_a_landmark(sentence, place):
    assert role_of(sentence, place) == "reference point"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a bare comma after the landmark ends the phrase: the next name is told anew
        ("Troops held Andar, which borders Ghazni, Kabul was calm.", "Kabul"),
        ("Positions 30 km from Kunduz, and Khanabad too, came under fire.", "Khanabad"),
        ("Clashes hit Zabul, which borders Kandahar, and the Taliban took Shinkay.", "Shinkay"),
        ("Fighting raged in Uruzgan and Helmand on Monday.", "Helmand"),
    ],
)
def test_a_name_after_the_landmark_phrase_is_told_anew(sentence, place):
    assert role_of(sentence, place) is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Shots were fired along the Kunduz-Baghlan border overnight.", "Kunduz"),
        ("Shots were fired along the Kunduz-Baghlan border overnight.", "Baghlan"),
        ("They took a village on the border between Kandahar and Helmand provinces.", "Kandahar"),
        ("They took a village on the border between Kandahar and Helmand provinces.", "Helmand"),
        ("Clashes hit posts on the boundary of Ghor and Herat.", "Herat"),
    ],
)
def test_the_ends_of_a_boundary_are_landmarks(sentence, place):
    assert role_of(sentence, place) == "reference point"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The Taliban captured the Islam Qala border crossing on Sunday.", "Islam Qala"),
        ("Insurgents seized the Torghundi border post at dawn.", "Torghundi"),
    ],
)
def test_a_place_s_own_border_crossing_is_no_boundary(sentence, place):
    assert role_of(sentence, place) is None
