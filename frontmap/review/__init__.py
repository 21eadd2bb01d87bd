"""Analyst review: accept, reject, edit and add events; the reviewed events win over the machine's.

Reviews are rows of an append-only log in the store (see docs/review.md). The API:

- record: accept, reject, edit, add_manual, undo (frontmap.review.actions); each returns its row
  and raises ReviewError (UnknownEvent, UnknownReview, StaleReview) when it cannot be recorded;
- read: read_log (the folded ReviewLog), list_reviews, reviews_of, orphaned;
- apply (pure): apply_reviews (events frame + review columns), reviewed_facts (what the
  timeline reads), backed_by_review;
- move: export_csv, import_csv; places: resolve_place; access: default_reviewer, may_review;
  review_queue (the unreviewed events that change the map, most urgent first).
"""

from frontmap.review.access import (
    TOKEN_ENV,
    default_reviewer,
    may_review,
    review_token,
    reviewing_enabled,
)
from frontmap.review.actions import (
    Orphan,
    accept,
    add_manual,
    edit,
    list_reviews,
    orphaned,
    reject,
    reviews_of,
    undo,
)
from frontmap.review.apply import (
    REVIEW_FRAME_COLUMNS,
    ReviewLog,
    apply_reviews,
    backed_by_review,
    reviewed_facts,
)
from frontmap.review.log import read_log
from frontmap.review.model import (
    ACCEPTED,
    EDITED,
    MANUAL,
    REJECTED,
    UNREVIEWED,
    EventReview,
    ManualEvent,
    PlaceRef,
    Review,
    ReviewError,
    StaleReview,
    UnknownEvent,
    UnknownReview,
)
from frontmap.review.places import resolve_place
from frontmap.review.queue import review_queue
from frontmap.review.transfer import Conflict, ImportReport, export_csv, import_csv

__all__ = [
    "ACCEPTED", "EDITED", "MANUAL", "REJECTED", "REVIEW_FRAME_COLUMNS", "TOKEN_ENV", "UNREVIEWED", "Conflict",
    "EventReview", "ImportReport", "ManualEvent", "Orphan", "PlaceRef", "Review", "ReviewError", "ReviewLog",
    "StaleReview", "UnknownEvent", "UnknownReview", "accept", "add_manual", "apply_reviews", "backed_by_review",
    "default_reviewer", "edit", "export_csv", "import_csv", "list_reviews", "may_review", "orphaned", "read_log",
    "reject", "resolve_place", "review_queue", "review_token", "reviewed_facts", "reviewing_enabled", "reviews_of", "undo",
]
