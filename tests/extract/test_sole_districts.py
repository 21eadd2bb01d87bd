"""Tests for "the area" or "it" said to be under someone's control sentences after the report's
only district (`frontmap.extract.sole_districts`, `area_references.area_subjects`)."""

from __future__ import annotations

import datetime as dt

from event_reading import events_of

FRI_JUL_30 = dt.date(2021, 7, 30)
_LEAD = "Floods in Badakhshan\nFAIZABAD, July 30 - Flash floods struck Kuf Ab district on Friday, officials said.\n\nRoads were cut. Aid was slow.\n\n"


def test_the_area_out_of_government_control_is_the_only_district():
    text = _LEAD + "Officials said the area is not under government control."
    assert ("Kuf Ab", "taliban", "2021-07-30") in events_of(text, FRI_JUL_30)


def test_it_under_taliban_control_is_the_only_district():
    text = _LEAD + "Relief was hard to deliver because it is under Taliban control."
    assert ("Kuf Ab", "taliban", "2021-07-30") in events_of(text, FRI_JUL_30)


def test_two_districts_named_leave_the_area_unread():
    text = _LEAD.replace("Kuf Ab district", "Kuf Ab and Khwahan districts") + "Officials said the area is not under government control."
    assert not any(status == "taliban" for _name, status, _day in events_of(text, FRI_JUL_30))


def test_a_hope_for_the_area_is_no_event():
    text = _LEAD + "Officials said the area will be under government control once the road is open."
    assert not events_of(text, FRI_JUL_30)


def test_it_after_the_speakers_own_district_is_not_the_report_district():
    text = _LEAD + '"The army abandoned our district without a fight and left it under Taliban control," a farmer said.'
    assert not any(name == "Kuf Ab" for name, _status, _day in events_of(text, FRI_JUL_30))


def test_unnamed_before_finds_an_own_or_indefinite_place():
    from frontmap.extract.sole_districts import unnamed_before
    sentence = "They fled our village because it is under Taliban control."
    assert unnamed_before(sentence, sentence.index("it is"))
    assert not unnamed_before("Relief was slow because it is under Taliban control.", 20)
