"""Which unit a name stands for, and whose side a flag shows: "the Baghlan provincial center" is
Pul-e Khumri, "the western province of Herat" is the province, a dateline's city is no town of its
province's event, the national flag goes up where the government holds (invented sentences,
shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_leavers_and_expulsions import finder  # noqa: F401  (the shared fixture)
from test_mentions import make_article

from frontmap.extract.events import extract_events
from frontmap.extract.flags import flag_side
from frontmap.extract.mentions import MentionFinder

T, C, G = "taliban", "contested", "government"
PROVINCE = "province"


def units(finder: MentionFinder, text: str) -> set[tuple[str, str]]:
    """Return (place or province code, status) for every event the text reports."""
    article = make_article(text)
    return {(e.province_code if e.district_id is None else e.place, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(("text", "place"), [
    ("Soldiers beat back a Taliban attack on Baghlan provincial center on Saturday.", "Pul-e Khumri"),
    ("Clashes broke out inside the Faryab provincial centre on Friday.", "Maimana"),
    ("Militants attacked the provincial center of Jawzjan on Saturday night.", "Sheberghan"),
    ("Gunfire echoed through the Helmand province capital on Friday.", "Lashkar Gah"),
])
def test_a_provincial_center_named_by_its_province_is_the_capital(finder: MentionFinder, text: str, place: str) -> None:
    found = units(finder, text)
    assert (place, C) in found
    assert not {unit for unit, _ in found if unit.startswith("AF-")}


@pytest.mark.parametrize(("text", "absent"), [
    ("Forces retook Obe district from the Taliban in the western province of Herat on Friday.", "Herat"),
    ("Commandos cleared Muqur district of militants on Saturday in the southeastern province of Ghazni.", "Ghazni"),
    ("The army took back Arghandab district from insurgents in the southern province of Kandahar on Friday.", "Kandahar"),
])
def test_the_province_of_a_district_is_no_event_of_its_capital(finder: MentionFinder, text: str, absent: str) -> None:
    found = units(finder, text)
    assert G in {s for _, s in found}
    assert absent not in {unit for unit, _ in found}


@pytest.mark.parametrize(("text", "code"), [
    ("Fighting went on in the province of Herat on Saturday, officials said.", "AF-HER"),
    ("KUNDUZ, Aug 1 - Taliban fighters attacked outposts across Kunduz province on Saturday, police said.", "AF-KDZ"),
    ("KANDAHAR, Afghanistan (AP) - Heavy clashes raged in Kandahar province on Saturday.", "AF-KAN"),
    ("GHAZNI, July 31 - Fierce fighting was reported in the province of Ghazni on Friday.", "AF-GHA"),
])
def test_the_province_is_fought_over_whatever_the_dateline(finder: MentionFinder, text: str, code: str) -> None:
    assert (code, C) in units(finder, text)


@pytest.mark.parametrize(("text", "status"), [
    ("Commandos pushed the Taliban out of Obe district and raised the national flag over its centre on Friday.", G),
    ("Troops drove the militants out of Kaldar district on Saturday and hoisted the Afghan flag over the district centre.", G),
    ("After the police fled, insurgents raised their white flag over Nahrin on Friday.", T),
])
def test_the_flag_tells_the_side(finder: MentionFinder, text: str, status: str) -> None:
    found = units(finder, text)
    assert status in {s for _, s in found}
    assert ({T, G} - {status}).isdisjoint({s for _, s in found})


@pytest.mark.parametrize(("text", "side"), [
    ("raised the national flag", G), ("hoisted the country's flag", G), ("raised the Afghan tricolour", G),
    ("hoisted their white flag", T), ("raised the Taliban flag", T), ("raised a flag", None), ("captured", None),
])
def test_flag_side(text: str, side: str | None) -> None:
    assert flag_side(text) == side


@pytest.mark.parametrize("text", [
    "Helicopter gunships struck insurgent positions in Nad Ali district on Saturday.",
    "Taliban fighters reached the gates of Sheberghan on Saturday.",
    "Police traded fire with the insurgents on the edge of Maimana on Friday.",
])
def test_strikes_gates_and_exchanges_of_fire_are_fighting(finder: MentionFinder, text: str) -> None:
    assert {s for _, s in units(finder, text)} == {C}


@pytest.mark.parametrize(("text", "codes"), [
    ("Heavy fighting went on in Baghlan, Kunduz, Balkh and Takhar on Saturday.", {"AF-BGL", "AF-KDZ", "AF-BAL", "AF-TAK"}),
    ("Clashes spread on Saturday to Kandahar and the neighbouring Helmand province.", {"AF-KAN", "AF-HEL"}),
    ("Fighting was reported on Friday in Badghis, Herat and Farah.", {"AF-BDG", "AF-HER", "AF-FRA"}),
])
def test_a_name_listed_among_provinces_is_a_province(finder: MentionFinder, text: str, codes: set[str]) -> None:
    assert units(finder, text) == {(code, C) for code in codes}


@pytest.mark.parametrize(("text", "place"), [
    ("Fighting raged in Lashkar Gah and Kandahar on Saturday.", "Kandahar"),  # listed with a city: the city
    ("The Taliban captured Kunduz and Sar-e Pul on Sunday.", "Kunduz"),  # a capture names the cities taken
    ("Clashes went on in the cities of Kandahar and neighbouring Helmand province on Saturday.", "Kandahar"),  # called cities
])
def test_a_name_listed_with_cities_stays_a_city(finder: MentionFinder, text: str, place: str) -> None:
    assert place in {unit for unit, _ in units(finder, text)}


@pytest.mark.parametrize(("text", "places"), [
    ("Insurgents shelled Kandahar, in southern Kandahar province, on Saturday.", {"Kandahar"}),
    ("The cities of Farah, in western Farah province, and Kandahar, in southern Kandahar province, came under fire on Friday.",
     {"Farah", "Kandahar"}),
])
def test_a_city_located_by_its_own_province_stays_a_city(finder: MentionFinder, text: str, places: set[str]) -> None:
    assert units(finder, text) == {(place, C) for place in places}


def test_a_capitalised_unit_word_before_a_list_locates_nothing(finder: MentionFinder) -> None:
    text = "Insurgent leaders said the Provinces of Farah, Kandahar, Helmand and Badghis were under their control on Saturday."
    assert {unit for unit, _ in units(finder, text)} == {"AF-FRA", "AF-KAN", "AF-HEL", "AF-BDG"}
