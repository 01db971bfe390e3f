"""Optional stanza backend: speakers from a dependency parse and named entities.

The quote spans always come from our own rules pass; this module only changes speakers.
Two ways in, one attribution:

* ``StanzaBackend.refine(document, quotes)`` parses the text with a local stanza pipeline
  (never downloading: ``download_method=None``);
* ``quoteattr.conllu.extract_conllu`` reads an existing parse (CoNLL-U) and needs no model.

Both turn their parse into :class:`ParsedDocument` (plain dataclasses, offsets into the
document text) and call :func:`attribute_parsed`. Importing this module does not import stanza
or torch; only building a pipeline or converting a stanza ``Document`` does.

Sieves (``Quote.sieve``): ``stanza-subject`` (subject of a speech verb, a name found in the
subject or its apposition: "zei de kersverse Vlaamse minister van Onderwijs Ben Weyts"),
``stanza-pronoun`` (a subject pronoun resolved to the nearest preceding person),
``stanza-ner`` (a person or organisation entity next to a quote that has no good speaker).
"""
from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import BackendUnavailable, LanguageDataError
from ..model import SPEECH_KINDS, Document, Quote

log = logging.getLogger(__name__)

INSTALL_HINT = 'pip install "quoteattr[stanza]"'
DOWNLOAD_HINT = "quoteattr models download"
LANG = "nl"
#: the processors the backend asks for when it uses the installed Dutch models
DEFAULT_PROCESSORS = ("tokenize", "pos", "lemma", "depparse", "ner")

#: used only until quoteattr.lang exposes ``speech_verb_lemmas`` (infinitives, "laten weten")
_FALLBACK_SPEECH_VERBS = frozenset(w.replace("_", " ") for w in """
zeggen verklaren vertellen melden stellen laten_weten benadrukken aangeven antwoorden reageren
schrijven twitteren tweeten opmerken toevoegen aanvullen waarschuwen beweren erkennen ontkennen
bevestigen uitleggen roepen vragen concluderen onderstrepen aankondigen beloven toegeven betogen
meedelen opperen verzekeren zuchten vaststellen oordelen menen vrezen
""".split())

#: subject pronouns that refer to one person (resolved to the nearest preceding person)
PERSON_PRONOUNS = frozenset({"hij", "zij", "ze"})
#: confidences per sieve: rules speakers below these are replaced
CONF_SUBJECT_NAME = 0.9
CONF_SUBJECT_DESCRIPTION = 0.7
CONF_PRONOUN = 0.6
CONF_NER = 0.5

_NAME_DEPRELS = ("flat", "flat:name")
#: name chains (no NER) that can be the antecedent of "hij"/"zij": subjects and appositions
_ANTECEDENT_ROLES = ("nsubj", "nsubj:pass", "appos", "obl:agent")
_SKIP_IN_PHRASE = ("acl:relcl", "acl", "punct", "parataxis", "conj", "cc")


def speech_verb_forms() -> frozenset[str]:
    """Finite and participle forms of the speech verbs ("zei", "verklaarde"), for parses whose
    lemmas are missing or wrong; empty when the language data does not list forms."""
    try:
        from ..lang import load_language  # type: ignore[attr-defined]

        forms = getattr(load_language(LANG), "verb_forms", None)
    except (ImportError, LanguageDataError):
        return frozenset()
    return frozenset(f.lower() for f in forms) if forms else frozenset()


def speech_verb_lemmas() -> frozenset[str]:
    """The Dutch speech-verb infinitives (from the language data when it exposes them)."""
    try:
        from ..lang import load_language  # type: ignore[attr-defined]

        lemmas = getattr(load_language(LANG), "speech_verb_lemmas", None)
    except (ImportError, LanguageDataError) as exc:
        log.warning("speech verbs from the built-in fallback list (language data: %s)", exc)
        return _FALLBACK_SPEECH_VERBS
    return frozenset(lemmas) if lemmas else _FALLBACK_SPEECH_VERBS


# --------------------------------------------------------------------------------------------
# The parse, independent of where it came from


@dataclass(slots=True)
class Word:
    """One syntactic word with offsets into the document text (``text[start:end]``)."""

    id: int
    text: str
    lemma: str
    upos: str
    head: int
    deprel: str
    start: int
    end: int
    feats: str = ""
    ner: str | None = None  # entity label with BIO(ES) prefix, e.g. "B-PER", or None


@dataclass(slots=True)
class ParsedSentence:
    """A sentence: its words (ids 1..n) and span in the document text."""

    start: int
    end: int
    words: list[Word]
    paragraph: int = 0
    comments: list[str] = field(default_factory=list)

    def word(self, wid: int) -> Word | None:
        return self.words[wid - 1] if 0 < wid <= len(self.words) else None

    def children(self, wid: int) -> list[Word]:
        return [w for w in self.words if w.head == wid]


@dataclass(slots=True)
class ParsedDocument:
    """A document with its parse; ``has_ner`` says whether any NER annotation was seen."""

    document: Document
    sentences: list[ParsedSentence]
    has_ner: bool = False
    has_syntax: bool = True


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity (or proper-name) span."""

    start: int
    end: int
    text: str
    label: str  # PER | ORG | LOC | MISC | NAME (a proper-name chain without NER)
    sentence: int
    role: str = ""  # deprel of a NAME chain's head word


# --------------------------------------------------------------------------------------------
# Attribution on a parse


def attribute_parsed(parsed: ParsedDocument, quotes: Sequence[Quote]) -> list[Quote]:
    """Refine the speakers of ``quotes`` (spans unchanged) using the parse of their document."""
    if not quotes:
        return list(quotes)
    attributor = _Attributor(parsed, quotes, speech_verb_lemmas(), speech_verb_forms())
    return [attributor.refine(q) for q in quotes]


@dataclass(slots=True)
class _Candidate:
    speaker: str
    mention_start: int
    mention_end: int
    kind: str
    role: str | None
    cue: Word | None
    confidence: float
    sieve: str


class _Attributor:
    def __init__(self, parsed: ParsedDocument, quotes: Sequence[Quote], verbs: frozenset[str],
                 forms: frozenset[str] = frozenset()):
        self.parsed = parsed
        self.text = parsed.document.text
        self.verbs = verbs
        self.forms = forms
        self.quote_spans = [(q.start, q.end) for q in quotes]
        self.entities = _entities(parsed)

    # -- helpers ----------------------------------------------------------------------------
    def _inside_quote(self, start: int, end: int) -> bool:
        return any(qs <= start and end <= qe for qs, qe in self.quote_spans)

    def _sentences_for(self, quote: Quote) -> list[tuple[int, ParsedSentence]]:
        """Sentences overlapping the quote (marks included), then the colon/"Dat zei" neighbours."""
        sents = self.parsed.sentences
        lo, hi = quote.start - 2, quote.end + 2
        hits = [(i, s) for i, s in enumerate(sents) if s.start < hi and s.end > lo]
        if not hits:
            return []
        first, last = hits[0][0], hits[-1][0]
        if first > 0 and self.text[sents[first - 1].start:sents[first - 1].end].rstrip().endswith(":"):
            hits.insert(0, (first - 1, sents[first - 1]))
        if last + 1 < len(sents):
            nxt = sents[last + 1]
            if nxt.words and nxt.words[0].lemma.lower() in ("dat", "dit", "zo"):
                hits.append((last + 1, nxt))
        return hits

    def _is_speech_verb(self, sent: ParsedSentence, w: Word) -> bool:
        if w.upos not in ("VERB", "AUX"):
            return False
        if w.text.lower() in self.forms:
            return True
        lemma = w.lemma.lower().replace("_", "")
        forms = {lemma, w.lemma.lower().replace("_", " ")}
        for c in sent.children(w.id):
            if c.deprel == "compound:prt":
                forms.add(c.lemma.lower() + lemma)
            if c.deprel in ("xcomp", "compound:prt") and c.upos == "VERB":
                forms.add(f"{lemma} {c.lemma.lower()}")
        return bool(forms & self.verbs)

    def _subject(self, sent: ParsedSentence, verb: Word) -> Word | None:
        seen = set()
        w: Word | None = verb
        while w is not None and w.id not in seen:
            seen.add(w.id)
            for c in sent.children(w.id):
                if c.deprel in ("nsubj", "obl:agent") or c.deprel.startswith("nsubj:"):
                    return c
            # coordinated verbs share the subject: "zei X en voegde eraan toe"
            w = sent.word(w.head) if w.deprel == "conj" else None
        return None

    def _subtree(self, sent: ParsedSentence, wid: int) -> list[Word]:
        out, stack = [], [wid]
        while stack:
            cur = stack.pop()
            out.append(sent.words[cur - 1])
            stack.extend(c.id for c in sent.children(cur) if c.deprel not in _SKIP_IN_PHRASE)
        return sorted(out, key=lambda x: x.id)

    def _name_chain(self, sent: ParsedSentence, w: Word) -> tuple[int, int]:
        parts = [w] + [c for c in sent.children(w.id) if c.deprel in _NAME_DEPRELS]
        return min(p.start for p in parts), max(p.end for p in parts)

    def _entity_at(self, start: int, end: int) -> Entity | None:
        for e in self.entities:
            if e.start < end and e.end > start:
                return e
        return None

    # -- sieves -----------------------------------------------------------------------------
    def _from_subject(self, sent: ParsedSentence, verb: Word, subj: Word) -> _Candidate | None:
        if subj.upos == "PRON":
            if subj.lemma.lower() in PERSON_PRONOUNS or subj.text.lower() in PERSON_PRONOUNS:
                ent = self._antecedent(subj.start)
                if ent is not None:
                    return _Candidate(ent.text, ent.start, ent.end, "person", None, verb,
                                      CONF_PRONOUN, "stanza-pronoun")
            return None
        # a proper name: the subject itself, or in apposition to it ("de minister Ben Weyts")
        name_word = subj if subj.upos == "PROPN" else next(
            (c for c in sent.children(subj.id) if c.deprel == "appos" and c.upos == "PROPN"), None)
        phrase = self._subtree(sent, subj.id)
        phrase = [w for w in phrase if not (w.deprel == "appos" and w.upos != "PROPN" and w.head == subj.id)]
        if name_word is not None:
            start, end = self._name_chain(sent, name_word)
            ent = self._entity_at(start, end)
            if ent is not None and ent.label in ("PER", "ORG"):
                start, end = ent.start, ent.end  # NER-bounded
            kind = "organisation" if ent is not None and ent.label == "ORG" else "person"
            role_words = [w for w in phrase if w.end <= start and w.upos not in ("DET", "PUNCT")]
            role = self.text[role_words[0].start:role_words[-1].end] if role_words else None
            name = self._canonical(self.text[start:end], start)
            return _Candidate(name, start, end, kind, role, verb, CONF_SUBJECT_NAME, "stanza-subject")
        # no name: an entity inside the subject phrase ("een woordvoerder van Rijkswaterstaat")
        p_start, p_end = phrase[0].start, phrase[-1].end
        for e in self.entities:
            if p_start <= e.start and e.end <= p_end and e.label == "PER":
                return _Candidate(e.text, e.start, e.end, "person", None, verb,
                                  CONF_SUBJECT_NAME, "stanza-subject")
        if subj.upos == "NOUN":
            # up to a parenthesis or comma: "Een woordvoerster van reisorganisatie X (Y, Z)"
            kept = [w for w in phrase if w.upos != "PUNCT"] or [subj]
            for i in range(1, len(kept)):
                if any(c in self.text[kept[i - 1].end:kept[i].start] for c in "(,[–"):
                    kept = kept[:i]
                    break
            s, e_ = kept[0].start, kept[-1].end
            return _Candidate(self.text[s:e_], s, e_, "description", None, verb,
                              CONF_SUBJECT_DESCRIPTION, "stanza-subject")
        return None

    def _canonical(self, name: str, before: int) -> str:
        """The fullest earlier form of a name: "Clark" → "Mildred Clark" when that came first."""
        best = name
        for e in self.entities:
            if e.start >= before:
                break
            if e.label in ("PER", "NAME") and e.text.endswith(" " + name) and len(e.text) > len(best):
                best = e.text
        return best

    def _antecedent(self, before: int) -> Entity | None:
        """The nearest preceding person: a PER entity, else a name in subject/apposition role."""
        best = None
        for e in self.entities:
            if e.end > before:
                break
            if self._inside_quote(e.start, e.end):
                continue
            if e.label == "PER" or (e.label == "NAME" and e.role in _ANTECEDENT_ROLES):
                best = e
        return best

    def _candidate(self, quote: Quote) -> _Candidate | None:
        found: list[tuple[int, _Candidate]] = []
        for _, sent in self._sentences_for(quote):
            for w in sent.words:
                if quote.start <= w.start < quote.end or not self._is_speech_verb(sent, w):
                    continue
                subj = self._subject(sent, w)
                if subj is None or self._inside_quote(subj.start, subj.end):
                    continue
                cand = self._from_subject(sent, w, subj)
                if cand is not None:
                    dist = quote.start - w.end if w.end <= quote.start else w.start - quote.end
                    found.append((dist, cand))
        if found:
            return min(found, key=lambda x: x[0])[1]
        # NER fallback: the nearest person (then organisation) outside the quote, same sentences
        if self.parsed.has_ner:
            sent_ids = {i for i, _ in self._sentences_for(quote)}
            near = [e for e in self.entities if e.sentence in sent_ids and e.label in ("PER", "ORG")
                    and not self._inside_quote(e.start, e.end)]
            if near:
                e = min(near, key=lambda e: (e.label != "PER", abs(e.start - quote.end)))
                kind = "person" if e.label == "PER" else "organisation"
                return _Candidate(e.text, e.start, e.end, kind, None, None, CONF_NER, "stanza-ner")
        return None

    def refine(self, quote: Quote) -> Quote:
        if quote.kind not in SPEECH_KINDS:  # titles, scare quotes: nobody said them
            return quote
        cand = self._candidate(quote)
        if cand is None:
            return quote
        better_name = (
            cand.sieve == "stanza-subject" and cand.kind != "description"
            and quote.speaker_kind == "description"
        )
        if quote.speaker is not None and cand.confidence <= quote.confidence and not better_name:
            return quote
        changes: dict[str, Any] = dict(
            speaker=cand.speaker, speaker_mention=self.text[cand.mention_start:cand.mention_end],
            speaker_start=cand.mention_start, speaker_end=cand.mention_end,
            speaker_kind=cand.kind, speaker_role=cand.role, confidence=cand.confidence,
            sieve=cand.sieve,
        )
        if cand.cue is not None:
            changes.update(cue=cand.cue.text, cue_start=cand.cue.start, cue_end=cand.cue.end)
        return replace(quote, **changes)


def _entities(parsed: ParsedDocument) -> list[Entity]:
    """NER spans (BIO/BIOES or bare labels), plus proper-name chains where there is no NER."""
    out: list[Entity] = []
    text = parsed.document.text
    for si, sent in enumerate(parsed.sentences):
        cur: list[Any] = []  # [label, start, end]
        for w in sent.words:
            tag = w.ner or "O"
            if tag == "O":
                if cur:
                    out.append(Entity(cur[1], cur[2], text[cur[1]:cur[2]], cur[0], si))
                cur = []
                continue
            prefix, _, label = tag.partition("-") if "-" in tag else ("S", "", tag)
            if prefix in ("B", "S") or not cur or cur[0] != label:
                if cur:
                    out.append(Entity(cur[1], cur[2], text[cur[1]:cur[2]], cur[0], si))
                cur = [label, w.start, w.end]
            else:
                cur[2] = w.end
            if prefix in ("E", "S"):
                out.append(Entity(cur[1], cur[2], text[cur[1]:cur[2]], cur[0], si))
                cur = []
        if cur:
            out.append(Entity(cur[1], cur[2], text[cur[1]:cur[2]], cur[0], si))
        if not parsed.has_ner:
            for w in sent.words:
                head = sent.word(w.head)
                if w.upos == "PROPN" and not (w.deprel in _NAME_DEPRELS and head and head.upos == "PROPN"):
                    parts = [w] + [c for c in sent.children(w.id) if c.deprel in _NAME_DEPRELS]
                    s, e = min(p.start for p in parts), max(p.end for p in parts)
                    out.append(Entity(s, e, text[s:e], "NAME", si, w.deprel))
    out.sort(key=lambda e: (e.start, e.end))
    return out


# --------------------------------------------------------------------------------------------
# stanza Documents → ParsedDocument


def _misc_ner(misc: str | None) -> str | None:
    for item in (misc or "").split("|"):
        if item.startswith("NER="):
            return item[4:]
    return None


def from_stanza(document: Document, sdoc: Any, *, paragraphs: Sequence[int] | None = None) -> ParsedDocument:
    """Convert a stanza ``Document`` whose token offsets index ``document.text``."""
    sentences: list[ParsedSentence] = []
    has_ner = False
    has_syntax = False
    for si, s in enumerate(sdoc.sentences):
        words: list[Word] = []
        for tok in s.tokens:
            ner = tok.ner if tok.ner is not None else _misc_ner(getattr(tok, "misc", None))
            for w in tok.words:
                wner = ner if len(tok.words) == 1 else None
                has_ner = has_ner or wner is not None
                has_syntax = has_syntax or w.deprel is not None
                words.append(Word(
                    id=int(w.id), text=w.text, lemma=w.lemma or w.text, upos=w.upos or "X",
                    head=int(w.head or 0), deprel=w.deprel or "dep", feats=w.feats or "",
                    start=tok.start_char, end=tok.end_char, ner=wner,
                ))
        if not words:
            continue
        para = paragraphs[si] if paragraphs is not None else 0
        sentences.append(ParsedSentence(words[0].start, words[-1].end, words, para,
                                        list(getattr(s, "comments", []) or [])))
    return ParsedDocument(document, sentences, has_ner=has_ner, has_syntax=has_syntax)


# --------------------------------------------------------------------------------------------
# Models on disk


def resources_dir(path: str | os.PathLike | None = None) -> Path:
    """The stanza resources dir: ``path``, else $STANZA_RESOURCES_DIR, else ~/stanza_resources."""
    if path:
        return Path(path).expanduser()
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env).expanduser() if env else Path.home() / "stanza_resources"


def stanza_installed() -> bool:
    """True when the stanza package can be imported (checked without importing it)."""
    if "stanza" in sys.modules:  # imported already, or blocked with sys.modules["stanza"] = None
        return sys.modules["stanza"] is not None
    return importlib.util.find_spec("stanza") is not None


@dataclass(frozen=True, slots=True)
class ModelStatus:
    """One model file a Dutch pipeline needs, and whether it is on disk."""

    processor: str
    package: str
    path: Path
    installed: bool


def model_status(directory: str | os.PathLike | None = None,
                 processors: Sequence[str] = DEFAULT_PROCESSORS) -> list[ModelStatus]:
    """The Dutch model files the backend needs (from resources.json), each present or not.

    Reads only files: no stanza import, no network. An empty list means no resources.json
    (or no Dutch entry in it): nothing was ever downloaded there.
    """
    root = resources_dir(directory)
    try:
        resources = json.loads((root / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    lang = resources.get(LANG)
    if not isinstance(lang, dict):
        return []
    if "alias" in lang:
        lang = resources.get(lang["alias"], {})
    # stanza ≥ 1.5 names the default package per processor under packages.default;
    # older resources.json files under default_processors
    defaults = (lang.get("packages") or {}).get("default") or lang.get("default_processors") or {}
    out: list[ModelStatus] = []
    seen: set[tuple[str, str]] = set()

    def add(proc: str, package: str) -> None:
        if (proc, package) in seen:
            return
        seen.add((proc, package))
        path = root / LANG / proc / f"{package}.pt"
        out.append(ModelStatus(proc, package, path, path.is_file()))
        info = (lang.get(proc) or {}).get(package) or {}
        for dep in info.get("dependencies", []) or []:
            if isinstance(dep, dict) and "model" in dep and "package" in dep:
                add(dep["model"], dep["package"])

    for proc in processors:
        package = defaults.get(proc)
        if isinstance(package, str):
            add(proc, package)
        elif proc != "mwt":
            out.append(ModelStatus(proc, "?", root / LANG / proc, False))
    return out


def missing_models_message(directory: Path) -> str:
    """The one-line error for models that are not there."""
    return (f"stanza Dutch models not found in {directory}; run `{DOWNLOAD_HINT}` "
            f"(needs network), or pass --backend rules")


def require_stanza() -> None:
    """Raise BackendUnavailable when the stanza extra is not installed."""
    if not stanza_installed():
        raise BackendUnavailable(f"the stanza backend needs the stanza extra: {INSTALL_HINT}")


# --------------------------------------------------------------------------------------------
# The backend

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
_SENT_END = re.compile(r"[.!?]+[”\"'’]*(?=\s+[„“\"'‘A-Z0-9])|\n\s*\n")


def pretokenize(text: str) -> list[list[tuple[int, int]]]:
    """Split ``text`` into sentences of token spans (used when no tokenizer model is loaded)."""
    sentences, start = [], 0
    bounds = [m.end() for m in _SENT_END.finditer(text)] + [len(text)]
    for end in bounds:
        toks = [(m.start() + start, m.end() + start) for m in _TOKEN.finditer(text[start:end])]
        if toks:
            sentences.append(toks)
        start = end
    return sentences


class StanzaBackend:
    """Refine rule speakers with a local stanza pipeline (Dutch; never downloads anything).

    ``dir``: stanza resources dir (default $STANZA_RESOURCES_DIR or ~/stanza_resources).
    ``processors``: comma list (default tokenize,pos,lemma,depparse,ner).
    ``pretokenized``: tokenise with our own splitter instead of stanza's tokenizer model.
    Other keyword options go to ``stanza.Pipeline`` as they are (``ner_model_path=…``,
    ``ner_pretrain_path=…``): with explicit model paths, resources.json is not consulted for them.
    """

    name = "stanza"

    def __init__(self, dir: str | None = None, processors: str | Sequence[str] | None = None,
                 pretokenized: bool = False, **pipeline_options: Any):
        require_stanza()
        self.dir = resources_dir(dir)
        procs = processors or DEFAULT_PROCESSORS
        self.processors = tuple(p.strip() for p in (procs.split(",") if isinstance(procs, str) else procs))
        self.pretokenized = pretokenized
        self.options = pipeline_options
        self._check_models()
        self.pipeline = self._build()

    def _check_models(self) -> None:
        """Fail fast (files only, before importing torch) when the models are not there."""
        explicit = {k.split("_", 1)[0] for k, v in self.options.items()
                    if k.endswith("_model_path") or (k.endswith("_use_identity") and v)}
        needed = [p for p in self.processors if p not in explicit
                  and not (p == "tokenize" and self.pretokenized)]
        for path in explicit_paths(self.options):
            if not Path(path).is_file():
                raise BackendUnavailable(f"stanza model file not found: {path}")
        if not (self.dir / "resources.json").is_file():
            raise BackendUnavailable(missing_models_message(self.dir))
        if not needed:
            return
        status = model_status(self.dir, needed)
        missing = [s for s in status if not s.installed]
        if not status or missing:
            what = ", ".join(sorted({s.processor for s in missing})) or "all"
            raise BackendUnavailable(missing_models_message(self.dir) + f" (missing: {what})")

    def _build(self) -> Any:
        import stanza  # lazy: optional extra, pulls in torch

        options = dict(self.options)
        if self.pretokenized:
            options["tokenize_pretokenized"] = True
        try:
            return stanza.Pipeline(
                LANG, dir=str(self.dir), processors=",".join(self.processors),
                download_method=None, logging_level="WARN", use_gpu=False, **options,
            )
        except Exception as exc:  # stanza raises many kinds; the user needs one line
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise BackendUnavailable(
                f"could not load the stanza Dutch models from {self.dir}: {detail}; "
                f"run `{DOWNLOAD_HINT}`"
            ) from exc

    def parse(self, document: Document) -> ParsedDocument:
        """Run the pipeline on the document text; offsets index ``document.text``."""
        text = document.text
        if not self.pretokenized:
            sdoc = self.pipeline(text)
            return from_stanza(document, sdoc)
        spans = pretokenize(text)
        sdoc = self.pipeline([[text[s:e] for s, e in sent] for sent in spans])
        for sent, toks in zip(sdoc.sentences, spans):
            for tok, (s, e) in zip(sent.tokens, toks):
                tok._start_char, tok._end_char = s, e  # map back to our text (no public setter)
        return from_stanza(document, sdoc)

    def refine(self, document: Document, quotes: list[Quote]) -> list[Quote]:
        """Quotes with speakers refined from the parse of the document (spans unchanged)."""
        if not quotes:
            return quotes
        return attribute_parsed(self.parse(document), quotes)


def explicit_paths(options: dict[str, Any]) -> Iterable[str]:
    """Model file paths given as pipeline options (``*_model_path``, ``*_pretrain_path``)."""
    for key, value in options.items():
        if (key.endswith("_model_path") or key.endswith("_pretrain_path")) and isinstance(value, str):
            yield value


# --------------------------------------------------------------------------------------------
# Downloading (the only code that touches the network, and only when asked)

#: hosts stanza downloads from: resources.json (GitHub), the model files (Hugging Face)
DOWNLOAD_HOSTS: tuple[tuple[str, int], ...] = (("raw.githubusercontent.com", 443), ("huggingface.co", 443))
PROBE_TIMEOUT = 3.0
DOWNLOAD_TIMEOUT = 1800.0


def run_with_timeout(fn: Any, timeout: float, what: str) -> Any:
    """Run ``fn()`` in a daemon thread; BackendUnavailable if it fails or outlives ``timeout``."""
    import threading

    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - reported below as one line
            box["error"] = exc

    thread = threading.Thread(target=target, name=f"quoteattr-{what}", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise BackendUnavailable(f"{what} did not finish within {timeout:g} s; check the network "
                                 f"and retry, or pass --backend rules")
    if "error" in box:
        exc = box["error"]
        if isinstance(exc, BackendUnavailable):
            raise exc
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BackendUnavailable(f"{what} failed: {detail}") from exc
    return box.get("value")


def probe_network(hosts: Sequence[tuple[str, int]] | None = None, timeout: float = PROBE_TIMEOUT) -> None:
    """Raise BackendUnavailable unless every download host answers a TCP connect in time."""
    import socket

    def probe() -> None:
        for host, port in hosts if hosts is not None else DOWNLOAD_HOSTS:
            try:
                socket.create_connection((host, port), timeout=timeout).close()
            except OSError as exc:
                raise BackendUnavailable(
                    f"cannot reach {host} to download stanza models ({exc.strerror or exc}); "
                    f"run `{DOWNLOAD_HINT}` again with network, or pass --backend rules") from exc

    # name resolution ignores socket timeouts, so the whole probe runs under one deadline
    run_with_timeout(probe, timeout + 1.0, "network check")


def download_models(directory: str | os.PathLike | None = None, *, timeout: float = DOWNLOAD_TIMEOUT,
                    processors: Sequence[str] = DEFAULT_PROCESSORS) -> list[ModelStatus]:
    """Fetch the Dutch models into the resources dir (network!); return their status after."""
    require_stanza()
    root = resources_dir(directory)
    probe_network()

    def fetch() -> None:
        import stanza

        root.mkdir(parents=True, exist_ok=True)
        stanza.download(LANG, model_dir=str(root), processors=",".join(processors), logging_level="WARN")

    run_with_timeout(fetch, timeout, "stanza model download")
    status = model_status(root, processors)
    if not status or not all(s.installed for s in status):
        raise BackendUnavailable(f"the download finished but models are still missing in {root}")
    return status
