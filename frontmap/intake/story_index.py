"""Finding an article's likely copies among many without comparing it with all of them.

Each body's opening is summed up in a MinHash signature of its word shingles: NUM_PERM hash
functions, and for each the least hash of any shingle; two openings agree on a share of the
signature close to the Jaccard similarity of their shingle sets. The signature is cut into bands,
and articles that agree on every value of one band are candidates of each other
(locality-sensitive hashing): copies almost always share a band, unrelated texts almost never.

Both are numpy here rather than datasketch: importing datasketch imports scipy (a second of every
build), it hashes shingle by shingle in Python, and its MinHashLSH keeps a dict entry per band
per article (a GB and tens of seconds for a store of 100,000 articles; these arrays: tens of MB
and a second). A band shared by more than MAX_BUCKET articles (a stock opening, or one story
carried very many times) offers only its first MAX_BUCKET as candidates, so an article's
candidates are bounded whatever the corpus. Signatures are stored with the articles, so the hash
functions are fixed constants, never drawn from a generator whose stream might change.
"""

from __future__ import annotations

import functools
import hashlib
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

import numpy as np

NUM_PERM = 128
BANDS, ROWS = 42, 3  # openings alike at Jaccard 0.3 share a band 2 times in 3; at 0.5, always
SHINGLE_WORDS = 4
MAX_BUCKET = 20
MIN_AGREEMENT = 0.4  # share of signature values a candidate shares (~ Jaccard of the openings)
_ROW_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)[:ROWS]
_BAND_MIX = np.uint64(0x27D4EB2F165667C5)


def _hash_functions() -> tuple[np.ndarray, np.ndarray]:
    """Return (a, b) of the NUM_PERM hash functions h -> a*h + b mod 2**32 (a odd: a bijection)."""
    words = [hashlib.blake2b(f"story signature {k}".encode(), digest_size=8).digest() for k in range(NUM_PERM)]
    a = np.array([int.from_bytes(w[:4], "little") | 1 for w in words], dtype=np.uint32)
    b = np.array([int.from_bytes(w[4:], "little") for w in words], dtype=np.uint32)
    return a, b


_A, _B = _hash_functions()
_SHINGLE_MIX = np.array([0x01000193, 0x2C1B3C6D, 0x297A2D39, 0x6C8E9CF5][:SHINGLE_WORDS], dtype=np.uint32)


def signature_of(opening: Sequence[str]) -> bytes:
    """Return the signature of the shingles (runs of SHINGLE_WORDS words) of the words `opening`,
    as NUM_PERM uint32 bytes."""
    words = _spread(np.fromiter(map(_word_hash, opening), np.uint32, len(opening)))
    count = max(1, len(opening) - SHINGLE_WORDS + 1)
    shingles = np.zeros(count, dtype=np.uint32)
    for offset, mix in enumerate(_SHINGLE_MIX):
        shingles = shingles * mix + words[offset:offset + count]  # a shingle's hash: its words in order
    # Each hash function's least value over the shingles: a repeated shingle cannot change it, so
    # they are not made unique first (a sort); the table is made in place (uint32 wraps modulo 2**32).
    table = np.multiply.outer(_spread(shingles), _A)
    table += _B
    return table.min(axis=0).tobytes()


@functools.lru_cache(maxsize=1 << 18)  # a corpus's vocabulary: each word hashed once
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def _spread(hashes: np.ndarray) -> np.ndarray:
    """Return `hashes` (uint32) through the MurmurHash3 finaliser: CRC-32 is linear, this is not."""
    hashes = hashes ^ (hashes >> np.uint32(16))
    hashes = hashes * np.uint32(0x85EBCA6B)
    hashes = hashes ^ (hashes >> np.uint32(13))
    hashes = hashes * np.uint32(0xC2B2AE35)
    return hashes ^ (hashes >> np.uint32(16))


def is_signature(blob: bytes | None) -> bool:
    """Return True when `blob` is a signature signature_of makes (not None, not the empty mark)."""
    return blob is not None and len(blob) == NUM_PERM * 4


@dataclass
class Bands:
    """The band entries of the signed rows among a store's grouped articles, by key then number:
    what CandidateIndex sorts, kept between builds so a build sorts only its new articles' bands.
    Rows are numbered as grouping numbers the grouped articles: by article_id (`ids`). The
    articles grouped `since` are not in them yet (caught_up sorts them in)."""

    ids: list[str]
    keys: np.ndarray  # uint64
    numbers: np.ndarray  # int64
    since: list[str] = field(default_factory=list)


def caught_up(kept: Bands, ids: Sequence[str], signatures: np.ndarray, indexed: np.ndarray) -> Bands | None:
    """Return the Bands of the rows `ids` (in article id order; their `signatures` and `indexed`
    marks): `kept` with its `since` articles sorted in. None when `kept` is not of those rows."""
    if not kept.since:
        return kept if kept.ids == list(ids) else None
    row = {article_id: number for number, article_id in enumerate(ids)}
    rows = [row.get(article_id, -1) for article_id in (*kept.ids, *kept.since)]
    if len(rows) != len(ids) or -1 in rows or len(set(rows)) != len(rows):
        return None
    before = CandidateIndex(signatures[rows], indexed[rows], Bands(kept.ids, kept.keys, kept.numbers))
    return before.bands([ids[number] for number in rows], len(kept.ids))


class CandidateIndex:
    """The band keys of numbered signatures, sorted so that an article's candidates are found by
    binary search. Signatures are rows of NUM_PERM uint32; rows not `indexed` are never candidates.
    Given the `kept` Bands of the first rows, only the rows after them are added (and only those
    can be asked for candidates)."""

    def __init__(self, signatures: np.ndarray, indexed: np.ndarray, kept: Bands | None = None) -> None:
        self.signatures = signatures
        self._indexed = indexed
        self._first = len(kept.ids) if kept is not None else 0
        self._keys = _band_keys(signatures[self._first:])
        keys, numbers = _sorted_entries(self._keys, indexed[self._first:], self._first)
        if kept is not None:  # the added rows are numbered after every kept one: last in their buckets
            at = np.searchsorted(kept.keys, keys, side="right")
            keys, numbers = np.insert(kept.keys, at, keys), np.insert(kept.numbers, at, numbers)
        self._sorted_keys, self._sorted_numbers = keys, numbers

    def bands(self, ids: Sequence[str], first_new: int) -> Bands:
        """Return the Bands of every row, numbered again by article id. `ids` are the rows' ids,
        those below `first_new` already in order (so their entries stay sorted)."""
        order = sorted(range(len(ids)), key=ids.__getitem__)
        rank = np.empty(len(ids), dtype=np.int64)
        rank[order] = np.arange(len(ids))
        if (np.diff(rank) > 0).all():  # every row in order already (a first grouping, most often)
            return Bands(list(ids), self._sorted_keys, self._sorted_numbers)
        old = self._sorted_numbers < first_new
        keys, numbers = self._sorted_keys[old], rank[self._sorted_numbers[old]]
        added_keys, added = self._sorted_keys[~old], rank[self._sorted_numbers[~old]]
        by_number = np.lexsort((added, added_keys))
        added_keys, added = added_keys[by_number], added[by_number]
        at = _insertion_points(keys, numbers, added_keys, added)
        return Bands([ids[n] for n in order], np.insert(keys, at, added_keys), np.insert(numbers, at, added))

    def candidates(self, number: int) -> np.ndarray:
        """Return the numbers below `number` that share a band with it (each bucket's first
        MAX_BUCKET only) and agree on MIN_AGREEMENT of the signature, the likeliest copies first:
        most signature values in common."""
        keys = self._keys[number - self._first]
        starts = np.searchsorted(self._sorted_keys, keys, side="left")
        ends = np.searchsorted(self._sorted_keys, keys, side="right")
        return self._likeliest(number, starts, ends)

    def candidates_of(self, numbers: Iterable[int]) -> Iterator[np.ndarray]:
        """Yield candidates(number) for each of `numbers`, in order. The buckets of a block of
        numbers are searched at once, and a number alone in each of its buckets (most articles:
        no likely copy) yields no candidate without further work."""
        for block in _blocks(numbers):
            keys = self._keys[block - self._first]
            starts = np.searchsorted(self._sorted_keys, keys, side="left")
            ends = np.searchsorted(self._sorted_keys, keys, side="right")
            alone = (ends - starts == self._indexed[block][:, None]).all(axis=1)  # its own bucket, or none
            for row, number in enumerate(block.tolist()):
                yield _NONE if alone[row] else self._likeliest(number, starts[row], ends[row])

    def _likeliest(self, number: int, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        ends = np.minimum(ends, starts + MAX_BUCKET)
        shared = np.flatnonzero(ends - starts > self._indexed[number])  # a bucket of its own offers nothing
        if not len(shared):
            return _NONE
        found = np.unique(np.concatenate([self._sorted_numbers[starts[b]:ends[b]] for b in shared.tolist()]))
        found = found[found < number]
        agreement = (self.signatures[found] == self.signatures[number]).sum(axis=1)
        likely = agreement >= MIN_AGREEMENT * NUM_PERM
        return found[likely][np.argsort(-agreement[likely], kind="stable")]


_NONE = np.empty(0, dtype=np.int64)
BLOCK = 1024  # numbers whose buckets are searched at once


def _blocks(numbers: Iterable[int]) -> Iterator[np.ndarray]:
    iterator = iter(numbers)
    while block := list(islice(iterator, BLOCK)):
        yield np.array(block, dtype=np.int64)


def _sorted_entries(keys: np.ndarray, indexed: np.ndarray, first: int) -> tuple[np.ndarray, np.ndarray]:
    """Return the (key, row number) entries of the `indexed` rows of band `keys` (rows numbered
    from `first`), by key, then number: a bucket's first members first."""
    numbers = np.repeat(np.arange(first, first + len(keys)), BANDS).reshape(len(keys), BANDS)
    keys, numbers = keys[indexed].ravel(), numbers[indexed].ravel()
    order = np.argsort(keys, kind="stable")  # numbers ascend already: ties keep them in order
    return keys[order], numbers[order]


def _insertion_points(keys: np.ndarray, numbers: np.ndarray, added_keys: np.ndarray, added: np.ndarray) -> np.ndarray:
    """Return where each (key, number) entry `added` goes among the entries (`keys`, `numbers`),
    both sorted by key then number: after the entries of a smaller key, or of its key and a
    smaller number."""
    at = np.searchsorted(keys, added_keys, side="left")
    shared = np.flatnonzero(at < len(keys))
    shared = shared[keys[at[shared]] == added_keys[shared]]
    if len(shared):  # within a bucket: by number (a bucket's entries, numbers < 2**32, one sorted run)
        run = np.concatenate(([0], np.cumsum(keys[1:] != keys[:-1]))).astype(np.uint64)
        placed = (run << np.uint64(32)) | numbers.astype(np.uint64)
        wanted = (run[at[shared]] << np.uint64(32)) | added[shared].astype(np.uint64)
        at[shared] = np.searchsorted(placed, wanted, side="left")
    return at


def _band_keys(signatures: np.ndarray) -> np.ndarray:
    """Return one 64-bit key per band of each signature (rows x BANDS): equal bands, equal keys."""
    bands = signatures[:, :BANDS * ROWS].astype(np.uint64).reshape(len(signatures), BANDS, ROWS)
    band = np.arange(BANDS, dtype=np.uint64)
    return (bands * _ROW_MIX).sum(axis=2, dtype=np.uint64) + band * _BAND_MIX  # wraps modulo 2**64
