"""Colon and label sieves: "X: “…”", "De minister zei: “…”", interview labels in capitals, and
the labels of a vox pop ("Achraf el Johari (22) Student in Amsterdam ‘…’")."""
from __future__ import annotations

import bisect
from typing import Sequence

import regex

from ..analysis import QMARK, DocumentAnalysis
from ..cues import Phrase, Tok, cue_span, phrase_at, phrase_mention, verb_cues
from ..lang import LanguageData
from ..entities import EntityType, entity_type, is_common_word, is_dutch_word
from ..model import Cue, Mention
from ..resolve import Resolver
from .grammar import AUXILIARIES, Attribution, SENT_PUNCT, finite_verb, speakerish, subject_after_adverb, subject_of


def colon_quote(an: DocumentAnalysis, items: Sequence[Tok], ii: int) -> Attribution | None:
    """X: “…” / De minister zei: “…” / aldus een woordvoerder: “…” / Minister X wil niet vooruitlopen: “…”."""
    lang = an.lang
    if ii == 0 or items[ii - 1].text != ":":
        return None
    colon = items[ii - 1]
    colon_cue = Cue(colon.start, colon.end, ":", "colon")
    k = ii - 1
    cs = k
    while cs > 0 and items[cs - 1].text not in SENT_PUNCT and items[cs - 1].text != QMARK:
        cs -= 1
    att = _speech_verb_before(an, items, cs, k)
    if att is not None:
        return att
    # "…, en uit haar ervaring wist X het al:": a main clause coordinated after a comma has a
    # subject of its own; the words before the colon are that clause's
    cs = next((x + 1 for x in range(k - 2, cs, -1) if items[x].lower in lang.coordinators
               and items[x - 1].text == ","), cs)
    if k == cs + 1 and items[cs].lower in lang.speech_nouns:
        return None  # "Citaat: ‘…’", "Reactie: ‘…’": what is said, not who says it (the text before tells)
    for k2 in range(cs, k):
        if items[k2].lower == "aldus":
            ph = phrase_at(items, k2 + 1, lang)
            if ph:
                return Attribution(phrase_mention(an.text, items, ph, lang), colon_cue, "colon", 0.9)
    # what someone said, then a colon: "De reactie van het ministerie:", "Het oordeel van de rechter:"
    said = _said_by(items, cs, k, lang)
    if said is not None:
        return Attribution(phrase_mention(an.text, items, said, lang), colon_cue, "colon", 0.85)
    # the whole clause before the colon is the speaker: "Van Wijk:", "De woordvoerder van de bond:"
    ph = phrase_at(items, cs, lang, sentence_start=True)
    if ph is None and k == cs + 1 and items[cs].is_cap and items[cs].is_word \
            and items[cs].lower not in lang.function_words and not lang.is_temporal(items[cs].text) \
            and not is_common_word(items[cs].text, lang=lang):
        # "Gerritsen: “…”": one word no dictionary knows, as a label, is a surname
        ph = Phrase(cs, k, "name", (cs, k))
    if ph is not None and ph.end_i + 1 < k and items[ph.end_i].lower in lang.prepositions \
            and (ph.kind == "name" or ph.kind == "description" and speakerish(ph, items, lang)) \
            and not verb_cues(items, lang, cs, k):
        # "Koeman na de wedstrijd:", "Trump op Twitter:", "Een ingewijde tegen de NOS:": a name or
        # a person's description, then where, when or to whom: a label
        return Attribution(phrase_mention(an.text, items, ph, lang), colon_cue, "colon", 0.8)
    if ph and ph.end_i == k:
        return Attribution(phrase_mention(an.text, items, ph, lang), colon_cue, "colon", 0.9)
    if cs + 1 < k and items[cs].is_cap and is_dutch_word(items[cs].text, lang=lang) \
            and lang.title_head(items[cs].text) is None and items[cs].lower not in lang.function_words:
        # a subheading glued to the paragraph ("Rugwind CNV-voorzitter Arend van Wijngaarden:"):
        # the word before is a common noun, the rest of the clause is the speaker
        after = phrase_at(items, cs + 1, lang, sentence_start=True)
        if after is not None and after.end_i == k and after.kind in ("name", "organisation"):
            return Attribution(phrase_mention(an.text, items, after, lang), colon_cue, "colon", 0.85)
    # a person apposed right before the colon: "… gevolgd door Wim Dries, burgemeester van Genk:"
    app = _apposed_before_colon(items, cs, k, lang)
    if app is not None:
        return Attribution(phrase_mention(an.text, items, app, lang), colon_cue, "colon", 0.85)
    # the clause's subject speaks: "Minister Schouten wil er niet op vooruitlopen:", "Hij wordt emotioneel:"
    if ph and (ph.kind in ("name", "pronoun", "organisation") or speakerish(ph, items, lang)):
        return Attribution(phrase_mention(an.text, items, ph, lang), colon_cue, "colon-subject", 0.7)
    after = subject_after_adverb(items, cs, lang) if ph is None and cs + 2 < k else None
    if after is not None and after.end_i <= k:
        # "Daarom luidt de inspectie de noodklok:", "Nu trekt de bond aan de bel:"
        return Attribution(phrase_mention(an.text, items, after, lang), colon_cue, "colon-subject", 0.6)
    if ph is None:
        # V2 order: an adverbial opens the clause and the subject follows the finite verb
        # ("Gevraagd om een reactie stuurt Airbnb een passage uit de regels:")
        fronted = items[cs].lower in lang.prepositions and any(finite_verb(items[y].lower, lang) for y in range(cs, k))
        for x in range(cs + 1, k):
            if items[x].lower in lang.determiners and items[x - 1].lower not in lang.prepositions \
                    and items[x - 1].lower in AUXILIARIES:
                # "Na afloop was de trainer kort:": the subject after the finite verb
                ph = phrase_at(items, x, lang)
                if ph is not None and speakerish(ph, items, lang):
                    return Attribution(phrase_mention(an.text, items, ph, lang), colon_cue, "colon-subject", 0.6)
            if items[x].is_cap and items[x - 1].lower not in an.lang.prepositions and items[x - 1].lower not in lang.determiners:
                if fronted and not finite_verb(items[x - 1].lower, lang):
                    # "In de Israëlische krant Haaretz ziet Zvi Bar'el het zo:": a name inside the
                    # fronted phrase is no subject; the subject follows the finite verb
                    continue
                ph = phrase_at(items, x, lang)
                if ph is not None and ph.kind == "name" \
                        and entity_type(phrase_mention(an.text, items, ph, lang).head, lang=lang) is EntityType.PLACE:
                    break  # "En in het stadion in Dnipro afgelopen week:": where, not who
                if ph is not None and ph.kind in ("name", "organisation"):
                    return Attribution(phrase_mention(an.text, items, ph, lang), colon_cue, "colon-subject", 0.6)
                break
    return None


def _speech_verb_before(an: DocumentAnalysis, items: Sequence[Tok], cs: int, k: int) -> Attribution | None:
    """The subject of the last speech verb of the clause ``items[cs:k]`` before a colon: "De
    minister zei:", "want hij antwoordde:"."""
    vcs = verb_cues(items, an.lang, cs, k)
    if vcs:
        vc = vcs[-1]
        ph = subject_of(an, items, vc)
        if ph:
            return Attribution(phrase_mention(an.text, items, ph, an.lang), cue_span(an.text, items, vc), "colon", 0.9)
    return None


def colon_before_turn(an: DocumentAnalysis, si: int) -> Attribution | None:
    """A turn that opens its paragraph after narration ending in a speech verb and a colon:
    "Havelaar begreep het, want hij antwoordde:" then "--Goed, kind! …" (or a quotation in marks)
    on its own paragraph. Only a speech verb counts across the paragraph break: a colon after
    a name or a noun there may open a list or a letter."""
    if si == 0:
        return None
    view, prev = an.views[si], an.views[si - 1]
    items = prev.items
    if prev.sent.paragraph != view.sent.paragraph - 1 or not items or items[-1].text != ":" \
            or any(t.text == QMARK for t in items):
        return None
    k = len(items) - 1
    cs = k
    while cs > 0 and items[cs - 1].text not in SENT_PUNCT:
        cs -= 1
    return _speech_verb_before(an, items, cs, k)


def _said_by(items: Sequence[Tok], cs: int, k: int, lang: LanguageData) -> Phrase | None:
    """'De reactie van het ministerie:' → 'het ministerie': a noun for what someone says, 'van',
    and a speaker (a name, a body or a person's function)."""
    i = cs + 1 if cs < k and items[cs].lower in lang.determiners else cs
    if i + 2 < k and items[i].lower in lang.speech_nouns and items[i + 1].lower == "van":
        ph = phrase_at(items, i + 2, lang)
        return ph if ph is not None and speakerish(ph, items, lang) else None
    # "Rutte kreeg kritiek van GroenLinks-leider Klaver:": what is said, by whom, right before the
    # colon, or with the verb of the clause after it ("Het kwam hem op een sneer van Trump te staan:")
    for j in range(i + 1, k - 2):
        if items[j].lower in lang.speech_nouns and items[j + 1].lower == "van":
            ph = phrase_at(items, j + 2, lang)
            if ph is not None and speakerish(ph, items, lang) and (ph.end_i == k or (
                    k - ph.end_i <= 3 and all(x.is_word and not x.is_cap for x in items[ph.end_i:k]))):
                return ph
    return None


def _apposed_before_colon(items: Sequence[Tok], cs: int, k: int, lang: LanguageData) -> Phrase | None:
    """'NAME, TITLE …:' closing the clause before a colon: that name speaks."""
    for c in range(k - 1, max(cs, k - 9), -1):
        if items[c].text != ",":
            continue
        if not any(items[x].lower in lang.titles for x in range(c + 1, k)):
            return None
        for start in range(max(cs, c - 5), c):
            ph = phrase_at(items, start, lang)
            if ph is not None and ph.kind == "name" and ph.end_i == c:
                return ph
        return None
    return None


def label(an: DocumentAnalysis, items: Sequence[Tok], ii: int) -> Attribution | None:
    """Interview transcripts: a speaker label in capitals opens the paragraph ("EGBERT LACHAERT «…»")."""
    if not 1 <= ii <= 4 or items[0].start != an.paras[an.sents[an.sentence_index(items[0].start)].paragraph].start:
        return None  # the label opens its paragraph
    pre = items[:ii]
    if not all(t.is_word and t.text.isupper() and len(t.text) > 1 for t in pre):
        return None
    s, e = pre[0].start, pre[-1].end
    head = " ".join(w.capitalize() if w.lower() not in an.lang.particles else w.lower() for w in an.text[s:e].split())
    return Attribution(Mention(s, e, an.text[s:e], kind="name", head=head), None, "label", 0.9)


#: a vox pop's label between two quotations: a name, an age in brackets, and a few words of what
#: the person does or where they live, no sentence
_AGE_LABEL = regex.compile(
    r"\s*(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’-]+){1,3})\s*\(\d{1,3}\)[^.!?\n]{0,80}$")


def age_label_before(an: DocumentAnalysis, resolver: Resolver, start: int):
    """The person a label names right before the quotation at ``start``: the narration since the
    last quotation (or the paragraph start) is only a name with an age and a few words."""
    k = bisect.bisect_left(an.qranges, (start, -1)) - 1
    while k >= 0 and an.qranges[k][1] > start:
        k -= 1  # (a range holds its marks: the quotation's own starts before ``start``)
    para = an.paras[an.sents[an.sentence_index(start)].paragraph]
    floor = max(an.qranges[k][1] if k >= 0 else 0, para.start)
    gap = an.text[floor:start].rstrip(" \t\"'“”„‘’«»,")
    m = _AGE_LABEL.match(gap)
    if m is None or len(gap) - m.end() > 0:
        return None
    return resolver.person_for_name(m.group("name"), floor + m.start("name"))


def age_label_after(an: DocumentAnalysis, resolver: Resolver, end: int):
    """The person a vox pop's label names right after the quotation that ends at ``end`` and
    right before the next one: the quotation is the heading of that person's words ("‘Ik ben
    bang’ Achraf el Johari (22) Student in Amsterdam ‘Toen …’")."""
    k = bisect.bisect_right(an.qranges, (end, len(an.text) + 1))
    while k < len(an.qranges) and an.qranges[k][0] < end:
        k += 1
    if k >= len(an.qranges):
        return None
    nxt = an.qranges[k][0]
    if an.sents[an.sentence_index(nxt)].paragraph != an.sents[an.sentence_index(end)].paragraph:
        return None
    gap = an.text[end:nxt].strip(" \t\"'“”„‘’«»,")
    m = _AGE_LABEL.match(gap)
    if m is None or m.end() != len(gap) or m.start("name") > 0:
        return None
    return resolver.person_for_name(m.group("name"), nxt)
