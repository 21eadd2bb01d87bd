"""A campaign named in a participle after a captured place, a bare count listed between dashes
("two fell overnight -- X and Y -- and ..."), and "claimed" meaning taken ("an offensive that has
claimed nine capitals") - invented sentences, shipped gazetteer, published Sunday 2021-08-01."""

from __future__ import annotations

import pytest
from test_leavers_and_expulsions import finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.campaign_asides import campaign_aside
from frontmap.extract.mentions import MentionFinder

T, C, CL = "taliban", "contested", "claimed"


@pytest.mark.parametrize(("text", "place"), [
    ("Insurgents overran Qalat on Friday, extending a sweeping offensive across the south.", "Qalat"),
    ("The militants took Sheberghan, officials said, pressing their campaign in the north.", "Sheberghan"),
    ("Fighters seized Zaranj after a short standoff, continuing a blitz along the Iranian border.", "Zaranj"),
])
def test_a_campaign_in_a_participle_is_no_fight_for_the_place(finder: MentionFinder, text: str, place: str) -> None:
    assert statuses(finder, text) == {(place, T)}


def test_a_fight_the_capture_sets_off_stays_the_places(finder: MentionFinder) -> None:
    assert (("Ghazni", C)) in statuses(finder, "The Taliban entered Ghazni on Friday, sparking heavy fighting near the governor's compound.")


@pytest.mark.parametrize(("sentence", "place", "expected"), [
    ("Taliban took Herat, escalating an offensive.", "Herat", True),
    ("Taliban took Herat, sparking an offensive.", "Herat", False),
    ("Taliban took Herat and an offensive began.", "Herat", False),
])
def test_campaign_aside(sentence: str, place: str, expected: bool) -> None:
    end = sentence.index(place) + len(place)
    assert campaign_aside(sentence, end, sentence.index("offensive")) is expected


@pytest.mark.parametrize(("text", "places"), [
    ("Three fell on Saturday alone — Aybak, Farah and Faizabad — and several other towns are now surrounded.", {"Aybak", "Farah", "Faizabad"}),
    ("Two more fell overnight -- Gardez and Sharan -- and heavy fighting was reported near Khost.", {"Gardez", "Sharan"}),
    ("Officials said two fell before dawn - Qalat and Tarinkot.", {"Qalat", "Tarinkot"}),
])
def test_a_bare_count_that_fell_takes_the_dashed_names(finder: MentionFinder, text: str, places: set[str]) -> None:
    found = statuses(finder, text)
    assert {(p, T) for p in places} <= found
    assert not {p for p, s in found if s == T} - places  # the clause after the closing dash is another's


@pytest.mark.parametrize("text", [
    "Government troops left Maimana on Saturday, in an offensive that has claimed 20 capitals in nine days.",
    "Mazar-i-Sharif fell on Saturday, and the onslaught has now claimed more provincial capitals than anyone expected.",
])
def test_claimed_with_a_count_of_capitals_means_taken(finder: MentionFinder, text: str) -> None:
    assert CL not in {s for _, s in statuses(finder, text)}
    assert T in {s for _, s in statuses(finder, text)}


def test_a_real_claim_stays_a_claim(finder: MentionFinder) -> None:
    assert ("Maimana", CL) in statuses(finder, "The Taliban claimed they had captured Maimana on Saturday.")
