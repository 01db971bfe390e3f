#!/usr/bin/env python3
"""Turn annotation files (records with their text) into the repository's gold: the same
records without the quoted text, which stays in ../shared. Offsets are checked first.

Usage: python collect.py PART [--add] ANNOTATION.jsonl [...]   (PART: tune or check)

--add keeps the gold already there for the documents the annotation files do not cover (a new
batch of articles); without it the gold is written from the files alone.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ("doc", "start", "end", "kind", "speaker", "cue", "optional", "note")


def main() -> None:
    part, files = sys.argv[1], sys.argv[2:]
    add = "--add" in files
    files = [f for f in files if f != "--add"]
    texts = HERE / "build" / part
    out = []
    for f in files:
        for n, line in enumerate(open(f, encoding="utf-8"), 1):
            if not line.strip():
                continue
            r = json.loads(line)
            content = (texts / r["doc"]).read_text(encoding="utf-8")
            if content[r["start"]:r["end"]] != r["text"]:
                raise SystemExit(f"{f}:{n}: offsets do not match the text")
            out.append({k: r[k] for k in KEYS if k in r})
    if add and (HERE / f"gold_{part}.jsonl").exists():
        covered = {r["doc"] for r in out}
        with open(HERE / f"gold_{part}.jsonl", encoding="utf-8") as fh:
            out += [r for r in map(json.loads, filter(str.strip, fh)) if r["doc"] not in covered]
    out.sort(key=lambda r: (r["doc"], r["start"], r["end"]))
    with open(HERE / f"gold_{part}.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"gold_{part}.jsonl: {len(out)} records from {len({r['doc'] for r in out})} documents")


if __name__ == "__main__":
    main()
