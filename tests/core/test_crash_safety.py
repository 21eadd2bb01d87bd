"""Nothing lost: a build killed with SIGKILL mid-ingest leaves a consistent store that a re-run
completes without duplicates; two builds started at once on one store both end well."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from frontmap.build import build_corpus
from frontmap.paths import store_path
from frontmap.recovery import recover
from frontmap.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

PLACES = ["Kunduz", "Herat", "Ghazni", "Kandahar", "Lashkar Gah", "Taloqan", "Zaranj",
          "Sheberghan", "Farah", "Pul-e Khumri", "Sar-e Pul", "Aybak"]
HEADER = "file,item,published,outlet,agency,title,url\n"

# Runs one build in a child process. Each write transaction pauses before its COMMIT, so the
# SIGKILL below lands inside an open transaction (the hard case) rather than between two.
CHILD = """
import sys, time
from contextlib import contextmanager
from frontmap import store
from frontmap.build import build_corpus

pause = float(sys.argv[3])
plain = store.Store.transaction

@contextmanager
def paused(self):
    with plain(self) as conn:
        yield conn
        time.sleep(pause)

store.Store.transaction = paused
build_corpus(sys.argv[1], None, sys.argv[2], sys.argv[2])
print("BUILD DONE")
"""


def make_corpus(folder: Path, count: int) -> Path:
    """Write `count` distinct one-article files and their manifest into `folder`; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(count):
        place, other = PLACES[i % len(PLACES)], PLACES[(i * 5 + 3) % len(PLACES)]
        day = 1 + i % 28
        name = f"report_{i:04d}.txt"
        (folder / name).write_text(
            f"Taliban capture {place} in new offensive (report {i})\n\n"
            f"KABUL, August {day}, 2021 - Taliban fighters captured {place} on Sunday after days "
            f"of clashes, officials said. Heavy fighting was also reported around {other}, where "
            f"government forces said they repelled an attack. This is dispatch number {i}.\n",
            encoding="utf-8",
        )
        rows.append(f"{name},,2021-08-{day:02d},Test Wire,,Taliban capture {place} ({i}),\n")
    (folder / "manifest.csv").write_text(HEADER + "".join(rows), encoding="utf-8")
    return folder


def start_build(corpus: Path, data: Path, pause: float) -> subprocess.Popen:
    """Start a build of `corpus` into `data` in a child Python process."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(corpus), str(data), str(pause)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def stored_articles(data: Path) -> int:
    """Return how many articles the store in `data` holds now (0 while it does not exist yet)."""
    path = store_path(data)
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet, or locked for a moment
        return 0


def snapshot(data: Path) -> dict:
    """Return what the store holds: integrity verdicts, article ids, and event ids per article."""
    conn = sqlite3.connect(store_path(data))
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
        articles = [r[0] for r in conn.execute("SELECT article_id FROM articles")]
        files = [r[0] for r in conn.execute("SELECT file FROM articles")]
        events: dict[str, set[str]] = {}
        for event_id, article_id in conn.execute("SELECT event_id, article_id FROM events"):
            events.setdefault(article_id, set()).add(event_id)
        event_count = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT article_id FROM articles)"
        ).fetchone()[0]
    finally:
        conn.close()
    return {"integrity": integrity, "foreign": foreign, "articles": articles, "files": files,
            "events": events, "event_count": event_count, "orphans": orphans}


def assert_sound(state: dict) -> None:
    assert state["integrity"] == [("ok",)]
    assert state["foreign"] == []
    assert state["orphans"] == 0
    assert len(state["articles"]) == len(set(state["articles"]))
    assert len(state["files"]) == len(set(state["files"])), "an article is stored twice"
    assert state["event_count"] == sum(len(ids) for ids in state["events"].values())


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """A corpus and its reference build, made without interruption."""
    root = tmp_path_factory.mktemp("crash")
    corpus = make_corpus(root / "corpus", 120)
    reference = root / "reference"
    summary = build_corpus(corpus, None, reference, reference)
    assert summary.articles_new == 120 and summary.events_total > 0
    return corpus, snapshot(reference)


def test_sigkill_mid_ingest_loses_nothing_and_duplicates_nothing(clean, tmp_path):
    corpus, reference = clean
    data = tmp_path / "data"
    child = start_build(corpus, data, pause=0.05)
    give_up = time.monotonic() + 240  # a guard against a hung child, not a speed check
    while stored_articles(data) < 15:
        if child.poll() is not None:
            pytest.fail(f"the build ended before it could be killed:\n{child.communicate()[1][-3000:]}")
        if time.monotonic() > give_up:
            child.kill()
            pytest.fail("the build stored fewer than 15 articles in 240 s")
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL

    after_kill = snapshot(data)
    assert_sound(after_kill)
    assert 15 <= len(after_kill["articles"]) < 120
    # Every article that made it in has exactly the events a clean build gives it: no half article.
    for article_id in after_kill["articles"]:
        assert after_kill["events"].get(article_id, set()) == reference["events"].get(article_id, set())

    # What the dashboard does when it starts: the killed build is finished, the CSVs catch up.
    done = recover(data)
    assert any("was interrupted; finished with" in line for line in done), done
    with Store.open(data) as store:
        assert store.unfinished_builds() == []
    recovered_csv = (data / "events.csv").read_text(encoding="utf-8").splitlines()
    assert len(recovered_csv) - 1 == after_kill["event_count"]
    assert not list(data.glob(".*.tmp"))

    summary = build_corpus(corpus, None, data, data)
    assert summary.articles_already_stored == len(after_kill["articles"])
    assert summary.articles_new == 120 - len(after_kill["articles"])
    resumed = snapshot(data)
    assert_sound(resumed)
    assert sorted(resumed["articles"]) == sorted(reference["articles"])
    assert resumed["events"] == reference["events"]

    events_csv = (data / "events.csv").read_text(encoding="utf-8").splitlines()
    ids = [line.split(",", 1)[0] for line in events_csv[1:]]
    assert len(ids) == len(set(ids)) == reference["event_count"]


def test_two_builds_at_once_on_one_store(clean, tmp_path):
    corpus, reference = clean
    data = tmp_path / "data"
    first = start_build(corpus, data, pause=0.01)
    second = start_build(corpus, data, pause=0.01)
    results = [proc.communicate(timeout=300) for proc in (first, second)]
    for proc, (out, err) in zip((first, second), results):
        # Each either waits its turn and finishes, or stops with a clear error (no corruption).
        assert proc.returncode == 0 or "locked" in err.lower() or "busy" in err.lower(), err[-3000:]
    assert any(proc.returncode == 0 for proc in (first, second))

    state = snapshot(data)
    assert_sound(state)
    if all(proc.returncode == 0 for proc in (first, second)):
        assert sorted(state["articles"]) == sorted(reference["articles"])
        assert state["events"] == reference["events"]

    # Whatever happened, one more build completes the store exactly.
    build_corpus(corpus, None, data, data)
    final = snapshot(data)
    assert_sound(final)
    assert sorted(final["articles"]) == sorted(reference["articles"])
    assert final["events"] == reference["events"]
