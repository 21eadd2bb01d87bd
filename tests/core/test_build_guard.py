"""What guards a build: the per-article time budget, builds into one data directory at once
(threads), and start-up recovery of what a killed build or upload left behind."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest

from frontmap import budget
from frontmap.build import build_corpus, write_csv_pieces_atomic
from frontmap.extract.reading_limits import Extraction
from frontmap.locks import build_running
from frontmap.recovery import recover
from frontmap.store import Store

from test_build import FAKE_GAZETTEER, fake_extract

REPORT = ("{title}\n\nKABUL, August {day}, 2021 - Government forces retook several villages near the "
          "city after heavy losses, officials said. {marker}\n")


def write_reports(folder: Path, count: int, marker: str = "", slow: int | None = None) -> Path:
    """Write `count` one-article files (the one numbered `slow` says SLOW) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = REPORT.format(title=f"Report {n} from the north {marker}", day=1 + n % 28,
                             marker=("SLOW " if n == slow else "") + f"{marker} item {n}")
        (folder / f"report_{n:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def stalling_extract(article):
    """fake_extract, but an article saying SLOW never finishes (a busy loop, as a runaway stage)."""
    while "SLOW" in article.text:
        sum(range(100))
    return fake_extract(article)


def test_an_article_over_its_time_budget_is_skipped_and_the_rest_goes_on(tmp_path):
    corpus = write_reports(tmp_path / "corpus", 4, slow=1)
    summary = build_corpus(corpus, None, tmp_path / "data", tmp_path / "data", FAKE_GAZETTEER,
                           extract=stalling_extract, article_budget=0.3)
    assert summary.articles_over_budget == 1
    assert summary.articles_new == 3
    assert any("report_001.txt: skipped: extraction ran past the 0.3 s budget" in w for w in summary.warnings)
    assert "over the time budget 1" in summary.describe()
    with Store.open(tmp_path / "data") as store:
        assert store.count("articles") == 3
        assert store.unfinished_builds() == []


def extract_in_part(article):
    """fake_extract, noting an article saying RUN-ON as read in part (as the reading limits do)."""
    mentions, events = fake_extract(article)
    return Extraction(mentions, events, "read in part: 3 sentences longer or fuller of names than any news report"
                      if "RUN-ON" in article.text else "")


def test_an_article_the_reading_limits_read_in_part_is_stored_and_named(tmp_path):
    corpus = write_reports(tmp_path / "corpus", 3)
    (corpus / "report_001.txt").write_text(REPORT.format(title="Paste", day=2, marker="RUN-ON"), encoding="utf-8")
    summary = build_corpus(corpus, None, tmp_path / "data", tmp_path / "data", FAKE_GAZETTEER, extract=extract_in_part)
    assert (summary.articles_new, summary.articles_read_in_part) == (3, 1)
    assert [w for w in summary.warnings if "read in part" in w] == [
        "report_001.txt: read in part: 3 sentences longer or fuller of names than any news report"]
    assert "read in part 1" in summary.describe()


def test_a_hostile_upload_is_read_in_part_in_worker_processes_too(tmp_path):
    from frontmap.engines import LocalEngine

    corpus = write_reports(tmp_path / "corpus", 2)
    names = " then ".join(["Zaranj", "Farah", "Qalat", "Gardez", "Aybak", "Taloqan"] * 30)
    (corpus / "paste.txt").write_text(f"Pasted list\n\n{names}\n", encoding="utf-8")
    summary = build_corpus(corpus, None, tmp_path / "data", tmp_path / "data", engine=LocalEngine(2, chunk=1))
    assert (summary.articles_new, summary.articles_read_in_part) == (3, 1)
    assert any(w.startswith("paste.txt: read in part: 2 sentences ") and "names not looked up" in w
               for w in summary.warnings)


def test_the_budget_comes_from_the_environment():
    assert budget.article_seconds({}) == budget.DEFAULT_ARTICLE_SECONDS
    assert budget.article_seconds({budget.ENV_ARTICLE_SECONDS: "2.5"}) == 2.5
    assert budget.article_seconds({budget.ENV_ARTICLE_SECONDS: "off"}) is None
    with pytest.raises(ValueError, match=budget.ENV_ARTICLE_SECONDS):
        budget.article_seconds({budget.ENV_ARTICLE_SECONDS: "soon"})


def test_a_finished_block_is_never_interrupted_later():
    with budget.time_limit(0.05):
        pass
    stop = threading.Event()
    stop.wait(0.2)  # past the deadline: nothing may be raised here
    with pytest.raises(budget.OverBudget):
        with budget.time_limit(0.05):
            while True:
                sum(range(100))


def test_builds_into_one_data_directory_at_once_all_end_well(tmp_path):
    """Five threads of one process (as a server's) build five corpora into one data directory:
    none fails, every article is stored, every build is finished, and the CSVs hold them all."""
    data = tmp_path / "data"
    corpora = [write_reports(tmp_path / f"corpus{n}", 3, marker=f"batch{n}") for n in range(5)]
    errors: list[BaseException] = []

    def run(corpus):
        try:
            build_corpus(corpus, None, data, data, FAKE_GAZETTEER, extract=fake_extract)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(corpus,)) for corpus in corpora]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store.open(data) as store:
        assert store.count("articles") == 15
        assert store.unfinished_builds() == []
        events = store.count("events")
    with (data / "events.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == events
    assert not list(data.glob(".*.tmp"))


def test_temporary_csvs_have_names_of_their_own(tmp_path):
    import pandas as pd

    errors = []

    def write(n):
        try:
            for _ in range(20):
                write_csv_pieces_atomic([pd.DataFrame({"n": [n] * 100})], tmp_path / "out.csv")
        except OSError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(pd.read_csv(tmp_path / "out.csv")) == 100


def killed_upload(data: Path) -> tuple[Path, int]:
    """Leave `data` as an upload killed half-way leaves it: a folder of 3 files of which one was
    stored, a build never finished, a temporary CSV; return (the folder, the build id)."""
    build_corpus(write_reports(data.parent / "first", 2), None, data, data, FAKE_GAZETTEER, extract=fake_extract)
    folder = write_reports(data / "uploads" / "20210815T000000Z-abc", 3, marker="upload")
    from frontmap.intake.articles import read_corpus

    stored = next(a for a in read_corpus(folder).articles if a.file == "report_000.txt")
    with Store.open(data) as store:
        build_id = store.begin_build(folder.resolve())
        store.add_article(stored, *fake_extract(stored), build_id=build_id)
    (data / ".events.csv.abc123.tmp").write_text("half", encoding="utf-8")
    return folder, build_id


def test_recovery_finishes_a_killed_upload_and_rolls_back_its_unstored_files(tmp_path):
    data = tmp_path / "data"
    folder, build_id = killed_upload(data)
    before = (data / "events.csv").read_text(encoding="utf-8")
    done = recover(data, FAKE_GAZETTEER)
    assert any("removed .events.csv.abc123.tmp" in line for line in done)
    assert any(f"build {build_id} " in line and "finished with the 1 article(s)" in line for line in done)
    assert any("removed 2 file(s) of an interrupted upload" in line for line in done)
    assert sorted(p.name for p in folder.iterdir()) == ["report_000.txt"]
    assert not list(data.glob(".*.tmp"))
    with Store.open(data) as store:
        assert store.unfinished_builds() == []
        assert store.count("articles") == 3
    after = (data / "events.csv").read_text(encoding="utf-8")
    assert after != before and "from the north upload" in after  # the stored upload is in the outputs now
    assert recover(data, FAKE_GAZETTEER) == []  # nothing left to do


def test_recovery_leaves_a_running_build_alone(tmp_path):
    data = tmp_path / "data"
    folder, _ = killed_upload(data)
    with build_running(data):  # as a build of another thread or process
        assert recover(data, FAKE_GAZETTEER) == []
    assert len(list(folder.iterdir())) == 3
