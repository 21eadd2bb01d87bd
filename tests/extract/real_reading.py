"""Events read from a short text over the real gazetteer: (place, status) pairs, for the tests of
what a reference or a headline means."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from frontmap.intake.articles import Article
from geodata.gazetteer import Gazetteer


@lru_cache(maxsize=1)
def real_gazetteer() -> Gazetteer:
    """Return the real gazetteer, loaded once."""
    return Gazetteer.load()


@lru_cache(maxsize=1)
def _finder() -> MentionFinder:
    return MentionFinder(real_gazetteer())


def real_events(text: str, published: dt.date) -> set[tuple[str, str]]:
    """Return the (place, status) of every event `text`, published on `published`, gives."""
    article = Article("a1", "f.txt", None, "", "", "", "", published, "manifest", text)
    return {(e.place, e.status) for e in extract_events(article, _finder().find(article))}
