"""Story grouping's candidate index, kept in the store between builds.

Sorting the band keys of every grouped article (42 an article: 4.2 million for a store of 100,000)
is most of what grouping a few new articles costs. The sorted entries are kept in their own table
after each grouping (stories.Grouping.bands), so the next one sorts only its new articles' bands.
They are used only when they list exactly the articles grouped now, under the same signature and
band layout; otherwise the index is sorted whole again, which gives the same candidates.
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
    if parts.get("layout") != LAYOUT or not {"ids", "keys", "numbers"} <= set(parts):
        return None
    ids = parts["ids"].decode().split("\n") if parts["ids"] else []
    keys = np.frombuffer(parts["keys"], dtype=np.uint64)
    return Bands(ids, keys, np.frombuffer(parts["numbers"], dtype=np.uint32).astype(np.int64))


def write_bands(store: Store, bands: Bands) -> None:
    """Keep `bands` in `store` (replacing those kept before)."""
    parts = {"layout": LAYOUT, "ids": "\n".join(bands.ids).encode(), "keys": bands.keys.tobytes(),
             "numbers": bands.numbers.astype(np.uint32).tobytes()}
    with store.transaction() as conn:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (part TEXT PRIMARY KEY, data BLOB NOT NULL)")
        conn.executemany(f"INSERT OR REPLACE INTO {TABLE} VALUES (?, ?)", parts.items())
