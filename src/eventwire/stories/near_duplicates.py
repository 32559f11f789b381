"""Near-duplicate articles by MinHash over word shingles, with LSH banding that a database can index.

A wire story rewritten by twenty outlets shares most of its 3-word shingles; MinHash estimates that
overlap (Jaccard) from a fixed-size signature, and banding the signature turns "find similar articles"
into exact lookups of ``(band, bucket)`` pairs, so the index lives in ordinary SQL tables.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32
ROWS_PER_BAND = NUM_PERM // BANDS
"""32 bands of 4 rows: pairs at Jaccard 0.5 collide in some band with probability ~0.87."""
SHINGLE_WORDS = 3
SIMILARITY_THRESHOLD = 0.5
"""Estimated Jaccard of shingles at which two articles are the same story."""
_SEED = 1
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature: ``NUM_PERM`` unsigned 64-bit hash values."""

    values: tuple[int, ...]

    def to_bytes(self) -> bytes:
        return np.asarray(self.values, dtype=np.uint64).tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        return cls(tuple(int(value) for value in np.frombuffer(data, dtype=np.uint64)))

    def similarity(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        if len(self.values) != len(other.values) or not self.values:
            return 0.0
        same = sum(1 for mine, theirs in zip(self.values, other.values, strict=True) if mine == theirs)
        return same / len(self.values)

    def bands(self) -> Iterator[tuple[int, str]]:
        """``(band, bucket)`` pairs: articles sharing any pair are candidates for the same story."""
        for band in range(BANDS):
            rows = self.values[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
            digest = hashlib.blake2b(np.asarray(rows, dtype=np.uint64).tobytes(), digest_size=16)
            yield band, digest.hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word n-grams; a text shorter than ``size`` words is one shingle of all its words."""
    words = [word.lower() for word in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[start : start + size]) for start in range(len(words) - size + 1)}


def signature(text: str) -> Signature:
    """The MinHash signature of ``text``'s shingles (deterministic across processes and machines)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED)
    for shingle in sorted(shingles(text)):
        minhash.update(shingle.encode("utf-8"))
    return Signature(tuple(int(value) for value in minhash.hashvalues))
