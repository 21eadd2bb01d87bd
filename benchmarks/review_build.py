"""Build time with 0 and with 10,000 reviews in the review log (target: <= 10% slower).

Writes a corpus of distinct articles (benchmarks/pipeline_throughput.py's generator, default
1 MB), then times, each with no reviews and with `--reviews` reviews spread over the corpus's
events (per 100: 50 accepts, 20 rejects, 20 edits, 10 undos, of which `--adds` (default 1) are
events of the analysts' own instead of accepts; more added events is more data, not log overhead):

    cold build    `frontmap build` into a fresh data directory (the reviews imported just before)
    rebuild       `frontmap build` again on the built directory (nothing new to extract: the
                  timeline and the two CSVs, where the reviews are applied, are most of it)
    load_built    what `frontmap status` and the dashboard load

Run: FRONTMAP_GEODATA=/path/to/geodata python benchmarks/review_build.py [--megabytes 1] [--reviews 10000] [--adds 1] [--repeat 3]
CPU seconds are the figures to compare on a busy machine; wall clock is printed beside them.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# A team's mix per 100 reviews: accepts, rejects, edits, undos and (--adds) events of their own.
_MIX = {"accept": 50, "reject": 20, "edit": 20, "undo": 10}


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


def _actions(adds: int) -> list[str]:
    """Return 100 actions in the team's mix, `adds` of them adds (taken from the accepts)."""
    mix = {**_MIX, "accept": _MIX["accept"] - adds, "add": adds}
    return [action for action, n in mix.items() for _ in range(n)]


def write_reviews(data: Path, count: int, adds: int = 1, seed: int = 11) -> int:
    """Append `count` reviews over the events of the store in `data` through the review API,
    `adds` in every 100 an analyst's own event; return how many events were added."""
    from frontmap import review
    from frontmap.review.model import PlaceRef
    from frontmap.store import Store

    rng = random.Random(seed)
    with Store.open(data) as store:
        events = store.event_rows()
        done: list[str] = []
        actions = _actions(adds)
        rng.shuffle(actions)
        added = 0
        for n in range(count):
            event = events[rng.randrange(len(events))]
            action = actions[n % len(actions)]
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
                added += 1
            elif done:
                review.undo(store, done.pop(rng.randrange(len(done))), reviewer)
    return added


class ReviewTimer:
    """Adds up the CPU time spent inside the review functions a build calls (read_log,
    reviewed_facts, apply_reviews): the review log's own cost, which a busy machine's noise
    between two whole builds can hide."""

    NAMES = ("read_log", "reviewed_facts", "apply_reviews")

    def __init__(self) -> None:
        self.cpu = 0.0
        self._depth = 0

    def install(self) -> None:
        """Wrap the functions where frontmap.build and frontmap.review.apply look them up."""
        from frontmap import build
        from frontmap.review import apply

        for module in (build, apply):
            for name in self.NAMES:
                if hasattr(module, name):
                    setattr(module, name, self._wrap(getattr(module, name)))

    def _wrap(self, func):
        def timed(*args, **kwargs):
            self._depth += 1
            started = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self._depth -= 1
                if self._depth == 0:  # apply_reviews inside reviewed_pieces is counted once
                    self.cpu += time.process_time() - started
        return timed


TIMER = ReviewTimer()


def _one_round(corpus: Path, data: Path, reviews_csv: Path | None) -> dict[str, tuple[float, float]]:
    """Return the times of a cold build into the new data directory `data` (the reviews of
    `reviews_csv` imported first, if any), a rebuild, and a load_built."""
    from frontmap.build import build_corpus
    from frontmap.built import load_built
    from frontmap.review import import_csv
    from frontmap.store import Store

    if reviews_csv is not None:
        with Store.open(data) as store:
            import_csv(store, reviews_csv)
    times = {}
    for stage, func, args in (("cold build", build_corpus, (corpus,)), ("rebuild", build_corpus, (corpus,)),
                              ("load_built", load_built, ())):
        TIMER.cpu = 0.0
        wall, cpu = _timed(func, *args, data_dir=data)
        times[stage] = (wall, cpu, TIMER.cpu)
    return times


def main() -> None:
    """Print cold build, rebuild and load times with no reviews and with `--reviews` reviews."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0, help="size of the generated corpus")
    parser.add_argument("--reviews", type=int, default=10_000)
    parser.add_argument("--adds", type=int, default=1, help="analysts' own events per 100 reviews")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (each: both kinds, in turn; best shown)")
    args = parser.parse_args()
    from frontmap.build import build_corpus
    from frontmap.review import export_csv
    from frontmap.store import Store

    with tempfile.TemporaryDirectory(prefix="frontmap-review-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        _corpus_generator()(corpus, args.megabytes)
        build_corpus(corpus, data_dir=root / "reviewing")
        started = time.perf_counter()
        added = write_reviews(root / "reviewing", args.reviews, args.adds)
        writing = time.perf_counter() - started
        with Store.open(root / "reviewing") as store:
            export_csv(store, root / "reviews.csv")
            events = store.count("events")
        TIMER.install()
        rounds: dict[str, list[dict[str, tuple[float, float, float]]]] = {"none": [], "reviewed": []}
        for n in range(args.repeat):  # the two kinds in turn, so a busy spell hits both alike
            rounds["none"].append(_one_round(corpus, root / f"none-{n}", None))
            rounds["reviewed"].append(_one_round(corpus, root / f"reviewed-{n}", root / "reviews.csv"))
    print(f"corpus: {args.megabytes:g} MB, {events:,} events; {args.reviews:,} reviews ({added} of them events "
          f"added by analysts) written through the API in {writing:.1f} s ({writing / args.reviews * 1000:.2f} ms each)")
    print(f"best of {args.repeat} rounds; CPU seconds (wall clock, which a busy machine distorts, beside)")
    print(f"{'':14}{'no reviews':>12}{f'{args.reviews:,} reviews':>16}{'slower':>9}   review code (no reviews -> reviews)")
    for stage in ("cold build", "rebuild", "load_built"):
        a = [min(r[stage][i] for r in rounds["none"]) for i in range(3)]
        b = [min(r[stage][i] for r in rounds["reviewed"]) for i in range(3)]
        print(f"{stage:14}{a[1]:>11.2f}s{b[1]:>15.2f}s{(b[1] / a[1] - 1) * 100:>8.1f}%   "
              f"{a[2] * 1000:.0f} -> {b[2] * 1000:.0f} ms (+{(b[2] - a[2]) / a[1] * 100:.1f}% of the build)   "
              f"(wall {a[0]:.2f}s -> {b[0]:.2f}s, {(b[0] / a[0] - 1) * 100:+.1f}%)")
    print("review code: CPU inside read_log, reviewed_facts and apply_reviews (the review log's own cost,")
    print("which noise between two whole builds on a busy machine can hide)")
    print("target: <= 10% slower")


if __name__ == "__main__":
    main()
