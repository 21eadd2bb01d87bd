"""Story grouping's candidate index, kept in the store between builds.

Sorting the band keys of every grouped article (42 an article: 4.2 million for a store of 100,000)
is most of what grouping a few new articles costs. The sorted entries are kept in their own table
(stories.Grouping.bands), so the next grouping sorts only the bands of the articles grouped since
(noted by each grouping: writing the whole entries, 50 MB for that store, costs more than sorting a
few articles in; they are written whole again once those are many). They are used only when they
and those since list exactly the articles grouped now, under the same signature and band layout;
otherwise the index is sorted whole again, which gives the same candidates.
"""

from __future__ import annotations

import numpy as np

from frontmap.intake import story_index
from frontmap.intake.story_index import Bands
from frontmap.store import Store

TABLE = "story_bands"
# What the kept keys depend on besides the signatures: other values make other keys.
LAYOUT = repr((story_index.NUM_PERM, story_index.BANDS, story_index.ROWS,
               story_index._ROW_MIX.tolist(), int(story_index._BAND_MIX))).encode()


def read_bands(store: Store) -> Bands | None:
    """Return the Bands kept in `store`, or None when there are none of this layout."""
    if not store.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)):
        return None
    parts = {row[0]: row[1] for row in store.query(f"SELECT part, data FROM {TABLE}")}
    if parts.get("layout") != LAYOUT or not {"ids", "keys", "numbers", "since"} <= set(parts):
        return None
    keys, numbers = np.frombuffer(parts["keys"], dtype=np.uint64), np.frombuffer(parts["numbers"], dtype=np.uint32)
    return Bands(_ids(parts["ids"]), keys, numbers.astype(np.int64), _ids(parts["since"]))


def write_bands(store: Store, bands: Bands) -> None:
    """Keep `bands` in `store`: only the articles grouped since, when `bands` are those read
    (read_bands) with more noted since; else whole, replacing those kept before."""
    parts = {"since": "\n".join(bands.since).encode()}
    if not bands.since:
        parts |= {"layout": LAYOUT, "ids": "\n".join(bands.ids).encode(), "keys": bands.keys.tobytes(),
                  "numbers": bands.numbers.astype(np.uint32).tobytes()}
    with store.transaction() as conn:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (part TEXT PRIMARY KEY, data BLOB NOT NULL)")
        conn.executemany(f"INSERT OR REPLACE INTO {TABLE} VALUES (?, ?)", parts.items())


def _ids(data: bytes) -> list[str]:
    return data.decode().split("\n") if data else []
