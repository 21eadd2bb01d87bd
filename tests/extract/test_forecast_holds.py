"""Forecast holds: control a modal or a forecast has a change bring ("is expected to bring X under
Taliban control") is no capture; the same causative told as a fact is (invented sentences, shipped
gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)


@pytest.mark.parametrize("text", [
    "The offensive is expected to bring Qaisar under Taliban control, an elder said.",
    "The rout of the militia could soon put Maimana in the insurgents' hands.",
    "Officials fear the retreat will leave Farah city in Taliban hands.",
    "The siege is set to bring Taloqan under the control of the militants.",
])
def test_a_forecast_of_control_is_no_capture(finder, text):
    assert statuses(finder, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban brought Qaisar under their control on Friday.", {("Qaisar", T)}),
    ("The collapse of the army put Maimana in the hands of the Taliban on Thursday.", {("Maimana", T)}),
    ("The withdrawal left Farah city in Taliban hands.", {("Farah", T)}),
])
def test_a_causative_told_as_fact_is_a_capture(finder, text, expected):
    assert statuses(finder, text) == expected
