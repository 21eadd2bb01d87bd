"""Dates across coordinate clauses ("... and on Tuesday they took Y"; "... and clashes are still
going on near Z"), a date left alone after an aside between dashes, and an event retold in a later
paragraph under a carried date."""

from __future__ import annotations

import datetime as dt

import pytest
from test_mentions import make_article, tiny_gazetteer

from frontmap.extract.coordinate_dates import across_coordinate
from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder

D = dt.date
SUNDAY = D(2021, 8, 8)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(tiny_gazetteer())


def read(finder, text: str, published: dt.date = SUNDAY) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) of every event the text gives."""
    article = make_article(text, published)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier on Thursday the militants had overrun Nijrab and on Friday they entered Achin.",
        "On Thursday insurgents seized Nijrab, and late on Friday fighters walked into Achin.",
        "Nijrab was lost to the Taliban on Thursday and then on Friday the group took Achin.",
    ],
)
def test_a_clause_opening_on_its_own_date_does_not_date_the_clause_before(finder, sentence):
    events = read(finder, sentence)
    assert ("Nijrab", "taliban", "2021-08-05") in events
    assert any(place == "Achin" and day == "2021-08-06" for place, _status, day in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Five districts of Badakhshan fell to the insurgents ten days ago and fighting is still raging outside Faizabad.",
        "Kuf Ab was overrun last week and clashes are now under way on the edge of Faizabad.",
        "The Taliban captured Nusay on Tuesday and gun battles continue near Faizabad.",
    ],
)
def test_a_present_tense_clause_after_and_is_todays_not_the_earlier_days(finder, sentence):
    assert ("Faizabad", "contested", "2021-08-08") in read(finder, sentence)


def test_a_fronted_date_still_governs_every_clause():
    sentence = "On Friday the Taliban took Nijrab and fighting is reported in Achin."
    friday = find_date_expressions(sentence)[0]
    assert not across_coordinate(sentence, friday, sentence.index("Achin"))


def test_a_range_of_two_days_keeps_its_first_day(finder):
    assert read(finder, "Taliban fighters attacked Khwahan on Friday and Saturday.") == {("Khwahan", "contested", "2021-08-06")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers abandoned Nijrab - a district 100 km north of Kabul - two weeks ago.",
        "Government troops pulled out of Nijrab — the last district they held in the valley — two weeks ago.",
    ],
)
def test_a_date_alone_after_an_aside_between_dashes_dates_the_clause_before(finder, sentence):
    assert ("Nijrab", "taliban", "2021-07-25") in read(finder, sentence)


def test_a_quote_in_a_later_paragraph_retells_the_leads_day(finder):
    text = (
        "The Taliban overran Kunduz city on Sunday.\n\n"
        "On Friday they had seized Khost, and on Saturday Faizabad.\n\n"
        "\"By God's grace our fighters captured Kunduz,\" the group's spokesman said."
    )
    events = read(finder, text)
    assert ("Kunduz", "taliban", "2021-08-08") in events
    assert ("Kunduz", "taliban", "2021-08-07") not in events


def test_within_one_paragraph_a_later_sentence_tells_a_later_state(finder):
    text = "Troops moved on Achin on Sunday, five days after the Taliban had taken it. The district stayed in Taliban hands by dusk."
    assert ("Achin", "taliban", "2021-08-08") in read(finder, text)


@pytest.mark.parametrize(
    "said",
    [
        "The governor said on Sunday that the army still held Achin and Nijrab.",
        "Police told reporters on Sunday that Achin and Nijrab remained under government control.",
        "A spokesman said on Sunday that Achin and Nijrab were still in government hands.",
    ],
)
def test_a_state_a_source_tells_is_the_sources_day_not_the_carried_one(finder, said):
    text = f"Insurgents overran Khwahan on Friday after a long siege.\n\n{said}"
    events = read(finder, text)
    assert {("Achin", "government", "2021-08-08"), ("Nijrab", "government", "2021-08-08")} <= events


def test_a_change_a_source_tells_keeps_the_day_in_force(finder):
    text = "Insurgents overran Khwahan on Friday after a long siege.\n\nOfficials said on Sunday that the Taliban also captured Nusay."
    assert ("Nusay", "taliban", "2021-08-06") in read(finder, text)


@pytest.mark.parametrize(
    "second",
    [
        "Khost and Nijrab fell earlier.",
        "The insurgents had earlier taken Khost and Nijrab.",
        "Khost and Nijrab were captured earlier, officials said.",
        "Khost and Nijrab were lost to the Taliban earlier, he added.",
    ],
)
def test_a_bare_earlier_puts_the_event_before_the_day_in_force(finder, second):
    text = f"Achin on Saturday became the third district to fall in three days. {second}"
    events = read(finder, text)
    assert {("Khost", "taliban", "2021-08-06"), ("Nijrab", "taliban", "2021-08-06")} <= events


@pytest.mark.parametrize(
    "second",
    [
        "Earlier, insurgents seized Nijrab.",  # opening a sentence: earlier the same day
        "Insurgents seized Nijrab earlier on Saturday.",
        "An earlier assault on Nijrab had been repelled, and on Saturday insurgents seized it.",
    ],
)
def test_earlier_with_a_day_or_opening_a_sentence_keeps_that_day(finder, second):
    text = f"Achin fell on Saturday. {second}"
    assert ("Nijrab", "taliban", "2021-08-07") in read(finder, text)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Achin fell on Sunday, 24 hours after the Taliban took Nijrab.", "2021-08-07"),
        ("Achin fell on Sunday, 48 hours after the Taliban took Nijrab.", "2021-08-06"),
        ("Achin fell on Sunday, two hours after the Taliban took Nijrab.", "2021-08-08"),
        ("Achin fell on Sunday, less than 24 hours after the Taliban took Nijrab.", "2021-08-08"),
    ],
)
def test_hours_after_make_a_day_only_when_they_add_up_to_one(finder, sentence, day):
    assert ("Nijrab", "taliban", day) in read(finder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The previous night's assault on Achin was beaten back, police said on Saturday.",
        "The previous evening's attack on Achin failed, a district official said on Saturday.",
    ],
)
def test_the_previous_night_counts_from_the_sources_day_when_no_day_is_in_force(finder, sentence):
    assert ("Achin", "contested", "2021-08-06") in read(finder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Taliban fighters took Achin shortly after midnight on Saturday.",
        "Government troops abandoned Achin before dawn on Saturday.",
        "The insurgents overran Achin soon after nightfall on Saturday, a police officer said.",
    ],
)
def test_a_time_of_day_before_the_weekday_keeps_the_weekday(finder, sentence):
    assert ("Achin", "taliban", "2021-08-07") in read(finder, sentence)
