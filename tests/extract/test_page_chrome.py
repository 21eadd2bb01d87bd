"""Page chrome: a saved page's links to other stories ("RELATED: ...", "Read more: ...", a list under
"Trending") tell no event; the headline and the report's own lines ("UPDATE: ...", "In other news: ...")
are read as ever."""

from __future__ import annotations

import pytest

from frontmap.extract.page_chrome import chrome_sentences
from frontmap.extract.text import split_sentences

BODY = "KUNDUZ, Aug 11 - Kunduz fell to the Taliban on Tuesday after a week of street fighting, officials said."


def _chrome(text: str) -> list[str]:
    sentences = split_sentences(text)
    return [text[a:b] for i, (a, b) in enumerate(sentences) if i in chrome_sentences(text, sentences)]


@pytest.mark.parametrize("line", [
    "RELATED: Taliban seize Herat",
    "Also read: Fighting spreads to Taloqan",
    "More from Afghanistan: Ghazni falls | Clashes in Farah",
    "Next article: Qalat falls to Taliban",
    "More stories from Asia: Nili falls",
    "Click here to read more on how the Taliban took Zhari.",
])
def test_link_lines_are_chrome(line):
    assert _chrome(f"Kunduz falls\n{BODY}\n\n{line}") == [line]


@pytest.mark.parametrize("heading", ["Trending", "Popular now", "More stories from Asia", "You may also like:"])
def test_headlines_under_a_links_heading_are_chrome_until_the_prose(heading):
    text = f"Kunduz falls\n{heading}\n1. Taliban take Farah\n2. Ghazni governor held\n\n{BODY}"
    assert _chrome(text) == [heading, "1.", "Taliban take Farah", "2.", "Ghazni governor held"]


@pytest.mark.parametrize("text", [
    f"Analysis: Taliban take Kunduz\n{BODY}",
    f"Kunduz falls\n{BODY}\n\nUPDATE: Forces said later they had retaken the city.",
    f"Kunduz falls\n{BODY}\n\nIn other news: fighting reached Taloqan.",
    f"Kunduz falls\n{BODY} Next, the fighters moved on Khan Abad.",
])
def test_the_reports_own_lines_are_no_chrome(text):
    assert _chrome(text) == []


@pytest.mark.parametrize("sign_off", [
    "Reporting by Kabul newsroom; Editing by Desk staff",
    "Associated Press writer Jane Roe in Islamabad contributed to this report.",
    "All rights reserved.",
])
def test_headlines_past_the_sign_off_are_chrome_but_prose_is_not(sign_off):
    text = f"Kunduz falls\n{BODY}\n\n{sign_off}\n\nTaliban take Farah\n\nTaloqan also fell that evening, officials said."
    assert _chrome(text) == [sign_off, "Taliban take Farah"]
