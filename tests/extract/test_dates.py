"""Tests for frontmap.extract.dates: every date form resolved against a fixed publication date."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from frontmap.extract.dates import find_date_expressions, is_caption
from frontmap.extract.sentence_date import resolve_date

SUNDAY = dt.date(2021, 8, 1)  # publication date used throughout
D = dt.date


@pytest.mark.parametrize(
    ("sentence", "expected", "basis"),
    [
        # explicit dates
        ("Heavy clashes broke out in Kunduz on July 30.", D(2021, 7, 30), "explicit"),
        ("Kunduz had been a battleground since early July 28.", D(2021, 7, 28), "explicit"),
        ("Forces entered the town on August 1, 2021, officials said.", D(2021, 8, 1), "explicit"),
        ("The district fell on 1 August.", D(2021, 8, 1), "explicit"),
        ("The district fell on Aug. 1.", D(2021, 8, 1), "explicit"),
        ("Talks were held on December 28.", D(2020, 12, 28), "explicit"),  # would be months ahead: last year
        # months
        ("The militants in June also seized the border post.", D(2021, 6, 15), "explicit"),
        ("A report in mid-July said so.", D(2021, 7, 15), "explicit"),
        ("Insurgents stormed the town in late July.", D(2021, 7, 25), "explicit"),
        ("In early May the group advanced.", D(2021, 5, 5), "explicit"),
        ("The offensive of May 2021 began.", D(2021, 5, 15), "explicit"),
        # weekdays: the most recent such day on or before publication
        ("The blast happened late on Saturday in Achin district.", D(2021, 7, 31), "weekday"),
        ("On Friday, battles raged.", D(2021, 7, 30), "weekday"),
        ("Taloqan was overrun Sunday afternoon.", D(2021, 8, 1), "weekday"),
        ("Earlier Thursday, fighters hoisted their banner.", D(2021, 7, 29), "weekday"),
        ("Friday's attack was the second.", D(2021, 7, 30), "weekday"),
        ("On Monday the city held.", D(2021, 7, 26), "weekday"),
        # relative
        ("The city fell yesterday.", D(2021, 7, 31), "relative"),
        ("They started their assault last night.", D(2021, 7, 31), "relative"),
        ("Sar-e Pol fell this morning.", D(2021, 8, 1), "relative"),
        ("Fighting continues today.", D(2021, 8, 1), "relative"),
        ("The plane hit the town two weeks ago.", D(2021, 7, 18), "relative"),
        ("It was captured 3 days ago.", D(2021, 7, 29), "relative"),
        ("The district had also fallen two days back.", D(2021, 7, 30), "relative"),
        ("The district fell last week.", D(2021, 7, 25), "relative"),
        ("The crossing, which the insurgents seized last month, is calm.", D(2021, 7, 15), "relative"),
        # spans ending with the report: their first day, as a range
        ("The district has seen heavy clashes in recent days.", D(2021, 7, 31), "range"),
        ("The movement has taken wide areas of countryside in recent months.", D(2021, 6, 2), "range"),
        ("Two districts fell over the past four days.", D(2021, 7, 28), "range"),
        ("Clashes have gone on in the city over the past week.", D(2021, 7, 25), "range"),
        ("The insurgents took three districts in three days.", D(2021, 7, 30), "range"),
        # a campaign's count of days is no day of the place's own
        ("The town was the fifth district to fall in four days.", SUNDAY, "publication"),
        # years: history
        ("Gunmen raided the town in 2012 and 2014 but withdrew.", D(2012, 7, 1), "year"),
        ("The district fell to the Taliban last year.", D(2020, 7, 1), "year"),
        ("The city fell to the Taliban twice over the past six years.", D(2020, 7, 1), "year"),
        ("The district has changed hands often in recent years.", D(2020, 7, 1), "year"),
        ("The idols were destroyed in the 1990s.", D(1995, 7, 1), "year"),
        ("The Taliban were toppled in late 2001.", D(2001, 11, 1), "year"),
        # nothing: the publication date
        ("The Taliban hold the district.", SUNDAY, "publication"),
        ("Civilian deaths climbed during the first half of 2021.", SUNDAY, "publication"),
        # a trend's start ("has risen since Friday") dates no event told beside it; a fight's own "since" does
        ("The Taliban attacked a post in Farah, while tensions have risen since Friday.", SUNDAY, "publication"),
        ("Fighting has raged in Kunduz since Friday.", dt.date(2021, 7, 30), "weekday"),
        ("Officials may be forced to leave.", SUNDAY, "publication"),
        ("Families displaced since early May number 40,000.", SUNDAY, "publication"),
    ],
)
def test_resolve_date(sentence, expected, basis):
    assert resolve_date(sentence, SUNDAY) == (expected, basis)


def test_photo_caption_dated_by_its_date():
    caption = "A commando on guard in Bagh-e Pul village of Herat city, Afghanistan, June 9, 2021."
    assert is_caption(caption)
    assert resolve_date(caption, SUNDAY) == (D(2021, 6, 9), "caption")
    picture = "In this photo taken on August 3, 2021, soldiers patrol amid clashes in Achin district."
    assert resolve_date(picture, D(2021, 8, 5)) == (D(2021, 8, 3), "caption")
    assert not is_caption("Heavy clashes broke out in Kunduz on July 30.")


def test_the_next_day_follows_the_previous_event():
    sentence = "It followed up by taking Sheberghan the next day."
    assert resolve_date(sentence, SUNDAY, previous=D(2021, 7, 30)) == (D(2021, 7, 31), "relative")
    assert resolve_date(sentence, SUNDAY) == (SUNDAY, "publication")  # nothing to follow
    assert resolve_date("Earlier in the day, Kunduz fell.", SUNDAY, previous=D(2021, 7, 30)) == (D(2021, 7, 30), "relative")


def test_nearest_expression_to_the_position_wins():
    sentence = "A gunship joined the battle yesterday and again on Friday in Kunduz."
    assert resolve_date(sentence, SUNDAY, position=sentence.index("Kunduz")) == (D(2021, 7, 30), "weekday")
    assert resolve_date(sentence, SUNDAY, position=0) == (D(2021, 7, 31), "relative")


def test_no_publication_date():
    assert resolve_date("The city fell on Friday.", None) == (None, "undated")
    assert resolve_date("The city fell on July 30, 2021.", None) == (D(2021, 7, 30), "explicit")


def test_founding_dates_are_not_event_dates():
    assert find_date_expressions("Founded in 2009 by a commander, the group fights on.") == []


def test_expressions_have_spans():
    sentence = "Clashes since early July 28 and again on Friday."
    found = find_date_expressions(sentence)
    assert [sentence[e.start : e.end] for e in found] == ["early July 28", "Friday"]
    assert [e.kind for e in found] == ["month_day", "weekday"]


@pytest.mark.parametrize("sentence", ["x", "ab cd", "é1 _x Ⅻ2", "in\u00a0July 5", "ſince July 5", "_July 5"])
def test_word_starts_are_where_an_alphanumeric_follows_a_non_alphanumeric(sentence):
    from frontmap.extract.date_expressions import _WORD_START

    expected = [i for i, c in enumerate(sentence) if c.isalnum() and (i == 0 or not sentence[i - 1].isalnum())]
    assert [m.start() for m in _WORD_START.finditer(sentence)] == expected
    for lo in range(len(sentence)):  # a scan from inside the sentence still sees the character before it
        assert [m.start() for m in _WORD_START.finditer(sentence, lo)] == [i for i in expected if i >= lo]


# ---- the article's discourse date (ArticleDates) --------------------------------------------

from frontmap.extract.dates import ArticleDates  # noqa: E402
from frontmap.extract.text import split_sentences  # noqa: E402

MONDAY = D(2021, 8, 9)


def _dates(text: str, published: dt.date = MONDAY) -> list[tuple[str, dt.date | None, str]]:
    """Return (place, date, basis) for every word written with a leading "@" (the marker is
    blanked out before dating, so the text reads as written)."""
    marked = [(m.start(), m.group(1)) for m in re.finditer(r"@(\w+)", text)]
    text = text.replace("@", " ")
    sentences = split_sentences(text)
    dates = ArticleDates(text, sentences, published)
    found = []
    for at, word in marked:
        index = max(i for i, (start, _) in enumerate(sentences) if start <= at)
        start, end = sentences[index]
        span = (0, end - start, False)
        date, basis = dates.date_of(index, [span], span, at + 1 - start)
        found.append((word, date, basis))
    return found


def test_a_weekday_carries_across_sentences_and_paragraphs():
    text = "On Saturday the insurgents stormed @Aybak from the south.\n\nBy nightfall @Aybak had fallen."
    assert _dates(text) == [("Aybak", D(2021, 8, 7), "weekday"), ("Aybak", D(2021, 8, 7), "carried")]


def test_a_dateline_is_no_event_date_and_carries_nothing():
    text = "GARDEZ, Aug 9 - Fighting reached @Gardez. Elders said @Gardez was calm."
    assert [d[1:] for d in _dates(text)] == [(MONDAY, "publication"), (MONDAY, "publication")]


def test_a_reporting_date_caps_the_event():
    text = "KABUL, Aug 9 - Insurgents overran @Sharana, a provincial official told reporters Sunday."
    assert _dates(text) == [("Sharana", D(2021, 8, 8), "reported")]


def test_relative_days_count_from_the_date_in_force():
    text = "Militants attacked @Ghoryan on Thursday. The next day @Ghoryan fell. Two days later @Ghoryan was retaken."
    assert [d[1] for d in _dates(text)] == [D(2021, 8, 5), D(2021, 8, 6), D(2021, 8, 8)]
    text = "A day earlier the Taliban had entered @Maimana."
    assert _dates(text) == [("Maimana", D(2021, 8, 8), "relative")]


def test_first_then_the_next_day_gives_each_its_own_day():
    text = "On Thursday and Friday they took two towns: first @Zaranj, then @Sheberghan the next day."
    assert [d[1] for d in _dates(text)] == [D(2021, 8, 5), D(2021, 8, 6)]


def test_an_anchor_dates_its_complement_before_the_main_clause():
    text = "Commandos retook @Kishm on Sunday, three days after @Kishm had fallen."
    assert [d[1] for d in _dates(text)] == [D(2021, 8, 8), D(2021, 8, 5)]
    text = "Two days after militants stormed @Ghazni prison on Aug 3, they held all of @Ghazni."
    assert [d[1] for d in _dates(text)] == [D(2021, 8, 3), D(2021, 8, 5)]


def test_period_starts_are_not_event_dates():
    text = "Fighting has raged around @Nili since the offensive began in May."
    assert _dates(text) == [("Nili", MONDAY, "publication")]


def test_history_carries_nothing_and_is_flagged():
    text = "In 2001 US-backed forces took @Kandahar. Residents said @Kandahar was tense."
    sentences = split_sentences(text)
    found = _dates(text)
    assert found[0][1].year == 2001 and ArticleDates(text, sentences, MONDAY).is_history(found[0][1])
    assert found[1][1:] == (MONDAY, "publication")


def test_a_plan_after_publication_does_not_carry():
    text = "Talks are planned for Aug 20 in Doha. Insurgents shelled @Taloqan."
    assert _dates(text)[-1][1:] == (MONDAY, "publication")


def test_archive_captions_tell_no_news():
    text = "FILE PHOTO: Fighters on a street in Kunduz.\nSmoke over Herat during clashes, Aug 1, 2021. Archive image.\nBody."
    dates = ArticleDates(text, split_sentences(text), MONDAY)
    assert [dates.tells_news(i) for i in range(len(split_sentences(text)))] == [False, False, False, True]


def test_headline_takes_the_one_date_the_body_gives_the_place():
    text = "Militants seize Farah\nInsurgents entered Farah on Saturday."
    dates = ArticleDates(text, split_sentences(text), MONDAY)
    dates.remember("farah", "contested", D(2021, 8, 7), "weekday", 1)
    assert dates.settled("farah", "taliban", MONDAY, "publication", headline=True) == (D(2021, 8, 7), "retold")
    assert dates.settled("farah", "taliban", MONDAY, "publication", headline=False) == (MONDAY, "publication")


@pytest.mark.parametrize("sentence", [
    "The province held out against them even prior to 9/11.",
    "Before the 9/11 attacks the Taliban ruled the valley.",
    "The Taliban held Bamyan before 2001.",
])
def test_the_years_before_9_11_are_history(sentence):
    date, basis = resolve_date(sentence, dt.date(2021, 8, 1))
    assert basis == "year" and date.year < 2021
