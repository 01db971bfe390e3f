"""Accuracy floors on the shared development corpora (the issue's "done when"), measured
end to end through the CLI and our evaluator. Marked `corpus`: skipped without ../shared."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import SHARED, skip_without_shared
from quoteattr.cli import main
from quoteattr.evaluate import evaluate, load_records, records_from_dicts

pytestmark = [pytest.mark.corpus, skip_without_shared]


def run(texts, gold):
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", "-q", str(texts)])
    assert result.exit_code == 0, result.output
    pred = records_from_dicts(json.loads(line) for line in result.stdout.splitlines() if line.strip())
    return evaluate(load_records(gold), pred)


def test_seed_article_every_required_record_with_its_speaker():
    scores = run(SHARED / "seed", SHARED / "seed" / "expected.jsonl")
    quoted, indirect = scores[("quoted", 0.3)], scores[("indirect", 0.3)]
    assert (quoted.f1, quoted.e2e_f1) == (1.0, 1.0)
    assert (indirect.f1, indirect.e2e_f1) == (1.0, 1.0)


@pytest.mark.parametrize(
    "corpus, quoted_f1, speaker_acc, indirect_f1",
    [("dev", 0.90, 0.90, 0.65), ("dev_modern", 0.90, 0.90, 0.65)],
)
def test_development_corpora_meet_the_floors(corpus, quoted_f1, speaker_acc, indirect_f1):
    d = SHARED / "corpora" / corpus
    scores = run(d, d / "gold.jsonl")
    assert scores[("quoted", 0.3)].f1 >= quoted_f1
    assert scores[("quoted", 0.3)].speaker_acc >= speaker_acc
    assert scores[("indirect", 0.3)].f1 >= indirect_f1
