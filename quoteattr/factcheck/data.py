"""The fact-checking word lists (``quoteattr/factcheck/nl/``), loaded once and validated.

Files are UTF-8 with ``#`` comments; a duplicate entry or a wrong column count is a
LanguageDataError naming ``file:line``. The closed classes of ``quoteattr/lang/nl`` (function
words, determiners, prepositions, conjunctions) are reused, not copied.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import LanguageDataError


@dataclass(frozen=True, slots=True)
class FactcheckData:
    """What the clustering, the diff and the check-list need to know about Dutch."""

    weak: frozenset[str]                       #: words that weigh little in a comparison
    negations: frozenset[str]                  #: niet, geen, nooit, …
    number_words: dict[str, float]             #: twee → 2, honderd → 100
    checkable: tuple[tuple[str, str], ...]     #: (category, folded phrase; * = any ending)


def _rows(code: str, name: str, columns: int) -> list[tuple[int, list[str]]]:
    try:
        text = resources.files(__package__).joinpath(code).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise LanguageDataError(f"cannot read {code}/{name}: {exc}") from exc
    out, seen = [], {}
    for no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        where = f"quoteattr/factcheck/{code}/{name}:{no}"
        if len(cols) != columns or not all(cols):
            raise LanguageDataError(f"expected {columns} tab-separated column(s), got {line!r}", source=where)
        key = tuple(cols) if columns > 1 and name == "checkable.tsv" else cols[0]
        if key in seen:
            raise LanguageDataError(f"duplicate entry {cols[0]!r} (first on line {seen[key]})", source=where)
        seen[key] = no
        out.append((no, cols))
    return out


@lru_cache(maxsize=None)
def load(code: str = "nl") -> FactcheckData:
    """The word lists of one language (cached)."""
    from ..lang import load_language

    lang = load_language(code)
    weak = {cols[0] for _, cols in _rows(code, "weak_words.txt", 1)}
    weak |= {w for w in lang.function_words | lang.determiners | lang.prepositions | lang.conjunctions if " " not in w}
    numbers = {}
    for no, (word, value) in _rows(code, "number_words.tsv", 2):
        try:
            numbers[word] = float(value)
        except ValueError:
            raise LanguageDataError(f"not a number: {value!r}", source=f"quoteattr/factcheck/{code}/number_words.tsv:{no}") from None
    negations = frozenset(cols[0] for _, cols in _rows(code, "negations.txt", 1))
    checkable = tuple((cat, phrase) for _, (cat, phrase) in _rows(code, "checkable.tsv", 2))
    # number words count as content: "honderd dagen" and "tien dagen" differ in what matters
    return FactcheckData(
        weak=frozenset(weak - set(numbers) - negations) | negations,
        negations=negations,
        number_words=numbers,
        checkable=checkable,
    )
