"""Headlines and leads whose days must be worked out: a dateline abroad a day behind Kabul
(`report_now`), a headline entry that is the body's fall of the eve (`overruled`), and a headline
place after a comma with a clause of its own (`state_clauses`)."""

from __future__ import annotations

import datetime as dt

from event_reading import events_of

SUN_AUG_15 = dt.date(2021, 8, 15)
THU_AUG_12 = dt.date(2021, 8, 12)


def test_a_dateline_abroad_a_day_behind_tells_kabuls_next_morning():
    text = "Jalalabad falls\nWASHINGTON, Aug 14 - The Taliban took Jalalabad early on Sunday, local time, officials said."
    events = events_of(text, SUN_AUG_15)
    assert ("Jalalabad", "taliban", "2021-08-15") in events
    assert ("Jalalabad", "taliban", "2021-08-08") not in events


def test_a_plain_weekday_under_a_dateline_abroad_still_counts_from_the_dateline():
    text = "Report\nWASHINGTON, Aug 14 - The Taliban took Jalalabad on Friday, officials said."
    assert ("Jalalabad", "taliban", "2021-08-13") in events_of(text, SUN_AUG_15)


def test_a_headline_entry_overnight_is_the_fall_of_the_eve():
    text = "Taliban enter Jalalabad overnight\nKABUL, Aug 15 - Jalalabad fell late on Saturday, officials said."
    events = events_of(text, SUN_AUG_15)
    assert ("Jalalabad", "taliban", "2021-08-14") in events
    assert not any(e[0] == "Jalalabad" and e[1] == "contested" for e in events)


def test_a_headline_entry_days_after_a_fall_stays():
    text = "Taliban enter Jalalabad on Sunday\nKABUL, Aug 15 - Jalalabad fell on Thursday and was retaken by commandos on Friday, officials said."
    assert ("Jalalabad", "contested", "2021-08-15") in events_of(text, SUN_AUG_15)


def test_a_headline_place_with_a_clause_of_its_own_is_no_object():
    for tail in ("Kabul isolated", "Kabul braces for assault", "Kabul on edge"):
        events = events_of(f"Taliban take Herat, {tail}\nKABUL, Aug 12 - Officials gave no details.", THU_AUG_12)
        assert any(e[0] == "Herat" and e[1] == "taliban" for e in events)
        assert not any(e[0] == "Kabul" for e in events), tail


def test_a_headline_list_still_shares_its_verb():
    events = events_of("Taliban take Herat, Kunduz and Jalalabad\nKABUL, Aug 12 - Officials gave no details.", THU_AUG_12)
    assert {e[0] for e in events if e[1] == "taliban"} >= {"Herat", "Kunduz", "Jalalabad"}
