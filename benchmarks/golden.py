"""Golden output: write every quote (all kinds) of a set of corpora as JSONL, or compare a run
with such a file record by record. The guard that a speed-up changes nothing.

    python benchmarks/golden.py write /tmp/golden.jsonl      # before a change
    python benchmarks/golden.py check /tmp/golden.jsonl      # after it: 0 if identical

The default inputs are the news2019 corpus, the fixtures' articles and encodings, the dev sets,
the fiction texts (under ``--corpora``, default ../shared/corpora) and the dash-dialogue texts of
evaluation/fiction_dash; sources are named relative to the checkout or the corpora, so a golden
file written with one checkout can be checked with another. One line per quote:
``{"source": …, "quote": Quote.to_dict()}``, or ``{"source": …, "error": …}`` for a document that
failed. Keep the golden file outside the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from itertools import zip_longest
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))  # this tree's quoteattr, whatever is installed

DEFAULT_CORPORA = REPO.parent / "shared" / "corpora"


def inputs(corpora: Path) -> list[str]:
    """The files to extract, in a fixed order."""
    out = [corpora / "news2019" / "articles.jsonl"]
    out += sorted((REPO / "fixtures" / "articles").glob("*.txt"))
    out += sorted((REPO / "fixtures" / "encodings").glob("*.txt"))
    for sub in ("dev", "dev_modern"):
        out += sorted((corpora / sub).glob("*.txt"))
    out += sorted((corpora / "fiction").rglob("*.txt"))
    out += sorted((REPO / "evaluation" / "fiction_dash").glob("*.txt"))
    return [str(p) for p in out if p.is_file()]


def _short(source: str, corpora: Path) -> str:
    """A source named the same from any checkout: 'fixtures/articles/x.txt', 'corpora/dev/y.txt'."""
    for base, name in ((REPO, ""), (corpora, "corpora/")):
        prefix = str(base) + os.sep
        if source.startswith(prefix):
            return name + source[len(prefix):]
    return source


def records(paths: list[str], corpora: Path) -> Iterator[str]:
    """One JSON line per quote (or per failing document), in input and text order."""
    from quoteattr.api import iter_extract
    from quoteattr.model import KINDS
    from quoteattr.read import iter_documents

    docs = (d for d in iter_documents(paths) if not isinstance(d, Exception))
    for result in iter_extract(docs, kinds=KINDS, max_chars=None):
        source = _short(result.document.source or result.document.id, corpora)
        if result.error is not None:
            yield json.dumps({"source": source, "error": str(result.error)}, ensure_ascii=False)
        for quote in result.quotes:
            record = quote.to_dict()
            record["doc"] = _short(record["doc"], corpora)  # (a text file's id is its path)
            yield json.dumps({"source": source, "quote": record}, ensure_ascii=False)


def write(path: Path, corpora: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for line in records(inputs(corpora), corpora):
            fh.write(line + "\n")
            n += 1
    print(f"{path}: {n:,} records", file=sys.stderr)
    return 0


def check(path: Path, corpora: Path, show: int = 10) -> int:
    """Compare a fresh run with the golden file; print the first ``show`` differences."""
    diffs = n = 0
    with path.open(encoding="utf-8") as fh:
        golden = (line.rstrip("\n") for line in fh)
        for k, (want, got) in enumerate(zip_longest(golden, records(inputs(corpora), corpora))):
            n += 1
            if want == got:
                continue
            diffs += 1
            if diffs <= show:
                print(f"record {k}:\n  golden: {want}\n  now:    {got}")
    print(f"{n:,} records, {diffs:,} differ" + ("" if diffs else ": identical"))
    return 1 if diffs else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("write", "check"))
    parser.add_argument("golden", type=Path, help="the golden JSONL file (keep it outside the repo)")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="the shared corpora directory")
    args = parser.parse_args(argv)
    if args.action == "write":
        return write(args.golden, args.corpora)
    return check(args.golden, args.corpora)


if __name__ == "__main__":
    sys.exit(main())
