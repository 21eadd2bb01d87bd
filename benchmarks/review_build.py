"""Build time with 0 and with 10,000 reviews in the review log (target: <= 10% slower).

Writes a corpus of distinct articles (benchmarks/pipeline_throughput.py's generator, default
1 MB), then times, each with no reviews and with `--reviews` reviews spread over the corpus's
events (accepts, rejects, edits, undos and the analysts' own events, as a team would leave them):

    cold build    `frontmap build` into a fresh data directory (the reviews imported before it)
    rebuild       `frontmap build` again on the built directory (nothing new to extract: the
                  timeline and the two CSVs, where the reviews are applied, are most of it)
    load_built    what `frontmap status` and the dashboard load

Run: FRONTMAP_GEODATA=/path/to/geodata python benchmarks/review_build.py [--megabytes 1] [--reviews 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_ACTIONS = ("accept",) * 9 + ("reject",) * 4 + ("edit",) * 4 + ("add",) + ("undo",) * 2  # a team's mix


def _corpus_generator():
    path = PROJECT_ROOT / "benchmarks" / "pipeline_throughput.py"
    spec = importlib.util.spec_from_file_location("pipeline_throughput", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.build_corpus


def _timed(func, *args, **kwargs) -> tuple[float, float]:
    """Return the wall-clock and CPU seconds of one call (CPU time: what a busy machine does not distort)."""
    wall, cpu = time.perf_counter(), time.process_time()
    func(*args, **kwargs)
    return time.perf_counter() - wall, time.process_time() - cpu


def _median(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def write_reviews(data: Path, count: int, seed: int = 11) -> None:
    """Append `count` reviews over the events of the store in `data` through the review API."""
    from frontmap import review
    from frontmap.review.model import PlaceRef
    from frontmap.store import Store

    rng = random.Random(seed)
    with Store.open(data) as store:
        events = store.event_rows()
        done: list[str] = []
        for n in range(count):
            event = events[rng.randrange(len(events))]
            action = _ACTIONS[n % len(_ACTIONS)]
            reviewer = f"analyst {n % 5}"
            if action == "accept":
                done.append(review.accept(store, event["event_id"], None, reviewer).review_id)
            elif action == "reject":
                done.append(review.reject(store, event["event_id"], "misread", reviewer).review_id)
            elif action == "edit":
                done.append(review.edit(store, event["event_id"], "date", reviewer,
                                        event_date=event["event_date"] or "2021-08-01").review_id)
            elif action == "add":
                place = PlaceRef(event["place"], event["district_id"], event["province_code"])
                review.add_manual(store, place, "contested", "2021-08-01", "seen", reviewer)
            else:
                review.undo(store, done.pop(rng.randrange(len(done))), reviewer)


def main() -> None:
    """Print cold build, rebuild and load times with no reviews and with `--reviews` reviews."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0, help="size of the generated corpus")
    parser.add_argument("--reviews", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="rebuilds and loads to time (median shown)")
    args = parser.parse_args()
    from frontmap.build import build_corpus, load_built
    from frontmap.review import export_csv, import_csv
    from frontmap.store import Store

    with tempfile.TemporaryDirectory(prefix="frontmap-review-bench-") as tmp:
        root = Path(tmp)
        _corpus_generator()(root / "corpus", args.megabytes)
        plain, reviewed = root / "plain", root / "reviewed"
        cold_plain = _timed(build_corpus, root / "corpus", data_dir=plain)
        started = time.perf_counter()
        write_reviews(plain, args.reviews)
        writing = time.perf_counter() - started
        with Store.open(plain) as store:
            export_csv(store, root / "reviews.csv")
            events = store.count("events")
        with Store.open(reviewed) as store:
            import_csv(store, root / "reviews.csv")
        cold_reviewed = _timed(build_corpus, root / "corpus", data_dir=reviewed)
        bare = root / "bare"
        build_corpus(root / "corpus", data_dir=bare)
        figures = {}
        for name, data in (("no reviews", bare), (f"{args.reviews:,} reviews", reviewed)):
            rebuild = [_timed(build_corpus, root / "corpus", data_dir=data) for _ in range(args.repeat)]
            load = [_timed(load_built, data) for _ in range(args.repeat)]
            figures[name] = (_median(rebuild), _median(load))
    (rb0, ld0), (rb1, ld1) = figures.values()
    print(f"corpus: {args.megabytes:g} MB, {events:,} events; {args.reviews:,} reviews written through the API "
          f"in {writing:.1f} s ({writing / args.reviews * 1000:.2f} ms each)")
    print(f"{'':28}{'no reviews':>12}{f'{args.reviews:,} reviews':>16}{'slower':>9}   (CPU seconds; wall clock)")
    for label, a, b in (("cold build", cold_plain, cold_reviewed), (f"rebuild (median of {args.repeat})", rb0, rb1),
                        (f"load_built (median of {args.repeat})", ld0, ld1)):
        print(f"{label:28}{a[1]:>11.2f}s{b[1]:>15.2f}s{(b[1] / a[1] - 1) * 100:>8.1f}%   "
              f"(wall {a[0]:.2f}s -> {b[0]:.2f}s, {(b[0] / a[0] - 1) * 100:+.1f}%)")
    print("target: <= 10% slower")


if __name__ == "__main__":
    main()
