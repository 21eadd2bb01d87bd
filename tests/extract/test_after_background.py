"""Tests for frontmap.extract.since_background.in_background_after: an undated "after" or "following"
clause telling a change, in a sentence naming no day, is background and gives no event."""

from __future__ import annotations

import pytest
from test_since_background import read
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.since_background import in_background_after


@pytest.mark.parametrize(
    "text",
    [
        "Clinics in the north report a rush of wounded after Kunduz fell to the insurgents.",
        "Thousands of families have crossed into the next province after Aybak was overrun by the group.",
        "Following the loss of Ghazni, the cabinet met in emergency session.",
        "After Sheberghan was captured, the governor of Jowzjan flew to the capital.",
    ],
)
def test_an_undated_after_change_gives_no_event(finder, text):
    assert read(finder, text) == set()


def test_a_day_carried_from_an_earlier_sentence_is_not_the_background_fall_s(finder):
    text = "Officials met on Thursday. Refugees keep arriving in Kabul after Taloqan fell to the Taliban."
    assert not any(place == "Taloqan" for place, _status, _day in read(finder, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Markets reopened in Farah city two days after it fell to the militants on Friday.", ("Farah", "taliban", "2021-08-20")),
        ("The Taliban seized Pul-e Khumri after Kunduz fell.", ("Pul-e Khumri", "taliban", "2021-08-23")),
    ],
)
def test_a_dated_after_clause_or_the_main_clause_keeps_its_event(finder, text, expected):
    assert expected in read(finder, text)


def test_the_clause_must_tell_a_change_and_the_sentence_no_day():
    text = "Police left Kunduz after days of talks."
    assert not in_background_after(text, text.index("Kunduz"), text.index("Kunduz") + 6)
    text = "After Kunduz fell on Sunday, the army regrouped."
    assert not in_background_after(text, text.index("Kunduz"), text.index("Kunduz") + 6)
    text = "After Kunduz fell, the army regrouped."
    assert in_background_after(text, text.index("Kunduz"), text.index("Kunduz") + 6)


def test_names_joined_by_and_share_the_clause_and_a_next_verb_leaves_it(finder):
    text = "Officials met on Thursday. Aid stalled in the north after Sheberghan and Aybak were overrun."
    assert read(finder, text) == set()
    text = "The Taliban seized Pul-e Khumri after Kunduz fell and then pushed into Aybak."
    assert "Aybak" in {place for place, _status, _day in read(finder, text)}


@pytest.mark.parametrize(
    "text",
    ["Police pulled back to the airport after losing Kunduz city.", "The fighters freed inmates after storming Kunduz."],
)
def test_an_after_participle_tells_the_subject_s_own_step_and_keeps_its_event(finder, text):
    assert "Kunduz" in {place for place, _status, _day in read(finder, text)}
