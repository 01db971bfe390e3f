"""Shared test helpers: the ../shared corpora, the offsets invariant, the benchmark scripts."""

from __future__ import annotations

import contextlib
import importlib
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Iterable

import pytest

#: corpora and the independent scorer live beside the repository, not in it
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

#: decorator for tests that read ../shared: marks them ``corpus`` and skips when it is absent
skip_without_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is absent")


def benchmark_module(name: str) -> Any:
    """Import ``benchmarks/NAME.py`` (the benchmark scripts are no package)."""
    bench_dir = str(Path(__file__).resolve().parents[1] / "benchmarks")
    sys.path.insert(0, bench_dir)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(bench_dir)


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


def speech_of(text: str) -> list[Any]:
    """The quotes of ``text`` that are speech (every kind but ``other``), offsets checked."""
    import quoteattr
    from quoteattr.model import KINDS

    quotes = quoteattr.extract(text, kinds=KINDS)
    assert_offsets(text, quotes)
    return [q for q in quotes if q.kind != "other"]


def speaker_of(text: str, fragment: str) -> str | None:
    """The speaker of the first speech record of ``text`` that holds ``fragment``."""
    quotes = speech_of(text)
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return found[0].speaker


def names_of(text: str) -> Any:
    """The people ``text`` names, as the resolver holds them before attribution (a Resolver)."""
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.kinds import classify
    from quoteattr.lang import load_language
    from quoteattr.mentions import collect_names
    from quoteattr.model import Document
    from quoteattr.resolve import Resolver

    lang = load_language("nl")
    an = DocumentAnalysis(Document(id="t", text=text), lang)
    an.kinds = [classify(an, qi) for qi in range(len(an.qspans))]
    resolver = Resolver(lang)
    collect_names(an, resolver)
    return resolver


@contextlib.contextmanager
def serving(db: Path):
    """`quoteattr serve` of ``db`` on a free port: yields the base URL once the server answers,
    and always terminates it."""
    from quoteattr.serve import free_port

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "quoteattr", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                pytest.fail(f"server exited early: {proc.stderr.read()}")
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=5).close()
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("server did not answer within 30 s")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()
