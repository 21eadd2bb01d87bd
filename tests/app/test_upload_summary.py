"""The upload result speaks in sentences and never says "added" for a file already stored."""

from __future__ import annotations

from pathlib import Path

from dashboard.upload_summary import ADDED, ALREADY_STORED, RECEIVED, file_outcome, summary_sentences
from frontmap.build import BuildSummary


def summary(**counts) -> BuildSummary:
    return BuildSummary(corpus_dir=Path("c"), data_dir=Path("d"), store_path=Path("s"), **counts)


def test_file_outcome_follows_the_build():
    assert file_outcome(summary(articles_read=2, articles_new=2)) == ADDED
    assert file_outcome(summary(articles_read=1, articles_already_stored=1)) == ALREADY_STORED
    assert file_outcome(summary(articles_read=2, articles_new=1, articles_already_stored=1)) == RECEIVED


def test_summary_is_sentences_not_a_field_dump():
    text = summary_sentences(summary(articles_read=3, articles_new=2, articles_already_stored=1,
                                     events_found=4, districts_with_state=27, articles_total=17,
                                     events_undated=1))
    assert text == (
        "Read 3 articles: 2 new, 1 already stored. Found 4 new control events. 1 event in the store has "
        "no date and cannot be placed on the map; give their articles a `published` date in manifest.csv. "
        "The map now shows 27 districts with a known state, from 17 articles in all."
    )


def test_nothing_new():
    assert summary_sentences(summary(articles_read=1, articles_already_stored=1)).startswith(
        "Read 1 article: 1 already stored. No new control event was found.")
    assert summary_sentences(None) == ""


def test_articles_read_in_part_or_skipped_past_the_budget_are_told():
    text = summary_sentences(summary(articles_read=3, articles_new=2, articles_over_budget=1, articles_read_in_part=1))
    assert text.startswith("Read 3 articles: 2 new, 1 skipped past the time budget. 1 article was read only in "
                           "part: longer or fuller of names than any news report")


def test_a_publication_date_after_today_is_told_by_name():
    refused = "report.txt, the publication date line at its top: 2099-05-19 is after today; kept undated"
    text = summary_sentences(summary(articles_read=2, articles_new=2, warnings=[refused, "other warning"]))
    assert ("1 publication date after today was refused, the articles kept undated: report.txt, the publication "
            "date line at its top: 2099-05-19 is after today; kept undated.") in text
    assert "other warning" not in text
    assert "after today" not in summary_sentences(summary(articles_read=1, articles_new=1))
