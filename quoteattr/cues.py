"""Cues and mentions: speech verbs, 'aldus', 'volgens', colons, impersonal cues; names,
pronouns and descriptions that can be speakers.

Works on tokens with original offsets; the phrase grammar is small and Dutch-specific only
through the language data (titles, particles, determiners, pronouns, verb forms).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .entities import is_given_name
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
        self.lower = text.lower() if lower is None else lower
        c = text[0]
        self.is_word = c.isalnum() or (c in "'’" and len(text) > 1)  # 't, 's are words
        self.is_cap = c.isupper() and text.replace("-", "").replace("'", "").replace("’", "").isalpha()

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


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
        if j == i and sentence_start and len(t.lower) >= 7 and t.lower.startswith("ge") and t.lower[-1] in "dtn" \
                and not is_given_name(t.text, lang=lang):
            break  # "Gevraagd", "Gezien", "Geboren": a participle, not a name
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
                if k and j + k < n and toks[j + k].is_cap:
                    j += k
                    continue
                if not seen_cap:
                    break
            j += 1
            seen_cap = True
            caps += 1
            continue
        k = _particle_len(toks, j, lang)
        # a particle after one capitalised word belongs to the name ("Toon van Dijk"); after two it
        # is a preposition ("Ab Massa van de Vereniging") unless the first opened the sentence
        # ("Exploitant George ten Brummelhuis": a capitalised common noun, then the name)
        max_caps = 2 if sentence_start else 1
        if k and caps <= max_caps and (seen_cap or j == i) and j + k < n and toks[j + k].is_cap \
                and toks[j + k].lower not in lang.function_words:
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
    # an anonymised surname keeps its full stop: "Arjen de J."
    if j < n and toks[j].text == "." and len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper() \
            and toks[j].start == toks[j - 1].end:
        j += 1
    return j


# --------------------------------------------------------------------------- phrases

@dataclass(slots=True)
class Phrase:
    """A speaker phrase: whole span, the name inside it (if any), role words, kind."""

    start_i: int
    end_i: int
    kind: str          # name | pronoun | description | organisation | impersonal
    name_i: tuple[int, int] | None = None
    role: str | None = None


def phrase_at(toks: Sequence[Tok], i: int, lang: LanguageData, *, sentence_start: bool = False) -> Phrase | None:
    """Parse a speaker phrase starting at token ``i`` (after a cue verb, after 'volgens', before ':')."""
    n = len(toks)
    if i >= n:
        return None
    t = toks[i]
    as_det = t.lower in lang.determiners and i + 1 < n and toks[i + 1].is_word and (
        toks[i + 1].lower in lang.titles or toks[i + 1].lower in lang.organisations
        or toks[i + 1].lower in lang.modifiers or toks[i + 1].text in lang.nationalities)
    if not as_det and t.lower in lang.pronouns and lang.pronouns[t.lower][1] in ("subject", "object", "relative"):
        if t.lower == "het":
            return None
        if t.lower in ("die", "dat"):
            return Phrase(i, i + 1, "pronoun") if t.lower == "die" else None
        # "zij" could open "zij zelf"; a pronoun is one token
        return Phrase(i, i + 1, "pronoun")
    surname = _particle_surname(toks, i, lang, sentence_start)
    if surname is not None:
        return surname
    j = i
    det = False
    if t.lower in lang.determiners and t.lower not in ("die", "deze"):
        det = True
        j += 1
    if t.lower in ("een", "één", "eén") and i + 1 < n and toks[i + 1].lower == "van":
        j = i + 1
        k = j + 1
        if k < n and toks[k].lower in lang.determiners:
            k += 1
        m = k
        while m < n and m < k + 4 and toks[m].is_word and toks[m].lower not in lang.function_words \
                and toks[m].lower not in _OF and not lang.is_temporal(toks[m].text) \
                and toks[m].lower not in lang.verb_forms:
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
    # modifiers, nationalities, titles (also capitalised at a sentence start: "Minister Schouten")
    while j < n and roles < 5:
        w = toks[j]
        adjective = det and w.is_cap and w.lower.endswith(("se", "sche")) and j + 1 < n and toks[j + 1].is_word
        if adjective or w.lower in lang.modifiers or w.text in lang.nationalities or w.lower in lang.titles \
                or (det and w.lower in lang.organisations) or _compound_title(w, lang) or (
            w.lower in lang.honorifics
        ) or (w.lower + ".") in lang.honorifics and j + 1 < n and toks[j + 1].text == ".":
            if (w.lower + ".") in lang.honorifics and j + 1 < n and toks[j + 1].text == ".":
                j += 1
            head_title = head_title or w.lower in lang.titles or w.lower in lang.organisations \
                or _compound_title(w, lang)
            j += 1
            roles += 1
            continue
        if not det and not w.is_cap and w.is_word and roles < 3 and w.lower not in lang.function_words \
                and w.lower not in lang.prepositions and w.lower not in lang.verb_forms and not lang.is_temporal(w.text) and not _looks_verb(w.lower) \
                and w.lower.endswith(lang.person_noun_endings + ("er",)) \
                and j + 1 < n and toks[j + 1].is_cap and name_at(toks, j + 1, lang) > j + 1:
            # an unlisted function right before a name: "zegt socioloog Tanja Traag"
            j += 1
            roles += 1
            head_title = True
            continue
        if det and toks[i].lower != "het" and not w.is_cap and w.is_word and w.lower not in lang.function_words and not lang.is_temporal(w.text) \
                and w.lower not in lang.particles and w.lower not in _OF and w.lower not in lang.verb_particles \
                and w.lower not in lang.verb_forms and roles < 3 and not _looks_verb(w.lower) \
                and not (j > role_start and _description_head(toks[j - 1].lower, lang)):
            # an unknown noun or adjective inside a description ("de privédetective"); a word after
            # a known head noun is the verb ("De klimaatactivisten kregen …")
            j += 1
            roles += 1
            head_title = True
            continue
        break
    # "minister van Buitenlandse Zaken Wopke Hoekstra", "burgemeester van Genk"
    if roles and j + 1 < n and toks[j].lower in _OF:
        k = j + 1
        if k < n and toks[k].lower in lang.determiners:
            k += 1
        e = name_at(toks, k, lang)
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
                    and not lang.is_temporal(toks[m].text):
                m += 1
                cnt += 1
            e2 = name_at(toks, m, lang)
            end = e2 if e2 > m else m
            if end > k:
                if e2 > m:
                    return Phrase(i, end, "description", None, _text(toks, role_start, end))
                return Phrase(i, end, "description", None, _text(toks, role_start, end))
    e = name_at(toks, j, lang, sentence_start=sentence_start and j == i)
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
    if roles and head_title:
        app = _apposition(toks, j, lang)
        if app:  # "de korpschef, Karin Dekker, …": the apposed name is the speaker
            return Phrase(i, app[1], "name", app, _text(toks, role_start, j))
        # a bare description: "de minister", "een woordvoerder", "haar woordvoerder"
        start = i
        kind = "organisation" if toks[j - 1].lower in lang.organisations else "description"
        return Phrase(start, j, kind, None, _text(toks, role_start, j))
    return None


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
    if sentence_start:
        return None  # "De Vries zei" and "De NVWA meldt" look alike: leave a sentence start to the article
    e = name_at(toks, i, lang)
    if e <= k:
        return None
    return Phrase(i, e, "name", (i, e), None)


def article_before(word: str, lang: LanguageData) -> bool:
    """Is a sentence-initial 'De'/'Het' before ``word`` an article rather than a surname's
    particle? Yes before a function, a body, a nationality or an adjective ("De Amerikaanse
    president", "De Minister", "Het Openbaar Ministerie")."""
    low = word.lower()
    return (low in lang.titles or low in lang.organisations or word in lang.nationalities or low in lang.modifiers
            or low.endswith(("se", "sche", "e")) or lang.title_head(low) is not None)


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


def _compound_title(w: Tok, lang: LanguageData) -> bool:
    """'AIVD-baas', 'VVD-fractieleider', 'oud-premier', 'havenschepen', 'vakbondsvoorzitter': a
    title with a prefix, hyphenated or closed (the tail is a known function of four letters or more)."""
    if w.is_cap and "-" not in w.text:
        return False  # a capitalised closed word is a name ("Bakker"), not a compound function
    if "-" in w.text:
        return w.lower.rsplit("-", 1)[1] in lang.titles  # "VVD-fractieleider", "PvdA-Kamerlid"
    return lang.title_head(w.lower) is not None


def _looks_verb(w: str) -> bool:
    """Crude guard against taking a finite verb into a description ("de minister is")."""
    return w in ("is", "was", "zijn", "waren", "heeft", "had", "hebben", "wordt", "werd", "worden", "kan", "kon", "moet",
                 "wil", "zal", "zou", "gaat", "ging", "komt", "kwam", "staat", "stond", "blijft", "bleef", "lijkt")


def _apposition(toks: Sequence[Tok], e: int, lang: LanguageData) -> tuple[int, int] | None:
    """", Kay Ivey," after a description: the apposed name's token range."""
    if e + 1 < len(toks) and toks[e].text == ",":
        e2 = name_at(toks, e + 1, lang)
        if e2 > e + 1 and (e2 >= len(toks) or toks[e2].text in ",.;:"):
            return (e + 1, e2)
    return None


def _text(toks: Sequence[Tok], a: int, b: int) -> str | None:
    if b <= a:
        return None
    return " ".join(t.text for t in toks[a:b]).replace(" .", ".")


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
    return Mention(s, e, text[s:e], kind=ph.kind, head=head, role=ph.role, gender=gender)


# --------------------------------------------------------------------------- verbs

@dataclass(slots=True)
class VerbCue:
    i: int                      # token index of the finite verb (or participle)
    verb: SpeechVerb
    particle_i: int | None      # token index of the separable part, when present
    end_i: int                  # last cue token + 1


def verb_cues(toks: Sequence[Tok], lang: LanguageData, lo: int = 0, hi: int | None = None) -> list[VerbCue]:
    """Speech-verb cues in ``toks[lo:hi]``; separable verbs need their particle later in the clause."""
    hi = len(toks) if hi is None else hi
    out: list[VerbCue] = []
    for i in range(lo, hi):
        cands = lang.verb_forms.get(toks[i].lower)
        if not cands or (i > 0 and toks[i - 1].lower == "eigen"):
            continue  # "naar eigen zeggen" is no verb
        best = None
        for v in cands:
            if v.particle and toks[i].lower.startswith(v.particle.split()[0]) and toks[i].lower in v.forms:
                best = VerbCue(i, v, None, i + 1)  # a participle holds its particle: "aangegeven"
                break
            if v.particle:
                p = _find_particle(toks, i + 1, hi, v.particle)
                if p is not None:
                    best = VerbCue(i, v, p, p + 1)
                    break
            elif best is None:
                best = VerbCue(i, v, None, i + 1)
        if best is None:
            continue
        if best.verb.cls == "want" and not _dat_follows(toks, i + 1, hi):
            continue  # "wil" is a cue only with a dat-clause: "X wil dat de minister …"
        out.append(best)
    return out


def _dat_follows(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    for j in range(lo, min(hi, lo + 8)):
        if toks[j].lower == "dat":
            return True
        if toks[j].text in ",;:.!?":
            return False
    return False


def _find_particle(toks: Sequence[Tok], lo: int, hi: int, particle: str) -> int | None:
    parts = particle.split()
    for j in range(lo, min(hi, lo + 12)):
        t = toks[j]
        if t.text in ",;:.!?" or t.lower in ("dat", "of"):
            if t.lower in ("dat", "of") or t.text in ",;:.!?":
                # the particle stands right before 'dat' or at the clause end
                return None
        if t.lower == parts[0] and all(j + k < hi and toks[j + k].lower == parts[k] for k in range(len(parts))):
            return j + len(parts) - 1
        if len(parts) == 1 and t.lower == "er" + parts[0]:
            return j  # "wijst erop dat", "gaf eraan … "
    return None


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
