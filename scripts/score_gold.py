"""Score control events against the hand-labelled gold events (../shared/gold/events_dev.csv).

Usage:
    python scripts/score_gold.py                 # run the pipeline on the sample corpus, then score
    python scripts/score_gold.py events.csv      # score an events.csv written by `frontmap build`
    python scripts/score_gold.py --gold FILE --corpus DIR [--manifest FILE] [--json]

Scoring as ../shared/gold/README.md says: a predicted event matches a gold row when file, item,
status and unit (district_id, or province_code for a province-level row and prediction) agree and
its event_date lies in the row's window. Recall = matched required rows / required rows.
Precision = predicted events matching any row / predicted events, where predictions of one
unit+status+date in one article count once. Only predictions for files the gold covers are
scored (the gold labels every article of those files). Prints both figures, the missed required
rows and the unmatched predictions.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = PROJECT_ROOT.parent / "shared" / "gold" / "events_dev.csv"


@dataclass(frozen=True)
class Prediction:
    """One predicted event, reduced to what scoring compares."""

    file: str
    item: str
    unit: str
    status: str
    date: dt.date | None
    place: str = ""
    excerpt: str = ""


@dataclass(frozen=True)
class GoldRow:
    """One gold event row."""

    file: str
    item: str
    place: str
    unit: str
    status: str
    date_from: dt.date
    date_to: dt.date
    required: bool
    evidence: str

    def matches(self, pred: Prediction) -> bool:
        """Return True when `pred` is this event (file, item, unit, status, date in window)."""
        return (
            pred.file == self.file
            and pred.item == self.item
            and pred.unit == self.unit
            and pred.status == self.status
            and pred.date is not None
            and self.date_from <= pred.date <= self.date_to
        )


@dataclass
class Score:
    """Recall, precision and what is behind them."""

    recall: float
    precision: float
    required: int
    matched_required: int
    predictions: int
    matched_predictions: int
    missed: list[GoldRow]
    unmatched: list[Prediction]

    def to_dict(self) -> dict:
        """Return the figures and the lists as plain JSON-ready values."""
        return {
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "required": self.required,
            "matched_required": self.matched_required,
            "predictions": self.predictions,
            "matched_predictions": self.matched_predictions,
            "missed": [f"{r.file}#{r.item} {r.place} {r.status} {r.date_from}..{r.date_to}" for r in self.missed],
            "unmatched": [f"{p.file}#{p.item} {p.place} {p.status} {p.date}" for p in self.unmatched],
        }


def _date(text: str | None) -> dt.date | None:
    text = (text or "").strip()
    return dt.date.fromisoformat(text) if text else None


def _item(value) -> str:
    return "" if value is None else str(value).strip()


def read_gold(path: Path) -> list[GoldRow]:
    """Return the rows of a gold events CSV."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        GoldRow(
            file=r["file"],
            item=_item(r["item"]),
            place=r["place"],
            unit=r["district_id"].strip() or r["province_code"].strip(),
            status=r["status"].strip(),
            date_from=_date(r["date_from"]),
            date_to=_date(r["date_to"]),
            required=r["required"].strip().lower() == "yes",
            evidence=r.get("evidence", ""),
        )
        for r in rows
    ]


def read_predictions(path: Path) -> list[Prediction]:
    """Return the events of an events.csv (the contract columns)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return [
            Prediction(
                file=r["file"],
                item=_item(r.get("item")),
                unit=(r.get("district_id") or "").strip() or r["province_code"].strip(),
                status=r["status"].strip(),
                date=_date(r.get("event_date")),
                place=r.get("place", ""),
                excerpt=r.get("excerpt", ""),
            )
            for r in csv.DictReader(handle)
        ]


def predict(corpus: Path, manifest: Path | None = None) -> list[Prediction]:
    """Return the pipeline's events for `corpus` (read_corpus + mentions + events, no store)."""
    from frontmap.intake.articles import read_corpus
    from frontmap.extract.events import extract_events
    from geodata.gazetteer import Gazetteer
    from frontmap.extract.mentions import MentionFinder

    finder = MentionFinder(Gazetteer.load())
    predictions = []
    for article in read_corpus(corpus, manifest).articles:
        for event in extract_events(article, finder.find(article)):
            predictions.append(
                Prediction(
                    file=event.file,
                    item=_item(event.item),
                    unit=event.district_id or event.province_code,
                    status=event.status,
                    date=event.event_date,
                    place=event.place,
                    excerpt=event.excerpt,
                )
            )
    return predictions


def score(gold: list[GoldRow], predictions: list[Prediction]) -> Score:
    """Return recall over required rows and precision over (deduplicated) predictions."""
    covered = {row.file for row in gold}
    unique: dict[tuple, Prediction] = {}
    for pred in predictions:
        if pred.file in covered:
            unique.setdefault((pred.file, pred.item, pred.unit, pred.status, pred.date), pred)
    preds = list(unique.values())
    required = [row for row in gold if row.required]
    missed = [row for row in required if not any(row.matches(p) for p in preds)]
    unmatched = [p for p in preds if not any(row.matches(p) for row in gold)]
    matched_required = len(required) - len(missed)
    matched_preds = len(preds) - len(unmatched)
    return Score(
        recall=matched_required / len(required) if required else 1.0,
        precision=matched_preds / len(preds) if preds else 1.0,
        required=len(required),
        matched_required=matched_required,
        predictions=len(preds),
        matched_predictions=matched_preds,
        missed=missed,
        unmatched=unmatched,
    )


def main(argv: list[str] | None = None) -> int:
    """Score and print; return 0 (the figures are for people and tests to judge)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", nargs="?", type=Path, help="an events.csv to score (default: run the pipeline)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold events CSV")
    parser.add_argument("--corpus", type=Path, default=PROJECT_ROOT / "corpus", help="corpus folder to run on")
    parser.add_argument("--manifest", type=Path, default=None, help="manifest.csv (default: the corpus's)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        parser.error(f"--gold: expected a gold events CSV, {args.gold} does not exist")
    gold = read_gold(args.gold)
    predictions = read_predictions(args.events) if args.events else predict(args.corpus, args.manifest)
    result = score(gold, predictions)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
        return 0
    print(f"recall    {result.recall:.3f}  ({result.matched_required}/{result.required} required rows)")
    print(f"precision {result.precision:.3f}  ({result.matched_predictions}/{result.predictions} predicted events)")
    if result.missed:
        print("\nmissed required rows:")
        for row in result.missed:
            print(f"  {row.file}#{row.item or '-'} {row.place} {row.status} {row.date_from}..{row.date_to}: {row.evidence[:90]}")
    if result.unmatched:
        print("\nunmatched predictions:")
        for pred in result.unmatched:
            print(f"  {pred.file}#{pred.item or '-'} {pred.place} ({pred.unit}) {pred.status} {pred.date}: {pred.excerpt[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
