"""Scoring of the challenge set (tests/data/challenge/*.jsonl): cases, articles, matching, sums.

Shared by `benchmarks/extraction_quality.py` and `tests/extract/test_challenge.py`; kept out of the
product on purpose (the pipeline never scores itself). The rules are in
tests/data/challenge/README.md: a prediction is (unit, status, date), a unit being a district id or,
for a province-level event, a province code. A prediction matching an expected entry is a true
positive, one matching only an optional entry is ignored, any other is a false positive (a
"forbidden hit" when it matches a forbidden entry too). Undated predictions never match.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CHALLENGE_DIR = PROJECT_ROOT / "tests" / "data" / "challenge"
SPLITS = ("dev", "test")
CATEGORIES = (
    "capture", "handover", "government", "contested", "attribution", "modality", "spatial",
    "names", "captions", "history", "carried_dates", "relative_dates", "headline_time", "lists",
    "province_scope", "definite_reference", "counts", "encoding",
)
STATUSES = ("taliban", "claimed", "contested", "government")


@dataclass(frozen=True)
class Entry:
    """One expected, optional or forbidden reading of a case (forbidden ones have no dates)."""

    place: str
    unit: str
    status: str  # a status, or "any" (forbidden entries only)
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def matches(self, pred: Prediction) -> bool:
        """Return True when `pred` is this reading: same unit and status, date in the window
        (a forbidden entry ignores the date, and status "any" takes every status)."""
        if pred.unit != self.unit or self.status not in ("any", pred.status):
            return False
        if self.date_from is None:
            return True
        return pred.date is not None and self.date_from <= pred.date <= self.date_to


@dataclass(frozen=True)
class Case:
    """One challenge case: a short report and what an analyst maps from it."""

    id: str
    category: str
    published: dt.date
    text: str
    expected: tuple[Entry, ...]
    optional: tuple[Entry, ...]
    forbidden: tuple[Entry, ...]
    note: str = ""


@dataclass(frozen=True)
class Prediction:
    """One predicted event, reduced to what scoring compares."""

    unit: str
    status: str
    date: dt.date | None
    place: str = ""
    excerpt: str = ""


@dataclass
class Tally:
    """Counts behind precision and recall, summed over cases."""

    cases: int = 0
    expected: int = 0
    found: int = 0  # expected entries matched by some prediction
    predicted: int = 0  # predictions, optional-only matches excluded
    correct: int = 0  # predictions matching an expected entry
    forbidden_hits: int = 0

    def add(self, other: Tally) -> None:
        """Add `other`'s counts to these."""
        for name in ("cases", "expected", "found", "predicted", "correct", "forbidden_hits"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        """Return correct / predicted (1.0 with no predictions)."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Return found / expected (1.0 with nothing expected)."""
        return self.found / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_dict(self) -> dict:
        """Return the counts and the three figures as JSON-ready values."""
        return {
            "cases": self.cases, "expected": self.expected, "found": self.found,
            "predicted": self.predicted, "correct": self.correct, "forbidden_hits": self.forbidden_hits,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


@dataclass
class CaseResult:
    """The score of one case and the errors behind it."""

    case: Case
    predictions: list[Prediction]
    tally: Tally
    missed: list[Entry] = field(default_factory=list)
    false_positives: list[tuple[Prediction, bool]] = field(default_factory=list)  # (pred, forbidden?)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _entry(raw: dict) -> Entry:
    return Entry(
        place=raw.get("place", ""),
        unit=raw.get("district_id") or raw["province_code"],
        status=raw["status"],
        date_from=_date(raw.get("date_from")),
        date_to=_date(raw.get("date_to")),
    )


def parse_case(raw: dict) -> Case:
    """Return the Case of one parsed JSON line."""
    return Case(
        id=raw["id"],
        category=raw["category"],
        published=dt.date.fromisoformat(raw["published"]),
        text=raw["text"],
        expected=tuple(_entry(e) for e in raw.get("expected", [])),
        optional=tuple(_entry(e) for e in raw.get("optional", [])),
        forbidden=tuple(_entry(e) for e in raw.get("forbidden", [])),
        note=raw.get("note", ""),
    )


def read_jsonl(path: Path) -> list[dict]:
    """Return the JSON objects of a JSONL file (blank lines skipped)."""
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_cases(path: Path) -> list[Case]:
    """Return the cases of a challenge JSONL file."""
    return [parse_case(raw) for raw in read_jsonl(path)]


def split_path(split: str) -> Path:
    """Return the JSONL path of a split ("dev" or "test")."""
    return CHALLENGE_DIR / f"{split}.jsonl"


def build_article(case: Case):
    """Return the Article a `.txt` file holding the case's text would give (UTF-8 bytes decoded
    as intake decodes them, published date from the case, title = first line)."""
    from frontmap.intake.articles import Article
    from frontmap.intake.decode import decode_text
    from frontmap.intake.split import article_id_for

    text = decode_text(case.text.encode("utf-8"))
    return Article(
        article_id=article_id_for(text), file=f"{case.id}.txt", item=None,
        title=text.split("\n", 1)[0].strip(), outlet="", agency="", url="",
        published=case.published, date_source="manifest", text=text,
    )


def default_extractor() -> Callable:
    """Return the product's extractor (mentions then events) over the shipped gazetteer."""
    from frontmap.build import PipelineExtractor
    from geodata.gazetteer import Gazetteer

    return PipelineExtractor(Gazetteer.load())


def predict(case: Case, extractor: Callable) -> list[Prediction]:
    """Return the extractor's events for the case, one per (unit, status, date)."""
    _mentions, events = extractor(build_article(case))
    return dedupe(
        Prediction(
            unit=event.district_id or event.province_code, status=event.status,
            date=event.event_date, place=event.place, excerpt=event.excerpt,
        )
        for event in events
    )


def dedupe(predictions: Iterable[Prediction]) -> list[Prediction]:
    """Return the predictions with one kept per (unit, status, date), in first-seen order."""
    unique: dict[tuple, Prediction] = {}
    for pred in predictions:
        unique.setdefault((pred.unit, pred.status, pred.date), pred)
    return list(unique.values())


def score_case(case: Case, predictions: Sequence[Prediction]) -> CaseResult:
    """Return the tally and the errors of one case's (deduplicated) predictions."""
    result = CaseResult(case, list(predictions), Tally(cases=1, expected=len(case.expected)))
    for pred in predictions:
        if any(e.matches(pred) for e in case.expected):
            result.tally.predicted += 1
            result.tally.correct += 1
        elif not any(e.matches(pred) for e in case.optional):
            forbidden = any(e.matches(pred) for e in case.forbidden)
            result.tally.predicted += 1
            result.tally.forbidden_hits += forbidden
            result.false_positives.append((pred, forbidden))
    result.missed = [e for e in case.expected if not any(e.matches(p) for p in predictions)]
    result.tally.found = len(case.expected) - len(result.missed)
    return result


def score_cases(cases: Sequence[Case], extractor: Callable | None = None) -> list[CaseResult]:
    """Return each case's result, running `extractor` (default: the product's) on it."""
    extractor = extractor or default_extractor()
    return [score_case(case, predict(case, extractor)) for case in cases]


def tallies(results: Sequence[CaseResult]) -> dict[str, Tally]:
    """Return the summed tally per category, plus "ALL" over every case."""
    sums: dict[str, Tally] = {"ALL": Tally()}
    for result in results:
        sums.setdefault(result.case.category, Tally()).add(result.tally)
        sums["ALL"].add(result.tally)
    return sums
