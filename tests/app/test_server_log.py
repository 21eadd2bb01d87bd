"""`frontmap serve` logs plain text: no colour codes, no second "Dash is running" line."""

from __future__ import annotations

import logging

from dashboard.server_log import tidy_server_log


def test_server_log_has_no_colour_codes_and_dash_stays_quiet(caplog):
    tidy_server_log()
    tidy_server_log()  # twice adds one filter
    assert len(logging.getLogger("werkzeug").filters) == 1
    with caplog.at_level(logging.INFO):
        logging.getLogger("werkzeug").info("\x1b[31m\x1b[1mWARNING: %s\x1b[0m", "development server")
        logging.getLogger("dash.dash").info("Dash is running on http://127.0.0.1:8050/")
    assert [r.getMessage() for r in caplog.records] == ["WARNING: development server"]
