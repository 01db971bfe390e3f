"""News rules of the news15 round, each with sentences written for the test in Dutch news style."""
from __future__ import annotations

from conftest import speaker_of, speech_of


# a subject pronoun goes on with the subject pronoun before it, not with the name that sentence
# holds as an object (resolve/pronoun._pronoun_chain); the woman's given name is on no list
def test_hij_goes_on_with_hij_not_with_the_object():
    text = ("De 31-jarige Dennis K. uit Zwolle zit vast in Turkije. In 2016 reisde hij naar Istanbul. "
            "Daar trouwde hij met de toen 17-jarige Nadifa Warsame. Tegen de krant zei hij dat de "
            "bruiloft snel geregeld was. “Ik kende haar amper.” “Het was haar eigen keuze”, zei hij "
            "over het huwelijk.")
    assert speaker_of(text, "bruiloft snel") == "Dennis K."
    assert speaker_of(text, "kende haar amper") == "Dennis K."
    assert speaker_of(text, "eigen keuze") == "Dennis K."


def test_hij_chain_in_the_next_sentence():
    text = ("De 31-jarige Dennis K. uit Zwolle zit vast in Turkije. Daar trouwde hij met de toen "
            "17-jarige Nadifa Warsame. Hij zei dat het eten slecht is.")
    assert speaker_of(text, "eten slecht") == "Dennis K."


def test_zij_after_the_object_is_left_alone():
    # only "hij" is always a subject; "zij" may be the woman named as the object
    text = ("Wethouder Koos Brink opende de brug. Daarna sprak hij met de toen 17-jarige Nadifa "
            "Warsame. Zij zei dat het eten slecht is.")
    assert speaker_of(text, "eten slecht") == "Nadifa Warsame"


def test_an_object_without_a_pronoun_before_it_stays():
    # no pronoun stands before the name in its sentence: nearest name as before
    text = ("Burgemeester Hanna Velt opende de nieuwe brug. Daarna sprak Piet Dorsman de bewoners toe. "
            "Hij zei dat de brug veel te laat komt.")
    assert speaker_of(text, "te laat komt") == "Piet Dorsman"


# a quoted fragment in a relative clause whose pronoun is its subject is the words of the name or
# body the clause hangs on (sieves/carry.relative_subject)
def test_fragment_in_a_relative_clause_is_its_antecedents():
    text = ("Wethouder Karin Smit opende dinsdag het nieuwe zwembad. Het ontslag van Ruud Lammers, die "
            "zijn baan 'een roeping' noemde, kwam als een verrassing.")
    assert speaker_of(text, "een roeping") == "Ruud Lammers"


def test_fragment_in_a_relative_clause_on_a_body():
    text = ("Piet Hol zette in 2005 een vereniging op: de Stichting Oude Molens, die vrijwilligers zoekt "
            "'met hart voor het ambacht'. Hol is daar trots op.")
    assert speaker_of(text, "hart voor het ambacht") == "Stichting Oude Molens"


def test_relative_clause_with_its_own_subject_is_not_the_antecedents():
    # "die zij … noemde": the relative pronoun is the object, "zij" says it
    text = ("Wethouder Karin Smit opende dinsdag het nieuwe zwembad. Het plan van Ruud Lammers, die zij "
            "'een gok' noemde, gaat niet door.")
    assert speaker_of(text, "een gok") == "Karin Smit"


def test_relative_clause_on_a_phrase_after_a_preposition_is_left_alone():
    # "mensen in de stad, die …": the clause hangs on the whole phrase, not on "de stad"
    text = ("Wethouder Karin Smit opende dinsdag het zwembad. Er waren mensen in de stad, die het bad "
            "'veel te duur' noemden.")
    assert speaker_of(text, "veel te duur") != "stad"


# a plural in -en writes the long vowel of the singular single ('diplomaat' → 'diplomaten',
# 'econoom' → 'economen'): such plurals of functions are people too (lang.long_vowel)
def test_plural_of_a_function_with_a_long_vowel_before_a_speech_verb():
    text = "De top in Brussel is uitgesteld. Spaanse diplomaten zeggen dat het akkoord er toch komt."
    q = [q for q in speech_of(text) if q.kind == "indirect"]
    assert q and q[0].speaker == "Spaanse diplomaten"


def test_plural_with_a_long_vowel_and_a_quoted_fragment():
    text = ("De hervorming blijft omstreden. Duitse economen spreken over een 'riskant experiment'. "
            "Het kabinet houdt vast aan het plan.")
    assert speaker_of(text, "riskant experiment") == "Duitse economen"


def test_long_vowel_rule_keeps_short_vowels():
    from quoteattr.lang import long_vowel
    assert long_vowel("diplomat") == "diplomaat"
    assert long_vowel("pilot") == "piloot"
    assert long_vowel("bank") == "bank"      # two consonants: the vowel is short
    assert long_vowel("rechter") == "rechter"  # 'e' is left alone


# a common noun for a kind of body, capitalised because it opens the sentence and written in lower
# case elsewhere in the text, is no name of one body (resolve/mention.py, credible names)
def test_capitalised_plural_of_a_body_noun_is_no_name():
    text = ("“We moeten nu iets doen”, zegt dominee Klaas Mulder. Steeds meer kerken leggen zonnepanelen "
            "op het dak. Kerken houden zaterdag een open dag, er is een speciaal 'duurzaam' lied "
            "geschreven. Waarom is dat nodig? “Omdat het klimaat ons allemaal aangaat.”")
    speakers = {q.speaker for q in speech_of(text)}
    assert "Kerken" not in speakers
    assert speaker_of(text, "klimaat ons allemaal") == "Klaas Mulder"


def test_a_listed_body_at_the_sentence_start_stays_a_name():
    text = "Rabobank verhoogt de rente. De bank zegt dat sparen weer loont. “Het wordt tijd”, aldus Rabobank."
    assert speaker_of(text, "Het wordt tijd") == "Rabobank"


# scriptures are books, not speakers (lang/nl/works.tsv): a question about what the Bible says
# is put to the one interviewed, who answers
def test_the_bible_is_no_speaker():
    text = ("“Zorg voor de aarde is een opdracht”, zegt theoloog Anke Bos. Wat zegt de Bijbel daarover? "
            "“Dat de mens rentmeester is.” Over de zondvloed staat veel in de Bijbel. "
            "“Het verhaal gaat over een nieuw begin.”")
    assert speaker_of(text, "rentmeester") == "Anke Bos"
    assert speaker_of(text, "nieuw begin") == "Anke Bos"
