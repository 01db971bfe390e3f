"""CoNLL-U input: text rebuilt with offsets, documents split, both readers, the UD treebanks."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from quoteattr.conllu import _comment_value, extract_conllu, read_conllu
from quoteattr.errors import InputError, UsageError
from quoteattr.model import KINDS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "conllu"
SHARED = ROOT.parent / "shared"
UD_FILES = sorted((SHARED / "corpora" / "ud").glob("*/*.conllu")) if SHARED.is_dir() else []

HAS_STANZA = importlib.util.find_spec("stanza") is not None
HAS_CONLLU = importlib.util.find_spec("conllu") is not None

READERS = [
    pytest.param("conllu", marks=pytest.mark.skipif(not HAS_CONLLU, reason="conllu package not installed")),
    pytest.param("stanza", marks=[pytest.mark.stanza,
                                  pytest.mark.skipif(not HAS_STANZA, reason="stanza not installed")]),
]


def check_offsets(parsed) -> None:
    """Every word's text sits at its offsets (the words of a multiword token share the token's);
    sentences are in order and inside the text."""
    text = parsed.document.text
    prev_end = 0
    for s in parsed.sentences:
        assert prev_end <= s.start < s.end <= len(text)
        prev_end = s.end
        spans = [(w.start, w.end) for w in s.words]
        for w in s.words:
            if spans.count((w.start, w.end)) > 1:
                assert w.end > w.start and not text[w.start:w.end].isspace()
            else:
                assert text[w.start:w.end] == w.text, (w, text[w.start:w.end])


def write(tmp_path: Path, body: str, name: str = "doc.conllu") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def row(i, form, head=0, deprel="root", misc="_", lemma=None, upos="X") -> str:
    return "\t".join([str(i), form, lemma or form.lower(), upos, "_", "_", str(head), deprel, "_", misc])


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("name", ["nieuws.conllu", "nieuws_ner.conllu"])
def test_fixture_text_and_offsets(reader: str, name: str) -> None:
    docs = read_conllu(FIXTURES / name, reader=reader)
    newdoc_ids = re.findall(r"^# newdoc id = (\S+)", (FIXTURES / name).read_text("utf-8"), re.M)
    assert [d.document.id for d in docs] == newdoc_ids
    for parsed in docs:
        check_offsets(parsed)
        text = parsed.document.text
        for s in parsed.sentences:
            assert text[s.start:s.end] == _comment_value(s.comments, "text")
        # paragraphs (# newpar) are separated by a blank line, sentences by one space
        for a, b in zip(parsed.sentences, parsed.sentences[1:]):
            gap = text[a.end:b.start]
            assert gap == ("\n\n" if b.paragraph != a.paragraph else " ")


def test_space_after_spaces_after_mwt_and_empty_nodes(tmp_path: Path) -> None:
    body = "\n".join([
        "# newdoc id = een",
        row(1, "Hij", 2, "nsubj", "_", upos="PRON"),
        row(2, "zei", 0, "root", "SpaceAfter=No", lemma="zeggen", upos="VERB"),
        row(3, ":", 2, "punct", r"SpacesAfter=\s\s"),
        "4-5\tzo'n\t_\t_\t_\t_\t_\t_\t_\t_",
        row(4, "zo", 5, "advmod"),
        row(5, "een", 6, "det"),
        "5.1\tzei\tzeggen\tVERB\t_\t_\t_\t_\t2:conj\t_",
        row(6, "ramp", 2, "obj", "SpaceAfter=No"),
        row(7, ".", 2, "punct"),
        "",
        row(1, "Klaar", 0, "root", "SpaceAfter=No"),
        row(2, "!", 1, "punct"),
        "",
        "# newdoc",
        row(1, "Twee", 0, "root"),
        "", "",
    ])
    path = write(tmp_path, body, "verhaal.conllu")
    for reader in [r for r, ok in (("conllu", HAS_CONLLU), ("stanza", HAS_STANZA)) if ok]:
        docs = read_conllu(path, reader=reader)
        assert [d.document.id for d in docs] == ["een", "verhaal#2"]
        assert docs[0].document.text == "Hij zei:  zo'n ramp. Klaar!"
        assert docs[1].document.text == "Twee"
        words = docs[0].sentences[0].words
        # the words of a multiword token share its offsets; the empty node is not a word
        assert [w.text for w in words] == ["Hij", "zei", ":", "zo", "een", "ramp", "."]
        assert (words[3].start, words[3].end) == (words[4].start, words[4].end) == (10, 14)
        for d in docs:
            check_offsets(d)


def test_one_document_per_file_named_after_it(tmp_path: Path) -> None:
    body = row(1, "Ja", 0, "root") + "\n\n" + row(1, "Nee", 0, "root") + "\n\n"
    path = write(tmp_path, body, "kort.conllu")
    docs = read_conllu(path, reader="conllu" if HAS_CONLLU else "stanza")
    assert [d.document.id for d in docs] == ["kort"]
    assert docs[0].document.text == "Ja Nee"
    assert docs[0].document.source == str(path)


@pytest.mark.parametrize("body, message", [
    ("", "empty"),
    ("1\tkapot\n\n", "malformed"),
])
@pytest.mark.parametrize("reader", READERS)
def test_bad_files_raise_input_error(tmp_path: Path, reader: str, body: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_conllu(write(tmp_path, body), reader=reader)


def test_missing_file_and_bad_options(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_conllu(tmp_path / "er-niet.conllu")
    with pytest.raises(UsageError, match="unknown kind"):
        extract_conllu(FIXTURES / "nieuws.conllu", kinds=["citaat"])
    with pytest.raises(UsageError, match="unknown backend"):
        extract_conllu(FIXTURES / "nieuws.conllu", backend="spacy")
    with pytest.raises(UsageError, match="reader"):
        read_conllu(FIXTURES / "nieuws.conllu", reader="udpipe")


@pytest.mark.parametrize("reader", READERS)
def test_parse_backend_keeps_quote_spans(reader: str) -> None:
    for name in ("nieuws.conllu", "nieuws_ner.conllu"):
        rules = extract_conllu(FIXTURES / name, backend="rules", kinds=KINDS, reader=reader)
        parsed = extract_conllu(FIXTURES / name, backend="stanza", kinds=KINDS, reader=reader)
        for r, p in zip(rules, parsed):
            assert r.ok and p.ok
            assert [(q.start, q.end, q.text, q.kind) for q in r.quotes] == \
                   [(q.start, q.end, q.text, q.kind) for q in p.quotes]
            for q in p.quotes:
                text = p.document.text
                assert text[q.start:q.end] == q.text
                if q.speaker_start is not None:
                    assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
                if q.cue_start is not None:
                    assert text[q.cue_start:q.cue_end] == q.cue


def test_parse_gives_the_apposition_name() -> None:
    """“…”, zei de kersverse Vlaamse minister van Onderwijs Ben Weyts gisteren."""
    results = extract_conllu(FIXTURES / "nieuws.conllu", kinds=KINDS, reader="conllu")
    results = {r.document.id: r for r in results}
    (quote,) = results["onderwijs"].quotes
    assert quote.speaker == "Ben Weyts"
    assert quote.speaker_kind == "person"


def words(parsed) -> list[tuple]:
    return [(w.start, w.end, w.lemma, w.upos, w.head, w.deprel, w.ner)
            for s in parsed.sentences for w in s.words]


@pytest.mark.skipif(not (HAS_STANZA and HAS_CONLLU), reason="needs both stanza and conllu")
@pytest.mark.stanza
def test_readers_agree() -> None:
    for path in [FIXTURES / "nieuws.conllu", FIXTURES / "nieuws_ner.conllu"] + UD_FILES[:1]:
        a, b = read_conllu(path, reader="conllu"), read_conllu(path, reader="stanza")
        assert [d.document.text for d in a] == [d.document.text for d in b]
        assert [words(d) for d in a] == [words(d) for d in b]


@pytest.mark.corpus
@pytest.mark.skipif(not UD_FILES, reason="../shared/corpora/ud is not present")
@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("path", UD_FILES, ids=lambda p: p.parent.name)
def test_ud_treebank_every_sentence_at_valid_offsets(path: Path, reader: str) -> None:
    sent_ids = re.findall(r"^# sent_id = ", path.read_text("utf-8"), re.M)
    results = extract_conllu(path, backend="stanza", kinds=KINDS, reader=reader)
    docs = read_conllu(path, reader=reader)
    assert sum(len(d.sentences) for d in docs) == len(sent_ids)
    assert len(results) == len(docs) and all(r.ok for r in results)
    for parsed, result in zip(docs, results):
        check_offsets(parsed)
        text = parsed.document.text
        for s in parsed.sentences:
            comment = _comment_value(s.comments, "text")
            assert comment is not None and text[s.start:s.end] == comment
        for q in result.quotes:
            assert text[q.start:q.end] == q.text
            if q.speaker_start is not None:
                assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
            if (q.sieve or "").startswith("stanza-"):  # ours: the speaker is never quoted text
                assert not (q.start <= q.speaker_start and q.speaker_end <= q.end)
