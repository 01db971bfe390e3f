"""News rules of the news16 round, each with sentences written for the test in Dutch news style."""
from __future__ import annotations

import quoteattr

from conftest import speaker_of


# a possessive points to the person just described without a name (resolve/described._unnamed_owner)
def test_possessive_of_an_unnamed_girl():
    text = ("Het al dagen vermiste meisje (14) uit Zwolle is terecht. Dat meldt haar moeder. "
            "Ze zegt dat haar dochter ongedeerd is.")
    assert speaker_of(text, "Het al dagen") == "moeder van het meisje"


def test_possessive_of_an_unnamed_man_introduced_with_een():
    text = "Een man uit Tilburg is vrijgesproken van brandstichting. Zijn advocaat zegt dat hij blij is met de uitspraak."
    assert speaker_of(text, "blij is") == "advocaat van de man"


def test_pronoun_after_the_unnamed_owners_relative():
    text = ("Het vermiste meisje (14) uit Zwolle is terecht. Dat meldt haar vader. Hij bracht haar naar "
            "een kliniek. Hij zei eerder bang te zijn dat ze iets zou overkomen.")
    assert speaker_of(text, "iets zou overkomen") == "vader van het meisje"


def test_possessive_of_a_named_person_is_unchanged():
    text = "De Amsterdammer Piet de Vries is opgepakt. Zijn advocaat zegt dat hij onschuldig is."
    assert speaker_of(text, "onschuldig") == "advocaat van Piet de Vries"


def test_noun_inside_a_quotation_is_no_owner():
    text = "'Het meisje is terug', staat op de site. Haar vader zegt dat alles goed gaat."
    assert speaker_of(text, "alles goed") != "vader van het meisje"


# a definite plural description refers back to the two names just joined with 'en'
# (resolve/pairs._pair_description)
def test_de_partijen_after_a_person_and_a_club():
    text = ("Trainer Kees Bakker en FC Twente gaan uit elkaar. De partijen zeggen dat de "
            "samenwerking niet meer werkt.")
    assert speaker_of(text, "samenwerking niet") == "Kees Bakker en FC Twente"


def test_plural_of_the_word_that_described_the_bodies():
    text = ("Vakbonden FNV en CNV hebben een brief aan de minister gestuurd. De vakbonden "
            "waarschuwen dat de stakingen doorgaan.")
    assert speaker_of(text, "stakingen doorgaan") == "FNV en CNV"


def test_plural_body_class_after_an_acronym_pair():
    text = ("Volgens de AIVD en inlichtingendienst MIVD neemt de dreiging toe. Het gaat om "
            "digitale spionage. Volgens de diensten is Rusland de grootste dreiging.")
    assert speaker_of(text, "Rusland de grootste").endswith("AIVD en MIVD")


def test_plural_noun_not_describing_the_pair_is_left_alone():
    text = ("Ajax en PSV spelen zondag de topper. De supporters zeggen dat de sfeer grimmig "
            "wordt.")
    assert speaker_of(text, "sfeer grimmig") != "Ajax en PSV"


# a function of several words and its one-word synonym are one function (lang/nl/title_phrases.tsv)
def test_named_prosecutor_then_de_aanklager():
    text = ("Officier van justitie Marieke de Boer eiste drie jaar cel. De aanklager zei dat de "
            "verdachte geen spijt toont.")
    assert speaker_of(text, "geen spijt") == "Marieke de Boer"


def test_unnamed_prosecutor_then_de_aanklager():
    text = ("Dat eiste de officier van justitie gisteren in Utrecht. Volgens de aanklager heeft de "
            "verdachte geen spijt.")
    assert speaker_of(text, "geen spijt") == "de officier van justitie"


def test_de_aanklager_alone_stays_itself():
    text = "De aanklager zei dat de verdachte geen spijt toont."
    assert speaker_of(text, "geen spijt") == "de aanklager"


def test_one_word_titles():
    from quoteattr.lang import load_language
    lang = load_language()
    assert lang.one_word_titles("De officier van justitie") == "de aanklager"
    assert lang.one_word_titles("de officieren") == "de officieren"


# a definite function noun is the unnamed person described before by a compound with that head
# (resolve/described._compound_function_before)
def test_de_docent_after_an_unnamed_compound_teacher():
    text = ("De inspectie onderzocht de schorsing van de 52-jarige wiskundedocent van het Stedelijk "
            "College. De docent ontkent dat hij leerlingen heeft beledigd. 'Ik heb niets verkeerds "
            "gezegd', zei hij tegen de krant.")
    assert speaker_of(text, "leerlingen heeft") == "de 52-jarige wiskundedocent van het Stedelijk College"
    assert speaker_of(text, "niets verkeerds") == "de 52-jarige wiskundedocent van het Stedelijk College"


def test_a_named_compound_holder_is_not_taken_as_unnamed():
    text = ("De schorsing van de wiskundedocent Jan Smit leidde tot ophef. De docent ontkent dat hij "
            "leerlingen heeft beledigd.")
    assert speaker_of(text, "leerlingen heeft") != "de wiskundedocent"


# 'groep' is a noun for a kind of body (lang/nl/body_classes.tsv): "de groep" after a named group
def test_de_groep_after_a_named_action_group():
    text = ("Ook de Stichting Groene Wijk liet van zich horen. De groep zegt dat de provincie de "
            "bezwaren van bewoners negeert.")
    assert speaker_of(text, "bezwaren van bewoners") == "Stichting Groene Wijk"


def test_de_groep_after_two_bodies_is_left_alone():
    text = ("Greenpeace en Milieudefensie voerden actie. De groep zegt dat de provincie de bezwaren "
            "van bewoners negeert.")
    assert speaker_of(text, "bezwaren van bewoners") not in ("Greenpeace", "Milieudefensie")


# a pair noun with no coordination: the two people just spoken of, when no one else is named there
def test_het_tweetal_for_the_two_people_just_named():
    text = ("Ruben de Graaf trouwde in 2015 met Sanne Mulder. Met De Graaf kreeg zij twee kinderen. "
            "Het tweetal zegt dat het terug wil naar Nederland.")
    assert speaker_of(text, "terug wil") == "Ruben de Graaf en Sanne Mulder"


def test_het_tweetal_with_three_people_named_is_left_alone():
    text = ("Ruben de Graaf trouwde in 2015 met Sanne Mulder. Ook Piet Jansen was erbij. "
            "Het tweetal zegt dat het terug wil naar Nederland.")
    assert speaker_of(text, "terug wil") != "Ruben de Graaf en Sanne Mulder"


# a lead's plain definite noun, then the body's proper introduction with 'een': the pronoun's
# person is named by the introduction (resolve/pronoun._introduced_after_lead)
def test_lead_de_vrouw_then_een_activist():
    text = ("Betoging loopt uit de hand\n\nDe vrouw die de wethouder uitschold, staat vandaag terecht. "
            "De rechter zal zich buigen over de zaak van een 24-jarige Utrechtse activist die haar "
            "leus op een demonstratie riep. 'Ik meende het niet', zei ze later.")
    assert speaker_of(text, "meende het niet") == "een 24-jarige Utrechtse activist"


def test_de_vrouw_far_from_the_lead_is_left_alone():
    text = ("Betoging loopt uit de hand\n\nDe demonstratie trok honderd mensen. Er waren spandoeken. "
            "Het bleef lang rustig. Toen sprak de vrouw het publiek toe. Ook een 24-jarige Utrechtse "
            "activist was er. 'Ik meende het niet', zei ze later.")
    assert speaker_of(text, "meende het niet") != "een 24-jarige Utrechtse activist"


def test_possessive_of_an_unnamed_townsman_in_naar():
    text = ("De rechter legde een boete op aan een Zwollenaar die te hard reed. Zijn advocaat zegt dat "
            "de meting niet klopt.")
    assert speaker_of(text, "meting niet") == "advocaat van de Zwollenaar"


def test_a_speech_noun_as_the_label_before_a_colon_is_no_speaker():
    text = "Columnist Michiel Couzy was er niet over te spreken. Citaat: ‘De wethouder zit met een probleem.’\n"
    quote = next(q for q in quoteattr.extract(text) if q.kind == "direct")
    assert quote.speaker == "Michiel Couzy"
