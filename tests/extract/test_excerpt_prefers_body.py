"""An event told by both the headline and a body sentence quotes the body sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.build import PipelineExtractor
from frontmap.intake.articles import Article
from frontmap.intake.split import article_id_for
from geodata.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def extract():
    return PipelineExtractor(Gazetteer.load())


def article(text: str) -> Article:
    return Article(article_id=article_id_for(text), file="a.txt", item=None, title="", outlet="", agency="",
                   url="", published=dt.date(2021, 8, 12), date_source="text", text=text)


@pytest.mark.parametrize("body", [
    "KABUL, August 12, 2021 - The Taliban captured Qalat, the capital of Zabul province, on Thursday, officials said.",
    "KABUL - The Taliban captured Qalat, the capital of Zabul province, officials said on Thursday.",
])
def test_the_body_sentence_is_the_excerpt(extract, body):
    _mentions, events = extract(article(f"Taliban seize Qalat\n\n{body}\n"))
    qalat = [e for e in events if e.place == "Qalat"]
    assert len(qalat) == 1
    assert qalat[0].excerpt.startswith("KABUL")
    assert qalat[0].event_date == dt.date(2021, 8, 12)


def test_a_headline_alone_is_still_quoted(extract):
    _mentions, events = extract(article("Taliban seize Qalat\n\nResidents described a quiet night in the city.\n"))
    assert [e.excerpt for e in events if e.place == "Qalat"] == ["Taliban seize Qalat"]
