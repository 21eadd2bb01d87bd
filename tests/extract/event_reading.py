"""Events read from a short text over the small hand-made gazetteer of `test_mentions`: what the
date and list tests compare, as (place, status, ISO date) triples."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from test_mentions import make_article, tiny_gazetteer

from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder


@lru_cache(maxsize=1)
def _finder() -> MentionFinder:
    return MentionFinder(tiny_gazetteer())


def events_of(text: str, published: dt.date) -> set[tuple[str, str, str]]:
    """Return the (place, status, ISO date) of every event `text`, published on `published`, gives."""
    article = make_article(text, published)
    return {(e.place, e.status, e.event_date.isoformat()) for e in extract_events(article, _finder().find(article))}


def reads(text: str, published: dt.date, present: tuple[str, str, str], absent: tuple[str, str, str]) -> bool:
    """Return True when `text` gives the event `present` and not the reading `absent` (the same
    event on another day, say)."""
    events = events_of(text, published)
    return present in events and absent not in events
