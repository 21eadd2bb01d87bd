"""Posts the Taliban filled in a place ("the Taliban-appointed governor of X") and "Taliban-run X"
are Taliban holds; a bare title and a shadow post of the insurgency are none (invented
sentences, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_rules import T, finder, statuses  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.appointed_holds import office_trigger, taliban_office_before


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban-appointed governor of Ghazni met traders on Friday.", {("Ghazni", T)}),
    ("A Taliban appointed district police chief in Herat said on Friday that two men were held.", {("Herat", T)}),
    ("The Taliban's deputy police chief for Kunduz province spoke to reporters on Saturday.", {("Kunduz", T)}),
    ("Shops reopened in Taliban-run Kandahar city on Saturday.", {("Kandahar", T)}),
    # a Taliban source speaking of its own post makes it no claim
    # killed, but not in the fighting (after the takeover, by a bomb): the post stays the group's
    ("A roadside bomb killed the Taliban police chief for Shortepa on Friday, a Taliban official said.", {("Shortepa", T)}),
    ("The Taliban mayor of Kunduz said on Friday that street lights would be repaired, a Taliban spokesman said.", {("Kunduz", T)}),
])
def test_a_post_of_the_taliban_is_their_hold(finder, text, expected):
    assert statuses(finder, text) == expected


@pytest.mark.parametrize("text", [
    "The governor of Ghazni said on Friday that schools would stay closed.",
    "The Taliban's shadow governor for Ghazni said on Friday that his men were ready.",
    "The Taliban appointed a new governor of Ghazni on Friday, a statement said.",
    "Among the dead was the designated Taliban district governor for Qaisar district, the ministry said.",
    # a post's holder killed in the fighting: a shadow official, whose title holds nothing
    "Army commandos killed Qari Jalil, the Taliban police chief for Shortepa, in a night raid on Friday.",
    "Mawlawi Sami, the Taliban district governor of Chimtal, was among 15 insurgents killed on Friday.",
])
def test_a_title_alone_is_no_hold(finder, text):
    assert statuses(finder, text) == set()


def test_office_before_place():
    assert taliban_office_before(" the taliban appointed governor of ")
    assert not taliban_office_before(" the governor of ")
    assert office_trigger("appointed chief of police for")
    assert not office_trigger("held")
