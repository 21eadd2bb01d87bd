"""A publication date after today is refused at the intake, whatever gives it: the article is kept
undated, a warning names where the date was read, and the rest of the corpus is read as before."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pandas as pd
import pytest

from frontmap.intake.articles import read_corpus
from frontmap.intake.publication import after_today, refusal
from frontmap.intake.uploads import ingest_uploads

TODAY = dt.date(2021, 8, 20)
BODY = ("KUNDUZ - Taliban fighters took control of Khan Abad district in Kunduz province on 10 August "
        "2021 after government troops pulled back to the provincial capital, local officials said.")
STORY = f"Taliban take Khan Abad district\n\n{BODY}\n"
OTHER = ("Fighting nears Herat city\n\nHERAT - Government forces pushed back an attack on the western "
         "edge of Herat city on 9 August 2021, a police spokesman said, adding that the attackers "
         "withdrew toward the Injil district after several hours of fighting.\n")


def stamped(day: str) -> str:
    """Return the story with a posting stamp of `day` under its headline."""
    return f"Taliban take Khan Abad district\n\nPosted: {day}\n\n{BODY}\n"


def page(meta_day: str) -> str:
    """Return a saved web page whose meta tag gives `meta_day` as its publication date."""
    return (f'<!DOCTYPE html><html><head><title>Taliban take Khan Abad district</title>'
            f'<meta property="article:published_time" content="{meta_day}T08:00:00Z"></head>'
            f'<body><article><h1>Taliban take Khan Abad district</h1><p>{BODY}</p>'
            f'<p>{BODY.replace("Khan Abad", "Imam Sahib")}</p></article></body></html>')


def read(folder, files: dict[str, str | bytes], today=TODAY):
    """Write `files` into `folder` and return read_corpus of it with `today`."""
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    return read_corpus(folder, today=today)


def dates(report) -> dict[str, tuple]:
    return {(a.file if a.item is None else f"{a.file}:{a.item}"): (a.published, a.date_source)
            for a in report.articles}


@pytest.mark.parametrize("day, refused", [
    (TODAY - dt.timedelta(days=1), False),  # yesterday
    (TODAY, False),
    (TODAY + dt.timedelta(days=1), False),  # tomorrow: a report from a later time zone
    (TODAY + dt.timedelta(days=2), True),
    (dt.date(2099, 5, 19), True),
])
def test_only_a_day_past_tomorrow_is_after_today(day, refused):
    assert after_today(day, TODAY) is refused
    assert (refusal(day, TODAY, "x.txt") is not None) is refused


def test_a_stamp_in_the_text_after_today_is_refused_and_named(tmp_path):
    report = read(tmp_path, {"report.txt": stamped("19 May 2099"), "other.txt": OTHER})
    assert dates(report) == {"report.txt": (None, "undated"), "other.txt": (dt.date(2021, 8, 9), "text")}
    assert report.warnings == ["report.txt, the publication date line at its top: 2099-05-19 is after "
                               "today; kept undated"]
    kept = {a.file: a.text for a in report.articles}
    assert kept["report.txt"] == stamped("19 May 2099").strip()  # the text is kept whole


@pytest.mark.parametrize("stamp, day", [("20 August 2021", dt.date(2021, 8, 20)),
                                        ("19 August 2021", dt.date(2021, 8, 19)),
                                        ("21 August 2021", dt.date(2021, 8, 21))])
def test_today_yesterday_and_tomorrow_stand(tmp_path, stamp, day):
    report = read(tmp_path, {"report.txt": stamped(stamp)})
    assert dates(report) == {"report.txt": (day, "text")}
    assert report.warnings == []


def test_a_page_date_after_today_is_refused_and_named(tmp_path):
    report = read(tmp_path, {"report.html": page("2021-08-23"), "near.html": page("2021-08-21").replace(
        "Khan Abad", "Dasht-e Archi")})
    assert dates(report) == {"report.html": (None, "undated"), "near.html": (dt.date(2021, 8, 21), "page")}
    assert report.warnings == ["report.html, the page's publication date: 2021-08-23 is after today; kept undated"]


def test_a_manifest_date_after_today_is_refused_by_line_and_field(tmp_path):
    manifest = ("file,item,published,outlet,agency,title,url\n"
                "report.txt,,2099-05-19,,,,\n"
                "other.txt,,2021-08-09,,,,\n")
    report = read(tmp_path, {"report.txt": STORY, "other.txt": OTHER, "manifest.csv": manifest})
    assert dates(report) == {"report.txt": (None, "undated"), "other.txt": (dt.date(2021, 8, 9), "manifest")}
    assert report.warnings == ["manifest.csv line 2, field published (for report.txt): 2099-05-19 is after "
                               "today; kept undated"]


def test_a_manifest_row_of_one_article_names_its_item(tmp_path):
    manifest = "file,item,published,outlet,agency,title,url\ndigest.txt,2,2099-05-19,,,,\n"
    digest = f"{STORY}\n---\n\n{OTHER}"
    report = read(tmp_path, {"digest.txt": digest, "manifest.csv": manifest})
    assert dates(report)["digest.txt:2"] == (None, "undated")
    assert report.warnings == ["manifest.csv line 2, field published (for digest.txt item 2): 2099-05-19 is "
                               "after today; kept undated"]


def _table(kind: str, rows: list[dict]) -> bytes:
    """Return `rows` as a table file of `kind` (csv, jsonl, parquet)."""
    frame = pd.DataFrame(rows)
    if kind == "csv":
        return frame.to_csv(index=False).encode("utf-8")
    if kind == "jsonl":
        return "\n".join(json.dumps(row) for row in rows).encode("utf-8")
    buffer = io.BytesIO()
    frame.to_parquet(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet"])
def test_a_table_date_after_today_is_refused_by_row_and_field(tmp_path, kind):
    rows = [{"title": "Fighting nears Herat city", "text": OTHER.split("\n\n")[1], "date": "2021-08-20"},
            {"title": "Taliban take Khan Abad district", "text": BODY, "date": "2099-05-19"}]
    report = read(tmp_path, {f"news.{kind}": _table(kind, rows)})
    assert dates(report) == {f"news.{kind}:1": (TODAY, "table"), f"news.{kind}:2": (None, "undated")}
    assert report.warnings == [f"news.{kind} row 2, field published: 2099-05-19 is after today; kept undated"]


def test_a_member_of_an_archive_is_named_inside_it(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("report.txt", stamped("19 May 2099"))
        archive.writestr("other.txt", OTHER)
    report = read(tmp_path, {"batch.zip": buffer.getvalue()})
    assert dates(report)["batch.zip:report.txt"] == (None, "undated")
    assert report.warnings == ["batch.zip:report.txt, the publication date line at its top: 2099-05-19 is "
                               "after today; kept undated"]


def test_a_yearless_dateline_is_not_put_after_today(tmp_path):
    late = ("Fighting in Kunduz\n\nKUNDUZ, Aug 30 (AP) - Taliban fighters took Khan Abad district "
            "after government troops pulled back, officials said.\n")
    early = late.replace("Aug 30", "Aug 12").replace("Khan Abad", "Imam Sahib")
    report = read(tmp_path, {"a.txt": OTHER, "b.txt": late, "c.txt": early})
    assert dates(report)["b.txt"] == (None, "undated")
    assert dates(report)["c.txt"] == (dt.date(2021, 8, 12), "dateline-year")


def test_the_default_today_is_the_real_one(tmp_path):
    report = read(tmp_path, {"report.txt": stamped("19 May 2099"), "old.txt": stamped("19 May 2021")}, today=None)
    assert dates(report) == {"report.txt": (None, "undated"), "old.txt": (dt.date(2021, 5, 19), "text")}


def test_an_upload_refuses_the_date_and_stores_the_article(tmp_path):
    from dashboard.upload_summary import summary_sentences
    from frontmap.built import load_built

    upload = ingest_uploads([("report.txt", stamped("19 May 2099").encode()), ("other.txt", OTHER.encode())],
                            tmp_path, today=TODAY)
    assert upload.ok
    assert ("report.txt, the publication date line at its top: 2099-05-19 is after today; kept undated"
            in upload.build.warnings)
    assert "1 publication date after today was refused" in summary_sentences(upload.build)  # the dashboard says so
    articles = load_built(tmp_path).articles.set_index("file")
    assert sorted(articles.index) == ["other.txt", "report.txt"]
    assert pd.isna(articles.loc["report.txt", "published"])
    assert str(articles.loc["other.txt", "published"]) == "2021-08-09"
