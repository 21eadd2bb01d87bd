"""Ingest: splitting multi-article files, decoding, the manifest, publication dates."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontmap.intake import split as split_module
from frontmap.intake.articles import (
    UndecodableFile,
    article_id_for,
    date_in_text,
    decode_text,
    headline_of,
    read_corpus,
    split_articles,
)

DATA = Path(__file__).parent.parent / "data"
DIGEST = "000_8dfee3873c590f18.txt"


def _plain_quotes(text: str) -> str:
    return text.replace("\u2018", "'").replace("\u2019", "'")


def _manifest_rows(corpus: Path) -> list[dict[str, str]]:
    with (corpus / "manifest.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _write_manifest(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------- splitting


def test_sample_digest_splits_into_its_ten_articles_with_their_headlines(sample_corpus):
    text = decode_text((sample_corpus / DIGEST).read_bytes())
    articles = split_articles(text)
    expected = [r["title"] for r in _manifest_rows(sample_corpus) if r["file"] == DIGEST and r["item"]]
    assert len(articles) == 10
    assert [_plain_quotes(headline_of(a)) for a in articles] == expected
    # The repeated header and section lines are not part of any article; navigation lines neither.
    assert not any(a.startswith("Categories") or "-Top News" in a for a in articles)
    assert not any("ALSO READ" in a for a in articles)


@pytest.mark.parametrize(
    "name", ["001_ba31ab3aebd0285f.txt", "002_7b06ec570c3d955c.txt", "003_c8609d51c2e51429.txt",
             "004_8159cd17d20db629.txt"],
)
def test_single_article_sample_files_stay_whole(sample_corpus, name):
    text = decode_text((sample_corpus / name).read_bytes())
    assert len(split_articles(text)) == 1


def test_separator_lines_split_a_digest_of_headlined_articles():
    articles = split_articles((DATA / "separated_digest.txt").read_text(encoding="utf-8"))
    assert [headline_of(a) for a in articles] == [
        "Taliban seize district centre in northern Afghanistan",
        "Government forces push back insurgents near provincial capital",
        "Aid agencies warn of displacement as fighting spreads",
    ]
    assert not any("=====" in a for a in articles)


def test_section_breaks_inside_one_article_do_not_split_it():
    text = (DATA / "single_with_breaks.txt").read_text(encoding="utf-8")
    articles = split_articles(text)
    assert len(articles) == 1
    assert "By the end of the week" in articles[0]


def test_form_feeds_split_like_separator_lines():
    pieces = (DATA / "separated_digest.txt").read_text(encoding="utf-8").split("==========")
    assert len(split_articles("\f".join(pieces))) == 3


def test_a_repeated_header_label_splits_generally():
    body = "The district was quiet on Monday, elders said, and the market reopened after a week. " * 3
    text = "".join(f"Section\n\nHeadline number {n} about the war\n\n{body}\n\n" for n in range(1, 4))
    articles = split_articles(text)
    assert [headline_of(a) for a in articles] == [f"Headline number {n} about the war" for n in (1, 2, 3)]


@pytest.mark.parametrize("link", [
    "\n\nAlso Read - Herat has fallen: what it means for Kabul",  # a line of its own, with a dash
    "Also Read - Herat has fallen: what it means for Kabul",  # glued to the paragraph's last sentence
    "\n\nRELATED | Herat has fallen",
])
def test_links_to_other_stories_are_dropped(link):
    body = "The district was quiet on Monday, elders said, and the market reopened after a week. " * 3
    text = f"Headline about the war\n\n{body.strip()}{link}\n\nFighting went on in Ghazni on Tuesday, officials said."
    (article,) = split_articles(text)
    assert "fallen" not in article and "Fighting went on in Ghazni" in article


def test_a_dash_in_a_sentence_is_no_link():
    text = "Headline about the war\n\nThe offensive was planned for weeks - also read as a warning by Kabul - and began on Monday in Ghazni province."
    assert "also read as a warning" in split_articles(text)[0]


def test_tiny_pieces_are_not_articles():
    text = (DATA / "separated_digest.txt").read_text(encoding="utf-8") + "\n==========\n\nEnd of file\n"
    articles = split_articles(text)
    assert len(articles) == 3
    assert articles[-1].endswith("End of file")


# -------------------------------------------------------------------------------------- decoding

SAMPLE = "Taliban fighters entered Qala-e Naw \u2014 \u201cthe city is under siege\u201d, officials said.\n"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252"],
)
def test_decode_text_reads_every_supported_encoding(data):
    assert decode_text(data) == SAMPLE


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "NUL bytes"),
        (bytes(range(1, 32)) * 20, "control characters"),
        (b"caf\x81 \x8d\x90", "not UTF-8"),
    ],
    ids=["empty", "png", "control-chars", "undecodable"],
)
def test_decode_text_refuses_binary_and_undecodable_bytes(data, reason):
    with pytest.raises(UndecodableFile, match=reason):
        decode_text(data)


def test_unreadable_files_are_skipped_with_their_name_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text((DATA / "dateline_article.txt").read_text(encoding="utf-8"))
    (tmp_path / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "blank.txt").write_text("  \n\n")
    (tmp_path / "utf16.txt").write_bytes((DATA / "undated_article.txt").read_text(encoding="utf-8").encode("utf-16"))
    result = read_corpus(tmp_path)
    assert sorted(a.file for a in result.articles) == ["good.txt", "utf16.txt"]
    assert {s.file: s.reason for s in result.skipped} == {
        "blank.txt": "empty file",
        "picture.txt": "binary content (NUL bytes)",
    }
    assert any("picture.txt" in w for w in result.warnings)


def test_article_id_is_a_content_hash_insensitive_to_line_endings():
    text = "Headline here\n\nBody text of the article.\n"
    assert article_id_for(text) == article_id_for(text.replace("\n", "\r\n"))
    assert article_id_for(text) != article_id_for(text.replace("Body", "Other"))
    assert len(article_id_for(text)) == 16


def test_identical_texts_in_two_files_are_read_once(tmp_path):
    text = (DATA / "undated_article.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text.replace("\n", "\r\n"))
    result = read_corpus(tmp_path)
    assert [a.file for a in result.articles] == ["a.txt"]
    assert any("b.txt repeats the text of a.txt" in w for w in result.warnings)


# ------------------------------------------------------------------------------ publication date


def test_manifest_dates_articles_one_by_one_inside_a_digest(sample_corpus):
    result = read_corpus(sample_corpus)
    assert result.warnings == [] and result.skipped == []
    digest = [a for a in result.articles if a.file == DIGEST]
    assert [a.item for a in digest] == list(range(1, 11))
    assert digest[2].published == dt.date(2021, 8, 1) and digest[2].agency == "IANS"
    assert digest[0].published == dt.date(2021, 8, 2) and digest[0].outlet == "Asian Lite News"
    assert all(a.date_source == "manifest" for a in result.articles)
    single = next(a for a in result.articles if a.file.startswith("002_"))
    assert single.item is None and single.url.endswith("663822") and single.outlet == "Press TV"


def test_publication_date_from_a_dateline_then_undated(tmp_path):
    for name in ("dateline_article.txt", "undated_article.txt"):
        (tmp_path / name).write_text((DATA / name).read_text(encoding="utf-8"))
    by_file = {a.file: a for a in read_corpus(tmp_path).articles}
    assert by_file["dateline_article.txt"].published == dt.date(2021, 8, 5)
    assert by_file["dateline_article.txt"].date_source == "text"
    assert by_file["undated_article.txt"].published is None
    assert by_file["undated_article.txt"].date_source == "undated"
    assert by_file["undated_article.txt"].title == "Residents describe a night of shelling"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, August 5, 2021\n\nFighting ...", dt.date(2021, 8, 5)),
        ("Headline\n2021-07-30 14:02\n\nBody", dt.date(2021, 7, 30)),
        # a stamp in figures counts when its day and month cannot be swapped
        ("Headline\n8/13/2021, 4:39:06 AM\n\nThe Taliban took the city on Friday.", dt.date(2021, 8, 13)),
        ("Headline\n14.08.2021\n\nBody", dt.date(2021, 8, 14)),
        ("Headline\n16-Aug-2021 01:08:47\n\nBody", dt.date(2021, 8, 16)),  # a media library's stamp
        ("Headline\n8/7/2021, 4:39 AM\n\nOn Friday ...", None),
        ("Headline\n\nPosted on 8th Aug. 2021 by staff", dt.date(2021, 8, 8)),
        ("Headline\n\nFebruary 30, 2021 is not a date", None),
        ("Headline\n\nOn Friday the Taliban attacked.", None),
        # a photo caption's day is not the report's: weekdays counted back from it fall a week early
        ("Headline\n\nSoldiers stand guard at a checkpoint in Herat, 6 August 2021. EPA/STAFF\n\nOn Saturday ...", None),
        ("Headline\n\nA column of fighters is reportedly seen near Aybak on August 9, 2021.\n\nOn Monday ...", None),
        ("Headline\nAugust 10, 2021\n\nSoldiers stand guard in Herat, 6 August 2021. EPA\n\nOn Monday ...", dt.date(2021, 8, 10)),
        ("Headline\n\nDisplaced families from the north reach a park in Kabul, Afghanistan on August 10, 2021.\n\nOn Monday ...", None),
        ("Headline\n\nA view of the fence near Chaman, Pakistan March 3, 2019. REUTERS/Jane Doe - X1\n\nOn Monday ...", None),
        ("Headline\n\nMOSCOW (Sputnik - 06th August, 2021) The group said on Friday ...", dt.date(2021, 8, 6)),
        # a page's clock is the day the page was read, not the report's
        ("Today: Sunday, 9 March 2025\n\nHeadline\n\nOn Friday the Taliban attacked.", None),
        ("Thursday March 06, 2025\n\nHeadline\n\nJuly 3, 2021\n\nOn Friday the Taliban attacked.", dt.date(2021, 7, 3)),
        ("Today: 2 April 2024\nJuly 3, 2021\n\nHeadline\n\nOn Friday ...", dt.date(2021, 7, 3)),
        # two date lines of one year: the first is the report's
        ("Headline\nJuly 3, 2021\nUpdated: July 4, 2021\n\nOn Friday ...", dt.date(2021, 7, 3)),
        # the page's own stamp wins over a day the text mentions above it
        ("Headline\npublish: 19 May 2021\n\nBody", dt.date(2021, 5, 19)),
        ("Headline\nMonday, June 14, 2021\nPublished on: June 16, 2021\n\nOn Monday ...", dt.date(2021, 6, 16)),
        ("Headline\nKABUL, Monday, June 14, 2021 - Fighters took Andar.\nPosted: Wednesday, 16 June 2021\n", dt.date(2021, 6, 16)),
        ("Headline\nBy staff | publish: 16 June 2021 | 3 min read\nOn Monday, June 14, 2021, ...", dt.date(2021, 6, 16)),
        # a day a sentence of the story tells, years back, is no publication date line
        # (past the lead: the lead's own day, in the opening characters, stands for the report's)
        ("Headline\n\n" + "The general spoke at length about the war. " * 10
         + "\n\nHe recalled the group that struck New York on September 11, 2001.\n\nOn Monday ...", None),
        ("Headline\n\n" + "The general spoke at length about the war. " * 10
         + "\n\nHe said the fighters have held the town since June 3, 2021.\n\nOn Monday ...", None),
        ("Headline\nJuly 20, 2021\n\nOfficials said the town fell on July 18, 2021.\n", dt.date(2021, 7, 20)),
        # a report the text says was published is no stamp of the page's
        ("Headline\nJune 16, 2021\n\nA survey, published on June 2, 2021, warned ...", dt.date(2021, 6, 16)),
    ],
)
def test_date_in_text(text, expected):
    assert date_in_text(text) == expected


# ------------------------------------------------------------------------------------- manifest


def _small_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "digest.txt").write_text((DATA / "separated_digest.txt").read_text(encoding="utf-8"))
    (corpus / "single.txt").write_text((DATA / "undated_article.txt").read_text(encoding="utf-8"))
    return corpus


def test_manifest_problems_give_specific_warnings_and_the_rest_builds(tmp_path):
    corpus = _small_corpus(tmp_path)
    _write_manifest(corpus / "manifest.csv", [
        "file,item,published,outlet,agency,title,url",
        "digest.txt,,2021-08-03,Wire,,Digest,",
        "digest.txt,1,2021-08-01,Wire,AFP,First,",
        "digest.txt,2,2021-13-45,Wire,,Second,",
        "digest.txt,1,2021-08-09,Other,,Duplicate,",
        "digest.txt,7,2021-08-01,Wire,,Seventh,",
        "digest.txt,x,2021-08-01,Wire,,Bad item,",
        "missing.txt,,2021-08-01,Wire,,Gone,",
        "single.txt,,2021-07-08,Daily,,Single,",
    ])
    result = read_corpus(corpus)
    warnings = "\n".join(result.warnings)
    assert "line 4: published '2021-13-45' for digest.txt is not a YYYY-MM-DD date" in warnings
    assert "line 5: duplicate row for digest.txt item 1 (first on line 3)" in warnings
    assert "item 'x' for digest.txt is not a positive integer" in warnings
    assert "names missing.txt, which is not a .txt file of the corpus" in warnings
    assert "digest.txt item(s) 7 named but the file holds 3 article(s)" in warnings
    assert len(result.warnings) == 5
    items = {(a.file, a.item): a for a in result.articles}
    assert items[("digest.txt", 1)].published == dt.date(2021, 8, 1)
    assert items[("digest.txt", 1)].title == "First" and items[("digest.txt", 1)].agency == "AFP"
    # Bad date on its own row: falls back to the file's row.
    assert items[("digest.txt", 2)].published == dt.date(2021, 8, 3)
    assert items[("digest.txt", 2)].title == "Second"
    assert items[("digest.txt", 3)].outlet == "Wire"
    assert items[("single.txt", None)].published == dt.date(2021, 7, 8)


def test_manifest_with_missing_columns_is_used_for_what_it_has(tmp_path):
    corpus = _small_corpus(tmp_path)
    manifest = _write_manifest(tmp_path / "elsewhere.csv", ["file,published", "single.txt,2021-07-08"])
    result = read_corpus(corpus, manifest=manifest)
    assert result.warnings == ["elsewhere.csv: missing column(s) item, outlet, agency, title, url; "
                               "those fields are left empty"]
    single = next(a for a in result.articles if a.file == "single.txt")
    assert single.published == dt.date(2021, 7, 8) and single.date_source == "manifest"


def test_manifest_without_a_file_column_is_ignored_with_a_warning(tmp_path):
    corpus = _small_corpus(tmp_path)
    _write_manifest(corpus / "manifest.csv", ["name,date", "single.txt,2021-07-08"])
    result = read_corpus(corpus)
    assert len(result.articles) == 4
    assert result.warnings == ["manifest.csv: no 'file' column (columns found: name, date); manifest ignored"]


def test_read_corpus_names_a_missing_folder(tmp_path):
    with pytest.raises(NotADirectoryError, match="corpus_dir"):
        read_corpus(tmp_path / "nope")


def test_separators_split_files_with_windows_line_ends():
    text = (DATA / "separated_digest.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    assert len(split_articles(text)) == 3


def test_end_of_document_lines_split_a_database_export():
    pieces = (DATA / "separated_digest.txt").read_text(encoding="utf-8").split("==========")
    articles = split_articles("\nEnd of Document\n".join(pieces))
    assert len(articles) == 3 and not any("End of Document" in a for a in articles)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("=-*_~# \t\naEndofcumt"), max_size=30))
def test_separator_line_scan_agrees_with_the_line_by_line_pattern(text):
    found = split_module._SEPARATOR_LINE.search("\n" + text) is not None
    assert found == (split_module._SEPARATOR.search(text) is not None)


def test_split_articles_at_separator_lines():
    first = "Taliban take Kunduz\n\n" + "Fighters entered the city on Sunday. " * 8
    second = "Clashes near Herat\n\n" + "Government forces repelled an attack. " * 8
    assert len(split_articles(first + "\n=====\n" + second)) == 2
    assert len(split_articles(first + "\n== x\n" + second)) == 1


def test_manifest_rows_with_shifted_or_extra_columns_warn_with_their_line():
    from frontmap.intake.manifest import parse_manifest

    text = (
        "file,item,published,outlet,agency,title,url\n"
        "a.txt,,2021-08-01,Kabul Times,AP,Fall of a city,https://example.org/a\n"
        "b.txt,,2021-08-02,Kabul Times,AP,Fighting, then calm,https://example.org/b\n"
        "c.txt,,2021-08-03\n"
    )
    warnings = parse_manifest(text).warnings
    assert len(warnings) == 2
    assert warnings[0].startswith("manifest.csv line 3 (b.txt): 8 fields where the header has 7")
    assert "extra fields ignored" in warnings[0]
    assert warnings[1].startswith("manifest.csv line 4 (c.txt): 3 fields where the header has 7")
