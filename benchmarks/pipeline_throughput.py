"""Throughput of the end-to-end build (`frontmap build`: frontmap.build.build_corpus), and its
scaling from one to N jobs.

Builds corpora of distinct texts from the sample corpus (each article's paragraphs and sentences
shuffled, its place names swapped for other gazetteer places, its dates and weekdays changed, a
serial number in every headline) in a temporary folder, then builds each size into a fresh data
directory (SQLite store, timeline, events.csv and timeline.csv) in a fresh subprocess pinned to
one core, so the figures and the peak memory are that build's own. Prints MB/s of article text
(wall clock, and CPU time of the process, which a busy machine does not distort), peak RSS, and
where the CPU time went:

    setup     loading the gazetteer, building the name automaton, hashing the extraction code
    read      listing, decoding and splitting the files into articles (manifest included)
    mentions  sentence splitting and place names
    events    control events and their dates
    store     SQLite: the per-article "already stored?" check and the per-article transaction
    stories   grouping syndicated copies into stories (the new articles against the stored ones)
    timeline  reading every event back and building the timeline
    csv       events.csv and timeline.csv (reading the events with their articles, writing)
    other     the rest (build bookkeeping, the timers' own cost)

The stages are timed by wrapping the functions the build calls; the build itself is unchanged.
With `--jobs 1 2 ...`, each size is then built again with each number of jobs (`--jobs N`: that
many worker processes, pinned to that many cores), printing wall time, MB/s, CPU MB/s (the
build's process and its workers), the CPU seconds the build's own process spent per MB (what
bounds the speed-up: it reads, stores and hands out the work), those it spent with no worker
alive (before the pool starts and after its workers are joined), the speed-up over one job, and
the idle-core bound: the speed-up the CPU accounts allow on N idle cores (stages are one-job
only: the extraction then runs in the workers). On a machine shared by several sessions the
wall speed-up says little: Linux's scheduler (autogroup) gives each session about the same share
of the cores however many processes it runs, so a busy machine gives two jobs about what it gives
one.

    python benchmarks/pipeline_throughput.py                 # 1 MB (quick) and 10 MB
    python benchmarks/pipeline_throughput.py --sizes 1 10 100
    python benchmarks/pipeline_throughput.py --sizes 10 --jobs 1 2
    python benchmarks/pipeline_throughput.py --corpus DIR    # your own news (the MB: its articles' text)
Targets: >= 3 MB/s per core, linear in size; >= 1.7x on 2 cores.
"""

from __future__ import annotations

import argparse
import calendar
import contextlib
import csv
import functools
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
STAGES = ("setup", "read", "mentions", "events", "store", "stories", "timeline", "csv", "other")
_MONTH_DAY = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _variant(text: str, names: list[str], rng: random.Random, serial: int) -> str:
    """Return a distinct variant of one article's text."""
    lines = [line for line in text.split("\n") if line.strip()]
    headline, body = lines[0], lines[1:]
    rng.shuffle(body)
    paragraphs = []
    for paragraph in body:
        sentences = _SENTENCE.split(paragraph)
        rng.shuffle(sentences)
        paragraphs.append(" ".join(sentences))
    out = f"{headline} (report {serial})\n\n" + "\n\n".join(paragraphs) + "\n"
    swap = {name: rng.choice(names) for name in rng.sample(names, k=min(40, len(names)))}
    if swap:
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(swap, key=len, reverse=True))) + r")\b")
        out = pattern.sub(lambda m: swap[m.group(1)], out)
    months = list(calendar.month_name)[1:]
    out = _MONTH_DAY.sub(lambda m: f"{rng.choice(months[5:8])} {rng.randint(1, 28)}", out)
    return _WEEKDAY.sub(lambda m: rng.choice(list(calendar.day_name)), out)


def build_corpus(folder: Path, megabytes: float, seed: int = 7) -> int:
    """Write a corpus of about `megabytes` MB of distinct articles into `folder`; return its bytes."""
    from frontmap.intake.articles import read_corpus
    from geodata.gazetteer import Gazetteer

    rng = random.Random(seed)
    sample = read_corpus(PROJECT_ROOT / "corpus").articles
    names = sorted({p.name for p in Gazetteer.load().places() if p.kind != "province"} | {"Kunduz", "Herat"})
    folder.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1_000_000)
    written = 0
    serial = 0
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        manifest = csv.writer(handle)
        manifest.writerow(["file", "item", "published", "outlet", "agency", "title", "url"])
        while written < target:
            article = sample[serial % len(sample)]
            text = _variant(article.text, names, rng, serial)
            name = f"{serial:07d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            published = article.published.replace(day=rng.randint(1, 28)) if article.published else ""
            manifest.writerow([name, "", published, article.outlet, article.agency, article.title, ""])
            written += len(text.encode("utf-8"))
            serial += 1
    return written


class StageTimer:
    """Adds the CPU time spent in wrapped functions to named stages (nested calls count once): a
    busy machine stretches wall times, not CPU times."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._active = False

    def wrap(self, stage: str, func: Callable) -> Callable:
        """Return `func` timed into `stage` (a generator function's items are timed one by one)."""

        @functools.wraps(func)
        def timed(*args, **kwargs):
            if self._active:  # inside another timed call: the outer stage gets the time
                return func(*args, **kwargs)
            self._active = True
            started = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds[stage] += time.process_time() - started
                self._active = False

        return timed

    def wrap_iterator(self, stage: str, func: Callable[..., Iterator]) -> Callable[..., Iterator]:
        """Return generator function `func` with the time to produce each item added to `stage`."""

        @functools.wraps(func)
        def timed(*args, **kwargs):
            items = self.wrap(stage, func)(*args, **kwargs)
            step = self.wrap(stage, next)
            while True:
                try:
                    yield step(items)
                except StopIteration:
                    return

        return timed


def _instrument(timer: StageTimer) -> None:
    """Wrap the functions frontmap.build calls so that `timer` sees each stage."""
    from frontmap import build
    from geodata.gazetteer import Gazetteer
    from frontmap.extract.mentions import MentionFinder
    from frontmap.store import Store
    from frontmap.timeline import Timeline

    Gazetteer.load = classmethod(timer.wrap("setup", Gazetteer.load.__func__))
    build.PipelineExtractor.__init__ = timer.wrap("setup", build.PipelineExtractor.__init__)
    for name in ("iter_corpus", "articles_from"):  # how the build reads (older builds: iter_corpus)
        if hasattr(build, name):
            setattr(build, name, timer.wrap_iterator("read", getattr(build, name)))
    if hasattr(build, "plan_corpus"):
        build.plan_corpus = timer.wrap("read", build.plan_corpus)
    for name in ("split_sentences", "find_mentions"):  # what the build calls (older builds: find_mentions)
        if hasattr(build, name):
            setattr(build, name, timer.wrap("mentions", getattr(build, name)))
    MentionFinder.find = timer.wrap("mentions", MentionFinder.find)
    build.extract_events = timer.wrap("events", build.extract_events)
    Store.article_state = timer.wrap("store", Store.article_state)
    Store.add_article = timer.wrap("store", Store.add_article)
    if hasattr(Store, "add_articles"):  # (older builds: one article a transaction)
        Store.add_articles = timer.wrap("store", Store.add_articles)
    build._group_stories = timer.wrap("stories", build._group_stories)
    if hasattr(build, "story_signature"):  # signed with the extraction (older builds: while grouping)
        build.story_signature = timer.wrap("stories", build.story_signature)
    build.timeline_from_store = timer.wrap("timeline", build.timeline_from_store)
    Timeline.to_frame = timer.wrap("csv", Timeline.to_frame)
    for name in ("write_csv_atomic", "write_csv_pieces_atomic", "events_csv_frame"):  # (older builds: no pieces)
        if hasattr(build, name):
            setattr(build, name, timer.wrap("csv", getattr(build, name)))
    Store.events_frame = timer.wrap("csv", Store.events_frame)  # what older builds wrote events.csv from
    try:  # where the CSVs are written (older builds: in build)
        from frontmap import outputs
    except ImportError:
        return
    else:
        outputs.timeline_from_store = timer.wrap("timeline", outputs.timeline_from_store)
        outputs.write_atomic = timer.wrap("csv", outputs.write_atomic)


def _time_pool(spans: dict[str, float]) -> None:
    """Record in `spans` this process's CPU time when a local engine's pool starts ("start") and
    once its workers are joined ("end")."""
    from frontmap.engines import LocalEngine

    serving = LocalEngine.serving

    @contextlib.contextmanager
    def timed(self, tasks):
        spans["start"] = time.process_time()
        with serving(self, tasks) as engine:
            yield engine
        spans["end"] = time.process_time()

    LocalEngine.serving = timed


def idle_bound(parent_s: float, with_workers_s: float, workers_s: float, jobs: int) -> float:
    """Return the shortest wall time the build could take on `jobs` idle cores, from its CPU
    accounts: what the build's process does with no worker alive (`parent_s` less
    `with_workers_s`) runs alone; while the workers live, their CPU and the build process's share
    the cores, and the build's process cannot be split."""
    alone = parent_s - with_workers_s
    return alone + max(with_workers_s, (with_workers_s + workers_s) / jobs)


def _cpu_seconds() -> float:
    """Return the CPU time of this process and of its finished children (the workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(folder: Path, text_bytes: int, jobs: int = 1, stages: bool = True) -> dict:
    """Build the corpus in `folder` into a fresh data directory with `jobs` jobs on as many cores;
    return the figures (per-stage times with one job and `stages` only)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[:jobs]))
    from frontmap.build import build_corpus as build
    from frontmap.engines import make_engine

    timer, pool = StageTimer(), {}
    if jobs == 1 and stages:
        _instrument(timer)
    _time_pool(pool)
    with tempfile.TemporaryDirectory(prefix="frontmap-bench-data-") as data:
        wall, cpu, parent = time.perf_counter(), _cpu_seconds(), time.process_time()
        summary = build(folder, data_dir=Path(data), engine=make_engine(jobs))
        wall, cpu, parent = time.perf_counter() - wall, _cpu_seconds() - cpu, time.process_time() - parent
    with_workers = pool.get("end", 0.0) - pool.get("start", 0.0)
    bound = idle_bound(parent, with_workers, cpu - parent, jobs)
    stages = dict(timer.seconds)
    stages["other"] = cpu - sum(stages.values())
    megabytes = text_bytes / 1e6
    return {
        "articles": summary.articles_read,
        "megabytes": round(megabytes, 2),
        "events": summary.events_found,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "mb_per_s": round(megabytes / wall, 2),
        "cpu_mb_per_s": round(megabytes / cpu, 2),
        "parent_cpu_s_per_mb": round(parent / megabytes, 2),
        "parent_cpu_s": round(parent, 2),
        "parent_alone_cpu_s": round(parent - with_workers, 2),
        "idle_bound_s": round(bound, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "stages_s": {name: round(stages.get(name, 0.0), 2) for name in STAGES},
    }


def main(argv: list[str] | None = None) -> int:
    """Build each corpus size, time its build in a subprocess, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="corpus sizes in MB (default: 1 10)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1], help="numbers of jobs to compare (default: 1)")
    parser.add_argument("--corpus", type=Path, help="time your own corpus folder instead (its articles' text is the MB)")
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)  # internal: build one corpus folder
    parser.add_argument("--bytes", type=int, help=argparse.SUPPRESS)  # internal: its text size
    parser.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)  # internal: no stage timers
    args = parser.parse_args(argv)
    if args.run:
        print(json.dumps(run(args.run, args.bytes, args.jobs[0], stages=not args.plain)))
        return 0
    scaling = []
    print(f"{'size':>6} {'articles':>8} {'events':>7} {'wall s':>7} {'MB/s':>5} {'CPU MB/s':>8} {'peak RSS MB':>11}"
          + "".join(f" {name:>8}" for name in STAGES))
    with tempfile.TemporaryDirectory(prefix="frontmap-bench-") as tmp:
        for size, folder, text_bytes in _corpora(args, Path(tmp)):
            r = _run_subprocess(folder, text_bytes, 1)
            print(f"{size:>5g}M {r['articles']:>8} {r['events']:>7} {r['wall_s']:>7} {r['mb_per_s']:>5} "
                  f"{r['cpu_mb_per_s']:>8} {r['peak_rss_mb']:>11}"
                  + "".join(f" {r['stages_s'][name]:>8}" for name in STAGES))
            if len(args.jobs) > 1:  # untimed stages, so that one job and N jobs compare alike
                scaling.extend((size, jobs, _run_subprocess(folder, text_bytes, jobs, plain=True))
                               for jobs in args.jobs)
    print("stage columns: CPU seconds of the build's process (see the module docstring)")
    _print_scaling(scaling)
    return 0


def _corpora(args: argparse.Namespace, tmp: Path) -> Iterator[tuple[float, Path, int]]:
    """Yield (size in MB, folder, text bytes) for each corpus to time: the user's folder given
    with --corpus, else one written for each of --sizes."""
    if args.corpus:
        text_bytes = corpus_text_bytes(args.corpus)
        yield round(text_bytes / 1e6, 2), args.corpus, text_bytes
        return
    for size in args.sizes:
        folder = tmp / f"corpus_{size:g}mb"
        yield size, folder, build_corpus(folder, size)


def corpus_text_bytes(folder: Path) -> int:
    """Return the UTF-8 size of the text of every article the build reads in `folder`."""
    from frontmap.intake.articles import read_corpus

    return sum(len(article.text.encode("utf-8")) for article in read_corpus(folder).articles)


def _run_subprocess(folder: Path, text_bytes: int, jobs: int, plain: bool = False) -> dict:
    """Return run()'s figures from a fresh Python process (its own peak memory, its own cores)."""
    done = subprocess.run(
        [sys.executable, __file__, "--run", str(folder), "--bytes", str(text_bytes), "--jobs", str(jobs),
         *(["--plain"] if plain else [])],
        capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _print_scaling(rows: list[tuple[float, int, dict]]) -> None:
    """Print wall time, MB/s and speed-up over one job for each (size, jobs) built."""
    if not rows:
        return
    print(f"\n{'size':>6} {'jobs':>4} {'wall s':>7} {'MB/s':>5} {'CPU MB/s':>8} {'parent CPU s/MB':>15} "
          f"{'parent alone s':>14} {'speed-up':>8} {'idle bound':>10}")
    one = {size: r for size, jobs, r in rows if jobs == 1}
    for size, jobs, r in rows:
        speedup = f"{one[size]['wall_s'] / r['wall_s']:.2f}x" if size in one and r["wall_s"] else "-"
        bound = f"{one[size]['cpu_s'] / r['idle_bound_s']:.2f}x" if size in one and r["idle_bound_s"] else "-"
        print(f"{size:>5g}M {jobs:>4} {r['wall_s']:>7} {r['mb_per_s']:>5} {r['cpu_mb_per_s']:>8} "
              f"{r['parent_cpu_s_per_mb']:>15} {r['parent_alone_cpu_s']:>14} {speedup:>8} {bound:>10}")
    print("idle bound: the one-job build's CPU seconds over the shortest wall time the N-job build's CPU "
          "accounts allow on N idle cores (idle_bound); wall speed-ups on a shared machine measure its load")


if __name__ == "__main__":
    sys.exit(main())
