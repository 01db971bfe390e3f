"""Indirect speech: reported speech without quote marks ("zegt dat …", "volgens X …",
"…, aldus X", "zegt … te hebben")."""
from __future__ import annotations

from dataclasses import dataclass
import bisect
from itertools import accumulate
from operator import attrgetter
from typing import Sequence

from ..analysis import QMARK, DocumentAnalysis, SentenceView
from ..lang import LanguageData
from ..cues import Phrase, Tok, VerbCue, cue_span, phrase_at, phrase_mention, verb_cues
from ..model import Cue
from .grammar import (Attribution, SENT_PUNCT, bare_person_noun, finite_verb, speakerish, subject_of, unnamed_group,
                      volgens_source)


@dataclass(slots=True)
class Indirect:
    start: int
    end: int
    attribution: Attribution
    paragraph: int


#: where the search for the 'dat' of a speech verb stops: punctuation or a quotation (a set of
#: tokens, not a string: "u" is no stop, however it is spelt inside the quotation placeholder)
_CLAUSE_STOPS = frozenset((",", ";", ":", ".", "!", "?", QMARK))
#: the largest share of a reported clause that may stand in quote marks: "Volgens hem is dat
#: 'een smakeloze grap'" is indirect speech holding a partial quotation (both are records, as in
#: the dev gold); a clause that is mostly quotation is the quotation's
_QUOTED_MAX = 0.7
#: subjects that report no one's words: the generic "je", "men", and the reader or interviewee
#: addressed as "u" in narration
_GENERIC_SUBJECTS = frozenset(("je", "men", "u"))
#: the longest phrase inserted between commas after a speech verb and before its 'dat'
_INSERT_MAX = 5


def _content_end(an: DocumentAnalysis, items: Sequence[Tok], lo: int, hi: int) -> int:
    """Offset after the last content token in items[lo:hi], dropping final punctuation."""
    k = hi
    while k > lo and (items[k - 1].text in SENT_PUNCT or items[k - 1].text in "\"'”’»)"):
        k -= 1
    return items[k - 1].end if k > lo else -1


def find_indirect(an: DocumentAnalysis) -> list[Indirect]:
    """zegt/zei/meldt … dat …, volgens X …, …, aldus X and …, zegt X without quote marks, and a
    sentence that the next one attributes ("… Dat zegt X.")."""
    out = _find_indirect(an)
    out += _attributed_by_next(an, out)
    out.sort(key=lambda ind: ind.start)
    return out


def _attributed_by_next(an: DocumentAnalysis, found: list[Indirect]) -> list[Indirect]:
    """"De grootste winst zit in de samenwerking. Dat zegt burgemeester X." Newsrooms open with
    the claim and name its source in the next sentence: the claim is X's reported speech. Only
    a plain statement qualifies: no quotation, no question, no reported speech of its own."""
    lang = an.lang
    out = []
    starts = sorted(ind.start for ind in found)
    for si in range(1, len(an.sents)):
        sent = an.sents[si]
        if sent.text[:4].lower() not in ("dat ", "dit ") or not lang.has_cue_word(sent.text):
            continue  # (a cheap look at the first word first: most sentences start otherwise)
        items = an.views[si].items
        if len(items) < 3 or items[0].lower not in ("dat", "dit"):
            continue
        found = _inverted_inquit(items, lang)
        if found is None:
            continue
        vc, ph = found
        prev = an.sents[si - 1]
        if prev.paragraph != sent.paragraph:
            continue
        pview = an.views[si - 1]
        pitems = pview.items
        if len(pitems) < 4 or pitems[0].text == QMARK or prev.text.rstrip().endswith("?") \
                or _Prefix(pitems, bool(pview.quote_at)).quoted_share(0, len(pitems)) > _QUOTED_MAX:
            continue  # (a few words in quote marks, "niet in de 'snelle vangst'", leave it a statement)
        i = bisect.bisect_left(starts, pitems[0].start)
        if i < len(starts) and starts[i] < pitems[-1].end:
            continue  # it reports speech of its own
        end = _content_end(an, pitems, 0, len(pitems))
        if end <= pitems[0].start:
            continue
        out.append(Indirect(pitems[0].start, end, Attribution(phrase_mention(an.text, items, ph, lang),
                            cue_span(an.text, items, vc), "indirect-dat-zegt", 0.7), prev.paragraph))
    return out


#: the finite auxiliary of a perfect tense ("Dat heeft de NCTV gisteren gemeld")
_PERFECT_AUXILIARIES = frozenset(("heeft", "hebben", "had", "hadden"))
_REPORT_CLASSES = ("say", "announce", "write")
#: without an auxiliary an opinion is reported too ("Dat vindt de Tweede Kamer"); in a perfect
#: tense it is a decision or an expectation ("Dat heeft X besloten", "Dat had X niet verwacht")
_PRESENT_CLASSES = _REPORT_CLASSES + ("think",)


def _inverted_inquit(items: Sequence[Tok], lang: LanguageData) -> tuple[VerbCue, Phrase] | None:
    """The speech verb and subject of 'Dat zegt X' after its opening 'Dat'/'Dit'. Dutch puts the
    finite verb second and the subject after it; in a perfect tense the finite verb is the
    auxiliary and the participle closes the clause: "Dat heeft de NCTV gisteren gemeld", "Dat
    hebben minister X en haar collega Y bekendgemaakt", "Dat heeft zijn advocaat laten weten".
    A bare plural noun for people is a subject too ("Dit zeggen bronnen rond het onderzoek")."""
    n = len(items)
    aux = items[1].lower in _PERFECT_AUXILIARIES
    if not aux:
        vcs = verb_cues(items, lang, 1, 2)
        if not vcs or vcs[0].verb.cls not in _PRESENT_CLASSES:
            return None
    s0 = 2
    while s0 < n - 1 and lang.is_temporal(items[s0].text):
        s0 += 1  # "Dat meldde vandaag de regering."
    ph = phrase_at(items, s0, lang) or bare_person_noun(items, s0, lang)
    if ph is None or (ph.kind == "pronoun" and items[s0].lower not in lang.subject_pronouns):
        return None
    if not aux:
        return vcs[0], ph
    after = ph.end_i
    if after + 1 < n and items[after].lower == "en":
        other = phrase_at(items, after + 1, lang)
        if other is not None and other.kind != "pronoun":
            after = other.end_i  # "Dat hebben de gemeente en het UWV bekendgemaakt": both report
    # the participle (or 'laten weten') ends the clause: only adverbials stand between
    stop = next((x for x in range(after, n) if items[x].text in _CLAUSE_STOPS), n)
    vcs = verb_cues(items, lang, after, stop)
    if not vcs or vcs[0].verb.cls not in _REPORT_CLASSES or vcs[-1].end_i < stop - 1 \
            or any(items[x].lower in lang.conjunctions for x in range(after, vcs[0].i)):
        return None
    return vcs[0], ph


def _find_indirect(an: DocumentAnalysis) -> list[Indirect]:
    lang = an.lang
    out: list[Indirect] = []
    for si, sent in enumerate(an.sents):
        if not lang.has_cue_word(sent.text):
            continue
        words = an.plain_words(si)
        if words is not None and not _may_report(words, lang):
            continue  # (decided from the words alone: most such sentences never need their tokens)
        v = an.views[si]
        items = v.items
        n = len(items)
        if n < 3:
            continue
        totals = _Prefix(items, bool(v.quote_at))
        done = False
        # 1. speech verb + dat/of
        for vc in v.cues(lang):
            if _not_an_inquit(items, vc.i, lang):
                continue
            k = vc.end_i
            limit = min(n, k + 14)
            heads = _QUESTION_WORDS if vc.verb.cls == "ask" else ("dat",)
            while k < limit and items[k].lower not in heads and items[k].text not in _CLAUSE_STOPS:
                k += 1
            if k < limit and items[k].text == ",":
                # "verwacht, net als Sandee, dat …": a short phrase inserted between commas
                close = next((x for x in range(k + 1, min(n - 1, k + _INSERT_MAX + 2))
                              if items[x].text in _CLAUSE_STOPS), None)
                if close is not None and close > k + 1 and items[close].text == "," \
                        and items[close + 1].lower in heads:
                    k = close + 1
            if k >= limit or items[k].lower not in heads:
                continue
            if vc.verb.cls in ("say", "write") and any(
                    items[x].lower in _NEGATIONS for x in [vc.i - 1, *range(vc.end_i, k)] if x >= 0):
                # "heeft nooit gezegd dat …", "zei niet dat …": what no one reports (but "denkt niet
                # dat …" is an opinion: that X is not so)
                continue
            c0 = k if items[k].lower not in ("dat", "of") else k + 1  # "vroeg [wat hij moest doen]"
            if c0 >= n or items[c0].text == QMARK:
                continue  # "zei dat “…”": a partial quote, not indirect speech
            if sum(1 for t in items[c0:min(n, c0 + 3)] if t.is_word) < 2:
                continue  # "klagen over dat gebouw.": a demonstrative, not a clause
            if items[k].lower == "dat" and not _may_hold_verb(items, c0, lang):
                continue  # "zei dat in Brussel na overleg": a demonstrative object, no clause
            # a colon introducing a quotation ends the reported clause: "zei dat de brexit kan worden
            # uitgesteld, al ging het niet van harte: ,,…''" (the quotation is direct speech of its own)
            stop = next((x for x in range(c0, n - 1) if items[x].text == ":" and items[x + 1].text == QMARK), n)
            end = _content_end(an, items, c0, stop)
            if end <= items[c0].start:
                continue
            if totals.quoted_share(c0, stop) > _QUOTED_MAX:
                continue
            ph = subject_of(an, items, vc, inverted_plural=True)
            if ph is None and items[0].lower in ("dat", "wat") and vc.i > 2:
                continue  # "Dat de campagne stopt, geeft aan dat …": a clause is the subject, no one speaks
            if ph is not None and ph.kind == "pronoun" and items[ph.start_i].lower in _GENERIC_SUBJECTS \
                    or ph is None and vc.i > 0 and items[vc.i - 1].lower in _GENERIC_SUBJECTS:
                continue  # "Nu kun je zeggen dat …", "Gelooft u echt dat …": anyone, or the one asked
            mention = phrase_mention(an.text, items, ph, lang) if ph else None
            # unnamed people in the plural ("Vorige week meldden Duitse kranten dat …") report
            # what is going round; the quotes after it are not theirs
            group = unnamed_group(items, ph, vc, lang)
            out.append(Indirect(items[c0].start, end, Attribution(mention, cue_span(an.text, items, vc), "indirect-verb", 0.8,
                                                                  floor=not group),
                                v.sent.paragraph))
            done = True
            break
        if not done:
            ind = _te_infinitive(an, v, totals)
            if ind is not None:
                out.append(ind)
                done = True
        # 2. volgens X
        for k, t in enumerate(items if not done else ()):
            if t.lower != "volgens" or k + 1 >= n:
                continue
            ph = volgens_source(items, k, lang)
            if ph is None:
                continue
            if k == 0 or all(items[x].lower in lang.conjunctions or items[x].lower in _CLAUSE_ADVERBS for x in range(k)):
                # "Volgens X is …", "Maar volgens X is …": the clause after X is what X says
                c0 = ph.end_i
                if c0 + 1 < n and items[c0].lower == "en":
                    other = phrase_at(items, c0 + 1, lang)
                    if other is not None and speakerish(other, items, lang):
                        c0 = other.end_i  # "Volgens de PVV en de SP kunnen …": both speak
                if c0 + 1 < n and items[c0].text == "(":
                    close = next((x for x in range(c0 + 1, min(n, c0 + 8)) if items[x].text == ")"), None)
                    if close is not None:
                        c0 = close + 1  # "Volgens hoogleraar Jan de Vries (TU Delft) zijn …"
                if c0 + 1 < n and items[c0].text == ",":
                    # "Volgens Jan Smit, woordvoerder van de bond, worden …", "Volgens een aantal
                    # boeren, die …, zijn …": skip an apposition or a relative clause
                    nxt = items[c0 + 1]
                    apposition = nxt.is_cap or nxt.lower in lang.titles or nxt.lower in lang.determiners \
                        or nxt.lower in ("die", "dat", "wiens", "wier")
                    close = next((x for x in range(c0 + 1, min(n, c0 + 25)) if items[x].text == ","), None)
                    c0 = close + 1 if apposition and close is not None else c0 + 1
            else:
                c0 = 0
            stop = next((x for x in range(c0, n - 1) if items[x].text == ":" and items[x + 1].text == QMARK), n)
            if c0 == 0 and k >= 2 and items[k - 1].text == "," \
                    and all(x.text in SENT_PUNCT for x in items[ph.end_i:stop]):
                stop = k - 1  # "Er is geen deal, volgens de verdediging.": the source closes the sentence
            if c0 >= stop or totals.quoted_share(c0, stop) > _QUOTED_MAX:
                break  # (a colon introducing a quote ends the reported clause)
            end = _content_end(an, items, c0, stop)
            if end > items[c0].start:
                out.append(Indirect(items[c0].start, end, Attribution(phrase_mention(an.text, items, ph, lang),
                           Cue(t.start, t.end, t.text, "volgens"), "indirect-volgens", 0.75), v.sent.paragraph))
                done = True
            break
        if not done:
            ind = _own_account(an, items, totals, v.sent.paragraph)
            if ind is not None:
                out.append(ind)
                done = True
        if done and out and out[-1].start <= items[0].start:
            continue
        # 3. "…, aldus X." / "…, zegt X." without quote marks (also beside a dat-clause later on:
        # "Het vertrouwen is aangetast, aldus de advocaat-generaal, die vond dat …")
        first_clause_end = out[-1].start if done else None
        # (only a token after a comma can open the inquit: the others are passed over at once)
        for k in [c + 1 for c in range(1, n - 2) if items[c].text == ","]:
            if first_clause_end is not None and items[k].start >= first_clause_end:
                break
            if totals.quoted_share(0, k - 1) > _QUOTED_MAX:
                continue
            t = items[k]
            ph = None
            cue = None
            particle = None
            if t.lower == "aldus":
                ph = phrase_at(items, k + 1, lang)
                cue = Cue(t.start, t.end, t.text, "aldus")
            else:
                # "…, zo meldt de politie.": "zo" before the verb points back at the clause
                v0 = k + 1 if t.lower == "zo" and k + 2 < n else k
                vcs = verb_cues(items, lang, v0, v0 + 1)
                if vcs and vcs[0].verb.cls in ("say", "think", "write"):
                    s0 = v0 + 1
                    if s0 + 1 < n and items[s0].lower in _SUBJECT_ADVERBS:
                        s0 += 1  # "…, waarschuwt ook hoofdplanoloog Jos Gadet."
                    # "…, waarschuwen planologen.": a bare plural noun for people is a subject too
                    ph = phrase_at(items, s0, lang) or bare_person_noun(items, s0, lang)
                    cue = cue_span(an.text, items, vcs[0])
                    if v0 > k:
                        cue = Cue(t.start, cue.end, an.text[t.start:cue.end], cue.kind)
                    particle = vcs[0].particle_i
            if ph is None or not _clause_ends_after(items, ph.end_i, particle, lang):
                continue
            rest = _goes_on_after(items, ph.end_i, particle, lang)
            if totals.words[k - 1] < (1 if rest is not None else 2):
                continue
            opener = phrase_at(items, 0, lang, sentence_start=True)
            if opener is not None and opener.end_i >= k - 1 and speakerish(opener, items, lang):
                # "De gouverneur van Alabama, Kay Ivey, sprak …": a subject, not a reported clause
                # (but "Een goede zaak, vindt de predikant": a phrase that cannot speak is what is said)
                continue
            end = items[k - 2].end
            if rest is not None and totals.quoted_share(rest, n) <= _QUOTED_MAX:
                # "Maar, vindt Evers, niet rijke mensen moeten …", "Het is geen statement, vindt
                # X, maar een keuze": an inserted inquit; the reported words go on after it
                end = max(end, _content_end(an, items, rest, n))
            out.append(Indirect(items[0].start, end, Attribution(phrase_mention(an.text, items, ph, lang), cue,
                                                                 "indirect-after", 0.75), v.sent.paragraph))
            break
    return out


#: endings of Dutch finite verbs and of the infinitives a verb group may end in: "-t" (werkt,
#: gaat), "-en" (werken), the weak past "-de"/"-te"/"-den"/"-ten"; strong pasts ("kwam", "zag")
#: come from the lexicon (grammar.finite_verb)
_VERB_ENDINGS = ("t", "en", "de", "te", "den", "ten")


def _may_hold_verb(items: Sequence[Tok], c0: int, lang: LanguageData) -> bool:
    """Can the words after 'dat' be a subordinate clause? A clause ends in its verb group. Words
    that open with a preposition and hold nothing that could be a verb ("zei dat in Brussel na
    overleg met de EU") make that 'dat' a demonstrative object. (They may run on past a comma:
    "dat in Brussel, net als vorig jaar, geen akkoord is bereikt" is a clause.)"""
    if items[c0].lower not in lang.prepositions:
        return True
    for t in items[c0:]:
        if t.text in (";", ":"):
            break
        w = t.lower
        if t.text == QMARK or t.is_word and not t.is_cap and (
                finite_verb(w, lang) or w not in lang.function_words and w not in lang.prepositions
                and w.endswith(_VERB_ENDINGS)):
            return True  # (a quotation may hold the verb: "zei dat in de zaal 'niemand meer lachte'")
    return False


def _may_report(words: Sequence[str], lang: LanguageData) -> bool:
    """Can a sentence without quotations, given its lower-case tokens, hold indirect speech for
    _find_indirect? Only with 'volgens' (rule 2), with 'aldus' or a verb form right after a
    comma (rule 3), or with a speech-verb form followed by what opens its complement (rule 1
    and the te-infinitive): 'dat', a question word after a verb of asking, 'te' after a verb
    of saying. A necessary condition: a sentence it turns away would yield nothing."""
    if "volgens" in words or ("zeggen" in words and "naar" in words):
        return True
    forms = lang.cue_forms
    if "," in words:
        k = -1
        last_comma = len(words) - 2  # (a comma needs a word after it)
        try:
            while k < last_comma:
                k = words.index(",", k + 1, last_comma + 1)
                after = words[k + 1]
                if after == "aldus" or after in forms or (
                        after == "zo" and k + 2 < len(words) and words[k + 2] in forms):
                    return True
        except ValueError:
            pass
    if _COMPLEMENT_HEADS.isdisjoint(words):
        return False
    last: dict[str, int] = {}  # where each complement word occurs last
    for k, w in enumerate(words):
        if w in _COMPLEMENT_HEADS:
            last[w] = k
    if not last:
        return False
    last_dat, last_te = last.get("dat", -1), last.get("te", -1)
    last_question = max((k for w, k in last.items() if w != "te"), default=-1)
    for f, w in enumerate(words):
        verbs = forms.get(w)
        if not verbs:
            continue
        if last_dat > f or (last_question > f and any(v.cls == "ask" for v in verbs)) \
                or (last_te > f and any(v.cls in _TE_CLASSES for v in verbs)):
            return True
    return False


#: the possessives of "naar eigen zeggen", "naar zijn zeggen": by the subject's own account
_OWN = frozenset(("eigen", "zijn", "haar", "hun"))

#: what opens a clause before "naar eigen zeggen" inside a sentence
_OWN_CLAUSE_OPENERS = frozenset(("dat", "omdat", "terwijl", "maar", "en", "want", "nadat", "toen", "die", "hoewel"))


def _own_account(an: DocumentAnalysis, items: Sequence[Tok], totals: "_Prefix", paragraph: int) -> Indirect | None:
    """"Dan gaat hij er naar eigen zeggen stevig in", "… dat hij het geld naar eigen zeggen al
    had": the clause is what its subject says of themselves, reported without a speech verb. The
    subject opens the clause, or stands right after its finite verb when another phrase opens it;
    in a relative clause ("een taxichauffeur, die naar eigen zeggen hoorde dat …") it is the
    phrase before the comma."""
    lang = an.lang
    n = len(items)
    if "zeggen" not in an.text[items[0].start:items[-1].end].lower():
        return None  # (no "naar eigen zeggen" without its last word: one look at the text first)
    k = next((x for x in range(n - 2) if items[x].lower == "naar" and items[x + 1].lower in _OWN
              and items[x + 2].lower == "zeggen"), None)
    if k is None:
        return None
    c0 = next((x + 1 for x in range(k - 1, -1, -1) if items[x].text in (",", ";", ":")
               or (items[x].lower in _OWN_CLAUSE_OPENERS and x > 0)), 0)
    if c0 >= 3 and items[c0 - 1].lower == "die" and items[c0 - 2].text == ",":
        c0 -= 1
        subject = next((ph for ph in (phrase_at(items, x, lang, sentence_start=x == 0)
                                      for x in range(c0 - 2, max(-1, c0 - 11), -1))
                        if ph is not None and ph.end_i == c0 - 1 and ph.kind != "pronoun"), None)
    elif c0 < k:
        subject = _clause_subject(an, items, c0, k)
    else:
        return None
    if subject is None or totals.quoted_share(c0, n) > _QUOTED_MAX:
        return None
    end = _content_end(an, items, c0, n)
    if end <= items[c0].start:
        return None
    cue = Cue(items[k].start, items[k + 2].end, an.text[items[k].start:items[k + 2].end], "volgens")
    return Indirect(items[c0].start, end, Attribution(phrase_mention(an.text, items, subject, lang), cue,
                                                      "indirect-own-account", 0.65), paragraph)


def _clause_subject(an: DocumentAnalysis, items: Sequence[Tok], c0: int, k: int) -> Phrase | None:
    """The subject of the clause ``items[c0:k]``: the phrase that opens it (a subject pronoun, a
    name, a body or a speaking description), or else the name or subject pronoun right after its
    finite verb ("Dan gaat hij er …", "Het wapen had hij …")."""
    lang = an.lang
    first = phrase_at(items, c0, lang, sentence_start=c0 == 0)
    if first is not None and first.end_i <= k and (
            (first.kind == "pronoun" and items[c0].lower in lang.subject_pronouns)
            or first.kind in ("name", "organisation") or speakerish(first, items, lang)):
        return first
    for x in range(first.end_i if first is not None else c0 + 1, min(k - 1, c0 + 6)):
        if not items[x].is_word or items[x].is_cap:
            continue
        after = phrase_at(items, x + 1, lang)
        if after is not None and after.end_i <= k and (
                (after.kind == "pronoun" and items[x + 1].lower in lang.subject_pronouns) or after.kind == "name"):
            return after
        if first is not None:
            return None  # (the finite verb follows the opening phrase at once)
    return None


def _not_an_inquit(items: Sequence[Tok], i: int, lang: LanguageData) -> bool:
    """A speech-verb form that reports no one: a noun after a preposition that opens the sentence
    ("Op vragen van Reuters liet …": a preposition is stranded only at a clause's end), an
    impersonal passive ("Verwacht wordt dat …", "Gemeld werd dat …") or a participle that is a
    conjunction ("Gesteld dat …", "Aangenomen dat …"), or a participle with its prepositional
    object opening the sentence ("Gevraagd naar de reden zei Smit dat …": the subject of the
    main clause was asked, and the finite verb after it reports)."""
    if i == 1 and items[0].lower in lang.prepositions:
        return True
    nxt = items[i + 1].lower if i + 1 < len(items) else ""
    if i == 0 or items[i - 1].text in ",;:":
        if i == 0 and nxt in lang.prepositions and items[i].lower.startswith(("ge", "aange")):
            return True
        return nxt in _PASSIVE_AUXILIARIES or (nxt == "dat" and items[i].lower.startswith(("ge", "aange", "verondersteld")))
    return False


#: the auxiliary of an impersonal passive right after its participle: "Verwacht wordt dat …"
_PASSIVE_AUXILIARIES = frozenset(("wordt", "werd", "worden", "werden"))

#: sentence adverbs that may stand before a clause-initial 'volgens'
_CLAUSE_ADVERBS = frozenset(("ook", "toch", "wel", "dus", "nu", "echter", "bovendien", "daarom", "zelfs"))

#: what opens an indirect question after an ask-verb ("vroeg of …", "vroeg wat hij moest doen")
_QUESTION_WORDS = ("of", "wat", "wie", "hoe", "waarom", "wanneer", "waar", "welke", "hoeveel", "dat")
#: what may follow a speech verb in _find_indirect: a complement's first word, or 'te'
_COMPLEMENT_HEADS = frozenset(_QUESTION_WORDS + ("te",))
#: verb classes whose te-infinitive is reported speech ("zegt de juiste contacten te hebben")
_TE_CLASSES = ("say", "announce")


def _te_infinitive(an: DocumentAnalysis, v: SentenceView, totals: "_Prefix") -> Indirect | None:
    """'Hij zegt de juiste contacten te hebben', 'gaven aan de voorkeur te geven aan …':
    a say-verb whose clause ends in 'te' + infinitive; the content runs from after the verb
    (and an inverted subject) to the end of the sentence."""
    items = v.items
    n = len(items)
    lang = an.lang
    all_cues = v.cues(lang)
    cue_positions = sorted(c.i for c in all_cues)
    te_last = _last_te(items)
    for vc in all_cues:
        if vc.verb.cls not in _TE_CLASSES or te_last < vc.end_i:
            continue  # (no 'te' + infinitive after the verb: decided before its subject is sought)
        ph = subject_of(an, items, vc)
        c0 = vc.end_i
        if ph is not None and ph.start_i == c0:
            c0 = ph.end_i
        while c0 < n and items[c0].text in ",":
            c0 += 1
        last = n
        while last > c0 and not items[last - 1].is_word:
            last -= 1
        # only a 'te' within 8 tokens of the verb counts, so only those are looked at (linear time)
        te = [k for k in range(c0, min(last - 1, c0 + 9))
              if items[k].lower == "te" and items[k + 1].lower.endswith("n")]
        if last - c0 < 3 or not te:
            continue  # "gaven aan de voorkeur te geven aan …": te + infinitive close to the verb
        between = bisect.bisect_left(cue_positions, te[0]) - bisect.bisect_left(cue_positions, c0)
        if between - (c0 <= vc.i < te[0]) > 0:
            continue  # "sprak met vrouwen die zeggen … te zijn opgelicht": the nearer verb governs
        if any(t.text in (",", ";", ":") for t in items[c0:te[0]]) or totals.quoted_share(c0, last) > _QUOTED_MAX:
            continue  # (a quoted word inside is a partial quotation the clause holds: "zei 'heel content' te zijn")
        mention = phrase_mention(an.text, items, ph, lang) if ph else None
        return Indirect(items[c0].start, items[last - 1].end,
                        Attribution(mention, cue_span(an.text, items, vc), "indirect-te", 0.65,
                                    floor=not unnamed_group(items, ph, vc, lang)), v.sent.paragraph)
    return None


def _last_te(items: Sequence[Tok]) -> int:
    """Index of the last 'te' before a word in -n ("te hebben") ahead of the sentence's last word,
    or -1: _te_infinitive's 'te' always lies there, at or after the verb's end."""
    last = len(items)
    while last > 0 and not items[last - 1].is_word:
        last -= 1
    for k in range(last - 2, -1, -1):
        if items[k].lower == "te" and items[k + 1].lower.endswith("n"):
            return k
    return -1


#: a token's is_word (a bool), for _Prefix.words
_IS_WORD = attrgetter("is_word")


class _Prefix:
    """Running totals over one sentence's tokens, so a stretch's quoted share and word count
    cost O(1) (summing them per candidate comma was quadratic in sentence length). Each is
    summed on first use: most sentences are decided before either is asked for."""

    __slots__ = ("items", "_quoted", "_words", "_has_quotes")

    def __init__(self, items: Sequence[Tok], has_quotes: bool = True):
        self.items = items
        self._quoted: list[int] | None = None
        self._words: list[int] | None = None
        #: False when no item is a quotation (the view's quote_at is empty): every share is 0
        self._has_quotes = has_quotes

    @property
    def words(self) -> list[int]:
        if self._words is None:
            self._words = list(accumulate(map(_IS_WORD, self.items), initial=0))  # (bools add up as 0 and 1)
        return self._words

    def quoted_share(self, lo: int, hi: int) -> float:
        """Share of the characters of items[lo:hi] that are quotations."""
        if hi <= lo or not self._has_quotes:
            return 0.0
        if self._quoted is None:
            self._quoted = list(accumulate((t.end - t.start if t.text == QMARK else 0 for t in self.items), initial=0))
        total = self.items[hi - 1].end - self.items[lo].start
        return (self._quoted[hi] - self._quoted[lo]) / max(1, total)


#: a negation before the speech verb or between it and its complement: the clause is not reported
_NEGATIONS = frozenset(("niet", "nooit", "nergens"))

#: adverbs between an inverted speech verb and its subject: "…, waarschuwt ook X", "…, zegt nu X"
_SUBJECT_ADVERBS = frozenset(("ook", "nu", "wel", "echter", "zelfs", "dan"))

#: words that may close an inquit after its subject: "voegde X er nog aan toe", "zei X daarover"
_INQUIT_FILLERS = frozenset(("eraan", "erbij", "erover", "erop", "daarover", "daarbij", "daarop", "hierover"))


def _clause_ends_after(items: Sequence[Tok], j: int, particle: int | None, lang: LanguageData) -> bool:
    """Does the inquit end after its subject, bar the verb's separable part, a pronominal adverb
    and time words? "…, voegde wethouder X eraan toe." and "…, zei X dinsdag." do."""
    n = len(items)
    while j < n and (j == particle or lang.is_temporal(items[j].text) or items[j].lower in _INQUIT_FILLERS):
        j += 1
    if j >= n - 1 or items[j].text in ",.:;":
        return True
    # "…, zei voorman X deze week op de radio.", "…, vertelt hij later die middag.": a short
    # adverbial or prepositional tail, no clause of its own
    tail = items[j:n]
    end = next((x for x, t in enumerate(tail) if t.text in ".!?;"), len(tail))
    return end <= _TAIL_MAX and all(t.lower not in _CLAUSE_OPENERS and t.text != QMARK for t in tail[:end])


def _goes_on_after(items: Sequence[Tok], j: int, particle: int | None, lang: LanguageData) -> int | None:
    """Where the reported words go on after an inserted inquit ("…, vindt Evers, niet rijke mensen
    moeten …"): a comma after the subject (bar the verb's separable part and time words), then at
    least three words in lower case that are no apposition to the speaker (a function, an article,
    a relative clause) and no new sentence. None when the inquit ends its clause."""
    n = len(items)
    while j < n and (j == particle or lang.is_temporal(items[j].text) or items[j].lower in _INQUIT_FILLERS):
        j += 1
    if j + 3 >= n or items[j].text != ",":
        return None
    nxt = items[j + 1]
    if not nxt.is_word or nxt.is_cap or nxt.lower in lang.titles or nxt.lower in lang.determiners \
            or nxt.lower in _RELATIVES or nxt.lower.rsplit("-", 1)[-1] in lang.titles:
        return None
    words = 0
    for t in items[j + 1:]:
        if t.text in ".!?;":
            break
        words += t.is_word
    return j + 1 if words >= 3 else None


#: what opens a relative clause on the speaker after an inquit ("…, zegt X, die …")
_RELATIVES = frozenset(("die", "dat", "wiens", "wier", "waar", "wat", "welke"))

#: at most this many words after an inquit's subject before the sentence ends
_TAIL_MAX = 6
#: words that open a clause of their own after an inquit ("…, zei hij, dat …", "…, zei hij en ging")
_CLAUSE_OPENERS = frozenset(("dat", "of", "om", "omdat", "want", "en", "maar", "toen", "terwijl",
                             "waarna", "zodat", ","))
