#!/usr/bin/env python3
"""Draw the news2019 tune and check articles, and write them as text files to annotate.

The draw is fixed: ``random.Random(SEED)`` shuffles the article ids of
``../shared/corpora/news2019/articles.jsonl`` in file order and takes the first 40 as the
check set; the tune set is positions 40-919 (twenty-two batches of 40, annotated in turn); the 40
at positions 920-959 (batch 23) are the fresh batch, annotated and scored but not yet studied. Each article is written as ``<id>.txt`` in the
layout of ``corpora/dev`` (title, blank line, body, NFC, LF), so gold offsets index that file.

The article texts stay outside the repository (their licence allows internal evaluation only):
the repository keeps the ids, the drawing rule and the gold offsets, never the text.

Usage: python evaluation/news2019/draw.py [--shared ../shared] [--out evaluation/news2019/build]
"""
from __future__ import annotations

import argparse
import json
import random
import unicodedata
from pathlib import Path

SEED = 20261206
N_CHECK = 40
#: the tune draw: positions 40-839 (batch 15, 640-679, was annotated before batch 16, 600-639)
TUNE_RANGES = ((40, 920),)
N_TUNE = sum(b - a for a, b in TUNE_RANGES)
#: the fresh batch: annotated and scored, not yet studied (a held-out yardstick for the next round
#: of rules), draw positions 920-959; it joins the tune set when the next batch (960-999) is
#: annotated. That next batch (960-999, batch 24) is annotated already: gold_next.jsonl, written
#: at the end of stop 29 by two helpers from reading alone and not yet scored by anyone; at the
#: start of the next stop it becomes gold_fresh.jsonl (FRESH_START = 960) and is scored with the
#: engine as that stop found it, before any rule is written
FRESH_START = 920
N_FRESH = 40
HERE = Path(__file__).resolve().parent


def load_articles(shared: Path) -> list[dict]:
    with open(shared / "corpora" / "news2019" / "articles.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _order(articles: list[dict]) -> list[str]:
    ids = [str(a["id"]) for a in articles]
    random.Random(SEED).shuffle(ids)
    return ids


def draw(articles: list[dict]) -> tuple[list[str], list[str]]:
    """(check ids, tune ids): disjoint, fixed by SEED."""
    order = _order(articles)
    return order[:N_CHECK], [i for a, b in TUNE_RANGES for i in order[a:b]]


def fresh(articles: list[dict]) -> list[str]:
    """The ids of the fresh batch (FRESH_START)."""
    return _order(articles)[FRESH_START:FRESH_START + N_FRESH]


def article_text(a: dict) -> str:
    title, body = (a.get("title") or "").strip(), (a.get("text") or "").strip()
    return unicodedata.normalize("NFC", title + "\n\n" + body + "\n")


def write(shared: Path, out: Path) -> dict[str, list[str]]:
    articles = load_articles(shared)
    by_id = {str(a["id"]): a for a in articles}
    check, tune = draw(articles)
    new = fresh(articles)
    for part, ids in (("check", check), ("tune", tune), ("fresh", new)):
        folder = out / part
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.txt"):
            if stale.stem not in ids:
                stale.unlink()  # from an older draw
        for i in ids:
            (folder / f"{i}.txt").write_text(article_text(by_id[i]), encoding="utf-8", newline="")
    return {"check": check, "tune": tune, "fresh": new}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    ap.add_argument("--out", type=Path, default=HERE / "build")
    args = ap.parse_args()
    parts = write(args.shared, args.out)
    for part, ids in parts.items():
        print(part, len(ids), " ".join(ids))


if __name__ == "__main__":
    main()
