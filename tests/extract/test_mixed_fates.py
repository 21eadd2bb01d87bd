"""Mixed fates in one sentence and lists spread over days: "in that order" pairs a list with its
days like "respectively"; "the former"/"the latter" before a participle each take their own verb
and the sentence's day; a place set against another's fall ("Y fell while X held", "the other, X,
held") is its defenders' hold; "Taliban overrun X, Y holds" keeps Y out of the list; "took X, then
Y, and finally Z" and "took three more: X, Y and Z" are one list; "the districts attacked on
Friday fell" reads the participle as describing the subject; a day right after a list dates all
its names. Own sentences, published SATURDAY."""

from __future__ import annotations

import datetime as dt

import pytest
from test_who_acts_and_which_clause import finder  # noqa: F401  (the real gazetteer's finder, a fixture)

from frontmap.extract.events import extract_events
from frontmap.intake.articles import Article

SATURDAY = dt.date(2021, 7, 17)
T, C, G = "taliban", "contested", "government"


def dated(finder, text: str) -> set[tuple[str, str, str]]:
    """Return (place, status, ISO date) of every dated event `text` (headline first) gives, published SATURDAY."""
    article = Article("a1", "f.txt", None, "", "", "", "", SATURDAY, "manifest", text)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, finder.find(article)) if e.event_date}


@pytest.mark.parametrize(("text", "expected"), [
    ("Report\nHERAT, July 17 - Obe, Karukh and Kushk were overrun on Tuesday, Wednesday and Thursday, in that order, a councillor said.",
     {("Obe", T, "2021-07-13"), ("Karukh", T, "2021-07-14"), ("Kushk", T, "2021-07-15")}),
    ("Report\nKABUL, July 17 - Ghazni and Gardez came under attack on Wednesday night and early Thursday respectively, police said.",
     {("Ghazni", C, "2021-07-14"), ("Gardez", C, "2021-07-15")}),
])
def test_in_that_order_and_parts_of_days_pair_each_place_with_its_day(finder, text, expected):
    assert dated(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Report\nKUNDUZ, July 17 - Khanabad and Aliabad changed hands on Thursday, the former overrun by insurgents and the latter retaken by commandos.",
     {("Khanabad", T, "2021-07-15"), ("Aliabad", G, "2021-07-15")}),
    ("Report\nKUNDUZ, July 17 - Khanabad and Aliabad were attacked on Thursday; the former held while the latter fell.",
     {("Khanabad", C, "2021-07-15"), ("Aliabad", C, "2021-07-15"), ("Khanabad", G, "2021-07-15"), ("Aliabad", T, "2021-07-15")}),
    # near miss: "the former" before a noun is a title, no place
    ("Report\nKUNDUZ, July 17 - Fighting hit Khanabad and Aliabad on Thursday. The former governor of Kunduz was wounded.",
     {("Khanabad", C, "2021-07-15"), ("Aliabad", C, "2021-07-15")}),
])
def test_former_and_latter_each_take_their_own_verb(finder, text, expected):
    assert dated(finder, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Report\nPUL-E ALAM, July 17 - Charkh fell on Thursday, while Baraki Barak held, officials said.", {("Charkh", T, "2021-07-15"), ("Baraki Barak", G, "2021-07-15")}),
    ("Report\nPUL-E ALAM, July 17 - Of the two districts attacked on Thursday, one, Charkh, fell; the other, Baraki Barak, held.",
     {("Charkh", T, "2021-07-15"), ("Baraki Barak", G, "2021-07-15")}),
    ("Report\nPUL-E ALAM, July 17 - Charkh fell on Thursday while Baraki Barak held and Khoshi was retaken by the army.",
     {("Charkh", T, "2021-07-15"), ("Baraki Barak", G, "2021-07-15"), ("Khoshi", G, "2021-07-15")}),
    # near misses: a hold against attacks is a fight; a hold with an object is no hold of the place
    ("Report\nPUL-E ALAM, July 17 - Charkh fell on Thursday while Baraki Barak held against heavy attacks.", {("Charkh", T, "2021-07-15"), ("Baraki Barak", C, "2021-07-15")}),
    ("Report\nPUL-E ALAM, July 17 - Charkh fell on Thursday, but Baraki Barak held talks with tribal elders.", {("Charkh", T, "2021-07-15")}),
])
def test_a_place_set_against_another_s_fall_is_held_by_its_defenders(finder, text, expected):
    assert dated(finder, text) == expected


def test_a_headline_place_with_its_own_verb_is_no_list_item(finder):
    events = dated(finder, "Taliban overrun Andar, Giro holds\nGHAZNI, July 17 - Andar fell on Friday, officials said.")
    assert ("Giro", T) not in {(p, s) for p, s, _ in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Report\nTALOQAN, July 17 - The Taliban first took Worsaj, then Farkhar, and finally Kalafgan on Thursday.",
     {("Warsaj", T, "2021-07-15"), ("Farkhar", T, "2021-07-15"), ("Kalafgan", T, "2021-07-15")}),
    ("Report\nKABUL, July 17 - On Friday the insurgents took three more: Khamab, Qarqin and Mardyan.",
     {("Khamyab", T, "2021-07-16"), ("Qarqin", T, "2021-07-16"), ("Mardyan", T, "2021-07-16")}),
    ("Report\nSAR-E PUL, July 17 - Two of the three districts attacked on Thursday fell: Sayad and Kohistanat.",
     {("Sayyad", T, "2021-07-15"), ("Kohistanat", T, "2021-07-15")}),
    # near misses: "then" with a verb of its own opens a clause; "took two more days" takes no place
    ("Report\nTALOQAN, July 17 - The Taliban took Worsaj on Wednesday, then attacked Farkhar on Thursday.",
     {("Warsaj", T, "2021-07-14"), ("Farkhar", C, "2021-07-15")}),
    ("Report\nKABUL, July 17 - The talks took two more days, officials in Kunduz said.", set()),
])
def test_sequences_and_elliptic_counts_are_one_list(finder, text, expected):
    assert dated(finder, text) == expected


def test_an_apposition_on_a_subordinate_subject_stays_in_its_clause(finder):
    text = "Report\nCHARIKAR, July 17 - Troops retook Shekh Ali on Thursday, while Surkh-e Parsa, its neighbour, was overrun the same day."
    assert dated(finder, text) == {("Sheikh Ali", G, "2021-07-15"), ("Surkh-e Parsa", T, "2021-07-15")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Report\nPUL-E KHUMRI, July 17 - Clashes broke out in Pul-e Khumri on Tuesday and spread to Nahrin and Burka on Thursday.",
     {("Pul-e Khumri", C, "2021-07-13"), ("Nahrin", C, "2021-07-15"), ("Burka", C, "2021-07-15")}),
    # near miss: each name with its own day
    ("Report\nPUL-E KHUMRI, July 17 - Nahrin fell on Tuesday and Burka on Thursday.", {("Nahrin", T, "2021-07-13"), ("Burka", T, "2021-07-15")}),
])
def test_a_day_after_a_list_dates_every_name_of_it(finder, text, expected):
    assert dated(finder, text) == expected
