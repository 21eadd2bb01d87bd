"""Every date basis the extractor records is told in the panel as what it is, never as another."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dashboard.date_basis import BASIS_PHRASES, WORDED_BASES, date_reason, day_words
from dashboard.review_panel import decisive_words, why_line
from frontmap.extract import dates, retellings
from frontmap.review.model import REVIEW_BASIS

TUESDAY = dt.date(2021, 8, 10)


def extractor_bases() -> set[str]:
    """Return the basis codes the extraction documents (its dates module's list, plus retelling's)."""
    listed = dates.__doc__.split("``date_basis`` values:")[1]
    found = set(re.findall(r"``(\w+)``", listed))
    found |= set(re.findall(r'basis "(\w+)"', retellings.own_days_first.__doc__ or ""))
    return found | {REVIEW_BASIS}


def test_every_documented_basis_has_its_own_wording():
    bases = extractor_bases()
    assert {"carried", "manifest", "publication", "weekday", "relative", "retold", "reported"} <= bases
    missing = bases - set(BASIS_PHRASES) - {"undated"}
    assert not missing
    assert len(set(BASIS_PHRASES.values())) == len(BASIS_PHRASES)


def test_a_carried_date_is_not_called_the_publication_date():
    said = date_reason(TUESDAY, "carried")
    assert said == "dated Tuesday 10 August 2021, carried from an earlier sentence of the report"
    assert "publication" not in said


@pytest.mark.parametrize("basis", sorted(BASIS_PHRASES))
def test_each_basis_names_the_day_and_only_its_own_meaning(basis):
    said = date_reason(TUESDAY, basis)
    assert said.startswith("dated Tuesday 10 August 2021" if basis != "year" else "dated August 2021")
    assert said.endswith(BASIS_PHRASES[basis])
    talks_of_publication = "publish" in said or "publication" in said
    assert talks_of_publication == (basis in ("manifest", "publication"))


@pytest.mark.parametrize(("basis", "quoted"), [("explicit", True), ("weekday", True), ("relative", True), ("range", True),
                                               ("reported", True), ("carried", False), ("retold", False),
                                               ("manifest", False), ("publication", False), ("review", False)])
def test_words_are_quoted_only_when_the_sentence_gave_the_day(basis, quoted):
    assert ("“on Tuesday”" in date_reason(TUESDAY, basis, "on Tuesday")) == quoted
    assert (basis in WORDED_BASES) == quoted


def test_no_day_and_unknown_bases():
    assert date_reason(None, "undated").startswith("no date")
    assert date_reason(None, "carried").startswith("no date")
    assert date_reason(TUESDAY, "guessed") == "dated Tuesday 10 August 2021 (guessed)"
    assert date_reason(TUESDAY, "") == "dated Tuesday 10 August 2021"
    assert day_words(dt.date(2001, 7, 1), "year") == "July 2001"
    assert day_words(None, "explicit") == "no date"


def event(basis: str, excerpt: str) -> dict:
    return {"event_id": "e", "excerpt": excerpt, "trigger": "seized", "status": "taliban",
            "date_basis": basis, "event_date": "2021-08-10"}


@pytest.mark.parametrize("excerpt", [
    "Insurgents seized Khanabad, a police officer said on Wednesday.",
    "The group later seized the district centre of Khanabad as well.",
    "By nightfall fighters had seized Khanabad, residents told reporters.",
])
def test_the_why_line_of_a_carried_event_marks_no_date_of_the_sentence(excerpt):
    assert decisive_words(event("carried", excerpt)) == ("seized", "")
    line = why_line(event("carried", excerpt)).children
    assert "carried from an earlier sentence of the report" in line and "publication" not in line


def test_the_why_line_quotes_the_words_of_a_worded_basis():
    line = why_line(event("explicit", "Fighters seized Khanabad on 10 August, officials said.")).children
    assert "dated Tuesday 10 August 2021 from “10 August”, the date the sentence gives" in line
