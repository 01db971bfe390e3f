"""News rules of the news17 round, each with sentences written for the test in Dutch news style."""
from __future__ import annotations

from conftest import speaker_of, speech_of


def _indirect(text: str) -> list:
    """The indirect-speech records of ``text``."""
    return [q for q in speech_of(text) if q.kind == "indirect"]


# a function followed by "van de/het" and a name is a function OF that body: the body holds no
# function, so a later "de … rechter" is the person (mentions.collect_names)
def test_body_after_a_function_with_an_article_holds_no_function():
    text = ("Dat zegt Piet Verhoef, een man met een baard, die vorig jaar met pensioen ging als rechter van "
            "het Gerechtshof. 'Het is een schande.' De raad is 'niet onafhankelijk', zegt de gepensioneerde "
            "rechter.")
    assert speaker_of(text, "niet onafhankelijk") == "Piet Verhoef"


def test_the_body_is_never_the_described_person():
    text = ("Dat zegt Piet Verhoef, die vorig jaar met pensioen ging als rechter van het Gerechtshof. "
            "De raad is 'niet onafhankelijk', zegt de gepensioneerde rechter.")
    assert speaker_of(text, "niet onafhankelijk") != "Gerechtshof"


def test_director_of_a_named_park_is_not_the_park():
    text = ("Anouk Smeets werkt al tien jaar als directeur van de Dierentuin. "
            "Het gaat 'heel goed', aldus de directeur.")
    assert speaker_of(text, "heel goed") == "Anouk Smeets"


def test_portfolio_without_article_still_names_the_minister():
    text = "Minister van Financiën Wopke Hoekstra zegt dat de begroting klopt."
    assert speaker_of(text, "de begroting klopt") == "Wopke Hoekstra"


# a time adverbial after a description ends it: "zei de president vorige week" (cues.phrase_at)
def _mention_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    q = next(q for q in speech_of(text) if fragment in q.text)
    return q.speaker_mention, q.speaker_role


def test_time_adverbial_is_no_part_of_the_description():
    text = "Premier Karin Smit bezocht Gent. 'We gaan door', zei de premier vorige week."
    mention, role = _mention_of(text, "We gaan door")
    assert mention == "de premier" and role == "premier"


def test_temporal_modifier_before_a_person_noun_stays():
    text = "'Het was een zware tijd', zei de vorige voorzitter."
    assert _mention_of(text, "zware tijd")[0] == "de vorige voorzitter"


# reported speech may hold a partial quotation: both are records (sieves/indirect._QUOTED_MAX)
def test_volgens_clause_holding_a_partial_quotation_is_indirect_speech():
    text = "Volgens de trainer staat de spits bekend om 'een erg kort lontje'."
    kinds = sorted(q.kind for q in speech_of(text))
    assert kinds == ["indirect", "partial"]
    ind = _indirect(text)[0]
    assert ind.text.startswith("staat de spits") and ind.speaker == "de trainer"


def test_aldus_clause_holding_a_partial_quotation_is_indirect_speech():
    text = "De gemeente kan de nieuwe brug dit jaar 'echt niet betalen', aldus wethouder Kees Mol."
    ind = _indirect(text)
    assert ind and ind[0].text.startswith("De gemeente kan") and ind[0].speaker == "Kees Mol"


def test_a_clause_that_is_mostly_quotation_stays_a_quotation():
    text = "Volgens Mol is het 'een plan zonder enige toekomst en zonder draagvlak in de stad'."
    assert [q.kind for q in speech_of(text)] == ["partial"]


# "…, volgens X." closing a sentence: the reported clause ends before the comma
def test_volgens_closing_the_sentence_is_no_part_of_the_clause():
    text = "Er was geen sprake van een schikking, volgens de advocaat."
    ind = _indirect(text)[0]
    assert ind.text == "Er was geen sprake van een schikking" and ind.speaker == "de advocaat"


def test_volgens_inside_the_sentence_keeps_the_whole_sentence():
    text = "De economie groeit, volgens het CBS, nog altijd hard."
    ind = _indirect(text)[0]
    assert ind.text == "De economie groeit, volgens het CBS, nog altijd hard"


# "beseffen dat": a cognition verb reports its dat-clause, like "onderkennen" (speech_verbs.tsv)
def test_beseffen_dat_is_reported_thought():
    text = "Trainer Kees Mol beseft dat de ploeg nog veel moet leren."
    ind = _indirect(text)[0]
    assert ind.text == "de ploeg nog veel moet leren" and ind.speaker == "Kees Mol"


def test_beseffen_without_a_clause_is_no_cue():
    assert not _indirect("Kees Mol beseft het ernst van de zaak niet.")


# a short phrase between commas may stand between the speech verb and its 'dat'
def test_inserted_phrase_before_dat():
    text = "Wethouder Kees Mol zegt, net als vorig jaar, dat de brug in maart opengaat."
    ind = _indirect(text)[0]
    assert ind.text == "de brug in maart opengaat" and ind.speaker == "Kees Mol"


def test_a_long_insertion_is_no_bridge():
    text = ("Wethouder Kees Mol zegt, na een lange vergadering van de raad over de begroting van volgend "
            "jaar, dat hij moe is.")
    assert not [q for q in speech_of(text) if q.kind == "indirect" and q.text.startswith("hij moe")]


# a te-infinitive clause may hold a quoted word too (sieves/indirect._te_infinitive)
def test_te_infinitive_holding_a_partial_quotation():
    text = "Oud-trainer Kees Mol zei 'heel tevreden' te zijn met het nieuwe bestuur."
    kinds = sorted(q.kind for q in speech_of(text))
    assert kinds == ["indirect", "partial"]
    assert all(q.speaker == "Kees Mol" for q in speech_of(text))


# a noun phrase that cannot speak, then an inquit, is what is said: "Een goede zaak, vindt X"
def test_verbless_statement_before_an_inquit():
    text = "De kerken lopen zondag mee. Een prima initiatief, vindt predikant Anna de Wit."
    ind = _indirect(text)[0]
    assert ind.text == "Een prima initiatief" and ind.speaker == "Anna de Wit"


def test_subject_with_apposition_is_no_statement():
    text = "De burgemeester van Zwolle, Piet Mol, sprak van een ramp."
    assert not _indirect(text)


# a noun for a kind of body or medium, then the body's name: the name speaks (cues._classed_name)
def test_press_agency_named_with_its_kind():
    assert speaker_of("'De grens is dicht', meldt persbureau Anadolu.", "grens is dicht") == "Anadolu"


def test_newspaper_with_adjective_and_name():
    text = "Het kabinet moet opstappen, schrijft het Belgische dagblad De Morgen."
    assert speaker_of(text, "kabinet moet opstappen") == "De Morgen"


def test_company_named_with_its_kind():
    assert speaker_of("'We sluiten tien filialen', aldus de keten Bakkerij Vos.", "tien filialen") == "Bakkerij Vos"


def test_municipality_keeps_its_noun():
    assert speaker_of("'Het plein gaat dicht', aldus de gemeente Zwolle.", "plein gaat dicht") == "gemeente Zwolle"


def test_a_person_after_a_body_noun_is_no_body_name():
    text = "'Ik stop ermee', zegt de club Kees de Wit niet eens te hebben gebeld."
    assert speaker_of(text, "Ik stop ermee") != "Kees de Wit"


# who reports no one's words: the generic "je"/"men", the "u" addressed, and the writer's own
# "ik"/"we" in a text not told in the first person (sieves/indirect, attribute)
def test_generic_je_reports_nothing():
    text = "Het plan kost veel geld. Nu kun je zeggen dat de stad daar niets aan heeft."
    assert not _indirect(text)


def test_the_writers_own_thought_is_no_quotation():
    text = ("De raad vergaderde gisteren. Ik denk dat de wethouder gelijk heeft. "
            "Lang dachten we dat de brug nooit zou komen.")
    assert not _indirect(text)


def test_a_named_persons_clause_beside_the_writers_stays():
    text = "Ik denk dat het goed is. Wethouder Kees Mol zegt dat de brug in maart opengaat."
    ind = _indirect(text)
    assert [q.speaker for q in ind] == ["Kees Mol"]


def test_a_first_person_narrator_reports_speech():
    text = ("“Kom je morgen?” vroeg Anna.\n\n“Misschien,” zei ik.\n\n"
            "Ik zei dat ik eerst mijn werk moest afmaken.")
    assert _indirect(text)


# a demonstrative 'dat' after a speech verb opens no clause: "zei dat in Brussel" (indirect._may_hold_verb)
def test_demonstrative_dat_opens_no_reported_clause():
    text = "Minister Anna Smit zei dat in Den Haag na overleg met de provincies."
    assert not _indirect(text)


def test_a_clause_opened_by_a_preposition_is_still_reported():
    text = "Minister Anna Smit zei dat in Den Haag geen akkoord is bereikt."
    ind = _indirect(text)
    assert [q.text for q in ind] == ["in Den Haag geen akkoord is bereikt"]


# a participle after its auxiliary is no plural noun for people ("is overleden")
def test_plural_pronoun_skips_a_participle():
    text = ("Het leger spreekt tegen dat de visser is overleden. "
            "Zij zeggen dat de man gezond en wel is.")
    assert speaker_of(text, "gezond en wel") != "overleden"


# a closed compound of a club or party and a function before a given name is a role
def test_closed_compound_function_before_a_given_name():
    assert speaker_of("'We winnen', aldus Feyenoordtrainer Kees van Dam.", "We winnen") == "Kees van Dam"


def test_demonym_before_a_given_name_is_a_description():
    assert speaker_of("'Mooi', zegt Amsterdammer Kees de Wit.", "Mooi") == "Kees de Wit"


def test_an_initial_written_after_a_given_name_is_found_once_per_document():
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.lang import load_language
    from quoteattr.model import Document

    an = DocumentAnalysis(Document(id="t", text="Verdachte Leon Z. zweeg. Later sprak Z. wel."), load_language("nl"))
    assert an.written_after_a_word("Z.") and an.written_after_a_word("Z.")
    assert not an.written_after_a_word("K.")


# a capitalised modifier inside the sentence ends a particle surname: "De Jonge zegt" has a verb
def test_particle_surname_that_is_also_an_adjective_before_the_verb():
    text = "Minister Hugo de Jonge is er klaar mee. De Jonge zegt dat de regels strenger worden."
    ind = _indirect(text)
    assert [q.text for q in ind] == ["de regels strenger worden"] and ind[0].speaker == "Hugo de Jonge"


def test_an_adjective_before_a_verb_form_still_makes_a_noun():
    # "de jonge verzekerden": a noun after an attributive adjective, no speech verb
    assert not _indirect("De premie van de jonge verzekerden stijgt.")


# who 'volgens' names: a member of a party ("de PvdA'er"), a plural the lexicon knows for people
# ("critici"); not a rule or a figure
def test_volgens_a_party_member():
    ind = _indirect("Volgens de D66'er gaat het plan te ver.")
    assert [q.text for q in ind] == ["gaat het plan te ver"]


def test_volgens_critici():
    ind = _indirect("Volgens critici is de nieuwe brug te smal.")
    assert [q.speaker for q in ind] == ["critici"]


def test_volgens_de_regels_reports_nothing():
    assert not _indirect("Volgens de regels is parkeren daar verboden.")


def test_a_clause_opened_by_a_preposition_may_run_past_a_comma():
    text = "Minister Anna Smit zei dat in Den Haag, net als vorig jaar, geen akkoord is bereikt."
    assert [q.text for q in _indirect(text)] == ["in Den Haag, net als vorig jaar, geen akkoord is bereikt"]


# a subheading run into a one-line body: the capitalised article or function after a lower-case
# word starts the real sentence, whose subject speaks (grammar._subject_after_glued_heading)
def test_subject_after_a_glued_subheading():
    text = "Nieuwe koers De Franse minister van Financiën Anne Morel zei gisteren dat de begroting klopt."
    assert [q.speaker for q in _indirect(text)] == ["Anne Morel"]


def test_glued_subheading_before_a_function_and_name():
    text = "Krappe begroting Wethouder Kees Mol zei gisteren dat het geld op is."
    assert [q.speaker for q in _indirect(text)] == ["Kees Mol"]


# a place and the initials of its district are an address, no person ("Londen S. W.")
def test_a_postmark_is_no_person():
    text = ("“Lees dit,” zei Anna. Op de envelop stond: Londen S. W. Datum: 7 juli.\n\n"
            "“Wie heeft hem gestuurd?” vroeg zij.")
    assert speaker_of(text, "Wie heeft hem") != "Londen S. W. Datum"


# a function at a named body is not someone whose role names another body ("PVV-leider" is no
# "voorman van Forum voor Democratie"; Resolver.by_role)
def test_description_with_a_body_skips_a_member_of_another_body():
    text = ("PVV-leider Geert Wolters en FvD-voorman Tom Baart debatteerden. Wolters viel de premier aan. "
            "„Het is een van de domste plannen”, aldus de voorman van Forum voor Democratie.")
    assert speaker_of(text, "domste plannen") == "Tom Baart"
