"""The last place standing: a place the sentence calls the only or last one the government still
holds is a government hold, not a capture borrowed from the verb of the place that fell (invented
sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_mentions import make_article
from test_rules import G, T, finder  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.kinds import HOLD
from frontmap.extract.last_standing import is_last_standing


def _events(finder, text):  # noqa: F811
    article = make_article(text)
    return {(e.place, e.status, e.kind) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(("text", "expected"), [
    # "leaving X as the last ...": the fall is the other city's, X is held
    ("Insurgents overran Ghazni on Thursday, leaving Kabul as the last big city of the east still in government hands.",
     {("Ghazni", T), ("Kabul", G)}),
    ("Farah surrendered on Friday, leaving Herat as the only large city in the west not yet under the militants' control.",
     {("Farah", T), ("Herat", G)}),
    ("Militants took Aybak on Monday, leaving Mazar-i-Sharif as the last northern city left standing.",
     {("Aybak", T), ("Mazar-i-Sharif", G)}),
    # a copula: "X is the only ... not under Taliban control"
    ("With the fall of Sheberghan, Maimana is now the only provincial capital in the region not in Taliban hands.",
     {("Sheberghan", T), ("Maimana", G)}),
    ("After Zaranj fell on Friday, Lashkar Gah became the last city of the south under the control of the government.",
     {("Zaranj", T), ("Lashkar Gah", G)}),
    # the side at the head of a long phrase after "by"
    ("Militants took Jalalabad at dawn, and Kabul is now the only large city controlled by an internationally recognised government.",
     {("Jalalabad", T), ("Kabul", G)}),
])
def test_the_last_place_standing_is_a_government_hold(finder, text, expected):  # noqa: F811
    events = _events(finder, text)
    assert {(place, status) for place, status, _kind in events} == expected, text
    assert all(kind == HOLD for place, status, kind in events if status == G), text


@pytest.mark.parametrize(("text", "expected"), [
    # an apposition names what the city was before the sentence's verb takes it
    ("Jalalabad, the last city of the east under government control, surrendered to the insurgents on Sunday.",
     {("Jalalabad", T)}),
    # the line describes the city before the article's own report of its fall
    ("Taloqan is the last town in government hands in the north. The insurgents seized it on Saturday.", {("Taloqan", T)}),
])
def test_a_last_place_that_falls_is_taken(finder, text, expected):  # noqa: F811
    assert {(place, status) for place, status, _kind in _events(finder, text)} == expected, text


def test_only_a_description_the_module_wrote_is_its_trigger():
    assert is_last_standing("as the only major city left standing")
    assert is_last_standing("is now the last city not under Taliban control")
    assert not is_last_standing("took the last district")
    assert not is_last_standing("under government control")


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban take Kunduz, now only Mazar-i-Sharif remains", {("Kunduz", T), ("Mazar-i-Sharif", G)}),
    ("Taliban take Kunduz, only Mazar-i-Sharif left", {("Kunduz", T), ("Mazar-i-Sharif", G)}),
    ("Mazar-i-Sharif remains tense as Taliban take Kunduz", {("Kunduz", T)}),
])
def test_a_headline_names_the_place_left(finder, text, expected):  # noqa: F811
    events = _events(finder, text)
    assert {(place, status) for place, status, _kind in events} == expected, text
    assert all(kind == HOLD for place, status, kind in events if status == G), text


@pytest.mark.parametrize(("text", "expected"), [
    # the hold stands past the words "the only big city": the description is the place's own
    ("Kabul remains the only big city under government control after Herat fell on Thursday.",
     {("Herat", T), ("Kabul", G)}),
    ("Maimana is now the last major city controlled by the government in the northwest.", {("Maimana", G)}),
    # near miss: what the city is the only one of says nothing of who holds it
    ("Kabul remains the only big city the insurgents have not yet attacked this year.", set()),
])
def test_a_last_place_described_on_its_own_is_held(finder, text, expected):  # noqa: F811
    events = _events(finder, text)
    assert {(place, status) for place, status, _kind in events} == expected, text
    assert all(kind == HOLD for place, status, kind in events if status == G), text


@pytest.mark.parametrize(("text", "expected"), [
    ("Lashkar Gah is still held by the internationally recognised government, an official said.", {("Lashkar Gah", G)}),
    ("Ghazni is now held by the newly installed Taliban administration, residents said.", {("Ghazni", T)}),
    ("Kunduz was seized by gunmen on Sunday and retaken by the army on Monday.", {("Kunduz", T), ("Kunduz", G)}),
])
def test_a_passive_agent_is_the_head_of_its_whole_phrase(finder, text, expected):  # noqa: F811
    assert {(place, status) for place, status, _kind in _events(finder, text)} == expected, text
