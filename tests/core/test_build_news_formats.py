"""The build end to end on news as analysts hold it: saved pages, an article table with three
syndicated copies of one wire story, through the CLI (--columns), the upload and the sources panel."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile

import pytest
from click.testing import CliRunner

from frontmap.build import build_corpus
from frontmap.built import load_built
from frontmap.cli import main
from frontmap.intake.uploads import ingest_uploads
from frontmap.paths import store_path
from frontmap.store import SCHEMA_VERSION, Store
from intake.news_files import EXTRA_PARAGRAPH, PAGE_BODY, WIRE_BODY, saved_page

LASHKAR_GAH = "17698898B167183806480"
COPIES = [  # (headline, paragraphs, published, outlet)
    ("Taliban push into centre of Lashkar Gah", WIRE_BODY, "2021-08-03", "Helmand Wire"),
    ("Helmand capital under siege as insurgents reach bazaar", WIRE_BODY[:3], "2021-08-03", "Kabul Ledger"),
    ("Fierce fighting in Lashkar Gah", [*WIRE_BODY, EXTRA_PARAGRAPH], "2021-08-04", "Southern Times"),
]


def export_csv(header=("headline", "body", "date", "source")) -> bytes:
    """Return a news-database export holding the three copies of the wire story."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for title, paragraphs, published, outlet in COPIES:
        writer.writerow([title, "\n\n".join(paragraphs), published, outlet])
    return out.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def news_build(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("news")
    (corpus / "badghis.html").write_text(saved_page("Taliban enter Badghis capital", PAGE_BODY), encoding="utf-8")
    (corpus / "export.csv").write_bytes(export_csv())
    data = tmp_path_factory.mktemp("news-data")
    return build_corpus(corpus, data_dir=data)


def test_pages_and_table_rows_become_articles_with_their_metadata(news_build):
    built = load_built(news_build.data_dir)
    rows = built.articles.sort_values(["file", "item"])
    assert list(rows["file"]) == ["badghis.html", "export.csv", "export.csv", "export.csv"]
    assert rows["item"].isna().tolist() == [True, False, False, False] and list(rows["item"][1:]) == [1, 2, 3]
    assert list(rows["outlet"]) == ["Kabul Ledger", "Helmand Wire", "Kabul Ledger", "Southern Times"]
    assert list(rows["date_source"]) == ["page", "table", "table", "table"]
    assert news_build.warnings == [] and news_build.skipped == []


def test_events_csv_gives_every_copy_one_story(news_build):
    with open(news_build.events_csv, encoding="utf-8", newline="") as handle:
        events = list(csv.DictReader(handle))
    assert "story" in events[0]
    stories = {row["story"] for row in events if row["file"] == "export.csv"}
    assert len(stories) == 1
    page_story = {row["story"] for row in events if row["file"] == "badghis.html"}
    assert page_story and page_story.isdisjoint(stories)


def test_timeline_weighs_the_story_once(news_build):
    built = load_built(news_build.data_dir)
    (row,) = [r for r in built.timeline.rows if r.district_id == LASHKAR_GAH]
    articles = set(built.events.loc[built.events["event_id"].isin(row.event_ids), "article_id"])
    assert len(articles) == 1  # three outlets carried it; it is one report


def test_sources_panel_shows_the_story_once_carried_by_three_outlets(news_build):
    from dashboard.panels import one_per_story, story_carriers, unit_events

    built = load_built(news_build.data_dir)
    day = built.timeline.end()
    shown = one_per_story(unit_events(built.events, "district", LASHKAR_GAH, day))
    assert len({e["article_id"] for e in shown}) == 1
    carriers = story_carriers(built.articles)[shown[0]["story"]]
    assert sorted(carriers) == ["Helmand Wire", "Kabul Ledger", "Southern Times"]


def test_cli_build_with_named_columns(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "export.csv").write_bytes(export_csv(header=("hed", "story_text", "day", "paper")))
    args = ["build", str(corpus), "--data", str(tmp_path / "data"),
            "--columns", "title=hed,text=story_text,published=day,outlet=paper"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "articles read: 3" in result.output
    bad = CliRunner().invoke(main, ["build", str(corpus), "--data", str(tmp_path / "d2"), "--columns", "body"])
    assert bad.exit_code == 2 and "expected field=column" in bad.output


def test_upload_takes_pages_and_tables_in_a_zip(tmp_path):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("saved/badghis.html", saved_page("Taliban enter Badghis capital", PAGE_BODY))
        handle.writestr("export.csv", export_csv())
        handle.writestr("saved/badghis_files/frame.html", saved_page("Advert", ["Buy a phone today, readers."]))
    report = ingest_uploads([("news.zip", archive.getvalue()), ("junk.parquet", b"not parquet")], tmp_path)
    assert report.accepted == ["news.zip:saved/badghis.html", "news.zip:export.csv"]  # by name as written
    assert [r.name for r in report.rejected] == ["news.zip:saved/badghis_files/frame.html", "junk.parquet"]
    assert report.build.articles_read == 4
    assert (report.folder / "badghis.html").read_bytes().startswith(b"<!DOCTYPE html>")  # kept as sent


def test_a_store_of_the_previous_layout_gains_the_story_column(tmp_path):
    with Store.open(tmp_path):
        pass
    with sqlite3.connect(store_path(tmp_path)) as conn:  # back to the layout before stories
        conn.executescript("DROP INDEX articles_story; DROP INDEX articles_reading")  # they came later
        conn.execute("ALTER TABLE articles DROP COLUMN story")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (2, '2021-01-01T00:00:00+00:00')")
    with Store.open(tmp_path) as store:
        assert store.stories() == {}  # opening upgraded it
    with sqlite3.connect(store_path(tmp_path)) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
        version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    assert columns[-1] == "story" and version == SCHEMA_VERSION
