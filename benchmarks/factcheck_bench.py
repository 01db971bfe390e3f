"""Quote clusters on a real corpus: counts, the largest clusters, variants flagged, clustering
time; and on the corpus tiled with small random word edits in the copies (scale and recall).

Usage:
    python benchmarks/factcheck_bench.py [--corpus ../shared/corpora/news2019/articles.jsonl]
        [--copies 10] [--edits 3] [--jobs 2] [--sample 20] [--json]

For each database: a fresh ingest (clusters kept up to date on every batch), then the clusters
built again from scratch (``QuoteDB.rebuild_clusters``: the clustering alone), counts, the five
largest clusters and a sample of flagged variants to check by hand. Copies are ``ID~K``; copy
K > 0 gets ``--edits`` random word edits (a word replaced, dropped, doubled, or a digit changed).
Recall: of the quotes of an edited copy whose words differ from every quote of the original
article, the share clustered with a quote of the original.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "news2019" / "articles.jsonl"
_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
_DIGIT = re.compile(r"\d")


def edit(text: str, rng: random.Random, n: int, vocab: list[str]) -> str:
    """``text`` with ``n`` small random word edits (replace, drop, double a word, or change a digit)."""
    for _ in range(n):
        kind = rng.choice(("replace", "drop", "double", "digit"))
        if kind == "digit" and _DIGIT.search(text):
            spots = [m.start() for m in _DIGIT.finditer(text)]
            i = rng.choice(spots)
            text = text[:i] + str((int(text[i]) + rng.randint(1, 8)) % 10) + text[i + 1 :]
            continue
        words = list(_WORD.finditer(text))
        if not words:
            break
        m = rng.choice(words)
        new = {"replace": rng.choice(vocab), "drop": "", "double": m.group() + " " + m.group()}.get(kind, rng.choice(vocab))
        text = text[: m.start()] + new + text[m.end() :]
    return text.replace("  ", " ")


def tiled(records: list[dict], copies: int, edits: int, seed: int = 2019) -> list[dict]:
    rng = random.Random(seed)
    vocab = sorted({w.group().lower() for r in records[:200] for w in _WORD.finditer(r.get("text") or "")})
    out = []
    for k in range(copies):
        for r in records:
            text = r["text"] if k == 0 else edit(r["text"], rng, edits, vocab)
            out.append({**r, "id": f"{r['id']}~{k}", "text": text})
    return out


def measure(db, *, sample: int, seed: int = 5) -> dict:
    from quoteattr.store import clusters as clustering

    t0 = time.perf_counter()
    n = db.rebuild_clusters()
    rebuild_s = time.perf_counter() - t0
    stats = db.cluster_stats()
    largest = [
        {k: c[k] for k in ("cluster_id", "occurrences", "documents", "wordings", "flags", "speaker", "text")}
        for c in db.clusters(limit=5)
    ]
    variants = db.variants(limit=None)
    by_severity = {s: sum(1 for v in variants if v["severity"] == s) for s in (0, 1, 2, 3)}
    rng = random.Random(seed)
    worded = [v for v in variants if v["severity"] >= 1]
    conflicts = [v for v in variants if "speaker" in v["flags"]]
    picked = rng.sample(worded, min(sample, len(worded))) + rng.sample(conflicts, min(sample // 2, len(conflicts)))
    wording_variants = db.conn.execute("SELECT COUNT(*) FROM cluster_texts WHERE severity >= 1").fetchone()[0]
    return {
        "clusters": n,
        "rebuild_seconds": round(rebuild_s, 2),
        "wordings": stats["wordings"],
        "clusters_in_several_articles": stats["multi_document"],
        "clusters_with_several_wordings": stats["multi_wording"],
        "variant_clusters": len(variants),
        "variant_clusters_by_severity": by_severity,
        "speaker_conflicts": stats["speaker_conflicts"],
        "wordings_flagged": wording_variants,
        "links": stats["links"],
        "largest": largest,
        "sample": [
            {"cluster_id": v["cluster_id"], "severity": v["severity"], "flags": v["flags"], "speakers": v["speakers"],
             "text": v["text"], "worst": v["worst"]}
            for v in picked
        ],
        "_clustering": clustering,
    }


def recall(db) -> dict:
    """Edited copies: share of their changed quotes that sit in a cluster with the original's quotes."""
    rows = db.conn.execute(
        """SELECT d.doc_key, q.text_hash, t.cluster FROM quotes q JOIN documents d ON d.id = q.document_id
           JOIN cluster_texts t ON t.text_hash = q.text_hash"""
    ).fetchall()
    original: dict[str, set] = {}
    hashes: dict[str, set] = {}
    for key, text_hash, cluster in rows:
        base, _, k = key.rpartition("~")
        if k == "0":
            original.setdefault(base, set()).add(cluster)
            hashes.setdefault(base, set()).add(text_hash)
    changed = found = 0
    for key, text_hash, cluster in rows:
        base, _, k = key.rpartition("~")
        if k != "0" and text_hash not in hashes.get(base, ()):
            changed += 1
            found += cluster in original.get(base, ())
    return {"edited_quotes": changed, "clustered_with_original": found,
            "recall": round(found / changed, 3) if changed else None}


def run(corpus: Path, copies: int, edits: int, jobs: int, sample: int) -> dict:
    from quoteattr.model import Document
    from quoteattr.store import QuoteDB

    records = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    out = {}
    sets = [("corpus", records)] + ([(f"tiled_x{copies}", tiled(records, copies, edits))] if copies > 1 else [])
    for label, recs in sets:
        docs = [Document(id=r["id"], text=r["text"], outlet=r.get("outlet"), date=r.get("date"),
                         title=r.get("title"), url=r.get("url")) for r in recs]
        with tempfile.TemporaryDirectory() as tmp, QuoteDB(Path(tmp) / "f.db") as db:
            t0 = time.perf_counter()
            summary = db.ingest(docs, jobs=jobs)
            ingest_s = time.perf_counter() - t0
            res = measure(db, sample=sample)
            res.pop("_clustering")
            res.update(documents=len(docs), quotes=summary.quotes, ingest_seconds=round(ingest_s, 1))
            if label != "corpus":
                res.update(recall(db))
            out[label] = res
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.corpus, args.copies, args.edits, args.jobs, args.sample)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    for label, res in result.items():
        print(f"== {label}: {res['documents']} documents, {res['quotes']} quotes, ingest {res['ingest_seconds']} s")
        for key in ("wordings", "clusters", "clusters_in_several_articles", "clusters_with_several_wordings",
                    "variant_clusters", "variant_clusters_by_severity", "speaker_conflicts", "wordings_flagged",
                    "links", "rebuild_seconds", "edited_quotes", "clustered_with_original", "recall"):
            if key in res:
                print(f"  {key}: {res[key]}")
        print("  largest:")
        for c in res["largest"]:
            print(f"    {c['occurrences']:>4} occ {c['documents']:>4} docs {c['wordings']:>3} wordings "
                  f"{','.join(c['flags']) or '-':<30} {c['text'][:70]}")
        print(f"  sample: {args.sample} wording variants, then {args.sample // 2} speaker conflicts:")
        for i, v in enumerate(res["sample"], 1):
            print(f"   {i:>2}. [{v['severity']}] {','.join(v['flags'])} {v['speakers']}\n       {v['text'][:200]}\n"
                  f"       -> {(v['worst'] or '(same words; speakers differ)')[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
