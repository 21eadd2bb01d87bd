"""Two readings of "since", each with several phrasings: a gerund's clause opened by "since" ("since
launching its campaign in May") starts a period, so its month is never the date in force that "two
days earlier" counts from; a change told with a perfect "since" ("X has since fallen") happened some
day after the one in force, so it is dated as of the report's day, not on that earlier day."""

from __future__ import annotations

import datetime as dt

import pytest
from event_reading import events_of

from frontmap.extract.date_expressions import find_date_expressions
from frontmap.extract.date_scope import role_of, told_since

SUN_AUG_8 = dt.date(2021, 8, 8)
WED_JUL_28 = dt.date(2021, 7, 28)


@pytest.mark.parametrize("sentence", [
    "It is the largest city taken since launching the offensive in May.",
    "The group has gained ground since stepping up its attacks in early May.",
    "Violence has grown since opening a new front against the districts in mid-June.",
])
def test_a_month_closing_a_gerund_since_clause_starts_a_period(sentence):
    month = find_date_expressions(sentence)[-1]
    assert role_of(sentence, month) == "period"


@pytest.mark.parametrize("sentence", [
    "Fighting has raged in Kunduz, which the Taliban first entered on Friday.",
    "The Taliban attacked Kunduz on Friday.",
])
def test_other_dates_keep_their_role(sentence):
    assert role_of(sentence, find_date_expressions(sentence)[-1]) == "event"


@pytest.mark.parametrize(("text", "present", "absent"), [
    (("Kunduz fell to the Taliban on Sunday. It is the biggest prize since launching the summer push in May.\n\n"
      "Two days earlier the insurgents had overrun Faizabad."),
     ("Faizabad", "taliban", "2021-08-06"), ("Faizabad", "taliban", "2021-05-13")),
    (("Militants took Kunduz on Sunday, the largest city seized since opening their campaign in May.\n"
      "A day earlier they had taken Achin without a fight."),
     ("Achin", "taliban", "2021-08-07"), ("Achin", "taliban", "2021-05-14")),
])
def test_relative_days_count_from_the_news_day_past_a_since_clause(text, present, absent):
    events = events_of(text, SUN_AUG_8)
    assert present in events
    assert absent not in events


@pytest.mark.parametrize(("sentence", "trigger_word", "expected"), [
    ("Nijrab has since fallen to the Taliban.", "fallen", True),
    ("Both districts have since been overrun by the insurgents.", "overrun", True),
    ("Nijrab has fallen to the Taliban since Friday.", "fallen", False),
    ("Nijrab fell to the Taliban.", "fell", False),
])
def test_a_perfect_since_tells_a_later_change(sentence, trigger_word, expected):
    assert told_since(sentence, sentence.index(trigger_word)) is expected


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Troops retook Nijrab on July 2. The district has since fallen to the Taliban again.",
     ("Nijrab", "taliban", "2021-07-28"), ("Nijrab", "taliban", "2021-07-02")),
    ("The army won Achin back in the middle of July.\n\nAchin and Khost have since been overrun by the insurgents.",
     ("Khost", "taliban", "2021-07-28"), ("Khost", "taliban", "2021-07-15")),
    ("Commandos cleared Kuf Ab on July 20 after a week of fighting. Kuf Ab has since been seized by the Taliban.",
     ("Kuf Ab", "taliban", "2021-07-28"), ("Kuf Ab", "taliban", "2021-07-20")),
])
def test_a_change_since_the_day_in_force_is_dated_as_of_the_report(text, present, absent):
    events = events_of(text, WED_JUL_28)
    assert present in events
    assert absent not in events
