"""News rules of stop 29, each with sentences written for the test in Dutch news style."""
from __future__ import annotations

from conftest import speaker_of, speech_of



def _indirect_speaker(text: str) -> str | None:
    """The speaker of the first record of reported speech in ``text``."""
    return next(q for q in speech_of(text) if q.kind == "indirect").speaker


_OPENING = "Wethouder Marloes de Wit zegt: ‘Het wordt een mooie dag voor de wijk.’ Veel bezoekers kwamen vroeg. "


# a quoted fragment in a narrator sentence is the words of its subject, also when the subject's
# age stands in brackets between the name and the verb (sieves/carry.own_subject)
def test_a_bracketed_age_does_not_hide_the_subject_of_a_fragment():
    text = _OPENING + "Pieter Bakker (41) voelt zich ‘als een vis in het water’."
    assert speaker_of(text, "vis in het water") == "Pieter Bakker"


def test_a_bracketed_party_does_not_hide_the_subject_of_a_fragment():
    text = _OPENING + "Karin Smit (VVD) vindt het plan ‘een sigaar uit eigen doos’."
    assert speaker_of(text, "sigaar uit eigen doos") == "Karin Smit"


# Dutch puts the finite verb second: after an opening prepositional phrase the subject follows
# the verb, and the fragment is that subject's words (sieves/carry._inverted_subject)
def test_subject_after_the_verb_when_a_prepositional_phrase_opens_the_sentence():
    text = _OPENING + "In de gemeenteraad stemde oppositieleider Joost Hendriks tegen ‘een begroting vol luchtkastelen’."
    assert speaker_of(text, "luchtkastelen") == "Joost Hendriks"


def test_an_opening_prepositional_phrase_is_never_the_source():
    text = _OPENING + "Op de markt waren de prijzen ‘veel te hoog voor een gewoon gezin’."
    assert speaker_of(text, "gewoon gezin") != "markt"


def test_a_name_with_a_capitalised_particle_is_no_prepositional_phrase():
    text = ("Advocaat Joris Bos zegt: ‘Mijn cliënt is onschuldig.’ De zaak loopt al jaren. "
            "Van der Linden vindt de aanklacht ‘volstrekt onvoldoende onderbouwd’.")
    assert speaker_of(text, "volstrekt onvoldoende") == "Van der Linden"


# Dutch drops the article before an indefinite plural subject, also with an adjective before it
# or a party before a hyphen (cues._bare_plural_span)
def test_bare_plural_subject_with_an_adjective():
    text = "‘Dit kost ons de oogst’, zeggen Drentse boeren."
    assert speaker_of(text, "de oogst") == "Drentse boeren"


def test_bare_plural_subject_with_a_party_before_the_hyphen():
    text = "‘Dit is een historische vergissing’, zeiden CDA-politici."
    assert speaker_of(text, "historische vergissing") == "CDA-politici"


def test_a_singular_function_after_an_adjective_is_no_bare_plural():
    text = "‘Dit is een historische vergissing’, zegt Drentse gedeputeerde Anja Kuipers."
    assert speaker_of(text, "historische vergissing") == "Anja Kuipers"


# a pair of dashes around an insertion between the subject and its verb works as a pair of
# commas: the subject stands before the first dash (sieves/grammar._dash_pair_from)
def test_subject_before_a_dash_insertion():
    text = ("Wethouder Kees Smit zegt: ‘Dit is een mooie dag.’ "
            "Ook Lotte Verbeek - een van de jongste bezoekers van de markt - denkt dat de sfeer beter is dan vorig jaar.")
    assert _indirect_speaker(text) == "Lotte Verbeek"


def test_quote_in_clause_after_a_dash_insertion_is_the_subject_s():
    text = ("Wethouder Kees Smit zegt: ‘Dit is een mooie dag.’ "
            "Jeroen Dekker – sinds dit jaar voorzitter van de bond – vindt de regels ‘veel te streng voor kleine clubs’.")
    assert speaker_of(text, "kleine clubs") == "Jeroen Dekker"


def test_a_single_dash_after_a_dateline_opens_no_insertion():
    text = "DEN HAAG (ANP) - Minister Anouk Bakker zegt dat het kabinet doorgaat."
    assert _indirect_speaker(text) == "Anouk Bakker"


# V2 order before a colon: an adverb, the finite verb, then the subject, who speaks
# (sieves/colon.colon_quote); not when the verb is one of receiving or hearing, whose subject is
# the one told (lang/nl/receiving_verbs.txt)
def test_subject_after_the_verb_when_an_adverb_opens_the_clause_before_a_colon():
    text = ("Docent Jordy Bakker zegt: ‘Het gaat al jaren mis.’ "
            "Daarom luidt de vakbond nu de noodklok: ‘Zonder extra geld stoppen scholen ermee.’")
    assert speaker_of(text, "Zonder extra geld") == "vakbond"


def test_the_subject_of_a_verb_of_receiving_is_told_not_telling():
    text = ("Docent Jordy Bakker zegt: ‘Het gaat al jaren mis.’ "
            "Toch krijgen journalisten vaak te horen: ‘Zonder extra geld stoppen scholen ermee.’")
    assert speaker_of(text, "Zonder extra geld") != "journalisten"


# "Komitee" (the spelling of some Dutch pressure groups) and "Committee" head an organisation's
# name as "Comité" does, so a pronoun after it still finds the person (organisation_names.tsv)
def test_komitee_heads_an_organisation_name():
    text = ("Het ontbreekt de school aan karakter, zegt Jordy Bakker, voorzitter van het Landelijk Aktie "
            "Komitee Leerlingen (LAKL). ,,Het is een beetje rommelig\", beschrijft hij.")
    assert speaker_of(text, "rommelig") == "Jordy Bakker"


# after an article, a capitalised closed compound on a function is a description, which the
# resolver bridges to the person just named (cues._capitalised_compound_title)
def test_capitalised_party_and_function_compound_is_a_description():
    text = ("Op het plein sprak Hannah Lowe de menigte toe. "
            ",,Het land moet opnieuw kunnen kiezen'', aldus de Labourvoorvrouw.")
    assert speaker_of(text, "opnieuw kunnen kiezen") == "Hannah Lowe"


def test_a_surname_that_is_a_function_stays_a_name():
    text = ",,Het land moet opnieuw kunnen kiezen'', zei Hannah de Visser."
    assert speaker_of(text, "opnieuw kunnen kiezen") == "Hannah de Visser"


# after a long stretch of narration that never names the last speaker again, a quotation with no
# cue is the words of the person the narration last made a subject (sieves/carry.subject_of_long_gap)
_LONG_NARRATION = ("De wijk kreeg de afgelopen jaren steeds meer last van het verkeer op de ringweg. "
                   "Vrachtwagens rijden er dag en nacht af en aan, en de geluidsschermen die de gemeente "
                   "beloofde, zijn er nog altijd niet. Op verjaardagen gaat het nergens anders meer over. "
                   "Een petitie met ruim duizend handtekeningen ligt inmiddels op het stadhuis. ")


def test_a_new_subject_after_a_long_gap_takes_over_from_the_last_speaker():
    text = ("‘We blijven praten met de bewoners’, zegt wethouder Sander Kok. " + _LONG_NARRATION
            + "Marieke Dam woont al dertig jaar aan de ring. De tuin grenst direct aan het asfalt. "
            "Soms trillen de ramen. Het geluid stopt nooit. ‘Het is hier al maanden onleefbaar.’")
    assert speaker_of(text, "maanden onleefbaar") == "Marieke Dam"


def test_the_last_speaker_named_again_in_the_gap_keeps_the_floor():
    text = ("‘We blijven praten met de bewoners’, zegt wethouder Sander Kok. " + _LONG_NARRATION
            + "Marieke Dam woont al dertig jaar aan de ring. Kok kent de zorgen. De tuin grenst direct aan het asfalt. "
            "Soms trillen de ramen. Het geluid stopt nooit. ‘We zoeken naar een oplossing.’")
    assert speaker_of(text, "zoeken naar een oplossing") == "Sander Kok"



# a body's name before a hyphenated function may hold linking words ("Forum voor Democratie-",
# "Partij van de Arbeid-"): the function and the name after it stay whole (cues._multiword_prefix_title)
def test_function_prefixed_with_a_body_name_holding_linking_words():
    text = ("Oppositieleider Anna Smit wil reageren, maar krijgt geen kans. Partij voor de Dieren-voorman "
            "Joost Visser koppelt de ramp aan het beleid. ‘We moeten nu eindelijk doorpakken.’")
    assert speaker_of(text, "eindelijk doorpakken") == "Joost Visser"


# a lower-case article before a capitalised particle is no part of a name: "bij de De Vriezen"
# names the family, and the woman named later keeps her own name (mentions.collect_names)
def test_lower_case_article_before_a_capitalised_particle_is_no_name():
    text = ("Bij de De Bruyns werd altijd laat gegeten. Later die avond stond Marleen De Bruyn in de keuken. "
            "‘Wie wil er nog soep?’")
    assert speaker_of(text, "nog soep") == "Marleen De Bruyn"


# a company named after a genitive and its noun ("Timmermans' bedrijf Avitect Infra") is that
# company, which no "hij" points to (mentions._classed_by_noun)
def test_company_after_a_genitive_is_no_antecedent_of_a_pronoun():
    text = ("Bram Timmermans trekt zich terug. De wegen zou Timmermans' bedrijf Avitect Infra aanleggen. "
            "Maar hij wilde het risico niet lopen. ‘Wat moest ik anders?’, zei hij woensdag.")
    assert speaker_of(text, "Wat moest ik anders") == "Bram Timmermans"


# "de moeder van Sarah" is Sarah's mother: Sarah holds no function "moeder van", and a pronoun
# after a sentence that opens so points to the mother (mentions._subject_relative)
def test_relative_of_a_named_person_opening_a_sentence_is_the_pronoun_s_antecedent():
    text = ("Het proces begint vrijdag in Rotterdam. De moeder van Lieke hoopt te horen hoe het zo mis kon gaan. "
            ",,Ik wil goed geïnformeerd worden'', zegt ze.")
    assert speaker_of(text, "goed geïnformeerd") == "de moeder van Lieke"


def test_names_joined_by_an_ampersand_name_a_firm():
    from conftest import names_of
    resolver = names_of("Het kantoor groeit snel. Volgend jaar verhuist Dekker & Hoving naar Zwolle.")
    kinds = {ent.name: ent.kind for _, ent in resolver.before(10 ** 6)}
    assert kinds.get("Dekker") == "organisation"


# V2 after an opening adverb: the finite verb second, the subject right after it, whose words the
# fragment is (sieves/carry.own_subject); not in a question, whose subject is no speaker
def test_subject_after_the_verb_when_an_adverb_opens_the_sentence_of_a_fragment():
    text = _OPENING + "Ook is de Partij voor de Dieren volgens de website ‘voor het behoud van het landschap’."
    assert speaker_of(text, "behoud van het landschap") == "Partij voor de Dieren"


def test_a_question_word_opens_no_subject_for_a_fragment():
    text = "Zangeres Merel stond drie keer in de zaal. Wie zijn de fans die ze haar ‘vriendinnen’ noemt?"
    assert speaker_of(text, "vriendinnen") != "de fans"


# a relative clause on what was just said ("Iets wat X ontkent.", "…, wat X bevestigt.") has its
# speaker as subject, who speaks the quotation after it (sieves/grammar.subject_of)
def test_subject_of_a_relative_clause_on_a_claim_speaks_the_next_quotation():
    text = ("Volgens de verdediging is het bewijs te dun. Iets wat de aanklager stellig van de hand wijst. "
            "\"In elke zaak maken we een eigen afweging.\"")
    assert (speaker_of(text, "eigen afweging") or "").removeprefix("de ") == "aanklager"


# "Dat vindt X" after a statement attributes it as "Dat zegt X" does: news opens with an opinion
# and names its holder in the next sentence (sieves/indirect._inverted_inquit)
def test_dat_vindt_names_the_holder_of_the_opinion_before_it():
    text = "De bibliotheek moet op zondag open blijven. Dat vindt de gemeenteraad van Zwolle, die het college om een plan vraagt."
    assert _indirect_speaker(text) in ("gemeenteraad van Zwolle", "de gemeenteraad van Zwolle")


# a noun in -ent or -ant right before a name is a function no list needs to hold: "dirigent",
# "predikant", "correspondent" (cues._agent_noun)
def test_unlisted_function_in_ent_or_ant_before_a_name():
    for function in ("dirigent", "predikant", "fotograaf", "filosoof", "therapeut", "elektricien", "rector",
                     "stewardess", "architect"):
        text = f"‘Het was een prachtige avond’, zegt {function} Wouter Sleegers."
        assert speaker_of(text, "prachtige avond") == "Wouter Sleegers"


# verbs of saying added as data, each a cue only with its complement in view: an inquit after the
# quotation counts, a plain object does not (lang/nl/speech_verbs.tsv)
def test_inquit_verbs_corrigeren_illustreren_observeren():
    for verb in ("corrigeert", "illustreert", "observeert"):
        assert speaker_of(f"‘Zo ging het niet’, {verb} Jan Bakker.", "Zo ging het niet") == "Jan Bakker"


def test_those_verbs_with_a_plain_object_report_nothing():
    for text in ("De leraar corrigeert de toetsen.", "De foto illustreert het probleem."):
        assert speech_of(text) == []


# the press as a whole and a family are sources of reports: "volgens Israëlische media",
# "volgens de lokale pers", "volgens de familie" (sieves/grammar.speakerish, cues._bare_plural_span)
def test_the_press_and_a_family_as_sources_of_reported_speech():
    for source in ("Israëlische media", "de lokale pers", "de familie"):
        text = f"De brand is geblust. Volgens {source} is de schade groot."
        assert _indirect_speaker(text) == source


def test_media_after_a_speaker_stays_a_platform():
    text = "‘We gaan door’, zei burgemeester Anna Smit tegen lokale media."
    assert speaker_of(text, "We gaan door") == "Anna Smit"


# "de 54-jarige" is the person the text named with that age: "Jan Bakker (54)" or "de 54-jarige
# Jan Bakker"; with another age given, nobody (resolve/described._aged_person)
def test_an_age_epithet_names_the_person_given_that_age():
    for opening in ("Wethouder Jan Bakker (54) opent de vergadering. Anna Smit (38) luistert. ",
                    "De 54-jarige wethouder Jan Bakker opent de vergadering. Anna Smit luistert. "):
        assert speaker_of(opening + "‘Dit is onzin’, zegt de 54-jarige.", "Dit is onzin") == "Jan Bakker"


def test_an_age_epithet_with_another_age_names_nobody_named():
    text = "Wethouder Jan Bakker (61) opent de vergadering. ‘Dit is onzin’, zegt de 54-jarige."
    assert speaker_of(text, "Dit is onzin") != "Jan Bakker"


# a law named as a capitalised compound on "wet" is a work, which no "hij" points to and which
# never speaks (entities._noun_type)
def test_a_law_named_as_a_compound_is_a_work():
    from quoteattr.entities import EntityType, entity_type
    for law in ("Klimaatwet", "Omgevingswet", "Participatiewet"):
        assert entity_type(law) is EntityType.WORK
    assert entity_type("Bakker") is EntityType.PERSON


# a party compound broken after its hyphen ("GroenLinks- fractievoorzitter") is still the function
# before the name (cues.phrase_at)
def test_party_compound_broken_after_its_hyphen_before_a_name():
    text = "‘Een gemiste kans’, zegt D66- fractievoorzitter Berend Potjer."
    assert speaker_of(text, "gemiste kans") == "Berend Potjer"
