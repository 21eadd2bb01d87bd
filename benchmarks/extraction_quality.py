"""Extraction quality: precision, recall and F1 of the extractor on the challenge set and the sample gold.

Runs the product's extractor (frontmap.build.PipelineExtractor over the shipped gazetteer) on every
case of tests/data/challenge/{dev,test}.jsonl, each read as a `.txt` file would be, and scores it as
tests/data/challenge/README.md says; then scores the sample corpus against the hand gold with
scripts/score_gold.py's own scoring. Prints one table per split (a row per category, then ALL).

    python benchmarks/extraction_quality.py                   # dev and test (when present), gold
    python benchmarks/extraction_quality.py --split dev --show-errors
    python benchmarks/extraction_quality.py --cases my_cases.jsonl --json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.challenge_scoring import (
    CATEGORIES,
    SPLITS,
    CaseResult,
    Tally,
    default_extractor,
    load_cases,
    score_cases,
    split_path,
    tallies,
)

HEADER = f"{'category':<20}{'cases':>6}{'exp':>6}{'found':>6}{'pred':>6}{'ok':>6}{'forb':>6}{'P':>7}{'R':>7}{'F1':>7}"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Return the command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all", help="which split(s) to score")
    parser.add_argument("--cases", type=Path, action="append", help="score this JSONL file instead of the splits")
    parser.add_argument("--gold", type=Path, default=None, help="gold events CSV (default: score_gold.py's)")
    parser.add_argument("--no-gold", action="store_true", help="skip the sample-corpus gold")
    parser.add_argument("--show-errors", action="store_true", help="print every miss and false positive (of any split but the frozen test split)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser.parse_args(argv)


def case_files(args: argparse.Namespace) -> dict[str, Path]:
    """Return the files to score, by name: --cases files, else the chosen splits that exist."""
    if args.cases:
        return {path.stem: path for path in args.cases}
    chosen = SPLITS if args.split == "all" else (args.split,)
    return {split: split_path(split) for split in chosen if split_path(split).exists()}


def category_order(sums: dict[str, Tally]) -> list[str]:
    """Return the categories in the set's order (unknown ones last), then ALL."""
    known = [c for c in CATEGORIES if c in sums]
    return known + sorted(set(sums) - set(known) - {"ALL"}) + ["ALL"]


def format_row(name: str, tally: Tally) -> str:
    """Return one table row."""
    return (
        f"{name:<20}{tally.cases:>6}{tally.expected:>6}{tally.found:>6}{tally.predicted:>6}"
        f"{tally.correct:>6}{tally.forbidden_hits:>6}{tally.precision:>7.3f}{tally.recall:>7.3f}{tally.f1:>7.3f}"
    )


def print_table(name: str, sums: dict[str, Tally]) -> None:
    """Print one split's table."""
    print(f"\n== {name}")
    print(HEADER)
    for category in category_order(sums):
        print(format_row(category, sums[category]))


def excerpt(text: str, limit: int = 160) -> str:
    """Return the text on one line, cut at `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def print_errors(results: list[CaseResult]) -> None:
    """Print every case's misses and false positives with the text and the expected readings."""
    for result in results:
        if not result.missed and not result.false_positives:
            continue
        case = result.case
        print(f"\n-- {case.id} ({case.published}): {excerpt(case.text)}")
        for entry in case.expected:
            print(f"   expected  {entry.place} ({entry.unit}) {entry.status} {entry.date_from}..{entry.date_to}")
        for entry in result.missed:
            print(f"   MISSED    {entry.place} {entry.status} {entry.date_from}..{entry.date_to}")
        for pred, forbidden in result.false_positives:
            label = "FORBIDDEN" if forbidden else "FALSE POS"
            print(f"   {label} {pred.place} ({pred.unit}) {pred.status} {pred.date}: {excerpt(pred.excerpt, 100)}")


def score_gold(path: Path | None) -> dict | None:
    """Return scripts/score_gold.py's figures for the sample corpus, or None without the gold."""
    from scripts import score_gold as gold_scoring

    path = path or gold_scoring.DEFAULT_GOLD
    if not path.exists():
        return None
    corpus = gold_scoring.PROJECT_ROOT / "corpus"
    result = gold_scoring.score(gold_scoring.read_gold(path), gold_scoring.predict(corpus))
    return result.to_dict()


def print_gold(figures: dict | None) -> None:
    """Print the sample gold's precision, recall and F1."""
    print("\n== sample gold (scripts/score_gold.py)")
    if figures is None:
        print("   (no gold file: pass --gold PATH)")
        return
    p, r = figures["precision"], figures["recall"]
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"   precision {p:.3f} ({figures['matched_predictions']}/{figures['predictions']})  "
          f"recall {r:.3f} ({figures['matched_required']}/{figures['required']})  F1 {f1:.3f}")


def main(argv: list[str] | None = None) -> int:
    """Score, print the tables (or JSON); return 0."""
    args = parse_args(argv)
    extractor = default_extractor()
    report: dict[str, dict] = {}
    for name, path in case_files(args).items():
        results = score_cases(load_cases(path), extractor)
        sums = tallies(results)
        report[name] = {category: sums[category].to_dict() for category in category_order(sums)}
        if not args.json:
            print_table(name, sums)
            if args.show_errors and name != "test":  # the frozen split is only measured, never read case by case
                print_errors(results)
    gold = None if args.no_gold else score_gold(args.gold)
    if args.json:
        print(json.dumps({"splits": report, "gold": gold}, indent=2))
    elif not args.no_gold:
        print_gold(gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
