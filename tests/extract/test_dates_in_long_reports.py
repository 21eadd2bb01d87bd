"""Dates that long reports spread over their sentences: lists whose later members drop the verb
and keep their own day, "overnight" after a day the sentence already named, and a lead with no
day whose day the next paragraph gives."""

from __future__ import annotations

import datetime as dt

import pytest
from test_mentions import make_article, tiny_gazetteer

from frontmap.extract.clauses import gapped_conjunct_start
from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder

D = dt.date
SATURDAY = D(2021, 8, 7)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(tiny_gazetteer())


def read(finder, text: str, published: dt.date = SATURDAY) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) of every event the text gives."""
    article = make_article(text, published)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article))}


def test_each_member_of_a_gapped_list_shares_the_verb_and_keeps_its_day(finder):
    text = "Khost fell on Monday, Nijrab on Tuesday, and Achin and Enjil on Thursday, officials said."
    assert read(finder, text) == {
        ("Khost", "taliban", "2021-08-02"), ("Nijrab", "taliban", "2021-08-03"),
        ("Achin", "taliban", "2021-08-05"), ("Enjil", "taliban", "2021-08-05"),
    }


def test_a_gapped_list_after_a_semicolon_and_with_month_days(finder):
    text = "Kuf Ab was overrun on July 30; Khwahan on Aug. 2 and Nusay on Aug. 4."
    assert read(finder, text) == {
        ("Kuf Ab", "taliban", "2021-07-30"), ("Khwahan", "taliban", "2021-08-02"), ("Nusay", "taliban", "2021-08-04"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban took Khost on Monday and Nijrab on Tuesday held out.",  # Nijrab has a verb of its own
        "Khost fell on Monday, and Nijrab, the officials said.",  # no day of its own
        "Khost fell, Nijrab on Tuesday.",  # nothing dates the first conjunct: no gap to fill
    ],
)
def test_no_gapped_conjunct_without_its_own_day_or_with_its_own_verb(sentence):
    start = sentence.index("Nijrab")
    assert gapped_conjunct_start(sentence, start, start + len("Nijrab")) is None


def test_overnight_after_a_named_day_is_that_night(finder):
    text = (
        "Achin changes hands\n"
        "JALALABAD, Aug 7 - Government forces abandoned Achin on Wednesday and the insurgents moved in overnight, "
        "a council member said.\n\n"
        "The militants also captured Nijrab the same day, police said."
    )
    found = read(finder, text)
    assert ("Nijrab", "taliban", "2021-08-04") in found  # "the same day" is Wednesday, not the report's day
    assert ("Achin", "taliban", "2021-08-04") in found


def test_overnight_with_no_day_before_it_is_the_reports_night(finder):
    assert read(finder, "Insurgents captured Achin overnight, police said.") == {("Achin", "taliban", "2021-08-07")}


def test_a_lead_without_a_day_takes_the_day_the_next_paragraph_gives_it(finder):
    text = (
        "Taliban overrun Nijrab\n"
        "MAHMUD-I-RAQI, Aug 7 - Taliban fighters have overrun Nijrab district after days of clashes, officials said.\n\n"
        "The district centre fell early on Thursday, when the police ran out of ammunition, a council member said."
    )
    assert read(finder, text) == {("Nijrab", "taliban", "2021-08-05")}


def test_a_lead_keeps_the_report_day_when_the_next_paragraph_tells_something_else(finder):
    text = (
        "Taliban overrun Nijrab\n"
        "MAHMUD-I-RAQI, Aug 7 - Taliban fighters have overrun Nijrab district after days of clashes, officials said.\n\n"
        "Residents said on Thursday that food was running short."
    )
    assert read(finder, text) == {("Nijrab", "taliban", "2021-08-07")}


def test_a_source_that_spoke_the_day_before_frames_the_undated_paragraph_after(finder):
    text = (
        "Nijrab lost\n"
        "KABUL, Aug 7 - Taliban fighters captured Nijrab, officials said Thursday, after a day of clashes.\n\n"
        "Fighting had earlier reached Achin, on the road to the east."
    )
    assert read(finder, text) == {("Nijrab", "taliban", "2021-08-05"), ("Achin", "contested", "2021-08-05")}
