"""Build time of hostile article shapes: is every stage linear in the article's length?

Each shape is one file of about N MB, built alone into a fresh data directory in a fresh
subprocess (so one slow shape cannot hold up the others, and each figure is that build's own):

    paragraph   one unbroken paragraph of place names and control words, no full stop
    names       place names only, separated by spaces
    dates       date expressions everywhere ("on Friday, July 30, 2021, yesterday ...")
    markup      markup-like text (tags, attributes, entities around names and verbs)
    separators  thousands of separator lines between short pieces
    nospace     no spaces at all (names and verbs run together)

For each it prints the build's wall time and its CPU time (which a busy machine does not
distort), and where the CPU time went (read: decode (markup to text) and
split the file;
sentences: sentence spans and the lower-cased view; mentions; events; store: the rest of the
build: SQLite, timeline, CSVs), and, over the sizes, the ratio of time per MB between the
largest and the smallest size (CPU time; about 1 when the time grows linearly). The per-article time budget
is switched off, so the figures are the extraction's own.

    python benchmarks/pathological_text.py                      # 1 MB, every shape
    python benchmarks/pathological_text.py --sizes 0.25 1 4     # linearity
    python benchmarks/pathological_text.py --shapes names dates --sizes 0.25 0.5
Target: each shape <= 3 s at 1 MB, time per MB about constant from 0.25 to 4 MB.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
PLACES = ("Kunduz", "Herat", "Lashkar Gah", "Ghazni", "Taloqan", "Zaranj", "Sheberghan", "Farah",
          "Pul-e Khumri", "Kandahar", "Maimana", "Qala-i-Naw", "Aybak", "Sar-e Pul", "Faizabad")
VERBS = ("captured", "seized", "overran", "retook", "attacked", "besieged", "clashes near",
         "the fall of", "recaptured", "fighting in", "took control of", "surrounded")
DATES = ("on Friday", "July 30, 2021", "yesterday", "early August 1", "in mid-July",
         "two weeks ago", "last night", "on 14 August 2021", "in 2015", "the next day")


def _cycle_until(size: int, pieces) -> str:
    """Return the pieces joined until the text reaches `size` characters."""
    out, total = [], 0
    for piece in itertools.cycle(pieces) if not callable(pieces) else pieces():
        out.append(piece)
        total += len(piece)
        if total >= size:
            break
    return "".join(out)


def _pairs():
    for n in itertools.count():
        yield (f"{PLACES[n % len(PLACES)]} {VERBS[(n * 7) % len(VERBS)]} "
               f"{PLACES[(n * 5 + 3) % len(PLACES)]}, and ")


def shape_text(shape: str, size: int) -> str:
    """Return about `size` characters of text of the hostile `shape` (see the module notes)."""
    head = "Hostile shape test report\n\n"
    if shape == "paragraph":
        body = "Taliban fighters " + _cycle_until(size, _pairs)
    elif shape == "names":
        body = _cycle_until(size, [p + " " for p in PLACES])
    elif shape == "dates":
        body = _cycle_until(size, lambda: (f"{DATES[n % len(DATES)]} {PLACES[n % len(PLACES)]} "
                                           for n in itertools.count()))
    elif shape == "markup":
        body = _cycle_until(size, lambda: (
            f'<div class="x{n}"><a href="/{n}">{PLACES[n % len(PLACES)]}</a> &amp; '
            f"<b>{VERBS[n % len(VERBS)]}</b> <span data-d='{DATES[n % len(DATES)]}'>"
            for n in itertools.count()))
    elif shape == "separators":
        body = _cycle_until(size, lambda: (f"Short item {n} in {PLACES[n % len(PLACES)]}\n=====\n"
                                           for n in itertools.count()))
    elif shape == "nospace":
        body = _cycle_until(size, lambda: (PLACES[n % len(PLACES)].replace(" ", "")
                                           + VERBS[n % len(VERBS)].replace(" ", "")
                                           for n in itertools.count()))
    else:
        raise ValueError(f"shape: expected one of {', '.join(SHAPES)}, got {shape!r}")
    return head + body + "\n"


SHAPES = ("paragraph", "names", "dates", "markup", "separators", "nospace")

# Runs one build in a child process and prints its stage times as JSON.
CHILD = r"""
import json, sys, time
from pathlib import Path
from frontmap import build
from frontmap.extract import text as text_module

corpus, data = Path(sys.argv[1]), Path(sys.argv[2])
times = {"read": 0.0, "sentences": 0.0, "mentions": 0.0, "events": 0.0}

class Timed(build.PipelineExtractor):
    def __call__(self, article):
        t0 = time.process_time()
        sentences = text_module.split_sentences(article.text)
        view = text_module.text_view(article.text)
        t1 = time.process_time()
        mentions = self.finder.find(article, sentences, view)
        t2 = time.process_time()
        events = build.extract_events(article, mentions, sentences, view)
        t3 = time.process_time()
        times["sentences"] += t1 - t0
        times["mentions"] += t2 - t1
        times["events"] += t3 - t2
        return mentions, events

def timed_read(iterate):
    # The build pulls its articles from this generator: each step of it is reading.
    def run(*args, **kwargs):
        items = iterate(*args, **kwargs)
        while True:
            t0 = time.process_time()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                times["read"] += time.process_time() - t0
            yield item
    return run

build.articles_from = timed_read(build.articles_from)

from geodata.gazetteer import Gazetteer
extractor = Timed(Gazetteer.load())
t0, c0 = time.perf_counter(), time.process_time()
summary = build.build_corpus(corpus, None, data, data, extract=extractor, article_budget=None)
total, cpu = time.perf_counter() - t0, time.process_time() - c0
times["store"] = cpu - sum(times.values())
print(json.dumps({"total": total, "cpu": cpu, "stages": times, "articles": summary.articles_read,
                  "events": summary.events_found}))
"""


def run_case(shape: str, megabytes: float, limit: float) -> dict:
    """Build one file of `shape` and `megabytes` in a subprocess; return its figures (or a timeout)."""
    with tempfile.TemporaryDirectory(prefix="fm-hostile-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / f"{shape}.txt").write_text(shape_text(shape, int(megabytes * MB)), encoding="utf-8")
        try:
            done = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(Path(tmp) / "data")],
                                  capture_output=True, text=True, timeout=limit, cwd=PROJECT_ROOT)
        except subprocess.TimeoutExpired:
            return {"total": None}
        if done.returncode != 0:
            raise RuntimeError(f"{shape} {megabytes} MB: build failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def report(shape: str, megabytes: float, figures: dict, limit: float) -> str:
    """Return one printed line for a case."""
    if figures["total"] is None:
        return f"{shape:<11} {megabytes:>5g} MB   > {limit:.0f} s (stopped)"
    stages = figures["stages"]
    slowest = max(stages, key=stages.get)
    parts = "  ".join(f"{name} {value:6.2f}" for name, value in stages.items())
    return (f"{shape:<11} {megabytes:>5g} MB {figures['total']:7.2f} s (cpu {figures['cpu']:6.2f} s)   {parts}   "
            f"(dominant: {slowest}; {figures['articles']} article(s), {figures['events']} events)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    parser.add_argument("--sizes", nargs="+", type=float, default=[1.0], help="MB per file")
    parser.add_argument("--limit", type=float, default=300.0, help="seconds before a case is stopped")
    args = parser.parse_args(argv)
    for shape in args.shapes:
        per_mb = []
        for megabytes in sorted(args.sizes):
            figures = run_case(shape, megabytes, args.limit)
            print(report(shape, megabytes, figures, args.limit), flush=True)
            if figures["total"] is None:
                break
            per_mb.append(figures["cpu"] / megabytes)
        if len(per_mb) > 1:
            print(f"{shape:<11} time per MB, largest / smallest size: {per_mb[-1] / per_mb[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
