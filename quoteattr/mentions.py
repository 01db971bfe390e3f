"""Mentions: every name a document uses outside its quotations, with the function words around
it, registered in the resolver's cast in text order; quoted pseudonyms after a person noun."""
from __future__ import annotations

import bisect
from collections import Counter

import regex

from .analysis import DocumentAnalysis
from .cues import member_noun, not_a_surname as _not_a_surname
from .entities import EntityType, entity_type, is_adjective_phrase, is_capitalised_noun, is_compound_word, is_demonym, is_dutch_word, is_given_name
from .lang import LanguageData
from .resolve import Resolver

def collect_names(an: DocumentAnalysis, resolver: Resolver) -> None:
    """Register every name outside quotations (with its function words) in text order.

    One regex pass over the text spots capitalised sequences (with particles and initials);
    the words before a spot give its role ("Oekraïens president"), an age in brackets or an
    apposed function after it ("Jan Smit (43)", "Jan Smit, woordvoerder") mark a person, and a
    preposition before it ("in Nederland") keeps it from being a pronoun's antecedent."""
    lang = an.lang
    text = an.text
    starts = [r[0] for r in an.qranges]
    fw = lang.function_words
    spots = _spots(text, lang)
    seen = _Seen(spots)
    for s, g in spots:
        if " " not in g and (g.lower() in fw or lang.is_temporal(g)):
            continue  # the common case: "De", "Maar", "Gisteren" opening a sentence
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and an.qranges[i][0] <= s < an.qranges[i][1]:
            continue
        words = g.split()
        opens = an.opens_sentence(s)  # (asked up to four times below)
        # (a spot starts and ends with a letter or a dot: one word is the whole spot)
        offs = [(0, len(g))] if len(words) == 1 else [(w.start(), w.end()) for w in _NONSPACE.finditer(g)]
        # drop leading capitalised function words, time words, participles ("Maar", "Gisteren")
        k = 0
        lead_roles = []
        if len(words) > 1 and words[0].lower() in ("de", "het", "een") and (
                words[0].lower() != "de" or opens):
            # a sentence-initial article, not a particle: "De Zuid-Hollandse", "Het Openbaar
            # Ministerie"; inside a sentence "De Jonge" is a surname
            k = 1
        while k < len(words) and words[k].lower() not in lang.particles:
            if k + 2 < len(words) and "-" in words[k + 1] and words[k][:1].isupper() \
                    and not _role_word(words[k], lang) and _role_word(words[k + 1], lang):
                # "Omroep MAX-baas Jan Slagter", "Open Vld-voorzitter …": a body of two words
                # before a hyphenated function is part of the function
                lead_roles.extend(words[k:k + 2])
                k += 2
                continue
            if _role_word(words[k], lang):
                lead_roles.append(words[k])  # "Minister Schouten", "AIVD-baas Dick Schoof"
            elif not (words[k].lower() in lang.function_words or lang.is_temporal(words[k])
                      or _participle(words[k], lang) or words[k].lower() in lang.prepositions):
                break  # ("Tegenover RTL Nieuws": a preposition opens no name; particles stop the loop)
            k += 1
        # "minister van Buitenlandse Zaken Wopke Hoekstra": the name starts at a known first name
        # ("Volgens de Enschedeër Giovanni Imbrogiano": a lower-case article there is no particle)
        art = 1 if 0 < k < len(words) - 2 and words[k] in ("de", "het") else 0
        first = None if k + art + 1 >= len(words) else \
            next((x for x in range(k + art + 1, len(words)) if is_given_name(words[x], lang=lang)), None)
        # (an organisation's head noun is no role: "de Universiteit Carlos III", "Stichting Anne
        # Frank" name a body, whose name may hold a given name)
        if first is not None and not is_given_name(words[k + art], lang=lang) and _role_noun(words[k + art], lang) \
                and words[k + art].lower() not in lang.organisations \
                and not any(words[x].lower() in lang.particles for x in range(k + art, first)):
            lead_roles.extend(words[k + art:first])
            k = first
        elif (k == 0 and _glued_word(words, seen, opens, lang)) or (
                k < len(words) - 2 and words[k].lower() not in lang.organisations and (
                words[k].lower() in an.lower_words or (
                opens and not lead_roles) and words[k + 2].lower() in lang.particles)) or (
                k == len(words) - 2 and k == 0 and opens and words[k].lower() not in lang.particles
                and words[k].lower() in an.lower_words and not is_given_name(words[k], lang=lang)):
            # "Kermisexploitant Joke van 't Hek", "Complicaties Ross stuurde …" opening a sentence:
            # a common noun capitalised by its position (or a glued subheading), then the name
            lead_roles.append(words[k])
            k += 1
            while k < len(words) - 1 and words[k].lower() in lang.function_words and words[k].lower() not in lang.particles:
                k += 1  # "Spanning Volgens Imbrogiano": a glued subheading, then "Volgens"
        # a capitalised function word inside the spot starts a new sentence ("Bedrog Een …"), and
        # a particle after two capitalised words is a preposition ("Ab Massa van de Vereniging")
        j = k
        caps = 0
        while j < len(words):
            w = words[j].lower()
            if j > k and w in lang.function_words and w not in lang.particles:
                break
            if w in lang.particles:
                if caps >= 2:
                    break
                if caps == 1 and not is_given_name(words[k], lang=lang) and _no_surname_after(words, j, seen, lang) \
                        and seen["…" + words[k]]:
                    # "premier Rutte de CO2-heffing", "Orbán de EVP": a name the text uses alone
                    break

                if w == "van" and j + 2 == len(words) and j > k and _not_a_surname(words[j + 1], lang):
                    break  # "Erdogan van Turkije", "Slob van Onderwijs": a preposition, not a surname
            else:
                caps += 1
            j += 1
        while j > k and words[j - 1].lower() in lang.particles:
            j -= 1
        if j <= k:
            continue
        half = (j - k) // 2
        if half and j - k == 2 * half and words[k:k + half] == words[k + half:j]:
            j = k + half  # "Interview Lola Shoneyin Lola Shoneyin is …": a heading, then the same name
        ns, ne = s + offs[k][0], s + offs[j - 1][1]
        g = _GENITIVE.search(text, ns, ne)
        if g is not None and text[ns:g.start()].strip():
            ne = g.start()  # "Freddy's bed": the name is Freddy
        head = text[ns:ne]
        if not _plausible_name(head, lang) or not (lead_roles or an.credible_name(head)
                                                   or _body_name(an, head)):
            continue
        if opens and is_adjective_phrase(words[k:j], lang=lang):
            continue  # "Eurosceptische Europarlementariërs, met …": an adjective and a noun, no name
        if j == k + 1 and (k > 0 and words[k - 1].lower() in lang.determiners or text[max(0, s - 4):s].lower()
                           in (" de ", " het")) and is_demonym(head, lang=lang) \
                and not _surname_in(head, spots, lang):
            # "de Enschedeër", "De Amsterdammer": a description of someone, no name (unless the text
            # ends a longer name with it: "Arjen de Putter" … "De Putter kent")
            continue
        before = text[max(0, s - 60):s].split() + lead_roles
        role_words = []
        seen_title = False
        for w in reversed(before[-6:]):
            lw = w.lower()
            if lw in lang.titles or lw in lang.modifiers or w in lang.nationalities or lw in lang.honorifics \
                    or lw.rsplit("-", 1)[-1] in lang.titles:
                role_words.insert(0, w)
                seen_title = seen_title or lw in lang.titles or lw.rsplit("-", 1)[-1] in lang.titles
            elif not seen_title and (w[:1].isupper() or lw in ("van", "voor", "en", "de", "het")) and any(
                    x.lower() in lang.titles for x in before[-6:-len(role_words) - 1 or None]):
                # the portfolio between a function and the name: "minister van Onderwijs"; before
                # the function it would be another person ("Minister X en burgemeester Y")
                role_words.insert(0, w)
            else:
                break
        while role_words and role_words[0].lower() not in lang.titles and role_words[0] not in lang.nationalities \
                and role_words[0].lower() not in lang.modifiers and role_words[0].lower() not in lang.honorifics \
                and not _hyphen_role(role_words[0], lang):
            role_words.pop(0)
        prev_word = before[-1 - len(role_words)].lower() if len(before) > len(role_words) else ""
        if prev_word in lang.determiners and len(before) > len(role_words) + 1:
            prev_word = before[-2 - len(role_words)].lower()
        if role_words and role_words[-1].lower() in ("van", "de", "het") and j - k >= 3:
            # "minister van Handel Anup Wadhawan": the first capital is the portfolio, the rest
            # the minister's name
            role_words.append(words[k])
            ns = s + offs[k + 1][0]
            head = text[ns:ne]
        after = text[ne:ne + 40]
        role = _apposed_role_text(after, lang) or (" ".join(role_words) or None) or _role_before_comma(before, lang)
        # a name after a preposition is mostly a place ("in Nederland") and no antecedent, unless
        # it opens with a given name ("bij Wim aanbelde")
        antecedent = prev_word not in lang.prepositions or is_given_name(head.split()[0], lang=lang)
        ent = resolver.add_name(head, ns, role=role, antecedent=antecedent, subject=opens,
                                oblique=prev_word in lang.prepositions)
        if _AGE.match(after):
            ent.person = True  # "Erkim Elkem (38)": an age
        elif after.startswith(","):
            epithet = apposed_epithet(text, ne, lang)
            if epithet is not None:
                resolver.add_epithet(ent, *epithet)
        if role_words or lead_roles or prev_word in lang.honorifics:
            epithet = epithet_before(text, ns, lang)
            if epithet is not None:
                resolver.add_epithet(ent, *epithet)
        for w in lead_roles:
            if w not in ent.roles and is_demonym(w, lang=lang):
                ent.roles.append(w)  # "de Enschedeër Giovanni Imbrogiano": "de Enschedeër" later is him
    _quoted_names(an, resolver)


#: a genitive ending: "Freddy's bed", "Frits’ jas"
_GENITIVE = regex.compile(r"(?:['’]s|['’])$")

#: how often each word of a two-word stretch must stand alone as a name to read as two people
SEPARATE_MIN = 3


def _spots(text: str, lang: LanguageData) -> list[tuple[int, str]]:
    """The capitalised stretches of ``text`` as (start, text); two names side by side that the text otherwise
    always uses apart are two people ("keek Japi Bavink aan": Japi looks at Bavink). A full name
    is used whole at least now and then, or its first part rarely alone."""
    out = [(m.start(), m.group()) for m in lang.name_regex.finditer(text)]
    alone: Counter[str] = Counter()
    pairs: dict[int, list[str]] = {}  # index in out → its two words
    for i, (_, g) in enumerate(out):
        words = g.split()
        if len(words) == 1:
            alone[words[0]] += 1
        elif len(words) == 2:
            pairs[i] = words
    if not pairs:
        return out
    twice = Counter(" ".join(w) for w in pairs.values())
    for i in sorted(pairs, reverse=True):  # (from the end: splitting shifts what follows)
        first, second = pairs[i]
        if twice[f"{first} {second}"] == 1 and alone[first] >= SEPARATE_MIN and alone[second] >= SEPARATE_MIN \
                and first.lower() not in lang.particles and second.lower() not in lang.particles:
            s, g = out[i]
            out[i:i + 1] = [(s, first), (s + g.index(second, len(first)), second)]
    return out


def _quoted_names(an: DocumentAnalysis, resolver: Resolver) -> None:
    """A pseudonym or nickname in quotes ("verhuurder 'Jesper'") names a person the text goes on
    to talk about: one or two capitalised words quoted as a name, not a title of a work."""
    lang = an.lang
    for qi, q in enumerate(an.qspans):
        if an.kinds[qi] != "other":
            continue
        words = q.text.split()
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        if words[0].lower() in lang.function_words:
            continue
        before = an.text[max(0, q.open_pos - 30):q.open_pos].split()
        prev = before[-1].lower() if before else ""
        if prev in lang.other_markers or not (prev in lang.titles or prev.endswith(lang.person_noun_endings + ("er",))):
            continue  # only a quoted name right after a person noun: "aanbieder 'Jesper'"
        ent = resolver.add_name(q.text, q.start, role=prev if prev in lang.titles else None)
        ent.person = True


_NONSPACE = regex.compile(r"\S+")


_AGE = regex.compile(r"\s*\(\d{1,3}\)")


def _role_noun(word: str, lang: LanguageData) -> bool:
    """Can a capitalised word before a given name be a role ("Vakbondsman Kristof Janssens",
    "Fransman Simon Henry", "Buitenlandse Zaken Wopke Hoekstra")? Only an attested Dutch word;
    an unknown one is the first part of the name ("Abdurahman Abdullah")."""
    if _role_word(word, lang):
        return True
    if word.isupper():
        return False  # an acronym opens an organisation's name: "AC Milan", "PSV Eindhoven"
    return lang.title_head(word) is not None or is_dutch_word(word, lang=lang) or is_demonym(word, lang=lang)


def _glued_word(words: list[str], seen: "_Seen", opens: bool, lang: LanguageData) -> bool:
    """Is the first of ``words`` a capitalised noun glued to the name after it, which the text
    uses without it? A demonym or a word built on a place anywhere ("de Enschedeër Giovanni
    Imbrogiano", "Syriëganger Yago R."); at a sentence start a common word or a compound
    ("Steunpilaar Rutte denkt …", "Eer Dekker ziet …": Dutch capitalises only the sentence's
    first word, and a glued subheading looks the same)."""
    word = words[0]
    if len(words) < 2 or word.isupper() or word.lower() in lang.particles or is_given_name(word, lang=lang):
        return False
    if seen[" ".join(words)] > 1 or not (seen[" ".join(words[1:])] or seen["…" + words[-1]] > 1):
        return False  # the name is not used without the word (or the pair recurs: "Groot Wassink")
    if is_demonym(word, lang=lang) or is_compound_word(word, lang=lang, place_head=True):
        return True
    return opens and is_capitalised_noun(word, lang=lang)


class _Seen:
    """How often the text has each capitalised stretch, and ("…Rutte") how many stretches end in
    a word; counted on first use, as most articles never ask."""

    __slots__ = ("spots", "counts")

    def __init__(self, spots: list[tuple[int, str]]):
        self.spots = spots
        self.counts: Counter[str] | None = None

    def __getitem__(self, key: str) -> int:
        if self.counts is None:
            self.counts = Counter(g for _, g in self.spots)
            self.counts.update("…" + g.rsplit(None, 1)[-1] for _, g in self.spots)
        return self.counts[key]


def _no_surname_after(words: list[str], j: int, seen: "_Seen", lang: LanguageData) -> bool:
    """Can the words from the particle at ``j`` on be no surname? An acronym, a number, an
    adjective of nationality or two capitalised words follow ("de CO2-heffing", "de EVP", "De
    Turkse", "het Witte Huis"), and the text never uses the particle and the rest alone as a name
    ("Arjen de J." … "De J.")."""
    h = j
    while h < len(words) and words[h].lower() in lang.particles:
        h += 1
    rest = words[h:]
    if not rest:
        return False
    first = rest[0]
    return (len(rest) >= 2 or (first.isupper() and len(first) > 1) or any(c.isdigit() for c in first)
            or first in lang.nationalities) and not seen[" ".join([words[j][:1].upper() + words[j][1:]] + words[j + 1:])]


def _surname_in(word: str, spots: list[tuple[int, str]], lang: LanguageData) -> bool:
    """Does the text use ``word`` as a surname: after a name word and a particle ("Arjen de
    Putter"), not after a function word ("Voor de Enschedeër …")?"""
    for _, g in spots:
        if word not in g:
            continue
        toks = g.split()
        for i in range(2, len(toks)):
            if toks[i] == word and toks[i - 1].lower() in lang.particles:
                h = i - 1
                while h > 0 and toks[h - 1].lower() in lang.particles:
                    h -= 1
                if h > 0 and toks[h - 1].lower() not in lang.function_words:
                    return True
    return False


def _role_word(word: str, lang: LanguageData) -> bool:
    """'Minister', 'Mevrouw', 'Oekraïens', 'AIVD-baas' before a name."""
    memo = lang.memo("mentions.role_word")
    try:
        return memo[word]
    except KeyError:
        found = memo[word] = _role_word_now(word, lang)
        return found


def _role_word_now(word: str, lang: LanguageData) -> bool:
    w = word.lower()
    if "-" in word and all(part in lang.nationalities or part.endswith(("se", "sche")) for part in word.split("-")):
        return True  # "Nederlands-Rwandese", "Belgisch-Marokkaanse"
    return w in lang.titles or w in lang.honorifics or word in lang.nationalities or _hyphen_role(word, lang) \
        or member_noun(word)


def _role_before_comma(before: list[str], lang: LanguageData) -> str | None:
    """'de korpschef van Brussel-Zuid, Patrick Evenepoel': the function apposed before a name."""
    if not before or not before[-1].endswith(","):
        return None
    for w in reversed(before[-5:]):
        if w.lower().strip(",") in lang.titles:
            return w.lower().strip(",")
    return None


def _hyphen_role(word: str, lang: LanguageData | None = None) -> bool:
    """'AIVD-baas', 'VVD-leider', 'PvdA-Kamerlid': a capitalised prefix on a function word."""
    if "-" not in word:
        return False
    tail = word.rsplit("-", 1)[1]
    return tail.islower() or (lang is not None and tail.lower() in lang.titles)


def _participle(word: str, lang: LanguageData) -> bool:
    w = word.lower()
    return len(w) >= 7 and w.startswith("ge") and w[-1] in "dtn" and not is_given_name(word, lang=lang)


def _apposed_role_text(after: str, lang: LanguageData) -> str | None:
    """', spits van Ajax' / ', woordvoerder van de gemeente' right after a name: its function."""
    if not after.startswith(","):
        return None
    for w in after[1:].split()[:4]:
        lw = w.lower().strip(",.;:")
        if lw in lang.titles or lw.rsplit("-", 1)[-1] in lang.titles:
            return lw
        if not (lw in lang.modifiers or w in lang.nationalities):
            return None
    return None


#: an apposition after a name: a comma, an article, then up to four words
_APPOSITION = regex.compile(r",\s+(?:een|de|den|het)\s+((?:[\p{Ll}-]+,?\s+){0,3}[\p{Ll}-]+)")
#: a function apposed without an article: "Johan Steenhuysen, luitenant bij de grenadiers,"
_BARE_APPOSITION = regex.compile(r",\s+(\p{Ll}+)(?=[\s,])")


def apposed_epithet(text: str, end: int, lang: LanguageData) -> tuple[str, list[str]] | None:
    """"Paul de Wit, een slanke jonge man met …" → ('man', ['slanke', 'jonge']); "Jan, de
    knecht," → ('knecht', []): a noun for a person apposed to the name that ends at ``end``,
    with the adjectives before it."""
    m = _APPOSITION.match(text, end, end + 80)
    if m is None:
        bare = _BARE_APPOSITION.match(text, end, end + 40)
        if bare is not None and bare.group(1) in lang.titles:
            return bare.group(1), []
        return None
    found = _epithet(m.group(1).replace(",", " ").split(), lang)
    if found is not None:
        after = regex.match(rf"(?s).*?\b{regex.escape(found[0])}\b\s+(\p{{Lu}})", text[m.start(1):m.end(1) + 3])
        if after is not None:
            return None  # "Marie, de oude heer Gerard van Loon": the noun goes with the next name
    return found


def epithet_before(text: str, start: int, lang: LanguageData) -> tuple[str, list[str]] | None:
    """"de oude heer Diederik van der Meulen" → ('heer', ['oude']), "freule Adolphine" →
    ('freule', []): the description that the name starting at ``start`` follows, its noun
    ending right before the name."""
    words = text[max(0, start - 60):start].split()
    if not words or not words[-1].islower():
        return None
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        if words[k].lower() in ("een", "de", "den", "het"):
            found = _epithet(words[k + 1:], lang)
            return found if found is not None and found[0] == words[-1] else None
        if not words[k].isalpha() or not words[k].islower():
            break
    if words[-1] in lang.honorifics:
        return words[-1], []  # "freule Adolphine de Kempenaer": "de freule" later
    return None


def _epithet(words: list[str], lang: LanguageData) -> tuple[str, list[str]] | None:
    """The first noun for a person among ``words`` and the adjectives before it."""
    for k, w in enumerate(words):
        if w in lang.function_words or w in lang.determiners:
            return None
        if person_noun(w, lang):
            return w, words[:k]
    return None


def person_noun(word: str, lang: LanguageData) -> bool:
    """'man', 'knecht', 'advocaat', 'moeder', 'heer': a noun naming a person by kind, trade or kin."""
    return word in lang.person_nouns or word in lang.titles or word in lang.kinship or word in lang.honorifics \
        or lang.title_head(word) is not None


def _body_name(an: DocumentAnalysis, head: str) -> bool:
    """'de Onderwijsinspectie' in a text that once writes 'de onderwijsinspectie': a one-word
    name of an organisation (a compound on an organisation's head noun, not the bare noun) that
    the text capitalises inside a sentence is a name, however else it is spelt."""
    return " " not in head and head.lower() not in an.lang.organisations and head in an.mid_sentence_caps \
        and entity_type(head, lang=an.lang) is EntityType.ORGANISATION


def _plausible_name(head: str, lang: LanguageData) -> bool:
    words = head.split()
    if len(words) >= 2 and _ROMAN.fullmatch(words[-1]) and not is_given_name(words[0], lang=lang):
        return False  # "Hoofdstuk III", "Deel II": a heading; "Willem III" is a king
    return bool(words) and not (len(words) == 1 and words[0].lower() in lang.function_words
                                and not (words[0].isupper() and len(words[0]) > 1))


_ROMAN = regex.compile(r"[IVXLC]{1,7}\.?")


