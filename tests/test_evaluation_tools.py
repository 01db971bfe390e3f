"""The evaluation scripts kept in the repo: the dash-dialogue tune set is built from its specs,
and errors.py accounts for every required record of a gold set."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DASH = REPO / "evaluation" / "fiction_dash"


def test_the_dash_dialogue_gold_is_built_from_its_specs():
    done = subprocess.run([sys.executable, str(DASH / "build.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_dash_dialogue_gold_points_at_its_texts():
    texts = {p.name: p.read_text(encoding="utf-8") for p in DASH.glob("*.txt")}
    rows = [json.loads(line) for line in (DASH / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 500 and {r["doc"] for r in rows} == set(texts)
    for r in rows:
        assert texts[r["doc"]][r["start"]:r["end"]] == r["text"]
        assert not r["text"].startswith(("-", "–", "—")) and r["text"] == r["text"].strip()


def test_errors_accounts_for_every_required_record():
    done = subprocess.run([sys.executable, str(REPO / "evaluation" / "errors.py"), str(REPO / "fixtures" / "gold.jsonl"),
                           str(REPO / "fixtures" / "articles")], capture_output=True, text=True, check=True)
    head, *rows = done.stdout.strip().splitlines()
    required = int(head.split()[0])
    right = sum(int(n) for n in re.findall(r"\b\S+ (\d+)(?:,|$)", head.split(":", 1)[1]))
    wrong = sum(int(row.split()[0]) for row in rows)
    assert right + wrong == required


def test_the_speaker_table_lists_what_a_hand_check_needs(tmp_path):
    from quoteattr.model import Document, Quote
    from quoteattr.store import QuoteDB

    text = "“We gaan door”, zei premier Anna Visser. “Het klopt”, zei Visser. “Nee”, zei Bert Kok."
    quotes = [Quote("a1", text.index(w), text.index(w) + len(w), w, "direct", speaker=s, speaker_mention=m,
                    speaker_role=r)
              for w, s, m, r in (("We gaan door", "Anna Visser", "premier Anna Visser", "premier"),
                                 ("Het klopt", "Visser", "Visser", None), ("Nee", "Bert Kok", "Bert Kok", None))]
    with QuoteDB(tmp_path / "q.db") as db:
        db.add(Document("a1", text), quotes)
    script = REPO / "evaluation" / "speaker_table.py"
    done = subprocess.run([sys.executable, str(script), "--db", str(tmp_path / "q.db"), "--top", "1"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("#1 [") and "Anna Visser (person) quotes=2 docs=1" in lines[0]
    assert any('"premier"' in line for line in lines) and "Bert Kok" not in done.stdout
    table = subprocess.run([sys.executable, str(script), "--db", str(tmp_path / "q.db"), "--markdown"],
                           capture_output=True, text=True).stdout.splitlines()
    assert table[2] == "| 1 | Anna Visser | person | 2 | 1 |  |  |" and table[3].startswith("| 2 | Bert Kok |")
