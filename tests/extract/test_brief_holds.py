"""A retaking told as brief is fighting on the day, not a government hold; a retaking after brief
fighting keeps its hold. Sentences of our own, in the style of June 2021 reports."""

from __future__ import annotations

from dataclasses import dataclass

from frontmap.extract.brief_holds import brief_holds_as_fighting, told_as_brief
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN


@dataclass(frozen=True)
class _Draft:
    status: str
    excerpt: str
    trigger: str


def test_a_brief_retaking_is_told_as_brief():
    assert told_as_brief("Commandos briefly recaptured Qaisar district on Thursday.", "recaptured")
    assert told_as_brief("Police temporarily regained control of Khanabad on Monday.", "regained control")


def test_brief_fighting_does_not_make_the_retaking_brief():
    assert not told_as_brief("Commandos recaptured Qaisar district after brief fighting.", "recaptured")
    assert not told_as_brief("Commandos recaptured the district, briefly.", "recaptured")


def test_only_government_holds_turn_into_fighting():
    drafts = [_Draft(GOVERNMENT, "Troops briefly retook the town on Friday.", "retook"),
              _Draft(TALIBAN, "The district was briefly overrun on Friday.", "overrun"),
              _Draft(GOVERNMENT, "Troops retook the town on Friday.", "retook")]
    assert [d.status for d in brief_holds_as_fighting(drafts)] == [CONTESTED, TALIBAN, GOVERNMENT]
