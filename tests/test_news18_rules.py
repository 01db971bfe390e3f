"""News rules of the news18 round, each with sentences written for the test in Dutch news style."""
from __future__ import annotations

from conftest import speaker_of, speech_of


def _first_indirect(text: str):
    """The first record of reported speech in ``text``."""
    return next(q for q in speech_of(text) if q.kind == "indirect")


# "zegt zij" is one woman: the singular verb settles the number the pronoun leaves open, also for
# a quotation whose speaker comes from the cue of the sentence before it (attribute._agreeing)
def test_singular_verb_makes_zij_a_woman_for_the_quote_after_it():
    text = ("De vroegere wethouder van de partij, Marleen Bosma, noemde het besluit onbegrijpelijk. In 2017 "
            "verloor zij nipt de strijd van Ron Meyer. De ruzie is nog niet voorbij, zegt zij. "
            "\"Ik heb er lang over nagedacht.\"")
    assert speaker_of(text, "Ik heb er lang over nagedacht") == "Marleen Bosma"



# a feminine form of a listed function is that function: "sociologe" is a socioloog, "politica" a
# politicus, "directrice" a directeur (lang._masculine_forms)
def test_feminine_function_bridges_to_the_named_holder():
    text = ("Socioloog Marieke Hoekstra van de universiteit kijkt ervan op: \"Dit hadden we niet verwacht.\" "
            "Hoe kan dat? \"Jongeren bewegen minder dan ooit\", zegt de sociologe.")
    assert speaker_of(text, "Jongeren bewegen minder") == "Marieke Hoekstra"


def test_feminine_function_before_a_name_is_her_role():
    text = ("De psychologe Ilse van Rooij volgt de kinderen al jaren. "
            "\"Het valt reuze mee\", zegt de psychologe.")
    assert speaker_of(text, "Het valt reuze mee") == "Ilse van Rooij"


def test_feminine_forms_of_functions():
    from quoteattr.lang import load_language

    lang = load_language("nl")
    assert [lang.title_head(w) for w in ("sociologe", "advocate", "politica", "ambassadrice")] == [
        "socioloog", "advocaat", "politicus", "ambassadeur"]
    assert lang.title_head("generale") is None  # "de generale repetitie": an adjective, no general


# two functions of one person joined by "en", then the name (cues.phrase_at)
def test_two_functions_joined_by_en_then_the_name():
    text = "\"We hebben goed ingekocht\", zegt partijwoordvoerder en toekomstig senator Ruud Hendriks."
    assert speaker_of(text, "We hebben goed ingekocht") == "Ruud Hendriks"


def test_two_people_each_with_a_function_stay_two():
    text = "\"We zijn er klaar voor\", zeggen burgemeester Anja Smit en wethouder Piet Klaassen."
    assert speaker_of(text, "We zijn er klaar voor") != "Piet Klaassen"


# a short phrase that places the function, then the apposed name (cues._apposition_after_place)
def test_apposed_name_after_a_placed_function_speaks():
    text = "\"Van een koerswijziging is geen sprake\", zegt de woordvoerder in de Kamer, Joost Verbeek."
    assert speaker_of(text, "Van een koerswijziging") == "Joost Verbeek"


def test_apposed_name_after_volgens_and_a_placed_function():
    text = "Volgens de woordvoerder in de gemeenteraad, Joost Verbeek, is er geen sprake van een koerswijziging."
    q = _first_indirect(text)
    assert (q.speaker, q.text) == ("Joost Verbeek", "is er geen sprake van een koerswijziging")


# a main clause has one phrase before its finite verb: a name filling it up to an inserted stretch
# is the subject (sieves/grammar._subject_before_inserted_clause)
def test_name_before_an_inserted_stretch_is_the_subject():
    text = ("Burgemeester Karin Dekker, dinsdag op bezoek in de wijk, noemde de vernielingen "
            "'volstrekt onacceptabel'.")
    assert speaker_of(text, "volstrekt onacceptabel") == "Karin Dekker"


def test_time_before_an_inserted_stretch_leaves_the_subject_after_the_verb():
    text = "Dinsdag, tijdens het debat, noemde wethouder Karin Dekker de vernielingen 'volstrekt onacceptabel'."
    assert speaker_of(text, "volstrekt onacceptabel") == "Karin Dekker"


# a quotation opening with "Zij" after a sentence whose subject and object are both women: the
# subject speaks of the other one, so the quotation is the subject's (attribute._opens_about)
def test_opening_pronoun_of_the_object_leaves_the_subject_speaking():
    text = ("Docent Britt Verhoef vindt het vak ondergewaardeerd: \"Het verdient meer aandacht.\" "
            "Oud-mentor Annelies Bakker gaf Sara Mulder ooit op voor de wedstrijd. "
            "\"Zij is precies de leraar die we nodig hebben.\"")
    assert speaker_of(text, "Zij is precies de leraar") == "Annelies Bakker"



# an adjective before an unlisted function before a name (cues.phrase_at)
def test_adjective_and_unlisted_function_before_a_name():
    text = "'Niemand heeft hem ooit zien aankomen', zegt maatschappelijk werker Fatima el Idrissi."
    assert speaker_of(text, "Niemand heeft hem ooit") == "Fatima el Idrissi"


# a medium's name that opens with no given name is no person: "hij" after "Tegen Sky News" is the
# minister (resolve/resolver.Resolver._type)
def test_a_broadcaster_named_before_the_pronoun_is_no_antecedent():
    text = ("Minister Philip Hammond sprak zich uit tegen het plan. "
            "Tegen Sky News zei hij dat iedereen gefrustreerd is.")
    q = _first_indirect(text)
    assert q.speaker == "Philip Hammond"


# a full name, then an article and more capitals: the name ends before the article
# (mentions._object_after_name)
def test_name_ends_before_the_article_of_what_follows():
    text = "Sinds Hendrik Bosman het Witte Huis adviseert, is alles anders. Hij noemde de EU een 'vijand'."
    assert speaker_of(text, "vijand") == "Hendrik Bosman"


def test_second_given_name_keeps_the_particle():
    text = "Jan Peter de Vries noemde de EU gisteren 'een lastige vriend die we nodig hebben'."
    assert speaker_of(text, "een lastige vriend") == "Jan Peter de Vries"


# an interview told as narration: the lead names who the reporter talks with, and a quotation right
# after a question of the narration is that person's answer (attribute._lead_interviewee)
_INTERVIEW = ("Bezorgers staakten gisteren bij het distributiecentrum. Dat blijkt uit een gesprek met "
              "directeur Marloes Verhagen. Hoe is het om zo'n groep voor de deur te hebben? \"Dat is "
              "indrukwekkend, ze zijn duidelijk ontevreden.\" De bezorgers willen een hoger tarief. Is dat "
              "bespreekbaar? \"Nee. Het tarief is al jaren hetzelfde.\"")


def test_answers_to_the_reporters_questions_are_the_interviewees():
    assert speaker_of(_INTERVIEW, "Dat is indrukwekkend") == "Marloes Verhagen"
    assert speaker_of(_INTERVIEW, "Het tarief is al jaren") == "Marloes Verhagen"


def test_a_question_without_an_interview_lead_names_no_interviewee():
    text = _INTERVIEW.replace("Dat blijkt uit een gesprek met directeur Marloes Verhagen. ", "")
    assert speaker_of(text, "Dat is indrukwekkend") != "Marloes Verhagen"


# a subordinate clause in the first place: the finite verb follows its comma, the subject that
# verb (sieves/preceding._inverted_subject)
def test_subject_after_a_fronted_subordinate_clause_is_who_the_passage_is_about():
    text = ("De verdachte Bram Kuipers kreeg twee aanklagers tegen zich. Nadat zijn zaak was afgesloten, deed "
            "advocaat Ilse Verweij het nog eens over. \"Als deze man niet zo had gereden, leefde de jongen nog.\"")
    assert speaker_of(text, "Als deze man niet zo") == "Ilse Verweij"


# a stage name or pseudonym the article states is an alias of the full name (naming.py)
def test_stage_name_is_an_alias_of_the_full_name():
    from quoteattr.lang import load_language
    from quoteattr.naming import naming_statements

    lang = load_language("nl")
    assert naming_statements("Vanavond zingt Lirra, artiestennaam van Lieke Ramaker (31), in Ahoy.", lang, []) \
        == {"Lirra": "Lieke Ramaker"}
    assert naming_statements("Lieke Ramaker, beter bekend als Lirra, zingt in Ahoy.", lang, []) \
        == {"Lirra": "Lieke Ramaker"}
    text = "Vanavond zingt Lirra, artiestennaam van Lieke Ramaker (31), in Ahoy. 'Ik heb er zin in', zegt Lirra."
    assert speaker_of(text, "Ik heb er zin in") == "Lieke Ramaker"


# "kandidaat" is a function: "AKP-kandidaat Binali Yildirim erkent dat …" (lang/nl/titles.txt)
def test_candidate_is_a_function_before_the_name():
    text = "AKP-kandidaat Okan Demir erkent dat zijn tegenstander een voorsprong heeft."
    q = _first_indirect(text)
    assert q.speaker == "Okan Demir"


# a surname's genitive -s without an apostrophe owns the noun for people after it
# (cues._genitive_noun)
def test_genitive_s_without_apostrophe_makes_the_owned_people_the_source():
    text = "Tom Bakker zweeg. Volgens Bakkers medewerkers hebben de beschuldigingen geen invloed."
    q = _first_indirect(text)
    assert q.speaker == "Bakkers medewerkers"


def test_full_name_ending_in_s_then_a_function_is_no_genitive():
    text = "Namens de kerk is Gerda Koks woordvoerster. 'Het was een mooie dag', zegt Gerda Koks woordvoerster."
    assert speaker_of(text, "Het was een mooie dag") != "Koks woordvoerster"


# a short prepositional phrase may stand between the auxiliary and the speech verb's participle
# (sieves/grammar._finite_of)
def test_prepositional_phrase_in_the_middle_field():
    text = "Jan Smit heeft bij de politie verklaard spijt te hebben van zijn uitlatingen."
    q = _first_indirect(text)
    assert (q.speaker, q.text) == ("Jan Smit", "spijt te hebben van zijn uitlatingen")


# a body noun compounded with a name says which body it is: no class-noun lookback to the last
# organisation named (resolve/bodies.class_body)
def test_named_compound_body_is_not_the_last_body_named():
    text = ("Het Hooggerechtshof verbood vorig jaar de beweging. "
            "De Jehovah-organisatie stelt dat er inmiddels 22 leden zijn opgepakt.")
    q = _first_indirect(text)
    assert q.speaker != "Hooggerechtshof"


# a capital right after an article is a name or a title used as a noun phrase, no one's words
# (kinds.classify)
def test_capitalised_quote_after_an_article_is_a_title():
    import quoteattr
    from quoteattr.model import KINDS

    text = "Actievoerders deelden de 'Tien regels voor een vreedzaam protest' uit aan voorbijgangers."
    q = next(q for q in quoteattr.extract(text, kinds=KINDS) if "Tien regels" in q.text)
    assert q.kind == "other"


def test_lower_case_quote_after_an_article_stays_someones_words():
    text = "De minister noemde het 'een schande voor het hele land' en vertrok."
    q = next(q for q in speech_of(text) if "schande" in q.text)
    assert q.kind == "partial"


# a vox pop: a heading quotation, a label of a name with an age and what the person does, then
# their words (attribute._age_label, _age_label_after)
_VOX_POP = ("Drie reacties op het besluit van de gemeente. 'Het voelt als verraad' Sanne Visser (34) "
            "Verpleegkundige in Zwolle 'Ik heb hier twintig jaar gewoond. Nu moet ik weg.' 'Eindelijk is er "
            "duidelijkheid' Kees Brouwer (61) Gepensioneerd leraar in Kampen 'Ik ben blij dat er nu een besluit ligt.'")


def test_words_after_a_vox_pop_label_are_that_persons():
    assert speaker_of(_VOX_POP, "Ik heb hier twintig jaar gewoond") == "Sanne Visser"
    assert speaker_of(_VOX_POP, "Ik ben blij dat er nu") == "Kees Brouwer"


def test_heading_before_a_vox_pop_label_is_that_persons():
    assert speaker_of(_VOX_POP, "Eindelijk is er duidelijkheid") == "Kees Brouwer"


# a noun for what someone says, "van" and the speaker, then the clause's verb before the colon
# (sieves/colon._said_by; speech_nouns.txt gains sneer, opmerking, vraag, verzoek, ...)
def test_speech_noun_of_a_person_then_the_verb_before_the_colon():
    text = ("Kamerlid Ruud Bakker noemde het besluit corrupt. Het kwam hem op een sneer van minister "
            "Anna Peeters te staan: \"Bakker heeft er duidelijk niets van begrepen.\"")
    assert speaker_of(text, "Bakker heeft er duidelijk niets") == "Anna Peeters"


# "voor de Eerste Kamer" between a name and its verb is an affiliation (sieves/grammar._affiliation_to)
def test_affiliation_with_voor_between_name_and_verb():
    text = "Lijsttrekker Anke de Groot voor de Eerste Kamer laat weten dat er met de partij valt te praten."
    q = _first_indirect(text)
    assert q.speaker == "Anke de Groot"


# the owner of a medium speaks through it: "volgens de website van X" has X as its source
# (sieves/grammar.source_of_work)
def test_website_of_a_body_names_the_body_as_source():
    text = "Volgens de website van Groen Laden kunnen rijders zich bij elke laadpaal melden."
    q = _first_indirect(text)
    assert q.speaker == "Groen Laden"
