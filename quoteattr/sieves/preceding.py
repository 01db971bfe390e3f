"""The narrator sentence before a quote with no cue of its own: who the passage is about
(preceding) or who a speech verb there names (preceding-cue). "Dijkgraaf Henk Vos is minder
zeker. ‘…’": the subject of that sentence, or of one of the few before it in the same stretch of
narration, says the quotation after it. Tried before the last speaker goes on (carry.py)."""
from __future__ import annotations

import regex

from ..analysis import QMARK, DocumentAnalysis
from ..cues import Phrase, cue_span, phrase_at, phrase_mention
from ..entities import EntityType, entity_type, is_common_word, is_given_name, is_listed_body
from ..model import Cue, Mention
from .exits import leaving_subjects
from .grammar import (AUXILIARIES, COPULAS, Attribution, adverb, after_preposition, bare_person_noun, finite_singular, share,
                      speakerish, subject_of)


#: how many narrator sentences before a quote may name the person the passage is about
TOPIC_SENTENCES = 3


def preceding(an: DocumentAnalysis, pos: int) -> Attribution | None:
    """A quote with no cue of its own, after a narrator sentence (no quotation in it) in the
    same paragraph, or closing the paragraph before when the quote opens its paragraph: the
    subject of that sentence's speech verb, else the person it is about (a name or pronoun
    among its first words, not after a preposition). When that sentence names nobody ("Maar
    essentieel is dat niet."), the subject that opens one of the sentences before it, in the
    same stretch of narration, is who the passage is about."""
    si = an.sentence_index(pos)
    if si == 0:
        return None
    found = _gone(an, _preceding_sentence(an, pos, si))
    if found is not None or found is False:
        return found or None
    para = an.sents[si - 1].paragraph
    for back in range(si - 2, max(-1, si - 1 - TOPIC_SENTENCES), -1):
        view = an.views[back]
        if view.sent.paragraph != para or any(t.text == QMARK for t in view.items):
            break  # only narration of the same paragraph, back to the last quotation
        items = view.items
        k = 0
        while k < len(items) and items[k].lower in an.lang.function_words and items[k].lower not in an.lang.pronouns \
                and items[k].lower not in an.lang.determiners:
            k += 1  # "Ook Perotti vindt", "Maar ze zou"
        if k >= len(items) or items[k].lower in an.lang.conjunctions:
            continue  # "Voordat de VVD …": a subordinate clause opens the sentence
        ph = phrase_at(items, k, an.lang, sentence_start=k == 0)
        found = _person_at(an, items, k, ph, 0.45, lambda m: surname_initial(an, m) or (
            entity_type(m.head, lang=an.lang) is EntityType.PERSON and (
                len(m.head.split()) > 1 or is_given_name(m.head, lang=an.lang) or m.head in an.mid_sentence_caps)))
        if found is not None and _gone(an, found) is False:
            return None  # "Paul was al op de trap.": who leaves does not speak next
        if found is not None:
            return found  # a person, not "de Vredeskerk"
        body = _body_subject(an, items, ph)
        if body is not None:
            return body
        said = _cue_subject(an, view)
        if said is not None:
            return said  # "Dat meent ook marktvrouw Els Smit. Haar kraam moet weg. ‘…’"
        inverted = _inverted_subject(an, items)
        if inverted is not None:
            return inverted  # "Namens de buurt is Els Smit woordvoerster. Ze … ‘…’"
    return None


def _cue_subject(an: DocumentAnalysis, view) -> Attribution | None:
    """The named person who is the subject of a speech verb in an earlier narrator sentence ("Dat
    meent ook marktvrouw Els Smit", "vindt archeoloog Van den Berg"): the source the passage
    goes on quoting when the sentences after it name nobody else."""
    items = view.items
    for vc in view.cues(an.lang):
        ph = subject_of(an, items, vc)
        pronoun = ph is not None and ph.kind == "pronoun" and items[ph.start_i].lower in ("hij", "ze", "zij")
        if ph is None or (ph.kind != "name" or ph.name_i is None) and not pronoun:
            continue
        if any(t.lower in _NEGATIONS or t.lower == "niets" for t in items[min(ph.end_i, vc.i):]):
            continue  # "Daarover zegt directeur Mol niets": who says nothing is not quoted next
        m = phrase_mention(an.text, items, ph, an.lang)
        if pronoun:
            # "Voorlopig vindt ze de nieuwe lijn matig. Die kwam vorige week uit. ‘…’"
            return Attribution(m, cue_span(an.text, items, vc), "preceding-cue", 0.5)
        if entity_type(m.head, lang=an.lang) is EntityType.PERSON:
            return Attribution(m, cue_span(an.text, items, vc), "preceding-cue", 0.5)
    return None


#: a lone capital and a full stop ("Z."), and a given name before that initial ("Leon Z.")
_INITIAL = regex.compile(r"\p{Lu}\.")


def surname_initial(an: DocumentAnalysis, m: Mention) -> bool:
    """Is the name ``m`` a lone initial ("Z.") that the text also writes after a given name ("Leon
    Z.")? Dutch news names a suspect by given name and the initial of the surname, and then by
    the initial alone ("Z. bood zijn excuses aan."): that initial is the person, at the start of
    a sentence too, where a capitalised word is otherwise no evidence of a name. Not a possessive
    ("K.'s advocaten willen vrijspraak": the lawyers are the subject)."""
    head = m.head
    if _INITIAL.fullmatch(head) is None or an.text.startswith(("'s", "’s"), m.end):
        return False
    return an.written_after_a_word(head)


def _gone(an: DocumentAnalysis, found: "Attribution | None | bool") -> "Attribution | None | bool":
    """No speaker from a sentence that sends its subject away ("Paul was al op de trap.", "zij
    ging de kamer uit"; sieves/exits.py): who leaves is not the one who speaks next."""
    if isinstance(found, Attribution) and found.cue is None and found.mention is not None \
            and found.mention.start in leaving_subjects(an):
        return False
    return found


def _body_subject(an: DocumentAnalysis, items, ph) -> Attribution | None:
    """A named body (an organisation, not a place) that opens a narrator sentence as its subject,
    followed by its finite verb ("De NCTV maakt zich ook zorgen …", "P3 test enkel …"): who the
    passage is about, as a person opening it is."""
    if ph is None or ph.kind != "name" or ph.end_i >= len(items) or ph.name_i is None:
        return None  # a named body: a noun for one ("De kerk ging dicht") is more often a place
    if any(items[x].lower not in an.lang.determiners for x in range(ph.start_i, ph.name_i[0])) \
            or any(items[x].lower in an.lang.prepositions for x in range(ph.start_i)):
        return None  # "In Downing Street zijn ze woest": where the sentence is set, not its subject
    m = phrase_mention(an.text, items, ph, an.lang)
    first = m.head.split()[0]
    if entity_type(m.head, lang=an.lang) is not EntityType.ORGANISATION or not (
            first in an.mid_sentence_caps or first.isupper() or is_listed_body(m.head, lang=an.lang)):
        return None  # a name the text writes with a capital inside a sentence too, not "Voordat de Vredeskerk"
    nxt = items[ph.end_i]
    if not nxt.is_word or nxt.is_cap or (nxt.lower in an.lang.function_words and nxt.lower not in AUXILIARIES):
        return None
    if nxt.lower in COPULAS:
        return None  # "GroenLinks is de grootste geworden": the body described, not acting
    return Attribution(m, None, "preceding", 0.45)


def _person_at(an: DocumentAnalysis, items, k: int, ph, confidence: float, name_ok) -> Attribution | None:
    """A subject pronoun, or a name that ``name_ok`` accepts, parsed at token ``k``: the person
    a narrator sentence is about."""
    if ph is None:
        return None
    if ph.kind == "pronoun" and items[k].lower in an.lang.subject_pronouns:
        return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "preceding", confidence)
    if ph.kind == "name" and ph.name_i is not None:
        m = phrase_mention(an.text, items, ph, an.lang)
        if name_ok(m):
            return Attribution(m, None, "preceding", confidence)
    return None


def _person_described(ph: Phrase, items, lang) -> bool:
    """A definite description whose head noun names a person ("de gastheer", "de verdachte",
    "de buurvrouw"): someone who can be the one speaking next."""
    if ph.kind != "description" or ph.end_i - ph.start_i > 4 or items[ph.start_i].lower not in ("de", "het"):
        return False
    head = _head_noun(items, ph)
    return head.is_word and not head.is_cap and entity_type(head.text, lang=lang) is EntityType.PERSON


def _has_verb(items, lang) -> bool:
    """Can the sentence hold a finite verb: a lower-case word that is no preposition, article or
    particle, or a verb form opening it ("Is Jansen de schuldige?")? A question of a name alone
    ("Oud-minister van Buitenlandse Zaken Ahmet Davutoglu?") has none."""
    words = [t for t in items if t.is_word]
    if words and words[0].lower in lang.verb_forms:
        return True
    return any(not t.is_cap and t.lower not in lang.prepositions and t.lower not in lang.determiners
               and t.lower not in lang.particles for t in words)


def _partitive(items, ph: Phrase) -> bool:
    """"Een van de ambtenaren", "één van hen": one person picked from a group, whose noun is a
    plural but who speaks alone."""
    return ph.end_i - ph.start_i > 2 and items[ph.start_i].lower in ("een", "één", "eén") \
        and items[ph.start_i + 1].lower == "van"


def _head_noun(items, ph: Phrase):
    """The head of a description: the word before its first 'van' ("de vader van Cleo
    Vermeulen"), else its last word."""
    for x in range(ph.start_i + 1, ph.end_i):
        if items[x].lower == "van":
            return items[x - 1]
    return items[ph.end_i - 1]


def _people_in(an: DocumentAnalysis, items) -> list:
    """The distinct persons a sentence names (not after a preposition), as mentions."""
    out = {}
    k = 0
    while k < len(items):
        if items[k].is_cap and items[k].is_word and not (k > 0 and after_preposition(items, k, an.lang)):
            ph = phrase_at(items, k, an.lang, sentence_start=k == 0)
            if ph is not None and ph.kind == "name" and ph.name_i is not None:
                m = phrase_mention(an.text, items, ph, an.lang)
                if entity_type(m.head, lang=an.lang) is EntityType.PERSON and (
                        k > 0 or len(m.head.split()) > 1 or m.head in an.mid_sentence_caps):
                    out.setdefault(m.head.split()[-1], m)
                k = max(k + 1, ph.end_i)
                continue
        k += 1
    return list(out.values())


#: words that deny the speech act of a verb after them ("heeft nog niet gereageerd")
_NEGATIONS = frozenset(("niet", "nooit", "geen"))


def _preceding_sentence(an: DocumentAnalysis, pos: int, si: int) -> "Attribution | None | bool":
    """The attribution from the one sentence before (None: it names nobody; False: it holds a
    quotation or a question, so no earlier sentence may be used either)."""
    prev = an.views[si - 1]
    items = prev.items
    para = an.sents[si].paragraph
    if prev.sent.paragraph != para and not (prev.sent.paragraph == para - 1 and an.sents[si].start >= pos - 4):
        return False
    if any(t.text == QMARK and an.kinds[prev.quote_at[k]] != "other" for k, t in enumerate(items)):
        return False
    if prev.sent.text.rstrip().endswith("?"):
        # "Loopt Debets niet op de zaken vooruit? “…”": the one person the question is about answers
        asked = _people_in(an, items)
        if len(asked) != 1 or not _has_verb(items, an.lang):
            return False  # "Oud-president Abdullah Gül? ‘Inderdaad, die.’": a name suggested, not asked
        return Attribution(asked[0], None, "preceding", 0.45)
    for k, t in enumerate(items[:-1]):
        if t.lower == "aldus" and k > 0 and items[k - 1].text == ",":
            # "De politie heeft met de man gesproken, aldus de directeur. ‘…’": the source of the
            # whole sentence goes on, not the subject of a speech verb inside what it reports
            ph = phrase_at(items, k + 1, an.lang)
            if ph is not None and (ph.kind in ("name", "organisation") or speakerish(ph, items, an.lang)):
                return Attribution(phrase_mention(an.text, items, ph, an.lang), Cue(t.start, t.end, t.text, "aldus"),
                                   "preceding-cue", 0.6)
            break
    for vc in prev.cues(an.lang):
        ph = subject_of(an, items, vc)
        if ph and ph.end_i <= vc.i and any(items[x].lower in _NEGATIONS for x in range(ph.end_i, vc.i)):
            continue  # "X heeft nog niet gereageerd, maar Y sprak …": who did not speak does not go on
        if share(items, ph, an.lang):
            break  # "Zo zegt 40 procent van de leden dat …": a share of a survey quotes no words
        if ph and (ph.kind in ("name", "pronoun", "organisation") or speakerish(ph, items, an.lang)
                   or _person_described(ph, items, an.lang)):
            # ("De gastheer zelf zegt …": a description of a person who speaks, by its head noun)
            return Attribution(phrase_mention(an.text, items, ph, an.lang), cue_span(an.text, items, vc), "preceding-cue", 0.6)
    for k, t in enumerate(items[:-1]):
        if t.lower == "volgens":
            # "Volgens critici gaan ze niet ver genoeg. ‘…’": the source of the claim goes on
            ph = phrase_at(items, k + 1, an.lang) or bare_person_noun(items, k + 1, an.lang)
            nxt = items[k + 1]
            if ph is None and nxt.is_word and not nxt.is_cap and nxt.lower not in an.lang.function_words \
                    and entity_type(nxt.text, lang=an.lang) is EntityType.PERSON:
                ph = Phrase(k + 1, k + 2, "description", None, nxt.text)  # "volgens critici"
            if ph is None or ph.kind == "pronoun" or (
                    ph.kind == "description" and ph.end_i > k + 2 and not speakerish(ph, items, an.lang)):
                break  # "volgens hem" (carried by the pronoun rules), "volgens de regels": no source
            return Attribution(phrase_mention(an.text, items, ph, an.lang), Cue(t.start, t.end, t.text, "volgens"),
                               "preceding-cue", 0.55)
    inside = 0
    for k in range(0, min(len(items), 7)):
        if k < inside:
            continue  # a word of the body or description before it: "De politie Noord-Nederland"
        if k > 0 and after_preposition(items, k, an.lang):
            continue  # "minister van Buitenlandse Handel", "in de Verenigde Staten": not the subject
        t = items[k]
        # (only adverbs before it: "Ook de vader van …", not "Dat de priester …" or "In de …")
        opening = all(items[x].lower in an.lang.function_words and items[x].lower not in an.lang.prepositions
                      and items[x].lower not in an.lang.determiners and items[x].lower not in an.lang.conjunctions
                      and items[x].lower not in ("dat", "of", "als") for x in range(k))
        if not (t.is_cap or t.lower in an.lang.pronouns or (opening and t.lower in an.lang.determiners)):
            continue
        ph = phrase_at(items, k, an.lang, sentence_start=k == 0)
        if ph is None:
            continue
        if _in_list(items, k, ph):
            inside = ph.end_i
            continue  # "KPN, T-Mobile en Vodafone krijgen felicitaties": a list is no one person
        found = _person_at(an, items, k, ph, 0.5,
                           lambda m: (k > 0 or len(m.head.split()) > 1 or (
                                          m.head in an.mid_sentence_caps and not _common_opener(an, m))
                                      or surname_initial(an, m)
                                      or (ph.end_i < len(items) and items[ph.end_i].text == ","
                                          and is_given_name(m.head, lang=an.lang)))
                           and entity_type(m.head, lang=an.lang) not in (EntityType.PLACE, EntityType.ORGANISATION)
                           and m.head.lower() not in an.lang.months and not an.lang.is_temporal(m.head))
        if found is not None:
            return found  # a person the sentence is about, not a place ("Drenthe") or a time ("Een Maart trad …") it names
        if opening:
            body = _body_subject(an, items, ph)
            if body is not None:
                return body
        if ph.kind == "description" and opening and (speakerish(ph, items, an.lang)
                                                      or _head_noun(items, ph).lower in an.lang.honorifics) \
                and (_partitive(items, ph) or not _head_noun(items, ph).lower.endswith("en")):
            # "Een andere bewoonster kan er niet over uit. ‘…’", "Ook de vader van Cleo ziet …":
            # one person (not a group) opening the sentence, after adverbs at most
            return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "preceding", 0.45)
        if ph.kind in ("organisation", "description"):
            inside = ph.end_i
    return _fronted_person(an, items) or _inverted_subject(an, items) or _tag_subject(an, items)


#: how many words may close a sentence after the subject of its closing tag ("zeker", "er nog aan toe")
_TAG_TAIL = 3


def _common_opener(an: DocumentAnalysis, m: Mention) -> bool:
    """"Opvallend zijn de dubbelfuncties", "Dank voor de heldere kijk!": a frequent Dutch word
    opening the sentence is that word, also where a glued heading writes it with a capital
    elsewhere, unless the text gave it as someone's surname after a given name ("Kees Bos … Bos
    zegt")."""
    return " " not in m.head and is_common_word(m.head, lang=an.lang) and not _named_in_full(an, m)


def _named_in_full(an: DocumentAnalysis, m: Mention) -> bool:
    """Is the one-word name ``m`` a surname the text wrote earlier after a given name?"""
    return 0 <= an.named_in_full_at(m.head) <= m.start


def _tag_subject(an: DocumentAnalysis, items) -> Attribution | None:
    """"…, weet archeoloog Van den Brenk zeker.", "…, is Els Smit overtuigd.": a clause fronted
    before a comma, then the finite verb and its subject, which closes the sentence with a word
    or two: the newsroom's tag for what someone knows or believes, as "…, zegt Smit" is for what
    someone says. The person goes on speaking in the quotation after it."""
    c = max((x for x, t in enumerate(items) if t.text == ","), default=-1)
    if c < 2 or c + 2 >= len(items) or not finite_singular(items[c + 1].lower, an.lang):
        return None
    ph = _person_after_verb(an, items, c + 2)
    if ph is None:
        return None
    tail = [t for t in items[ph.end_i:] if t.is_word]
    if len(tail) > _TAG_TAIL or any(t.is_cap for t in tail):
        return None
    return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "preceding", 0.45)


def _person_after_verb(an: DocumentAnalysis, items, i: int) -> Phrase | None:
    """The person's name that stands at token ``i``, right after a finite verb, or after a few
    lower-case words for what they are ("maritiem archeoloog Van den Brenk", "conservatrice Els
    Smit"): a full name, one after such words, or a surname the text gave in full before
    ("Juan Guaidó … In een toespraak heeft Guaidó …")."""
    j = i
    while j < min(len(items), i + 3) and items[j].is_word and not items[j].is_cap \
            and items[j].lower not in an.lang.function_words:
        j += 1
    ph = phrase_at(items, j, an.lang) if j < len(items) and items[j].is_cap else None
    if ph is None or ph.kind != "name" or ph.name_i is None:
        return None
    m = phrase_mention(an.text, items, ph, an.lang)
    if entity_type(m.head, lang=an.lang) is not EntityType.PERSON \
            or len(m.head.split()) < 2 and j == i and not _named_in_full(an, m):
        return None
    if any(t.lower in _NEGATIONS or t.lower == "niets" for t in items[ph.end_i:]):
        return None  # "Daarover zegt directeur Mol niets": who says nothing is not quoted next
    return ph


#: conjunctions that open a subordinate clause in the first place of a sentence, and how many
#: words that clause may hold before its comma
_SUBORDINATORS = frozenset(("nadat", "toen", "omdat", "terwijl", "zodra", "voordat", "hoewel", "wanneer", "doordat",
                            "sinds", "zolang", "aangezien"))
_CLAUSE_WORDS = 20


#: how many words a phrase fronted before the finite verb may hold ("Vanuit de Protestantse
#: Gemeente is …", "Sinds vorig jaar is …")
_FRONTED_WORDS = 8


def _inverted_subject(an: DocumentAnalysis, items) -> Attribution | None:
    """The person named right after the finite verb of a main clause that opens with another
    phrase: Dutch puts the finite verb second, so "Vanuit de buurt is Els Smit woordvoerster"
    and "Sinds maart is wethouder Els Smit de baas" have Smit as their subject, the person
    the passage is about. The fronted phrase is a prepositional phrase or an adverb, of a few
    words, no comma and no clause; the verb is a listed finite form of one subject."""
    if len(items) < 4 or not items[0].is_word:
        return None
    first = items[0].lower
    if first in _SUBORDINATORS:
        # "Nadat zijn zaak was afgesloten, deed advocaat Robert Klaassen hem nog eens over": a
        # subordinate clause fills the first place, so the finite verb follows its comma and the
        # subject that verb
        comma = next((k for k in range(2, min(len(items) - 2, _CLAUSE_WORDS)) if items[k].text == ","), None)
        if comma is None or not finite_singular(items[comma + 1].lower, an.lang):
            return None
        ph = _person_after_verb(an, items, comma + 2)
        return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "preceding", 0.45) if ph else None
    if first not in an.lang.prepositions and not (adverb(items[0], an.lang)
                                                  or an.lang.is_temporal(items[0].text)):
        return None
    v = 1
    while v < len(items) and v <= _FRONTED_WORDS and not finite_singular(items[v].lower, an.lang):
        t = items[v]
        if not t.is_word or t.lower in an.lang.conjunctions or t.lower in ("dat", "die", "wie", "wat"):
            return None  # a comma, or a clause of its own: no simple phrase before the verb
        v += 1
    if v >= len(items) or v > _FRONTED_WORDS:
        return None  # no finite verb of one subject in reach ("Bij werknemers van …"): no inversion
    ph = _person_after_verb(an, items, v + 1)
    if ph is None:
        return None
    return Attribution(phrase_mention(an.text, items, ph, an.lang), None, "preceding", 0.45)


#: prepositions that, opening a sentence, make the person after them its topic: "Voor de
#: Amsterdamse Verberne is het uniek …", "Op Kady Moerenhout maakten de missies indruk"
TOPIC_PREPOSITIONS = frozenset({"voor", "op", "bij"})


def _in_list(items, k: int, ph: Phrase) -> bool:
    """Is the name parsed at token ``k`` one member of a list of names ("KPN, T-Mobile en
    Vodafone", "Rutte en Kaag"): a comma or 'en' between it and a capitalised neighbour."""
    before = k >= 2 and items[k - 1].text in (",", "en") and items[k - 2].is_cap and items[k - 2].is_word
    j = ph.end_i
    if j + 1 >= len(items) or items[j].text not in (",", "en") or not (items[j + 1].is_cap and items[j + 1].is_word):
        return before
    if items[j].text == "en":
        return True
    # after a comma, a capitalised word opens the next member of a list only when the list goes
    # on after it ("KPN, T-Mobile en Vodafone"); else it opens an apposition ("Ron Davids,
    # CDA'er in de raad, is ook enthousiast"), and the name is one person after all
    x = j + 1
    while x < len(items) and x < j + 5 and items[x].is_cap and items[x].is_word:
        x += 1
    return before or (x < len(items) and items[x].text in (",", "en", "of", "&"))


def _fronted_person(an: DocumentAnalysis, items) -> Attribution | None:
    """A person named in the phrase that opens the sentence ("Voor de Amsterdamse Verberne is
    het uniek om …") when the sentence has no person subject of its own: the topic it is about,
    so the quote after it is that person's."""
    if len(items) < 3 or items[0].lower not in TOPIC_PREPOSITIONS:
        return None
    k = 1
    while k < len(items) and k < 4 and not items[k].is_cap:
        if items[k].lower not in an.lang.determiners and items[k].lower not in an.lang.modifiers:
            break
        k += 1  # "de Amsterdamse", "de oud-minister"
    if k >= len(items) or not items[k].is_cap:
        return None
    ph = phrase_at(items, k, an.lang)
    if ph is None or ph.kind != "name" or ph.name_i is None:
        return None
    m = phrase_mention(an.text, items, ph, an.lang)
    if entity_type(m.head, lang=an.lang) is not EntityType.PERSON:
        return None
    v = ph.end_i
    if v + 2 < len(items) and items[v].is_word and not items[v].is_cap and items[v + 1].lower in an.lang.determiners:
        # "Bij Roy Ruijter ziet de chirurg dat niet gebeuren": the subject after the finite verb is
        # who the sentence is about, the person in the opening phrase is only its topic
        subject = phrase_at(items, v + 1, an.lang)
        if subject is not None and subject.kind == "description" and _person_described(subject, items, an.lang):
            return Attribution(phrase_mention(an.text, items, subject, an.lang), None, "preceding", 0.45)
    return Attribution(m, None, "preceding", 0.45)
