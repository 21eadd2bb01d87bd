"""Saved web pages: the article's text and metadata come from the page; the rest never reaches
the extractor."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from frontmap.intake.articles import read_corpus
from frontmap.intake.pages import NoArticleText, looks_like_page, read_page
from intake.news_files import PAGE_BODY, saved_page

TITLE = "Taliban enter Badghis capital after two days of clashes"
NOT_ARTICLE = ("Kandahar", "Kunduz falls", "Ghazni", "cookie", "Spin Boldak", "Related stories",
               "My cousin", "Copyright", "Comments")


def test_page_gives_main_text_title_site_and_date_from_a_meta_tag():
    entry = read_page(saved_page(TITLE, PAGE_BODY).encode("utf-8"))
    assert entry.title == TITLE
    assert entry.outlet == "Kabul Ledger"
    assert entry.published == dt.date(2021, 7, 7) and entry.date_source == "page"
    assert entry.text.startswith(TITLE + "\n\n")
    for paragraph in PAGE_BODY:
        assert paragraph in entry.text
    assert entry.url == "https://ledger.example.org/news/badghis-capital"


@pytest.mark.parametrize("boilerplate", NOT_ARTICLE)
def test_menus_related_links_banners_and_comments_never_reach_the_text(boilerplate):
    entry = read_page(saved_page(TITLE, PAGE_BODY).encode("utf-8"))
    assert boilerplate not in entry.text


def test_page_without_a_date_is_left_undated():
    entry = read_page(saved_page(TITLE, PAGE_BODY, published_meta=None).encode("utf-8"))
    assert entry.published is None and entry.date_source == ""


def test_page_without_article_text_is_refused():
    with pytest.raises(NoArticleText):
        read_page(b"<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav></body></html>")


def test_whole_pages_are_told_from_plain_text():
    assert looks_like_page(b"\xef\xbb\xbf<!DOCTYPE html><html><body></body></html>")
    assert looks_like_page(b"  <html lang='en'><head></head></html>")
    assert not looks_like_page(b"Taliban take Qala-i-Naw\n\nThe <b>city</b> fell on Wednesday.")


def _corpus(tmp_path, files: dict[str, str | bytes]):
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return tmp_path


def test_corpus_reads_html_htm_and_a_page_saved_as_txt(tmp_path):
    page = saved_page(TITLE, PAGE_BODY)
    other = saved_page("Badghis governor asks Kabul for more troops", PAGE_BODY[1:] + [
        "The governor said he had asked the defence ministry for two more battalions."])
    third = saved_page("Shops shut in Qala-i-Naw bazaar", PAGE_BODY[2:] + [
        "Traders said they had moved their goods to the villages north of the city."])
    report = read_corpus(_corpus(tmp_path, {"a.html": page, "b.htm": other, "c.txt": third}))
    assert [a.file for a in report.articles] == ["a.html", "b.htm", "c.txt"]
    assert all(a.outlet == "Kabul Ledger" and a.date_source == "page" for a in report.articles)
    assert all("Kandahar" not in a.text for a in report.articles)
    assert report.warnings == []


def test_manifest_row_wins_over_the_page(tmp_path):
    corpus = _corpus(tmp_path, {
        "a.html": saved_page(TITLE, PAGE_BODY),
        "manifest.csv": "file,item,published,outlet,agency,title,url\n"
                        "a.html,,2021-07-08,Western Courier,AFP,Badghis capital falls,\n",
    })
    (article,) = read_corpus(corpus).articles
    assert (article.published, article.date_source) == (dt.date(2021, 7, 8), "manifest")
    assert (article.outlet, article.agency, article.title) == ("Western Courier", "AFP", "Badghis capital falls")


def test_folder_a_browser_saves_beside_a_page_is_not_read(tmp_path):
    frame = saved_page("Advertisement", ["Buy a new phone today with our special offer for readers."])
    report = read_corpus(_corpus(tmp_path, {"story.html": saved_page(TITLE, PAGE_BODY),
                                            "story_files/frame.html": frame}))
    assert [a.file for a in report.articles] == ["story.html"]


def test_zip_of_pages_is_read_member_by_member(tmp_path):
    with zipfile.ZipFile(tmp_path / "saved.zip", "w") as archive:
        archive.writestr("july/badghis.html", saved_page(TITLE, PAGE_BODY))
        archive.writestr("july/badghis_files/ad.html", saved_page("Ad", ["An advert for readers."]))
        archive.writestr("__MACOSX/july/._badghis.html", b"\x00\x05")
        archive.writestr("july/photo.jpg", b"\xff\xd8\xff")
    report = read_corpus(tmp_path)
    assert [a.file for a in report.articles] == ["saved.zip:july/badghis.html"]
    assert report.skipped == []
