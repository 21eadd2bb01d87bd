"""Tests for frontmap.extract.spatial: places named only to locate another one, and the place a
sweep leaves out ("every district except the capital"), over the real gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.spatial import counts_districts_of_it, names_a_district_of_it, spatial_role
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

THURSDAY = dt.date(2021, 7, 15)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def span(sentence: str, place: str) -> tuple[str, int, int]:
    """Return (sentence, start, end) of the first `place` in `sentence`."""
    start = sentence.index(place)
    return sentence, start, start + len(place)


def events(finder: MentionFinder, text: str) -> set[tuple[str, str]]:
    """Return (place, status) of every event `text` yields, published THURSDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", THURSDAY, "manifest", text)
    return {(e.place, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    ("sentence", "place", "role"),
    [
        ("Fighters blocked the Kunduz-Takhar highway overnight.", "Kunduz", "reference point"),
        ("Fighters blocked the Kunduz-Takhar highway overnight.", "Takhar", "reference point"),
        ("They overran a police post between Kunduz and Khan Abad.", "Kunduz", "reference point"),
        ("They overran a police post between Kunduz and Khan Abad.", "Khan Abad", "reference point"),
        ("Troops gave up Bagram Air Base near Kabul at dawn.", "Kabul", "reference point"),
        ("Militants took Chahar Dara, on the western outskirts of Kunduz, at noon.", "Kunduz", "reference point"),
        ("Militants took a district on the edge of Ghazni city on Monday.", "Ghazni", "reference point"),
        ("Militants took Deh Sabz, on Kabul's eastern fringe, on Monday.", "Kabul", "reference point"),
        ("The district was valued for its proximity to Herat.", "Herat", "reference point"),
        ("Insurgents hold all of Kunduz province but the city itself.", "the city", "exception"),
        ("Apart from Taloqan, the provincial capital, every district has fallen.", "the provincial capital", "exception"),
        ("Heavy fighting raged on the outskirts of Kunduz on Monday.", "Kunduz", None),
        ("Insurgents attacked checkpoints on the edge of Pul-e Khumri.", "Pul-e Khumri", None),
        ("Soldiers at the airport outside Kunduz surrendered.", "Kunduz", None),
        ("Insurgents overran Chimtal, outskirt of Mazar-i-Sharif, at dawn.", "Mazar-i-Sharif", "reference point"),
        ("Rebels held Nad Ali, outskirts of Lashkar Gah, by noon.", "Lashkar Gah", "reference point"),
        ("A district near Kunduz city fell to the insurgents on Friday.", "Kunduz", "reference point"),
        ("Two towns just outside Ghazni changed hands twice this week.", "Ghazni", "reference point"),
        ("Insurgents seized villages outside Ghazni on Monday.", "Ghazni", None),
        ("Fighters pushed into an area outside the city centre of Herat.", "Herat", None),
        ("Soldiers gave up the base outside Sheberghan to the Taliban.", "Sheberghan", None),
    ],
)
def test_spatial_roles(sentence, place, role):
    assert spatial_role(*span(sentence, place)) == role


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Every district of Faryab except Maimana, the provincial capital, fell to the Taliban on Wednesday.", "Maimana"),
        ("By Wednesday the Taliban had overrun every district in Badghis but the provincial capital, Qala-e-Naw.", "Qala-e Naw"),
        ("Apart from Pul-e Khumri, all of Baghlan's districts had fallen by Wednesday, a lawmaker said.", "Pul-e Khumri"),
        ("The Taliban captured all districts of Jawzjan save Sheberghan on Wednesday.", "Sheberghan"),
    ],
)
def test_the_place_a_sweep_leaves_out_is_held(finder, text, held):
    found = events(finder, text)
    assert (held, "government") in found
    assert (held, "taliban") not in found


def test_a_sweep_of_fighting_or_retaking_says_nothing_of_the_place_left_out(finder):
    assert not {p for p, _ in events(finder, "Clashes broke out in every district of Kunduz except Khan Abad on Wednesday.")} & {"Khanabad"}
    text = "Forces retook every district of Faryab except Qaysar on Wednesday, the army said."
    assert ("Qaysar", "government") not in events(finder, text)


def test_the_place_left_out_but_fought_over_keeps_only_the_fighting(finder):
    text = ("On Wednesday the Taliban controlled every major city except Kabul, and by evening their fighters "
            "had entered the capital's outskirts.")
    assert ("Kabul", "government") not in events(finder, text)


def test_locating_places_give_no_event_but_the_place_taken_does(finder):
    found = events(finder, "The Taliban seized Nad Ali, on the outskirts of Lashkar Gah, on Wednesday.")
    assert found == {("Nad Ali", "taliban")}
    found = events(finder, "Afghan troops abandoned Bagram Air Base near Kabul on Wednesday, and the Taliban took Bagram.")
    assert found == {("Bagram", "taliban")}


@pytest.mark.parametrize(
    ("sentence", "place", "headline_over_district", "expected"),
    [
        ("Insurgents overran a key Kandahar district overnight.", "Kandahar", False, True),
        ("Insurgents overran another Herat district overnight.", "Herat", False, True),
        ("Two Ghazni districts changed hands on Monday.", "Ghazni", False, True),
        ("Kunduz districts fall one by one", "Kunduz", False, True),
        ("Ghazni district falls to the Taliban", "Ghazni", True, True),
        ("Ghazni district falls to the Taliban", "Ghazni", False, False),
        ("Fighting reached the Herat district of Guzara.", "Herat", False, False),
        ("Insurgents overran Kandahar on Friday.", "Kandahar", True, False),
    ],
)
def test_a_city_written_as_the_province_of_a_district(sentence, place, headline_over_district, expected):
    assert names_a_district_of_it(*span(sentence, place), headline_over_district) is expected


def test_a_headline_district_named_like_the_province_is_the_district_the_report_names(finder):
    text = "Farah district falls\nFARAH, July 15 - The Taliban captured Bala Buluk district on Wednesday, officials said."
    assert events(finder, text) == {("Bala Buluk", "taliban")}
    text = "Taliban take a second Ghazni district\nGHAZNI, July 15 - Militants overran Gelan on Wednesday."
    assert events(finder, text) == {("Gelan", "taliban")}


@pytest.mark.parametrize(
    "text",
    [
        "Chahar Dara district in Kunduz fell on Monday, but commandos recaptured it on Wednesday.",
        "Insurgents overran Nawa district of Ghazni on Monday. By Wednesday it had been retaken.",
        "Militants seized Shortepa in Balkh on Monday, and the army took it back on Wednesday.",
    ],
)
def test_it_means_the_district_not_the_province_that_locates_it(finder, text):
    found = events(finder, text)
    assert {status for _, status in found} == {"taliban", "government"}
    assert len({place for place, _ in found}) == 1


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Troops pulled out of Obe in Herat on Wednesday.", {"Obe"}),
        ("The Taliban overran Andar (Ghazni) and Jaji (Paktia) on Wednesday.", {"Andar", "Jaji"}),
        ("Government forces abandoned Kohsan (Herat) and Qadis (Badghis) on Wednesday.", {"Kohsan", "Qadis"}),
        ("Insurgents captured two more provincial capitals, Tirin Kot and Zaranj, on Wednesday.", {"Tarinkot", "Zaranj"}),
    ],
)
def test_a_district_located_by_its_province_in_brackets_or_after_in(finder, text, taken):
    assert events(finder, text) == {(place, "taliban") for place in taken}


def test_an_apposition_keeps_the_role_of_the_name_it_follows(finder):
    from frontmap.extract import place_scope
    from frontmap.extract.targets import Target

    sentence = "Forces clashed near Dand, prized for its proximity to Kandahar city, the provincial capital."
    article = Article("a1", "f.txt", None, "", "", "", "", THURSDAY, "manifest", sentence)
    mentions = finder.find(article)
    kandahar = next(m for m in mentions if m.place.name == "Kandahar")
    start = sentence.index("the provincial capital")
    target = Target(start, start + len("the provincial capital"), kandahar.place, 1.0, True)
    assert place_scope.role(sentence, 0, sentence.lower(), target, mentions, True) == "reference point"
    start = sentence.index("Dand")
    named = Target(start, start + 4, mentions[0].place, 1.0, False)
    assert place_scope.role(sentence, 0, sentence.lower(), named, mentions, True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops were fighting the Taliban on Wednesday in Kandahar and Helmand, the two southern provinces.",
         {("Kandahar", None, "contested"), ("Helmand", None, "contested")}),
        ("Clashes went on on Wednesday in Farah and Badghis, western provinces that border Herat.",
         {("Farah", None, "contested"), ("Badghis", None, "contested")}),
        ("Militants clashed with police on Wednesday on the edge of the city of Kunduz as they took two districts elsewhere.",
         {("Kunduz", "district", "contested")}),
    ],
)
def test_a_city_named_like_its_province_is_the_province_the_text_says(finder, text, expected):
    article = Article("a1", "f.txt", None, "", "", "", "", THURSDAY, "manifest", "Report\n" + text)
    found = {(e.place, e.district_id and "district", e.status) for e in extract_events(article, finder.find(article))}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fighting reached Kunduz on Wednesday. The Taliban seized the city's main entrance by noon.",
        "The Taliban captured Herat's southern outskirts on Wednesday.",
        "Insurgents overran Ghazni's western gate on Wednesday.",
    ],
)
def test_a_part_named_by_the_place_possessive_is_fighting_there(finder, text):
    statuses = {status for _, status in events(finder, "Report\n" + text)}
    assert statuses == {"contested"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighters were less than a mile from Lashkar Gah by dusk.",
        "Their positions lay eleven kilometres south of Kabul.",
        "The front line is now a few kilometres from Taloqan.",
    ],
)
def test_distances_spelt_in_words_make_landmarks(sentence):
    place = next(p for p in ("Lashkar Gah", "Kabul", "Taloqan") if p in sentence)
    assert spatial_role(*span(sentence, place)) == "reference point"


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        ("The Taliban hold nine Lashkar Gah districts.", "Lashkar Gah", True),
        ("All but one Taloqan district is in insurgent hands.", "Taloqan", True),
        ("Dawlatabad and Shirin Tagab districts fell on Sunday.", "Shirin Tagab", False),
    ],
)
def test_a_number_before_a_city_and_districts_counts_the_city_s_own_districts(sentence, place, expected):
    assert counts_districts_of_it(*span(sentence, place)) is expected


def test_some_of_a_city_s_own_districts_taken_is_fighting_in_the_city(finder):
    found = events(finder, "Report\nThe Taliban seized seven Lashkar Gah districts on Wednesday, officials said.")
    assert found == {("Lashkar Gah", "contested")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\nSherzad, a police commander, said the Taliban had captured Khogyani on Wednesday.", {("Khogyani", "taliban")}),
        ("Report\nThe Taliban seized Mandozai on Wednesday, police chief Gurbaz said.", {("Mandozai", "taliban")}),
        ("Report\nTaliban fighters killed police commander Haji Wali on Wednesday and captured Sherzad district.",
         {("Sherzad", "taliban")}),
        ("Report\nInsurgents ambushed soldiers on Wednesday and overran Khogyani.", {("Khogyani", "taliban")}),
    ],
)
def test_names_that_are_also_surnames_are_places_as_objects_of_control_verbs(finder, text, expected):
    assert events(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Report\nThe Taliban took the last districts of Badghis on Wednesday. Only the provincial capital still held out.", "Qala-e Naw"),
        ("Report\nMaimana, the provincial capital, was still holding out on Wednesday, officials said.", "Maimana"),
    ],
)
def test_a_place_holding_out_is_held(finder, text, held):
    assert (held, "government") in events(finder, text)


def test_holding_out_amid_fighting_is_fighting(finder):
    found = events(finder, "Report\nHerat and Kandahar held out amid heavy fighting on Wednesday, officials said.")
    assert ("Herat", "government") not in found and ("Herat", "contested") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\nIn Kandahar, the Taliban seized Arghandab on Wednesday.", {("Arghandab", "taliban")}),
        ("Report\nIn Ghazni province, militants overran Andar on Wednesday.", {("Andar", "taliban")}),
        ("Report\nArghandab, the district that overlooks Kandahar city, fell on Wednesday.", {("Arghandab", "taliban")}),
        ("Report\nMilitants took Malistan on Wednesday, while commandos pushed them out of Deh Yak.",
         {("Malistan", "taliban"), ("Deh Yak", "government")}),
    ],
)
def test_a_fronted_province_or_an_overlooked_city_is_no_event(finder, text, expected):
    assert events(finder, text) == expected


def test_the_provinces_of_a_list_are_provinces(finder):
    article = Article("a1", "f.txt", None, "", "", "", "", THURSDAY, "manifest",
                      "Report\nThe Taliban seized the provinces of Kandahar and Helmand on Wednesday.")
    found = {(e.province_code, e.district_id, e.status) for e in extract_events(article, finder.find(article))}
    assert found == {("AF-KAN", None, "taliban"), ("AF-HEL", None, "taliban")}


@pytest.mark.parametrize(
    "text",
    [
        "Report\nMost parts of Pul-e Alam, the capital of Logar province, fell to the Taliban on Wednesday.",
        "Report\nSome areas of Taloqan, the capital of Takhar province, fell to the Taliban on Wednesday.",
    ],
)
def test_a_place_named_again_in_apposition_is_read_once(finder, text):
    assert {status for _, status in events(finder, text)} == {"contested"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("All but two of Faryab's districts, Almar and Qaysar, have fallen.", "Qaysar"),
        ("All but two of Faryab's districts, Almar and Qaysar, have fallen.", "Almar"),
        ("All but one of the province's districts, Daman, are in insurgent hands.", "Daman"),
    ],
)
def test_the_names_after_all_but_a_count_are_left_out_of_the_sweep(sentence, name):
    start = sentence.index(name)
    assert spatial_role(sentence, start, start + len(name)) == "exception"


def test_a_list_after_a_plain_count_is_no_exception():
    sentence = "The Taliban took two of Faryab's districts, Almar and Qaysar, on Monday."
    start = sentence.index("Almar")
    assert spatial_role(sentence, start, start + len("Almar")) is None
