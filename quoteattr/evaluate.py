"""Scoring predicted quotes against gold JSONL (the GenderGapTracker protocol).

Documents are matched by basename. A gold quote is found when a prediction of the same track
covers at least ``threshold`` of it (overlap = shared characters / gold length; thresholds 0.3
and 0.8), one prediction per gold quote, best overlap first. Required gold is matched before
gold marked ``"optional": true``; a prediction on optional gold is neither counted nor penalised.
Gold of kind ``other`` (scare quotes, titles) is never required, so a prediction on it is a false
positive; predictions of kind ``other`` are ignored. ``direct`` and ``partial`` are scored
together as the ``quoted`` track, ``indirect`` apart. A found quote's speaker is right when both
are empty, or the gold's last name token is among the prediction's, or the prediction's tokens
are a subset of the gold's (``Rutte`` for ``Mark Rutte``). End-to-end F1 counts a quote only
when it is found and attributed right.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from .errors import InputError
from .read import read_bytes

#: scored tracks: name → the kinds it covers
TRACKS: dict[str, tuple[str, ...]] = {"quoted": ("direct", "partial"), "indirect": ("indirect",)}
#: overlap thresholds: lenient (GenderGapTracker) and strict
THRESHOLDS = (0.3, 0.8)
#: words left out when comparing speaker names
NAME_STOPWORDS = frozenset(
    {"de", "het", "een", "van", "der", "den", "ten", "ter", "te", "'t", "in", "op", "en"}
)
_NAME_TOKEN = re.compile(r"[\w'’-]+")


@dataclass(frozen=True, slots=True)
class Record:
    """One gold or predicted quote, as the scorer sees it."""

    doc: str  # basename of the document
    start: int
    end: int
    text: str = ""
    kind: str | None = "direct"
    speaker: str | None = None
    optional: bool = False
    where: str = ""  # FILE:LINE it came from, for listings

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, default_kind: str | None = None, where: str = ""
    ) -> "Record":
        """A record from a JSONL object; InputError (naming ``where``) for missing or bad fields."""
        for key in ("start", "end"):
            value = data.get(key)
            if isinstance(value, bool) or not isinstance(value, int):
                raise InputError(f"'{key}' must be an integer, got {value!r}", source=where or None)
        speaker = data.get("speaker")
        if speaker is not None and not isinstance(speaker, str):
            raise InputError(f"'speaker' must be a string or null, got {speaker!r}", source=where or None)
        kind = data["kind"] if "kind" in data else default_kind
        return cls(
            doc=os.path.basename(str(data.get("doc", ""))),
            start=data["start"],
            end=data["end"],
            text=str(data.get("text") or ""),
            kind=kind,
            speaker=speaker,
            optional=bool(data.get("optional")),
            where=where,
        )


@dataclass(slots=True)
class Scores:
    """Figures for one track at one threshold, with the cases behind them."""

    track: str
    threshold: float
    n_gold: int
    n_pred: int
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    speaker_acc: float
    e2e_f1: float
    misses: list[Record] = field(default_factory=list)
    wrong_speaker: list[tuple[Record, Record]] = field(default_factory=list)
    false_positives: list[Record] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        """The numbers only, in report order."""
        return {
            "track": self.track,
            "threshold": self.threshold,
            "gold": self.n_gold,
            "pred": self.n_pred,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "P": self.precision,
            "R": self.recall,
            "F1": self.f1,
            "speaker_acc": self.speaker_acc,
            "e2e_F1": self.e2e_f1,
        }


def load_records(path: str | os.PathLike, *, default_kind: str | None = None) -> list[Record]:
    """Quote records from a JSONL file (gold or prediction); a bad line is an InputError at FILE:LINE.

    ``default_kind`` fills in a missing ``kind`` key (predictions default to ``direct``).
    """
    name = os.fspath(path)
    data = read_bytes(path, name)
    records = []
    for lineno, raw in enumerate(data.splitlines(), start=1):
        where = f"{name}:{lineno}"
        line = raw.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"invalid JSON: {exc}", source=where) from None
        if not isinstance(obj, dict):
            raise InputError("expected a JSON object", source=where)
        records.append(Record.from_dict(obj, default_kind=default_kind, where=where))
    return records


def records_from_dicts(
    rows: Iterable[Mapping[str, Any]], *, default_kind: str | None = "direct"
) -> list[Record]:
    """Records from quote dicts (``Quote.to_dict()`` output), e.g. fresh predictions."""
    return [Record.from_dict(row, default_kind=default_kind) for row in rows]


def name_tokens(name: str | None) -> list[str]:
    """Comparable tokens of a speaker name: NFC, casefolded, stop words and 1-letter tokens out."""
    text = unicodedata.normalize("NFC", name or "").casefold()
    return [w for w in _NAME_TOKEN.findall(text) if w not in NAME_STOPWORDS and len(w) > 1]


def speaker_ok(gold: str | None, pred: str | None) -> bool:
    """Whether a predicted speaker counts for the gold one ('Rutte' and 'Mark Rutte' do)."""
    if not gold:
        return not pred
    if not pred:
        return False
    g, p = name_tokens(gold), name_tokens(pred)
    if not g or not p:
        return False
    return g[-1] in p or set(p) <= set(g)


def overlap(gold: Record, pred: Record) -> float:
    """Share of the gold span that the prediction covers."""
    shared = max(0, min(gold.end, pred.end) - max(gold.start, pred.start))
    return shared / max(1, gold.end - gold.start)


def _match(
    gold: Sequence[Record],
    pred: Sequence[Record],
    threshold: float,
    gold_ids: Iterable[int],
    taken: set[int],
    pred_by_doc: Mapping[str, list[int]],
) -> dict[int, int]:
    """Greedy one-to-one gold→pred matching, best overlap first (ties: later records first)."""
    pairs = []
    for gi in gold_ids:
        for pi in pred_by_doc.get(gold[gi].doc, ()):
            if pi not in taken:
                o = overlap(gold[gi], pred[pi])
                if o >= threshold:
                    pairs.append((o, gi, pi))
    pairs.sort(reverse=True)
    got: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi not in got and pi not in taken:
            got[gi] = pi
            taken.add(pi)
    return got


def _ratio(num: int, den: int) -> float:
    return num / max(1, den)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / max(1e-9, p + r)


def score(
    gold: Sequence[Record], pred: Sequence[Record], kinds: Iterable[str], threshold: float, *, track: str = ""
) -> Scores:
    """Precision, recall, F1, speaker accuracy and end-to-end F1 of ``pred`` on ``kinds``."""
    kinds = frozenset(kinds) - {"other"}
    gold = [g for g in gold if g.kind in kinds or g.optional]
    pred = [p for p in pred if p.kind in kinds]
    required = [i for i, g in enumerate(gold) if g.kind in kinds and not g.optional]
    optional = [i for i, g in enumerate(gold) if g.optional]
    pred_by_doc: dict[str, list[int]] = defaultdict(list)
    for pi, p in enumerate(pred):
        pred_by_doc[p.doc].append(pi)

    taken: set[int] = set()
    found = _match(gold, pred, threshold, required, taken, pred_by_doc)
    neutral = _match(gold, pred, threshold, optional, taken, pred_by_doc)
    tp, fp, fn = len(found), len(pred) - len(found) - len(neutral), len(required) - len(found)
    right = [gi for gi in required if gi in found and speaker_ok(gold[gi].speaker, pred[found[gi]].speaker)]

    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    e2e_p, e2e_r = _ratio(len(right), tp + fp), _ratio(len(right), tp + fn)
    right_set = set(right)
    return Scores(
        track=track,
        threshold=threshold,
        n_gold=len(required),
        n_pred=len(pred),
        tp=tp,
        fp=fp,
        fn=fn,
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        speaker_acc=_ratio(len(right), tp),
        e2e_f1=_f1(e2e_p, e2e_r),
        misses=[gold[gi] for gi in required if gi not in found],
        wrong_speaker=[(gold[gi], pred[found[gi]]) for gi in required if gi in found and gi not in right_set],
        false_positives=[pred[pi] for pi in range(len(pred)) if pi not in taken],
    )


def evaluate(gold: Sequence[Record], pred: Sequence[Record]) -> dict[tuple[str, float], Scores]:
    """Scores for every track × threshold, keyed ``("quoted", 0.3)`` etc., in report order."""
    return {
        (track, thr): score(gold, pred, kinds, thr, track=track)
        for track, kinds in TRACKS.items()
        for thr in THRESHOLDS
    }


#: columns of the evaluation report, in order
REPORT_COLUMNS = ("track", "threshold", "gold", "pred", "P", "R", "F1", "speaker_acc", "e2e_F1")


def report_rows(results: Mapping[tuple[str, float], Scores]) -> list[dict[str, str]]:
    """The report as text cells, ratios to 3 decimals (as score.py prints them)."""
    rows = []
    for s in results.values():
        figures = s.figures()
        rows.append(
            {k: f"{figures[k]:.3f}" if k in _RATIO_COLUMNS else str(figures[k]) for k in REPORT_COLUMNS}
        )
    return rows


_RATIO_COLUMNS = frozenset({"P", "R", "F1", "speaker_acc", "e2e_F1"})


def report_table(results: Mapping[tuple[str, float], Scores]) -> str:
    """The 4-row report as a text grid."""
    from tabulate import tabulate

    rows = report_rows(results)
    return tabulate(
        [list(r.values()) for r in rows],
        headers=list(REPORT_COLUMNS),
        tablefmt="simple_grid",
        disable_numparse=True,
        colalign=("left",) + ("right",) * (len(REPORT_COLUMNS) - 1),
    )


@dataclass(frozen=True, slots=True)
class Case:
    """One error behind the figures: a miss, a wrong speaker, or a false positive."""

    label: str  # miss | wrong | false
    track: str
    gold: Record | None
    pred: Record | None

    def line(self) -> str:
        """One readable line: ``MISS quoted a.txt:10-42 'tekst' gold: Mark Rutte``."""
        g, p = self.gold, self.pred
        if self.label == "miss":
            return f"MISS   {self.track:8s} {g.doc}:{g.start}-{g.end} {_short(g.text)!r} gold: {g.speaker}"
        if self.label == "wrong":
            return (
                f"WRONG  {self.track:8s} {g.doc}:{g.start}-{g.end} {_short(g.text, 50)!r} "
                f"gold: {g.speaker} pred: {p.speaker}"
            )
        return (
            f"FALSE  {self.track:8s} {p.doc}:{p.start}-{p.end} {_short(p.text)!r} {p.kind} pred: {p.speaker}"
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"case": self.label, "track": self.track}
        for key, rec in (("gold", self.gold), ("pred", self.pred)):
            if rec is not None:
                out[key] = {
                    "doc": rec.doc,
                    "start": rec.start,
                    "end": rec.end,
                    "text": rec.text,
                    "kind": rec.kind,
                    "speaker": rec.speaker,
                }
        return out


def cases(results: Mapping[tuple[str, float], Scores], threshold: float = 0.3) -> list[Case]:
    """Misses, wrong speakers and false positives of every track at ``threshold``."""
    out = []
    for track in TRACKS:
        s = results[(track, threshold)]
        out += [Case("miss", track, g, None) for g in s.misses]
        out += [Case("wrong", track, g, p) for g, p in s.wrong_speaker]
        out += [Case("false", track, None, p) for p in s.false_positives]
    return out


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
