#!/usr/bin/env python3
"""Turn annotation files (records with their text) into the repository's gold: the same
records without the quoted text, which stays in ../shared. Offsets are checked first.

Usage: python collect.py PART ANNOTATION.jsonl [...]   (PART: tune or check)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ("doc", "start", "end", "kind", "speaker", "cue", "optional", "note")


def main() -> None:
    part, files = sys.argv[1], sys.argv[2:]
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
    out.sort(key=lambda r: (r["doc"], r["start"], r["end"]))
    with open(HERE / f"gold_{part}.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"gold_{part}.jsonl: {len(out)} records from {len({r['doc'] for r in out})} documents")


if __name__ == "__main__":
    main()
