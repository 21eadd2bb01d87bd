"""Groups that refer back without a count or from further back: "the districts" after the one list
just named, "all three areas" whose places were named two sentences before (invented sentences,
shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_mentions import make_article
from test_rules import G, T, finder  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder


def dated(finder: MentionFinder, text: str) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) triples the text reports."""
    article = make_article(text)
    return {(e.place, e.status, str(e.event_date)) for e in extract_events(article, finder.find(article))}


@pytest.mark.parametrize(("text", "expected"), [
    # "the districts": the one list named just before
    ("Commandos retook Nawur, Malistan and Jaghori on Thursday. The Taliban overran the districts again on Friday.",
     {("Nawur", G, "2021-07-29"), ("Malistan", G, "2021-07-29"), ("Jaghori", G, "2021-07-29"),
      ("Nawur", T, "2021-07-30"), ("Malistan", T, "2021-07-30"), ("Jaghori", T, "2021-07-30")}),
    # a counted group whose places were named two sentences back, with exactly that count
    ("Commandos retook Nawur, Malistan and Jaghori on Thursday. The Taliban overran Nawur on Friday. "
     "All three areas fell back to the Taliban on Saturday.",
     {("Nawur", G, "2021-07-29"), ("Malistan", G, "2021-07-29"), ("Jaghori", G, "2021-07-29"),
      ("Nawur", T, "2021-07-30"), ("Nawur", T, "2021-07-31"), ("Malistan", T, "2021-07-31"), ("Jaghori", T, "2021-07-31")}),
])
def test_groups_refer_back_to_the_list(finder, text, expected):
    assert dated(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two lists before it: "the districts" could be either
    ("Commandos retook Nawur and Malistan on Thursday, while the Taliban kept Jaghori and Qarabagh. "
     "The Taliban overran the districts on Friday.",
     {("Nawur", G, "2021-07-29"), ("Malistan", G, "2021-07-29")}),
    # "the districts of X and Y" names its own places
    ("Commandos retook Nawur and Malistan on Thursday. The districts of Jaghori and Qarabagh fell on Friday.",
     {("Nawur", G, "2021-07-29"), ("Malistan", G, "2021-07-29"), ("Jaghori", T, "2021-07-30"), ("Qarabagh", T, "2021-07-30")}),
    # two sentences back, a count that does not match the names means nothing
    ("Commandos retook Nawur, Malistan and Jaghori on Thursday. A commander spoke in Ghazni. Both districts fell on Friday.",
     {("Nawur", G, "2021-07-29"), ("Malistan", G, "2021-07-29"), ("Jaghori", G, "2021-07-29")}),
])
def test_groups_that_mean_no_list(finder, text, expected):
    assert dated(finder, text) == expected
