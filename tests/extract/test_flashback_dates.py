"""A flashback paragraph dates only itself, and a vague window ("in recent weeks") gives no day for
another telling of the same place to take (`frontmap.extract.date_flashback`)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.date_flashback import (
    is_flashback,
    later_of,
    month_outlived,
    only_a_window,
    paragraph_opening,
)
from frontmap.extract.date_scope import Dated

TUESDAY = dt.date(2021, 7, 20)


@pytest.mark.parametrize(
    "background",
    [
        "On Sunday night, a relief column had tried to reach the besieged base. It turned back at dawn.",
        "The previous Saturday, elders had begged both sides to spare the bazaar. Nobody listened.",
        "Late on Monday, the district governor had asked Kabul for air support. None came that night.",
    ],
)
def test_a_paragraph_after_a_flashback_is_back_at_the_leads_day(background):
    text = (
        "Kuf Ab falls\nFAIZABAD, July 20 - The Taliban seized Kuf Ab district on Tuesday, officials said.\n\n"
        f"{background}\n\nThe insurgents also overran Khwahan district, a tribal elder said."
    )
    events = events_of(text, TUESDAY)
    assert any(place == "Khwahan" and day == "2021-07-20" for place, _status, day in events)


@pytest.mark.parametrize(
    "lead",
    [
        "Troops retook Kuf Ab district on Tuesday. The Taliban had overrun it on Saturday.",
        "Troops retook Kuf Ab district on Tuesday. Insurgents had stormed Nusay district late on Sunday, a commander said.",
        "On Tuesday, troops retook Kuf Ab district, four days after the insurgents had seized it. On Friday night the "
        "Taliban had also shelled Faizabad.",
    ],
)
def test_a_flashback_inside_the_leads_paragraph_does_not_date_the_next_one(lead):
    text = f"Badakhshan district retaken\n{lead}\n\nSoldiers also won back Khwahan district, officials said."
    events = events_of(text, TUESDAY)
    assert ("Khwahan", "government", "2021-07-20") in events


def test_a_later_day_told_after_the_lead_still_carries_into_the_next_paragraph():
    text = (
        "Kuf Ab falls\nFAIZABAD, July 20 - The Taliban seized Kuf Ab district on Monday, officials said.\n\n"
        "On Tuesday morning the insurgents pushed towards the city. Shops stayed shut.\n\n"
        "They also overran Khwahan district, a tribal elder said."
    )
    events = events_of(text, TUESDAY)
    assert any(place == "Khwahan" and day == "2021-07-20" for place, _status, day in events)


@pytest.mark.parametrize(
    "window",
    [
        "Large parts of Lashkar Gah have fallen to the Taliban in recent weeks, an MP said.",
        "The militants have captured several neighbourhoods of Lashkar Gah in recent days.",
        "Outposts on the edge of Lashkar Gah have been overrun by the insurgents over the past few weeks.",
    ],
)
def test_undated_fighting_does_not_take_a_window_from_another_sentence(window):
    text = f"Lashkar Gah battle\nHeavy clashes went on in Lashkar Gah on the edge of the police headquarters. {window}"
    events = events_of(text, TUESDAY)
    assert ("Lashkar Gah", "contested", "2021-07-20") in events


def _event_dates(sentence: str, day: dt.date) -> list[Dated]:
    return [Dated(e, "event", day, "relative", None) for e in find_date_expressions(sentence)]


@pytest.mark.parametrize(
    ("sentence", "vague"),
    [
        ("The city has been under pressure in recent weeks.", True),
        ("Fighting has raged in recent days.", True),
        ("Sangin fell last week.", False),
        ("The town fell two days ago.", False),
    ],
)
def test_only_plural_or_recent_windows_are_vague(sentence, vague):
    assert only_a_window(_event_dates(sentence, TUESDAY), TUESDAY) is vague


def test_no_expression_is_not_a_window():
    assert not only_a_window([], TUESDAY)


def test_a_flashback_is_an_earlier_day_than_the_one_in_force():
    monday, sunday = dt.date(2021, 7, 19), dt.date(2021, 7, 18)
    assert is_flashback((sunday, "weekday"), (monday, "carried"))
    assert not is_flashback((TUESDAY, "weekday"), (monday, "carried"))
    assert not is_flashback((sunday, "weekday"), None)


def test_paragraph_opening_counts_back_to_the_first_sentence_of_the_paragraph():
    sentences = [(0, 10), (12, 30), (31, 50), (52, 70)]
    assert paragraph_opening(sentences, 12, 2) == 1
    assert paragraph_opening(sentences, 52, 3) == 3
    assert paragraph_opening(sentences, 0, 0) == 0


@pytest.mark.parametrize(
    ("sequel", "second_day"),
    [
        ("The Taliban first took Kuf Ab, and overran Khwahan the next day.", "2021-07-18"),
        ("The Taliban first took Kuf Ab, and two days later they overran Khwahan.", "2021-07-19"),
    ],
)
def test_a_paragraph_counting_on_from_a_flashback_keeps_its_days(sequel, second_day):
    text = (
        "Badakhshan districts fall\nFAIZABAD, July 20 - Fighting went on near Faizabad on Tuesday, officials said.\n\n"
        f"On Saturday and Sunday, the Taliban took two more districts of the province.\n\n{sequel}"
    )
    days = {place: day for place, status, day in events_of(text, TUESDAY) if status == "taliban"}
    assert "2021-07-17" <= days["Kuf Ab"] <= "2021-07-18"  # the flashback's days, not the lead's Tuesday
    assert days["Khwahan"] <= second_day


def test_counts_on_knows_days_counted_from_the_date_in_force():
    from frontmap.extract.date_flashback import counts_on

    assert counts_on("Sheberghan went the next day.") and counts_on("Two days later Aybak fell.")
    assert not counts_on("On Saturday night the district fell.") and not counts_on("The city fell.")


def test_later_of_takes_the_latest_day_given():
    monday, tuesday = (dt.date(2021, 7, 19), "weekday"), (dt.date(2021, 7, 20), "carried")
    assert later_of(monday, None, tuesday) == tuesday
    assert later_of(None, None) is None


def test_a_month_named_alone_holds_within_its_paragraph_only():
    text = ("Badakhshan\nThe allies had long expected to lose. In April, the envoy warned the president in a letter "
            "that the insurgents would gain ground fast.\n\nFew foresaw how quickly Kuf Ab district fell.")
    events = events_of(text, TUESDAY)
    assert any(place == "Kuf Ab" and day == "2021-07-20" for place, _status, day in events)


def test_a_month_named_alone_dates_the_rest_of_its_paragraph():
    text = "Badakhshan offensive\nIn June, the insurgents opened an offensive in the north. They overran Kuf Ab district."
    events = events_of(text, TUESDAY)
    assert any(place == "Kuf Ab" and day == "2021-06-15" for place, _status, day in events)


def test_a_month_named_alone_does_not_reach_past_the_next_sentence():
    text = ("Badakhshan\nIn April, the governor promised parliament that no district of the province would fall. "
            "Soldiers at remote posts went unpaid for weeks. Kuf Ab district fell to the Taliban after a short battle.")
    events = events_of(text, TUESDAY)
    assert any(place == "Kuf Ab" and day == "2021-07-20" for place, _status, day in events)


@pytest.mark.parametrize(("carried", "distance", "outlived"), [
    ((dt.date(2021, 4, 15), "month"), 1, False),
    ((dt.date(2021, 4, 15), "month"), 2, True),
    ((dt.date(2021, 7, 18), "explicit"), 5, False),  # a day keeps its reach
    (None, 5, False),
])
def test_month_outlived_ends_a_month_after_the_sentence_that_follows_it(carried, distance, outlived):
    assert month_outlived(carried, distance) is outlived
