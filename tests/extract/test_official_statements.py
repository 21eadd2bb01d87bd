"""Official military statements: the Taliban's own bodies as speakers, a "relocation" away from a
district as a withdrawal, a bare "its centre" as a district's seat, and a state reached "by
nightfall" as of that day (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_mentions import make_article
from test_rules import CL, C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events

WED_JULY_14 = dt.date(2021, 7, 14)


def dated(finder, text: str, published: dt.date) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) of every event `text`, published on `published`, gives."""
    article = make_article(text, published)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(("text", "expected"), [
    # a body of the group speaking is the group's word: a claim
    ("The Taliban's military commission said on Sunday that its fighters had overrun Almar district.", {("Almar", CL)}),
    ("The Taliban military council said its men had taken Gizab district.", {("Gizab", CL)}),
    ("The Taliban's political office said on Friday that Khakrez district had fallen to its fighters.", {("Khakrez", CL)}),
    # near misses: the body named after the news, an official the source
    ("The Taliban overran Almar district on Sunday after the group's leadership ordered a new push, the governor said.", {("Almar", T)}),
    ("Almar district fell to the Taliban on Sunday, a member of the provincial council said.", {("Almar", T)}),
    ("Fighters loyal to the Taliban leadership captured Almar district on Sunday.", {("Almar", T)}),
])
def test_the_group_s_bodies_speak_for_it(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # forces relocated or redeployed away from a district: they left it
    ("Security forces relocated from the centre of Alishing district on Saturday, an official said.", {("Alishing", T)}),
    ("Police were relocated from Alishing district to the provincial capital overnight, officials said.", {("Alishing", T)}),
    ("The ministry confirmed a tactical relocation from Alishing district on Saturday.", {("Alishing", T)}),
    # near misses: civilians moving out, troops sent into a district or from a town that keeps its garrison
    ("Hundreds of families relocated from Alishing district on Saturday to escape the fighting, an official said.", set()),
    ("Commandos relocated to Alishing district on Saturday, an official said.", set()),
    ("The army relocated 300 troops from Mehtarlam to Alishing district on Saturday, an official said.", set()),
])
def test_a_relocation_away_from_a_district_is_a_withdrawal(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a bare "its centre" taken is the district's seat, dated by the "a day after" before it
    ("Commandos retook Chimtal district on Tuesday, a day after the insurgents had overrun its centre, the corps said.",
     ("Chimtal", T, "2021-07-12"), ("Chimtal", T, "2021-07-13")),
    ("Fighting broke out in Chimtal district on Monday. The insurgents overran its centre on Tuesday, the corps said.",
     ("Chimtal", T, "2021-07-13"), ("Chimtal", G, "2021-07-13")),
])
def test_its_centre_is_a_district_s_seat(finder, text, present, absent):
    events = dated(finder, text, WED_JULY_14)
    assert present in events and absent not in events


def test_a_town_s_centre_is_only_a_part_of_it(finder):
    text = "The army said on Wednesday it still held Kunduz city, a day after the insurgents had overrun its centre."
    assert ("Kunduz", T) not in statuses(finder, text)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a state reached by a later hour is of the day in force, not of the day the source spoke
    ("Commandos launched an operation in Ghormach on Tuesday morning. By nightfall the district was back under government control, the corps said on Wednesday.",
     ("Ghormach", G, "2021-07-13"), ("Ghormach", G, "2021-07-14")),
    # near miss: a state told with no hour is of the source's day
    ("Commandos launched an operation in Ghormach on Tuesday morning. Ghormach is under government control, the corps said on Wednesday.",
     ("Ghormach", G, "2021-07-14"), ("Ghormach", G, "2021-07-13")),
])
def test_a_state_reached_by_nightfall_is_of_that_day(finder, text, present, absent):
    events = dated(finder, text, WED_JULY_14)
    assert present in events and absent not in events


def test_a_shift_counts_from_the_report_of_an_undated_change(finder):
    # "acknowledged on Monday that X had been lost, three days after ...": Friday, whatever day was in force before
    text = ("Fighting reached Ghormach on Wednesday.\nBadghis officials on Monday acknowledged for the first time that Ghormach "
            "district had been lost, three days after the insurgents overran it.")
    events = dated(finder, text, dt.date(2021, 7, 12))
    assert ("Ghormach", T, "2021-07-09") in events and ("Ghormach", T, "2021-07-04") not in events


@pytest.mark.parametrize(("text", "expected"), [
    # a leaving verb with the seat its object; near miss: falling back into the seat stays inside the district
    ("Fighting raged in Shirin Tagab district on Wednesday. The police abandoned its headquarters at night, officials said.", {("Shirin Tagab", C), ("Shirin Tagab", T)}),
    ("Fighting raged in Shirin Tagab district on Wednesday. The police fell back to its centre at night, officials said.", {("Shirin Tagab", C)}),
])
def test_a_seat_left_by_its_holders(finder, text, expected):
    assert statuses(finder, text) == expected
