"""A report nothing else dates takes the day its web address is filed under; a date from the
manifest or the text always comes first, and an address naming only a month dates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from frontmap.intake.articles import read_corpus
from frontmap.intake.url_dates import url_date

TODAY = dt.date(2021, 8, 30)
STORY = ("Taliban overrun Sancharak\n\nSAR-E PUL - Taliban fighters overran Sancharak district on "
         "Monday after a day of clashes, a member of the provincial council said.\n")
COLUMNS = "file,item,published,outlet,agency,title,url\n"


@pytest.mark.parametrize("url, day", [
    ("https://news.example.com/2021/08/10/taliban-take-aybak/", dt.date(2021, 8, 10)),
    ("https://news.example.com/world/2021/7/8/qala-e-naw-attack", dt.date(2021, 7, 8)),
    ("https://news.example.com/news/20210614/sancharak-falls/", dt.date(2021, 6, 14)),
    ("https://news.example.com/world/taliban-take-capital-of-ghor-1840584-2021-08-13", dt.date(2021, 8, 13)),
    ("https://news.example.com/2021/07/insurgents-gain-in-bamyan/", None),  # a month is no day
    ("https://news.example.com/2021/13/45/story", None),  # numbers that make no date
    ("https://news.example.com/article/12762737", None),
    ("", None),
])
def test_the_day_an_address_is_filed_under(url, day):
    assert url_date(url) == day


def read(folder, rows: list[str]):
    """Write one report per manifest row (`rows`: the row after its file name) and read the corpus."""
    lines = [COLUMNS]
    for n, row in enumerate(rows, 1):
        (folder / f"{n:03d}.txt").write_text(STORY, encoding="utf-8")
        lines.append(f"{n:03d}.txt,{row}\n")
    (folder / "manifest.csv").write_text("".join(lines), encoding="utf-8")
    return {a.file: (a.published, a.date_source) for a in read_corpus(folder, today=TODAY).articles}


def test_an_undated_report_takes_its_address_day(tmp_path):
    dated = read(tmp_path, [",,kabulnow.com,,Sancharak falls,https://kabulnow.com/2021/06/15/sancharak-falls/"])
    assert dated["001.txt"] == (dt.date(2021, 6, 15), "url")


def test_the_manifest_date_comes_before_the_address(tmp_path):
    dated = read(tmp_path, [",2021-06-16,kabulnow.com,,Sancharak falls,https://kabulnow.com/2021/06/15/sancharak-falls/"])
    assert dated["001.txt"] == (dt.date(2021, 6, 16), "manifest")


def test_a_month_in_the_address_leaves_the_report_undated(tmp_path):
    dated = read(tmp_path, [",,kabulnow.com,,Sancharak falls,https://kabulnow.com/2021/06/sancharak-falls/"])
    assert dated["001.txt"] == (None, "undated")


def test_an_address_day_after_today_is_refused(tmp_path):
    dated = read(tmp_path, [",,example.com,,Sancharak falls,https://example.com/2029/06/15/sancharak-falls/"])
    assert dated["001.txt"] == (None, "undated")
