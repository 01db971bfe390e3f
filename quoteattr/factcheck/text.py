"""Quotation wordings as words: folding, word offsets, MinHash sketches and the similarity that
decides whether two wordings are one statement.

A wording's words are exactly the words of its ``quotation_key`` (NFKC, case, diacritics, marks,
dashes and glyph style folded away), so everything here is a function of the key: it does not
matter which article a wording was first seen in.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from ..store.names import QUOTATION_PIECE, fold_quotation
from .data import load

#: LSH: BANDS bands of ROWS MinHash values each. Two wordings whose content-word sets have
#: Jaccard similarity J share a bucket with probability 1 - (1 - J**ROWS)**BANDS:
#: 0.996 at J = 0.67 (one content word of five changed), 0.80 at 0.5, 0.04 at 0.2.
BANDS = 25
ROWS = 4
HASHES = BANDS * ROWS
_HASH_VALUES = struct.Struct(f"<{HASHES}I")
_BAND_VALUES = struct.Struct(f"<{ROWS}I")
#: weight of a weak word (auxiliary, article, preposition, negation) against a content word
WEAK_WEIGHT = 0.2
#: two wordings are one statement when their weighted word-alignment ratio reaches this ...
MIN_RATIO = 0.7
#: ... or when the shorter lies for this share (by weight) inside the longer (an excerpt) ...
MIN_CONTAINMENT = 0.9
#: ... with at least this many content words of the excerpt matched
MIN_EXCERPT_WORDS = 5
#: and in every case at least this many content words in common; a wording with fewer content
#: words than this is only ever grouped with its exact reprints
MIN_SHARED_WORDS = 2


def words(text: str) -> list[str]:
    """The folded words of a quotation ("„Wij gaan níet door!”" → ['wij', 'gaan', 'niet', 'door'])."""
    return fold_quotation(text).split()


@dataclass(frozen=True, slots=True)
class Token:
    """One folded word with the offsets of what it was written as in the quotation."""

    key: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Folded words with their offsets in ``text``; their keys are :func:`words` of ``text``."""
    out = []
    for m in QUOTATION_PIECE.finditer(text):
        for key in fold_quotation(m.group()).split():
            out.append(Token(key, m.start(), m.end()))
    if [t.key for t in out] != words(text):  # NFKC across a piece boundary: keep the words, lose offsets
        return [Token(key, 0, len(text)) for key in words(text)]
    return out


def is_weak(word: str) -> bool:
    """A word that says little on its own (de, is, niet, op); numbers and content words are not."""
    return word in load().weak


def weight(word: str) -> float:
    return WEAK_WEIGHT if is_weak(word) else 1.0


def content_words(ws: list[str]) -> set[str]:
    """The words a sketch is made of: every word that is not weak."""
    return {w for w in ws if not is_weak(w)}


@lru_cache(maxsize=200_000)
def _word_hashes(word: str) -> tuple[int, ...]:
    """HASHES independent 32-bit hashes of one word (SHAKE-128 as the hash family)."""
    return _HASH_VALUES.unpack(hashlib.shake_128(word.encode("utf-8", "surrogatepass")).digest(4 * HASHES))


def minhash(word_set: set[str]) -> list[int]:
    """The MinHash signature of a set of words (HASHES values): each the least hash of the set."""
    return list(map(min, zip(*map(_word_hashes, sorted(word_set)))))


def band_keys(ws: list[str]) -> list[tuple[int, int]]:
    """LSH buckets of a wording: (band, 63-bit bucket) pairs; none for a wording with too few
    content words to be grouped with anything but its reprints."""
    content = content_words(ws)
    if len(content) < MIN_SHARED_WORDS:
        return []
    sig = minhash(content)
    out = []
    for band in range(BANDS):
        digest = hashlib.blake2b(_BAND_VALUES.pack(*sig[band * ROWS : (band + 1) * ROWS]), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little") >> 1))
    return out


@dataclass(frozen=True, slots=True)
class Similarity:
    """How alike two wordings are: weighted alignment ratio, containment of the shorter, and the
    number of content words they share in order."""

    ratio: float
    containment: float
    shared: int

    @property
    def same_statement(self) -> bool:
        if self.shared < MIN_SHARED_WORDS:
            return False
        return self.ratio >= MIN_RATIO or (
            self.containment >= MIN_CONTAINMENT and self.shared >= MIN_EXCERPT_WORDS
        )


def similarity(a: list[str], b: list[str]) -> Similarity:
    """Compare two word lists by their longest common in-order alignment (weighted words)."""
    if not a or not b:
        return Similarity(0.0, 0.0, 0)
    if (len(b), b) < (len(a), a):  # the alignment depends on argument order: fix one
        a, b = b, a
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    matched = shared = 0.0
    for block in matcher.get_matching_blocks():
        for w in a[block.a : block.a + block.size]:
            matched += weight(w)
            shared += not is_weak(w)
    wa, wb = sum(map(weight, a)), sum(map(weight, b))
    return Similarity(
        ratio=round(2 * matched / (wa + wb), 4),
        containment=round(matched / min(wa, wb), 4),
        shared=int(shared),
    )
