"""How a control map looks, shared by the dashboard and every exporter: colours, labels, credits."""

from __future__ import annotations

from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT, STATUSES, TALIBAN, UNKNOWN

STATUS_COLORS: dict[str, str] = {
    TALIBAN: "#c0392b",
    CLAIMED: "#f1a9a0",
    CONTESTED: "#f39c12",
    GOVERNMENT: "#2e86c1",
    UNKNOWN: "#e5e5e5",
}

STATUS_LABELS: dict[str, str] = {
    TALIBAN: "Taliban control",
    CLAIMED: "Claimed by Taliban (unconfirmed)",
    CONTESTED: "Contested",
    GOVERNMENT: "Government",
    UNKNOWN: "No report",
}

BORDER_COLOR = "#ffffff"
PROVINCE_OUTLINE_COLOR = "#333333"
CREDIT_LINE = "Boundaries: geoBoundaries (CC BY 4.0). Events: frontmap, from the news corpus."


def legend_items() -> list[tuple[str, str, str]]:
    """Return (status, label, colour) for every status, in legend order."""
    return [(status, STATUS_LABELS[status], STATUS_COLORS[status]) for status in STATUSES]
