"""The control-status vocabulary (a contract: see DESIGN.md) and how statuses rank."""

from __future__ import annotations

TALIBAN = "taliban"
CONTESTED = "contested"
GOVERNMENT = "government"
CLAIMED = "claimed"
UNKNOWN = "unknown"

#: Every status a district or province can be in, in legend order.
STATUSES: tuple[str, ...] = (TALIBAN, CLAIMED, CONTESTED, GOVERNMENT, UNKNOWN)

def other_side(side: str) -> str:
    """Return the side opposing `side`: the government's for the Taliban's, else the Taliban's."""
    return GOVERNMENT if side == TALIBAN else TALIBAN


#: Statuses an event can carry (``unknown`` only ever means "no report yet").
EVENT_STATUSES: tuple[str, ...] = (TALIBAN, CONTESTED, GOVERNMENT, CLAIMED)

# On the same day, a confirmed capture or retake outranks fighting, which outranks a bare claim.
_SAME_DAY_RANK = {TALIBAN: 3, GOVERNMENT: 3, CONTESTED: 2, CLAIMED: 1, UNKNOWN: 0}


def same_day_rank(status: str) -> int:
    """Return how strongly `status` wins against other reports of the same day (higher wins)."""
    try:
        return _SAME_DAY_RANK[status]
    except KeyError:
        raise ValueError(f"status: expected one of {', '.join(STATUSES)}, got {status!r}") from None


def status_code(status: str) -> int:
    """Return the small integer that stands for `status` in per-day state vectors."""
    try:
        return STATUSES.index(status)
    except ValueError:
        raise ValueError(f"status: expected one of {', '.join(STATUSES)}, got {status!r}") from None
