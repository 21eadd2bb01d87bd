"""`frontmap build` on reports without a publication date: their yearless days take the corpus's
year, and a page stamp the intake refused never dates an event."""

from __future__ import annotations

import csv

from click.testing import CliRunner

from frontmap.cli import main

DATED = ("Herat attack repelled\n\nHERAT, 2021-08-09 - Government forces pushed back an attack on the "
         "western edge of Herat city on Monday, a police spokesman said.\n")
UNDATED = ("Nimroz capital lost\n\nZaranj fell to the Taliban on 6 August without a shot fired, a provincial "
           "official said. The insurgents raised their flag over the governor's office on Friday.\n")
STAMPED = ("<!DOCTYPE html><html><head><title>Taliban seize Kunduz city</title></head><body><article>"
           "<h1>Taliban seize Kunduz city</h1><p>Posted: 19 May 2099</p>"
           "<p>The Taliban captured Kunduz city on Friday after days of fighting around its airport, two "
           "provincial council members said.</p></article></body></html>")


def build(folder, files: dict[str, str]) -> tuple[str, list[dict]]:
    """Build a corpus of `files` (name: text) through the CLI; return its output and events.csv's rows."""
    corpus, data = folder / "corpus", folder / "data"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(corpus), "--data", str(data), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    with open(data / "events.csv", newline="", encoding="utf-8") as handle:
        return result.output, list(csv.DictReader(handle))


def dates_of(rows: list[dict], place: str) -> set[tuple[str, str]]:
    """Return (status, event_date) of the events of `place`."""
    return {(row["status"], row["event_date"]) for row in rows if row["place"] == place}


def test_a_yearless_day_of_an_undated_report_takes_the_corpus_year(tmp_path):
    _output, rows = build(tmp_path, {"a.txt": DATED, "b.txt": UNDATED})
    assert ("taliban", "2021-08-06") in dates_of(rows, "Zaranj")
    assert all(date in ("2021-08-06", "") for _status, date in dates_of(rows, "Zaranj"))  # "on Friday": no day to count from


def test_a_corpus_of_several_years_leaves_the_yearless_day_undated(tmp_path):
    older = DATED.replace("2021-08-09", "2020-08-10").replace("Herat city", "Farah city")
    _output, rows = build(tmp_path, {"a.txt": DATED, "b.txt": UNDATED, "c.txt": older})
    assert {date for _status, date in dates_of(rows, "Zaranj")} == {""}


def test_a_refused_page_stamp_dates_no_event(tmp_path):
    output, rows = build(tmp_path, {"report.html": STAMPED})
    assert "report.html, the publication date line at its top: 2099-05-19 is after today; kept undated" in output
    assert rows and not any(row["event_date"].startswith("2099") for row in rows)
    assert {row["event_date"] for row in rows if row["place"] == "Kunduz"} == {""}
