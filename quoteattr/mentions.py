"""Mentions: every name a document uses outside its quotations, with the function words around
it, registered in the resolver's cast in text order; quoted pseudonyms after a person noun."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from collections import Counter
from operator import itemgetter
from typing import Iterator

import regex

from .analysis import DocumentAnalysis
from .cues import member_noun, not_a_surname as _not_a_surname
from .entities import EntityType, entity_type, given_name_gender, is_adjective_phrase, is_capitalised_noun, is_compound_word, is_demonym, heading_words, is_dutch_word, is_given_name, is_listed_body, is_particle_surname, is_place_adjective, listed_body_may_end
from .lang import LanguageData
from .resolve import Resolver, age_class, description_gender, surname_key, unnamed_gender
from .resolve.describe import compound_gender

def collect_names(an: DocumentAnalysis, resolver: Resolver) -> None:
    """Register every name outside quotations (with its function words) in text order.

    One regex pass over the text spots capitalised sequences (with particles and initials);
    the words before a spot give its role ("Oekraïens president"), an age in brackets or an
    apposed function after it ("Jan Smit (43)", "Jan Smit, woordvoerder") mark a person, and a
    preposition before it ("in Nederland") keeps it from being a pronoun's antecedent."""
    resolver.locatives = frozenset(_LOCATIVE_NAME.findall(an.text))
    lang = an.lang
    text = an.text
    starts = [r[0] for r in an.qranges]
    fw = lang.function_words
    spots, headed = _split_headings(_spots(text, lang), lang)
    seen = _Seen(spots)
    # (whether a name stands in a relative clause is asked only of the few the resolver looks up)
    in_relative = resolver.in_relative = RelativeClauseNames(text, lang)
    resolver.unmarried_keys = _unmarried_keys(text, spots, lang)
    kin_at = _kin_positions(text, lang)
    particles = lang.particles
    lead_class = lang.memo("mentions.lead_word")  # word → _LEAD_* (see _lead_word)
    no_name = lang.memo("mentions.no_name")  # one word → a function or time word (below)
    plausible = lang.memo("mentions.plausible")  # name → _plausible_name
    credible = an._credible  # (DocumentAnalysis.credible_name's answers, asked inline first)
    window_bits = lang.memo("mentions.window_word")  # word → _WIN_* bits (see _window_word)
    for s, g in spots:
        if " " not in g:
            skip = no_name.get(g)
            if skip is None:
                skip = no_name[g] = g.lower() in fw or lang.is_temporal(g)
            if skip:
                continue  # the common case: "De", "Maar", "Gisteren" opening a sentence
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and an.qranges[i][0] <= s < an.qranges[i][1]:
            continue
        words = g.split()
        nw = len(words)
        lows = [w.lower() for w in words] if nw > 1 else [words[0].lower()]  # (asked of the words many times below)
        opens = an.opens_sentence(s)  # (asked up to four times below)
        opens = opens or s in headed  # "DE ZORG Werd Trump …": the sentence starts after its heading
        # (a spot starts and ends with a letter or a dot: one word is the whole spot)
        offs = [(0, len(g))] if nw == 1 else _word_offsets(g, words)
        # drop leading capitalised function words, time words, participles ("Maar", "Gisteren")
        k = 0
        lead_roles = []
        if nw > 1 and lows[0] in ("de", "het", "een") and (
                lows[0] != "de" or opens or is_place_adjective(words[1], lang=lang)) \
                and not (lows[0] == "de" and is_particle_surname(" ".join(words[:2]), lang=lang)):
            # a sentence-initial article, not a particle: "De Zuid-Hollandse", "Het Openbaar
            # Ministerie"; inside a sentence "De Jonge" is a surname, and so is a family name the
            # name data lists at a sentence start ("De Groot: …", "De Vries zei"); an adjective
            # of a place after it ("De Duitse minister", after a glued subheading) makes it an
            # article anywhere
            k = 1
        while k < nw and lows[k] not in particles:
            if k + 2 < nw and "-" in words[k + 1] and words[k][:1].isupper() \
                    and not _role_word(words[k], lang) and _role_word(words[k + 1], lang):
                # "Omroep MAX-baas Jan Slagter", "Open Vld-voorzitter …": a body of two words
                # before a hyphenated function is part of the function
                lead_roles.extend(words[k:k + 2])
                k += 2
                continue
            c = lead_class.get(words[k])
            if c is None:
                c = lead_class[words[k]] = _lead_word(words[k], lang)
            if c == _LEAD_ROLE:
                lead_roles.append(words[k])  # "Minister Schouten", "AIVD-baas Dick Schoof"
            elif c == _LEAD_NAME:
                break  # ("Tegenover RTL Nieuws": a preposition opens no name; particles stop the loop)
            k += 1
        if k + 2 < nw and words[k] == "de" and lows[k + 1] in particles and words[k + 1][:1].isupper():
            k += 1  # "Bij de De Smets": a lower-case article before a capitalised particle is no name's
        # "minister van Buitenlandse Zaken Wopke Hoekstra": the name starts at a known first name
        # ("Volgens de Enschedeër Giovanni Imbrogiano": a lower-case article there is no particle)
        art = 1 if 0 < k < nw - 2 and words[k] in ("de", "het") else 0
        first = None if k + art + 1 >= nw else \
            next((x for x in range(k + art + 1, nw) if is_given_name(words[x], lang=lang)), None)
        # (an organisation's head noun is no role: "de Universiteit Carlos III", "Stichting Anne
        # Frank" name a body, whose name may hold a given name)
        if first is not None and not is_given_name(words[k + art], lang=lang) \
                and (_role_noun(words[k + art], lang) or _listed_title(words[k + art:first], lang)) \
                and lows[k + art] not in lang.organisations \
                and not any(lows[x] in lang.particles for x in range(k + art, first)):
            lead_roles.extend(words[k + art:first])
            k = first
        elif (k == 0 and nw > 1 and _glued_word(words, seen, opens, lang)) or (
                k < nw - 2 and lows[k] not in lang.organisations and not (
                lows[k] in particles and lows[k + 1] in particles) and (
                lows[k] in an.lower_words or (
                opens and not lead_roles) and lows[k + 2] in lang.particles)
                and not _given_then_particle(words, k, lang) and not is_given_name(words[k], lang=lang)) or (
                k == nw - 2 and k == 0 and opens and lows[k] not in lang.particles
                and lows[k] in an.lower_words and not is_given_name(words[k], lang=lang)):
            # "Kermisexploitant Joke van 't Hek", "Complicaties Ross stuurde …" opening a sentence:
            # a common noun capitalised by its position (or a glued subheading), then the name
            lead_roles.append(words[k])
            k += 1
            while k < nw - 1 and lows[k] in lang.function_words and lows[k] not in lang.particles:
                k += 1  # "Spanning Volgens Imbrogiano": a glued subheading, then "Volgens"
        # a capitalised function word inside the spot starts a new sentence ("Bedrog Een …"), and
        # a particle after two capitalised words is a preposition ("Ab Massa van de Vereniging")
        j = k
        caps = 0
        listed = " " in g and _INNER_WORDS.search(g) is not None and is_listed_body(" ".join(words[k:]), lang=lang)
        body = listed or ((" en " in g or " & " in g) and _acronym_body(text, s, g))  # (its cheap test first)
        spot_end = s + len(g)
        while j < nw and not listed:
            w = lows[j]
            if j > k and w in lang.function_words and w not in lang.particles and not (body and w in ("en", "&")):
                break
            if w in lang.particles:
                if caps >= 2 and not (caps == 2 and is_given_name(words[j - 1], lang=lang)
                                      and is_given_name(words[j - 2], lang=lang)):
                    break  # (two given names keep their surname's particle: "Jan Peter de Vries")
                if caps == 1 and not is_given_name(words[k], lang=lang) and _no_surname_after(words, j, seen, lang) \
                        and seen["…" + words[k]]:
                    # "premier Rutte de CO2-heffing", "Orbán de EVP": a name the text uses alone
                    break

                if w == "van" and j + 2 == nw and j > k and _not_a_surname(words[j + 1], lang):
                    break  # "Erdogan van Turkije", "Slob van Onderwijs": a preposition, not a surname
                if w == "van" and j + 3 <= len(words) and j > k and words[j + 1] in ("de", "het") \
                        and entity_type(" ".join(_capitalised_run(words, j + 2, lows, lang)),
                                        lang=lang) is EntityType.ORGANISATION:
                    # "Schreuders van de Vriendenloterij", "Ria Smit van de Universiteit van Gent":
                    # a name, then where they work
                    break
            else:
                caps += 1
            j += 1
        if listed:
            j = nw  # "Partij voor de Dieren": the listed name whole
        while j > k and lows[j - 1] in lang.particles:
            j -= 1
        if j <= k:
            continue
        half = (j - k) // 2
        if half and j - k == 2 * half and words[k:k + half] == words[k + half:j]:
            j = k + half  # "Interview Lola Shoneyin Lola Shoneyin is …": a heading, then the same name
        ns, ne = s + offs[k][0], s + offs[j - 1][1]
        g = _GENITIVE.search(text, ns, ne) if text.find("'", ns, ne) >= 0 or text.find("’", ns, ne) >= 0 else None
        if g is not None and text[ns:g.start()].strip():
            ne = g.start()  # "Freddy's bed": the name is Freddy
        elif not body and text.startswith(".", ne) and _initial_stop(text, ns, ne):
            ne += 1  # "Syriëganger Yago R.": an initial keeps its full stop
        head = text[ns:ne]
        ok = plausible.get(head)
        if ok is None:
            ok = plausible[head] = _plausible_name(head, lang)
        if not ok:
            continue
        if _MAIDEN_AFTER.match(text, ne):
            married = _maiden_name_of(text, ns, head, lang)
            if married is not None:
                # "mevrouw van Hoven … Sophie van Rossum van huis": her maiden name, no second
                # woman; her given name completes the married name
                resolver.add_name(married, ns, role="mevrouw")
            continue
        if not lead_roles:
            known = credible.get((head, True))
            if not (known or (known is None and an.credible_name(head)) or _body_name(an, head)
                    or (" " not in head and _apposed_person(text[ne:ne + 40], lang))):
                continue
        if opens and is_adjective_phrase(words[k:j], lang=lang):
            continue  # "Eurosceptische Europarlementariërs, met …": an adjective and a noun, no name
        if j == k + 1 and (k > 0 and words[k - 1].lower() in lang.determiners or text[max(0, s - 4):s].lower()
                           in (" de ", " het")) and is_demonym(head, lang=lang) \
                and not _surname_in(head, spots, lang):
            # "de Enschedeër", "De Amsterdammer": a description of someone, no name (unless the text
            # ends a longer name with it: "Arjen de Putter" … "De Putter kent")
            continue
        before = _this_sentence(text[max(0, s - 60):s], lang) + lead_roles
        role_words = []
        seen_title = False
        window = before[-6:]
        bits = [window_bits[w] if w in window_bits else _window_word(w, lang, window_bits) for w in window]
        for x in range(len(window) - 1, -1, -1):  # (from the word right before the name back)
            b = bits[x]
            if b & _WIN_ROLE:
                role_words.insert(0, window[x])
                seen_title = seen_title or bool(b & _WIN_TITLE)
            elif not seen_title and b & _WIN_JOINS and any(bits[y] & _WIN_PLAIN_TITLE for y in range(x)):
                # the portfolio between a function and the name: "minister van Onderwijs"; before
                # the function it would be another person ("Minister X en burgemeester Y")
                role_words.insert(0, window[x])
            else:
                break
        while role_words and not lang.is_title(role_words[0].lower()) and role_words[0] not in lang.nationalities \
                and role_words[0].lower() not in lang.modifiers and role_words[0].lower() not in lang.honorifics \
                and not _hyphen_role(role_words[0], lang):
            role_words.pop(0)
        # (every stretch tried ends in the last word before the name: _listed_title's first test,
        # asked once here)
        several = next((n for n in (4, 3, 2) if len(before) >= n and len(role_words) < n
                        and _listed_title(before[-n:], lang)), None) \
            if before and before[-1].lower() in lang.title_phrase_ends else None
        if several is not None:
            role_words = before[-several:]  # "officier van justitie Marieke de Boer": one function
        prev_word = before[-1 - len(role_words)].lower() if len(before) > len(role_words) else ""
        if prev_word in lang.determiners and len(before) > len(role_words) + 1:
            prev_word = before[-2 - len(role_words)].lower()
        if len(role_words) >= 2 and role_words[-1].lower() == "van" and role_words[-2].lower() in lang.kin_relations:
            # "de moeder van Sarah", "een vriendin van Jan": the name is the one whose relative is
            # spoken of, and holds no such function
            role_words = []
        if len(role_words) >= 3 and role_words[-1].lower() in ("de", "het") and role_words[-2].lower() == "van" \
                and j - k < 3:
            # "rechter van het Gerechtshof", "directeur van de Efteling": a function of the body
            # named after it; the body holds no function (a portfolio has no article: "minister
            # van Financiën Wopke Hoekstra")
            role_words = []
        elif role_words and role_words[-1].lower() in ("van", "de", "het") and j - k >= 3:
            # "minister van Handel Anup Wadhawan": the first capital is the portfolio, the rest
            # the minister's name; a portfolio of two words ("van Buitenlandse Zaken Wang Yi")
            # ends before the given name, or leaves the last two capitals to the name
            given = next((x for x in range(k + 1, j - 1) if is_given_name(words[x], lang=lang)), None)
            split = given if given is not None else (j - 2 if j - k >= 4 else k + 1)
            role_words.extend(words[k:split])
            ns = s + offs[split][0]
            head = text[ns:ne]
        epithet_start = ns
        if not role_words and not lead_roles:
            # (only particles right before the name can stand between it and an honorific)
            found = _honorific_over_particles(before, lang) if before and before[-1] in particles else None
            if found is not None:
                # "mevrouw van Hoven": the spot starts at the capital, after the particles
                role_words, prev_word = found
                epithet_start = _particles_start(text, ns, lang)
        after = text[ne:ne + 40]
        # ("de burgemeester van Almelo, Arjen Gerritsen": the comma before an apposed name is no part of the function)
        # (each of the two apposition tests first asks for its comma)
        role = (after.startswith(",") and _apposed_role_text(after, lang)) \
            or (" ".join(role_words).rstrip(",;:") or None) \
            or (_role_before_comma(before, lang) if before and before[-1].endswith(",") else None)
        # a name after a preposition is mostly a place ("in Nederland") and no antecedent, unless
        # it opens with a given name ("bij Wim aanbelde")
        antecedent = prev_word not in lang.prepositions or is_given_name(head.split()[0], lang=lang) or any(
            w.lower() in lang.honorifics for w in role_words)  # "in den salon van mevrouw Dekker": a person
        if before and before[-1].lower() in lang.place_nouns and not role_words:
            antecedent = False  # "de wijk Presikhaaf", "het dorp Rhenen": a place, no one to point back to
        # "de partij Hayamin Hehadash", "het bedrijf Re-Match": a name in
        # apposition to a noun for a kind of body is that body, no person a pronoun points to
        classed = not role_words and not lead_roles and _classed_by_noun(before, lang)
        # "Busselinck & Waterman", "Procter & Gamble": names joined by an ampersand name a firm
        classed = classed or (after.startswith(" & ") and after[3:4].isupper())
        ent = resolver.add_name(head, ns, role=role, antecedent=antecedent, subject=opens,
                                oblique=prev_word in lang.prepositions,
                                kind="organisation" if (body and ne == spot_end) or classed else "person")
        in_relative.named(ns)
        if ent.gender is None and not ent.soft_gender and before and not role_words and not lead_roles:
            found = noun_gender_before(before, lang)
            if found is not None:
                ent.soft_gender = found  # "zijn oude kamerdienaar Matjeff": a man
        if "(" in after and _AGE.match(after):
            ent.person = True  # "Erkim Elkem (38)": an age
        elif after.startswith(","):
            epithet = apposed_epithet(text, ne, lang)
            if epithet is not None:
                resolver.add_epithet(ent, *epithet, years_after(text, epithet[0], ne, ne + 100))
        elif _COPULA.match(text, ne) is not None:
            # "Theo van Rijn was gepensioneerd leraar" (the test predicate_age starts with, first)
            said = predicate_age(text, ne, lang) if _WAS_IS.match(text, ne) is not None else None
            if said is not None:
                resolver.add_epithet(ent, *said)
            function = predicate_function(text, ne, lang)
            if function is not None and function not in ent.roles:
                ent.roles.append(function)  # "Janus van Gils was al twintig jaar veldwachter": "de veldwachter" later
        if role_words or lead_roles or prev_word in lang.honorifics:
            epithet = epithet_before(text, epithet_start, lang)
            if epithet is not None:
                resolver.add_epithet(ent, *epithet)
        if kin_at and _kin_near(kin_at, ns, ne):
            _kin_ties(an, resolver, ent, ns, ne)
        kind_noun = body_noun_before(text, ns, lang)
        if kind_noun is not None and kind_noun not in ent.roles:
            ent.roles.append(kind_noun)  # "de Britse bank HSBC": "de bank" later is HSBC (Resolver.named_body)
        for w in lead_roles:
            if w not in ent.roles and is_demonym(w, lang=lang):
                ent.roles.append(w)  # "de Enschedeër Giovanni Imbrogiano": "de Enschedeër" later is him
    _quoted_names(an, resolver)
    _introductions(an, resolver)
    _full_given_names(resolver, lang)
    if kin_at:
        _relatives_mentioned(an, resolver, kin_at)
    _pronoun_predicates(an, resolver)


#: a capitalised word right after "te": a place ("te Digne"; "in" may stand before a person: "leven in Japi")
_LOCATIVE_NAME = regex.compile(r"(?<![\p{L}])te\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-])")


#: a possessive and a noun in the narration: "die zijn moeder in de schuif legde"
_POSSESSED = regex.compile(r"(?<![\p{L}'’])(?P<det>zijn|z['’]n|haar|d['’]r)\s+(?P<noun>\p{Ll}+)(?![\p{L}'’-])",
                           regex.IGNORECASE)


#: characters no match of _POSSESSED holds (no letter, apostrophe or white space): a scan may start after one
_NO_POSSESSIVE = ".,;:!?()"


def _relatives_mentioned(an: DocumentAnalysis, resolver: Resolver, kin_at: list[int] | None = None) -> None:
    """"Pieter Van den Broeck kwam zaterdag … met een gsm, die zijn moeder in de schuif legde": a
    family noun after a possessive in the narration mentions the relative of the possessive's
    antecedent, when the text has named that relative before (Resolver.relative: tied to them, or
    the one other person of their surname and the noun's gender); she is then one of the people of
    the scene. Not before a name ("zijn moeder Jo" is that name's mention).

    With ``kin_at`` (_kin_positions) the scan runs from the last punctuation mark before the
    first family noun, where no match can be under way, to the last noun: only a match whose
    noun is there can count."""
    lang = an.lang
    ranges = an.qranges
    k = 0
    start, last = 0, len(an.text)
    if kin_at is not None:
        if not kin_at:
            return
        start = max(an.text.rfind(c, 0, kin_at[0]) for c in _NO_POSSESSIVE) + 1
        last = kin_at[-1]
    for m in _POSSESSED.finditer(an.text, start):
        if m.start() > last:
            break
        noun = m.group("noun")
        if noun not in lang.kin_relations:
            continue
        while k < len(ranges) and ranges[k][1] <= m.start():
            k += 1
        if k < len(ranges) and ranges[k][0] <= m.start() < ranges[k][1]:
            continue
        if regex.match(r"\s+\p{Lu}", an.text[m.end():m.end() + 3]):
            continue
        gender = "f" if m.group("det").lower().startswith(("h", "d")) else "m"
        owner = resolver.antecedent(m.start(), gender, window=600)
        kin = resolver.relative(owner, noun) if owner is not None else None
        if kin is not None and kin.positions and kin.positions[0] < m.start():
            resolver.mentioned(kin, m.start("noun"))


def _full_given_names(resolver: Resolver, lang: LanguageData) -> None:
    """"Johanna Van den Broeck – Jo voor iedereen": a short form of a given name ("Jo", of Johanna
    and of Johannes) tells no gender that its full form, also used for the person, does not: the
    gender the name lists give the full given name is the person's hint (soft_gender), when the
    person has no gender of their own."""
    for ent in resolver.entities:
        if ent.kind != "person" or ent.gender is not None or len(ent.aliases) < 2:
            continue
        given = {a.split()[0] for a in ent.aliases if a.split() and is_given_name(a.split()[0], lang=lang)}
        full = [g for g in given if any(o != g and g.startswith(o) for o in given)]
        if len(full) != 1:
            continue
        gender = given_name_gender(full[0], lang=lang)
        if gender in ("m", "f"):
            ent.soft_gender = gender


#: what a capitalised word before a name is (_lead_word): a role, a word that opens no name
#: (a function word, a time word, a participle), or the name's own first word
_LEAD_NAME, _LEAD_ROLE, _LEAD_SKIP = 0, 1, 2


def _lead_word(word: str, lang: LanguageData) -> int:
    """A role ("Minister", "AIVD-baas"), a word collect_names skips before a name ("Maar",
    "Gisteren", "Gevraagd") or the start of the name: _LEAD_ROLE, _LEAD_SKIP or _LEAD_NAME.
    A pure function of the word and the language data, kept per word (LanguageData.memo)."""
    if _role_word(word, lang):
        return _LEAD_ROLE
    if _closed_word(word, lang) or lang.is_temporal(word) or _participle(word, lang):
        return _LEAD_SKIP
    return _LEAD_NAME


def _capitalised_run(words: list[str], i: int, lows: list[str], lang: LanguageData) -> list[str]:
    """The capitalised words from ``i`` up to the next particle or function word: the whole
    name after "van de" ("van het Future Water Research Institute")."""
    j = i
    while j < len(words) and words[j][:1].isupper() and lows[j] not in lang.function_words:
        j += 1
    return words[i:max(j, i + 1)]


def _given_then_particle(words: list[str], k: int, lang: LanguageData) -> bool:
    """"Pieter Van den Broeck kwam …": a given name followed by a capitalised particle (the Flemish
    spelling of a surname) opens the name itself; it is no common noun capitalised by its place
    at the sentence start, as "Kermisexploitant" is before "Joke van 't Hek"; nor is the first
    of two given names before a particle ("Jan Peter de Vries")."""
    return is_given_name(words[k], lang=lang) and (words[k + 1].lower() in lang.particles or (
        k + 2 < len(words) and words[k + 2].lower() in lang.particles and is_given_name(words[k + 1], lang=lang)))


def _honorific_over_particles(before: list[str], lang: LanguageData) -> tuple[list[str], str] | None:
    """"mevrouw van Hoven", "de oude heer van der Meulen": the words before a name whose spot
    starts at its capital are lower-case particles of the name, and before them an honorific
    (with its adjectives). Returns (the honorific and its adjectives, the word before them),
    or None. The particles are then no preposition before the name."""
    k = len(before)
    while k > 0 and before[k - 1] in lang.particles:
        k -= 1
    if k == len(before) or k == 0 or before[k - 1].lower() not in lang.honorifics:
        return None
    i = k - 1
    while i > 0 and before[i - 1].lower() in lang.modifiers:
        i -= 1
    return before[i:k], (before[i - 1].lower() if i > 0 else "")


def _particles_start(text: str, pos: int, lang: LanguageData) -> int:
    """Where the lower-case particles right before ``pos`` begin ("mevrouw van Hoven": at
    "van")."""
    start = pos
    window_start = max(0, pos - 40)
    words = [(m.start() + window_start, m.group()) for m in _NONSPACE.finditer(text, window_start, pos)]
    for at, w in reversed(words):
        if w not in lang.particles:
            break
        start = at
    return start


#: the characters outside ASCII whose lower case holds an ASCII character: "İ" ("i̇"), the Kelvin sign ("k")
_LOWER_TO_ASCII = ("\u0130", "\u212a")


def _lower_holds(text: str, words: list[str]) -> bool:
    """Does ``text.lower()`` hold one of ``words`` (lower case)? Without lowering a text
    in Unicode, which costs many times more than lowering its ASCII letters: in UTF-8 an ASCII
    word can only stand where ASCII characters do, and bytes.lower changes just those, as
    str.lower does, unless the text has a character of _LOWER_TO_ASCII."""
    if any(c in text for c in _LOWER_TO_ASCII) or not all(w.isascii() for w in words):
        low = text.lower()  # (a word outside ASCII, "fräulein", needs the text lowered in Unicode)
        return any(w in low for w in words)
    low_bytes = text.encode("utf-8", "surrogatepass").lower()
    return any(w.encode("ascii") in low_bytes for w in words)


def _unmarried_keys(text: str, spots: list[tuple[int, str]], lang: LanguageData) -> set[str]:
    """Surname keys after an unmarried woman's honorific anywhere in the text, quotations
    included: "--Twee stukjes, juffrouw Verstraeten", "freule De Kempenaer". A novel calls the
    daughters of the house so, and their mother "mevrouw" (honorifics.tsv)."""
    out: set[str] = set()
    estates = lang.honorific_estates
    if not _lower_holds(text, [h for h, e in estates.items() if e == "unmarried"]):
        return out  # (the common case: no such honorific anywhere, spelt in any case)
    for s, g in spots:
        words = g.split()
        if len(words) > 1 and estates.get(words[0].lower()) == "unmarried":
            out.add(surname_key(" ".join(words[1:]), lang))
            continue
        before = text[max(0, s - 12):s].split()
        if before and estates.get(before[-1].lower()) == "unmarried":
            out.add(surname_key(g, lang))
    return out


#: the acute accents Dutch puts on a word for stress ("Mét Zelle vind ik …", "Dát is het punt")
_STRESS = str.maketrans("áéíóú", "aeiou")


def _closed_word(word: str, lang: LanguageData) -> bool:
    """Is ``word`` a function word, preposition or conjunction ("Maar", "Behalve", "Nadat"), also when
    stressed with an accent ("Mét")? Capitalised at a sentence start it opens no name."""
    low = word.lower()
    if low in lang.function_words or low in lang.prepositions or low in lang.conjunctions:
        return True
    plain = low.translate(_STRESS)
    return plain != low and (plain in lang.function_words or plain in lang.prepositions or plain in lang.conjunctions)


def _split_headings(spots: list[tuple[int, str]], lang: LanguageData) -> tuple[list[tuple[int, str]], set[int]]:
    """Split a subheading or byline in capitals from the sentence it is glued to ("DE MEDIA Trump
    kon …" → "DE MEDIA", "Trump"; entities.heading_words): two stretches, and the start of the second,
    which opens a sentence."""
    out: list[tuple[int, str]] = []
    headed: set[int] = set()
    for s, g in spots:
        words = g.split()
        h = heading_words(words, lang=lang) if len(words) > 1 else 0
        if not h:
            out.append((s, g))
            continue
        end = 0
        for _ in range(h):
            end = _NONSPACE.search(g, end).end()
        cut = _NONSPACE.search(g, end).start()
        out.append((s, g[:end]))
        out.append((s + cut, g[cut:]))
        headed.add(s + cut)
    return out, headed


#: what may close a sentence's last word after its full stop: quotation marks, a bracket
_CLOSERS = "\"'’”»)]"
#: an abbreviation of several parts: "prof.dr.", "mr.drs."
_DOTTED = regex.compile(r"(?:\p{Ll}{1,4}\.){2,}")


def _ends_sentence(word: str, lang: LanguageData) -> bool:
    """Does ``word`` close a sentence: a full stop, question or exclamation mark at its end (before
    closing quotes), not after an abbreviation ("dr.", "prof.dr.") or an initial ("A.")?"""
    w = word.rstrip(_CLOSERS)
    if not w.endswith((".", "!", "?")):
        return False
    if w[-1] != ".":
        return True
    low = w.lower()
    return not (low in lang.abbreviations or _DOTTED.fullmatch(low) or (len(w) == 2 and w[0].isupper()))


def _classed_by_noun(before: list[str], lang: LanguageData) -> bool:
    """Do the words before a name end in an article (or possessive), adjectives at most, and a
    noun for a kind of organisation: "de partij", "haar nieuwe partij", "het Deense bedrijf"? Then
    the name is in apposition to that noun ("de partij Hayamin Hehadash") and names that body."""
    if len(before) < 2 or not before[-1].isalpha() or not before[-1].islower() \
            or lang.body_class(before[-1]) != "organisation":  # (a medium, "de krant NRC", is typed as one)
        return False
    x = len(before) - 2
    while x > 0 and x >= len(before) - 3 and before[x].isalpha() and before[x].endswith("e") \
            and before[x].lower() not in lang.determiners and before[x].lower() not in lang.pronouns:
        x -= 1  # an adjective: "nieuwe", "Deense"
    w = before[x]
    # (a name's genitive is a determiner too: "Timmermans' bedrijf Avitect", "Jans partij")
    return w.lower() in lang.determiners or w.lower() in lang.pronouns \
        or (w[:1].isupper() and w.endswith(("'", "’", "'s", "’s")) and len(w) > 2)


#: how many adjectives may stand between the article and the noun before a name
NOUN_ADJECTIVES = 3


def noun_gender_before(before: list[str], lang: LanguageData) -> str | None:
    """"zijn oude kamerdienaar Matjeff", "de dienstmeid Trui": a noun phrase for a person (an
    article or a possessive, adjectives, a noun that tells gender, by itself or as the head of a
    compound) right before a name in apposition names that person, so the name gets the noun's
    gender. ``before`` holds the words of the name's sentence before it."""
    noun = before[-1]
    if not noun.isalpha() or not noun.islower():
        return None
    for w in reversed(before[max(0, len(before) - 2 - NOUN_ADJECTIVES):-1]):
        low = w.lower()
        if low in lang.determiners or low in _OWNERS:
            # (the noun's gender is asked only of a noun phrase: the cheap test first)
            gender = description_gender(noun, lang) or compound_gender(noun, lang)
            return gender if gender in ("m", "f") else None
        if not w.isalpha() or not w.islower() or low in lang.function_words:
            return None
    return None


#: possessives and old case forms that open a noun phrase before a name in apposition
_OWNERS = frozenset(("den", "der", "mijn", "m'n", "z'n", "d'r", "uw", "je", "jouw"))


def _this_sentence(before: str, lang: LanguageData) -> list[str]:
    """The words of ``before`` (the text before a name) from the start of the name's sentence on:
    a function, a preposition or an article before the sentence's start belongs to another
    sentence ("… een adviseur van president Trump. Temelkuran noemt …": Temelkuran holds no
    function there)."""
    words = before.split()
    if "." not in before and "?" not in before and "!" not in before:
        return words  # (no word can end a sentence without a mark: asked of the text at once)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        # (a word that ends in none of the marks or closers cannot end a sentence: asked first)
        if w[-1:] in _END_OR_CLOSER and _ends_sentence(w, lang):
            return words[i + 1:]
    return words


#: the last character of any word _ends_sentence can accept: a mark or a closer after one
_END_OR_CLOSER = frozenset(".!?" + _CLOSERS)


#: a genitive ending: "Freddy's bed", "Frits’ jas"
_GENITIVE = regex.compile(r"(?:['’]s|['’])$")

#: a name's last word that is one capital after another word: an initial ("Yago R", of "Yago R.")
_LAST_INITIAL = regex.compile(r"\S\s+\p{Lu}$")


def _initial_stop(text: str, start: int, end: int) -> bool:
    """Does the name ``text[start:end]`` end in an initial whose full stop the capitalised stretch
    left out ("Yago R." is spotted as "Yago R")? Dutch news abbreviates a suspect's surname to
    its initial and a full stop, and the stop belongs to the name (also at a sentence end, where
    it stands for both). A capital alone is no name of its own ("I." heads a chapter)."""
    return text[end:end + 1] == "." and _LAST_INITIAL.search(text[max(start, end - 4):end]) is not None

#: how often each word of a two-word stretch must stand alone as a name to read as two people
SEPARATE_MIN = 3


def _spots(text: str, lang: LanguageData) -> list[tuple[int, str]]:
    """The capitalised stretches of ``text`` as (start, text); two names side by side that the text otherwise
    always uses apart are two people ("keek Japi Bavink aan": Japi looks at Bavink). A full name
    is used whole at least now and then, or its first part rarely alone; and a surname the text
    gives an honorific of the given name's gender is that person's ("Mathilde Reyers" once, then
    "Mathilde" and "juffrouw Reyers")."""
    out = _listed_bodies(text, _acronym_bodies(text, lang.name_spots(text)), lang)
    out = [part for spot in out for part in _object_after_name(spot, lang)]
    split = [g.split() for _, g in out]
    pairs = {i: words for i, words in enumerate(split) if len(words) == 2}  # index in out → its two words
    if not pairs:
        return out
    alone = Counter(words[0] for words in split if len(words) == 1)  # (counted only now, in one pass)
    twice = Counter(" ".join(w) for w in pairs.values())
    honoured: dict[str, set[str]] | None = None  # surname → genders of the honorifics before it
    for i in sorted(pairs, reverse=True):  # (from the end: splitting shifts what follows)
        first, second = pairs[i]
        if twice[f"{first} {second}"] == 1 and alone[first] >= SEPARATE_MIN and alone[second] >= SEPARATE_MIN \
                and first.lower() not in lang.particles and second.lower() not in lang.particles:
            if honoured is None:
                honoured = _honoured_surnames(text, out, lang)
            if given_name_gender(first, lang=lang) in honoured.get(second, ()):
                continue  # "Mathilde Reyers" … "juffrouw Reyers": her surname, one person
            s, g = out[i]
            out[i:i + 1] = [(s, first), (s + g.index(second, len(first)), second)]
    return out


def _object_after_name(spot: tuple[int, str], lang: LanguageData) -> list[tuple[int, str]]:
    """A full name, then a lower-case article and more capitals, is a name and what follows it
    ("Sinds Donald Trump het Witte Huis bewoont", "Mark Rutte de Verenigde Staten"): after a
    given name and a surname an article is no particle of the name; a second given name before
    the particle keeps it ("Jan Peter de Vries"). "het" is a particle only after "van" ("Van 't
    Hek"), so after two capitals it always starts something else."""
    s, g = spot
    # (a spot's words are parted by white space, where str.split parts them too: fewer than four
    # pieces there is fewer than four words, told without a match object per word)
    if len(g.split(None, 3)) < 4:
        return [spot]
    words = list(_NONSPACE.finditer(g))
    if len(words) < 4:
        return [spot]
    for k in range(2, len(words) - 1):
        w = words[k].group()
        if w[:1].isupper():
            continue
        if w.lower() not in ("de", "het", "'t", "’t") or any(x.group()[:1].islower() for x in words[:k]):
            break
        j0 = next((j for j in range(k) if words[j].group().lower() not in lang.function_words), k)
        if k - j0 < 2:
            break  # ("Sinds Jan de Vries": a capitalised word of the sentence, then one name word)
        first, last = words[j0].group(), words[k - 1].group()
        if w.lower() == "de" and (k - j0 != 2 or not is_given_name(first, lang=lang) or is_given_name(last, lang=lang)):
            break
        rest = words[k + 1].start()
        return [(s, g[:words[k - 1].end()]), (s + rest, g[rest:])]
    return [spot]


def _honoured_surnames(text: str, spots: list[tuple[int, str]], lang: LanguageData) -> dict[str, set[str]]:
    """The one-word names ``text`` gives an honorific ("juffrouw Reyers", "Mijnheer Blanken"),
    each with the genders of those honorifics."""
    out: dict[str, set[str]] = {}
    for s, g in spots:
        words = g.split()
        if len(words) == 2 and lang.honorifics.get(words[0].lower()) in ("m", "f"):
            out.setdefault(words[1], set()).add(lang.honorifics[words[0].lower()])
        elif len(words) == 1:
            before = text[max(0, s - 12):s].split()
            gender = lang.honorifics.get(before[-1].lower()) if before and text[s - 1:s].isspace() else None
            if gender in ("m", "f"):
                out.setdefault(g, set()).add(gender)
    return out


def body_noun_before(text: str, ns: int, lang: LanguageData) -> str | None:
    """'de Britse bank HSBC', 'inlichtingendienst AIVD', 'de toezichthouder DNB': the head noun
    of a kind of body (organisations.txt, organisation_names.tsv heads) right before a name, with
    at most two inflected adjectives between, which says what kind of body the name is."""
    # (only the last three words are looked at: rsplit leaves the rest of the window in one piece)
    words = text[max(0, ns - 60):ns].rsplit(None, 3)
    i = len(words) - 1
    while i >= 0 and len(words) - 1 - i < 2 and words[i].isalpha() and words[i].endswith("e") and len(words[i]) > 3 \
            and words[i].lower() not in lang.organisations and words[i].lower() not in lang.function_words:
        i -= 1  # "Britse", "grote", "Amerikaanse"
    if i < 0 or not words[i].isalpha():
        return None
    noun = words[i].lower()
    if noun in lang.organisations or lang.organisation_names.get(noun) == "head":
        return noun
    return None


#: an abbreviation in brackets right after a name: "(NCTV)", "(B&W)"
_ACRONYM_AFTER = regex.compile(r"\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,7})\)")

#: what joins two capitalised stretches inside one body's name
_NAME_JOINS = (" en ", " & ")


def _initials(name: str) -> str:
    """'Nationaal Coördinator Terrorismebestrijding en Veiligheid' → 'nctv': the first letters
    of its capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


def _acronym_bodies(text: str, out: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Two capitalised stretches joined by 'en' or '&' and followed by an abbreviation in
    brackets that their initials spell are one body's name: "de Nationaal Coördinator
    Terrorismebestrijding en Veiligheid (NCTV)" (the newsroom defines an abbreviation right after
    the full name), not a coordinator and a 'Veiligheid'."""
    if "(" not in text:
        return out  # (no bracket anywhere, so no abbreviation after a name: most articles)
    for i in range(len(out) - 2, -1, -1):  # (from the end: merging shifts what follows)
        (s1, g1), (s2, g2) = out[i], out[i + 1]
        if not 3 <= s2 - s1 - len(g1) <= 4 or text[s1 + len(g1):s2] not in _NAME_JOINS:  # (" & ", " en ")
            continue
        m = _ACRONYM_AFTER.match(text, s2 + len(g2))
        if m is None:
            continue
        acro = "".join(c for c in m.group(1) if c.isalpha()).lower()
        whole = text[s1:s2 + len(g2)]
        if acro in (_initials(whole), _initials(whole.partition(" ")[2])):  # (after "De" opening a sentence)
            out[i:i + 2] = [(s1, whole)]
    return out


#: the lower-case words inside a body's name between its capitalised parts: "Forum voor
#: Democratie", "Partij voor de Dieren", "Artsen zonder Grenzen"
_INNER_WORDS = regex.compile(r"[^\S\n]+(?:\p{Ll}+[^\S\n]+){1,3}")


def _listed_bodies(text: str, out: list[tuple[int, str]], lang: LanguageData) -> list[tuple[int, str]]:
    """Two capitalised stretches joined by lower-case words that together spell an organisation
    the name data lists ("Forum voor Democratie", "Partij voor de Dieren") are one body's name,
    not a 'Forum' and a 'Democratie'. The name may start at any word of the first stretch ("De
    Partij voor de Dieren", "Volgens het Centraal Bureau voor de Statistiek") and must end where
    the second stretch does."""
    for i in range(len(out) - 2, -1, -1):  # (from the end: merging shifts what follows)
        (s1, g1), (s2, g2) = out[i], out[i + 1]
        # (the gap is one to three words between white space, and str.split splits at least where
        # the pattern's white space is, never inside a lower-case letter: a cheap necessary test)
        if not 1 <= len(text[s1 + len(g1):s2].split(None, 3)) <= 3:
            continue
        gap = _INNER_WORDS.fullmatch(text, s1 + len(g1), s2)
        if gap is None or not listed_body_may_end(g2, lang=lang):
            continue  # (every name tried below ends as the second stretch does)
        whole = text[s1:s2 + len(g2)]
        # (from any word of the first stretch: "Volgens het Centraal Bureau | voor de Statistiek")
        if any(is_listed_body(whole[w.start():], lang=lang) for w in _NONSPACE.finditer(g1)):
            out[i:i + 2] = [(s1, whole)]
    return out


def _acronym_body(text: str, s: int, g: str) -> bool:
    """Is the stretch ``g`` at ``s`` a body's name joined by 'en' and defined by its
    abbreviation (_acronym_bodies)?"""
    return (" en " in g or " & " in g) and _ACRONYM_AFTER.match(text, s + len(g)) is not None  # (_NAME_JOINS)


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


#: "Sophie van Rossum van huis": the name before it is a married woman's maiden name
_MAIDEN_AFTER = regex.compile(r"\s+van\s+huis\b")
#: the married woman the sentences before name by honorific and surname ("mevrouw van Hoven")
_MARRIED_BEFORE = regex.compile(r"\b(?:[Mm]evrouw|[Mm]evr\.|[Mm]adame)\s+((?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'-]+)")
#: how far before a maiden name the married name is looked for
MAIDEN_REACH = 400


def _maiden_name_of(text: str, ns: int, head: str, lang: LanguageData) -> str | None:
    """The married name ("Sophie van Hoven") of the woman whose maiden name ``head`` is, at ``ns``
    ("Sophie van Rossum van huis"): her given name and the surname of the last "mevrouw …"
    named shortly before; None without a given name or such a woman."""
    first = head.split()[0]
    if len(head.split()) < 2 or not is_given_name(first, lang=lang):
        return None
    found = None
    for found in _MARRIED_BEFORE.finditer(text, max(0, ns - MAIDEN_REACH), ns):
        pass
    if found is None:
        return None
    return first + " " + found.group(1)


#: a turn that introduces its speaker by name and function: "Mevrouw Van den Broeck? Yasmina El
#: Amrani, wijkagent." (also sieves/inquit.py self_named)
INTRODUCED_AS = regex.compile(
    r"(?:^|(?<=[.?!])\s+)(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’-]+)+),\s+"
    r"(?P<role>(?:\p{Ll}+\s+){0,3}?(?P<head>\p{Ll}+))\s*[.!](?:\s|$)")


def _introductions(an: DocumentAnalysis, resolver: Resolver) -> None:
    """"Yasmina El Amrani, wijkagent.": a name and a function a turn of dialogue gives its
    speaker (no article: "Jan Smit, de buurman." points at someone else) make that person a
    holder of the function, so that "vroeg de agent" later bridges to her and not to whoever
    the narration named last. Only a given name opens such a name."""
    lang = an.lang
    for qi, q in enumerate(an.qspans):
        if an.kinds[qi] not in ("direct", "partial"):
            continue
        for m in INTRODUCED_AS.finditer(q.text):
            name, role = m.group("name"), m.group("role")
            if role.split()[0] in lang.determiners or not person_noun(m.group("head"), lang) \
                    or not is_given_name(name.split()[0], lang=lang):
                continue
            ent = resolver.add_name(name, q.start + m.start("name"), role=role)
            ent.person = True


_NONSPACE = regex.compile(r"\S+")


_AGE = regex.compile(r"\s*\(\d{1,3}\)")


def _listed_title(words: list[str], lang: LanguageData) -> bool:
    """Are ``words`` a function of several words the titles list, perhaps after a body and a
    hyphen ("Tweede Kamerlid", "SP-Tweede Kamerlid")?"""
    if len(words) < 2 or words[-1].lower() not in lang.title_phrase_ends:
        return False  # (the cheap necessary test: the last word ends a listed function)
    return " ".join([words[0].rsplit("-", 1)[-1]] + words[1:]).lower() in lang.titles


def _role_noun(word: str, lang: LanguageData) -> bool:
    """Can a capitalised word before a given name be a role ("Vakbondsman Kristof Janssens",
    "Fransman Simon Henry", "Buitenlandse Zaken Wopke Hoekstra")? Only an attested Dutch word;
    an unknown one is the first part of the name ("Abdurahman Abdullah")."""
    if _role_word(word, lang):
        return True
    if word.isupper():
        return False  # an acronym opens an organisation's name: "AC Milan", "PSV Eindhoven"
    return lang.title_head(word) is not None or is_dutch_word(word, lang=lang) or is_demonym(word, lang=lang)


def _word_offsets(g: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, end) in ``g`` of each of its ``words`` (``g.split()``): each word is where it next
    occurs, as only white space stands between them."""
    out = []
    pos = 0
    for w in words:
        start = g.find(w, pos)
        pos = start + len(w)
        out.append((start, pos))
    return out


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
            self.counts = Counter(map(itemgetter(1), self.spots))
            self.counts.update(["…" + g.rsplit(None, 1)[-1] for _, g in self.spots])
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


#: what the search for a function before a name asks of each of the last six words (_window_word)
_WIN_ROLE = 1  # a function, a modifier ("oud-"), a nationality or an honorific: part of the role
_WIN_TITLE = 2  # a function, also as the tail of a hyphenated word ("AIVD-baas")
_WIN_PLAIN_TITLE = 4  # a function as it stands
_WIN_JOINS = 8  # may stand between a function and the name ("minister van Onderwijs")


def _window_word(word: str, lang: LanguageData, memo: dict[str, int]) -> int:
    """The _WIN_* bits of one word before a name, kept in ``memo`` (they depend on the word alone)."""
    low = word.lower()
    plain = lang.is_title(low)
    title = plain or lang.is_title(low.rsplit("-", 1)[-1])
    role = title or low in lang.modifiers or word in lang.nationalities or low in lang.honorifics
    joins = word[:1].isupper() or low in ("van", "voor", "en", "de", "het")
    found = memo[word] = role * _WIN_ROLE | title * _WIN_TITLE | plain * _WIN_PLAIN_TITLE | joins * _WIN_JOINS
    return found


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


def _apposed_person(after: str, lang: LanguageData) -> bool:
    """"Maai, ambtenaar bij de rijksoverheid, is …": a word apposed to a function or a noun for a
    person (of one word, right after the comma) is someone's name, also where it opens the
    sentence and no list knows it."""
    m = _BARE_APPOSITION.match(after)
    return m is not None and (m.group(1) in lang.titles or m.group(1) in lang.person_nouns)


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


_UNITS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
          "negen": 9}
_TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
          "zeventien": 17, "achttien": 18, "negentien": 19}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
         "tachtig": 80, "negentig": 90}
#: "zes-en-vijftig" (old spelling), "zesenvijftig", "drieëntwintig": a unit, "en", a ten
_COMPOUND_NUMBER = regex.compile(r"(?P<unit>een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)-?(?:en|ën)-?(?P<ten>\p{L}+)")


def number_word(word: str) -> int | None:
    """A number under a hundred in figures or in Dutch words, old spelling too: "56",
    "zes-en-vijftig", "zesenvijftig", "zeventig", "achttien" → its value; None for any other word."""
    w = word.lower()
    if w.isdigit() and len(w) <= 3:
        return int(w)
    if w in _TENS:
        return _TENS[w]
    if w in _TEENS:
        return _TEENS[w]
    m = _COMPOUND_NUMBER.fullmatch(w)
    if m is not None and m.group("ten") in _TENS:
        return _UNITS[m.group("unit")] + _TENS[m.group("ten")]
    return None


#: an age stated after a person noun: "een dame van zes-en-vijftig", "een man van zeventig jaar"
_AGE_AFTER_NOUN = regex.compile(r"\s+van\s+([\p{L}\d-]+)(?=[\s,.;:!?])")


def years_after(text: str, noun: str, start: int, end: int) -> int | None:
    """The age stated right after the first ``noun`` between ``start`` and ``end``: "een
    kleine, gezette dame van zes-en-vijftig" → 56."""
    at = text.find(noun, start, end) if noun else -1
    while at >= 0 and ((at > 0 and text[at - 1].isalpha()) or text[at + len(noun):at + len(noun) + 1].isalpha()):
        at = text.find(noun, at + 1, end)
    if at < 0:
        return None
    age = _AGE_AFTER_NOUN.match(text, at + len(noun), at + len(noun) + 30)
    return number_word(age.group(1)) if age is not None else None


#: a description of a person as the predicate of a name or of a pronoun: "Theo van Rijn was
#: gepensioneerd leraar", "Zij was een kleine, gezette dame van zes-en-vijftig"
_PREDICATE = regex.compile(r"\s+(?:was|is)\s+(?:(?:een|de|den)\s+)?((?:[\p{Ll}-]+,?\s+){0,3}[\p{Ll}-]+)")
#: a pronoun subject with its predicate: "Zij was een …", "Hij was twee-en-dertig jaar"
_PRONOUN_PREDICATE = regex.compile(r"(?<![\p{L}])(?P<pron>[Hh]ij|[Zz]ij|[Zz]e)(?=\s+(?:was|is)\s)")
_YEARS_OLD = regex.compile(r"\s+(?:was|is)\s+([\p{L}\d-]+)\s+jaar(?![\p{L}])")
#: what _PREDICATE and _YEARS_OLD start with (or more: the standard library's white space includes
#: the regex module's): a cheap test before either is tried
_WAS_IS = re.compile(r"\s+(?:was|is)\s")


def predicate_age(text: str, end: int, lang: LanguageData) -> tuple[str, list[str], int | None] | None:
    """The description of a person the narration gives as a predicate right after ``end`` (a
    name or a pronoun ends there), when it places the person in an age class: "was
    gepensioneerd leraar" → ('leraar', ['gepensioneerd'], None), "was een dame van
    zes-en-vijftig" → ('dame', [], 56), "was twee-en-twintig jaar" → ('', [], 22). None for
    a description without an age ("was de broer van …")."""
    if _WAS_IS.match(text, end) is None:
        return None  # (what both patterns below start with; most names are followed otherwise)
    years = _YEARS_OLD.match(text, end, end + 40)
    if years is not None:
        n = number_word(years.group(1))
        return ("", [], n) if n is not None and age_class("", [], lang, n) else None
    m = _PREDICATE.match(text, end, end + 100)
    if m is None:
        return None
    found = _epithet(m.group(1).replace(",", " ").split(), lang)
    if found is None:
        return None
    noun, adjectives = found
    n = years_after(text, noun, m.start(1), m.end(1) + 1)
    if age_class(noun, adjectives, lang, n) is None:
        return None
    return noun, adjectives, n


#: a copula after a name: what predicate_age and predicate_function start with
_COPULA = re.compile(r"\s+(?:was|is|werd|wordt|bleef|blijft)\s")
#: a function as the predicate of a name: the copula, up to four adverbial words (no
#: preposition, article or capital among them), perhaps an article, the function word, and what
#: may follow a function ("van het dorp", "in Zwolle", a punctuation mark)
_FUNCTION_PREDICATE = regex.compile(
    r"\s+(?:was|is|werd|wordt|bleef|blijft)\s+(?P<adv>(?:[\p{Ll}\d]+\s+){0,4}?)(?:(?:de|den|het|een)\s+)?"
    r"(?P<function>\p{Ll}[\p{Ll}-]*)(?=\s*[,.;:!?]|\s+(?:van|in|te|bij|op|voor|der|en|geweest|geworden)(?![\p{L}]))")


def predicate_function(text: str, end: int, lang: LanguageData) -> str | None:
    """The function the narration gives the name that ends at ``end`` as its predicate: "Janus
    van Gils was al twintig jaar veldwachter in het dorp" → 'veldwachter', "Peeters is
    burgemeester van Lier" → 'burgemeester'. None for anything else ("was de burgemeester niet
    vergeten", "was in dienst van de burgemeester")."""
    m = _FUNCTION_PREDICATE.match(text, end, end + 120)
    if m is None:
        return None
    function = m.group("function")
    if function not in lang.titles or lang.title_head(function) is None:
        return None
    if any(w in lang.prepositions or w in lang.determiners for w in m.group("adv").split()):
        return None
    return function


def _pronoun_predicates(an: DocumentAnalysis, resolver: Resolver) -> None:
    """"Zij was een kleine, gezette dame van zes-en-vijftig": the age class of the person the
    pronoun points to (the nearest of that gender named before, in the narration)."""
    text = an.text
    starts = [r[0] for r in an.qranges]
    for m in _pronoun_predicate_matches(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and an.qranges[i][0] <= m.start() < an.qranges[i][1]:
            continue
        found = predicate_age(text, m.end(), an.lang)
        if found is None:
            continue
        gender = "m" if m.group("pron").lower() == "hij" else "f"
        owner = resolver.antecedent(m.start(), gender, window=PREDICATE_REACH)
        if owner is not None and owner.kind == "person":
            resolver.add_epithet(owner, found[0], found[1], found[2])


#: 'was' or 'is' with white space before and after it (the standard library's ``\s`` is what
#: str.isspace calls space): only these are looked at among the many 'is' inside words
_SPACED_WAS_IS = re.compile(r"(?<=\s)(?:was|is)(?=\s)")


def _pronoun_predicate_matches(text: str) -> Iterator["regex.Match[str]"]:
    """What ``_PRONOUN_PREDICATE.finditer(text)`` finds, tried only at the pronoun places before a
    'was' or an 'is' with white space around it (_SPACED_WAS_IS; ``str.isspace``, which holds the
    regex module's): a whole-text scan with the pattern costs far more, and such a verb after a
    pronoun is rare."""
    starts: set[int] = set()
    for w in _SPACED_WAS_IS.finditer(text):
        e = w.start() - 1
        while e > 0 and text[e - 1].isspace():
            e -= 1
        starts.update((e - 3, e - 2))  # "hij", "zij"; "ze"
    end = 0
    for p in sorted(starts):
        if p < end:
            continue
        m = _PRONOUN_PREDICATE.match(text, p) if p >= 0 else None  # (its lookbehind sees the text before p)
        if m is not None:
            yield m
            end = m.end()


#: how far back a pronoun's owner is looked for by _pronoun_predicates
PREDICATE_REACH = 400


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
    if found is not None and _word_before_capital(text[m.start(1):m.end(1) + 3], found[0]):
        return None  # "Marie, de oude heer Gerard van Loon": the noun goes with the next name
    return found


#: a word boundary (matched at a position, it sees the text before it) and white space, then a capital
_BOUNDARY = regex.compile(r"\b")
_SPACE_CAPITAL = regex.compile(r"\s+\p{Lu}")


def _word_before_capital(text: str, word: str) -> bool:
    r"""Does ``text`` hold ``word`` as a whole word with white space and a capital after it, as
    ``(?s).*?\bWORD\b\s+\p{Lu}`` finds it? Each place str.find gives is tried with patterns
    compiled once, not a pattern compiled for each word."""
    p = text.find(word)
    while p >= 0:
        e = p + len(word)
        if _BOUNDARY.match(text, p) is not None and _BOUNDARY.match(text, e) is not None \
                and _SPACE_CAPITAL.match(text, e) is not None:
            return True
        p = text.find(word, p + 1)
    return False


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


#: who a family noun is said of: a name, or "mevrouw" alone (the lady of the house)
_OWNER = r"(?P<owner>(?:mevrouw|mijnheer|meneer)(?![\p{L}])|\p{Lu}[\p{L}'’-]*+(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’-]*+)*)"


@lru_cache(maxsize=4)
def _kin_patterns(nouns: frozenset[str]) -> tuple[regex.Pattern, regex.Pattern]:
    """(before, after) patterns of a family noun in apposition to a name or as its predicate:
    before a name "haar zoon Pieter", "Haar oudste dochter, Frederica", "de broeder van
    mevrouw, de oude heer Diederik van der Meulen"; after a name "Kees Hoogland was de jongere
    broer van Marianne", "Frederica, haar oudste dochter,". Up to two adjectives before the noun."""
    noun = "(?P<noun>" + "|".join(sorted(map(regex.escape, nouns), key=len, reverse=True)) + r")(?![\p{L}])"
    before = regex.compile(
        r"(?<![\p{L}])(?P<det>de|den|haar|zijn|(?-i:Haar|Zijn|De))\s+(?:\p{Ll}+\s+){0,2}?" + noun
        + rf"(?:\s+van\s+{_OWNER})?\s*,?\s*(?:(?:de|den|het|een)\s+(?:[\p{{Ll}}-]+\s+){{1,3}})?$")
    after = regex.compile(
        r"(?:\s*,\s*|\s+(?:was|is|werd)\s+)(?P<det>de|den|haar|zijn)\s+(?:\p{Ll}+\s+){0,2}?" + noun
        + rf"(?:\s+van\s+{_OWNER})?(?=[\s,.;:!?])")
    return before, after


def _kin_positions(text: str, lang: LanguageData) -> list[int]:
    """Where ``text`` may have a family noun as a whole word after white space ("haar zoon", "de
    broer van"): every place _kin_ties and _relatives_mentioned can match, and a few more (any
    white space before the noun, as ``str.isspace`` has it, which holds the regex module's; only
    an ASCII letter after it rules a place out). Found in one look per noun with ``str.find``
    (a pattern of all the nouns cost several times more), so that a name with no family noun
    near it costs no pattern search."""
    out: list[int] = []
    n = len(text)
    # (a noun that starts with another, "mama" and "man" with "ma", is where that one is: looked
    # for only there, and a place counts for each noun that ends at a word's end)
    for root, nouns in _kin_nouns(lang):
        a = text.find(root, 1)
        while a >= 0:
            if text[a - 1].isspace():
                for noun in nouns:
                    b = a + len(noun)
                    if (b >= n or not ("a" <= text[b] <= "z" or "A" <= text[b] <= "Z")) \
                            and text.startswith(noun, a):
                        out.append(a)
            a = text.find(root, a + 1)
    out.sort()
    return out


def _kin_nouns(lang: LanguageData) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The family nouns grouped under the shortest of them each starts with: (root, nouns with
    that root, the root first)."""
    memo = lang.memo("mentions.kin_nouns")
    found = memo.get("")
    if found is None:
        nouns = list(dict.fromkeys(lang.kin_relations))
        groups: dict[str, list[str]] = {}
        for noun in sorted(nouns, key=len):
            root = next((r for r in groups if noun.startswith(r)), noun)
            groups.setdefault(root, []).append(noun)
        found = memo[""] = tuple((r, tuple(g)) for r, g in groups.items())
    return found


def _kin_near(kin_at: list[int], start: int, end: int) -> bool:
    """Is there a family noun (``kin_at``: _kin_positions) in the windows _kin_ties searches
    around a name at text[start:end]: the 90 characters before it or the 90 after it?"""
    i = bisect.bisect_left(kin_at, max(0, start - _KIN_REACH))
    if i < len(kin_at) and kin_at[i] < start:
        return True
    i = bisect.bisect_left(kin_at, end, i)
    return i < len(kin_at) and kin_at[i] < end + _KIN_REACH


#: how far before and after a name _kin_ties looks for a family noun
_KIN_REACH = 90


def _kin_ties(an: DocumentAnalysis, resolver: Resolver, ent, start: int, end: int) -> None:
    """Tie a name to the person whose relative the narration says it is, by a family noun in
    apposition or as a predicate (see _kin_patterns): "haar" points to the woman named
    last before, "van X" to X, "van mevrouw" to the last woman called so."""
    lang = an.lang
    memo = lang.memo("mentions.kin_patterns")
    found = memo.get("")
    if found is None:
        found = memo[""] = _kin_patterns(frozenset(lang.kin_relations))
    before, after = found
    for m in (before.search(an.text, max(0, start - _KIN_REACH), start), after.match(an.text, end, end + _KIN_REACH)):
        if m is None:
            continue
        det = m.group("det").lower()
        owner = None
        if det in ("haar", "zijn"):
            if m.group("owner") is None:
                owner = resolver.antecedent(start, "f" if det == "haar" else "m", window=600)
        elif m.group("owner") is not None:
            owner = _owner(resolver, m.group("owner"), m.start("owner"))
        gender = lang.kin_relations[m.group("noun")][1]
        have = ent.gender or ent.soft_gender
        if owner is not None and owner is not ent and have in (None, "", gender):
            resolver.tie(ent, m.group("noun"), owner)


def _owner(resolver: Resolver, name: str, pos: int):
    """The person "van X" names: X, or for "mevrouw" alone the last woman the text called so."""
    if name.lower() in ("mevrouw", "mijnheer", "meneer"):
        for _, e in resolver.before(pos):
            if e.kind == "person" and any(r.lower() == name.lower() for r in e.roles):
                return e
        return None
    return resolver.entity_for_name(" ".join(name.split()), pos)


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


#: the stretch of a clause before a name: back to a comma, a semicolon or a colon
_CLAUSE_BEFORE = regex.compile(r"[,;:]\s*([\p{L}'’]+)[^,;:.!?]{0,60}$")


class RelativeClauseNames:
    """The positions of the names collect_names registers that stand inside a relative clause
    (_in_relative_clause), as a set of them would answer ``in``: the clause is looked for only at
    a position the resolver asks about (Resolver.in_relative: a pronoun's antecedent in an
    oblique place), not at every name of the text."""

    __slots__ = ("_text", "_lang", "_names", "_known")

    def __init__(self, text: str, lang: LanguageData):
        self._text = text
        self._lang = lang
        self._names: set[int] = set()  # every name's position: those in a relative clause are members
        self._known: dict[int, bool] = {}

    def named(self, pos: int) -> None:
        """A name at ``pos``: a member if it stands in a relative clause."""
        self._names.add(pos)
        self._known.pop(pos, None)

    def __contains__(self, pos: object) -> bool:
        hit = self._known.get(pos)  # type: ignore[arg-type]
        if hit is None:
            hit = self._known[pos] = pos in self._names and _in_relative_clause(  # type: ignore[index]
                self._text, pos, self._lang)  # type: ignore[arg-type]
        return hit

    def add(self, pos: int) -> None:
        """A name at ``pos`` known to stand in a relative clause (Resolver.add_name's ``relative``)."""
        self._names.add(pos)
        self._known[pos] = True


def _in_relative_clause(text: str, pos: int, lang: LanguageData) -> bool:
    """Is the name at ``pos`` inside a relative clause: "…, waar Anna wachtte", "…, die Karel
    een brief voorlas"? Such a name is not the subject of the sentence."""
    lo = max(0, pos - 80)
    # a match starts at a comma, semicolon or colon and holds no other one after it: only the
    # last one before the name can start it (no pattern search without one)
    c = max(text.rfind(",", lo, pos), text.rfind(";", lo, pos), text.rfind(":", lo, pos))
    if c < 0:
        return False
    m = _CLAUSE_BEFORE.match(text, c, pos)
    return m is not None and m.group(1).lower() in lang.relative_pronouns


def _plausible_name(head: str, lang: LanguageData) -> bool:
    words = head.split()
    if len(words) >= 2 and words[-1][0] in "IVXLC" and _ROMAN.fullmatch(words[-1]) \
            and not is_given_name(words[0], lang=lang):
        return False  # "Hoofdstuk III", "Deel II": a heading; "Willem III" is a king
    if len(words) >= 2 and any(_INITIAL_WORD.fullmatch(w) for w in words[1:]) \
            and entity_type(words[0], lang=lang) is EntityType.PLACE and not is_given_name(words[0], lang=lang):
        return False  # "Londen S. W.", "Amsterdam Z.O.": a place and the initials of its district
    return bool(words) and not (len(words) == 1 and words[0].lower() in lang.function_words
                                and not (words[0].isupper() and len(words[0]) > 1))


_ROMAN = regex.compile(r"[IVXLC]{1,7}\.?")
_INITIAL_WORD = regex.compile(r"(?:\p{Lu}\.)+")




#: a sentence that opens with a definite description of one person and its verb: "De bewoonster
#: weet nog steeds niet …", "De 55-jarige man werd aangehouden"
_SUBJECT_DESCRIPTION = regex.compile(r"(?:De|Het)\s+(?:\d+-jarige\s+|\p{Ll}+e\s+)?(?P<noun>\p{Ll}+)\s+\p{Ll}")

#: a sentence that opens with a relative of someone named: "De moeder van Sarah hoopt …"
_SUBJECT_RELATIVE = regex.compile(r"De\s+(?P<noun>\p{Ll}+)\s+van\s+(?P<owner>\p{Lu}[\p{L}-]*+(?:\s+\p{Lu}[\p{L}-]*+)?)\s+\p{Ll}")


#: an unnamed person introduced by an indefinite description: "een 21-jarige Nijmeegse activist",
#: "een oudere bewoonster"
_INDEFINITE_PERSON = regex.compile(
    r"(?<![\p{L}])[Ee]en\s+(?:(?:\d+-jarige|\p{L}+e)\s+){0,3}(?P<noun>\p{Ll}{3,}|\p{Lu}\p{Ll}{2,})(?![\p{L}])")


#: whether the noun of an indefinite description can stand for a person (_person_noun): never,
#: only with an age before it ("een 34-jarige fietser"), or by itself
_PERSON_NEVER, _PERSON_BY_AGE, _PERSON_NOUN = 0, 1, 2


def _person_noun(noun: str, lang: LanguageData) -> int:
    """Can ``noun`` after "een" name a person (a _PERSON_* answer, which depends on the word alone)?
    A capitalised noun only as a demonym ("een Arnhemmer", not "een Fiat"); a lower-case one when
    it has a gender, names a function or a person ("een bewoonster", "een agent"), else only
    after an age ("een mes", "een boete" are no one)."""
    if noun[0].isupper() and not is_demonym(noun, lang=lang):
        return _PERSON_NEVER
    if unnamed_gender(noun, lang) is None and lang.title_head(noun) is None and noun not in lang.person_nouns \
            and not noun.endswith(lang.person_noun_endings):
        return _PERSON_BY_AGE
    return _PERSON_NOUN


def _introduced_unnamed(an: DocumentAnalysis, resolver: Resolver) -> None:
    """Note every person the narration introduces with an indefinite description, outside
    quotations, as the description a later "de vrouw", "de activiste" may stand for."""
    lang = an.lang
    starts = [a for a, _ in an.qranges]
    person_noun = lang.memo("mentions.person_noun")  # noun → _PERSON_* (see _person_noun)
    for m in _INDEFINITE_PERSON.finditer(an.text):
        noun = m.group("noun")
        found = person_noun.get(noun)
        if found is None:
            found = person_noun[noun] = _person_noun(noun, lang)
        if found == _PERSON_NEVER or (found == _PERSON_BY_AGE and "-jarige" not in m.group(0)):
            continue  # "een Fiat", "een mes", "een boete": no person ("een 34-jarige fietser" is one by the age)
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and an.qranges[i][0] <= m.start() < an.qranges[i][1]:
            continue  # inside a quotation
        text = m.group(0)
        text = "een" + text[3:] if text.startswith("Een") else text
        gender = unnamed_gender(noun, lang)
        if gender in ("m", "f") and _opens_clause_as_subject(an, m.start()) \
                and _taken_up(an, m.start(), gender):
            # "Een buurvrouw belde de politie. Ze zegt: …", "Zo ook een vriendin. Ze is …": a
            # person the sentence opens with is its subject; when the next sentence goes on about
            # someone of that gender ("ze", "hij"), the passage is now about them, and a later
            # pronoun points back to them before anyone named earlier
            resolver.add_description(text, m.start()).gender = gender
            resolver.subjects.add(m.start())
        else:
            resolver.add_unnamed(text, m.start())


#: what may stand before the subject that opens a sentence: "En", "Maar", "Ook", "Zo ook"
_SUBJECT_OPENER = regex.compile(r"(?:(?:[Ee]n|[Mm]aar|[Zz]o|[Oo]ok)\s+){0,2}")


#: the words of a sentence's opening in which its subject pronoun stands: first, or after the
#: finite verb of a fronted phrase ("Toch zal ze …", "Morgen gaat hij …")
_TAKE_UP_WORDS = 4


def _taken_up(an: DocumentAnalysis, pos: int, gender: str) -> bool:
    """Does the sentence after the one at ``pos`` speak of a person of ``gender`` as its subject
    ("Ze is verkiezingsmoe", "Toch zal ze …") in its first words?"""
    si = an.sentence_index(pos) + 1
    if si >= len(an.sents):
        return False
    sent = an.sents[si]
    words = an.plain_words(si)
    if words is None:  # a quotation, then its cue: ",,Ik schrok", zegt ze.'
        k = bisect.bisect_left(an.qranges, (sent.start, -1))
        spans = [(a, b) for a, b in an.qranges[k:k + 4] if a < sent.end]
        cut, words = sent.start, []
        for a, b in spans + [(sent.end, sent.end)]:
            words += [w.lower() for w in an.word_re.findall(an.text, cut, max(cut, a))]
            cut = max(cut, b)
    return any(an.lang.pronouns.get(w, ("", ""))[1] == "subject"
               and an.lang.pronouns[w][0] in (gender, "f/pl" if gender == "f" else gender)
               for w in words[:_TAKE_UP_WORDS])


def _opens_clause_as_subject(an: DocumentAnalysis, pos: int) -> bool:
    """Does the phrase at ``pos`` open its sentence, but for a linking word ("Ook een vriendin
    …")? In a main clause the first phrase before the finite verb is mostly the subject."""
    sent = an.sents[an.sentence_index(pos)]
    start = sent.start
    if pos - start > 12:
        return False
    para = an.paras[sent.paragraph].start
    if any(an.text.startswith(mark, para) for mark in an.lang.openers) \
            and not any(a == para for a, _ in an.qranges[bisect.bisect_left(an.qranges, (para, -1)):][:1]):
        return False  # a paragraph opened by a quote mark that closes nowhere is someone's words
    m = _SUBJECT_OPENER.match(an.text, start, pos)
    return m is not None and m.end() == pos


def _subject_relative(an: DocumentAnalysis, resolver: Resolver, start: int, end: int) -> bool:
    """"De moeder van Sarah hoopt … ‘…’, zegt ze": the subject is the relative, not the one named
    after "van", so a later pronoun points to her. The relative the text names ("Donee Odegard, de
    moeder van Sarah") is mentioned there; one it does not name is registered by the description."""
    m = _SUBJECT_RELATIVE.match(an.text, start, end)
    if m is None or m.group("noun") not in an.lang.kin_relations:
        return False
    owner = resolver.entity_for_name(m.group("owner"), m.start("owner"))
    if owner is None or owner.kind != "person":
        return False
    holder = resolver.relative(owner, m.group("noun"))
    if holder is None:
        holder = resolver.add_description("de" + an.text[m.start() + 2:m.end("owner")], m.start())
        holder.gender = an.lang.kin_relations[m.group("noun")][1]
    resolver.mentioned(holder, m.start())
    resolver.subjects.add(m.start())
    resolver.oblique.add(m.start("owner"))  # (the owner, after "van", is no subject)
    return True


def unnamed_subjects(an: DocumentAnalysis, resolver: Resolver) -> None:
    """Register the unnamed people that news introduces by a description as the subject of a
    sentence ("De bewoonster weet nog steeds niet wat haar overkwam. … ‘…’, zegt ze"), so that a
    pronoun later can point back to them. Only a person of a gender no one named before has: a
    description after a named person of that gender is mostly that person ("De minister")."""
    _introduced_unnamed(an, resolver)
    seen: set[str] = set()
    for sent in an.sents:
        m = _SUBJECT_DESCRIPTION.match(an.text, sent.start, sent.end) \
            if an.text.startswith(("De", "Het"), sent.start, sent.end) else None
        if m is None or (m.group(0).endswith(" v") and _subject_relative(an, resolver, sent.start, sent.end)):
            continue
        noun = m.group("noun")
        holder = resolver.by_role(noun, m.start()) if noun in an.lang.titles else None
        if holder is not None and holder.kind == "person" and holder.name[:1].isupper():
            # "Men had dokter Brink laten roepen. De dokter kwam binnen. Hij groette …": the
            # function names its holder, the subject a later pronoun points back to
            resolver.mentioned(holder, m.start())
            resolver.subjects.add(m.start())
            continue
        gender = description_gender(noun, an.lang)
        if gender is None or gender in seen:
            continue
        if any(e.person and e.kind == "person" and e.gender == gender for _, e in resolver.before(m.start())):
            seen.add(gender)
            continue
        resolver.add_description("de " + m.group("noun"), m.start())
        seen.add(gender)
