"""Throughput, import time and peak memory: rules path vs stanza paths, on the same documents.

The documents are the Dutch UD test treebanks in ../shared/corpora/ud, regrouped into their
source documents (the part of ``sent_id`` before the backslash). Each mode runs in its own
process so that import time and peak RSS are its own:

  rules           extract_document(backend="rules") on the rebuilt document texts
  conllu-rules    extract_conllu(backend="rules"): read CoNLL-U + rules pass
  conllu-stanza   extract_conllu(backend="stanza"): read + rules + attribution on the gold parse
                  (reader: stanza's conll2doc; conllu-stanza-light uses the conllu package)
  tiny-ner        StanzaBackend with a tiny NER model trained here (pretokenized; tokenize,ner)
  tiny-full       … with tiny pos + depparse models too (lemma: identity)
                  both: wiring cost of the stanza pipeline, NOT the cost of the real Dutch models

Usage: python benchmarks/stanza_bench.py [--repeat N]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UD = ROOT.parent / "shared" / "corpora" / "ud"
TRAIN = ROOT / "tests" / "data" / "stanza" / "ner_train.tsv"
MODES = ("rules", "conllu-rules", "conllu-stanza", "conllu-stanza-light", "tiny-ner", "tiny-full")
FIXTURES = ROOT / "fixtures" / "conllu"


def regroup(out: Path) -> int:
    """Write the UD test files as one CoNLL-U with ``# newdoc id`` per source document and
    ``# newpar`` per paragraph (from ``# source = …/DOC/DOC.p.N.s.M.xml``)."""
    ndocs = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(UD.glob("*/*.conllu")):
            current = (None, None)
            for block in path.read_text("utf-8").strip().split("\n\n"):
                m = re.search(r"^# source = [^/\n]+/([^/\n]+)/.*?\.p\.(\d+)\.s\.", block, re.M)
                doc, par = (f"{path.parent.name}:{m.group(1)}", m.group(2)) if m else (path.name, None)
                if doc != current[0]:
                    fh.write(f"# newdoc id = {doc}\n")
                    ndocs += 1
                elif par != current[1]:
                    fh.write("# newpar\n")
                current = (doc, par)
                fh.write(block.strip() + "\n\n")
    return ndocs


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM; ru_maxrss would include the parent's before exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def train_tiny(root: Path) -> dict:
    """The tests' tiny recipe: NER on ner_train.tsv, POS + depparse on fixtures/conllu (seconds)."""
    import torch
    from stanza.models import ner_tagger, parser, tagger
    from stanza.models.common.pretrain import Pretrain

    torch.set_num_threads(1)
    sents, cur = [], []
    for line in TRAIN.read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            sents, cur = (sents + [cur] if cur else sents), []
            continue
        tok, tag = line.split("\t")
        cur.append({"text": tok, "ner": tag})
    if cur:
        sents.append(cur)
    treebank = root / "train.conllu"
    treebank.write_text("".join(p.read_text("utf-8") for p in sorted(FIXTURES.glob("*.conllu"))), "utf-8")
    words = {t["text"] for s in sents for t in s} | {
        ln.split("\t")[1] for ln in treebank.read_text("utf-8").splitlines() if ln.strip() and ln[0] != "#"}
    vocab = sorted(words | {w.lower() for w in words})
    rng = random.Random(7)
    (root / "vectors.txt").write_text(f"{len(vocab)} 8\n" + "".join(
        w + " " + " ".join(f"{rng.uniform(-1, 1):.4f}" for _ in range(8)) + "\n" for w in vocab), "utf-8")
    pretrain = root / "pretrain.pt"
    Pretrain(str(pretrain), str(root / "vectors.txt")).load()
    (root / "ner.json").write_text(json.dumps(sents), "utf-8")
    small = ["--wordvec_pretrain_file", str(pretrain), "--shorthand", "nl_tiny", "--save_dir", str(root),
             "--no_char", "--dropout", "0", "--word_dropout", "0", "--optim", "adam", "--lr", "0.01",
             "--eval_interval", "50"]
    syntax = ["--train_file", str(treebank), "--eval_file", str(treebank), "--lang", "nl",
              "--hidden_dim", "32", "--word_emb_dim", "16", "--tag_emb_dim", "8",
              "--transformed_dim", "16", "--batch_size", "1000"]
    ner_tagger.main(["--mode", "train", "--train_file", str(root / "ner.json"), "--eval_file",
                     str(root / "ner.json"), "--save_name", "ner.pt", "--max_steps", "150",
                     "--hidden_dim", "16", "--word_emb_dim", "8", "--batch_size", "4",
                     "--log_step", "1000", *small])
    tagger.main(["--mode", "train", "--save_name", "pos.pt", "--max_steps", "150",
                 "--deep_biaff_hidden_dim", "16", "--composite_deep_biaff_hidden_dim", "16"] + syntax + small)
    parser.main(["--mode", "train", "--save_name", "depparse.pt", "--max_steps", "150",
                 "--deep_biaff_hidden_dim", "32"] + syntax + small)
    (root / "resources.json").write_text(json.dumps({"nl": {"lang_name": "Dutch"}}), "utf-8")
    models = {m: str(root / f"{m}.pt") for m in ("ner", "pos", "depparse")}
    return {"dir": str(root), "pretrain": str(pretrain), **models}


def backend_options(mode: str, tiny: dict) -> dict:
    """StanzaBackend options for a tiny mode."""
    opts = {"dir": tiny["dir"], "pretokenized": True, "ner_model_path": tiny["ner"],
            "ner_pretrain_path": tiny["pretrain"], "processors": "tokenize,ner"}
    if mode == "tiny-full":
        opts.update(processors="tokenize,pos,lemma,depparse,ner", lemma_use_identity=True,
                    pos_model_path=tiny["pos"], pos_pretrain_path=tiny["pretrain"],
                    depparse_model_path=tiny["depparse"], depparse_pretrain_path=tiny["pretrain"])
    return opts


def one(mode: str, conllu_path: str, tiny: str | None, repeat: int) -> dict:
    """Run one mode in this (fresh) process; report import, load and run time and peak RSS."""
    t0 = time.perf_counter()
    import quoteattr
    from quoteattr.conllu import extract_conllu, read_conllu
    from quoteattr.model import KINDS

    t_import = time.perf_counter() - t0
    load = 0.0
    tiny_mode = mode.startswith("tiny-")
    docs = []
    if mode == "rules" or tiny_mode:
        docs = [p.document for p in read_conllu(conllu_path, reader="conllu")]
    if tiny_mode:
        import torch

        torch.set_num_threads(1)
        from quoteattr.backends import get_backend

        t1 = time.perf_counter()
        backend = get_backend("stanza", **backend_options(mode, json.loads(tiny)))
        load = time.perf_counter() - t1
    quotes = ndocs = 0
    t2 = time.perf_counter()
    for _ in range(repeat):
        if mode == "rules":
            for d in docs:
                quotes += len(quoteattr.extract_document(d, kinds=KINDS, max_chars=None))
            ndocs += len(docs)
        elif tiny_mode:
            for d in docs:
                qs = quoteattr.extract_document(d, kinds=KINDS, max_chars=None)
                quotes += len(backend.refine(d, qs))
            ndocs += len(docs)
        else:
            backend_name = "rules" if mode == "conllu-rules" else "stanza"
            reader = "conllu" if mode.endswith("-light") or mode == "conllu-rules" else "stanza"
            results = extract_conllu(conllu_path, backend=backend_name, kinds=KINDS, reader=reader)
            quotes += sum(len(r.quotes) for r in results)
            ndocs += len(results)
    run = time.perf_counter() - t2
    return {
        "mode": mode, "docs": ndocs, "quotes": quotes,
        "import_s": round(t_import, 3), "load_s": round(load, 3),
        "run_s": round(run, 3), "docs_per_s": round(ndocs / run, 1) if run else None,
        "peak_rss_mb": peak_rss_mb(),
        "stanza_imported": "stanza" in sys.modules, "torch_imported": "torch" in sys.modules,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--one", choices=MODES)
    ap.add_argument("--conllu")
    ap.add_argument("--tiny")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.conllu, args.tiny, args.repeat)))
        return
    if not UD.is_dir():
        sys.exit(f"needs {UD}")
    with tempfile.TemporaryDirectory() as tmp:
        conllu_path = Path(tmp) / "ud_docs.conllu"
        ndocs = regroup(conllu_path)
        print(f"{ndocs} documents from {UD}", file=sys.stderr)
        t = time.perf_counter()
        tiny = json.dumps(train_tiny(Path(tmp)))
        took = time.perf_counter() - t
        print(f"tiny NER, POS and depparse models trained in {took:.1f} s", file=sys.stderr)
        for cmd, label in ((["-c", "import quoteattr"], "import quoteattr"),
                           (["-c", "import stanza"], "import stanza (and torch)")):
            t = time.perf_counter()
            subprocess.run([sys.executable, *cmd], check=True)
            print(f"{label}: {time.perf_counter() - t:.2f} s wall (fresh process)", file=sys.stderr)
        rows = []
        for mode in MODES:
            out = subprocess.run([sys.executable, __file__, "--one", mode, "--conllu", str(conllu_path),
                                  "--tiny", tiny, "--repeat", str(args.repeat)],
                                 capture_output=True, text=True, check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    from tabulate import tabulate

    print(tabulate(rows, headers="keys", tablefmt="github"))


if __name__ == "__main__":
    main()
