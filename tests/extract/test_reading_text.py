"""The text the rules read: house spellings and sentence-cased Title Case and capitals headlines, of
the text's own length, while excerpts quote the report as printed."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.extract.text import as_written, reading_text
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("The Taleban took it", "The Taliban took it"),
        ("TALEBAN FIGHTERS", "TALIBAN FIGHTERS"),
        ("the town was under seige", "the town was under siege"),
        ("Taliban Take Zaranj, Sheberghan in Weekend Push\nbody", "Taliban take Zaranj, Sheberghan in Weekend push\nbody"),
        ("Herat's Gateway to Iran in Taliban Hands\nbody", "Herat's gateway to Iran in Taliban hands\nbody"),
        ("TALIBAN TAKE SAR-E PUL ON SUNDAY\nbody", "Taliban take Sar-e PUL on Sunday\nbody"),
        ("AFGHANISTAN: MAZAR-I-SHARIF FALLS, US SAYS\nbody", "Afghanistan: Mazar-i-Sharif falls, US says\nbody"),
        ("TALIBAN MAY SEIZE ZARANJ ON AUG 6\nbody", "Taliban may seize Zaranj on Aug 6\nbody"),
    ],
)
def test_reading_text_keeps_every_offset(written, read):
    assert reading_text(written) == read
    assert len(reading_text(written)) == len(written)


@pytest.mark.parametrize(
    "headline",
    ["Taliban take Zaranj after two days of fighting in Nimroz", "Kabul, Kandahar, Herat", "Fighting in Kunduz"],
)
def test_a_headline_in_sentence_case_is_read_as_written(headline):
    assert reading_text(headline + "\nbody") == headline + "\nbody"


def test_a_text_printing_both_spellings_keeps_the_house_one_in_excerpts():
    written = "Fighting in the north\nThe Taleban and the Taliban"
    read = reading_text(written)
    assert as_written(read.split("\n")[1], written, read) == "The Taliban and the Taliban"


def _article(text: str) -> Article:
    return Article(article_id="a1", file="a.txt", item=None, title=text.split("\n")[0], outlet="", agency="", url="",
                   published=dt.date(2021, 8, 9), date_source="manifest", text=text)


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def test_events_quote_the_report_as_printed(finder):
    article = _article("Taleban Take Kunduz in Weekend Blitz\nKUNDUZ, Aug 9 - The Taleban patrolled the city on Monday.")
    events = extract_events(article, finder.find(article))
    assert {e.place for e in events} == {"Kunduz"}
    assert all("Taleban" in e.excerpt and "Taliban" not in e.excerpt for e in events)
    assert any(e.excerpt.startswith("Taleban Take Kunduz in Weekend Blitz") for e in events)
