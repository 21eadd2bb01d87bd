"""A hold only asked about ("unable to determine which cities were still in government hands")
answers no claim; one told by officials does (invented sentences, shipped gazetteer, published
Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import CL, G, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.open_questions import open_question


@pytest.mark.parametrize(("before", "asked"), [
    (" reporters could not determine which cities were attacked and which were still ", True),
    (" it was not possible to establish which districts were still ", True),
    (" officials said the cities were still ", False),
])
def test_places_asked_about_by_their_kind(before, asked):
    assert open_question(before) is asked


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban said they had captured Gizab. Reporters could not determine which districts were still in government hands.",
     {("Gizab", CL)}),
    ("The Taliban said they had captured Gizab. The governor said the district was still in government hands.",
     {("Gizab", CL), ("Gizab", G)}),
])
def test_asked_holds_answer_no_claim(finder, text, expected):
    assert statuses(finder, text) == expected
