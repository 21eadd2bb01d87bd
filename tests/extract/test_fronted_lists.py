"""A list fronted by "After" shares the capture its main clause tells ("After Ghazni and Herat,
the Taliban captured Kandahar"); an attack, or a verb past a journey or a relative clause, shares
nothing. Sentences of our own."""

from __future__ import annotations

import pytest
from test_rules import C, G, T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("After Ghazni and Herat, the Taliban captured Kandahar on Friday.", {("Ghazni", T), ("Herat", T), ("Kandahar", T)}),
    ("After Kunduz, Taloqan and Sar-e Pul, the insurgents have also overrun Aybak.",
     {("Kunduz", T), ("Taloqan", T), ("Sar-e Pul", T), ("Aybak", T)}),
    ("After Ghazni, the Taliban attacked Maidan Shahr on Friday.", {("Maidan Shahr", C)}),
    ("After Kabul, the president flew to Mazar-i-Sharif, where troops retook Dehdadi.", {("Dehdadi", G)}),
])
def test_a_fronted_after_list_shares_only_a_capture_of_its_main_clause(finder, text, expected):
    assert statuses(finder, text) == expected
