#!/usr/bin/env python3
"""Speaker errors of one gold set, counted by class (the sieve that decided, and what went wrong).

Counts only: a check set's individual errors are not printed unless --list is given, and --list
is for tune sets.

Usage: python evaluation/errors.py GOLD TEXTS [--list] [--kinds quoted|indirect|KIND,...] [--context N]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from quoteattr.api import iter_extract  # noqa: E402
from quoteattr.evaluate import load_records, overlap, speaker_ok  # noqa: E402
from quoteattr.model import KINDS  # noqa: E402
from quoteattr.read import iter_documents  # noqa: E402


def _kinds(spec: str) -> tuple[str, ...]:
    """The record kinds a --kinds value names ('quoted' stands for direct and partial)."""
    if spec == "quoted":
        return ("direct", "partial")
    out = tuple(k.strip() for k in spec.split(",") if k.strip())
    unknown = [k for k in out if k not in KINDS]
    if unknown:
        raise SystemExit(f"unknown kind(s): {', '.join(unknown)}; known: quoted, {', '.join(KINDS)}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("texts", type=Path)
    ap.add_argument("--list", action="store_true", help="print each error (tune sets only)")
    ap.add_argument("--kinds", default="quoted",
                    help="'quoted' (direct, partial; the default), 'indirect', or a comma list of kinds")
    ap.add_argument("--context", type=int, default=0,
                    help="with --list, also print this many characters of text before each error")
    args = ap.parse_args()
    kinds = _kinds(args.kinds)
    gold = [g for g in load_records(args.gold) if g.kind in kinds and not g.optional]
    docs = [d for d in iter_documents([str(args.texts)], glob="*.txt") if not isinstance(d, Exception)]
    preds = {}
    texts = {}
    for r in iter_extract(docs, jobs=1, kinds=KINDS):
        preds[Path(r.document.id).name] = [q for q in r.quotes if q.kind in kinds]
        texts[Path(r.document.id).name] = r.document.text
    classes: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for g in gold:
        cands = [(overlap(g, q), q) for q in preds.get(g.doc, [])]
        cands = [c for c in cands if c[0] >= 0.3]
        if not cands:
            classes["missed span"] += 1
            if args.list:
                print(f"{g.doc}:{g.start} gold={g.speaker!r} MISSED {texts.get(g.doc, '')[g.start:g.end][:60]!r}")
            continue
        q = max(cands, key=lambda c: c[0])[1]
        sieve = q.sieve or "none"
        if speaker_ok(g.speaker, q.speaker):
            right[sieve] += 1
            continue
        cast = {n for x in gold if x.doc == g.doc and x.speaker for n in [x.speaker]}
        if q.speaker is None:
            what = "no speaker"
        elif any(speaker_ok(c, q.speaker) for c in cast):
            what = "another speaker of the cast"
        else:
            what = "a name outside the cast"
        classes[f"{what} ({'with cue' if q.cue else 'no cue'}, sieve {sieve})"] += 1
        if args.list:
            text = texts.get(g.doc, "")
            print(f"{g.doc}:{g.start} gold={g.speaker!r} pred={q.speaker!r} sieve={sieve} "
                  f"{text[g.start:g.end][:60]!r}")
            if args.context:
                print("    ..." + text[max(0, g.start - args.context):g.end].replace("\n", " | ") + "\n")
    print(f"{len(gold)} required speech records; right by sieve: " +
          ", ".join(f"{k} {v}" for k, v in right.most_common()))
    for k, v in classes.most_common():
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main()
