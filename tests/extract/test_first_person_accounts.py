"""First-person accounts: residents, officials and fighters quoted at length (invented sentences,
shipped gazetteer, published Sunday 2021-08-01 unless a case says otherwise).

- A quotation of several sentences is dated by the tag that closes it: its first sentences were
  spoken that day too (`quoted_days.closing_tag_days`).
- A speaker's "this morning", "yesterday", "last night" count from the day the quotation's tag
  gives, before or after the quotation (`quoted_days.quoted_now`).
- "speaking in X on Tuesday", "told AFP by phone from X on Sunday", "reached by telephone on
  Friday": the day the source spoke (`reporting_days`).
- "Our district", "my town" inside a quotation is the place its tag puts the speaker in; never the
  place named before the quotation (`own_places`).
- News a kinsman passed on ("my cousin called and said"), or that the speaker says he has not
  seen, is unverified (`hedges`).
- "our men" are the speaker's side, never the last actor named before them (`owner_pronouns`).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_rules import CL, G, T, C, finder  # noqa: F401  (finder: the shared fixture)

from frontmap.extract.events import extract_events
from frontmap.intake.articles import Article

SUNDAY = dt.date(2021, 8, 1)


def dated(finder, text: str, published: dt.date = SUNDAY) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every event `text` gives, published on `published`."""
    article = Article("a1", "f.txt", None, "", "", "", "", published, "manifest", "Report\n" + text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article)) if e.event_date}


@pytest.mark.parametrize(("text", "expected"), [
    # the closing tag's Saturday dates the quotation's first sentence too
    ("“Ghormach has not fallen. Our forces are in the district centre,” the police spokesman said on Saturday.",
     {("Ghormach", G, "2021-07-31")}),
    ("“Kohsan and Ghoryan are with the Taliban now. The roads are closed,” a council member said on Friday.",
     {("Kohsan", T, "2021-07-30"), ("Ghoryan", T, "2021-07-30")}),
    # near miss: a quotation that closes in its own sentence; the next quotation has a tag of no day
    ("“Ghormach has not fallen,” the police spokesman said on Saturday. “Our forces are in the district centre,” he said.",
     {("Ghormach", G, "2021-07-31")}),
])
def test_a_quotation_is_dated_by_its_closing_tag(finder, text, expected):
    assert dated(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“We took the district centre of Khwaja Ghar this morning,” a Taliban commander told AFP by phone on Friday.",
     {("Khwaja Ghar", CL, "2021-07-30")}),
    ("A resident reached by telephone on Friday said: “Last night the Taliban attacked Farah city.”",
     {("Farah", C, "2021-07-29")}),
    ("“Yesterday they attacked Sheberghan,” a resident said by phone on Thursday.", {("Sheberghan", C, "2021-07-28")}),
    # near miss: a tag of no day leaves "yesterday" the paper's
    ("“Yesterday they attacked Sheberghan,” a resident said.", {("Sheberghan", C, "2021-07-31")}),
])
def test_a_speakers_now_counts_from_the_day_the_quotation_was_spoken(finder, text, expected):
    assert dated(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban seized Almar, a police officer said, speaking in Maimana on Friday.", {("Almar", T, "2021-07-30")}),
    ("The Taliban seized Almar, a police officer told AFP by phone from Khwaja Ghar district of Takhar on Friday.", {("Almar", T, "2021-07-30")}),
    # near misses: "reached" with no phone is a movement, and its day the event's; a caller abroad keeps his own clock
    ("The Taliban reached Almar on Friday.", {("Almar", C, "2021-07-30")}),
    ("The Taliban took Almar on Friday morning local time, a council member reached by phone from New York on Thursday night said.",
     {("Almar", T, "2021-07-30")}),
])
def test_a_speakers_whereabouts_between_the_verb_and_the_day(finder, text, expected):
    assert dated(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“Our district fell on Thursday night,” said an elder from Shindand who reached Herat on Saturday.", {("Shindand", T)}),
    ("“Our district is still in the hands of the government,” an elder from Pashtun Zarghun said.", {("Pashtun Zarghun", G)}),
    ("“Nobody defended my town. It fell in an hour,” said a shopkeeper from Andkhoy.", {("Andkhoy", T)}),
    # near misses: a fear for "our district"; an "our district" whose speaker is placed nowhere, after another place
    ("“Our district will fall next,” said an elder from Shindand.", set()),
    ("The Taliban took Obe on Saturday. “They took our district in one hour,” an elder told reporters.", {("Obe", T)}),
    ("“Our district council has fled,” said an elder from Shindand.", set()),
])
def test_our_district_is_the_speakers_own(finder, text, expected):
    article_statuses = {(p, s) for p, s, _ in dated(finder, text)}
    assert article_statuses == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“My cousin called from Kunduz and said the Taliban captured Khanabad,” a taxi driver said.", {("Khanabad", CL)}),
    ("“The Taliban captured Khanabad, but I have not seen it myself,” a taxi driver said.", {("Khanabad", CL)}),
    # near misses: a witness's own word; a relative named in the story, not the teller of it
    ("“The Taliban captured Khanabad and we saw it,” a taxi driver said.", {("Khanabad", T)}),
    ("My relatives fled when the Taliban captured Khanabad, a taxi driver told reporters.", {("Khanabad", T)}),
    ("“My brother was killed when the Taliban overran Khanabad”, said a farmer.", {("Khanabad", T)}),
])
def test_news_a_kinsman_passed_on_is_unverified(finder, text, expected):
    assert {(p, s) for p, s, _ in dated(finder, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“Our men left Almar on Saturday,” a Taliban commander said.", {("Almar", G)}),
    ("“Our men took back Almar on Saturday,” a police officer said.", {("Almar", G)}),
    ("“Our men took Almar on Saturday,” a Taliban commander said.", {("Almar", CL)}),
])
def test_our_men_are_the_speakers(finder, text, expected):
    assert {(p, s) for p, s, _ in dated(finder, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“Kohsan is with the Taliban, but Karukh is still with us,” a police officer said.", {("Kohsan", T), ("Karukh", G)}),
    ("“Karukh is with us now,” a Taliban commander said.", {("Karukh", CL)}),
    # a council member or lawmaker sits for the state: "us", "our hands" are its
    ("“Kohsan is with the Taliban, but Karukh is still with us,” a member of the Herat provincial council said.", {("Kohsan", T), ("Karukh", G)}),
    ("“Karukh is in our hands,” a lawmaker from Herat said.", {("Karukh", G)}),
    # near misses: "their control" told by a lawmaker is the side named before; a resident of no side says "our hands"
    ("The Taliban entered Karukh on Saturday. By evening it was under their control, a lawmaker said.", {("Karukh", C), ("Karukh", T)}),
    ("“Karukh is in our hands,” said a resident.", set()),
    # near miss: people with the speaker are no hold of a place
    ("“The elders of Karukh are with us,” a police officer said.", set()),
])
def test_still_with_us_is_the_speakers_hold(finder, text, expected):
    assert {(p, s) for p, s, _ in dated(finder, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I drove through Herat this morning. Their white flag hung from the governor's office, and Taliban fighters directed the traffic.", {("Herat", T)}),
    ("The national flag still hangs over the governor's office in Herat, officials said.", {("Herat", G)}),
    # near miss: flags of no side hung in mourning
    ("Black flags hung from the shops in Herat to mourn the dead.", set()),
])
def test_a_flag_hanging_from_the_seat(finder, text, expected):
    assert {(p, s) for p, s, _ in dated(finder, text)} == expected
