"""Shared test helpers: the ../shared corpora, and the offsets invariant."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

import pytest

#: corpora and the independent scorer live beside the repository, not in it
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

#: decorator for tests that read ../shared: marks them ``corpus`` and skips when it is absent
skip_without_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is absent")


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared directory (the test is skipped when it is absent)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    return SHARED


def _get(quote: Any, name: str) -> Any:
    return quote.get(name) if isinstance(quote, dict) else getattr(quote, name)


def assert_offsets(text: str, quotes: Iterable[Any]) -> None:
    """Every span of every quote (Quote or dict) cuts its own text out of ``text``."""
    for q in quotes:
        start, end = _get(q, "start"), _get(q, "end")
        assert 0 <= start <= end <= len(text), q
        assert text[start:end] == _get(q, "text"), q
        for prefix, label in (("speaker", "speaker_mention"), ("cue", "cue")):
            s, e = _get(q, f"{prefix}_start"), _get(q, f"{prefix}_end")
            if s is None or e is None:
                continue
            assert 0 <= s <= e <= len(text), q
            if _get(q, label) is not None:
                assert text[s:e] == _get(q, label), q
