"""Print the most quoted speakers of a quote database with what a hand check needs.

The speaker table is what users look at first (issue 10, part 7), so it is checked by hand: for
each of the top N speakers this prints kind, quotes, articles, aliases and roles, then for a few
of its quotes the engine's name, mention and role, the article and the sentence around it. That
is enough to judge the row (right entity, right kind, no glued name, no merged bodies) without
opening every article.

    python evaluation/speaker_table.py --db quotes.db --top 100 --samples 3
    python evaluation/speaker_table.py --db quotes.db --top 100 --markdown > audit.md

``--markdown`` prints an empty audit table (rank, speaker, kind, quotes, docs, verdict, note) to
fill in.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's quoteattr first


@dataclass(frozen=True, slots=True)
class Row:
    """One speaker of the table with its counts, aliases and roles."""

    rank: int
    id: int
    name: str
    kind: str
    quotes: int
    documents: int
    aliases: tuple[str, ...]
    roles: tuple[str, ...]


def top_speakers(conn: sqlite3.Connection, top: int) -> list[Row]:
    """The ``top`` speakers exactly as ``quoteattr speakers`` ranks them (speech kinds only)."""
    from quoteattr.store.query import speakers

    conn.row_factory = sqlite3.Row  # (the store's queries read rows by column name)
    return [
        Row(rank, r["id"], r["name"], r["kind"], r["quotes"], r["documents"], tuple(r["aliases"]), tuple(r["roles"]))
        for rank, r in enumerate(speakers(conn, limit=top), 1)
    ]


def samples(conn: sqlite3.Connection, speaker_id: int, n: int) -> list[sqlite3.Row]:
    """Up to ``n`` quotes of the speaker, one per article first, so merges across articles show."""
    return conn.execute(
        "SELECT q.id, d.doc_key, d.title, q.speaker, q.speaker_mention, q.speaker_role, q.speaker_reason, "
        "q.context FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.speaker_id = ? "
        "AND q.kind IN ('direct', 'partial', 'indirect') GROUP BY q.document_id ORDER BY q.id LIMIT ?",
        (speaker_id, n),
    ).fetchall()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--samples", type=int, default=3, help="quotes shown per speaker (one per article)")
    parser.add_argument("--markdown", action="store_true", help="an empty audit table to fill in")
    args = parser.parse_args(argv)
    conn = sqlite3.connect(args.db)
    conn.row_factory = sqlite3.Row
    rows = top_speakers(conn, args.top)
    if args.markdown:
        print("| rank | speaker | kind | quotes | docs | verdict | note |")
        print("|---:|---|---|---:|---:|---|---|")
        for r in rows:
            print(f"| {r.rank} | {r.name} | {r.kind} | {r.quotes} | {r.documents} |  |  |")
        return 0
    for r in rows:
        print(f"#{r.rank} [{r.id}] {r.name} ({r.kind}) quotes={r.quotes} docs={r.documents}")
        if r.aliases:
            print("   aliases:", json.dumps(list(r.aliases), ensure_ascii=False))
        if r.roles:
            print("   roles:  ", json.dumps(list(r.roles), ensure_ascii=False))
        for q in samples(conn, r.id, args.samples):
            context = " ".join(q["context"].split())
            print(f"   - q{q['id']} {q['doc_key']} engine={q['speaker']!r} mention={q['speaker_mention']!r} "
                  f"role={q['speaker_role']!r} reason={q['speaker_reason']!r}")
            print(f"     {context[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
