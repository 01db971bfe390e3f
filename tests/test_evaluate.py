"""Scoring: the GenderGapTracker protocol, checked on small cases and against ../shared/tools/score.py."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import SHARED
from quoteattr.errors import InputError
from quoteattr.evaluate import (
    Record,
    evaluate,
    load_records,
    name_tokens,
    overlap,
    records_from_dicts,
    report_rows,
    score,
    speaker_ok,
)

QUOTED = ("direct", "partial")


def rec(
    start: int,
    end: int,
    kind: str | None = "direct",
    speaker: str | None = None,
    doc: str = "a.txt",
    optional: bool = False,
) -> Record:
    return Record(
        doc=doc, start=start, end=end, text=f"t{start}", kind=kind, speaker=speaker, optional=optional
    )


@pytest.mark.parametrize(
    "gold, pred, ok",
    [
        ("Mark Rutte", "Rutte", True),
        ("Mark Rutte", "Mark", True),  # a subset of the gold tokens
        ("Mark Rutte", "premier Mark Rutte", True),  # gold's last name among the prediction's tokens
        ("Mark Rutte", "Sigrid Kaag", False),
        ("Mark Rutte", "premier", False),
        ("Ursula von der Leyen", "Von der Leyen", True),
        ("Zoë de Vries", "Zoe\u0308 Jansen", False),
        ("Zoë de Vries", "VRIES", True),  # casefolded; 'de' is a stop word
        ("Zoë Jansen", "Zoe\u0308", True),  # NFC: composed and decomposed ë are the same
        (None, None, True),
        ("", None, True),
        (None, "Mark Rutte", False),
        ("Mark Rutte", None, False),
        ("Mark Rutte", "de", False),  # nothing comparable left in the prediction
    ],
)
def test_speaker_ok(gold: str | None, pred: str | None, ok: bool) -> None:
    assert speaker_ok(gold, pred) is ok


def test_name_tokens() -> None:
    assert name_tokens("Ahmed van 't Hof-Aboutaleb") == ["ahmed", "hof-aboutaleb"]


@pytest.mark.parametrize(
    "gold, pred, share",
    [((10, 30), (20, 40), 0.5), ((10, 30), (0, 100), 1.0), ((10, 30), (30, 40), 0.0), ((5, 5), (0, 10), 0.0)],
)
def test_overlap(gold: tuple[int, int], pred: tuple[int, int], share: float) -> None:
    assert overlap(rec(*gold), rec(*pred)) == share


@pytest.mark.parametrize(
    "gold, pred, threshold, tp, fp, fn",
    [
        pytest.param([rec(10, 30)], [rec(20, 40)], 0.3, 1, 0, 0, id="half-overlap-lenient"),
        pytest.param([rec(10, 30)], [rec(20, 40)], 0.8, 0, 1, 1, id="half-overlap-strict"),
        pytest.param([rec(0, 10), rec(12, 20)], [rec(0, 20)], 0.3, 1, 0, 1, id="one-pred-one-gold"),
        pytest.param([rec(0, 20)], [rec(0, 20), rec(2, 18)], 0.3, 1, 1, 0, id="duplicate-pred-is-fp"),
        pytest.param(
            [rec(0, 40), rec(5, 35, kind="indirect", optional=True)],
            [rec(5, 35)],
            0.3,
            1,
            0,
            0,
            id="required-before-optional",
        ),
        pytest.param([rec(0, 20, optional=True)], [rec(0, 20)], 0.3, 0, 0, 0, id="optional-is-neutral"),
        pytest.param([rec(0, 20, kind="other")], [rec(0, 20)], 0.3, 0, 1, 0, id="pred-on-gold-other-is-fp"),
        pytest.param([rec(0, 20)], [rec(0, 20, kind="other")], 0.3, 0, 0, 1, id="pred-other-ignored"),
        pytest.param(
            [rec(0, 20, kind="partial")], [rec(0, 20)], 0.3, 1, 0, 0, id="partial-and-direct-one-track"
        ),
        pytest.param([rec(0, 20)], [rec(0, 20, kind="indirect")], 0.3, 0, 0, 1, id="indirect-apart"),
        pytest.param([rec(0, 20)], [rec(0, 20, doc="b.txt")], 0.3, 0, 1, 1, id="other-document"),
        pytest.param([rec(0, 20)], [rec(0, 20, kind=None)], 0.3, 0, 0, 1, id="null-kind-dropped"),
        pytest.param([], [], 0.3, 0, 0, 0, id="empty"),
    ],
)
def test_matching(
    gold: list[Record], pred: list[Record], threshold: float, tp: int, fp: int, fn: int
) -> None:
    s = score(gold, pred, QUOTED, threshold)
    assert (s.tp, s.fp, s.fn) == (tp, fp, fn)
    assert len(s.misses) == fn and len(s.false_positives) == fp


def test_figures() -> None:
    gold = [
        rec(0, 10, speaker="Mark Rutte"),
        rec(20, 30, speaker="Sigrid Kaag"),
        rec(40, 50, speaker=None),
        rec(60, 70, speaker="Hugo de Jonge"),
    ]
    pred = [rec(0, 10, speaker="Rutte"), rec(20, 30, speaker="Rutte"), rec(40, 50), rec(80, 90)]
    s = score(gold, pred, QUOTED, 0.3)
    assert (s.n_gold, s.n_pred, s.tp, s.fp, s.fn) == (4, 4, 3, 1, 1)
    assert s.precision == s.recall == s.f1 == 0.75
    assert s.speaker_acc == pytest.approx(2 / 3)
    assert s.e2e_f1 == pytest.approx(0.5)
    assert [(g.speaker, p.speaker) for g, p in s.wrong_speaker] == [("Sigrid Kaag", "Rutte")]
    assert [g.start for g in s.misses] == [60] and [p.start for p in s.false_positives] == [80]


def test_evaluate_tracks_and_rows() -> None:
    gold = [rec(0, 10, kind="direct"), rec(20, 30, kind="indirect", speaker="De minister")]
    pred = [rec(0, 10, kind="partial"), rec(20, 30, kind="indirect", speaker="minister")]
    results = evaluate(gold, pred)
    assert list(results) == [("quoted", 0.3), ("quoted", 0.8), ("indirect", 0.3), ("indirect", 0.8)]
    assert all(s.f1 == 1.0 and s.e2e_f1 == 1.0 for s in results.values())
    assert report_rows(results)[2] == {
        "track": "indirect",
        "threshold": "0.3",
        "gold": "1",
        "pred": "1",
        "P": "1.000",
        "R": "1.000",
        "F1": "1.000",
        "speaker_acc": "1.000",
        "e2e_F1": "1.000",
    }


def test_load_records(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text(
        '{"doc": "map/a.txt", "start": 1, "end": 5, "text": "abcd", "speaker": "Rutte"}\n\n'
        '{"doc": "b.txt", "start": 2, "end": 3, "kind": "indirect", "optional": true}\n',
        encoding="utf-8",
    )
    first, second = load_records(path, default_kind="direct")
    assert (first.doc, first.kind, first.speaker, first.where) == ("a.txt", "direct", "Rutte", f"{path}:1")
    assert (second.kind, second.optional, second.where) == ("indirect", True, f"{path}:3")
    assert load_records(path)[0].kind is None  # gold gets no default kind


@pytest.mark.parametrize(
    "line, message",
    [
        ("{kapot", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"doc": "a", "end": 3}', "'start' must be"),
        ('{"doc": "a", "start": 1, "end": "3"}', "'end' must be"),
        ('{"doc": "a", "start": 1, "end": 3, "speaker": 7}', "'speaker' must be"),
    ],
)
def test_load_records_names_bad_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc": "a", "start": 0, "end": 1}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_records(path)
    assert str(info.value).startswith(f"{path}:2: {message}")


def test_records_from_dicts_defaults_kind() -> None:
    [r] = records_from_dicts([{"doc": "x/y.txt", "start": 0, "end": 2, "text": "ja"}])
    assert (r.doc, r.kind) == ("y.txt", "direct")


# --- agreement with the independent scorer -----------------------------------------------------

SCORE_PY = SHARED / "tools" / "score.py"
_LINE = re.compile(
    r"^(\w+)\s+@([\d.]+): gold=(\d+) pred=(\d+) P=([\d.]+) R=([\d.]+) F1=([\d.]+) "
    r"speaker_acc=([\d.]+) e2e_F1=([\d.]+)$"
)


def perturb(gold: list[dict], seed: int) -> list[dict]:
    """A prediction file made from gold: drops, shifted offsets, wrong speakers, kinds, extras."""
    rng = random.Random(seed)
    speakers = sorted({g["speaker"] for g in gold if g.get("speaker")})
    docs = sorted({g["doc"] for g in gold})
    pred: list[dict] = []
    for i, g in enumerate(gold):
        if rng.random() < 0.15:
            continue
        p = {k: g[k] for k in ("doc", "start", "end", "text", "kind", "speaker")}
        length = max(1, p["end"] - p["start"])
        if rng.random() < 0.3:
            p["start"] += rng.randint(-length, length) // 2
            p["end"] = max(p["start"], p["end"] + rng.randint(-length, length) // 2)
        roll = rng.random()
        if roll < 0.15:
            p["speaker"] = rng.choice(speakers)
        elif roll < 0.25 and p["speaker"]:
            p["speaker"] = p["speaker"].split()[-1]
        elif roll < 0.32:
            p["speaker"] = None
        elif roll < 0.36 and p["speaker"]:
            p["speaker"] = "de " + p["speaker"].split()[0]
        roll = rng.random()
        if roll < 0.12:
            p["kind"] = rng.choice(["direct", "partial", "indirect", "other"])
        elif roll < 0.18:
            del p["kind"]
        if rng.random() < 0.3:
            p["doc"] = f"corpus/{rng.choice(['dev', 'x'])}/{p['doc']}"
        if rng.random() < 0.05 and i + 1 < len(gold) and gold[i + 1]["doc"] == g["doc"]:
            p["end"] = max(p["end"], gold[i + 1]["end"])  # one prediction over two quotes
        pred.append(p)
        if rng.random() < 0.1:
            pred.append(dict(p, start=p["start"] + 1))  # a near-duplicate
    for _ in range(25):
        start = rng.randint(0, 3000)
        pred.append(
            {
                "doc": rng.choice(docs),
                "start": start,
                "end": start + rng.randint(0, 200),
                "text": "x",
                "kind": rng.choice(["direct", "partial", "indirect", "other"]),
                "speaker": rng.choice(speakers + [None]),
            }
        )
    rng.shuffle(pred)
    return pred


def run_score_py(gold: Path, pred: Path) -> tuple[dict, list[str]]:
    out = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold), str(pred), "--show"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.splitlines()
    rows = {}
    for line in out:
        m = _LINE.match(line)
        if m:
            track, thr, *figures = m.groups()
            rows[(track, float(thr))] = figures
    return rows, out


CORPORA = ["dev", "dev_modern"]


@pytest.mark.corpus
@pytest.mark.parametrize("corpus", CORPORA)
@pytest.mark.parametrize("seed", [None, 1, 2, 3, 4, 5])
def test_agrees_with_score_py(shared_dir: Path, tmp_path: Path, corpus: str, seed: int | None) -> None:
    gold_path = shared_dir / "corpora" / corpus / "gold.jsonl"
    gold_rows = [
        json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    pred_rows = gold_rows if seed is None else perturb(gold_rows, seed)
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred_rows), encoding="utf-8"
    )

    expected, lines = run_score_py(gold_path, pred_path)
    results = evaluate(load_records(gold_path), load_records(pred_path, default_kind="direct"))
    assert len(expected) == 4
    for key, s in results.items():
        ours = [str(s.n_gold), str(s.n_pred)] + [
            f"{v:.3f}" for v in (s.precision, s.recall, s.f1, s.speaker_acc, s.e2e_f1)
        ]
        assert ours == expected[key], key

    # the cases behind the figures: the same misses, wrong speakers and false positives
    quoted, indirect = results[("quoted", 0.3)], results[("indirect", 0.3)]
    listed = Counter(
        line.split()[0]
        for line in lines
        if line.split() and line.split()[0] in ("MISS", "WRONG", "FALSE", "MISS-IND")
    )
    assert listed == Counter(
        {
            k: v
            for k, v in {
                "MISS": len(quoted.misses),
                "WRONG": len(quoted.wrong_speaker),
                "FALSE": len(quoted.false_positives),
                "MISS-IND": len(indirect.misses),
            }.items()
            if v
        }
    )
    misses = Counter(line.split(" ", 2)[1] for line in lines if line.startswith("MISS "))
    assert misses == Counter(r.doc for r in quoted.misses)
