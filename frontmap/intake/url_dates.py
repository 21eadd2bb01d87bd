"""The day a report's web address gives, for a report nothing else dates.

News sites file a report under the day they publish it: ".../2021/08/10/taliban-captures-...",
".../news/20210810/...", or a slug ending in the day (".../taliban-take-capital-1840584-2021-08-13").
Such an address dates the report when its manifest row, its file and the top of its text give no
publication date (`frontmap.intake.publication`). A month alone (".../2021/07/insurgents-...") is
no day, and a path whose numbers do not make a day ("/2021/13/45/") is no date.
"""

from __future__ import annotations

import datetime as dt
import re

# "/2021/08/10/" or "/2021/8/10" closing the path; "/20210810/"; "-2021-08-13" closing the slug
_PATH_DAY = re.compile(r"/(?P<y>20\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=[/?#]|$)")
_PACKED_DAY = re.compile(r"/(?P<y>20\d\d)(?P<m>\d\d)(?P<d>\d\d)(?=[/?#]|$)")
_SLUG_DAY = re.compile(r"[-_](?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?=[/?#]|\.html?\b|$)")
SOURCE = "url"


def url_date(url: str) -> dt.date | None:
    """Return the day the address `url` files its report under, or None when it names no whole
    day (no year, month and day, or numbers that make no date)."""
    for pattern in (_PATH_DAY, _PACKED_DAY, _SLUG_DAY):
        match = pattern.search(url or "")
        if match:
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                return None
    return None
