"""Claims told inside an official's denial (invented sentences, shipped gazetteer)."""

from __future__ import annotations

import pytest
from test_rules import CL, C, G, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize(("text", "expected"), [
    # the denial reports the Taliban's claim beside the officials' word
    ("MAIDAN SHAHR, July 17 - Officials on Friday rejected the Taliban's claim that they had captured Chak-e Wardak district.",
     {("Chak-e Wardak", G), ("Chak-e Wardak", CL)}),
    ("QALAT, July 9 - The police chief denied a Taliban statement that Shinkay district had fallen, though he said"
     " fighting was going on near the district centre.", {("Shinkay", C), ("Shinkay", CL)}),
    # near misses: reports from nobody named, and a claim of a toll, not of the place
    ("MAIDAN SHAHR, July 17 - Officials on Friday denied reports that Chak-e Wardak district had fallen.",
     {("Chak-e Wardak", G)}),
    ("MAIDAN SHAHR, July 17 - Officials denied a Taliban claim that fighters had killed 20 soldiers in Jalrez district.",
     set()),
    ("KABUL, Aug 8 - The Taliban denied a government statement that Kunduz had been retaken.", {("Kunduz", CL)}),
])
def test_a_denied_claim_is_still_a_claim(finder, text, expected):
    assert statuses(finder, text) == expected
