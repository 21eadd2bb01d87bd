"""Retrospectives: reports written after the summer (September 2021 to 2022) that date the
offensive's events in their own time. 2021 is never history to a later paper, "last August" and
"August 15 last year" are the year before the report's, month parts and weeks of a month are
spans, a start dates what it began with, a headline above a past story takes the body's day, and
"after Kabul fell" counts from 15 August 2021. Other years still tell nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.landmark_days import landmark_day
from frontmap.extract.month_windows import later_in_month

D = dt.date
SEPT_25 = D(2021, 9, 25)


@pytest.mark.parametrize(("text", "published", "event"), [
    # a 2022 paper: 2021 is the map's year, not history
    ("Report\nIn May 2021 the Taliban took Nijrab district.", D(2022, 2, 14), ("Nijrab", "taliban", "2021-05-15")),
    ("Report\nThe Taliban took Nijrab district on May 12.", D(2022, 2, 14), ("Nijrab", "taliban", "2021-05-12")),
    ("Report\nFighters walked into Kabul on August 15 last year.", D(2022, 8, 15), ("Kabul", "taliban", "2021-08-15")),
    ("Report\nLast August the town of Khost was handed over without a shot being fired.", D(2022, 1, 10), ("Khost", "taliban", "2021-08-15")),
    ("Report\nLast August the Taliban seized Faizabad.", D(2021, 9, 6), ("Faizabad", "taliban", "2021-08-15")),
    ("Report\nA year ago this week the Taliban took Herat.", D(2022, 8, 16), ("Herat", "taliban", "2021-08-16")),
    ("Report\nA year ago today the Taliban captured Kabul.", D(2022, 8, 15), ("Kabul", "taliban", "2021-08-15")),
    # weeks of a month, and a count on within a month
    ("Report\nFaizabad fell to the Taliban in the second week of August.", D(2021, 10, 6), ("Faizabad", "taliban", "2021-08-11")),
    ("Report\nThe Taliban seized Nusay in the third week of July.", D(2021, 10, 6), ("Nusay", "taliban", "2021-07-18")),
    ("Report\nThe Taliban took Khwahan in early July. Later that month they attacked Faizabad.", SEPT_25, ("Faizabad", "contested", "2021-07-15")),
    # a start dates the clause that tells what it began with, and the count after it
    ("Report\nThe collapse began in early July in Badakhshan, where the Taliban took Khwahan district.", SEPT_25, ("Khwahan", "taliban", "2021-07-05")),
    ("Report\nThe push in Badakhshan began in early July, and Faizabad itself came under attack later that month.", SEPT_25, ("Faizabad", "contested", "2021-07-15")),
    ("Report\nThe siege of Lashkar Gah began on July 28 and two weeks later the city fell.", SEPT_25, ("Lashkar Gah", "taliban", "2021-08-11")),
    # the fall of Kabul as the day others count from
    ("Report\nIn the days after Kabul fell, local militias drove the Taliban out of Nijrab.", SEPT_25, ("Nijrab", "government", "2021-08-18")),
    ("Report\nShortly after Kabul fell, the Taliban entered Faizabad.", SEPT_25, ("Kabul", "taliban", "2021-08-15")),
    ("Report\nMAHMUD-I-RAQI, Sept 25 - In the days after Kabul fell, militias drove the Taliban out of Nijrab.", SEPT_25, ("Nijrab", "government", "2021-08-18")),
    # a retrospective's "they", a gapped conjunct with its kind of place, the whole of a place
    ("Report\nIn June the Taliban lost Kunduz. In August they took it back.", SEPT_25, ("Kunduz", "taliban", "2021-08-15")),
    ("Report\nKunduz fell on August 8, and Mazar-i-Sharif, the north's largest city, on August 14.", SEPT_25, ("Mazar-i-Sharif", "taliban", "2021-08-14")),
    ("Report\nThe Taliban said on September 6 that they had taken all of Khost.", D(2021, 10, 1), ("Khost", "claimed", "2021-09-06")),
])
def test_a_retrospective_dates_events_in_their_own_time(text, published, event):
    assert event in events_of(text, published)


@pytest.mark.parametrize(("text", "published", "event"), [
    ("Report\nIn the days after Kabul fell, local militias drove the Taliban out of Nijrab.", SEPT_25, ("Nijrab", "government", "2021-09-25")),
    ("Report\nFighters walked into Kabul on August 15 last year.", D(2022, 8, 15), ("Kabul", "taliban", "2022-08-15")),
    ("Report\nShortly after Kabul fell, the Taliban entered Faizabad.", SEPT_25, ("Kabul", "taliban", "2021-08-16")),
    ("Report\nIn June the army lost Kunduz. In August they took it back.", SEPT_25, ("Kunduz", "taliban", "2021-08-15")),
])
def test_the_day_counted_to_is_not_the_report_s(text, published, event):
    assert event not in events_of(text, published)


@pytest.mark.parametrize(("text", "published"), [
    ("Report\nIn May 2020 the Taliban seized Nijrab.", D(2022, 2, 14)),  # history still, to a 2022 paper
    ("Report\nThe Taliban took Khost on August 15 of last year.", SEPT_25),  # 2020 in a 2021 paper
    ("Report\nHad the army held Nijrab, Mahmud-i-Raqi might not have fallen, a former general argued.", D(2021, 11, 8)),
    ("Report\nHad Kabul sent reinforcements, Kunduz would have held out longer.", D(2021, 11, 8)),
    ("Report\nOfficials fear that after the fall of Kabul the Taliban would take Nijrab.", D(2021, 7, 25)),
])
def test_other_years_and_what_might_have_been_tell_nothing(text, published):
    assert events_of(text, published) == set()


def test_a_clause_of_now_after_a_start_keeps_the_report_s_day():
    events = events_of("Report\nThe offensive began in May in Helmand, where the Taliban now control Lashkar Gah.", D(2021, 8, 10))
    assert ("Lashkar Gah", "taliban", "2021-08-10") in events
    assert ("Lashkar Gah", "taliban", "2021-05-15") not in events


def test_a_place_named_as_a_bearing_is_no_battlefield():
    events = events_of("Report\nFighting raged on the western edge of Lashkar Gah, in the Nijrab direction, on Monday.", D(2021, 8, 10))
    assert ("Lashkar Gah", "contested", "2021-08-09") in events
    assert not any(place == "Nijrab" for place, _status, _day in events)


def test_a_retrospective_headline_takes_the_body_s_day():
    text = ("Lashkar Gah's long siege\nLASHKAR GAH, Sept 30 - Fighting reached the outskirts of Lashkar Gah in late July. "
            "The city fell on August 13 after a local truce let the army withdraw to its base.")
    events = events_of(text, D(2021, 9, 30))
    assert ("Lashkar Gah", "contested", "2021-07-25") in events
    assert ("Lashkar Gah", "contested", "2021-09-30") not in events


def test_a_current_headline_keeps_its_day_beside_a_background_one():
    text = "Fighting in Kunduz\nKUNDUZ, Aug 10 - The Taliban attacked Imam Sahib on Monday. Kunduz had been besieged in June."
    assert ("Kunduz", "contested", "2021-08-10") in events_of(text, D(2021, 8, 10))


@pytest.mark.parametrize(("rel", "published", "expected"), [
    ("in the days after kabul fell", SEPT_25, D(2021, 8, 18)),
    ("hours after the fall of kabul", SEPT_25, D(2021, 8, 15)),
    ("weeks after the fall of kabul", SEPT_25, D(2021, 8, 29)),
    ("just before kabul fell", SEPT_25, D(2021, 8, 15)),
    ("days before the fall of kabul", SEPT_25, D(2021, 8, 12)),
    ("after the fall of kabul", D(2021, 7, 25), D(2021, 7, 25)),  # a fall still to come: the report's day
])
def test_landmark_day(rel, published, expected):
    assert landmark_day(rel, published) == expected


@pytest.mark.parametrize(("previous", "expected"), [
    (D(2021, 7, 5), D(2021, 7, 15)),
    (D(2021, 7, 25), D(2021, 7, 31)),  # never past the month's end
    (D(2021, 9, 20), D(2021, 9, 25)),  # nor past publication
])
def test_later_that_month(previous, expected):
    assert later_in_month(previous, SEPT_25) == expected
