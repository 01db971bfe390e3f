"""Quote database benchmark: ingest throughput, size per 1,000 quotes, search latency.

Usage:
    python benchmarks/db_bench.py [--corpus ../shared/corpora/news2019/articles.jsonl] [--jobs 1] [--json]
    python benchmarks/db_bench.py --readme README.md     # measure, then write the README's figures

Ingests the corpus into a fresh database (in a temporary directory) as `quoteattr ingest` does
(speech kinds: direct, partial, indirect), re-ingests it (everything unchanged), then times ~50
searches built from words of the stored quotes. ``--readme`` writes the figures between the
README's ``<!-- db-figures -->`` markers and keeps them in ``benchmarks/db_figures.json``;
tests/test_readme.py checks that the README says what that file holds.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "news2019" / "articles.jsonl"
#: the last figures written to the README
FIGURES = ROOT / "benchmarks" / "db_figures.json"
MARKERS = ("<!-- db-figures -->", "<!-- /db-figures -->")

sys.path.insert(0, str(ROOT / "benchmarks"))
import readme_block  # noqa: E402


def _search_terms(db, n: int, seed: int = 3) -> list[str]:
    """Single words, two-word ANDs and phrases drawn from stored quote texts."""
    rng = random.Random(seed)
    texts = [r[0] for r in db.conn.execute("SELECT text FROM quotes ORDER BY id")]
    words = sorted({w.strip(".,;:!?\"'“”()").lower() for t in texts for w in t.split() if len(w) > 5})
    words = [w for w in words if w.isalpha()]
    if not words:
        return ["de"] * n
    terms = []
    for i in range(n):
        kind = i % 3
        if kind == 0:
            terms.append(rng.choice(words))
        elif kind == 1:
            terms.append(f"{rng.choice(words)} OR {rng.choice(words)}")
        else:
            text = rng.choice(texts).split()
            start = rng.randrange(max(1, len(text) - 1))
            phrase = " ".join(w.strip(".,;:!?\"'“”()") for w in text[start : start + 2])
            terms.append('"' + phrase.replace('"', "") + '"')
    return terms


def run(corpus: Path, jobs: int, queries: int) -> dict:
    from quoteattr import __version__
    from quoteattr.model import SPEECH_KINDS
    from quoteattr.read import iter_documents
    from quoteattr.store import QuoteDB

    size_mb = corpus.stat().st_size / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        with QuoteDB(path) as db:
            t0 = time.perf_counter()
            first = db.ingest(iter_documents([str(corpus)]), jobs=jobs, kinds=SPEECH_KINDS)
            ingest_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            second = db.ingest(iter_documents([str(corpus)]), jobs=jobs, kinds=SPEECH_KINDS)
            reingest_s = time.perf_counter() - t0
            counts = db.counts()
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            terms = _search_terms(db, queries)
            latencies = []
            hits = 0
            for term in terms:
                t0 = time.perf_counter()
                hits += len(db.search(term, limit=20))
                latencies.append((time.perf_counter() - t0) * 1000)
            speaker_t0 = time.perf_counter()
            db.speakers(limit=50)
            speakers_ms = (time.perf_counter() - speaker_t0) * 1000
        db_bytes = path.stat().st_size
    quotes = max(counts["quotes"], 1)
    return {
        "quoteattr": __version__,
        "corpus": str(corpus.name),
        "corpus_mb": round(size_mb, 2),
        "jobs": jobs,
        "documents": counts["documents"],
        "quotes": counts["quotes"],
        "speakers": counts["speakers"],
        "failed": first.failed,
        "ingest_s": round(ingest_s, 2),
        "docs_per_s": round(first.seen / ingest_s, 1),
        "mb_per_s": round(size_mb / ingest_s, 3),
        "reingest_s": round(reingest_s, 2),
        "reingest_unchanged": second.unchanged,
        "db_mb": round(db_bytes / 1e6, 2),
        "db_mb_per_1000_quotes": round(db_bytes / 1e6 / quotes * 1000, 2),
        "search_queries": len(latencies),
        "search_hits": hits,
        "search_median_ms": round(statistics.median(latencies), 2),
        "search_p95_ms": round(sorted(latencies)[int(0.95 * (len(latencies) - 1))], 2),
        "speakers_ms": round(speakers_ms, 2),
    }


def figures_text(r: dict) -> str:
    """The README's paragraph of database figures, from one run's results."""
    return (
        f"Measured on {r['corpus_name']} ({r['documents']:,} articles, {r['corpus_mb']:.1f} MB, "
        f"{'one job' if r['jobs'] == 1 else str(r['jobs']) + ' jobs'}; written by "
        f"`python benchmarks/db_bench.py --readme README.md`, quoteattr {r['quoteattr']}): ingest "
        f"{r['docs_per_s']:,.0f} documents/s ({r['mb_per_s']:.2f} MB/s, mostly extraction; "
        f"{r['quotes']:,} quotes of the speech kinds, {r['speakers']:,} speakers) in {r['ingest_s']:.1f} s; "
        f"re-ingesting the unchanged corpus {r['reingest_s']:.2f} s; {r['db_mb_per_1000_quotes']:.2f} MB of "
        f"database per 1,000 quotes (the full article text is kept for `show`); search median "
        f"{r['search_median_ms']:.2f} ms, p95 {r['search_p95_ms']:.2f} ms over {r['search_queries']} queries; "
        f"the speaker ranking {r['speakers_ms']:.0f} ms."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL corpus (default: news2019)"
    )
    parser.add_argument("--jobs", type=int, default=1, help="extraction worker processes")
    parser.add_argument("--queries", type=int, default=50, help="number of search queries to time")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--readme", type=Path, help="write the figures into this README (and db_figures.json)")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    result = run(args.corpus, args.jobs, args.queries)
    result["corpus_name"] = args.corpus.parent.name if args.corpus.name == "articles.jsonl" else args.corpus.stem
    if args.readme:
        FIGURES.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        readme_block.write(args.readme, MARKERS, figures_text(result))
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>24}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
