"""An unnamed town or village "in Kandahar" is not the city named like its province
(frontmap.extract.containers), a weekday in a paper's name is no date
(frontmap.extract.paper_names), a police district written as its code ("PD7") is a ward of
its city (frontmap.extract.city_wards), and a leader of the group who speaks makes a claim
(frontmap.extract.cues)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.paper_names import names_a_paper
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer

SATURDAY = dt.date(2021, 7, 24)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def events(finder: MentionFinder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` yields, published SATURDAY."""
    article = Article("a1", "f.txt", None, text.split("\n", 1)[0], "", "", "", SATURDAY, "manifest", text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    "text",
    [
        "Taliban claim capture of key town in Kandahar\nPakistan closed its side of the border.",
        "Taliban take border town in Helmand\nThe army sent reinforcements.",
        "Village news\nThe Taliban claimed the capture of a village in Kandahar on Friday.",
        "Village news\nInsurgents overran several villages in Ghazni on Friday, a councillor said.",
    ],
)
def test_an_unnamed_town_in_a_province_is_not_its_capital(finder, text):
    assert events(finder, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("City news\nThe Taliban pushed into Kandahar city on Friday.", ("Kandahar", "contested", "2021-07-23")),
        ("Taliban take Ghazni town\nThe Taliban captured Ghazni on Friday.", ("Ghazni", "taliban", "2021-07-23")),
    ],
)
def test_the_city_itself_is_still_read(finder, text, expected):
    assert expected in events(finder, text)


@pytest.mark.parametrize(
    "sentence",
    ["Hugh Tomlinson, The Sunday Times", "By our correspondent, The Friday Times", "the Mail on Sunday reported",
     "the Independent on Sunday said", "a Sunday Business Post report"],
)
def test_a_weekday_in_a_papers_name_is_no_date(sentence):
    assert not any(e.kind == "weekday" for e in find_date_expressions(sentence))


def test_a_weekday_beside_a_papers_name_is_still_a_day():
    found = find_date_expressions("Fighting raged on Sunday, the Sunday Telegraph reported.")
    assert [e.text for e in found if e.kind == "weekday"] == ["Sunday"]
    lower = "Fighting raged on Sunday times were hard"
    assert not names_a_paper(lower, lower.index("Sunday"), lower.index("Sunday") + 6)


def test_a_byline_paper_does_not_date_the_report(finder):
    text = "Kandahar under pressure\nHugh Tomlinson\nThe Sunday Times\n\nCommandos are fighting the Taliban inside Kandahar city."
    assert {day for _, _, day in events(finder, text)} == {"2021-07-24"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ward news\nTaliban fighters clashed with police in PD7 of Kandahar city on Friday.", {("Kandahar", "contested", "2021-07-23")}),
        ("Ward news\nThe Taliban captured PD5 of Lashkar Gah on Friday.", {("Lashkar Gah", "contested", "2021-07-23")}),
        ("Ward news\nThe Taliban captured PD 5 in Lashkar Gah on Friday.", {("Lashkar Gah", "contested", "2021-07-23")}),
    ],
)
def test_a_police_district_code_is_a_ward_of_the_city(finder, text, expected):
    assert events(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claim\nAn insurgent leader said on Friday that his fighters had taken Spin Boldak.", ("Spin Boldak", "claimed", "2021-07-23")),
        ("Claim\nA Taliban leader told reporters that Khakrez had been captured on Friday.", ("Khakrez", "claimed", "2021-07-23")),
        ("Fall\nThe Taliban captured Panjwai, the home district of Taliban leader Hibatullah Akhundzada, on Friday, officials said.",
         ("Panjwai", "taliban", "2021-07-23")),
    ],
)
def test_a_leader_of_the_group_speaking_makes_a_claim(finder, text, expected):
    assert expected in events(finder, text)
