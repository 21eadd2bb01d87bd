"""Tests for frontmap.extract.references (and the place side of events) over the real gazetteer:
definite references, spatial and institutional roles, locators and province scope."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.references import place_role
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

FRIDAY = dt.date(2021, 8, 13)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def places(finder: MentionFinder, text: str) -> list[tuple[str, str | None, str]]:
    """Return (place, district id or None, ISO date) of every event `text` yields, published FRIDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", FRIDAY, "manifest", text)
    return [(e.place, e.district_id and "district", e.event_date.isoformat()) for e in extract_events(article, finder.find(article))]


@pytest.mark.parametrize(
    ("sentence", "place", "role"),
    [
        ("Thousands of families left for Kabul on Thursday.", "Kabul", "destination"),
        ("The governor flew to Kabul after the talks.", "Kabul", "destination"),
        ("Soldiers fell back to Kunduz city overnight.", "Kunduz", "destination"),
        ("A Kabul-based analyst said the front had collapsed.", "Kabul", "institution"),
        ("The Kabul government denied the report.", "Kabul", "institution"),
        ("Flights from Kabul airport were suspended.", "Kabul", "institution"),
        ("In Kabul, the capital, officials said the north was lost.", "Kabul", "dateline"),
        ("HERAT, Aug 13 - The militants pushed into the suburbs.", "HERAT", "dateline"),
        ("They hold the highway from Pul-e Khumri to Mazar-i-Sharif now.", "Mazar-i-Sharif", "reference point"),
        ("Insurgents stormed Kabul's outskirts.", "Kabul", None),
    ],
)
def test_place_roles(sentence, place, role):
    start = sentence.index(place)
    assert place_role(sentence, start, start + len(place)) == role


def test_the_city_skips_landmarks_and_destinations(finder):
    text = "Clashes broke out in Maidan Shahr, 40 km south-west of Kabul. Militants entered the city on Thursday."
    assert {p[0] for p in places(finder, text)} == {"Maidan Shahr"}
    text = "The governor of Farah left for Kabul before the insurgents overran the city."
    assert [p[0] for p in places(finder, text)] == ["Farah"]


def test_the_provincial_capital_means_a_capital(finder):
    text = "Insurgents overran Arghandab district on Tuesday. On Thursday they captured the provincial capital of Kandahar."
    assert ("Kandahar", "district", "2021-08-12") in places(finder, text)


def test_x_in_y_is_district_x(finder):
    text = "Militants overran Malistan in Ghazni on Wednesday. Fighting was reported in Guzara in Herat."
    assert [p[0] for p in places(finder, text)] == ["Malistan", "Guzara"]


def test_the_capital_of_a_province_is_its_capital(finder):
    assert [p[0] for p in places(finder, "Insurgents seized the capital of Helmand on Friday.")] == ["Lashkar Gah"]
    assert [p[0] for p in places(finder, "The Nimroz capital fell to the Taliban.")] == ["Zaranj"]
    text = "A day earlier the Taliban had seized the capitals of Kandahar and Helmand provinces."
    assert places(finder, text) == [("Kandahar", "district", "2021-08-12"), ("Lashkar Gah", "district", "2021-08-12")]


def test_province_events_only_without_a_place_inside(finder):
    assert places(finder, "Heavy fighting was reported across Helmand province.") == [("Helmand", None, "2021-08-13")]
    assert [p[0] for p in places(finder, "Fighting raged in Helmand province and in Nad Ali district.")] == ["Nad Ali"]
    text = "Clashes in Faryab province\nInsurgents attacked Qaysar district on Friday."
    assert [p[0] for p in places(finder, text)] == ["Qaisar"]


def test_archive_captions_and_history_yield_nothing(finder):
    assert places(finder, "FILE PHOTO: Taliban fighters captured Kunduz city.") == []
    assert places(finder, "In 2001 Kandahar fell to US-backed forces.") == []


def test_mojibake_names_are_found_once_decoded(finder):
    from frontmap.intake.decode import repair_text

    text = repair_text("Heratâ€™s governor said the insurgents had overrun Guzara district.")
    assert [p[0] for p in places(finder, text)] == ["Guzara"]


@pytest.mark.parametrize(
    "text",
    [
        "Report\nKabul :\n\nGunmen overran the district late on Thursday, the ministry said.",
        "Report\nKABUL, Aug 13 - The insurgents took the district on Thursday after a long siege.",
        "Report\nKABUL, Aug 13 - The district centres of Khwahan and Shighnan fell on Thursday.",
    ],
)
def test_the_district_never_means_the_dateline_city(finder, text):
    assert "Kabul" not in {place for place, _kind, _day in places(finder, text)}


def test_a_colon_dateline_is_where_the_report_was_filed():
    assert place_role("Kabul :", 0, 5) == "dateline"
    assert place_role("Kabul: Taliban fighters entered the city on Friday.", 0, 5) is None  # a headline's subject


@pytest.mark.parametrize("text", [
    "Report\nFighters pushed into Qalat on Thursday. By Friday the city was in their hands, and the governor had flown to Kabul.",
    "Report\nFighters pushed into Qalat on Thursday. By Friday the city was in their hands and its police chief fled to Kandahar.",
])
def test_a_destination_in_the_sentence_does_not_stop_the_city_meaning_the_last_town(finder, text):
    assert ("Qalat", "district", "2021-08-13") in places(finder, text)


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Siege of Ghazni\nKABUL, Aug 13 - Insurgents attacked the city from three sides on Thursday.", "Ghazni", "2021-08-12"),
        ("Pressure on Farah\nHERAT, Aug 13 - Government troops clashed with the Taliban inside the provincial capital on Wednesday.",
         "Farah", "2021-08-11"),
        ("Aybak under fire\nMAZAR-I-SHARIF, Aug 13 - Taliban fighters were shelling the city on Thursday, a resident said.",
         "Aybak", "2021-08-12"),
    ],
)
def test_the_city_in_the_dateline_sentence_is_the_headline_town(finder, text, place, day):
    # the dateline's city is where the report was filed, not the sentence's own town
    assert (place, "district", day) in places(finder, text)


@pytest.mark.parametrize(
    ("text", "place", "other"),
    [
        ("Taliban seize Kunduz\nFighters took Kunduz on Thursday. They also took another northern capital, Aybak, after a long siege. "
         "The group keeps up a campaign of killings in the capital, Kabul. Clashes went on at the city's airport, a councillor said.",
         "Kunduz", "Aybak"),
        ("Taliban gains in Helmand province\nLashkar Gah fell to the insurgents on Thursday. A day before they overran Qalat. "
         "Officials in Kabul said reinforcements were on their way. Fighting went on near the city's jail overnight.",
         "Lashkar Gah", "Qalat"),
        ("Fighters close on Faizabad\nThe Taliban stormed Faizabad on Thursday. Earlier they had captured Taloqan. "
         "Diplomats in the capital, Kabul, watched with alarm. Troops still held the city's hilltop base, a resident said.",
         "Faizabad", "Taloqan"),
    ],
)
def test_the_city_past_the_national_seat_is_the_headline_town(finder, text, place, other):
    # Kabul named as where killings go on or officials sit is no antecedent; the report's subject,
    # named in the headline, is what "the city" means, not the last town a control word governed
    found = places(finder, text)
    assert (place, "district", "2021-08-12") in found
    assert sum(p == other for p, _kind, _day in found) == 1


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Fighters at the gates\nKABUL, Aug 13 - Insurgents pushed into the city on Thursday, hours after the fall of Ghazni, "
         "the capital of Ghazni province, officials said.", "Kabul", "2021-08-12"),
        ("Northern push\nThe Taliban attacked Taloqan on Wednesday. Fighters broke into the city on Thursday, a day after "
         "the capture of Kunduz, a resident said.", "Taloqan", "2021-08-12"),
    ],
)
def test_a_town_told_after_the_city_as_background_leaves_the_city_its_own_meaning(finder, text, place, day):
    # the town named in "after the fall of X" is the story's background: "the city" is the one before
    assert (place, "district", day) in places(finder, text)
