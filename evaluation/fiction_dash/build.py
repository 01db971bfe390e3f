#!/usr/bin/env python3
"""Build gold.jsonl for the dash-dialogue tune passages from their ``*.spec.jsonl`` files.

The passages in this folder were written for the project (MIT): invented scenes in the style of
Dutch novels whose turns open with a dash (``--``, ``—``, ``–``, ``-``). Each ``NAME.spec.jsonl``
gives the records by exact text (``occ`` picks the occurrence, 1-based); this script finds the
offsets and writes ``gold.jsonl`` in the format of the dev corpus (kind ``direct``).

    python evaluation/fiction_dash/build.py           # write gold.jsonl
    python evaluation/fiction_dash/build.py --check   # compare with the committed gold.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"


def records(spec: Path) -> list[dict]:
    text = spec.with_name(spec.name.replace(".spec.jsonl", ".txt")).read_text(encoding="utf-8")
    out: list[dict] = []
    last_end = 0
    for lineno, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        pos = -1
        for _ in range(int(rec.get("occ", 1))):
            pos = text.find(rec["text"], pos + 1)
            if pos < 0:
                raise SystemExit(f"{spec}:{lineno}: text not found (occ {rec.get('occ', 1)})")
        end = pos + len(rec["text"])
        if pos < last_end:
            raise SystemExit(f"{spec}:{lineno}: record overlaps or precedes the one before")
        last_end = end
        row = {"doc": spec.name.replace(".spec.jsonl", ".txt"), "start": pos, "end": end,
               "text": rec["text"], "kind": "direct", "speaker": rec.get("speaker"),
               "cue": rec.get("cue")}
        if rec.get("optional"):
            row["optional"] = True
        out.append(row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with gold.jsonl, write nothing")
    args = ap.parse_args()
    rows = [r for spec in sorted(HERE.glob("*.spec.jsonl")) for r in records(spec)]
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.check:
        if not GOLD.exists() or GOLD.read_text(encoding="utf-8") != body:
            sys.exit(f"{GOLD} is out of date: run {Path(__file__).name}")
        return
    GOLD.write_text(body, encoding="utf-8")
    print(f"{len(rows)} records -> {GOLD}")


if __name__ == "__main__":
    main()
