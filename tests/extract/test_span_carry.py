"""A span of days told in one sentence ("fell between 2 June and 20 July") carries to the next
sentence as a span: the handovers it dates happened on some day of it, not on its first day."""

from __future__ import annotations

import datetime as dt

from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.events import extract_events
from frontmap.intake.articles import Article


def _found(finder, text: str, published: dt.date) -> set[tuple[str, str, str]]:  # noqa: F811
    """Return (place, day, basis) of each event read from `text`."""
    article = Article("c" * 16, "t.txt", None, "", "", "", "", published, "manifest", text)
    return {(e.place, str(e.event_date), e.date_basis) for e in extract_events(article, finder.find(article))}


def test_a_span_carried_to_the_next_sentence_stays_a_span(finder):  # noqa: F811
    text = ("Kunar districts slip away\nThree districts of Kunar fell to the Taliban between June 2 and July 20, "
            "officials say. Two of them, Narang and Chawkay, were handed over by local police.")
    found = _found(finder, text, dt.date(2021, 8, 1))
    assert found == {(p, "2021-06-02", "range") for p in ("Narang", "Chawkay")}


def test_a_single_day_carried_to_the_next_sentence_is_carried(finder):  # noqa: F811
    text = ("Kunar districts slip away\nThe Taliban attacked two districts of Kunar on June 2, officials say. "
            "Narang was handed over by local police.")
    assert ("Narang", "2021-06-02", "carried") in _found(finder, text, dt.date(2021, 8, 1))


def test_a_weekday_and_its_part_of_the_day_glossed_by_a_date_take_the_date(finder):  # noqa: F811
    text = "Parwan districts stormed\nTaliban fighters stormed Shinwari district on Friday night, June 25, officials said."
    assert ("Shinwari", "2021-06-25", "explicit") in _found(finder, text, dt.date(2021, 7, 10))
