#!/usr/bin/env python3
"""Build a fiction tune set from OpenBoek's quote annotation for novels outside ../shared.

Reads, from FOLDER/raw/ (never from this repository): ``<Name>.txt`` (OpenBoek ``original/``) and
``<Name>.tsv`` (OpenBoek ``quotes/``: one row per annotated quotation with its tokens, speaker
label, speaker gender and token number). Writes FOLDER/texts/<Name>.txt (UTF-8, LF, NFC, cut after
the paragraph of the last annotated quote) and FOLDER/gold.jsonl (format of
../shared/corpora/dev/README.md, kind ``direct``), and checks ``text[start:end]`` for every record.

FOLDER defaults to ``openboek_extra`` beside the shared folder (/work/openboek_extra when the
shared folder is /work/shared); ``--folder`` or $QUOTEATTR_OPENBOEK_EXTRA override it.

    python evaluation/openboek_extra/build.py [--folder DIR] [--check]

Conventions (those of ../shared/corpora/fiction/gold): the span is the words of the turn without
its quote marks or dash; a quotation running over paragraphs is one record per paragraph; the
speaker is the annotators' label made readable, with the labels that stand for a named character
given that name (LABELS below, each decided from the novel's text and the annotation's
coreference); a plural speaker is optional.
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

NOVELS = (
    "ConanDoyle_SherlockHolmesDeAgraSchat",
    "Hugo_DeEllendigen",
    "Nescio_Dichtertje",
    "Nescio_Titaantjes",
    "Tolstoy_AnnaKarenina",
    "Verne_ReisOmDeWereld",
)

# Labels that stand for a named character (or need a readable form), per novel.
LABELS: dict[str, dict[str, str]] = {
    "Nescio_Titaantjes": {
        "ik": "Koekebakker",  # the narrator ("Dat was ik zelf, Koekebakker")
        "TITAANTJES": "we",  # the five friends, the narrator's "we"
    },
    "Nescio_Dichtertje": {
        # "'t dichtertje": "is 't niet Shanghai, Eduard?" (Coba), "Eduard" riepen ze; Dora: Ee
        "DICHTERTJE": "Eduard",
        "de_God_van_Nederland": "de God van Nederland",
        # "getrouwd met een lief, jong, levendig, natuurlijk vrouwtje"; all 9 turns are Coba's
        # ("Coba zit op 't terras", "zei Coba: ...Eduard?")
        "een_lief_jong_levendig_natuurlijk_vrouwtje": "Coba",
        "Haar_moe": "haar moe",  # mother of Coba, Dora and Em, never named
        # the 4 turns of this label are the child's ("'t kindje vraagt: Maatje, ...", "Wat, Bobi?")
        "een_meisje": "Bobi",
        # "De God van hemel en aarde stond achter hem: Consummatum est, ga mee en zie."
        "Heer_in_den_hemel": "de God van hemel en aarde",
    },
    "Verne_ReisOmDeWereld": {
        "De_nieuwe_bediende": "Jean Passepartout",  # "Jean Passepartout, een naam, dien ik ..."
        "Jamers_Forster_de_ontslagen_knecht": "James Forster",
        "de_brouwer_Thomas_Flanagan": "Thomas Flanagan",
        "de_ingenieur_Andrew_Stuart": "Andrew Stuart",
        # the entity of "de bankiers John Sullivan en Samuel Fallentin"; every turn it labels
        # is John Sullivan's ("voegde John Sullivan er bij", "riep John Sullivan")
        "de_bankiers_John_Sullivan": "John Sullivan",
        "gij": "Stuart, Fallentin, Sullivan, Flanagan en Ralph",  # "Wij nemen het aan!"
    },
    "Hugo_DeEllendigen": {
        "den_directeur": "de directeur",  # of the hospital ("hernam de directeur")
        "den_pastoor": "de pastoor",  # the town priest who refuses the condemned man
        "de_markies": "de markies de Champtercier",  # "er bevond zich de markies de Champtercier"
        # the margin note "O gij, die zijt! ..." is "een door hem geschreven kantteekening",
        # hem = the bishop; the annotation gives it to the narrator's "wij" (label Hugo, plural)
        "Hugo": "Charles Myriel",
        "Men": "men",  # "Men zeide dan ook in de stad: ..." (the town, plural)
    },
    "Tolstoy_AnnaKarenina": {
        # A character the text calls by two names gets both ("name (other name)"), so that
        # either counts as the speaker (evaluate.speaker_ok: the last word, or a subset).
        # the entity of "dat haar man op te vertrouwelijken voet stond": "ontwaakte Stipan
        # Arkadiewitsch Oblonsky--Stiwa, zooals hij door zijn vrienden genoemd werd"
        "haar_man": "Stipan Arkadiewitsch Oblonsky (Stiwa)",
        # "De huisvrouw verliet haar kamer niet": his wife, "Dolly" to him and in the
        # annotation's addressee labels, "Darja Alexandrowna" in the narration of chapter IV
        "De_huisvrouw": "Dolly (Darja Alexandrowna)",
        "zijn_oude_kamerdienaar_Matjeff": "Matjeff",
        # "het ... gelaat van de kinderjuffrouw, Matrona Filimonowna" (addressee Matrona_Filimonowna),
        # "Matrescha" to Oblonsky
        "de_kinderjuffrouw": "Matrona Filimonowna (Matrescha)",
        "Tania": "Tania (Tanischka)",  # "van Tania, het oudste meisje"; "ga dan maar uit, Tanischka!"
        # the entity of "trad iemand binnen" at the court: "Zijt gij het waarlijk, Lewin!";
        # introduced as "mijn vriend Constantin Dimitrisch Lewin"
        "iemand": "Constantin Dimitrisch Lewin",
        "een_oud_beambte_Nikitin": "Philip Iwanowitsch Nikitin",  # "Mijn collega's Philip ..."
        "de_kamerheer_Grinewitsch": "Michael Stanislawowitsch Grinewitsch",
        "den_portier": "de portier",
        # "klonk het vroolijk, als iemand hem ontmoette": anyone who met Oblonsky
        "een_iemand": "iemand",
    },
    "ConanDoyle_SherlockHolmesDeAgraSchat": {
        "ik": "Watson",  # the narrator: "Wellicht hebt gij gelijk, Watson", "deze Dr. Watson"
        "onze_hospita": "Mrs. Hudson",  # "Verzoek de jonge dame boven te komen, Mrs. Hudson."
        "Een_jonge_dame": "Mary Morstan",  # "Miss Mary Morstan," las hij; "Ik ben Miss Morstan"
        # the man at the Lyceum pillar who then drives them: "mijn bediende Williams u het eerst
        # zoude zien", "Williams, die u hedenavond gereden heeft"
        "kleine_donker_uitziende_levendige_man": "Williams",
        "De_Sahib": "Thaddeus Sholto",  # "Mr. Thaddeus Sholto, zoo is mijn naam."
    },
}

# Speakers the annotation gives a plural gender by mistake (one person each).
SINGULAR: dict[str, set[str]] = {
    "Verne_ReisOmDeWereld": {"Fix", "de_bankiers_John_Sullivan"},  # Fix is "(pl, fm)"
    "Hugo_DeEllendigen": {"Hugo"},  # "(pl, n)"; the note's writer is the bishop alone
}

OPEN_MARKS = "\"“”„‘’'«»‹›"
DASHES = ("--", "—", "–", "-")
MARK_TOKENS = set(OPEN_MARKS) | {"''", ",,"} | set(DASHES)
# The export writes square brackets as round ones (a footnote mark "[1]" is "( 1 )" there).
BRACKETS = {"(": r"[(\[]", ")": r"[)\]]"}
PRE = r"(?:[\"“”„‘’'«»‹›]|,,|--|—|–|-)"  # what may stand before a turn's first word


@dataclass
class Quote:
    qid: str
    tokens: list[str]
    speaker: str
    gender: str
    tokenno: int
    marked: bool  # the annotated tokens open with a quote mark or dash


def read_tsv(path: Path) -> list[Quote]:
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            # entity debris of the export ("&lt;&lt;&amp;lt;") is no word of the text
            toks = [t for t in (html.unescape(t) for t in row["quote"].split())
                    if "<" not in t and "&" not in t]
            marked = bool(toks) and toks[0] in MARK_TOKENS
            while toks and toks[0] in MARK_TOKENS:
                toks.pop(0)
            while toks and toks[-1] in MARK_TOKENS - set(DASHES):
                toks.pop()
            out.append(Quote(row["ids"], toks, row["speaker"], row["speaker_gender"],
                             int(row["ttokenno"]), marked))
    return sorted(out, key=lambda q: q.tokenno)


def token_pattern(tok: str) -> str:
    if tok in BRACKETS:
        return BRACKETS[tok]
    if re.fullmatch(r"\.+", tok):
        return r"(?:\.+|…)"
    if re.fullmatch(r"-+", tok):
        return r"-+"
    return re.escape(tok)


def find(text: str, q: Quote, pos: int) -> tuple[int, int] | None:
    """Offsets of the quote's words in text at or after pos (None when not found)."""
    body = r"\s*".join(token_pattern(t) for t in q.tokens)
    pre = PRE + r"\s*" if q.marked else ""
    m = re.compile(pre + "(" + body + ")").search(text, pos)
    if m:
        return m.start(1), m.end(1)
    # Anchor on the first and last words when the middle differs (tokenisation, entities).
    k = min(3, len(q.tokens))
    head = re.compile(r"\s*".join(token_pattern(t) for t in q.tokens[:k])).search(text, pos)
    if not head:
        return None
    tail_pat = re.compile(r"\s*".join(token_pattern(t) for t in q.tokens[-k:]))
    limit = head.start() + 2 * sum(len(t) + 1 for t in q.tokens) + 20
    tail = None
    for m2 in tail_pat.finditer(text, head.start(), limit):
        tail = m2
    if not tail:
        return None
    return head.start(), tail.end()


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) at blank lines; strip blanks, and marks at the splits, from the pieces."""
    pieces, s = [], start
    for m in re.finditer(r"\n[ \t]*\n\s*", text[start:end]):
        pieces.append((s, start + m.start()))
        s = start + m.end()
    pieces.append((s, end))
    out = []
    for i, (a, b) in enumerate(pieces):
        while a < b and (text[a].isspace() or (i > 0 and text[a] in OPEN_MARKS)):
            a += 1
        while b > a and (text[b - 1].isspace() or (i < len(pieces) - 1 and text[b - 1] in OPEN_MARKS)):
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def readable(novel: str, label: str) -> str:
    mapped = LABELS.get(novel, {}).get(label)
    if mapped:
        return mapped
    words = label.replace("_", " ").split()
    if words and words[0].lower() in {"een", "de", "het", "den", "der", "haar", "zijn", "z'n",
                                      "mijn", "je", "hun"}:
        words[0] = words[0].lower()
    if label.isupper():
        words = [w.capitalize() for w in words]
    return " ".join(words)


def load_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8-sig")
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))


def build_novel(novel: str, raw: Path) -> tuple[str, list[dict], list[str]]:
    text = load_text(raw / f"{novel}.txt")
    quotes = [q for q in read_tsv(raw / f"{novel}.tsv") if q.tokens]
    rows, problems, pos, missing = [], [], 0, []
    for q in quotes:
        hit = find(text, q, pos)
        if hit is None:
            missing.append(f"{novel} {q.qid}: not found: {' '.join(q.tokens)[:60]!r}")
            continue
        problems += missing  # a quote missing before one that was found is an error
        missing = []
        start, end = hit
        pos = end
        for a, b in paragraphs(text, start, end):
            row = {"doc": f"{novel}.txt", "start": a, "end": b, "text": text[a:b],
                   "kind": "direct", "speaker": readable(novel, q.speaker), "cue": None}
            if q.gender.startswith("(pl") and q.speaker not in SINGULAR.get(novel, ()):
                row["optional"] = True
            rows.append(row)
    if missing:  # the raw text may be a download cut before the last annotated quotes
        print(f"{novel}: {len(missing)} quotes after the last one found are past the end of the "
              f"raw text, left out", file=sys.stderr)
    if rows:
        cut = text.find("\n\n", rows[-1]["end"])
        text = text[: cut if cut >= 0 else len(text)].rstrip("\n") + "\n"
    return text, rows, problems


def default_folder() -> Path:
    env = os.environ.get("QUOTEATTR_OPENBOEK_EXTRA")
    if env:
        return Path(env)
    return (REPO.parent / "shared").resolve().parent / "openboek_extra"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=default_folder(),
                    help="holds raw/; texts/ and gold.jsonl are written here (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="report, write nothing")
    args = ap.parse_args()
    raw = args.folder / "raw"
    all_rows, all_problems = [], []
    for novel in NOVELS:
        if not (raw / f"{novel}.txt").exists() or not (raw / f"{novel}.tsv").exists():
            print(f"{novel}: not in {raw}, skipped", file=sys.stderr)
            continue
        text, rows, problems = build_novel(novel, raw)
        for r in rows:
            assert text[r["start"]:r["end"]] == r["text"], r
        all_problems += problems
        all_rows += rows
        n_opt = sum(1 for r in rows if r.get("optional"))
        print(f"{novel}: {len(rows)} records ({n_opt} optional), text {len(text)} chars, "
              f"{len(problems)} quotes not found")
        if not args.check:
            (args.folder / "texts").mkdir(parents=True, exist_ok=True)
            (args.folder / "texts" / f"{novel}.txt").write_text(text, encoding="utf-8", newline="")
    for p in all_problems:
        print("  " + p, file=sys.stderr)
    if not args.check:
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in all_rows)
        (args.folder / "gold.jsonl").write_text(body, encoding="utf-8")
        print(f"{len(all_rows)} records -> {args.folder / 'gold.jsonl'}")
    if all_problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
