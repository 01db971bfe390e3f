#!/usr/bin/env python3
"""Score the engine on every gold set, tune and check parts side by side.

Tune sets (errors there may be studied): the project's fixtures, ../shared dev, dev_modern and
fiction/gold, the project's dash-dialogue passages (evaluation/fiction_dash), chapters 4-12 of
Max Havelaar with the project's gold (evaluation/fiction_havelaar), the news2019 tune draw and,
when it has been built, fiction-openboek2 (evaluation/openboek_extra/README.md). Check sets
(measured, never tuned on): the news2019 check draw and fiction/check (Eline Vere). A change that lowers a check figure is dropped.
The fresh row is the newest annotated news2019 batch: measured like a check set until it joins the
tune set (evaluation/news2019/draw.py).

Usage: python evaluation/scoreboard.py [--shared ../shared] [--json OUT] [--only NAME,...]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE / "news2019"), str(REPO / "benchmarks")]  # this checkout's quoteattr first

import readme_block  # noqa: E402
from quoteattr.api import iter_extract  # noqa: E402
from quoteattr.evaluate import evaluate, load_records, records_from_dicts  # noqa: E402
from quoteattr.model import KINDS  # noqa: E402
from quoteattr.read import iter_documents  # noqa: E402


def openboek_extra(shared: Path) -> Path:
    """The folder evaluation/openboek_extra/build.py writes: $QUOTEATTR_OPENBOEK_EXTRA, or
    ``openboek_extra`` beside the shared folder. Built by hand, outside the repository (CI has none)."""
    env = os.environ.get("QUOTEATTR_OPENBOEK_EXTRA")
    return Path(env) if env else shared.resolve().parent / "openboek_extra"


def _load(name: str, path: Path):
    """Import a script of this folder by path (several are called build.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sets(shared: Path) -> list[tuple[str, str, Path, Path]]:
    """(name, part, gold file, text folder) for every set whose files are present."""
    import draw  # evaluation/news2019/draw.py

    havelaar = _load("havelaar_build", HERE / "fiction_havelaar" / "build.py")

    corpora = shared / "corpora"
    out = [
        ("fixtures", "tune", REPO / "fixtures" / "gold.jsonl", REPO / "fixtures" / "articles"),
        ("dev", "tune", corpora / "dev" / "gold.jsonl", corpora / "dev"),
        ("dev_modern", "tune", corpora / "dev_modern" / "gold.jsonl", corpora / "dev_modern"),
        ("fiction", "tune", corpora / "fiction" / "gold" / "gold.jsonl", corpora / "fiction" / "gold"),
        ("fiction-dash", "tune", HERE / "fiction_dash" / "gold.jsonl", HERE / "fiction_dash"),
        ("fiction-openboek2", "tune", openboek_extra(shared) / "gold.jsonl",
         openboek_extra(shared) / "texts"),
    ]
    if (shared / havelaar.SOURCE).exists() and (HERE / "fiction_havelaar" / "gold.jsonl").exists():
        out.append(("fiction-havelaar", "tune", havelaar.write(shared), HERE / "fiction_havelaar" / "build" / "texts"))
    build = HERE / "news2019" / "build"
    if (corpora / "news2019" / "articles.jsonl").exists():
        draw.write(shared, build)
    for part in ("tune", "check", "fresh"):
        out.append((f"news2019-{part}", part, HERE / "news2019" / f"gold_{part}.jsonl", build / part))
    out.append(("fiction-check", "check", corpora / "fiction" / "check" / "gold.jsonl",
                corpora / "fiction" / "check"))
    return [s for s in out if s[2].exists() and s[3].exists()]


def run_set(gold: Path, texts: Path) -> dict:
    docs = [d for d in iter_documents([str(texts)], glob="*.txt") if not isinstance(d, Exception)]
    rows = []
    for r in iter_extract(docs, jobs=1, kinds=KINDS):
        if r.error is not None:  # figures over a failed document would be silently too low
            raise SystemExit(f"scoreboard: {r.error}")
        rows.extend(q.to_dict() for q in r.quotes)
    results = evaluate(load_records(gold), records_from_dicts(rows))
    q, i = results[("quoted", 0.3)], results[("indirect", 0.3)]
    return {
        "docs": len(docs),
        "quoted_gold": q.n_gold, "quoted_f1": q.f1, "quoted_speaker": q.speaker_acc, "quoted_e2e": q.e2e_f1,
        "indirect_gold": i.n_gold, "indirect_f1": i.f1, "indirect_speaker": i.speaker_acc,
        "indirect_e2e": i.e2e_f1,
    }


MARKERS = ("<!-- scoreboard -->", "<!-- /scoreboard -->")

COLUMNS = ("set", "part", "docs", "quoted_gold", "quoted_f1", "quoted_speaker", "quoted_e2e",
           "indirect_gold", "indirect_f1", "indirect_speaker", "indirect_e2e")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument("--only", help="comma list of set names")
    ap.add_argument("--readme", type=Path, help="also write the table into this README between its "
                    "'<!-- scoreboard -->' and '<!-- /scoreboard -->' lines")
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    rows = []
    for name, part, gold, texts in sets(args.shared):
        if only and name not in only:
            continue
        rows.append({"set": name, "part": part, **run_set(gold, texts)})
    table = render(rows)
    print(table)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    if args.readme:
        readme_block.write(args.readme, MARKERS, table)


def render(rows: list[dict]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        cells = [f"{r[c]:.3f}" if isinstance(r[c], float) else str(r[c]) for c in COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
