"""Finding an article's likely copies among many without comparing it with all of them.

Each body's opening is summed up in a MinHash signature (datasketch) of its word shingles; two
openings agree on a share of the signature's values close to the Jaccard similarity of their
shingles. The signature is cut into bands, and articles that agree on every value of one band are
candidates of each other (locality-sensitive hashing): copies almost always share a band,
unrelated texts almost never.

The index is numpy arrays, not a dict per band: a store of 100,000 articles indexes in a second
in tens of MB (datasketch's MinHashLSH takes about ten times the time and a GB). A band shared by
more than MAX_BUCKET articles (a stock opening, or one story carried very many times) offers only
its first MAX_BUCKET as candidates, so an article's candidates are bounded whatever the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

NUM_PERM = 128
SCHEME = "affine32"  # signature values fit in 32 bits; fixed, so stored signatures stay comparable
BANDS, ROWS = 32, 4  # what datasketch's LSH picks for a Jaccard threshold of 0.4 over 128 values
SHINGLE_WORDS = 4
MAX_BUCKET = 20
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)


class Signer:
    """Makes the MinHash signatures of openings, with permutations drawn once for all of them."""

    def __init__(self) -> None:
        from datasketch import MinHash

        self._template = MinHash(num_perm=NUM_PERM, scheme=SCHEME)

    def sign(self, opening: Sequence[str]) -> bytes:
        """Return the signature of the shingles of the words `opening`, as NUM_PERM uint32 bytes."""
        from datasketch import MinHash

        count = max(1, len(opening) - SHINGLE_WORDS + 1)
        shingles = {" ".join(opening[i:i + SHINGLE_WORDS]) for i in range(count)}
        signature = MinHash(num_perm=NUM_PERM, permutations=self._template.permutations, scheme=SCHEME)
        signature.update_batch([shingle.encode("utf-8") for shingle in shingles])
        return signature.hashvalues.astype(np.uint32).tobytes()


def is_signature(blob: bytes | None) -> bool:
    """Return True when `blob` is a signature Signer.sign makes (not None, not the empty mark)."""
    return blob is not None and len(blob) == NUM_PERM * 4


class CandidateIndex:
    """The band keys of numbered signatures, sorted so that an article's candidates are found by
    binary search. Signatures are rows of NUM_PERM uint32; rows not `indexed` are never candidates."""

    def __init__(self, signatures: np.ndarray, indexed: np.ndarray) -> None:
        self.signatures = signatures
        self._keys = _band_keys(signatures)
        numbers = np.repeat(np.arange(len(signatures)), BANDS).reshape(len(signatures), BANDS)
        keys, numbers = self._keys[indexed].ravel(), numbers[indexed].ravel()
        order = np.lexsort((numbers, keys))  # by key, then number: a bucket's first members first
        self._sorted_keys, self._sorted_numbers = keys[order], numbers[order]

    def candidates(self, number: int) -> np.ndarray:
        """Return the numbers below `number` that share a band with it (each bucket's first
        MAX_BUCKET only), the likeliest copies first: most signature values in common."""
        starts = np.searchsorted(self._sorted_keys, self._keys[number], side="left")
        ends = np.minimum(np.searchsorted(self._sorted_keys, self._keys[number], side="right"),
                          starts + MAX_BUCKET)
        found = np.unique(np.concatenate([self._sorted_numbers[s:e] for s, e in zip(starts, ends)]))
        found = found[found < number]
        agreement = (self.signatures[found] == self.signatures[number]).sum(axis=1)
        return found[np.argsort(-agreement, kind="stable")]


def _band_keys(signatures: np.ndarray) -> np.ndarray:
    """Return one 64-bit key per band of each signature (rows x BANDS): equal bands, equal keys."""
    pairs = signatures.astype(np.uint64).reshape(len(signatures), BANDS, ROWS // 2, 2)
    halves = pairs[..., 0] | (pairs[..., 1] << np.uint64(32))  # each band as two 64-bit words
    band = np.arange(BANDS, dtype=np.uint64)
    return halves[..., 0] * _MIX[0] + halves[..., 1] * _MIX[1] + band * _MIX[2]  # wraps modulo 2**64
