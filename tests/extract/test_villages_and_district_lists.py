"""Names in counted district lists, and villages that share a district's name."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.villages import names_a_village
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

SUNDAY = dt.date(2021, 7, 11)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def read(finder: MentionFinder, text: str) -> set[tuple[str, str]]:
    """Return (place, status) of every event `text` yields, published SUNDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", SUNDAY, "manifest", "Report\n" + text)
    return {(e.place, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurgents overran two districts of Samkani and Jani Khel on Saturday, officials in Gardez said.",
         {("Chamkani", "taliban"), ("Jani Khel", "taliban")}),
        ("Heavy fighting raged overnight in four districts of Zebak, Ishkashim, Wakhan and Kuran wa Munjan.",
         {("Zebak", "contested"), ("Ishkashim", "contested"), ("Wakhan", "contested"), ("Kuran wa Munjan", "contested")}),
        ("Troops took back three districts of Saighan, Kahmard and Shibar on Saturday, the ministry said.",
         {("Sayghan", "government"), ("Kahmard", "government"), ("Shibar", "government")}),
    ],
)
def test_a_count_of_districts_followed_by_district_names_lists_those_districts(finder, text, expected):
    assert read(finder, text) == expected


def test_a_count_of_districts_of_a_province_still_names_only_the_province(finder):
    found = read(finder, "Insurgents overran two districts of Paktia on Saturday, officials said.")
    assert not any(place in ("Chamkani", "Jani Khel") for place, _status in found)
    assert ("Paktia", "taliban") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Taliban gunmen raided a village called Murghab in Badakhshan on Saturday, residents said.",
        "Fighting broke out on Saturday around the village of Qarabagh, villagers said.",
        "Gunmen burned homes in Khwaja Omari village on Saturday, a local elder said.",
        "Clashes were reported on Saturday in a village locally known as Nawa, an elder said.",
    ],
)
def test_a_village_named_like_a_district_gives_the_district_nothing(finder, text):
    assert read(finder, text) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Clashes erupted on Saturday in Qalandar village of Andar district, officials said.", "Andar"),
        ("Fighting raged on Saturday in a village of Jaghori district, a councillor said.", "Jaghori"),
        ("Heavy clashes were under way on Saturday in Sangin district's Shorab village, officials said.", "Sangin"),
    ],
)
def test_the_district_holding_a_village_is_still_fought_over(finder, text, place):
    assert (place, "contested") in read(finder, text)


@pytest.mark.parametrize(
    ("text", "name", "village"),
    [
        ("raided a village called Murghab on", "Murghab", True),
        ("around the village of Qarabagh on", "Qarabagh", True),
        ("in Qalandar village of Andar", "Qalandar", True),
        ("in a village of Andar district", "Andar", False),
        ("villages of Andar district", "Andar", False),
        ("the Andar villages came under fire", "Andar", False),
        ("in Andar district, near a village", "Andar", False),
    ],
)
def test_names_a_village(text, name, village):
    start = text.index(name)
    assert names_a_village(text, start, start + len(name)) is village


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurgents took the airports in Farah and Kunduz provinces on Saturday, officials said.",
         {("Farah", "contested"), ("Kunduz", "contested")}),
        ("The militants on Saturday seized airfields in the western provinces of Farah and Herat.",
         {("Farah", "contested"), ("Herat", "contested")}),
        ("Taliban fighters stormed the prisons in Ghazni and Logar provinces on Saturday, freeing inmates.",
         {("Ghazni", "contested"), ("Logar", "contested")}),
    ],
)
def test_facilities_taken_in_named_provinces_contest_each_province(finder, text, expected):
    assert read(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "American soldiers took control of Kabul airport on Saturday to run the evacuation flights.",
        "The U.S. military has secured Kabul's international airport, the Pentagon said on Saturday.",
        "NATO troops on Saturday took over the airfield at Kabul airport as crowds gathered outside.",
    ],
)
def test_foreign_troops_taking_an_airport_say_nothing_of_the_city(finder, text):
    assert read(finder, text) == set()


def test_afghan_forces_taking_back_the_airport_still_contest_the_city(finder):
    found = read(finder, "Afghan commandos took back the airport in Kunduz city on Saturday after heavy fighting.")
    assert ("Kunduz", "contested") in found


@pytest.mark.parametrize(
    "text",
    [
        "The last US soldiers slipped out of Bagram airfield overnight on Saturday, officials said.",
        "American forces left Bagram air base on Saturday after nearly twenty years.",
        "NATO troops quietly abandoned the base at Bagram on Saturday without telling the Afghan commander.",
    ],
)
def test_foreign_troops_leaving_a_base_give_it_to_no_side(finder, text):
    assert read(finder, text) == set()


def test_afghan_troops_leaving_a_district_still_lose_it(finder):
    assert ("Bagram", "taliban") in read(finder, "Afghan troops abandoned Bagram district on Saturday night, officials said.")
