"""Provinces that only hold the districts a sentence speaks of (frontmap.extract.containers), and
the local spellings of districts the June-July 2021 reports use."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

WEDNESDAY = dt.date(2021, 6, 30)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def events(finder: MentionFinder, text: str) -> set[tuple[str, str]]:
    """Return (place, status) of every event `text` yields, published WEDNESDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", WEDNESDAY, "manifest", text)
    return {(e.place, e.status) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    "text",
    [
        "Three districts in the Logar and Wardak provinces came under insurgent control on Tuesday, a lawmaker said.",
        "Two districts in Herat and Badghis provinces were overrun by the Taliban on Tuesday.",
        "Insurgents seized a district in Samangan province overnight, a councillor said without naming it.",
        "A district centre of southern Helmand province fell to the militants on Tuesday.",
        "Five more districts of the northern province of Jawzjan have fallen since Sunday, officials said.",
        "Four districts have come under Taliban control in provinces of Ghor, Farah and Badghis since Monday.",
        "Two districts fell overnight in the western provinces of Herat and Farah, officials said.",
        "Two districts in the northern provinces of Balkh and Samangan fell to the group on Tuesday.",
        "Commandos retook a district from the Taliban in Balkh province on Tuesday, the ministry said.",
        "Army Retakes District From Taliban In Faryab Province",
        "Insurgents overran a district in northern Afghanistan's Sar-e Pul province on Tuesday.",
        "The Taliban seized a key district in Afghanistan's western Province of Badghis on Tuesday.",
    ],
)
def test_a_province_holding_unnamed_districts_is_no_event(finder, text):
    assert events(finder, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government forces pulled out of Ashkamash district of northern Takhar province on Tuesday.", {("Eshkamesh", "taliban")}),
        ("The Taliban overran Doab district in the eastern province of Nuristan on Tuesday.", {("Du Ab", "taliban")}),
        ("Commandos recaptured the Kaldara district of Balkh province on Tuesday.", {("Kaldar", "government")}),
        ("Clashes went on in the Mianshen and Zherai districts of Kandahar on Tuesday.", {("Mianishin", "contested"), ("Zhari", "contested")}),
        ("Bahark district of Badakhshan fell to the Taliban on Tuesday.", {("Baharak", "taliban")}),
    ],
)
def test_local_spellings_name_the_district_not_its_province(finder, text, expected):
    assert events(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taliban fighters captured the second police district of Kunduz city on Tuesday.", {("Kunduz", "contested")}),
        ("The Taliban now hold all the districts of Badakhshan except Fayzabad.", {("Faizabad", "government")}),
        ("Heavy fighting was reported in parts of Ghazni city on Tuesday.", {("Ghazni", "contested")}),
    ],
)
def test_a_city_or_a_sweep_is_not_read_as_a_mere_holder(finder, text, expected):
    assert events(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obe district in Herat province; Saghar district of Ghor; and Sayyad district in Sar-e Pul province were overrun on Tuesday.",
         {("Obe", "taliban"), ("Saghar", "taliban"), ("Sayyad", "taliban")}),
        ("Troops pulled out on Tuesday from Yamgan district of Badakhshan; and Kohistanat district in Sar-e Pul province.",
         {("Yamgan", "taliban"), ("Kohistanat", "taliban")}),
    ],
)
def test_semicolons_between_located_districts_keep_one_list(finder, text, expected):
    assert events(finder, text) == expected


def test_a_semicolon_between_two_statements_still_cuts():
    from frontmap.extract.clauses import list_semicolons_as_commas

    text = "Obe district in Herat fell on Monday; Saghar district in Ghor was quiet."
    assert list_semicolons_as_commas(text, text.lower())[0] == text  # no located item right before it
    listed = "Obe district in Herat; Saghar district in Ghor; and Sayyad district in Sar-e Pul fell."
    assert ";" not in list_semicolons_as_commas(listed, listed.lower())[0]


@pytest.mark.parametrize(
    "count",
    [
        "Four districts in four provinces fell to the Taliban in the past day, officials said.",
        "Five district centres across the north were lost to the insurgents in the past day, officials said.",
        "Three districts in the western provinces came under Taliban control in the past day, officials said.",
    ],
)
def test_a_roster_takes_the_verdict_of_a_count_with_its_own_locative(finder, count):
    found = events(finder, count + " The districts are Obe, Saghar and Kohsan.")
    assert found == {("Obe", "taliban"), ("Saghar", "taliban"), ("Kohsan", "taliban")}


def test_a_later_name_of_a_list_ending_on_districts_is_a_listed_district():
    from frontmap.extract.containers import listed_district
    sentence = "Of the districts of Balkh, Zari, Balkh and Kaldar districts, most are lost."
    second = sentence.index("Balkh", sentence.index("Zari"))
    head = sentence.index("districts of") + len("districts of ")
    assert listed_district(sentence, head, second, second + len("Balkh"))
    first = sentence.index("Balkh")
    assert not listed_district(sentence, head, first, first + len("Balkh"))
    plain = "Fighting spread across the districts of Balkh and Samangan provinces."
    at = plain.index("Samangan")
    assert not listed_district(plain, plain.index("Balkh"), at, at + len("Samangan"))
