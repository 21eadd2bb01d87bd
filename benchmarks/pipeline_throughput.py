"""Throughput of the extraction pipeline: read_corpus + find_mentions + extract_events, one core.

Builds corpora of distinct texts from the sample corpus (each article's paragraphs and sentences
shuffled, its place names swapped for other gazetteer places, its dates and weekdays changed, a
serial number in every headline) in a temporary folder, then times each size in a fresh
subprocess (so peak memory is that run's own) and prints MB/s of article text (wall clock, and
CPU time of the process, which a busy machine does not distort) and peak RSS. The gazetteer and
automaton are built once before timing (setup_s in --run's JSON).

    python benchmarks/pipeline_throughput.py                 # 1 MB (quick) and 10 MB
    python benchmarks/pipeline_throughput.py --sizes 1 10 100
Target: >= 2 MB/s, linear in size.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
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
    from geodata.articles import read_corpus
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


def run(folder: Path) -> dict:
    """Time the pipeline over the corpus in `folder`; return the figures."""
    from geodata.articles import read_corpus
    from geodata.events import extract_events
    from geodata.gazetteer import Gazetteer
    from geodata.mentions import MentionFinder

    t0 = time.perf_counter()
    finder = MentionFinder(Gazetteer.load())
    t1 = time.perf_counter()
    c1 = time.process_time()
    corpus = read_corpus(folder)
    t2 = time.perf_counter()
    mentions = events = 0
    text_bytes = 0
    mention_seconds = 0.0
    for article in corpus.articles:
        text_bytes += len(article.text.encode("utf-8"))
        a = time.perf_counter()
        found = finder.find(article)
        b = time.perf_counter()
        mention_seconds += b - a
        events += len(extract_events(article, found))
        mentions += len(found)
    t3 = time.perf_counter()
    c3 = time.process_time()
    megabytes = text_bytes / 1e6
    return {
        "articles": len(corpus.articles),
        "megabytes": round(megabytes, 2),
        "mentions": mentions,
        "events": events,
        "setup_s": round(t1 - t0, 2),
        "read_s": round(t2 - t1, 2),
        "mentions_s": round(mention_seconds, 2),
        "events_s": round(t3 - t2 - mention_seconds, 2),
        "total_s": round(t3 - t1, 2),
        "mb_per_s": round(megabytes / (t3 - t1), 2),
        "cpu_s": round(c3 - c1, 2),
        "cpu_mb_per_s": round(megabytes / (c3 - c1), 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: list[str] | None = None) -> int:
    """Build each corpus size, time it in a subprocess, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="corpus sizes in MB (default: 1 10)")
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)  # internal: time one corpus folder
    args = parser.parse_args(argv)
    if args.run:
        print(json.dumps(run(args.run)))
        return 0
    print(
        f"{'size':>7} {'articles':>8} {'MB':>7} {'read s':>7} {'mentions s':>10} {'events s':>9} {'MB/s':>6}"
        f" {'CPU MB/s':>8} {'peak RSS MB':>11}"
    )
    with tempfile.TemporaryDirectory(prefix="frontmap-bench-") as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"corpus_{size:g}mb"
            build_corpus(folder, size)
            done = subprocess.run(
                [sys.executable, __file__, "--run", str(folder)], capture_output=True, text=True, check=True
            )
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"{size:>6g}M {r['articles']:>8} {r['megabytes']:>7} {r['read_s']:>7} {r['mentions_s']:>10} "
                f"{r['events_s']:>9} {r['mb_per_s']:>6} {r['cpu_mb_per_s']:>8} {r['peak_rss_mb']:>11}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
