"""The stanza backend: speaker decisions on parses built from CoNLL-U, model loading, errors."""
from __future__ import annotations

import importlib.util
import json
import random
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from quoteattr.backends import get_backend
from quoteattr.backends import stanza as sb
from quoteattr.errors import BackendUnavailable
from quoteattr.model import Document, Quote

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "conllu"
DATA = Path(__file__).resolve().parent / "data" / "stanza"
SHARED = ROOT.parent / "shared"
UD_FILES = sorted((SHARED / "corpora" / "ud").glob("*/*.conllu")) if SHARED.is_dir() else []

HAS_STANZA = importlib.util.find_spec("stanza") is not None
needs_stanza = [pytest.mark.stanza, pytest.mark.skipif(not HAS_STANZA, reason="stanza not installed")]

#: “…” quotes in the fixtures; the spans come from this regex, not from the rules engine
QUOTE_RE = re.compile(r"“([^”]+)”")


def run_python(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


# ---------------------------------------------------------------------------------------------
# Without stanza (these run everywhere)


def test_core_and_rules_path_do_not_import_stanza_or_torch() -> None:
    out = run_python("import quoteattr, sys; quoteattr.extract('“Ja”, zei Jan.'); "
                     "import quoteattr.cli, quoteattr.conllu, quoteattr.backends.stanza; "
                     "print('stanza' in sys.modules, 'torch' in sys.modules)")
    assert out == "False False"


def test_backend_without_the_extra_says_how_to_install() -> None:
    out = run_python(
        "import sys; sys.modules['stanza'] = None\n"
        "import quoteattr\n"
        "try:\n    quoteattr.extract('“Ja”, zei Jan.', backend='stanza')\n"
        "except quoteattr.BackendUnavailable as e:\n    print(e.exit_code, e)\n"
    )
    assert out == '4 the stanza backend needs the stanza extra: pip install "quoteattr[stanza]"'


PARTIAL = {"nl": {"lang_name": "Dutch", "default_processors": {"tokenize": "alpino", "ner": "conll02"}}}


@pytest.mark.parametrize("resources", [None, PARTIAL])
def test_missing_models_fail_fast_without_loading_torch(tmp_path: Path, resources) -> None:
    if not HAS_STANZA:
        pytest.skip("stanza not installed: the install hint is tested above")
    if resources is not None:
        (tmp_path / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    out = run_python(
        "import sys\nfrom quoteattr.backends import get_backend\n"
        "from quoteattr.errors import BackendUnavailable\n"
        f"try:\n    get_backend('stanza', dir={str(tmp_path)!r})\n"
        "except BackendUnavailable as e:\n    print(e)\n"
        "print('torch' in sys.modules)\n"
    )
    message, torch_loaded = out.splitlines()
    assert torch_loaded == "False"
    assert str(tmp_path) in message and "quoteattr models download" in message
    if resources is not None:
        assert "missing: " in message and "ner" in message


# ---------------------------------------------------------------------------------------------
# Decisions on stanza Documents read from CoNLL-U (gold parses, no model)


def stanza_parse(path: Path) -> sb.ParsedDocument:
    """A stanza Document read by stanza's own reader, offsets rebuilt by stanza."""
    from stanza.utils.conll import CoNLL

    sdoc = CoNLL.conll2doc(input_file=str(path), reconstruct_text=True)
    return sb.from_stanza(Document(id=path.stem, text=sdoc.text), sdoc)


def regex_quotes(document: Document) -> list[Quote]:
    return [Quote(doc=document.id, start=m.start(1), end=m.end(1), text=m.group(1), kind="direct")
            for m in QUOTE_RE.finditer(document.text)]


FIXTURE_CASES = [
    # quote, speaker, sieve, kind, role words
    ("We gaan de lerarenopleiding grondig hervormen", "Ben Weyts", "stanza-subject", "person",
     "kersverse Vlaamse minister van Onderwijs"),
    ("De wachtlijsten worden elke maand langer", "Marleen Peeters", "stanza-pronoun", "person", None),
    # not Jan Jansen (obl)
    ("Dit is een historische dag", "Femke Halsema", "stanza-subject", "person", "burgemeester"),
    # colon-introduced
    ("We hebben fouten gemaakt.", "Hugo de Jonge", "stanza-subject", "person", "Minister"),
    ("De avond is jong", None, None, None, None),  # a book title: no speech verb, no speaker
    ("voorlopig dicht blijft", "Een woordvoerder van Rijkswaterstaat", "stanza-subject", "description", None),
    ("We doen er alles aan om de hinder te beperken", "Sanne de Groot", "stanza-ner", "person", None),
]


@pytest.mark.parametrize("quote_text, speaker, sieve, kind, role", FIXTURE_CASES)
@pytest.mark.parametrize("source", [pytest.param("stanza", marks=needs_stanza), "conllu"])
def test_speaker_decisions_on_fixture_parses(source, quote_text, speaker, sieve, kind, role) -> None:
    quotes_by_text = {}
    for name in ("nieuws.conllu", "nieuws_ner.conllu"):
        if source == "stanza":
            parsed_docs = [stanza_parse(FIXTURES / name)]
        else:
            from quoteattr.conllu import read_conllu

            parsed_docs = read_conllu(FIXTURES / name, reader="conllu")
        for parsed in parsed_docs:
            quotes = regex_quotes(parsed.document)
            refined = sb.attribute_parsed(parsed, quotes)
            assert [(q.start, q.end) for q in refined] == [(q.start, q.end) for q in quotes]
            for q in refined:
                text = parsed.document.text
                if q.speaker is not None:
                    assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
                if q.cue is not None:
                    assert text[q.cue_start:q.cue_end] == q.cue
                    assert not (q.start <= q.cue_start < q.end)  # the cue is outside the quote
                quotes_by_text[q.text] = q
    q = quotes_by_text[quote_text]
    assert (q.speaker, q.sieve, q.speaker_kind) == (speaker, sieve, kind)
    assert q.speaker_role == role


def test_indirect_speech_subject_with_apposition() -> None:
    """Premier Dick Schoof zei dinsdag dat het kabinet de begroting niet zal aanpassen."""
    from quoteattr.conllu import read_conllu

    docs = read_conllu(FIXTURES / "nieuws.conllu", reader="conllu")
    parsed = {p.document.id: p for p in docs}["zorgminister"]
    sent = parsed.sentences[-1]
    clause = [w for w in sent.words if w.head == 13 or w.id == 13]  # the ccomp "dat …" clause
    start, end = min(w.start for w in clause if w.upos != "SCONJ"), max(w.end for w in clause)
    text = parsed.document.text
    quote = Quote(doc="zorgminister", start=start, end=end, text=text[start:end], kind="indirect")
    (got,) = sb.attribute_parsed(parsed, [quote])
    assert (got.speaker, got.speaker_role, got.cue) == ("Dick Schoof", "Premier", "zei")


def test_confident_rule_speaker_is_kept_and_a_description_is_upgraded() -> None:
    from quoteattr.conllu import read_conllu

    parsed = {p.document.id: p for p in read_conllu(FIXTURES / "nieuws.conllu", reader="conllu")}["onderwijs"]
    (quote,) = regex_quotes(parsed.document)
    sure = replace(quote, speaker="Weyts", confidence=0.95, sieve="rules", speaker_kind="person")
    assert sb.attribute_parsed(parsed, [sure]) == [sure]
    vague = replace(quote, speaker="de kersverse Vlaamse minister", confidence=0.95, sieve="rules",
                    speaker_kind="description")
    (upgraded,) = sb.attribute_parsed(parsed, [vague])
    assert upgraded.speaker == "Ben Weyts" and upgraded.sieve == "stanza-subject"


@pytest.mark.corpus
@pytest.mark.stanza
@pytest.mark.skipif(not HAS_STANZA, reason="stanza not installed")
@pytest.mark.skipif(not UD_FILES, reason="../shared/corpora/ud is not present")
@pytest.mark.parametrize("path", UD_FILES, ids=lambda p: p.parent.name)
def test_ud_treebank_decisions_are_consistent_with_the_gold_parse(path: Path) -> None:
    """On the treebanks' quotes (,,…'' or "…"), every subject-sieve name is gold PROPN words."""
    parsed = stanza_parse(path)
    text = parsed.document.text
    quotes = [Quote(doc=path.stem, start=m.start(g), end=m.end(g), text=m.group(g), kind="direct")
              for m in re.finditer(r",,([^\n]+?)''|\"([^\"\n]+)\"", text) for g in (1, 2) if m.group(g)]
    assert quotes, "the treebank has quotes"
    refined = sb.attribute_parsed(parsed, quotes)
    words = {(w.start, w.end): w for s in parsed.sentences for w in s.words}
    named = 0
    for q, before in zip(refined, quotes):
        assert (q.start, q.end, q.text) == (before.start, before.end, before.text)
        if q.speaker is None:
            continue
        assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
        assert not (q.start <= q.speaker_start and q.speaker_end <= q.end)
        if q.sieve == "stanza-subject" and q.speaker_kind == "person":
            inside = [w for (s, e), w in words.items() if q.speaker_start <= s and e <= q.speaker_end]
            assert inside and all(w.upos == "PROPN" for w in inside), q
            named += 1
    assert named > 0


# ---------------------------------------------------------------------------------------------
# Model loading with a tiny NER model trained here (no download)


def read_tsv(path: Path) -> list[list[dict]]:
    sents, cur = [], []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        token, tag = line.split("\t")
        cur.append({"text": token, "ner": tag})
    if cur:
        sents.append(cur)
    return sents


def conllu_words(paths) -> set[str]:
    return {line.split("\t")[1] for p in paths for line in p.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> dict:
    """Train tiny Dutch NER, POS and dependency models (seconds) on tests/data/stanza/ner_train.tsv
    and the hand-parsed fixtures/conllu files; return their paths as pipeline options."""
    if not HAS_STANZA:
        pytest.skip("stanza not installed")
    import torch
    from stanza.models import ner_tagger, parser, tagger
    from stanza.models.common.pretrain import Pretrain

    root = tmp_path_factory.mktemp("stanza_tiny")
    sents = read_tsv(DATA / "ner_train.tsv")
    treebank = root / "train.conllu"
    treebank.write_text("".join(p.read_text("utf-8") for p in sorted(FIXTURES.glob("*.conllu"))), "utf-8")
    words = {t["text"] for s in sents for t in s} | conllu_words([treebank])
    vocab = sorted(words | {w.lower() for w in words})
    rng = random.Random(7)
    vec = root / "vectors.txt"
    vec.write_text(f"{len(vocab)} 8\n" + "".join(
        w + " " + " ".join(f"{rng.uniform(-1, 1):.4f}" for _ in range(8)) + "\n" for w in vocab), "utf-8")
    pretrain = root / "pretrain.pt"
    Pretrain(str(pretrain), str(vec)).load()  # writes the .pt from the text vectors
    ner_train = root / "ner.json"
    ner_train.write_text(json.dumps(sents), "utf-8")
    small = ["--wordvec_pretrain_file", str(pretrain), "--shorthand", "nl_tiny", "--save_dir", str(root),
             "--no_char", "--dropout", "0", "--word_dropout", "0", "--optim", "adam", "--lr", "0.01",
             "--eval_interval", "50"]
    syntax = ["--train_file", str(treebank), "--eval_file", str(treebank), "--lang", "nl",
              "--hidden_dim", "32", "--word_emb_dim", "16", "--tag_emb_dim", "8",
              "--transformed_dim", "16", "--batch_size", "1000"]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny matrices: one thread is faster, and fair to parallel jobs
    try:
        ner_tagger.main(["--mode", "train", "--train_file", str(ner_train), "--eval_file", str(ner_train),
                         "--save_name", "ner.pt", "--max_steps", "150", "--hidden_dim", "16",
                         "--word_emb_dim", "8", "--batch_size", "4", "--log_step", "1000"] + small)
        tagger.main(["--mode", "train", "--save_name", "pos.pt", "--max_steps", "150",
                     "--deep_biaff_hidden_dim", "16", "--composite_deep_biaff_hidden_dim", "16",
                     *syntax, *small])
        parser.main(["--mode", "train", "--save_name", "depparse.pt", "--max_steps", "150",
                     "--deep_biaff_hidden_dim", "32"] + syntax + small)
    finally:
        torch.set_num_threads(threads)
    # the resources dir a real download would leave, minus the model files we pass explicitly
    (root / "resources.json").write_text(json.dumps({"nl": {"lang_name": "Dutch"}}), "utf-8")
    return {name: str(root / f"{name}.pt") for name in ("ner", "pos", "depparse")} | {
        "dir": str(root), "pretrain": str(pretrain)}


@pytest.fixture
def tiny_model(tiny_models: dict) -> dict:
    """Pipeline options for the tiny NER model alone."""
    return {"dir": tiny_models["dir"], "ner_model_path": tiny_models["ner"],
            "ner_pretrain_path": tiny_models["pretrain"]}


@pytest.mark.stanza
@pytest.mark.slow
def test_tiny_model_loads_and_refines(tiny_model: dict) -> None:
    backend = get_backend("stanza", processors="tokenize,ner", pretokenized=True, **tiny_model)
    assert isinstance(backend, sb.StanzaBackend)
    assert get_backend("stanza", processors="tokenize,ner", pretokenized=True, **tiny_model) is backend
    text = "Marleen Peeters kwam binnen.\n\n“De dijken zijn veilig”, zei Jan de Vries."
    doc = Document(id="tiny", text=text)
    parsed = backend.parse(doc)
    assert parsed.has_ner and not parsed.has_syntax
    for s in parsed.sentences:
        for w in s.words:
            assert text[w.start:w.end] == w.text
    quotes = regex_quotes(doc)
    (got,) = backend.refine(doc, quotes)
    assert (got.start, got.end, got.text) == (quotes[0].start, quotes[0].end, quotes[0].text)
    persons = [e for e in sb._entities(parsed) if e.label == "PER" and e.start > quotes[0].end]
    if persons:  # the nearest person the tiny model tagged after the quote is the speaker
        assert (got.speaker, got.sieve) == (persons[0].text, "stanza-ner")
        assert text[got.speaker_start:got.speaker_end] == got.speaker
    else:
        assert got.speaker is None


@pytest.mark.stanza
@pytest.mark.slow
def test_unloadable_model_files_give_one_line_errors(tiny_model: dict, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.pt"
    broken.write_bytes(b"geen model")
    (tmp_path / "resources.json").write_text(json.dumps({"nl": {"lang_name": "Dutch"}}), "utf-8")
    options = dict(tiny_model, dir=str(tmp_path), ner_model_path=str(broken))
    with pytest.raises(BackendUnavailable) as info:
        sb.StanzaBackend(processors="tokenize,ner", pretokenized=True, **options)
    assert "\n" not in str(info.value) and "quoteattr models download" in str(info.value)
    options["ner_model_path"] = str(tmp_path / "er-niet.pt")
    with pytest.raises(BackendUnavailable, match="model file not found"):
        sb.StanzaBackend(processors="tokenize,ner", pretokenized=True, **options)


@pytest.mark.stanza
@pytest.mark.slow
def test_tiny_full_pipeline_parses_and_attributes(tiny_models: dict) -> None:
    """tokenize (ours), pos, lemma (identity), depparse and ner load from model paths and feed
    the same attribution as CoNLL-U input; decisions are checked against the pipeline's parse."""
    m = tiny_models
    backend = sb.StanzaBackend(
        dir=m["dir"], processors="tokenize,pos,lemma,depparse,ner", pretokenized=True,
        pos_model_path=m["pos"], pos_pretrain_path=m["pretrain"], lemma_use_identity=True,
        depparse_model_path=m["depparse"], depparse_pretrain_path=m["pretrain"],
        ner_model_path=m["ner"], ner_pretrain_path=m["pretrain"],
    )
    text = ("Marleen Peeters leidt sinds vorig jaar het ziekenhuis in Leuven.\n\n"
            "“Dit is een historische dag”, zei burgemeester Femke Halsema tegen Jan Jansen.")
    doc = Document(id="tiny", text=text)
    parsed = backend.parse(doc)
    assert parsed.has_syntax and parsed.has_ner
    for s in parsed.sentences:
        assert sum(w.head == 0 for w in s.words) >= 1
        assert all(0 <= w.head <= len(s.words) and w.upos and w.deprel for w in s.words)
        assert all(text[w.start:w.end] == w.text for w in s.words)
    quotes = regex_quotes(doc)
    (got,) = backend.refine(doc, quotes)
    assert got == sb.attribute_parsed(parsed, quotes)[0]  # the pipeline path is the CoNLL-U path
    assert (got.start, got.end) == (quotes[0].start, quotes[0].end)
    if got.speaker is not None:
        assert got.sieve.startswith("stanza-")
        assert text[got.speaker_start:got.speaker_end] == got.speaker_mention
        assert not (got.start <= got.speaker_start < got.end)


def test_pretokenize_keeps_offsets() -> None:
    text = "“Het water stijgt”, zei hij. Daarna bleef het stil.\n\nNieuwe alinea."
    sents = sb.pretokenize(text)
    assert len(sents) == 3
    assert [text[s:e] for s, e in sents[0]][:3] == ["“", "Het", "water"]
