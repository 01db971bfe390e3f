"""Language data: every shipped file loads and is consistent; broken files fail naming file:line."""
from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from quoteattr.errors import LanguageDataError
from quoteattr.lang import load_language

LANG = load_language("nl")
PACKAGED = Path(str(resources.files("quoteattr.lang")))


def test_every_mark_pair_is_declared_both_ways():
    assert LANG.closes("“", "”") and LANG.closes("„", "”") and LANG.closes(",,", "''")
    assert LANG.closes("«", "»") and LANG.closes("‹", "›") and LANG.closes("‚", "’")
    assert not LANG.closes("“", "»")


def test_speech_verbs_have_forms_and_lemmas():
    for verb in LANG.speech_verbs:
        assert verb.forms, verb.lemma
    assert {"zeggen", "laten weten", "toevoegen", "aangeven", "uitleggen"} <= LANG.speech_verb_lemmas
    # separable verbs carry their part: "voegde … toe", "liet … weten"
    by_lemma = {v.lemma: v for v in LANG.speech_verbs}
    assert by_lemma["toevoegen"].particle == "toe" and "voegde" in by_lemma["toevoegen"].forms
    assert by_lemma["laten weten"].particle == "weten" and "liet" in by_lemma["laten weten"].forms


def test_titles_pronouns_particles_are_lower_case_sets():
    assert {"minister", "woordvoerder", "burgemeester"} <= LANG.titles
    assert LANG.pronouns["hij"][0] == "m" and LANG.pronouns["ze"][0] == "f/pl"
    assert {"van", "de", "der", "ter", "ten", "'t"} <= LANG.particles
    assert "Oekraïense" in LANG.nationalities


def test_loading_is_cached():
    assert load_language("nl") is LANG


@pytest.fixture
def lang_copy(tmp_path: Path) -> Path:
    shutil.copytree(PACKAGED / "nl", tmp_path / "nl")
    return tmp_path


def test_a_copy_loads_like_the_package(lang_copy: Path):
    assert load_language("nl", root=lang_copy).titles == LANG.titles


@pytest.mark.parametrize(
    "file, line, message",
    [
        ("titles.txt", "minister\n", "duplicate entry 'minister'"),
        ("speech_verbs.tsv", "zeggen\tzegt\n", "expected 4 tab-separated columns"),
        ("speech_verbs.tsv", "roepen2\troept\t-\tshout\n", "unknown class 'shout'"),
        ("quote_marks.tsv", "⸢\t⸣\tcurly\tcorner brackets\n", "unknown family 'curly'"),
        ("titles.txt", "Minister\n", "must be lower case"),
        ("pronouns.tsv", "hij \tm\tsubject\n", "stray spaces"),
    ],
    ids=["duplicate", "columns", "verb-class", "mark-family", "case", "spaces"],
)
def test_broken_data_names_file_and_line(lang_copy: Path, file: str, line: str, message: str):
    path = lang_copy / "nl" / file
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n" + line, encoding="utf-8")
    lineno = text.rstrip("\n").count("\n") + 2
    with pytest.raises(LanguageDataError) as err:
        load_language("nl", root=lang_copy)
    assert f"nl/{file}:{lineno}" in str(err.value) and message in str(err.value)
    assert err.value.exit_code == 5


def test_missing_file_is_named(lang_copy: Path):
    (lang_copy / "nl" / "titles.txt").unlink()
    with pytest.raises(LanguageDataError, match="missing language data file nl/titles.txt"):
        load_language("nl", root=lang_copy)


def test_a_speech_verb_lists_its_participle_last():
    """grammar.py reads a verb's participle as its last form ("had Magloire gezegd")."""
    from quoteattr.lang import load_language

    nl = load_language("nl")
    for verbs in nl.verb_forms.values():
        for v in verbs:
            participles = [f for f in v.forms if f.startswith("ge") and f.endswith(("d", "t"))
                           and not v.lemma.split()[-1].startswith("ge") and not v.lemma.endswith("geven")]
            assert not participles or v.forms[-1] in participles, v.lemma
