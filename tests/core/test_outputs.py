"""A build into a store that already has outputs merges them (frontmap.outputs): what it leaves is
what building everything at once, or writing both files whole from the same store, leaves."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_engines import _synthetic_module

from frontmap import events_spans, outputs
from frontmap.build import PipelineExtractor, build_corpus, refresh_outputs
from frontmap.cli import main as cli
from frontmap.intake.articles import CorpusRead, iter_corpus
from frontmap.paths import store_path
from frontmap.store import Store
from geodata.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def extractor() -> PipelineExtractor:
    return PipelineExtractor(Gazetteer.load())


@pytest.fixture(scope="module")
def batches(tmp_path_factory) -> dict[str, Path]:
    """Two batches of synthetic news (the second repeats one story of the first in another outlet)
    and one folder holding both."""
    root = tmp_path_factory.mktemp("batches")
    synthetic = _synthetic_module()
    synthetic.write_corpus(root / "first", 40, seed=3)
    synthetic.write_corpus(root / "second", 20, seed=5, first_serial=40)
    rows = (root / "first" / "manifest.csv").read_text(encoding="utf-8").splitlines()
    copied = next(row for row in rows[1:] if ",20" in row)  # a dated story of the first batch
    name = copied.split(",")[0]
    text = (root / "first" / name).read_text(encoding="utf-8")
    (root / "second" / "0000" / "0000099.txt").write_text(text + "\nThis report was updated.\n", encoding="utf-8")
    with (root / "second" / "manifest.csv").open("a", encoding="utf-8") as handle:
        handle.write(copied.replace(name, "0000/0000099.txt", 1) + "\n")
    both = root / "both"
    for batch in ("first", "second"):
        shutil.copytree(root / batch, both, dirs_exist_ok=True, ignore=shutil.ignore_patterns("manifest.csv"))
    second_rows = (root / "second" / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]
    (both / "manifest.csv").write_text("\n".join(rows + second_rows) + "\n", encoding="utf-8")
    return {"first": root / "first", "second": root / "second", "both": both}


def files(data: Path) -> dict[str, bytes]:
    return {name: (data / name).read_bytes() for name in ("events.csv", "timeline.csv")}


def written_whole(data: Path, tmp_path: Path) -> dict[str, bytes]:
    """Return the two files written whole from a copy of `data`'s store (nothing to merge with)."""
    copy = tmp_path / "whole"
    shutil.copytree(data, copy)
    with sqlite3.connect(store_path(copy)) as conn:
        conn.execute("DELETE FROM meta WHERE key LIKE 'note:%'")
    assert refresh_outputs(copy)
    return files(copy)


def status(data: Path) -> str:
    result = CliRunner().invoke(cli, ["status", "--date", "2021-12-31", "--all", "--data", str(data)])
    assert result.exit_code == 0, result.output
    return result.output


@contextmanager
def merging_only():
    """Fail any whole write of events.csv in the block: the build must merge."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(outputs, "_write_events_whole", lambda *a: pytest.fail("events.csv written whole"))
        yield


def test_adding_a_batch_leaves_what_building_both_at_once_leaves(batches, extractor, tmp_path):
    build_corpus(batches["first"], data_dir=tmp_path / "grown", extract=extractor)
    with merging_only():
        added = build_corpus(batches["second"], data_dir=tmp_path / "grown", extract=extractor)
    at_once = build_corpus(batches["both"], data_dir=tmp_path / "at_once", extract=extractor)
    assert added.articles_new == 21
    assert files(tmp_path / "grown") == files(tmp_path / "at_once")
    assert (added.districts_with_state, added.events_total) == (at_once.districts_with_state, at_once.events_total)
    assert status(tmp_path / "grown") == status(tmp_path / "at_once")


def test_a_copied_data_directory_still_merges(batches, extractor, tmp_path):
    build_corpus(batches["first"], data_dir=tmp_path / "original", extract=extractor)
    shutil.copytree(tmp_path / "original", tmp_path / "copy")  # a backup restored elsewhere: times kept
    with merging_only():
        build_corpus(batches["second"], data_dir=tmp_path / "copy", extract=extractor)
    assert files(tmp_path / "copy") == written_whole(tmp_path / "copy", tmp_path)


def test_outputs_written_under_other_timeline_rules_are_written_whole(batches, extractor, tmp_path):
    data = tmp_path / "data"
    build_corpus(batches["first"], data_dir=data, extract=extractor)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(outputs, "rules_digest", lambda: "rules of another version")
        wholes = []
        whole = outputs._write_events_whole
        patch.setattr(outputs, "_write_events_whole", lambda *a: wholes.append(1) or whole(*a))
        build_corpus(batches["second"], data_dir=data, extract=extractor)
    assert wholes == [1]
    assert files(data) == written_whole(data, tmp_path)


def correct_a_date(corpus: Path) -> None:
    """Correct the publication date of one dated article of `corpus`'s manifest (months later)."""
    manifest = corpus / "manifest.csv"
    rows = manifest.read_text(encoding="utf-8").splitlines()
    dated = next(i for i, row in enumerate(rows[1:], 1) if ",2021-0" in row)
    rows[dated] = rows[dated].replace(",2021-0", ",2021-1", 1)
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_replaced_article_drops_its_old_rows(batches, extractor, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(batches["first"], corpus)
    data = tmp_path / "data"
    build_corpus(corpus, data_dir=data, extract=extractor)
    correct_a_date(corpus)
    with merging_only():
        corrected = build_corpus(corpus, data_dir=data, extract=extractor)
    assert corrected.articles_updated == 1
    assert files(data) == written_whole(data, tmp_path)


def test_articles_an_unfinished_build_stores_later_are_not_missed(batches, extractor, tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        slow = store.begin_build(batches["second"])  # started before the first batch's outputs
    build_corpus(batches["first"], data_dir=data, extract=extractor)
    with Store.open(data) as store:
        for article in iter_corpus(batches["second"], None, CorpusRead()):
            store.add_article(article, [], extractor(article)[1], slow)
    with merging_only():
        build_corpus(batches["first"], data_dir=data, extract=extractor)  # nothing new read: merges
    assert files(data) == written_whole(data, tmp_path)
    assert files(data)["events.csv"].count(b"\n") > 60


def test_an_events_csv_changed_by_hand_is_written_whole(batches, extractor, tmp_path):
    data = tmp_path / "data"
    build_corpus(batches["first"], data_dir=data, extract=extractor)
    with (data / "events.csv").open("a", encoding="utf-8") as handle:
        handle.write("a row someone added\n")
    build_corpus(batches["second"], data_dir=data, extract=extractor)
    assert files(data) == written_whole(data, tmp_path)
    assert b"someone" not in files(data)["events.csv"]


def test_reviews_made_between_builds_stay_in_the_merged_files(batches, extractor, tmp_path):
    data = tmp_path / "data"
    build_corpus(batches["first"], data_dir=data, extract=extractor)
    first_event = (data / "events.csv").read_text(encoding="utf-8").splitlines()[1].split(",")[0]
    for review in (["reject", first_event, "--note", "a landmark, not the district"],
                   ["add", "--place", "Imam Sahib", "--status", "taliban", "--date", "2021-08-01",
                    "--note", "seen in a local report"]):
        result = CliRunner().invoke(cli, ["review", *review, "--data", str(data)])
        assert result.exit_code == 0, result.output
    with merging_only():
        build_corpus(batches["second"], data_dir=data, extract=extractor)
    merged = files(data)
    assert merged == written_whole(data, tmp_path)
    last_row = merged["events.csv"].decode("utf-8").splitlines()[-1]
    assert "Imam Sahib" in last_row and last_row.endswith(",manual")


def test_a_merge_without_kept_spans_reads_them_off_the_file(batches, extractor, tmp_path):
    data = tmp_path / "data"
    build_corpus(batches["first"], data_dir=data, extract=extractor)
    with sqlite3.connect(store_path(data)) as conn:  # outputs written before spans were kept
        conn.execute(f"DROP TABLE {events_spans.TABLE}")
    with merging_only():
        build_corpus(batches["second"], data_dir=data, extract=extractor)
    assert files(data) == written_whole(data, tmp_path)


def test_the_spans_a_merge_keeps_serve_the_next_merge(batches, extractor, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(batches["first"], corpus)
    data = tmp_path / "data"
    build_corpus(corpus, data_dir=data, extract=extractor)
    with merging_only():
        build_corpus(batches["second"], data_dir=data, extract=extractor)
        correct_a_date(corpus)  # moves the article later in the file
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(outputs, "_spans_of", lambda *a: pytest.fail("spans read off the file"))
            build_corpus(corpus, data_dir=data, extract=extractor)
    assert files(data) == written_whole(data, tmp_path)
