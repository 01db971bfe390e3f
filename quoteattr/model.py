"""The typed data model shared by every stage.

Offsets convention: every ``start``/``end`` pair is a Python ``str`` index (code points) into the
*decoded original* document text, end exclusive, so ``document.text[start:end] == span.text``.
Line endings are kept exactly as decoded (``\\r\\n`` counts as two characters); nothing is
normalised in the text we report on.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

#: quotation kinds, see README ("Kinds")
KINDS = ("direct", "partial", "indirect", "other")
#: kinds printed by default: speech only
SPEECH_KINDS = ("direct", "partial", "indirect")


@dataclass(frozen=True, slots=True)
class Document:
    """One input document: its decoded text and optional metadata."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    title: str | None = None
    source: str | None = None  # path, "-" for stdin, or "file.jsonl:LINE"
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph(Span):
    """A paragraph (text between blank lines, or a line in one-line-per-paragraph text)."""

    index: int = 0


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """A sentence inside a paragraph."""

    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class QuoteSpan(Span):
    """A quoted stretch found by pass 1 (content only, marks excluded)."""

    open_mark: str | None = None   # the opening glyph(s), None for indirect speech
    close_mark: str | None = None  # None when the quote runs to the paragraph end
    open_pos: int = -1             # offset of the opening mark
    close_pos: int = -1            # offset of the closing mark (-1 when absent)
    kind: str = "direct"           # direct | partial | indirect | other
    paragraph: int = 0
    group: int | None = None       # multi-paragraph / split quotes share a group id
    introducer: str | None = None  # ":" for colon-introduced, "-" for dash-introduced


@dataclass(frozen=True, slots=True)
class Cue(Span):
    """Attribution words: a speech verb, 'volgens', 'aldus', a colon, an impersonal cue."""

    kind: str = "verb"  # verb | aldus | volgens | colon | impersonal | dash


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A reference to a possible speaker: a name, a pronoun, a description, an organisation."""

    kind: str = "name"          # name | pronoun | description | organisation
    head: str = ""              # the bare name ("Volodimir Zelenski") or head noun
    role: str | None = None     # function/title words seen with it ("Oekraïens president")
    gender: str | None = None   # m | f | n | pl | None (from pronouns / honorifics)


@dataclass(slots=True)
class Speaker:
    """An entity in one document: canonical name plus every surface form seen."""

    name: str
    kind: str = "person"  # person | organisation | description
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """One output record: a quotation, its kind, and who said it (with the evidence)."""

    doc: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str | None = None     # person | organisation | description
    speaker_role: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    confidence: float = 0.0
    sieve: str | None = None
    group: int | None = None
    paragraph: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Plain dict in field order (the JSONL/CSV record); every field is a plain value."""
        return dict(zip(_QUOTE_FIELDS, _quote_values(self)))

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quote":
        names = set(cls.field_names())
        return cls(**{k: v for k, v in data.items() if k in names})


_QUOTE_FIELDS = Quote.field_names()
_quote_values = attrgetter(*_QUOTE_FIELDS)
