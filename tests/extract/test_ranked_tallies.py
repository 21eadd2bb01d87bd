"""A ranked object with its tally's window ("took their third district in Takhar this week, X, on
Saturday") names X as the object, dated by its own day, not the window; and a count with its noun
left out ("The three were X, Y and Z") names the units the sentence before counted. Sentences of
our own, over the shipped gazetteer."""

from __future__ import annotations

import datetime as dt

from test_mentions import make_article
from test_rules import finder  # noqa: F401  (the shared fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.tally_dates import closes_a_tally

SUNDAY = dt.date(2021, 6, 27)


def _events(finder, text: str, published: dt.date = SUNDAY) -> set[tuple[str, str, str]]:
    article = make_article(text, published)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


def test_a_ranked_object_with_its_window_names_the_place(finder):
    text = "Gains in the north\nTALOQAN, June 27 - The insurgents seized their fourth district in Takhar this week, Bangi, on Saturday, elders said."
    assert ("Bangi", "taliban", "2021-06-26") in _events(finder, text)


def test_a_ranked_object_attacked_is_no_fall(finder):
    text = "Gains in the north\nTALOQAN, June 27 - The insurgents attacked a second district in Takhar this week, Bangi, on Saturday, but were repelled."
    assert not {e for e in _events(finder, text) if e[0] == "Bangi" and e[1] == "taliban"}


def test_the_window_after_a_ranked_object_is_the_tallys():
    sentence = "Government troops regained their second district in Faryab this week, Qaisar, on Monday."
    assert closes_a_tally(sentence, sentence.index("this week"))
    plain = "Government troops regained Qaisar this week."
    assert not closes_a_tally(plain, plain.index("this week"))


def test_a_bare_count_names_the_counted_units(finder):
    text = "Northern gains\nMAZAR, June 22 - Insurgents overran two districts on Monday, police said. The two are Khulm and Qaisar."
    assert {("Khulm", "taliban", "2021-06-21"), ("Qaisar", "taliban", "2021-06-21")} <= _events(finder, text, dt.date(2021, 6, 22))


def test_a_bare_count_after_a_plan_is_no_event(finder):
    text = "Northern gains\nMAZAR, June 22 - Insurgents vowed to overrun two more districts soon. The two are Khulm and Qaisar."
    assert not {e for e in _events(finder, text, dt.date(2021, 6, 22)) if e[1] == "taliban"}
