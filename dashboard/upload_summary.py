"""The upload result in words: what happened to each file, and the build summary as sentences."""

from __future__ import annotations

import dataclasses
from typing import Any

from frontmap.intake.publication import refusals

ADDED = "added"
ALREADY_STORED = "already stored, nothing new"
RECEIVED = "received"


def _fields(build: Any) -> dict[str, Any]:
    """Return a build summary (BuildSummary or a dict of its fields) as a dict ({} when None)."""
    if build is None:
        return {}
    if dataclasses.is_dataclass(build):
        return {f.name: getattr(build, f.name) for f in dataclasses.fields(build)}
    return dict(build) if isinstance(build, dict) else {}


def file_outcome(build: Any) -> str:
    """Return what happened to the accepted files: added (every article new or updated), already
    stored (none was), or received (some of each; the summary gives the counts)."""
    counts = _fields(build)
    fresh = int(counts.get("articles_new", 0)) + int(counts.get("articles_updated", 0))
    stored = int(counts.get("articles_already_stored", 0))
    if stored and not fresh:
        return ALREADY_STORED
    if fresh and not stored:
        return ADDED
    return RECEIVED


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary_sentences(build: Any) -> str:
    """Return the build summary of an upload as a few plain sentences ('' when there is none)."""
    counts = _fields(build)
    if not counts:
        return ""
    read = int(counts.get("articles_read", 0))
    parts = [f"{n} {label}" for label, n in (
        ("new", counts.get("articles_new", 0)), ("updated", counts.get("articles_updated", 0)),
        ("already stored", counts.get("articles_already_stored", 0)), ("failed", counts.get("articles_failed", 0)),
        ("skipped past the time budget", counts.get("articles_over_budget", 0)),
    ) if n]
    sentences = [f"Read {_plural(read, 'article')}" + (f": {', '.join(parts)}." if parts else ".")]
    in_part = int(counts.get("articles_read_in_part", 0))
    if in_part:
        sentences.append(f"{_plural(in_part, 'article')} {'was' if in_part == 1 else 'were'} read only in part: "
                         "longer or fuller of names than any news report, so what lay past the reading limits "
                         "was not read.")
    found = int(counts.get("events_found", 0))
    sentences.append(f"Found {_plural(found, 'new control event')}." if found else "No new control event was found.")
    undated = int(counts.get("events_undated", 0))
    if undated:
        sentences.append(f"{_plural(undated, 'event')} in the store {'has' if undated == 1 else 'have'} no date "
                         "and cannot be placed on the map; give their articles a `published` date in manifest.csv.")
    refused = refusals(list(counts.get("warnings") or []))
    if refused:
        sentences.append(f"{_plural(len(refused), 'publication date')} after today "
                         f"{'was' if len(refused) == 1 else 'were'} refused, the articles kept undated: "
                         f"{'; '.join(refused)}.")
    if "districts_with_state" in counts:
        sentences.append(f"The map now shows {_plural(int(counts['districts_with_state']), 'district')} "
                         f"with a known state, from {_plural(int(counts.get('articles_total', 0)), 'article')} in all.")
    return " ".join(sentences)
