"""Engines: a build on worker processes or on a Dask cluster writes what the one-process build
writes (events.csv, timeline.csv, the store), and a worker killed mid-build loses nothing."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from frontmap.build import PipelineExtractor, build_corpus
from frontmap.engines import DaskEngine, EngineError, LocalEngine, SerialEngine, make_engine
from frontmap.paths import PROJECT_ROOT, store_path
from geodata.gazetteer import Gazetteer

from test_build import fake_extract

ARTICLES = 48


def _synthetic_module():
    spec = importlib.util.spec_from_file_location("synthetic_corpus", PROJECT_ROOT / "scripts" / "synthetic_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A small synthetic corpus: syndicated copies, undated stories, plus one undated file of our own."""
    folder = tmp_path_factory.mktemp("synthetic")
    _synthetic_module().write_corpus(folder, ARTICLES, seed=3)
    (folder / "zz_undated.txt").write_text(
        "Clashes reported near Kunduz city\n\nFighting broke out near the airport of Kunduz city on Tuesday, "
        "residents said, and the main road was closed.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def extractor() -> PipelineExtractor:
    return PipelineExtractor(Gazetteer.load())


def build_outputs(corpus: Path, data: Path, extract, engine=None) -> dict:
    """Build `corpus` into `data`; return the CSVs' bytes and the store's rows (build ids aside)."""
    build_corpus(corpus, data_dir=data, extract=extract, engine=engine)
    with sqlite3.connect(store_path(data)) as conn:
        tables = {
            "articles": conn.execute("SELECT * FROM articles ORDER BY article_id").fetchall(),
            "mentions": conn.execute("SELECT * FROM mentions ORDER BY article_id, start, \"end\", place_key").fetchall(),
            "events": conn.execute("SELECT * FROM events ORDER BY event_id").fetchall(),
        }
    tables["articles"] = [row[:10] + row[11:] for row in tables["articles"]]  # build_id differs by design
    return {"events.csv": (data / "events.csv").read_bytes(), "timeline.csv": (data / "timeline.csv").read_bytes(),
            **tables}


@pytest.fixture(scope="module")
def serial(corpus, extractor, tmp_path_factory) -> dict:
    return build_outputs(corpus, tmp_path_factory.mktemp("serial"), extractor)


def test_the_synthetic_corpus_has_copies_and_undated_articles(serial):
    outlets_by_title: dict[str, set] = {}
    for row in serial["articles"]:
        outlets_by_title.setdefault(row[3], set()).add(row[4])
    assert any(len(outlets) > 1 for outlets in outlets_by_title.values())  # one story, several outlets
    assert any(row[7] is None for row in serial["articles"])  # undated
    assert serial["events"] and b"\n" in serial["timeline.csv"]


def test_two_processes_write_what_one_process_writes(corpus, extractor, serial, tmp_path):
    assert build_outputs(corpus, tmp_path, extractor, LocalEngine(2, chunk=3)) == serial


class DiesOnce:
    """An extractor whose worker process dies (as if killed) on one article, the first time only."""

    def __init__(self, extract, marker: Path, victim: str):
        self.extract, self.marker, self.victim = extract, marker, victim
        self.fingerprint = getattr(extract, "fingerprint", "")

    def __call__(self, article):
        if self.victim in article.file and not self.marker.exists():
            self.marker.touch()
            os._exit(9)
        return self.extract(article)


def test_a_killed_local_worker_loses_nothing(corpus, extractor, serial, tmp_path):
    dies = DiesOnce(extractor, tmp_path / "died", "0000020")
    assert build_outputs(corpus, tmp_path / "data", dies, LocalEngine(2, chunk=2)) == serial
    assert (tmp_path / "died").exists()


def always_dies(article):
    if "0000030" in article.file:
        os._exit(9)
    return fake_extract(article)


def test_workers_that_keep_dying_fail_the_build_cleanly_and_a_rerun_completes(corpus, tmp_path):
    data = tmp_path / "data"
    with pytest.raises(EngineError, match="run the build again"):
        build_corpus(corpus, data_dir=data, extract=always_dies, engine=LocalEngine(2, chunk=2))
    with sqlite3.connect(store_path(data)) as conn:
        kept = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        unfinished = conn.execute("SELECT count(*) FROM builds WHERE finished_at IS NULL").fetchone()[0]
    assert 0 < kept < ARTICLES and unfinished == 1
    summary = build_corpus(corpus, data_dir=data, extract=fake_extract, engine=LocalEngine(2))
    assert summary.articles_already_stored == kept
    assert summary.articles_total == summary.articles_read and (data / "events.csv").exists()


def test_one_article_failing_in_a_worker_is_reported_as_in_one_process(corpus, tmp_path):
    def flaky(article):
        if "0000007" in article.file:
            raise ValueError("no sentences")
        return fake_extract(article)

    one = build_corpus(corpus, data_dir=tmp_path / "one", extract=flaky)
    two = build_corpus(corpus, data_dir=tmp_path / "two", extract=flaky, engine=LocalEngine(2, chunk=4))
    assert two.articles_failed == one.articles_failed == 1
    assert [w for w in two.warnings if "extraction failed" in w] == [w for w in one.warnings if "extraction failed" in w]


def test_make_engine_chooses_by_jobs_and_kind():
    assert isinstance(make_engine(1), SerialEngine)
    assert isinstance(make_engine(3), LocalEngine) and make_engine(3).workers == 3
    assert isinstance(make_engine(2, "dask", "tcp://127.0.0.1:8786"), DaskEngine)
    with pytest.raises(ValueError, match="jobs"):
        make_engine(0)
    with pytest.raises(ValueError, match="kind"):
        make_engine(2, "spark")
    with pytest.raises(ValueError, match="scheduler"):
        make_engine(2, "local", "tcp://127.0.0.1:8786")


def test_the_command_line_builds_on_two_processes_as_on_one(sample_corpus, tmp_path):
    from click.testing import CliRunner

    from frontmap.cli import main

    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["build", str(sample_corpus), "--data", str(tmp_path / jobs), "--jobs", jobs])
        assert result.exit_code == 0, result.output
    for name in ("events.csv", "timeline.csv"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


@pytest.mark.parametrize(("args", "message"), [
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    (["--jobs", "0"], "--jobs"),
    (["--engine", "spark"], "--engine"),
])
def test_the_command_line_refuses_engine_options_that_do_not_fit(args, message, tmp_path):
    from click.testing import CliRunner

    from frontmap.cli import main

    result = CliRunner().invoke(main, ["build", "--data", str(tmp_path), *args])
    assert result.exit_code == 2 and message in result.output


def test_files_read_by_the_workers_are_skipped_and_named_as_in_one_process(corpus, tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    (folder / "aa_binary.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    (folder / "ab_blank.txt").write_text("\n\n   \n", encoding="utf-8")
    shutil.copy(folder / "zz_undated.txt", folder / "zz_undated_again.txt")
    one = build_corpus(folder, data_dir=tmp_path / "one", extract=fake_extract)
    two = build_corpus(folder, data_dir=tmp_path / "two", extract=fake_extract, engine=LocalEngine(2, chunk=2))
    assert {skipped.file for skipped in two.skipped} == {"aa_binary.txt", "ab_blank.txt"}
    assert two.skipped == one.skipped
    assert any("zz_undated_again.txt repeats the text of zz_undated.txt" in w for w in two.warnings)
    assert sorted(two.warnings) == sorted(one.warnings)
    assert (two.articles_read, two.articles_new) == (one.articles_read, one.articles_new)


def test_a_pool_runs_named_tasks_only_while_it_serves_them():
    engine = LocalEngine(2, chunk=2)
    with pytest.raises(EngineError, match="not serving"):
        list(engine.run_each("read", [1]))
    with engine.serving({"square": square}):
        done = list(engine.run_each("square", [3, -1, 4, 5]))
        assert [item for item, _ in done] == [3, -1, 4, 5]
        assert [result() for item, result in done if item != -1] == [9, 16, 25]
        with pytest.raises(ValueError, match="negative"):
            dict(done)[-1]()


def square(number: int) -> int:
    if number < 0:
        raise ValueError("negative number")
    return number * number
