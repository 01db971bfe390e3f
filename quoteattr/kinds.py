"""Kinds of quoted spans: direct (a clause or more), partial (a fragment in the narrator's
sentence) or other (titles, names, scare quotes: not speech)."""
from __future__ import annotations

import re
from typing import Sequence

from .analysis import QMARK, DocumentAnalysis
from .cues import Tok
from .sieves.explicit import after_interruption, cue_after


#: a word of a quotation (a run of what str.split keeps, \S) with a letter or digit in it
#: (``[^\W_]``: what str.isalnum accepts)
_ALNUM_WORD = re.compile(r"(?<!\S)(?=\S*?[^\W_])\S+")


def classify(an: DocumentAnalysis, qi: int) -> str:
    """direct (a clause or more), partial (a fragment in the narrator's sentence), other (not speech)."""
    q = an.qspans[qi]
    lang = an.lang
    if q.introducer in (":", "-"):
        return "direct"
    if qi not in an.quote_sent:
        return "direct"
    si, ii = an.quote_sent[qi]
    view = an.views[si]
    items = view.items
    facts = view.facts(lang)
    first_content, last_word, has_cue = facts.first_content, facts.last_word, facts.has_cue
    words = _ALNUM_WORD.findall(q.text)
    nwords = len(words)
    if nwords == 0:
        return "other"
    first_alpha = next((c for c in q.text if c.isalpha()), "")
    starts_upper = first_alpha.isupper()
    has_cue_after = cue_after(an, items, ii) is not None
    at_start = first_content >= ii or (ii > 0 and items[ii - 1].text == ":")
    after_cue_clause = after_interruption(an, items, ii)
    caps = sum(1 for w in words if w[0].isupper())  # (words opening with a capital)
    titlecase = nwords >= 2 and caps / nwords >= 0.6 and not q.text.rstrip().endswith((".", "?", "!"))
    prev_word = next((items[k].lower for k in range(ii - 1, max(-1, ii - 8), -1) if items[k].is_word), "")
    predicative = words[0] in _INDEFINITE and nwords >= 2  # "noemt het plan ‘een wassen neus’": no name
    if (prev_word in lang.other_markers and not predicative) or (prev_word in lang.organisations and starts_upper
                                           and not (has_cue_after and nwords > 4)):
        # "de film ‘Zwartboek’", "de stichting ‘Europa Centrum’": a name (not a sentence with an
        # inquit after a glued subheading: "Veilige club ,,We vinden …'', zegt X")
        return "other"
    if at_start or after_cue_clause:
        if has_cue_after or after_cue_clause:
            return "direct" if not (titlecase and nwords <= 4 and not has_cue_after) else "other"
        if nwords == 1 and not q.text.rstrip().endswith((".", "!", "?")):
            return "other"
        if titlecase:
            return "other"
        if last_word < ii or starts_upper and nwords >= 3:
            return "direct"
        return "partial" if nwords >= 3 else "other"
    # embedded in the narrator's sentence
    if titlecase or (starts_upper and nwords <= 3 and caps == nwords):
        return "other"
    if starts_upper and ii > 0 and items[ii - 1].lower in _ARTICLES_AND_POSSESSIVES \
            and not q.text.rstrip().endswith((".", "!", "?")):
        # "Betogers deelden de ‘Achttien geboden voor de vreedzame demonstrant’ uit", "het
        # ‘Oostenrijkse model’": a capital right after an article is a name or a title, no one's words
        return "other"
    if _list_of_quotes(items, ii):
        return "other"
    if has_cue:
        return "partial"
    if nwords >= 4:
        return "partial"
    return "other"


#: an indefinite article opening a quotation: a predicate ("een schande"), never a name or title
_INDEFINITE = frozenset(("een", "één"))

#: words after which a quotation is a noun phrase of the sentence
_ARTICLES_AND_POSSESSIVES = frozenset(("de", "het", "een", "zijn", "haar", "hun", "mijn", "onze", "ons"))


def _list_of_quotes(items: Sequence[Tok], ii: int) -> bool:
    """‘a’, ‘b’ en ‘c’: an enumeration of quoted terms."""
    def neighbour(k: int) -> bool:
        return 0 <= k < len(items) and items[k].text == QMARK
    return (neighbour(ii - 2) and items[ii - 1].text in (",",) + ("en", "of")) or (
        neighbour(ii + 2) and items[ii + 1].lower in (",", "en", "of"))
