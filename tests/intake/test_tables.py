"""Tables of articles: one article a row, columns found by common names or named, bad rows
reported by file and row number and skipped."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile

import pandas as pd
import pytest

from frontmap.intake.articles import read_corpus
from frontmap.intake.tables import TableError, parse_columns, read_table
from intake.news_files import PAGE_BODY, WIRE_BODY, saved_page, wire_copy

BODY_1 = " ".join(WIRE_BODY[:3])
BODY_2 = " ".join(PAGE_BODY)


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


def _read(name: str, data: bytes, columns=None) -> tuple[list, list[str]]:
    warnings: list[str] = []
    return read_table(name, data, warnings.append, columns), warnings


def test_csv_columns_found_by_common_names_extra_columns_ignored():
    data = _csv([["Headline", "Body", "Publish Date", "Site", "link", "word_count"],
                 ["Fighting in Lashkar Gah", BODY_1, "2021-08-03T08:00:00Z", "Helmand Wire", "https://x.org/1", "80"],
                 ["Badghis capital falls", BODY_2, "7 July 2021", "Kabul Ledger", "", "60"]])
    entries, warnings = _read("export.csv", data)
    assert warnings == []
    assert [e.item for e in entries] == [1, 2]
    first, second = entries
    assert (first.title, first.outlet, first.url) == ("Fighting in Lashkar Gah", "Helmand Wire", "https://x.org/1")
    assert (first.published, first.date_source) == (dt.date(2021, 8, 3), "table")
    assert first.text.startswith("Fighting in Lashkar Gah\n\n") and BODY_1 in first.text
    assert second.published == dt.date(2021, 7, 7)


def test_missing_optional_columns_leave_fields_empty():
    entries, warnings = _read("bare.csv", _csv([["content"], [BODY_1]]))
    assert warnings == [] and entries[0].title == "" and entries[0].published is None
    assert entries[0].text == BODY_1


def test_columns_named_by_the_user_win_over_common_names():
    data = _csv([["text", "story_body", "when", "paper"], ["a teaser line", BODY_1, "2021-08-03", "Helmand Wire"]])
    columns = parse_columns("text=story_body, published=when,outlet=paper")
    (entry,), _ = _read("export.csv", data, columns)
    assert entry.text == BODY_1 and entry.published == dt.date(2021, 8, 3) and entry.outlet == "Helmand Wire"


@pytest.mark.parametrize("spec", ["text", "text=", "colour=red", "=body"])
def test_bad_columns_option_is_refused_naming_the_part(spec):
    with pytest.raises(ValueError, match="columns"):
        parse_columns(spec)


def test_table_without_a_text_column_is_refused_with_its_columns():
    with pytest.raises(TableError, match="no text column.*headline, date.*--columns"):
        _read("meta.csv", _csv([["headline", "date"], ["A title", "2021-08-01"]]))
    with pytest.raises(TableError, match="no column 'corpo'"):
        _read("meta.csv", _csv([["body"], [BODY_1]]), {"text": "corpo"})


def test_broken_csv_rows_are_reported_by_row_and_skipped():
    data = _csv([["title", "text", "date"],
                 ["Good one", BODY_1, "2021-08-03"],
                 ["No text here", "", "2021-08-03"],
                 ["Too many", BODY_2, "2021-08-03", "stray", "values"],
                 ["Bad date", BODY_2, "sometime in August"],
                 ["Short row"]])
    entries, warnings = _read("export.csv", data)
    assert [e.item for e in entries] == [1, 4]
    assert entries[1].published is None
    assert warnings == [
        "export.csv row 2: no text; row skipped",
        "export.csv row 3: 5 values under a header of 3 columns; row skipped",
        "export.csv row 4: published 'sometime in August' is not a date frontmap reads; dated from the text if it can be",
        "export.csv row 5: no text; row skipped",
    ]


def test_jsonl_rows_with_broken_lines_and_non_objects():
    lines = [json.dumps({"title": "Fighting in Lashkar Gah", "body": BODY_1, "published": "2021-08-03"}),
             "{not json",
             "",
             json.dumps(["a", "list"]),
             json.dumps({"body": BODY_2, "source": "Kabul Ledger", "extra": {"nested": 1}})]
    entries, warnings = _read("feed.jsonl", "\n".join(lines).encode("utf-8"))
    assert [(e.item, e.outlet) for e in entries] == [(1, ""), (5, "Kabul Ledger")]
    assert warnings[0].startswith("feed.jsonl row 2: not valid JSON")
    assert warnings[1] == "feed.jsonl row 4: a JSON list, not an object; row skipped"


def test_parquet_table_with_timestamps(tmp_path):
    frame = pd.DataFrame({"headline": ["Fighting in Lashkar Gah", "Badghis capital falls"],
                          "text": [BODY_1, None],
                          "published_at": pd.to_datetime(["2021-08-03 10:00", "2021-07-07 09:00"])})
    path = tmp_path / "export.parquet"
    frame.to_parquet(path)
    entries, warnings = _read("export.parquet", path.read_bytes())
    assert [(e.item, e.published) for e in entries] == [(1, dt.date(2021, 8, 3))]
    assert warnings == ["export.parquet row 2: no text; row skipped"]


def test_html_bodies_in_a_table_are_read_as_text():
    (entry,), _ = _read("export.csv", _csv([["text"], ["<p>" + "</p><p>".join(WIRE_BODY[:3]) + "</p>"]]))
    assert "<p>" not in entry.text and WIRE_BODY[1] in entry.text


def test_zip_mixing_every_format_builds_each_article_once(tmp_path):
    parquet = io.BytesIO()
    pd.DataFrame({"title": ["Aid groups warn of families fleeing Helmand"],
                  "body": [" ".join(WIRE_BODY[3:])]}).to_parquet(parquet)
    with zipfile.ZipFile(tmp_path / "mixed.zip", "w") as archive:
        archive.writestr("a.txt", wire_copy("Taliban push into Lashkar Gah", WIRE_BODY))
        archive.writestr("b.html", saved_page("Taliban enter Badghis capital", PAGE_BODY))
        archive.writestr("c.csv", _csv([["headline", "text"], ["Fighting in Lashkar Gah", BODY_1], ["", ""]]))
        archive.writestr("d.jsonl", json.dumps({"content": BODY_2, "title": "Badghis capital falls"}) + "\n")
        archive.writestr("e.parquet", parquet.getvalue())
    report = read_corpus(tmp_path)
    assert [(a.file, a.item) for a in report.articles] == [
        ("mixed.zip:a.txt", None), ("mixed.zip:b.html", None), ("mixed.zip:c.csv", 1),
        ("mixed.zip:d.jsonl", 1), ("mixed.zip:e.parquet", 1)]
    assert report.warnings == ["mixed.zip:c.csv row 2: no text; row skipped"]


def test_manifest_is_not_read_as_a_table_and_its_rows_can_name_table_rows(tmp_path):
    (tmp_path / "export.csv").write_bytes(_csv([["title", "text"], ["One", BODY_1], ["Two", BODY_2]]))
    (tmp_path / "manifest.csv").write_text(
        "file,item,published,outlet,agency,title,url\nexport.csv,2,2021-07-08,Kabul Ledger,,,\n", encoding="utf-8")
    report = read_corpus(tmp_path)
    assert [(a.item, a.published, a.outlet) for a in report.articles] == [
        (1, None, ""), (2, dt.date(2021, 7, 8), "Kabul Ledger")]
    assert report.skipped == [] and report.warnings == []


def test_unreadable_table_is_skipped_with_its_reason(tmp_path):
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really parquet PAR1")
    (tmp_path / "meta.csv").write_bytes(_csv([["headline"], ["A title"]]))
    report = read_corpus(tmp_path)
    reasons = {s.file: s.reason for s in report.skipped}
    assert reasons["broken.parquet"].startswith("not a readable Parquet table")
    assert reasons["meta.csv"].startswith("no text column")


def test_manifests_are_never_read_as_tables(tmp_path):
    (tmp_path / "export.csv").write_bytes(_csv([["text"], [BODY_1]]))
    (tmp_path / "manifest.csv").write_text("file,item,published\nexport.csv,1,2021-08-03\n", encoding="utf-8")
    other = tmp_path.parent / f"{tmp_path.name}-manifest.csv"
    other.write_text("file,item,published,outlet,agency,title,url\n", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "more.zip", "w") as archive:
        archive.writestr("manifest.csv", "file,item,published\nc.txt,,2021-08-03\n")
    report = read_corpus(tmp_path, manifest=other)
    assert [a.file for a in report.articles] == ["export.csv"]
    assert [(s.file, s.reason.split(";")[0]) for s in report.skipped] == [
        ("more.zip:manifest.csv", "a manifest inside an archive is not read by the build")]
