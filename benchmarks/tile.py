"""Tile a corpus into one JSONL file of at least N MB, every copy of a document under a new id.

    python benchmarks/tile.py ../shared/corpora/news2019/articles.jsonl /tmp/news-1g.jsonl --mb 1000

The source is a JSONL file (one {"id", "text", …} object per line), a directory of *.txt files,
or a single text file. Copies keep their text and metadata; ids become ``ID~K`` (K = copy number),
so nothing downstream can tell copies apart by id.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator

MB = 1_000_000


def source_records(src: Path) -> list[dict]:
    """The records of ``src``: JSONL lines as they are, text files as {"id": path, "text": …}."""
    if src.is_dir():
        files = sorted(p for p in src.rglob("*.txt") if p.is_file())
        return [{"id": str(p), "text": p.read_text(encoding="utf-8", errors="replace")} for p in files]
    if src.suffix == ".jsonl":
        with src.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    return [{"id": str(src), "text": src.read_text(encoding="utf-8", errors="replace")}]


def tiled(records: list[dict], min_bytes: int) -> Iterator[str]:
    """JSONL lines, copies of ``records`` with distinct ids, until at least ``min_bytes`` are out."""
    if not records:
        raise ValueError("the source has no documents")
    written, copy = 0, 0
    while True:
        for i, rec in enumerate(records):
            line = json.dumps({**rec, "id": f"{rec.get('id', i)}~{copy}"}, ensure_ascii=False) + "\n"
            written += len(line.encode("utf-8"))
            yield line
        copy += 1
        if written >= min_bytes:
            return


def tile(src: Path, dst: Path, min_mb: float) -> tuple[int, int]:
    """Write the tiled corpus to ``dst``; returns (documents, bytes)."""
    docs = size = 0
    with dst.open("w", encoding="utf-8") as out:
        for line in tiled(source_records(src), int(min_mb * MB)):
            out.write(line)
            docs += 1
            size += len(line.encode("utf-8"))
    return docs, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("--mb", type=float, default=30.0, help="minimum size in MB (10^6 bytes)")
    args = parser.parse_args(argv)
    docs, size = tile(args.src, args.dst, args.mb)
    print(f"{args.dst}: {docs:,} documents, {size / MB:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
