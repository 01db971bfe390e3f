"""The bundled example articles, their gold annotation and the legacy-encoded examples."""
from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _load_build_gold() -> ModuleType:
    """Import fixtures/build_gold.py (a script, not a package module)."""
    spec = importlib.util.spec_from_file_location("build_gold", FIXTURES / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gold"] = module
    spec.loader.exec_module(module)
    return module


bg = _load_build_gold()
ARTICLES = sorted(p.name for p in (FIXTURES / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def built():
    """One in-memory build of everything build_gold.py generates."""
    return bg.build()


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    """The committed gold records."""
    with open(FIXTURES / "gold.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="module")
def contents() -> dict[str, str]:
    """The committed articles, read as the guidelines read them."""
    return bg.read_articles()[0]


# ---------------------------------------------------------------- committed files are valid

@pytest.mark.parametrize("name", ARTICLES)
def test_article_layout(name):
    raw = (FIXTURES / "articles" / name).read_bytes()
    content = raw.decode("utf-8")
    assert bg.check_article(content, raw) == []


def test_between_ten_and_twelve_articles_all_annotated(gold):
    assert 10 <= len(ARTICLES) <= 12
    assert {r["doc"] for r in gold} == set(ARTICLES)


def test_committed_gold_passes_every_check(gold, contents):
    assert bg.check_gold(gold, contents) == []


def test_gold_lines_use_the_documented_key_order():
    for line in (FIXTURES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        keys = list(json.loads(line))
        assert keys == [k for k in bg.KEY_ORDER if k in keys]
        assert keys[:7] == list(bg.KEY_ORDER[:7])


def test_every_kind_and_region_is_present(gold):
    assert {r["kind"] for r in gold} == set(bg.KINDS)
    assert {bg.REGION[r["doc"]] for r in gold} >= {"NL", "BE"}
    assert 120 <= len(gold) <= 180


def test_speech_spans_never_overlap(gold):
    """Speech records never overlap, except a partial quotation inside the reported speech that
    holds it ("Volgens X krijgt hij “…” de tijd"), as the dev gold annotates it."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for r in gold:
        if r["kind"] != "other":
            spans.setdefault(r["doc"], []).append((r["start"], r["end"], r["kind"]))
    for doc, ss in spans.items():
        ss.sort()
        for (_, a_end, a_kind), (b_start, b_end, b_kind) in zip(ss, ss[1:]):
            nested = a_kind == "indirect" and b_kind == "partial" and b_end <= a_end
            assert a_end <= b_start or nested, doc


# ---------------------------------------------------------------- generated files are up to date

def test_build_has_no_problems(built):
    assert [str(p) for p in built.problems] == []


@pytest.mark.parametrize("name", ["gold.jsonl", "encodings/expected.json",
                                  "encodings/zaanstad-parkeren.cp1252.txt",
                                  "encodings/brugge-kantschool.latin1.txt"])
def test_generated_file_is_up_to_date(built, name, tmp_path):
    assert bg.main(["--out", str(tmp_path), "--quiet"]) == 0
    regenerated = (tmp_path / name).read_bytes()
    assert regenerated == built.files[name]
    assert (FIXTURES / name).read_bytes() == regenerated, f"run python fixtures/build_gold.py ({name})"


def test_readme_coverage_tables_are_up_to_date(built):
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    assert bg.readme_with_coverage(readme, bg.coverage_markdown(built)) == readme


def test_readme_example_record_is_a_gold_line():
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    examples = [m.strip() for m in re.findall(r'^    (\{"doc".*)$', readme, flags=re.M)]
    gold_lines = set((FIXTURES / "gold.jsonl").read_text(encoding="utf-8").splitlines())
    assert examples and all(e in gold_lines for e in examples)


def test_build_is_deterministic(built):
    again = bg.build()
    assert again.files == built.files
    assert bg.coverage_markdown(again) == bg.coverage_markdown(built)


@pytest.mark.parametrize("feature", sorted(bg.COVERAGE_MINIMUM))
def test_style_is_covered(built, feature):
    count = sum(bg.coverage(built).get(feature, {}).values())
    assert count >= bg.COVERAGE_MINIMUM[feature], f"{feature}: {count} records"


def test_apostrophes_sit_inside_quotes_in_their_own_glyph(gold, contents):
    # 'Joris' moeder …' and ‘M’n broer …’: the apostrophe has the same glyph as the marks.
    inside = [r for r in gold if r["kind"] == "direct" and bg.APOSTROPHE.search(r["text"])
              and contents[r["doc"]][r["start"] - 1] in ("'", "‘")]
    glyphs = {contents[r["doc"]][r["start"] - 1] for r in inside}
    assert glyphs == {"'", "‘"} and len(inside) >= 6


# ---------------------------------------------------------------- the checks catch mistakes

def _record(gold, doc, text_start):
    return next(r for r in gold if r["doc"] == doc and r["text"].startswith(text_start))


def _problems(records, contents):
    return [m for _, m in bg.check_gold(records, contents)]


def _with(gold, old, new):
    records = [r for r in gold if r is not old] + [new]
    return sorted(records, key=lambda r: (r["doc"], r["start"], r["end"]))


def test_check_catches_a_span_shifted_onto_its_mark(gold, contents):
    old = _record(gold, "nl-fietsbrug-deventer.txt", "Dat kun je")
    rec = copy.deepcopy(old)
    rec["start"] -= 1
    rec["text"] = contents[rec["doc"]][rec["start"]:rec["end"]]
    assert any("opening mark" in m for m in _problems(_with(gold, old, rec), contents))


def test_check_catches_text_not_matching_offsets(gold, contents):
    old = _record(gold, "nl-stikstof-uitstel.txt", "murw")
    rec = dict(old, end=old["end"] + 1)
    assert any("text != content" in m for m in _problems(_with(gold, old, rec), contents))


def test_check_catches_an_indirect_span_keeping_its_full_stop(gold, contents):
    old = _record(gold, "nl-stalbrand-barneveld.txt", "de oorzaak")
    rec = dict(old, end=old["end"] + 1, text=old["text"] + ".")
    assert any("full stop" in m for m in _problems(_with(gold, old, rec), contents))


def test_check_catches_a_span_ending_at_an_apostrophe(gold, contents):
    old = _record(gold, "nl-kermis-culemborg.txt", "Vorige week is Hans")
    text = "Vorige week is Hans"
    rec = dict(old, end=old["start"] + len(text), text=text)
    assert any("apostrophe" in m for m in _problems(_with(gold, old, rec), contents))


def test_check_catches_mismatched_marks(gold, contents):
    # from inside “Telt dit mee?” to the ’ that closes the outer ‘…’
    old = _record(gold, "be-examens-eerste-graad.txt", "In het begin")
    content = contents[old["doc"]]
    start = content.index("Telt dit mee?")
    rec = dict(old, start=start, text=content[start:old["end"]])
    assert any("ends neither" in m for m in _problems(_with(gold, old, rec), contents))


def test_check_catches_overlapping_speech_records(gold, contents):
    old = _record(gold, "nl-fietsbrug-deventer.txt", "Ik snap best")
    inner = dict(old, start=old["start"], end=old["start"] + len("Ik snap best"), text="Ik snap best",
                 kind="partial")
    records = sorted(gold + [inner], key=lambda r: (r["doc"], r["start"], r["end"]))
    assert any("overlap" in m for m in _problems(records, contents))


def test_check_catches_a_dash_turn_cut_mid_sentence(gold, contents):
    old = _record(gold, "be-bakkerij-sint-gillis.txt", "Vreemd.")
    rec = dict(old, end=old["start"] + len("Vreemd. Ik sta"), text="Vreemd. Ik sta")
    assert any("dash turn" in m for m in _problems(_with(gold, old, rec), contents))


@pytest.mark.parametrize("change, message", [
    ({"kind": "quote"}, "invalid kind"),
    ({"speaker": "Iemand"}, "speaker null"),
    ({"optional": False}, "'optional' must be true"),
    ({"extra": 1}, "unknown key"),
])
def test_check_catches_bad_labels(gold, contents, change, message):
    old = _record(gold, "nl-fietsbrug-deventer.txt", "tijdelijke")
    assert any(message in m for m in _problems(_with(gold, old, dict(old, **change)), contents))


def test_check_article_names_the_offending_lines():
    text = "Titel\n\nEerste alinea.\n\n\nTweede alinea. \nDerde\r\n"
    lines = {line for line, _ in bg.check_article(text)}
    assert {5, 6, 7} <= lines
    assert any("CR" in m for _, m in bg.check_article(text))


def test_build_reports_annotation_file_and_line(capsys, monkeypatch):
    bad = dict(bg.ANN)
    doc = "nl-fietsbrug-deventer.txt"
    wrong = bg.R("Deze zin staat niet in het artikel", "direct", "Niemand", "zei")
    bad[doc] = list(bg.ANN[doc]) + [wrong]
    monkeypatch.setattr(bg, "ANN", bad)
    assert bg.main(["--check", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert re.search(r"^fixtures/build_gold\.py:%d: %s: text not found" % (wrong.line, re.escape(doc)),
                     err, flags=re.M)


def test_repeated_text_must_name_its_occurrence(monkeypatch):
    doc = "be-voetbal-denderhoven.txt"
    anns = [a for a in bg.ANN[doc] if a.text != "Ik ben geen opgever"]
    anns.append(bg.R("Ik ben geen opgever", "direct", "Dirk Vandenbroucke", ":", optional=True,
                     note="headline"))
    b = bg.build({**bg.ANN, doc: anns})
    assert any("occurs 2 times" in p.message for p in b.problems)


# ---------------------------------------------------------------- legacy encodings

EXPECTED = json.loads((FIXTURES / "encodings" / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", EXPECTED, ids=[e["file"] for e in EXPECTED])
def test_encoded_example_decodes_to_the_expected_text(entry):
    raw = (FIXTURES / "encodings" / entry["file"]).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode(entry["encoding"])
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == entry["sha256_utf8"]
    assert len(text) == entry["chars"]
    assert text.split("\n", 1)[0] == entry["title"]
    assert entry["quote"] in text
    assert bg.check_article(text) == []


def test_cp1252_example_uses_the_windows_quote_bytes():
    entry = next(e for e in EXPECTED if e["encoding"] == "cp1252")
    raw = (FIXTURES / "encodings" / entry["file"]).read_bytes()
    for byte in (b"\x93", b"\x94", b"\x91", b"\x92", b"\x80"):
        assert byte in raw
    latin1 = raw.decode("latin-1")
    assert entry["quote"] in latin1 and "\x93" in latin1  # read as Latin-1 the marks become C1 controls


def test_latin1_example_reads_the_same_as_cp1252():
    entry = next(e for e in EXPECTED if e["encoding"] == "latin-1")
    raw = (FIXTURES / "encodings" / entry["file"]).read_bytes()
    assert not any(0x80 <= b <= 0x9F for b in raw)
    assert raw.decode("cp1252") == raw.decode("latin-1")
    assert "«" + entry["quote"] in raw.decode("latin-1")
