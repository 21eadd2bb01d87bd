"""Story grouping's word-for-word comparisons, made ahead by a build's worker processes.

Grouping (frontmap.intake.stories) runs in the build's own process, after the extraction: left
there alone, its comparisons (each body cut into words, then aligned with a candidate's) are a
stretch of work only one core does while the workers wait. A local pool's workers make the
likeliest comparisons ahead instead (stories.checks_ahead), reading the texts from the store
through a read-only connection of their own; the build's process only finds the candidates and
joins the stories, and makes itself any comparison the workers did not. A comparison is a pure
function of the two stored texts, so the stories are the same either way.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from frontmap.intake.stories import bodies, checks_ahead

log = logging.getLogger(__name__)


class StoryChecks:
    """The comparisons ahead of one article, as a task of a worker process: called with
    (article_id, candidates), returns {candidate: verdict}. The store at `store_path` is opened
    read-only on the first call (in the worker: a connection is never shared with a fork)."""

    def __init__(self, store_path: Path):
        self.store_path = Path(store_path)
        self._body = None
        self._conn: sqlite3.Connection | None = None

    def __call__(self, item: tuple[str, list[str]]) -> dict[str, bool]:
        article_id, candidates = item
        if not candidates:
            return {}
        return checks_ahead(article_id, candidates, self._bodies())

    def __getstate__(self) -> dict[str, Any]:  # a spawned worker opens its own connection
        return {"store_path": self.store_path, "_body": None, "_conn": None}

    def _bodies(self):
        if self._body is None:
            self._conn = sqlite3.connect(f"{self.store_path.resolve().as_uri()}?mode=ro", uri=True)
            self._body = bodies(self._text)
        return self._body

    def _text(self, article_id: str) -> str | None:
        row = self._conn.execute("SELECT text FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None


def ahead_on(engine: Any):
    """Return stories.group_stories's `ahead` for `engine` serving a "stories" task (StoryChecks),
    or None for one that does not (the comparisons are then all made in this process). A chunk
    a worker could not answer (its error) is answered here."""
    if not hasattr(engine, "run_each"):
        return None

    def ahead(wanted: Iterable[tuple[str, list[str]]]) -> Iterator[tuple[str, list[str], dict[str, bool]]]:
        for (article_id, candidates), done in engine.run_each("stories", wanted):
            try:
                verdicts = done()
            except Exception:  # a worker's error is no grouping's: the comparisons are made here
                log.debug("story comparisons ahead of %s failed in a worker", article_id, exc_info=True)
                verdicts = {}
            yield article_id, candidates, verdicts

    return ahead

