"""Tests for "the district" after a district named only on the side: a destination, a days-after
clause or a plan (`frontmap.extract.side_districts`): the district the report's events are about."""

from __future__ import annotations

import datetime as dt

from event_reading import events_of

MON_AUG_2 = dt.date(2021, 8, 2)
_LEAD = "Fighting in Badakhshan\nFAIZABAD, Aug 2 - Taliban fighters seized Khwahan district of Badakhshan on Monday, officials said. "


def test_a_destination_district_is_passed_over():
    text = _LEAD + "Troops had been moved from Khwahan to the neighbouring district of Kuf Ab.\n\nThe district had been besieged for a month."
    events = events_of(text, MON_AUG_2)
    assert ("Khwahan", "taliban", "2021-08-02") in events and not any(name == "Kuf Ab" for name, _status, _day in events)


def test_a_district_of_a_days_after_clause_is_passed_over():
    text = _LEAD + "Police said casualties were high.\n\nKhwahan fell days after Kuf Ab district was overrun.\n\nSoldiers retreated from the district."
    events = events_of(text, MON_AUG_2)
    assert ("Khwahan", "taliban", "2021-08-02") in events and not any(name == "Kuf Ab" for name, _status, _day in events)


def test_a_district_troops_prepare_to_retake_is_passed_over():
    text = ("Troops retake district in Badakhshan\nFAIZABAD, Aug 2 - Government forces retook Khwahan district of Badakhshan on Monday, officials said. "
            "They are preparing to retake the nearby district of Kuf Ab.\n\nThe governor praised the troops for retaking the district.")
    events = events_of(text, MON_AUG_2)
    assert ("Khwahan", "government", "2021-08-02") in events and ("Kuf Ab", "government", "2021-08-02") not in events


def test_a_side_district_a_control_word_later_governs_is_meant():
    text = _LEAD + "Troops had been moved to the neighbouring district of Kuf Ab.\n\nOn Monday the Taliban attacked Kuf Ab. Police said the district was cleared by evening."
    assert ("Kuf Ab", "government", "2021-08-02") in events_of(text, MON_AUG_2)


def test_a_reference_set_after_a_name_only_describes_it():
    text = _LEAD + "Troops had been moved to the neighbouring district of Kuf Ab.\n\n\"Soldiers left the district for Faizabad, the provincial capital, and the district fell,\" an officer said."
    events = events_of(text, MON_AUG_2)
    assert not any(name in ("Kuf Ab", "Faizabad") for name, _status, _day in events)
