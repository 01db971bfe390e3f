"""Fact-checking: the same statement across articles, how its wording changed on the way, who it
was credited to, what in it can be checked, and schema.org Claims for fact-checking tools.

Pure functions live here (no database): :mod:`.text` (folded words, MinHash LSH buckets,
similarity), :mod:`.diff` (word-level diff with severity), :mod:`.checkable` (figures,
percentages, comparisons, dates, absolutes, records) and :mod:`.claims` (JSON-LD). The clusters
themselves are kept in the quote database (:mod:`quoteattr.store.clusters`) and reached through
``QuoteDB.trace``, ``QuoteDB.clusters``, ``QuoteDB.variants``, ``QuoteDB.claims`` and
``QuoteDB.checklist``.
"""

from __future__ import annotations

from .checkable import CATEGORIES, Checkable, find_checkable
from .claims import claim, cluster_claim, quote_claim, write_jsonld
from .diff import Change, Diff, word_diff
from .text import Similarity, band_keys, similarity, words

__all__ = [
    "CATEGORIES",
    "Checkable",
    "find_checkable",
    "claim",
    "cluster_claim",
    "quote_claim",
    "write_jsonld",
    "Change",
    "Diff",
    "word_diff",
    "Similarity",
    "band_keys",
    "similarity",
    "words",
]
