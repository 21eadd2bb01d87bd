"""A plain server log for `frontmap serve`: no terminal colour codes (the log often goes to a
file) and one "running on" line (frontmap's own, not Dash's as well)."""

from __future__ import annotations

import logging
import re

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class StripColours(logging.Filter):
    """Removes terminal colour codes from a record's message (werkzeug colours its lines)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Return True (keep the record), its message stripped of colour codes."""
        message = record.getMessage()
        if "\x1b[" in message:
            record.msg, record.args = _ANSI.sub("", message), None
        return True


def tidy_server_log() -> None:
    """Strip colour codes from the HTTP server's log and silence Dash's own start-up line;
    returns nothing. Safe to call more than once."""
    server = logging.getLogger("werkzeug")
    if not any(isinstance(f, StripColours) for f in server.filters):
        server.addFilter(StripColours())
    logging.getLogger("dash.dash").setLevel(logging.WARNING)
