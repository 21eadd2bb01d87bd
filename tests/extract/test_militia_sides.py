"""Whose men a bare "the militia" is: a Taliban source's own movement, otherwise the men who fight
the Taliban (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import CL, G, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract import militia_sides
from frontmap.extract.text import text_view


@pytest.mark.parametrize(("text", "expected"), [
    ("Two Taliban commanders said the militia had taken Kaldar on Sunday.", {("Kaldar", CL)}),
    ("A Taliban spokesman said that the militia captured Kaldar overnight.", {("Kaldar", CL)}),
    ("An army officer said the militia had retaken Kaldar on Sunday.", {("Kaldar", G)}),
    ("The Taliban attacked Kaldar, and a local militia recaptured Kaldar on Sunday.", {("Kaldar", G)}),
])
def test_whose_militia(finder, text, expected):
    assert {pair for pair in statuses(finder, text) if pair[1] in (CL, G)} == expected


def test_only_a_bare_militia_reported_by_its_source():
    view = text_view("Taliban sources said the militia had taken the town.")
    start = view.index("militia")
    assert militia_sides.is_speakers_militia(view, start, start + 7, view.index(" sources"))
    view = text_view("Taliban sources said local militias had taken the town.")
    start = view.index("militias")
    assert not militia_sides.is_speakers_militia(view, start, start + 8, view.index(" sources"))
