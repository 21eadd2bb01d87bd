"""A change named only as what someone has not confirmed, or as the object of a verb of telling:
the silent or telling side is not its actor; and "in control of the insurgent group" names the
group as holder (invented sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.text import text_view
from frontmap.extract.withheld_confirmations import told_change, withheld


@pytest.mark.parametrize(("before", "expected"), [
    ("officials are yet to confirm the ", True),
    ("the ministry has not commented on the taliban s claim of ", True),
    ("the government declined to confirm reports of ", True),
    ("officials confirmed the ", False),
    ("the taliban are yet to ", False),
])
def test_a_withheld_confirmation(before, expected):
    assert withheld(before) is expected


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("Officials confirmed the capture of Qalat.", "capture", True),
    ("The governor announced the fall of the city.", "fall", True),
    ("Forces launched the recapture of the town.", "recapture", False),
])
def test_a_change_told_by_someone(sentence, word, expected):
    view = text_view(sentence)
    assert told_change(view, view.index(word)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban said they took Kaldar district. The government is yet to confirm the capture of Kaldar.", {("Kaldar", CL)}),
    ("Officials confirmed the capture of Kaldar district on Saturday.", {("Kaldar", T)}),
    ("Elders said Almar district is in control of the insurgent group.", {("Almar", T)}),
    ("The governor said Almar district remains in control of the government.", {("Almar", G)}),
])
def test_who_holds_after_a_silence_or_a_telling(finder, text, expected):
    assert statuses(finder, text) == expected
