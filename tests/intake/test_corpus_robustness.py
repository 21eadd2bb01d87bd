"""Corpus-level hostile input: broken files and a broken manifest each get a named, specific
message, and everything else still builds."""

from __future__ import annotations

import pytest

from frontmap.intake.articles import read_corpus
from frontmap.build import build_corpus
from frontmap.built import load_built

GOOD = (
    "Taliban capture Kunduz city after days of fighting\n\n"
    "KABUL, Aug 8 2021 - Taliban fighters captured the northern city of Kunduz on Sunday, "
    "officials said, the third provincial capital to fall in three days.\n"
)
CP1252 = (
    "Taliban “seize” Sheberghan – officials\n\n"
    "Taliban fighters seized Sheberghan, the capital of Jowzjan province, on Saturday, "
    "a café owner and two officials said. It was the second provincial capital to fall.\n"
)
UTF16 = (
    "Fighting rages in Lashkar Gah — لشکرگاه\n\n"
    "Street battles went on in Lashkar Gah, Helmand's provincial seat, on Tuesday "
    "as Taliban fighters pushed into the city, residents said.\n"
)
HTML = (
    "<html><head><title>Taliban take Zaranj</title><style>p{color:red}</style></head><body>\n"
    "<h1>Taliban take Zaranj</h1>\n"
    "<p>Taliban fighters <b>captured</b> <a href='/x'>Zaranj</a>, the capital of Nimroz "
    "province, on Friday, officials said.</p><script>alert('xss')</script>\n"
    "<p>It was the first provincial capital to fall&nbsp;to the Taliban this year.</p>\n"
    "</body></html>\n"
)
MANIFEST_HEADER = "file,item,published,outlet,agency,title,url\n"


@pytest.fixture
def hostile_corpus(tmp_path):
    """A corpus with good files, odd encodings, HTML, a binary and an empty file."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "windows.txt").write_bytes(CP1252.encode("cp1252"))
    (corpus / "utf16.txt").write_bytes(UTF16.encode("utf-16"))
    (corpus / "page.txt").write_text(HTML, encoding="utf-8")
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (corpus / "random.txt").write_bytes(bytes((i * 7919) % 256 for i in range(4096)))
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "spaces.txt").write_bytes(b" \n\t\n  ")
    return corpus


def skipped_reasons(report) -> dict[str, str]:
    return {s.file: s.reason for s in report.skipped}


def test_broken_files_are_skipped_by_name_and_the_rest_builds(hostile_corpus, tmp_path):
    data = tmp_path / "data"
    summary = build_corpus(hostile_corpus, None, data, data)
    skipped = skipped_reasons(summary)
    assert set(skipped) == {"photo.txt", "random.txt", "empty.txt", "spaces.txt"}
    assert "binary" in skipped["photo.txt"] or "NUL" in skipped["photo.txt"]
    assert "binary" in skipped["random.txt"] or "NUL" in skipped["random.txt"]
    assert "empty" in skipped["empty.txt"] and "empty" in skipped["spaces.txt"]
    for name, reason in skipped.items():
        assert any(name in warning for warning in summary.warnings), f"no warning names {name}"

    assert summary.articles_new == 4 and summary.articles_failed == 0
    built = load_built(data)
    files = set(built.articles["file"])
    assert files == {"good.txt", "windows.txt", "utf16.txt", "page.txt"}
    with_events = set(built.events["file"])
    assert "good.txt" in with_events


def test_odd_encodings_decode_to_the_right_text(hostile_corpus):
    read = read_corpus(hostile_corpus)
    texts = {a.file: a.text for a in read.articles}
    assert "“seize” Sheberghan – officials" in texts["windows.txt"]
    assert "café owner" in texts["windows.txt"]
    assert "لشکرگاه" in texts["utf16.txt"] and "\x00" not in texts["utf16.txt"]
    assert "Lashkar Gah" in texts["utf16.txt"]


def test_html_laden_text_is_read_as_text(hostile_corpus, tmp_path):
    from geodata.gazetteer import Gazetteer
    from frontmap.extract.mentions import find_mentions

    read = read_corpus(hostile_corpus)
    page = next(a for a in read.articles if a.file == "page.txt")
    mentions = find_mentions(page, Gazetteer.load())
    assert any(m.surface == "Zaranj" for m in mentions)


def test_a_50_megabyte_file_is_handled_and_the_rest_is_read(tmp_path):
    corpus = tmp_path / "big"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    paragraph = ("Residents described long queues at the bank and rising prices in the bazaar, "
                 "while schools stayed open and traffic moved normally through the city. ") * 8 + "\n\n"
    block = paragraph.encode("utf-8")
    with (corpus / "huge.txt").open("wb") as handle:
        handle.write(b"A very long report\n\n")
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            handle.write(block)
    assert (corpus / "huge.txt").stat().st_size >= 50 * 1024 * 1024

    read = read_corpus(corpus)
    assert "good.txt" in {a.file for a in read.articles}
    in_articles = "huge.txt" in {a.file for a in read.articles}
    in_skipped = skipped_reasons(read).get("huge.txt")
    assert in_articles or in_skipped, "the 50 MB file is neither read nor reported"
    if in_skipped:
        assert "MB" in in_skipped or "large" in in_skipped or "size" in in_skipped


def write_corpus(tmp_path, manifest: str | bytes):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "b.txt").write_text(CP1252, encoding="utf-8")
    path = corpus / "manifest.csv"
    path.write_bytes(manifest if isinstance(manifest, bytes) else manifest.encode("utf-8"))
    return corpus


def read_both(tmp_path, manifest: str | bytes):
    """Return (warnings, articles by file) of a two-file corpus with `manifest`; both must be read."""
    read = read_corpus(write_corpus(tmp_path, manifest))
    articles = {a.file: a for a in read.articles}
    assert set(articles) == {"a.txt", "b.txt"}, "the corpus must still be read"
    return read.warnings, articles


def test_manifest_missing_columns(tmp_path):
    warnings, articles = read_both(tmp_path, "file,published\na.txt,2021-08-08\n")
    assert any("missing column" in w and "outlet" in w and "title" in w for w in warnings)
    assert str(articles["a.txt"].published) == "2021-08-08"


def test_manifest_without_a_file_column(tmp_path):
    warnings, _ = read_both(tmp_path, "name,published\na.txt,2021-08-08\n")
    assert any("no 'file' column" in w and "manifest.csv" in w for w in warnings)


def test_manifest_unknown_files(tmp_path):
    manifest = MANIFEST_HEADER + "a.txt,,2021-08-08,X,,A,\nghost.txt,,2021-08-09,X,,Ghost,\n"
    warnings, _ = read_both(tmp_path, manifest)
    assert any("ghost.txt" in w and "not" in w for w in warnings)
    assert not any("a.txt" in w for w in warnings)


def test_manifest_bad_dates(tmp_path):
    manifest = (MANIFEST_HEADER + "a.txt,,2021-13-45,X,,A,\n"
                "b.txt,,8 August,X,,B,\n")
    warnings, articles = read_both(tmp_path, manifest)
    assert any("'2021-13-45'" in w and "a.txt" in w and "line 2" in w for w in warnings)
    assert any("'8 August'" in w and "b.txt" in w and "line 3" in w for w in warnings)
    assert articles["a.txt"].date_source != "manifest"


def test_manifest_duplicate_rows(tmp_path):
    manifest = (MANIFEST_HEADER + "a.txt,,2021-08-08,First,,A,\n"
                "a.txt,,2021-08-09,Second,,A again,\n")
    warnings, articles = read_both(tmp_path, manifest)
    assert any("duplicate row" in w and "a.txt" in w and "line 3" in w for w in warnings)
    assert articles["a.txt"].outlet == "First"


def test_binary_manifest_is_reported_and_ignored(tmp_path):
    warnings, _ = read_both(tmp_path, b"\x00\x01\x02\x03" * 100)
    assert any("manifest" in w and "cannot be read" in w for w in warnings)


def test_broken_manifest_still_builds(tmp_path):
    manifest = (MANIFEST_HEADER + "a.txt,,not-a-date,X,,A,\nghost.txt,,2021-08-01,X,,G,\n"
                "a.txt,,2021-08-08,X,,dup,\nb.txt,zero,2021-08-08,X,,B,\n")
    corpus = write_corpus(tmp_path, manifest)
    data = tmp_path / "data"
    summary = build_corpus(corpus, None, data, data)
    assert summary.articles_new == 2 and not summary.skipped
    joined = "\n".join(summary.warnings)
    for fragment in ("not-a-date", "ghost.txt", "duplicate row", "'zero'"):
        assert fragment in joined
