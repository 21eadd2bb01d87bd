"""Lists in summaries: a list of capitals with appositions split by semicolons, "as well as"
joining two objects of one verb, a roster of "areas" (`frontmap.extract.clauses`, `gaps`, `rosters`)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.clauses import clause_spans
from frontmap.extract.gaps import WHOLE, object_kind

SATURDAY = dt.date(2021, 8, 14)


@pytest.mark.parametrize(
    "listing",
    [
        "Kunduz, capital of Kunduz in the north; Herat, capital of western Herat province; and Faizabad, capital of Badakhshan",
        "Kunduz, capital of Kunduz province; Herat, the provincial capital of Herat; Faizabad, capital of remote Badakhshan province",
        "Kunduz, capital of Kunduz, Herat, capital of western Herat province, and Faizabad, capital of the mountainous northeast",
    ],
)
def test_a_timelines_list_of_capitals_is_one_list_under_one_verb(listing):
    wanted = {(place, "taliban", "2021-08-11") for place in ("Kunduz", "Herat", "Faizabad")}
    assert wanted <= events_of(f"What happened this week\nAug. 11:\n\n-- The insurgents overran {listing}, officials said.", SATURDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban seized 30 districts, as well as the city of Kunduz, over the summer.",
        "Insurgents overran Imam Sahib as well as the provincial capital Kunduz.",
        "The group captured Bandar district as well as Kunduz city, officials said.",
    ],
)
def test_as_well_as_joins_a_second_object_to_the_verb(sentence):
    assert any(place == "Kunduz" and status == "taliban" for place, status, _day in events_of(f"Kunduz\n{sentence}", SATURDAY))


def test_as_well_as_starts_no_clause_but_a_bare_as_still_does():
    assert len(clause_spans("They took Imam Sahib as well as Kunduz.")) == 1
    assert len(clause_spans("They took Imam Sahib as the army fled.")) == 2


@pytest.mark.parametrize("gap", [" 70 districts, as well as the border town of ", " 12 districts and the city of "])
def test_a_counted_object_before_a_named_one_leaves_the_named_one_whole(gap):
    assert object_kind(gap) == WHOLE


@pytest.mark.parametrize(
    "roster",
    [
        "The Taliban-held areas are: Kuf Ab in Badakhshan and Imam Sahib in Kunduz.",
        "The captured areas are Kuf Ab and Imam Sahib.",
        "The areas that fell were Kuf Ab and Imam Sahib.",
    ],
)
def test_a_roster_of_areas_names_the_places_the_count_told_of(roster):
    text = f"Districts fall\nOfficials said two districts fell to the Taliban on Friday. {roster}"
    wanted = {("Kuf Ab", "taliban", "2021-08-13"), ("Imam Sahib", "taliban", "2021-08-13")}
    assert wanted <= events_of(text, SATURDAY)
