"""Cues and mentions: speech verbs, 'aldus', 'volgens', colons, impersonal cues; names,
pronouns and descriptions that can be speakers.

Works on tokens with original offsets; the phrase grammar is small and Dutch-specific only
through the language data (titles, particles, determiners, pronouns, verb forms).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .entities import EntityType, entity_type, is_country, is_demonym, is_given_name, is_listed_body, is_particle_surname, is_place_adjective, word_zipf
from .lang import LanguageData, SpeechVerb
from .model import Cue, Mention
from .segment import WORD as _WORD

#: prepositions that may extend a description ("een woordvoerder van de politie")
_OF = ("van", "bij", "uit")
_INITIAL_MAX = 2


class Tok:
    """A token with its original offsets; case facts are computed once."""

    __slots__ = ("start", "end", "text", "lower", "is_cap", "is_word")

    def __init__(self, start: int, end: int, text: str, lower: str | None = None):
        self.start = start
        self.end = end
        self.text = text
        self.lower, self.is_word, self.is_cap = _FACTS.get(text) or _facts(text)
        if lower is not None:
            self.lower = lower

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"


#: token text → (lower, is_word, is_cap), kept across documents (emptied when full: flat memory)
_FACTS: dict[str, tuple[str, bool, bool]] = {}
_FACTS_MAX = 50_000


#: a name of letters and then digits: "D66", "P3", "G20" (a party, a firm, a summit)
_CAP_DIGITS = re.compile(r"[^\W\d_]+\d+")


def _facts(text: str) -> tuple[str, bool, bool]:
    c = text[0]
    is_word = c.isalnum() or (c in "'’" and len(text) > 1)  # 't, 's are words
    # (most tokens are lower case: the cleaned-up test runs only for a capital)
    is_cap = c.isupper() and (text.isalpha() or text.replace("-", "").replace("'", "").replace("’", "").isalpha()
                              or _CAP_DIGITS.fullmatch(text) is not None)
    if len(_FACTS) >= _FACTS_MAX:
        _FACTS.clear()
    found = _FACTS[text] = (text.lower(), is_word, is_cap)
    return found


def tokenize(text: str, start: int, end: int, pattern=_WORD) -> list[Tok]:
    """Tokens of ``text[start:end]``; ``pattern``: WORD or what segment.word_pattern gives for the text."""
    # findall makes no match objects
    return tokenize_found(text, start, pattern.findall(text, start, end))


def tokenize_found(text: str, start: int, words: list[str]) -> list[Tok]:
    """tokenize(text, start, end, pattern) given ``words``, what ``pattern.findall(text, start, end)``
    returned: the same tokens without a second pass of the pattern."""
    get = _FACTS.get
    find = text.find
    out = []
    pos = start
    # each token is where its text next occurs, since only white space lies between tokens
    # (every other character belongs to one)
    for w in words:
        t = _new(Tok)
        t.start = p = find(w, pos)
        t.end = pos = p + len(w)
        t.text = w
        t.lower, t.is_word, t.is_cap = get(w) or _facts(w)
        out.append(t)
    return out


_new = object.__new__


# --------------------------------------------------------------------------- names

def _is_initial(toks: Sequence[Tok], i: int) -> bool:
    t = toks[i]
    return (
        len(t.text) <= _INITIAL_MAX and t.text.isalpha() and t.text.isupper()
        and i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == t.end
    )


def _particle_len(toks: Sequence[Tok], i: int, lang: LanguageData) -> int:
    """Number of tokens of a name particle at ``i`` ("van der" = 2), 0 if none."""
    k = i
    while k < len(toks) and k < i + 3 and toks[k].is_word and toks[k].lower in lang.particles:
        k += 1  # "von der", "van de", "van 't": chained particles
    return k - i


def name_at(toks: Sequence[Tok], i: int, lang: LanguageData, *, sentence_start: bool = False) -> int:
    """End index (exclusive) of a personal/organisation name starting at token ``i``, or ``i``.

    Names: capitalised words, initials ("A."), particles between or before capitals
    ("van der", "'t"), hyphenated parts (Jan-Peter). A capitalised function word at a sentence
    start is not a name ("Maar", "Volgens")."""
    j = i
    n = len(toks)
    seen_cap = False
    caps = 0
    while j < n:
        t = toks[j]
        if _is_initial(toks, j):
            j += 2
            seen_cap = True
            continue
        if t.is_cap and "-" in t.text and (t.text.rsplit("-", 1)[1].islower() or t.lower.rsplit("-", 1)[1] in lang.titles):
            break  # "AIVD-baas", "VVD-leider", "PvdA-Kamerlid": a role, not a name
        if j == i and lang.is_temporal(t.text) and not is_given_name(t.text, lang=lang):
            break
        if j == i and t.is_cap and t.lower in lang.prepositions and t.lower not in lang.particles \
                and not _particle_len(toks, j, lang) and not t.text.isupper():
            break  # "Tegenover RTL Nieuws vertelt …": a preposition opens no name ("Op de Beeck" is one)
        if j == i and sentence_start and len(t.lower) >= 7 and t.lower.startswith("ge") and t.lower[-1] in "dtn" \
                and not is_given_name(t.text, lang=lang) and entity_type(t.text, lang=lang) is not EntityType.PLACE:
            break  # "Gevraagd", "Gezien", "Geboren": a participle, not a name ("Gelderland" is one)
        # an acronym is a name even when it spells a word: "het OM", "de VS", "AIVD"
        function_word = t.lower in lang.function_words and not (t.text.isupper() and len(t.text) > 1)
        if j > i and toks[j - 1].lower in lang.particles and toks[j - 1].is_word:
            function_word = False  # "Van der Meer", "De Wit": after a particle, a surname
        if j > i and t.is_cap and function_word and t.lower not in lang.particles:
            break  # "Bedrog Een woordvoerder": a new sentence starts
        if t.is_cap and t.lower not in lang.pronouns and not (
            j == i and (sentence_start or t.lower in ("de", "het", "een")) and function_word
        ):
            if function_word and not seen_cap and j == i and not sentence_start:
                # "En", "Maar" mid-sentence are rare; a capitalised particle ("Van Wijk") is handled below
                if t.lower not in lang.particles:
                    break
            if t.lower in lang.particles:
                k = _particle_len(toks, j, lang)
                if k and j + k < n and toks[j + k].is_cap and not lang.is_temporal(toks[j + k].text):
                    j += k
                    continue
                # a capitalised particle with no capitalised word after it closes no name: "Eindeloos
                # De strategie", "Tekst Het zijn" (a subheading glued to the sentence it opens)
                break
            j += 1
            seen_cap = True
            caps += 1
            continue
        k = _particle_len(toks, j, lang)
        # a particle after one capitalised word belongs to the name ("Toon van Dijk"); after two it
        # is a preposition ("Ab Massa van de Vereniging") unless the first opened the sentence
        # ("Exploitant George ten Brummelhuis": a capitalised common noun, then the name)
        # ("Jan Peter de Vries": two given names, then the surname with its particle)
        max_caps = 2 if sentence_start or (caps == 2 and is_given_name(toks[j - 1].text, lang=lang)
                                           and is_given_name(toks[j - 2].text, lang=lang)) else 1
        if k and caps <= max_caps and (seen_cap or j == i) and j + k < n and toks[j + k].is_cap \
                and toks[j + k].lower not in lang.function_words and not _no_surname(toks, j, k, lang) \
                and not lang.is_temporal(toks[j + k].text):  # "op den Zaterdagavond": a time
            run = j + k
            while run < n and toks[run].is_cap:
                run += 1
            if seen_cap and run - (j + k) > 2:
                break  # "Carden van het Future Water Institute": a preposition before an organisation
            j += k
            continue
        break
    if not seen_cap:
        return i
    if j + 1 < n and toks[j].lower in ("en", "&") and toks[j + 1].is_cap:
        e = _acronym_defined(toks, i, j)
        if e > j:
            return e  # "de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)": one body
    if j == i + 1 and j + 1 < n and _letter(toks[i]) and toks[j].lower in ("en", "&") and _letter(toks[j + 1]) \
            and not (j + 2 < n and toks[j + 2].text == "."):
        return j + 2  # "B en W", "B&W": two letters joined are one body (burgemeester en wethouders)
    e = _listed_body_end(toks, i, j, lang)
    if e > j:
        return e  # "Partij voor de Dieren", "Forum voor Democratie": one body the name data lists
    # an anonymised surname keeps its full stop: "Arjen de J."
    if j < n and toks[j].text == "." and len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper() \
            and toks[j].start == toks[j - 1].end:
        j += 1
    return j


def _listed_body_end(toks: Sequence[Tok], i: int, j: int, lang: LanguageData) -> int:
    """End of an organisation's name that lower-case words at ``j`` continue ("Forum | voor
    Democratie", "Centraal Bureau | voor de Statistiek"), when the whole is a name the data lists
    (organisation_names.tsv); else ``j``."""
    n = len(toks)
    m = j
    while m < n and m < j + 3 and toks[m].is_word and not toks[m].is_cap:
        m += 1
    if m == j:
        return j
    for e in range(min(n, m + 3), m, -1):
        if all(toks[x].is_cap for x in range(m, e)) and is_listed_body(_text(toks, i, e) or "", lang=lang):
            return e
    return j


def _acronym_defined(toks: Sequence[Tok], i: int, j: int) -> int:
    """End of a body's name that 'en' or '&' at ``j`` continues, when an abbreviation in brackets
    spelling the initials of the whole follows it ("Nationaal Coördinator Terrorismebestrijding en
    Veiligheid (NCTV)"): the newsroom defines an abbreviation right after the full name; else ``j``."""
    n = len(toks)
    r = j + 1
    while r < n and toks[r].is_cap and toks[r].is_word:
        r += 1
    if r + 2 >= n or toks[r].text != "(" or toks[r + 2].text != ")" or not toks[r + 1].text.isupper():
        return j
    acro = "".join(c for c in toks[r + 1].text if c.isalpha()).lower()
    b = i
    while b > 0 and b > i - 3 and toks[b - 1].is_cap and toks[b - 1].is_word:
        b -= 1  # (a capitalised head noun a phrase took as a function: "de Dienst Wegen en Bruggen")
    for start in range(b, i + 1):
        initials = "".join(t.text[0] for t in toks[start:r] if t.is_cap and t.is_word).lower()
        if acro == initials:
            return r
    return j


def _letter(t: Tok) -> bool:
    return len(t.text) == 1 and t.text.isupper()


# --------------------------------------------------------------------------- phrases

@dataclass(slots=True)
class Phrase:
    """A speaker phrase: whole span, the name inside it (if any), role words, kind."""

    start_i: int
    end_i: int
    kind: str          # name | pronoun | description | organisation | impersonal
    name_i: tuple[int, int] | None = None
    role: str | None = None


#: prepositions that say where a group of people is from ("bewoners van de wijk", "artsen uit Gent")
_WHERE_FROM = frozenset(("van", "uit", "bij", "in", "op", "aan"))


def _bare_plural_span(toks: Sequence[Tok], i: int, lang: LanguageData) -> int:
    """Where a bare plural subject that opens at ``i`` ends, or 0: the plural alone
    (_bare_plural_people), or after one adjective ("zeggen Groningse boeren", "menen boze
    omwonenden"), or a capitalised compound on a plural for people ("zeiden PvdA-politici",
    "GroenLinks-raadsleden"), the party or place before the hyphen saying whose they are."""
    t = toks[i]
    tail = t.text.rpartition("-")[2]
    if t.is_cap and t.is_word and "-" in t.text.strip("-") and not tail[:1].isupper():
        return i + 1 if _plural_people_word(tail.lower(), lang) and _alone(toks, i, t.lower, lang) else 0
    if _bare_plural_people(toks, i, lang):
        return i + 1
    if i + 1 < len(toks) and t.is_word and _adjective(t, lang) and toks[i + 1].is_word \
            and not toks[i + 1].is_cap and (_bare_plural_people(toks, i + 1, lang) or toks[i + 1].lower == "media"):
        return i + 2  # (and the press: "volgens Israëlische media", "melden diverse media")
    return 0


def _adjective(t: Tok, lang: LanguageData) -> bool:
    """A word that can stand before a noun as an adjective: a nationality or place adjective
    ("Britse", "Groningse") or a lower-case word in -e that is no function word or verb form
    ("boze", "lokale")."""
    w = t.lower
    if t.is_cap:
        return t.text in lang.nationalities or w.endswith(("se", "sche"))
    return len(w) > 3 and w.endswith("e") and w not in lang.function_words and w not in lang.verb_forms \
        and w not in lang.person_nouns and w not in lang.titles


def _plural_people_word(w: str, lang: LanguageData) -> bool:
    """A plural noun for people: 'deskundigen', 'critici', 'politici', 'boeren'."""
    if w in lang.person_nouns:
        return w.endswith(("en", "ici"))
    return w.endswith(("en", "s", "ici")) and entity_type(w, lang=lang) is EntityType.PERSON


def _alone(toks: Sequence[Tok], i: int, w: str, lang: LanguageData) -> bool:
    """Nothing but punctuation, 'zich' or where they are from follows the subject at ``i``."""
    return not (i + 1 < len(toks) and toks[i + 1].is_word and toks[i + 1].lower != "zich" and not (
        toks[i + 1].lower in _WHERE_FROM and i + 2 < len(toks) and w not in lang.titles
        and (toks[i + 2].lower in lang.determiners or toks[i + 2].is_cap)))


def _bare_plural_people(toks: Sequence[Tok], i: int, lang: LanguageData) -> bool:
    """'…, zeggen deskundigen.', '…, menen critici,', '…, beweren sommigen': a plural noun or
    quantifier for people with no determiner, the whole subject of an inverted inquit (nothing but
    punctuation after it, or the reflexive of a reflexive verb: '…, vragen commentatoren zich
    af:', 'beklagen omwonenden zich', where 'zich' points back to that subject). Dutch drops the
    article before an indefinite plural subject."""
    t = toks[i]
    if t.is_cap or not t.is_word or t.lower in lang.function_words or t.lower in lang.verb_forms:
        return False
    # (where they are from or work may follow: "zeggen bewoners van de Rode Kastelenbuurt";
    # a title is one person's, with a portfolio: "zegt schepen van Mobiliteit Jan De Smet")
    # ("sommigen", "velen", "anderen", "critici" are plural; "docent" is not)
    return _alone(toks, i, t.lower, lang) and _plural_people_word(t.lower, lang)


def phrase_at(toks: Sequence[Tok], i: int, lang: LanguageData, *, sentence_start: bool = False) -> Phrase | None:
    """Parse a speaker phrase starting at token ``i`` (after a cue verb, after 'volgens', before ':')."""
    n = len(toks)
    if i >= n:
        return None
    t = toks[i]
    as_det = t.lower in lang.determiners and i + 1 < n and toks[i + 1].is_word and (
        toks[i + 1].lower in lang.titles or toks[i + 1].lower in lang.organisations
        or toks[i + 1].lower in lang.modifiers or toks[i + 1].text in lang.nationalities
        or toks[i + 1].lower in lang.kinship or toks[i + 1].lower in lang.person_nouns)  # "zeide haar broeder"
    if not as_det and t.lower in lang.pronouns and lang.pronouns[t.lower][1] in ("subject", "object", "relative"):
        if t.lower == "het":
            return None
        if t.lower in ("die", "dat"):
            return Phrase(i, i + 1, "pronoun") if t.lower == "die" else None
        # "zij" could open "zij zelf"; a pronoun is one token
        return Phrase(i, i + 1, "pronoun")
    bare = _bare_plural_span(toks, i, lang)
    if bare:  # "‘…’, zeggen deskundigen.", "zeggen Groningse boeren", "zeiden PvdA-politici"
        return Phrase(i, bare, "description", None, toks[bare - 1].text)
    surname = _particle_surname(toks, i, lang, sentence_start)
    if surname is not None:
        return surname
    classed = _classed_name(toks, i, lang)
    if classed is not None:
        return classed
    j = i
    det = False
    if t.lower in lang.determiners and (t.lower not in ("die", "deze") or as_det):
        det = True  # ("Deze man vertelde …": a demonstrative before a noun for a person is an article)
        j += 1
    elif sentence_start and t.is_cap and t.lower.endswith(("ische", "sche")) and i + 1 < n \
            and toks[i + 1].is_word and not toks[i + 1].is_cap and toks[i + 1].lower not in lang.function_words:
        det = True  # "Juridische internetpagina Hellolaw schrijft": an adjective opens the description
        j += 1
    if t.lower in ("een", "één", "eén") and i + 1 < n and toks[i + 1].lower == "van":
        j = i + 1
        k = j + 1
        if k < n and toks[k].lower in lang.determiners:
            k += 1
        m = k
        # (right after the article a verb form is a noun: "een van de getuigen", "de verdachten")
        while m < n and m < k + 4 and toks[m].is_word and toks[m].lower not in lang.function_words \
                and toks[m].lower not in _OF and not lang.is_temporal(toks[m].text) \
                and (toks[m].lower not in lang.verb_forms or (m == k and k == j + 2)):
            m += 1
        if m < n and toks[m].lower in _OF:  # "een van de slachtoffers van de vernielingen"
            m2 = m + 1
            if m2 < n and toks[m2].lower in lang.determiners:
                m2 += 1
            while m2 < n and m2 < m + 5 and toks[m2].is_word and toks[m2].lower not in lang.function_words \
                    and toks[m2].lower not in lang.verb_forms:
                m2 += 1
            m = m2 if m2 > m + 1 else m
        if m > k or (k < n and toks[k].lower in ("hen", "hun", "hen")):
            m = max(m, k + 1)
            return Phrase(i, m, "description", None, _text(toks, i, m))
    role_start = j
    roles = 0
    head_title = False
    k = _multiword_prefix_title(toks, j, lang)
    if k is not None:
        # "Open Vld-voorzitter Tom Ongena", "TU Delft-hoogleraar Jan de Vries": a body of more
        # than one word before a hyphenated function belongs to the function, not to the name
        j, roles, head_title = k + 1, k + 1 - j, True
    # modifiers, nationalities, titles (also capitalised at a sentence start: "Minister Schouten")
    while j < n and roles < 5:
        w = toks[j]
        if j > i and j + 1 < n and toks[j + 1].lower in lang.time_nouns and lang.is_temporal(w.text):
            break  # "zei de president vorige week": an adverbial of time ends the description
        e = _title_of_words(toks, j, lang)
        if e > j:
            j, roles, head_title = e, roles + 1, True  # "officier van justitie Hannah Huizenga"
            continue
        if w.is_cap and j + 3 < n and toks[j + 1].text == "-" and toks[j + 1].start == w.end \
                and toks[j + 2].start > toks[j + 1].end and toks[j + 2].lower in lang.titles \
                and name_at(toks, j + 3, lang) > j + 3:
            # "GroenLinks- fractievoorzitter Berend Potjer": a party compound broken after its
            # hyphen is still the function before the name
            j, roles, head_title = j + 3, roles + 1, True
            continue
        adjective = det and w.is_cap and w.lower.endswith(("se", "sche")) and j + 1 < n and toks[j + 1].is_word
        if adjective or w.lower in lang.modifiers or w.text in lang.nationalities or w.lower in lang.titles \
                or (det and w.lower in lang.organisations) or _compound_title(w, lang) or (
            w.lower in lang.honorifics or (not det and j == i and w.lower in lang.kinship) or _member_noun(w)
        ) or (w.lower + ".") in lang.honorifics and j + 1 < n and toks[j + 1].text == ".":
            if (w.lower + ".") in lang.honorifics and j + 1 < n and toks[j + 1].text == ".":
                j += 1
            head_title = head_title or w.lower in lang.titles or w.lower in lang.organisations \
                or _compound_title(w, lang) or _member_noun(w)
            j += 1
            roles += 1
            continue
        if not det and roles < 3 and (_unlisted_function_before_name(toks, j, lang) or (
                _unlisted_function(w, lang) and j + 1 < n and toks[j + 1].lower in _OF
                and _named_after_of(toks, j + 1, lang))):
            # an unlisted function right before a name: "zegt socioloog Tanja Traag", "zegt
            # coördinator van de campagne Ludy Blind"
            j += 1
            roles += 1
            head_title = True
            continue
        if not w.is_cap and w.is_word and roles < 3 and j + 1 < n and (
                toks[j + 1].lower in lang.titles or _unlisted_function_before_name(toks, j + 1, lang)) \
                and w.lower.endswith(_ADJECTIVE_ENDINGS) and w.lower not in lang.function_words \
                and w.lower not in lang.verb_forms and not lang.is_temporal(w.text) and not _looks_verb(w.lower, lang):
            # "medisch directeur Geraline Leusink", "politiek leider Jan Smit": an adjective
            # that says which kind of function, uninflected before it
            j += 1
            roles += 1
            continue
        if w.is_cap and roles < 3 and j + 1 < n and toks[j + 1].is_cap and (
                _prefixed_noun(w.text) or "-" not in w.text and len(w.text) > 5 and (
                    lang.title_head(w.lower) is not None or is_demonym(w.text, lang=lang))) \
                and is_given_name(toks[j + 1].text, lang=lang):
            # "CHP-rivaal Ekrem Imamoglu", "Ajax-spits Dusan Tadic", "Ajaxtrainer Erik ten Hag",
            # "Gouwenaar Pieter Stroop": a noun with a body's or a place's name as its prefix, or
            # for someone from a place, right before a given name, says what the person is
            j += 1
            roles += 1
            head_title = True
            continue
        if det and w.lower in lang.intensifiers and j + 1 < n and toks[j + 1].is_word and not toks[j + 1].is_cap \
                and toks[j + 1].lower.endswith("e") and toks[j + 1].lower not in lang.function_words and roles < 3:
            j += 2  # "de zeer beleefde Duclari": an adverb of degree and the adjective it grades
            roles += 1
            continue
        if det and roles == 0 and w.is_cap and w.is_word and "-" not in w.text and _capitalised_compound_title(w.lower, lang):
            # "aldus de Labourvoorman", "zei de Kremlinwoordvoerder": after an article, a
            # capitalised closed compound on a function is a description (a party or body, then
            # the function), not a surname
            j += 1
            roles += 1
            head_title = True
            continue
        if det and roles == 0 and _compound_organisation(w, lang):
            # "het pensioenfonds", "het gemeentebestuur": a compound on a body's noun is that body
            j += 1
            roles += 1
            head_title = True
            continue
        if det and toks[i].lower != "het" and not w.is_cap and w.is_word and w.lower not in lang.function_words and not lang.is_temporal(w.text) \
                and w.lower not in lang.time_nouns \
                and w.lower not in lang.particles and w.lower not in _OF and w.lower not in lang.verb_particles \
                and w.lower not in lang.verb_forms and roles < 3 and not _looks_verb(w.lower, lang) \
                and not (j > role_start and _description_head(toks[j - 1].lower, lang)):
            # an unknown noun or adjective inside a description ("de privédetective"); a word after
            # a known head noun is the verb ("De klimaatactivisten kregen …")
            j += 1
            roles += 1
            head_title = True
            continue
        break
    if roles == 1 and not det and toks[j - 1].lower in lang.honorifics and j + 2 < n and toks[j].lower in ("uit", "bij") \
            and toks[j + 1].lower in lang.determiners and not toks[j + 2].is_cap:
        # "riep mevrouw uit de gang": where she calls from; the honorific alone is the person
        return Phrase(i, j, "description", None, _text(toks, role_start, j))
    # "minister van Buitenlandse Zaken Wopke Hoekstra", "burgemeester van Genk"
    if roles and j + 1 < n and toks[j].lower in _OF:
        k = j + 1
        if k < n and (toks[k].lower in lang.determiners or toks[k].lower in _DEMONSTRATIVES):
            k += 1  # "van de politie", "van die ambassade"
        e = name_at(toks, k, lang)
        while e > k and e + 1 < n and toks[e].lower in ("en", ",") and toks[e + 1].is_cap:
            e2 = name_at(toks, e + 1, lang)  # a coordinated portfolio: "van Mobiliteit en Werken Jan De Smet",
            # "van Onderwijs, Cultuur en Wetenschap Robbert Dijkgraaf"
            if e2 <= e + 1:
                break
            e = e2
        if e > k:
            caps = [x for x in range(k, e) if toks[x].is_cap]
            first_name = next((x for x in caps if is_given_name(toks[x].text, lang=lang)), None)
            if first_name is not None and first_name > k:
                return Phrase(i, e, "name", (first_name, e), _text(toks, role_start, first_name))
            if len(caps) >= 3:
                split = caps[-2]
                return Phrase(i, e, "name", (split, e), _text(toks, role_start, split))
            # "de burgemeester van Genk": a description (maybe followed by an apposed name)
            app = _apposition(toks, e, lang)
            if app:
                return Phrase(i, app[1], "name", app, _text(toks, role_start, e))
            return Phrase(i, e, "description", None, _text(toks, role_start, e))
        if k < n and not toks[k].is_cap:
            # "een woordvoerder van de politie", "een van de slachtoffers"
            m = k
            cnt = 0
            while m < n and cnt < 3 and toks[m].is_word and not toks[m].is_cap and toks[m].lower not in lang.function_words \
                    and not lang.is_temporal(toks[m].text) and not (m > k and _description_head(toks[m - 1].lower, lang)) \
                    and (m == k or toks[m].lower not in lang.verb_forms):  # (the finite verb ends it: "… ambassade zegt")
                chained = _chained_name(toks, m, lang) if m > k else None
                if chained is not None:
                    # "coördinator van de vaccinatiecampagne van de GGD Brabant-Zuidoost Ludy Blind": a
                    # function's chain of 'van' phrases ends in the person's name after the last body's
                    return Phrase(i, chained[1], "name", chained, _text(toks, role_start, chained[0]))
                m += 1  # (the noun after "van de" ends the phrase: "het bestuur van de school probeerde")
                cnt += 1
            e2 = name_at(toks, m, lang)
            end = e2 if e2 > m else m
            # "woordvoerder van de gemeente Utrecht Jan Jansen": after a body, its name and then
            # the person's from the given name on ("van de minister Hugo de Jonge" is the minister)
            given = None
            if m > k and toks[m - 1].lower in lang.organisations:
                given = _given_inside(toks, m, e2, lang)
            elif m > k and e2 > m + 1 and not _personal(toks[m - 1].lower, lang) and (
                    is_given_name(toks[m].text, lang=lang)
                    or toks[m].is_cap and entity_type(_text(toks, m, e2) or "", lang=lang) is EntityType.PERSON):
                given = m  # "coördinator van de campagne Ludy Blind": a thing's name is no one's
            if given is not None:
                return Phrase(i, e2, "name", (given, e2), _text(toks, role_start, given))
            if end > k:
                app = _apposition(toks, end, lang)
                if app:  # "de advocaat van de familie, Peter Plasman, …": the apposed name speaks
                    return Phrase(i, app[1], "name", app, _text(toks, role_start, end))
                return Phrase(i, end, "description", None, _text(toks, role_start, end))
    if roles and head_title and j + 2 < n and toks[j].is_word and toks[j].lower not in lang.function_words \
            and toks[j].lower not in lang.verb_forms and not _looks_verb(toks[j].lower, lang) \
            and not is_given_name(toks[j].text, lang=lang):
        # "hoogleraar Planologie Jan de Vries", "hoogleraar belastingrecht Rita de Vries": the field
        # of the function, then the name from its given name on; a field may be two fields with
        # their shared part left out ("docent staats- en bestuursrecht Geert Smit")
        f = j + 3 if j + 3 < n and toks[j + 1].text in _HYPHENS and toks[j + 2].lower in ("en", "of") \
            and toks[j + 3].is_word and not toks[j + 3].is_cap else j
        for g in (f + 1, f + 2):
            if g >= n or not toks[g].is_word or toks[g].lower in lang.function_words:
                break
            if is_given_name(toks[g].text, lang=lang) or (
                    toks[g].is_cap and g + 2 < n and toks[g + 1].lower in lang.particles and toks[g + 2].is_cap) or (
                    g == f + 1 and f > j and toks[g].is_cap):
                # (a given name no list knows, before a surname with its particle: "Friso de Zeeuw";
                # after a double field, the capitalised words are the name)
                e2 = name_at(toks, g, lang)
                if e2 > g + 1:
                    return Phrase(i, e2, "name", (g, e2), _text(toks, role_start, g))
                break
    if roles and head_title and not det and j + 2 < n and toks[j].lower == "en":
        # "zegt oprichter en directeur Jeroen de Vries", "FvD-woordvoerder en toekomstig senator
        # Jeroen de Vries": two functions of one person, then the name
        sub = phrase_at(toks, j + 1, lang)
        if sub is not None and sub.kind == "name" and sub.role and sub.name_i[0] > j + 1:
            return Phrase(i, sub.end_i, "name", sub.name_i, _text(toks, role_start, sub.name_i[0]))
    e = name_at(toks, j, lang, sentence_start=sentence_start and j == i)
    if e > j:
        owned = _genitive_noun(toks, e, lang, one_word=e == j + 1)
        if owned is not None:
            # "zegt Biemans' vrouw", "aldus Rutte's woordvoerder": the person the name owns speaks,
            # not the name ("Biemans' vrouw Annie": her name, when it follows)
            app = name_at(toks, owned + 1, lang)
            if app > owned + 1:
                return Phrase(i, app, "name", (owned + 1, app), _text(toks, j, owned + 1))
            return Phrase(i, owned + 1, "description", None, _text(toks, j, owned + 1))
    if e > j and e + 1 < n and toks[e].lower in lang.titles and name_at(toks, e + 1, lang) > e + 1:
        # "Hasselts burgemeester Steven Vandeput": the capitalised word was a place adjective
        e2 = name_at(toks, e + 1, lang)
        return Phrase(i, e2, "name", (e + 1, e2), _text(toks, role_start, e + 1))
    if e > j:
        role = _text(toks, role_start, j) if j > role_start else None
        # "de gemeente Amersfoort", "het ministerie van ..." : organisation + name
        if role and all(toks[x].lower in lang.organisations for x in range(role_start, j)):
            return Phrase(i, e, "organisation", (i if not det else role_start, e), None)
        app = _apposition(toks, e, lang)
        if app and not role:
            role = _text(toks, app[0], app[1])
            return Phrase(i, e, "name", (j, e), role)
        if det and not role and e == j + 1 and toks[j].lower.endswith(("se", "sche", "er", "ers")) \
                and not toks[j].text.isupper():
            # "de Bredase", "de Amsterdammer": a demonym, an unnamed speaker
            return Phrase(i, e, "description", None, toks[j].text)
        return Phrase(i, e, "name", (j, e), role)
    if roles and det and toks[j - 1].lower in lang.honorifics:
        head_title = True  # "zeide de oude heer", "vroeg de freule": a person, with no name after
    if roles == 1 and not det and toks[j - 1].lower in lang.kinship:
        head_title = True  # "vroeg tante", "zei oom": a family word used as the name of one person
    if roles and head_title:
        app = _apposition(toks, j, lang) or _apposition_after_place(toks, j, lang)
        if app:  # "de korpschef, Karin Dekker, …", "de woordvoerder in de Kamer, Jasper van Dijk, …":
            # the apposed name is the speaker
            return Phrase(i, app[1], "name", app, _text(toks, role_start, j))
        # a bare description: "de minister", "een woordvoerder", "haar woordvoerder"
        start = i
        kind = "organisation" if toks[j - 1].lower in lang.organisations or _compound_organisation(toks[j - 1], lang) \
            else "description"
        if kind == "organisation" and toks[j - 1].is_cap:
            e = _listed_body_end(toks, j - 1, j, lang)
            if e > j:  # "de Partij voor de Dieren": a listed name that opens with a body's noun
                return Phrase(start, e, kind, (j - 1, e), None)
        return Phrase(start, j, kind, None, _text(toks, role_start, j))
    return None


def _compound_organisation(w: Tok, lang: LanguageData) -> bool:
    """A lower-case compound whose last part is a noun for a body ("pensioenfonds",
    "gemeentebestuur", "stadsbestuur"; organisations.txt), singular: "vakbonden" is no such."""
    low = w.lower
    return w.is_word and not w.is_cap and len(low) >= 7 and low not in lang.organisations \
        and any(low[k:] in lang.organisations for k in range(3, len(low) - 3))


def _classed_name(toks: Sequence[Tok], i: int, lang: LanguageData) -> Phrase | None:
    """'persbureau Reuters', 'de krant Trouw', 'het Britse blad The Economist', 'de bank ING': a
    noun for a kind of body or medium (body_classes.tsv, also as the last part of a compound:
    'zakenblad Forbes'), then the body's own name, which is the speaker. ('de gemeente Utrecht'
    is no such phrase: "gemeente" names no kind that stands in for a body, so the name keeps it.)"""
    n = len(toks)
    j = i + 1 if toks[i].lower in ("de", "het") else i
    if j < n and j > i and toks[j].is_cap and toks[j].lower.endswith(("se", "sche")) and j + 1 < n \
            and not toks[j + 1].is_cap:
        j += 1  # an adjective of origin: "het Britse blad"
    if j + 1 >= n or not toks[j].is_word or toks[j].is_cap or lang.body_class(toks[j].text) is None:
        return None
    e = name_at(toks, j + 1, lang)
    if e <= j + 1:
        # a listed outlet or body whose name is also a common word: "het dagblad De Morgen"
        run = j + 1
        while run < n and run < j + 5 and toks[run].is_cap and toks[run].is_word:
            run += 1
        if run > j + 1 and entity_type(_text(toks, j + 1, run) or "", lang=lang) in (
                EntityType.MEDIUM, EntityType.ORGANISATION):
            e = run
    if e <= j + 1 or is_given_name(toks[j + 1].text, lang=lang):
        return None  # ("het bedrijf van Jan", "de club Piet Smit": a person after it is no body's name)
    return Phrase(i, e, "name", (j + 1, e), None)


def _looks_verb(w: str, lang: LanguageData) -> bool:
    """A finite form of a copula, an auxiliary, a modal or a common verb (present_forms.txt,
    past_forms.txt): it ends a description ("de minister is", "de man ging")."""
    return w in lang.present_forms or w in lang.past_forms


def _personal(word: str, lang: LanguageData) -> bool:
    """A noun for a person: a title, a person noun or a family word ("minister", "moeder")."""
    return word in lang.titles or word in lang.person_nouns or word in lang.kinship or lang.title_head(word) is not None


def _given_inside(toks: Sequence[Tok], start: int, end: int, lang: LanguageData) -> int | None:
    """The index of a given name that follows the first word of the capitalised run
    ``start:end`` and opens a name of two words or more ("gemeente Utrecht Jan Jansen"), or None."""
    for x in range(start + 1, end - 1):
        if toks[x].is_cap and is_given_name(toks[x].text, lang=lang) and toks[x + 1].is_cap:
            return x
    return None


def _chained_name(toks: Sequence[Tok], m: int, lang: LanguageData) -> tuple[int, int] | None:
    """At ``m`` a further 'van' phrase with a body's name and then a person's name of two words
    or more ("van de GGD Brabant-Zuidoost Ludy Blind"): the person's name's token range (from a
    given name inside the run, else its last two capitalised words when the run has three or
    more), or None."""
    n = len(toks)
    if m + 1 >= n or toks[m].lower != "van":
        return None
    k = m + 1
    if k < n and toks[k].lower in lang.determiners:
        k += 1
    e = name_at(toks, k, lang)
    if e <= k:
        return None
    given = _given_inside(toks, k, e, lang)
    if given is None:
        caps = [x for x in range(k, e) if toks[x].is_cap]
        given = caps[-2] if len(caps) >= 3 else None
    return (given, e) if given is not None else None


def _named_after_of(toks: Sequence[Tok], k: int, lang: LanguageData) -> bool:
    """Does the 'van' phrase at ``k`` end in a person's name ("van de campagne Ludy Blind", "van
    de GGD Jan Smit")? At most four lower-case words and one body's name before it."""
    n = len(toks)
    m = k + 1
    if m < n and toks[m].lower in lang.determiners:
        m += 1
    while m < n and m < k + 6 and toks[m].is_word and not toks[m].is_cap and toks[m].lower not in lang.function_words:
        m += 1
    e = name_at(toks, m, lang)
    if e <= m:
        return False
    return is_given_name(toks[m].text, lang=lang) and e > m + 1 or _given_inside(toks, m, e, lang) is not None


def _genitive_noun(toks: Sequence[Tok], e: int, lang: LanguageData, *, one_word: bool = False) -> int | None:
    """The index of the noun for a person that a name ending at ``e`` owns by a genitive
    ("Biemans' vrouw", "Rutte's woordvoerder", "Bidens medewerkers": Dutch writes a name's
    genitive -s without an apostrophe), or None."""
    k = e
    if k < len(toks) and toks[k].text in ("'", "’") and toks[k].start == toks[k - 1].end:
        k += 1
    elif not toks[e - 1].text.endswith(("'s", "’s")) and not (
            one_word and len(toks[e - 1].text) >= 4 and toks[e - 1].text.endswith("s")
            and not toks[e - 1].text.isupper()):
        # (a name of one word: "Bidens medewerkers"; after a given name, "Gerarde Koks
        # woordvoerster" is a name ending in -s and what she is)
        return None
    if k < len(toks) and toks[k].is_word and not toks[k].is_cap and (
            toks[k].lower in lang.titles or toks[k].lower in lang.person_nouns or toks[k].lower in lang.kinship
            or lang.title_head(toks[k].lower) is not None or toks[k].lower.endswith(lang.person_noun_endings)
            or _plural_of_person(toks[k].lower, lang)):
        return k  # (also "Karmani's medestudenten": a plural of a noun for people)
    return None


def _plural_of_person(word: str, lang: LanguageData) -> bool:
    """'medestudenten', 'collega's', 'ouders': a plural whose singular is a noun for a person or
    a function ("student" is one by its ending, "collega" by the person nouns)."""
    for suffix in ("en", "s", "'s", "’s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            stem = word[: -len(suffix)]
            if stem in lang.person_nouns or stem in lang.titles or lang.title_head(stem) is not None \
                    or stem.endswith(("ent", "ant", "ist", "eur", "aar", "er")):
                return True
    return False


def _particle_surname(toks: Sequence[Tok], i: int, lang: LanguageData, sentence_start: bool) -> Phrase | None:
    """'zei De Jonge', 'aldus Van der Meer': a capitalised particle inside a sentence opens a
    surname, so 'De' is no article and the speaker is never 'Jonge'. At a sentence start the
    same spelling is as often an article ("De NVWA", "De Griek"): that case is left alone."""
    t = toks[i]
    n = len(toks)
    if not (t.is_cap and t.lower in lang.particles and i + 1 < n):
        return None
    k = i + _particle_len(toks, i, lang)
    if k >= n or not toks[k].is_cap or toks[k].lower in lang.function_words:
        return None
    if k == i + 1 and t.lower == "de" and is_place_adjective(toks[k].text, lang=lang):
        return None  # "… De Duitse minister Heiko Maas": an article (after a glued subheading)
    if sentence_start and not is_particle_surname(" ".join(t.text for t in toks[i:k + 1]), lang=lang):
        # "De Vries zei" and "De NVWA meldt" look alike: at a sentence start only a family name the
        # name data lists ("De Groot", "De Jonge") is one; a noun after the article would be lower case
        return None
    e = name_at(toks, i, lang)
    if e <= k:
        return None
    return Phrase(i, e, "name", (i, e), None)


def _no_surname(toks: Sequence[Tok], j: int, k: int, lang: LanguageData) -> bool:
    """After "van", a country, a city or a portfolio is no surname: "Erdogan van Turkije", "Slob
    van Onderwijs" are a name and a preposition; "Toon van Dijk" is one name."""
    if toks[j].lower != "van" or k != 1:
        return False
    nxt = toks[j + 1]
    if j + 2 < len(toks) and toks[j + 2].is_cap:
        return False  # "van Buitenlandse Zaken X" is handled with the titles
    return not_a_surname(nxt.text, lang)


#: a word this frequent after "van" is a portfolio or a thing, not a surname ("van Onderwijs";
#: "van Dijk" and "van den Berg" are frequent words too, but less so)
_PORTFOLIO_ZIPF = 5.0


def not_a_surname(word: str, lang: LanguageData) -> bool:
    """Can ``word`` after "van" not be a surname? A country or region ("van Turkije") or a very
    common word ("van Onderwijs"); a town can ("Jan van Gent"), and so can most words ("Van Dijk")."""
    return is_country(word, lang=lang) or word_zipf(word, lang=lang) >= _PORTFOLIO_ZIPF


def _person_head(word: str, lang: LanguageData) -> bool:
    """'minister', 'ministers', 'klimaatactivisten': a known function, also in the plural."""
    return word in lang.titles or (word.endswith("en") and word[:-2] in lang.titles) or (
        word.endswith("s") and word[:-1] in lang.titles)


def _description_head(word: str, lang: LanguageData) -> bool:
    """Has a description reached its head noun at ``word``, so that the next word is the verb?
    A known function or body ('de minister', 'de politie'), or a word without the attributive -e
    of a Dutch adjective ('de inlichtingendienst', not 'de Amerikaanse' or 'de nieuwe')."""
    if word in lang.measure_nouns:
        return False  # "een aantal boeren", "een groep bewoners": the head is still to come
    return _person_head(word, lang) or word in lang.organisations or not word.endswith("e")


def member_noun(word: str) -> bool:
    """"UvA'er", "PvdA'er", "SP'ers": a member of a body written with an apostrophe, a function
    before a name ("UvA'er Pieter Bakker"), never part of it."""
    stem, mark, tail = word.rpartition("'") if "'" in word else word.rpartition("’")
    return bool(mark) and tail in ("er", "ers") and stem[:1].isupper() and stem.isalnum()


def _member_noun(w: Tok) -> bool:
    return member_noun(w.text)


def _title_of_words(toks: Sequence[Tok], j: int, lang: LanguageData) -> int:
    """The end of a function of several words that the titles list as one ("officier van
    justitie") starting at ``j``, or ``j``."""
    by_first = lang.multiword_titles
    first = toks[j].lower
    found = by_first.get(first, ())
    if not found and "-" in first:
        found = by_first.get(first.rsplit("-", 1)[1], ())  # "SP-Tweede Kamerlid": a body before it
    for words in found:
        e = j + len(words)
        if e <= len(toks) and all(toks[j + x].lower == words[x] for x in range(1, len(words))):
            return e
    return j


def _multiword_prefix_title(toks: Sequence[Tok], j: int, lang: LanguageData) -> int | None:
    """The index of a hyphenated function whose prefix is a name of two or three words ("Open
    Vld-voorzitter", "TU Delft-hoogleraar", "Rode Kruis-woordvoerder"), when a name follows it;
    else None."""
    n = len(toks)
    for k in (j + 1, j + 2, j + 3):
        # (a body's name may hold a linking word between capitalised ones: "Forum voor
        # Democratie-voorman Thierry Baudet", "Partij van de Arbeid-wethouder")
        if k + 1 >= n or not toks[j].is_cap or not all(
                toks[x].is_word and (toks[x].is_cap and toks[x].lower not in lang.function_words
                                     or x > j and toks[x].lower in _NAME_LINKS) for x in range(j, k)):
            return None
        w = toks[k]
        if "-" in w.text and w.text[:1].isupper() and _compound_title(w, lang):
            return k if name_at(toks, k + 1, lang) > k + 1 else None
    return None


#: lower-case words that link the capitalised words of a body's name ("Forum voor Democratie")
_NAME_LINKS = frozenset(("voor", "van", "de", "der", "het", "en"))

#: demonstratives that stand where an article does: "een woordvoerder van die ambassade"
_DEMONSTRATIVES = frozenset(("die", "deze", "dat", "dit"))


def _prefixed_noun(word: str) -> bool:
    """A capitalised prefix (an acronym or a name), a hyphen and a lower-case noun: "CHP-rivaal"."""
    prefix, _, tail = word.rpartition("-")
    return prefix[:1].isupper() and len(tail) >= 3 and tail.isalpha() and tail.islower()


def _compound_title(w: Tok, lang: LanguageData) -> bool:
    """'AIVD-baas', 'VVD-fractieleider', 'oud-premier', 'havenschepen', 'vakbondsvoorzitter': a
    title with a prefix, hyphenated or closed (the tail is a known function of four letters or more)."""
    if w.is_cap and "-" not in w.text:
        return False  # a capitalised closed word is a name ("Bakker"), not a compound function
    if "-" in w.text:
        return w.lower.rsplit("-", 1)[1] in lang.titles  # "VVD-fractieleider", "PvdA-Kamerlid"
    return lang.title_head(w.lower) is not None


def _capitalised_compound_title(w: str, lang: LanguageData) -> bool:
    """'labourvoorman', 'kremlinwoordvoerder': a closed compound whose tail is a function of five
    letters or more after a prefix of three or more ('koopman' and 'visser' are no compounds)."""
    head = lang.title_head(w)
    return head is not None and len(head) >= 5 and len(w) - len(head) >= 3 and w.endswith(head)


#: the endings of uninflected adjectives that say which kind of function a title is ("medisch
#: directeur", "financieel directeur", "politiek leider", "wetenschappelijk directeur")
_ADJECTIVE_ENDINGS = ("isch", "iek", "eel", "ief", "lijk", "aal", "air")




def _unlisted_function(w: Tok, lang: LanguageData) -> bool:
    """A lower-case noun that may name a function no list holds: it ends as a noun for a person
    does ("werker", "coördinator", "bestuurslid") and is no verb or function word."""
    return not w.is_cap and w.is_word and w.lower not in lang.function_words \
        and w.lower not in lang.prepositions and w.lower not in lang.verb_forms and not lang.is_temporal(w.text) \
        and not _looks_verb(w.lower, lang) \
        and (w.lower.endswith(lang.person_noun_endings + ("er", "ator")) or w.lower in lang.person_nouns)


def _unlisted_function_before_name(toks: Sequence[Tok], j: int, lang: LanguageData) -> bool:
    """Is ``toks[j]`` an unlisted function right before a name ("socioloog Tanja Traag", after an
    adjective "maatschappelijk werker El Abbes Ouali")?"""
    w = toks[j]
    return (_unlisted_function(w, lang) or _agent_noun(w, lang)) and j + 1 < len(toks) and toks[j + 1].is_cap \
        and name_at(toks, j + 1, lang) > j + 1


#: endings of borrowed nouns for people (_agent_noun)
_AGENT_ENDINGS = ("ent", "ant", "graaf", "soof", "peut", "icien", "ector", "ess", "eres", "trice")


def _agent_noun(w: Tok, lang: LanguageData) -> bool:
    """A lower-case noun of six letters or more with an ending of nouns for people borrowed from
    Latin, Greek or French, right before a name, is someone's function ("dirigent", "predikant",
    "fotograaf", "filosoof", "therapeut", "elektricien", "rector", "stewardess", "danseres"):
    no finite verb ends so before a name."""
    return not w.is_cap and w.is_word and len(w.lower) >= 6 and w.lower.endswith(_AGENT_ENDINGS) \
        and w.lower not in lang.function_words and w.lower not in lang.verb_forms


def _apposition(toks: Sequence[Tok], e: int, lang: LanguageData) -> tuple[int, int] | None:
    """", Kay Ivey," after a description: the apposed name's token range."""
    if e + 1 < len(toks) and toks[e].text == ",":
        e2 = name_at(toks, e + 1, lang)
        if e2 > e + 1 and (e2 >= len(toks) or toks[e2].text in ",.;:"):
            return (e + 1, e2)
    return None


#: prepositions of a short phrase that places a function ("de woordvoerder in de Kamer")
_PLACING = frozenset(("in", "bij", "op", "namens", "voor", "uit"))


def _apposition_after_place(toks: Sequence[Tok], j: int, lang: LanguageData) -> tuple[int, int] | None:
    """"de woordvoerder in de Kamer, Jasper van Dijk,": a short phrase after the function that
    says where it is held (a preposition, an article, at most three words), then the apposed
    name's token range."""
    n = len(toks)
    if j >= n or toks[j].lower not in _PLACING:
        return None
    k = j + 1 + (j + 1 < n and toks[j + 1].lower in lang.determiners)
    for e in range(k + 1, min(k + 4, n)):
        if toks[e].text == ",":
            return _apposition(toks, e, lang)
        if not toks[e].is_word:
            return None
    return None


def _text(toks: Sequence[Tok], a: int, b: int) -> str | None:
    if b <= a:
        return None
    out = toks[a].text
    for prev, t in zip(toks[a:b - 1], toks[a + 1:b]):
        glued = t.start == prev.end and (t.text in _HYPHENS or prev.text in _HYPHENS)  # "staats- en"
        out += ("" if glued else " ") + t.text
    return out.replace(" .", ".")


_HYPHENS = ("-", "‐")


def phrase_mention(text: str, toks: Sequence[Tok], ph: Phrase, lang: LanguageData) -> Mention:
    """A Mention from a parsed phrase: exact original words and offsets."""
    s, e = toks[ph.start_i].start, toks[ph.end_i - 1].end
    if ph.name_i is not None:
        ns, ne = toks[ph.name_i[0]].start, toks[ph.name_i[1] - 1].end
        head = text[ns:ne]
    else:
        head = text[s:e]
    gender = None
    if ph.kind == "pronoun":
        gender = lang.pronouns[toks[ph.start_i].lower][0]
    role = ph.role.rstrip(" ,;:") or None if ph.role else None  # "de burgemeester van Almelo, Arjen Gerritsen"
    return Mention(s, e, text[s:e], kind=ph.kind, head=head, role=role, gender=gender)


# --------------------------------------------------------------------------- verbs

@dataclass(slots=True)
class VerbCue:
    i: int                      # first cue token: the finite verb or participle, or the separable
                                # part when it stands before the verb ("die erop wees", "duidelijk gemaakt")
    verb: SpeechVerb
    particle_i: int | None      # token index of the separable part, when present
    end_i: int                  # last cue token + 1


#: words that close a clause after a separable part: "gaf toe dat", "legde uit hoe", "riep op tot"
_CLAUSE_LINKS = frozenset((
    "dat", "of", "om", "te", "hoe", "wat", "wie", "waarom", "wanneer", "waar", "welke", "hoeveel", "waarmee",
    "waarover", "zodat", "omdat", "want", "maar", "en", "als", "nadat", "terwijl", "hoewel", "toen", "zoals",
))
#: words before which a verb form is a noun or adjective: "de verzekerden", "een verklaard tegenstander",
#: "enkele betogen" (an article, a quantifier, a possessive that is never a pronoun, a preposition)
_NOMINAL_BEFORE = frozenset((
    "de", "een", "onze", "elke", "iedere", "ieder", "alle", "enkele", "beide", "meerdere", "diverse",
    "verschillende", "sommige", "vele", "geen", "diens", "wiens", "twee", "drie", "vier", "vijf", "zes", "zeven",
    "acht", "negen", "tien",
    # prepositions that never strand before a verb ("waar hij op wees" strands "op"; "met" and
    # "volgens" strand as "mee" and not at all): "volgens getuigen", "met verzekerden"
    "met", "tot", "volgens", "tijdens", "sinds", "namens", "wegens", "ondanks", "jegens", "via", "per",
    "vanuit", "vanaf", "zonder", "dankzij",
))
#: conjunctions opening a subordinate clause: a verb after "[Toen hij thuiskwam], …" is the main
#: clause's, not an inquit after reported words
_SUBORDINATORS = frozenset((
    "toen", "als", "nadat", "omdat", "terwijl", "hoewel", "zodra", "wanneer", "voordat", "sinds", "indien",
    "doordat", "zodat", "mits", "tenzij", "aangezien", "zolang", "ofschoon", "alvorens", "opdat", "nu",
))
#: conjunctions that open a new clause: a separable part is never beyond one ("als" and "toen" are
#: also adverbs: "liet als eerste weten", "liet toen weten")
_CLAUSE_OPENERS = frozenset((
    "omdat", "terwijl", "nadat", "zodat", "hoewel", "doordat", "voordat", "zodra", "aangezien", "tenzij", "mits",
    "opdat", "ofschoon", "indien",
))
#: prepositions that open an adverbial te-infinitive ("door … te betrekken", "zonder … te vragen")
_TE_ADVERBIALS = frozenset(("door", "om", "zonder"))
#: what opens the complement of an ask-verb ("vroeg of …", "informeerde hoe …")
_ASK_HEADS = frozenset(("of", "dat", "wat", "wie", "hoe", "waarom", "wanneer", "waar", "welke", "hoeveel"))
_CLAUSE_PUNCT = frozenset(",;:.!?")
#: an inquit clause after reported words is short: verb, subject and perhaps an adverbial
_INQUIT_MAX = 9
_PARTICLE_WINDOW = 12
#: how far back a frame check looks for the start of the verb's clause and sentence
_LOOKBACK = 40


def verb_cues(toks: Sequence[Tok], lang: LanguageData, lo: int = 0, hi: int | None = None) -> list[VerbCue]:
    """Speech-verb cues whose verb stands in ``toks[lo:hi]``.

    Separable verbs need their part in the same clause ("voegde er nog aan toe", "heeft erop
    gewezen"); a separable part that is also a preposition counts only where it closes its clause
    ("zei hij op de radio" is no "opzeggen"). A form is no cue as a noun ("de verzekerden"), when
    a construction listed as ``not`` matches ("stelde de vergadering uit", "meldde zich", "stelde
    een vraag"), for a ``want`` verb without a dat-clause, or for a ``clause`` verb whose
    complement is not in view ("stelde de auto in de garage")."""
    hi = len(toks) if hi is None else hi
    forms = lang.cue_forms
    out: list[VerbCue] = []
    stems = lang.first_person_cue_forms
    n = len(toks)
    taken = -1  # the last part of a cue or look-alike: "liet optekenen", "stelde vragen" hold one verb
    for i in range(lo, hi):
        t = toks[i]
        w = t.lower
        cands = forms.get(w)
        if not cands:
            # "zeg ik", "ik vraag": the first person is the bare stem, which the lexicon leaves
            # out (mostly a noun); next to "ik" it is the verb (the third person adds -t)
            # (the stems are looked up first: most tokens are none)
            cands = stems.get(w)
            if cands is None or not t.is_word or not (i + 1 < n and toks[i + 1].lower == "ik"
                                                      or i > 0 and toks[i - 1].lower == "ik"):
                continue
        if i <= taken or _nominal(toks, i, cands, lang):
            continue  # "naar eigen zeggen", "de verzekerden" are no verbs
        best = None
        ahead = None  # the words of the clause after the verb, to turn most candidates away at once
        for v in cands:
            if v.particle:
                if ahead is None:
                    ahead = _clause_words(toks, i + 1)
                vc = _with_particle(toks, i, v, lang, ahead)
                if vc is not None:
                    best = vc
                    break
            elif best is None:
                best = VerbCue(i, v, None, i + 1)
        if best is None:
            continue
        if best.verb.particle is None:
            p = _cancelled(toks, i, lang, _clause_words(toks, i + 1) if ahead is None else ahead)
            if p is not None:
                taken = max(taken, p)
                continue
        elif best.particle_i is not None:
            taken = max(taken, best.particle_i)
        if best.verb.cls == "want" and not _dat_follows(toks, i + 1, len(toks)):
            continue  # "wil" is a cue only with a dat-clause: "X wil dat de minister …"
        if best.verb.frame is not None and not _complement_in_view(toks, best, best.verb.frame == "clause"):
            continue
        out.append(best)
    return out


def _nominal(toks: Sequence[Tok], i: int, cands: Sequence[SpeechVerb], lang: LanguageData) -> bool:
    """Is the verb form at ``i`` used as a noun or adjective? No finite verb follows an article,
    a quantifier or an attributive adjective ("de verzekerden", "alle betogen", "naar eigen
    zeggen"); "het" makes a noun of an infinitive ("het vertellen"). A capitalised plural
    opening the sentence right before another speech verb is its subject ("Getuigen verklaren
    dat …"): a main clause has one finite verb there."""
    if i == 0:
        return toks[0].is_cap and len(toks) > 1 and toks[1].lower in lang.cue_forms and toks[0].lower.endswith("en")
    prev = toks[i - 1].lower
    if prev in _NOMINAL_BEFORE or prev in lang.modifiers and not (toks[i - 1].is_cap and i >= 2):
        return True  # (a capitalised modifier inside the sentence ends a name: "De Jonge zegt")
    return prev == "het" and any(toks[i].lower == v.lemma for v in cands)


def _clause_words(toks: Sequence[Tok], lo: int) -> frozenset[str]:
    """The words that _find_particle may reach after a verb (a superset: it stops earlier)."""
    out = []
    for j in range(lo, min(len(toks), lo + _PARTICLE_WINDOW)):
        t = toks[j]
        if t.text in _CLAUSE_PUNCT or t.lower in ("dat", "of"):
            break
        out.append(t.lower)
    return frozenset(out)


def _with_particle(toks: Sequence[Tok], i: int, v: SpeechVerb, lang: LanguageData,
                   ahead: frozenset[str] | None = None) -> VerbCue | None:
    """The cue of separable verb ``v`` at ``i``: its part fused ("aangegeven"), later in the clause
    ("gaf … aan") or, for a multiword verb, right before the verb ("erop gewezen", "duidelijk
    gemaakt", "die van mening is"). ``ahead``: the clause's words after the verb, when known."""
    w = toks[i].lower
    particle = v.particle
    first = particle.split(" ", 1)[0]
    if w.startswith(first) and w not in v.bound:
        return VerbCue(i, v, None, i + 1)  # a participle or subordinate form holds its part
    if ahead is None or first in ahead or "er" + first in ahead:
        p = _find_particle(toks, i + 1, len(toks), particle, lang, strict=_separable(v, lang))
        if p is not None:
            return VerbCue(i, v, p, p + 1)
    if " " in v.lemma and i > 0 and toks[i - 1].lower in (particle.rsplit(" ", 1)[-1], "er" + particle):
        b = _particle_before(toks, i, particle)
        if b is not None:
            return VerbCue(b, v, b, i + 1)
    return None


def _separable(v: SpeechVerb, lang: LanguageData) -> bool:
    """Does ``v``'s part also read as a preposition ("op", "aan", "uit") while it is a separable
    prefix ("opmerken", "uitgaan van")? Then it must close its clause to count."""
    return v.lemma.startswith(v.particle) and v.particle.split()[0] in lang.prepositions


def _particle_before(toks: Sequence[Tok], i: int, particle: str) -> int | None:
    parts = particle.split()
    k = i - len(parts)
    if k >= 0 and all(toks[k + m].lower == parts[m] for m in range(len(parts))):
        return k
    if len(parts) == 1 and i > 0 and toks[i - 1].lower == "er" + parts[0]:
        return i - 1
    return None


def _cancelled(toks: Sequence[Tok], i: int, lang: LanguageData, ahead: frozenset[str]) -> int | None:
    """Does a construction that only looks like speech hold the verb at ``i``? ("stelde … uit",
    "meldde zich", "stelde kritische vragen", "vond … plaats", "die zich meldde") The index of
    its part, or None. ``ahead``: the clause's words after the verb."""
    for v in lang.non_cue_forms.get(toks[i].lower, ()):
        if v.particle.split(" ", 1)[0] in ahead:
            p = _find_particle(toks, i + 1, len(toks), v.particle, lang, strict=_separable(v, lang),
                               te_infinitive=False)  # ("zeggen op dezelfde manier te zijn opgelicht")
            if p is not None:
                return p
        if " " in v.lemma and _particle_before(toks, i, v.particle) is not None:
            return i
    return None


def _dat_follows(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    for j in range(lo, min(hi, lo + 8)):
        if toks[j].lower == "dat":
            return True
        if toks[j].text in ",;:.!?":
            return False
    return False


def _find_particle(toks: Sequence[Tok], lo: int, hi: int, particle: str, lang: LanguageData | None = None,
                   strict: bool = False, te_infinitive: bool = True) -> int | None:
    """Index of the (last token of the) separable part in the clause after the verb, or None.
    ``strict``: the part must close its clause ("gaf toe dat", "riep op tot") or, with
    ``te_infinitive``, open a te-infinitive ("gaf toe fouten te hebben gemaakt"); else it is a
    preposition ("op de radio"). A part right before "te" after "om" belongs to that infinitive
    ("om die aan te passen"); without ``te_infinitive`` (constructions that are no cue) it always
    does, and a conjunction ends the search ("zei hij en stak een sigaar op")."""
    parts = particle.split()
    om = False
    for j in range(lo, min(hi, lo + _PARTICLE_WINDOW)):
        t = toks[j]
        if t.text in _CLAUSE_PUNCT or t.lower in ("dat", "of"):
            return None  # the part stands before 'dat' or at the clause end
        if t.lower in _CLAUSE_OPENERS or (not te_infinitive and lang is not None and t.lower in lang.conjunctions):
            return None  # "vallen af omdat die bij …", "zei Bavink en stak een sigaar op": the next clause's part
        om = om or t.lower == "om"
        if t.lower == parts[0] and all(j + k < hi and toks[j + k].lower == parts[k] for k in range(len(parts))):
            e = j + len(parts) - 1
            if e + 2 < hi and toks[e + 1].lower == "te" and (om or not te_infinitive):
                continue  # "vraagt de gemeente om die aan te passen": the infinitive's own part
            if strict and not _closes_clause(toks, e + 1, hi, lang, te_infinitive):
                continue
            return e
        if not strict and len(parts) == 1 and t.lower == "er" + parts[0]:
            return j  # "wijst erop dat"
    return None


def _closes_clause(toks: Sequence[Tok], k: int, hi: int, lang: LanguageData | None, te_infinitive: bool = True) -> bool:
    """Is token ``k`` past the end of a clause, or the start of what may follow a clause-final
    separable part (a clause, a prepositional phrase, a te-infinitive)?"""
    if k >= hi:
        return True
    t = toks[k]
    if not t.is_word or t.lower in _CLAUSE_LINKS:
        return True
    if lang is not None and (t.lower in lang.prepositions or t.lower in lang.conjunctions):
        return True
    if not te_infinitive or toks[k - 1].lower in _TE_ADVERBIALS:
        return False  # "door de buren erbij te betrekken": 'door … te' is a means, not a part
    for j in range(k, min(hi, k + 8)):  # "gaf aan de voorkeur te geven aan …"
        if toks[j].text in _CLAUSE_PUNCT or toks[j].lower in _TE_ADVERBIALS:
            return False  # "aan het stuk door de buren erbij te betrekken": the te-infinitive is a means
        if toks[j].lower == "te" and j + 1 < hi and toks[j + 1].lower.endswith("n"):
            return True
    return False


def _complement_in_view(toks: Sequence[Tok], vc: VerbCue, clause: bool = True) -> bool:
    """For a verb with a frame: does its clause bring what it reports? A colon or a quotation
    after it ("stelt: …"), with ``clause`` also a dat/of-clause ("stelt dat …") or, for a say-verb,
    a te-infinitive ("stelt niets te weten", "riep op kalm te blijven"), or it stands as
    an inquit right after a quotation, after a main clause and a comma ("Dat klopt niet, stelt
    hij.") or after 'zoals'."""
    q = _quote_token()
    n = len(toks)
    heads = (_ASK_HEADS if vc.verb.cls == "ask" else ("dat", "of")) if clause else ()
    te = clause and vc.verb.cls in ("say", "announce")  # "riep de bewoners op binnen te blijven"
    for j in range(vc.end_i, min(n, vc.end_i + _PARTICLE_WINDOW + 2)):
        t = toks[j]
        if t.text == ":" or t.text == q or t.lower in heads:
            return True
        if te and t.lower == "te" and j + 1 < n and toks[j + 1].lower.endswith("n"):
            return True
        if t.text in _CLAUSE_PUNCT or t.text == "(":
            break  # "die oproept tot … (dat voorziet in …)": a relative clause, not the complement
    i = vc.i
    if i == 0:
        return False
    if toks[i - 1].text == q:
        return True  # "“…” stelt hij"
    floor = max(0, i - _LOOKBACK)  # bounded: a sentence of thousands of verbs stays linear
    cs = i
    while cs > floor and toks[cs - 1].text not in _CLAUSE_PUNCT and toks[cs - 1].text != q:
        cs -= 1
    if any(toks[k].lower in ("zoals", "zooals") for k in range(cs, i)):
        return True  # "…, zoals de minister stelde"
    if toks[i - 1].text != ",":
        return False
    if i >= 2 and toks[i - 2].text == q:
        return True  # "“…”, stelt hij"
    s = i - 1
    while s > floor and toks[s - 1].text not in ".!?;:" and toks[s - 1].text != q:
        s -= 1
    first = next((toks[k] for k in range(s, i - 1) if toks[k].is_word), None)
    if first is None or first.lower in _SUBORDINATORS:
        return False  # "Toen hij thuiskwam, stelde hij de auto in de garage"
    end = min(n, vc.end_i + _INQUIT_MAX)
    return end == n or any(toks[j].text in _CLAUSE_PUNCT or toks[j].text == q for j in range(vc.end_i, end))


def _quote_token() -> str:
    """The placeholder text that stands for a whole quotation in a sentence view."""
    from .analysis import QMARK  # analysis imports this module: look it up at call time

    return QMARK


def cue_span(text: str, toks: Sequence[Tok], vc: VerbCue, kind: str = "verb") -> Cue:
    """The cue as written, from the verb to its separable part ("liet op Twitter weten"), so
    that ``text[cue.start:cue.end] == cue.text`` holds."""
    s = toks[vc.i].start
    e = toks[vc.end_i - 1].end
    return Cue(s, e, text[s:e], kind=kind)


def impersonal_at(toks: Sequence[Tok], i: int, lang: LanguageData) -> int:
    """End index of an impersonal cue ("klinkt het", "heet het") starting at ``i``, or ``i``."""
    if i >= len(toks) or toks[i].lower not in _impersonal_first(lang.impersonal_cues):
        return i
    for cue in lang.impersonal_cues:
        parts = cue.split()
        if i + len(parts) <= len(toks) and all(toks[i + k].lower == parts[k] for k in range(len(parts))):
            nxt = toks[i + len(parts)] if i + len(parts) < len(toks) else None
            if nxt is None or not nxt.is_word or nxt.lower in lang.function_words or nxt.lower in ("bij",) or lang.is_temporal(nxt.text):
                return i + len(parts)
    return i


@lru_cache(maxsize=None)
def _impersonal_first(cues: tuple[str, ...]) -> frozenset[str]:
    """First words of the impersonal cues: most tokens can be turned away at once."""
    return frozenset(c.split()[0] for c in cues)
