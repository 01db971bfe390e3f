"""News rules of stop 28, each with sentences written for the test in Dutch news style."""
from __future__ import annotations

from conftest import speaker_of, speech_of

from quoteattr.entities import EntityType, entity_type


def _indirect_speaker(text: str) -> str | None:
    """The speaker of the first record of reported speech in ``text``."""
    return next(q for q in speech_of(text) if q.kind == "indirect").speaker


# "van de" before an organisation's name is where someone works, not the particle of a surname,
# also when more words follow the organisation (mentions._capitalised_run)
def test_organisation_after_van_de_ends_the_name():
    text = "De wachtlijsten groeien. Sanne Vos van de Universiteit Utrecht vindt dat de regels te streng zijn."
    assert _indirect_speaker(text) == "Sanne Vos"


# a given name that opens a sentence before a surname and a particle is the person's given name,
# not a common noun capitalised by its place ("Kermisexploitant Joke van 't Hek")
def test_sentence_initial_given_name_before_a_particle_stays_in_the_name():
    text = "De wachtlijsten groeien. Eva Mulder van de Universiteit zegt dat het beter gaat."
    assert _indirect_speaker(text) == "Eva Mulder"


def test_particle_surnames_keep_their_particles():
    for name in ("Kees van der Berg", "Bert van den Heuvel", "Karel de Groot"):
        text = f"De wachtlijsten groeien. {name} zegt dat het beter gaat."
        assert _indirect_speaker(text) == name


def test_a_function_before_particle_name_is_no_part_of_it():
    text = "Het plan is klaar. Kermisexploitant Joke van 't Hek zegt dat de kermis doorgaat."
    assert _indirect_speaker(text) == "Joke van 't Hek"


# "de vrouw", "de man" when the text brought in no unnamed person of that gender: the one person
# of that gender named just before, whose name tells it (resolve/described.py)
def test_de_vrouw_is_the_one_woman_named_before():
    text = ("De voorzitter van de rechtbank vroeg Sanne de K. waarom ze had gelachen. \"Het was een grap "
            "over een liedje\", antwoordde de vrouw.")
    assert speaker_of(text, "Het was een grap") == "Sanne de K."


def test_de_vrouw_after_an_unnamed_woman_is_not_the_named_one():
    text = ("Burgemeester Anna Smit opende het nieuwe plein. Een vrouw uit de buurt was boos. \"Niemand heeft "
            "ons iets gevraagd\", zei de vrouw.")
    assert speaker_of(text, "Niemand heeft ons") != "Anna Smit"


# a name that closes with a noun for a venue is a place, also after a given name
def test_a_venue_named_after_someone_is_a_place():
    assert entity_type("Johan Cruijff Arena") is EntityType.PLACE
    assert entity_type("Philips Stadion") is EntityType.PLACE
    assert entity_type("Jan van den Brug") is EntityType.PERSON  # a particle: a surname
    text = ("Het concert is zaterdag in de Willem Kuipers Arena. Een zanger zegt dat het uitverkocht is. "
            "\"Het wordt een feest\", zei de man.")
    assert speaker_of(text, "Het wordt een feest") != "Willem Kuipers Arena"


# a quotation opening with "een" after a noun that usually announces a name ("het plan",
# "de campagne") is a predicate someone gives it, their words, not the plan's name (kinds.py)
def test_indefinite_quote_after_a_name_marker_is_partial():
    text = "Het plan is klaar. Kamerlid Kees Dam noemt het plan \"een wassen neus\"."
    (q,) = speech_of(text)
    assert (q.kind, q.speaker) == ("partial", "Kees Dam")


def test_capitalised_name_after_a_name_marker_stays_other():
    text = "Het kabinet presenteerde het plan \"Groen Wonen\" gisteren in Den Haag."
    assert [q.kind for q in speech_of(text)] == []


# a compound on a body's noun is that body ("het pensioenfonds", "het stadsbestuur"), and a
# bare noun for a body after "volgens" is the source ("volgens justitie"), cues._compound_organisation
# and grammar.volgens_source
def test_compound_body_noun_is_a_source():
    assert _indirect_speaker("Het was druk. Volgens het pensioenfonds zijn de werknemers afgemeld.") \
        == "pensioenfonds"
    text = "Het was druk. \"Wij betalen niet\", zegt het stadsbestuur."
    assert speaker_of(text, "Wij betalen niet") == "stadsbestuur"


def test_bare_body_noun_after_volgens_is_a_source():
    assert _indirect_speaker("Het was druk. Volgens justitie is zij in 2015 naar Syrië vertrokken.") == "justitie"


def test_volgens_a_rule_or_plan_reports_no_speech():
    for text in ("Het was druk. Volgens de regels is dat verboden.",
                 "Het was druk. Volgens planning is de brug in mei klaar.",
                 "Het was druk. Volgens het bestemmingsplan mag daar niets gebouwd worden."):
        assert [q for q in speech_of(text) if q.kind == "indirect"] == [], text


# "…, zo meldt de politie.": "zo" before a speech verb after the clause points back at it
# (sieves/indirect.py, rule 3)
def test_zo_before_a_speech_verb_after_the_clause():
    q = next(q for q in speech_of("Het was druk. De man is gisteren opgepakt, zo meldt de politie.")
             if q.kind == "indirect")
    assert (q.text, q.speaker, q.cue) == ("De man is gisteren opgepakt", "politie", "zo meldt")


def test_zo_without_a_speech_verb_reports_nothing():
    assert [q for q in speech_of("Het was druk. Het ging altijd al zo, zo ging het gewoon.")
            if q.kind == "indirect"] == []


# newsroom cues of findings and convictions (lang/nl/speech_verbs.tsv): "heeft berekend dat",
# "is tot de conclusie gekomen dat", "liet vallen dat"; "liet het glas vallen" reports nothing
def test_findings_and_conclusions_report_speech():
    assert _indirect_speaker("Het was druk. Het RIVM heeft berekend dat de kans klein is.") == "RIVM"
    assert _indirect_speaker("Het was druk. De directie is tot de conclusie gekomen dat het niet gaat.") \
        == "directie"
    assert _indirect_speaker("Het was druk. Minister Kees Dam liet vallen dat hij stopt.") == "Kees Dam"
    assert [q for q in speech_of("Het was druk. Minister Kees Dam liet het glas vallen.")
            if q.kind == "indirect"] == []


# a speech or opinion verb whose subject is "ze"/"hij", a sentence or two before a quotation with
# no cue, names its source as a name there does (preceding._cue_subject)
def test_pronoun_subject_of_an_earlier_opinion_verb_is_the_source():
    text = ("Er komen veel grappen. \"Die is goed\", zegt een woordvoerder van Defensie. Een echt goede grap "
            "heeft kenner Ineke Strouken nog niet gehoord. Voorlopig vindt ze de nieuwe bikini een matige "
            "winnaar. Die kwam vorige week uit. \"Dat kan waar zijn, of onzin.\"")
    assert speaker_of(text, "Dat kan waar zijn") == "Ineke Strouken"


def test_a_pronoun_that_says_nothing_is_no_source():
    text = ("Er komen veel grappen. \"Die is goed\", zegt een woordvoerder van Defensie. Kenner Ineke Strouken "
            "was er ook. Daarover zegt ze niets. Die grap kwam vorige week uit. \"Dat kan waar zijn, of onzin.\"")
    assert speaker_of(text, "Dat kan waar zijn") != "Ineke Strouken"


# given names of more countries in the news (Faker's en_GB, es_ES, it_IT, pl_PL, pt_BR, tr_TR,
# ...), but none that is a frequent Dutch word or a place (entities._load_faker)
def test_foreign_given_names_without_dutch_words_or_places():
    from quoteattr.entities import is_given_name
    assert is_given_name("Andrzej") and is_given_name("Kirsty") and is_given_name("Recep")
    assert not is_given_name("Beste") and not is_given_name("Israel") and not is_given_name("Orlando")


def test_a_foreign_given_name_tells_the_gender_a_pronoun_needs():
    from quoteattr.entities import given_name_gender
    assert given_name_gender("Kirsty") == "f" and given_name_gender("Andrzej") == "m"
