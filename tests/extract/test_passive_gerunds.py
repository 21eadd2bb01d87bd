"""An "after being <participle>" in a passive sentence about a named place tells an earlier change of
that place, on its own day ("X was retaken on Saturday after being lost on July 24"); a person or a
side as the main clause's subject keeps it theirs."""

from __future__ import annotations

import datetime as dt

from event_reading import events_of

from frontmap.extract.passive_gerunds import passive_gerunds

SUNDAY = dt.date(2021, 8, 1)


def test_the_gerund_tells_the_subjects_earlier_loss():
    events = events_of("Lashkar Gah was retaken by the army on Saturday after being lost to the Taliban on July 24.", SUNDAY)
    assert {("Lashkar Gah", "government", "2021-07-31"), ("Lashkar Gah", "taliban", "2021-07-24")} <= events


def test_a_counted_gerund_counts_back_from_the_main_day():
    events = events_of("Lashkar Gah was recaptured on Saturday, three days after being overrun.", SUNDAY)
    assert ("Lashkar Gah", "taliban", "2021-07-28") in events


def test_only_a_passive_with_a_named_subject_lends_it():
    assert passive_gerunds("KABUL - Jurm district was retaken on Saturday after being lost on July 24.")
    assert not passive_gerunds("The governor of Jurm was freed on Saturday after being captured on Friday.")
    assert not passive_gerunds("The Taliban retook Jurm on Saturday after being driven out on Monday.")
