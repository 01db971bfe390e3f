"""The news2019 tune and check draws: a fixed, disjoint draw, gold offsets that fit the texts
the draw writes, and floors that guard against regressions (the figures themselves are measured
by evaluation/scoreboard.py and quoted in the README). Marked `corpus`: skipped without ../shared."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import SHARED, skip_without_shared
from quoteattr.api import iter_extract
from quoteattr.evaluate import evaluate, load_records, records_from_dicts
from quoteattr.model import KINDS
from quoteattr.read import iter_documents

pytestmark = [pytest.mark.corpus, skip_without_shared]

NEWS = Path(__file__).resolve().parents[1] / "evaluation" / "news2019"
sys.path.insert(0, str(NEWS))
import draw  # noqa: E402


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    out = tmp_path_factory.mktemp("news2019")
    return out, draw.write(SHARED, out)


def test_the_draw_is_fixed_and_disjoint(drawn):
    _, parts = drawn
    check, tune = parts["check"], parts["tune"]
    assert (len(check), len(tune)) == (draw.N_CHECK, draw.N_TUNE)
    assert not set(check) & set(tune)
    assert len(parts["fresh"]) == draw.N_FRESH and not set(parts["fresh"]) & (set(check) | set(tune))
    again = draw.draw(draw.load_articles(SHARED))
    assert again == (check, tune)


@pytest.mark.parametrize("part", ["tune", "check", "fresh"])
def test_gold_offsets_fit_the_drawn_texts(drawn, part):
    out, parts = drawn
    ids = {f"{i}.txt" for i in parts[part]}
    for line in (NEWS / f"gold_{part}.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        assert r["doc"] in ids, r
        text = (out / part / r["doc"]).read_text(encoding="utf-8")
        assert 0 <= r["start"] < r["end"] <= len(text), r
        assert text[r["start"]:r["end"]].strip() == text[r["start"]:r["end"]], r  # no stray space at an edge
        assert r["kind"] in KINDS
        assert "text" not in r  # the article text stays in ../shared


@pytest.mark.parametrize("part, quoted_f1, speaker_acc, indirect_f1", [
    ("tune", 0.90, 0.78, 0.75),
    ("check", 0.90, 0.78, 0.72),
])
def test_news2019_floors(drawn, part, quoted_f1, speaker_acc, indirect_f1):
    out, _ = drawn
    docs = [d for d in iter_documents([str(out / part)], glob="*.txt")]
    pred = records_from_dicts(q.to_dict() for r in iter_extract(docs, kinds=KINDS) for q in r.quotes)
    scores = evaluate(load_records(NEWS / f"gold_{part}.jsonl"), pred)
    assert scores[("quoted", 0.3)].f1 >= quoted_f1
    assert scores[("quoted", 0.3)].speaker_acc >= speaker_acc
    assert scores[("indirect", 0.3)].f1 >= indirect_f1


def test_the_next_batch_gold_fits_its_texts():
    """gold_next.jsonl, annotated ahead (the batch after the fresh one), indexes the texts of its
    draw positions and keeps no article text."""
    articles = draw.load_articles(SHARED)
    by_id = {str(a["id"]): a for a in articles}
    start = draw.FRESH_START + draw.N_FRESH
    ids = {f"{i}.txt": i for i in draw._order(articles)[start:start + draw.N_FRESH]}
    for line in (NEWS / "gold_next.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        assert r["doc"] in ids, r
        text = draw.article_text(by_id[ids[r["doc"]]])
        assert 0 <= r["start"] < r["end"] <= len(text), r
        assert text[r["start"]:r["end"]].strip() == text[r["start"]:r["end"]], r
        assert r["kind"] in KINDS and "text" not in r
