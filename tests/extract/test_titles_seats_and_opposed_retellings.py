"""Speakers' titles after a comma, a regional command's seat before "the city", "its outskirts"
after a fight that reached them, and a lead whose next paragraph tells the opposite change
(invented texts, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_mentions import make_article
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events


@pytest.mark.parametrize(("text", "expected"), [
    # "attacks, the Herat police chief said": the title after the comma names no place attacked
    ("Police still hold Ghoryan despite two days of Taliban attacks, the Herat police chief said on Sunday.", {("Ghoryan", G)}),
    ("There were more Taliban attacks, the Kunduz governor's spokesman said.", set()),
    # the object of a storming verb stays a part of the town
    ("Taliban fighters stormed the Farah prison on Saturday.", {("Farah", C)}),
])
def test_a_title_after_a_comma_is_no_object_of_the_attacks(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a command that speaks for a region sits in Mazar-i-Sharif: "the city" is the town at issue
    ("KABUL, Aug 1 - Taliban fighters briefly entered Maimana on Sunday before commandos pushed them back. "
     "A spokesman for the army corps in Mazar-i-Sharif said the city was under full government control.",
     {("Maimana", C), ("Maimana", G)}),
    # with no other town at hand, the seat is the city meant
    ("MAZAR-I-SHARIF, Aug 1 - A spokesman for the army corps in Mazar-i-Sharif said the city was under full government control.",
     {("Mazar-i-Sharif", G)}),
])
def test_a_command_seat_is_the_city_only_when_no_other_is_at_hand(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Security forces still control Sheberghan, though fighting reached its outskirts on Sunday evening.",
     {("Sheberghan", G), ("Sheberghan", C)}),
    ("Police hold Qalat, but clashes had spilled into its streets by Sunday.", {("Qalat", G), ("Qalat", C)}),
])
def test_its_part_reached_by_fighting_is_the_town_fought_in(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_fall_told_after_a_retake_keeps_its_own_day(finder):
    text = ("Army retakes Shirin Tagab\nKABUL, Aug 1 - Afghan commandos have regained control of Shirin Tagab district "
            "in Faryab, the interior ministry said on Sunday.\n\nThe district fell to the Taliban on July 24 after "
            "local forces ran out of ammunition.")
    article = make_article(text)
    events = extract_events(article, finder.find(article))
    found = {(e.place, e.status, str(e.event_date)) for e in events}
    assert ("Shirin Tagab", G, "2021-08-01") in found
    assert ("Shirin Tagab", T, "2021-07-24") in found
    assert ("Shirin Tagab", G, "2021-07-24") not in found


@pytest.mark.parametrize(("text", "expected"), [
    # "the rest of" a place a seat of which is still held is a part of it: fighting, not its fall
    ("Forces still control the district centre of Kaldar, a week after the Taliban overran the rest of the district.",
     {("Kaldar", G), ("Kaldar", C)}),
    # with nothing of it still held, taking the rest is taking the whole
    ("The Taliban seized the rest of Kaldar on Saturday.", {("Kaldar", T)}),
])
def test_the_rest_of_a_place_beside_a_held_seat_is_a_part(finder, text, expected):
    assert statuses(finder, text) == expected


def test_a_return_told_as_a_hold_keeps_the_report_day(finder):
    # "back under government control, three weeks after it fell": the return is today's, the fall three weeks back
    text = "Back\nKABUL, Aug 1 - Sayyad district is back under government control, three weeks after it fell to the Taliban."
    article = make_article(text)
    found = {(e.place, e.status, str(e.event_date)) for e in extract_events(article, finder.find(article))}
    assert ("Sayyad", G, "2021-08-01") in found
    assert ("Sayyad", G, "2021-07-11") not in found
