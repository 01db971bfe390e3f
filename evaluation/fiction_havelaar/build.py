#!/usr/bin/env python3
"""Build the fiction-havelaar tune set: chapters 4-12 of *Max Havelaar* as one text per chapter.

The gold (``gold.jsonl`` here) was annotated for the project by the dev guidelines, with offsets
into ``../shared/corpora/fiction/Multatuli_MaxHavelaar.txt`` (the whole novel; the OpenBoek gold in
``fiction/gold`` covers only its first three chapters). The novel's text is not copied into the
repository: this script cuts it at the chapter headings into ``build/texts/chNN.txt`` (ignored by
git) and writes ``build/gold.jsonl`` with offsets into those chapter texts, checking that every
record still covers the same characters.

    python evaluation/fiction_havelaar/build.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SOURCE = Path("corpora") / "fiction" / "Multatuli_MaxHavelaar.txt"
DOC = SOURCE.name
ORDINALS = ("vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde",
            "twaalfde")  # the chapters the gold covers: 4 to 12
FIRST = 4

# A chapter heading is a paragraph of its own: an ordinal word and HOOFDSTUK (the Gutenberg text
# writes one of them 'VijFDE').
_HEADING = regex.compile(r"(?m)^(?<=\n\n)(\p{L}+DE|\p{L}+STE) HOOFDSTUK$", regex.IGNORECASE)


def chapters(text: str) -> dict[str, tuple[int, int]]:
    """Ordinal (lower case) -> (start, end) of its chapter, from the heading to the next one."""
    found = list(_HEADING.finditer(text))
    ends = [m.start() for m in found[1:]] + [len(text)]
    return {m.group(1).lower(): (m.start(), end) for m, end in zip(found, ends)}


def write(shared: Path, out: Path = HERE / "build") -> Path:
    """Write the chapter texts and their gold; return the gold path. Raises SystemExit when the
    source is missing or a record no longer matches its text."""
    source = shared / SOURCE
    if not source.exists():
        raise SystemExit(f"fiction_havelaar: {source} not found")
    with open(source, encoding="utf-8", newline="") as f:
        text = f.read()
    spans = chapters(text)
    missing = [o for o in ORDINALS if o not in spans]
    if missing:
        raise SystemExit(f"fiction_havelaar: no chapter heading for {', '.join(missing)} in {source}")
    wanted = {FIRST + i: spans[o] for i, o in enumerate(ORDINALS)}
    (out / "texts").mkdir(parents=True, exist_ok=True)
    for n, (a, b) in wanted.items():
        (out / "texts" / f"ch{n:02d}.txt").write_text(text[a:b], encoding="utf-8", newline="")
    rows = []
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        n = next((n for n, (a, b) in wanted.items() if a <= rec["start"] < rec["end"] <= b), None)
        if n is None or rec.get("doc") != DOC:
            raise SystemExit(f"fiction_havelaar: record {rec} lies outside chapters {FIRST}-{FIRST + len(ORDINALS) - 1}")
        a = wanted[n][0]
        rows.append({**rec, "doc": f"ch{n:02d}.txt", "start": rec["start"] - a, "end": rec["end"] - a})
    gold = out / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    print(write(args.shared))


if __name__ == "__main__":
    sys.exit(main())
