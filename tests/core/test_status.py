"""Tests for frontmap.status: the sides a control reading opposes."""

from __future__ import annotations

from frontmap.status import GOVERNMENT, TALIBAN, other_side


def test_each_side_opposes_the_other():
    assert other_side(TALIBAN) == GOVERNMENT
    assert other_side(GOVERNMENT) == TALIBAN
