"""The resistance front under its other names: "NRFA", "the Northern Alliance", and the letters a
report gave it itself ("the National Resistance Front (FTS)") (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract import front_acronyms


@pytest.mark.parametrize(("text", "expected"), [
    ("NRFA fighters captured Kaldar on Sunday, a spokesman said.", {("Kaldar", G)}),
    ("Northern Alliance fighters recaptured Kaldar on Sunday.", {("Kaldar", G)}),
    ("The Taliban captured Kaldar from the Northern Alliance on Sunday.", {("Kaldar", T)}),
    ("The National Resistance Front (FTS) held out on Friday. On Saturday, FTS said it had taken control of Kaldar.",
     {("Kaldar", G)}),
])
def test_the_front_under_its_other_names(finder, text, expected):
    assert {pair for pair in statuses(finder, text) if pair[1] in (T, G)} == expected


def test_only_the_front_s_own_letters_are_read_as_the_front():
    text = "The National Resistance Front of Afghanistan (NRFA) and the Resistance Front (FTS) met the UN (UNAMA)."
    assert front_acronyms.defined_in(text) == ("fts",)
    assert front_acronyms.as_front("fts and ftsx said", ("fts",)) == "nrf and ftsx said"
    assert front_acronyms.as_front("ncrf said", ("ncrf",)) == "nrf  said"
