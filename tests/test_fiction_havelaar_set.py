"""The fiction-havelaar tune set (evaluation/fiction_havelaar): its gold lies inside the chapters
the build script cuts from the novel in ../shared, and every record still covers words of the
text after the cut."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[1] / "evaluation" / "fiction_havelaar"


def _build():
    spec = importlib.util.spec_from_file_location("havelaar_build", HERE / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_chapters_are_cut_at_their_headings():
    build = _build()
    text = "Voorrede.\n\nEERSTE HOOFDSTUK\n\nEen.\n\nTWEEDE HOOFDSTUK\n\nTwee.\n"
    spans = build.chapters(text)
    assert set(spans) == {"eerste", "tweede"}
    a, b = spans["eerste"]
    assert text[a:b] == "EERSTE HOOFDSTUK\n\nEen.\n\n"
    assert text[spans["tweede"][0]:].startswith("TWEEDE HOOFDSTUK")


@pytest.mark.corpus
def test_the_gold_matches_the_chapter_texts(shared_dir, tmp_path):
    build = _build()
    gold = build.write(shared_dir, tmp_path)
    texts = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "texts").glob("*.txt")}
    assert len(texts) == len(build.ORDINALS)
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    assert len(records) > 600
    for r in records:
        span = texts[r["doc"]][r["start"]:r["end"]]
        assert span.strip() == span and span, r
