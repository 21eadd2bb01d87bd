"""A report printed another way (the AFP spelling, a Title Case headline, hard-wrapped lines,
Windows line ends, en dashes) reads as the same news (`benchmarks/robustness.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from project_scripts import load_project_module

robustness = load_project_module("benchmarks/robustness.py")
scoring = robustness.scoring

_REPORTS = [
    "Taliban take Aybak after elders broker a deal\nAYBAK, Aug 10 (Wire) - Taliban fighters moved into Aybak, the capital of "
    "Samangan province, on Monday after tribal elders persuaded the garrison to hand over the town without a fight, the "
    "deputy governor said on Tuesday.\n\nHe said soldiers had left for Mazar-i-Sharif overnight and that shops in the main "
    "bazaar had reopened by the afternoon, although the roads north of the town remained closed.",
    "Insurgents claim Qalat as fighting spreads in Zabul\nQALAT, Aug 12 - A Taliban spokesman said on Thursday that Qalat had "
    "been taken, but officials in Zabul said the governor's compound was still in government hands in the evening.",
]


@pytest.fixture(scope="module")
def extractor():
    return scoring.default_extractor()


@pytest.mark.parametrize("change", list(robustness.CHANGES))
def test_a_report_printed_another_way_reads_as_the_same_news(change, extractor):
    cases = [
        scoring.parse_case({"id": f"dev-capture-{n}", "category": "capture", "published": "2021-08-12", "text": text,
                            "expected": [], "optional": [], "forbidden": []})
        for n, text in enumerate(_REPORTS)
    ]
    altered, differing = robustness.changed_cases(cases, robustness.CHANGES[change], extractor)
    assert differing == []
    assert altered >= 1 or change == "spelling"
    assert cases[0].published == dt.date(2021, 8, 12)
