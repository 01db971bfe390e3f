"""Carrying the floor in news: which person an uncued quote goes to when the narration between
two quotes brings someone else in, or names people who do not take the floor.

Every passage here is written for the test, in Dutch news style."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]


@pytest.mark.parametrize("text, speaker", [
    # a person in the phrase that opens the narrator sentence is who it is about; the quote after
    # it is that person's, not the last speaker's
    ("‘We liggen hier tot de zomer’, zegt kapitein Ruud Kramer. Voor de Haagse Lotte Brouwer is het de "
     "eerste reis op het schip. ‘Ik had het nooit zo groot verwacht.’", "Lotte Brouwer"),
    ("‘Het was een zware winter’, zegt boer Henk Mulder. Op Sanne de Graaf, die het bedrijf van haar "
     "vader overneemt, maakte de kou diepe indruk. ‘De koeien stonden wekenlang binnen.’", "Sanne de Graaf"),
    # a place or a body there is no one to hand the floor to: the last speaker goes on
    # ... unless the sentence names its own subject after the finite verb: the person in the
    # opening phrase is only its topic
    ("Chirurg Anouk Vermeer opereerde hem. ‘Het valt en staat met een goede begeleiding.’ De cijfers "
     "wisselen. Bij Kees de Boer ziet de chirurg dat niet snel gebeuren. ‘De meeste terugval komt in de "
     "eerste jaren.’", "Anouk Vermeer"),
    ("‘We liggen hier tot de zomer’, zegt kapitein Ruud Kramer. Voor de haven van Rotterdam is het een "
     "drukke tijd. ‘Elke week komen er nieuwe schepen binnen.’", "Ruud Kramer"),
])
def test_a_person_opening_the_narration_before_an_uncued_quote_takes_the_floor(text, speaker):
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a list of names opening the narration is no one person: the last speaker goes on
    ("Onderzoeker Mirjam Dekker spreekt van ‘opvallende cijfers’. ‘Zulke scores zagen we nooit eerder.’ "
     "Ziggo, Odido en KPN krijgen ook een compliment. ‘Zij hebben hun netten flink verbeterd.’", "Mirjam Dekker"),
    ("‘Ik heb het de raad gisteren uitgelegd’, zegt wethouder Erik Jonker. Henk Vos, Piet Smit en Kees "
     "Bakker zaten op de publieke tribune. ‘Iedereen kon horen wat er speelt.’", "Erik Jonker"),
    # one name opening it still is
    ("‘De dijk houdt het’, zegt waterschapsbestuurder Erik Jonker. Dijkgraaf Henk Vos is minder zeker. "
     "‘We moeten het water goed in de gaten houden.’", "Henk Vos"),
])
def test_a_list_of_names_in_the_narration_does_not_take_the_floor(text, speaker):
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a clause reported inside a sentence whose speaker is named is embedded in that speaker's
    # words: the next uncued quote stays with the speaker, not with the one who 'denkt'
    ("Volgens advocaat Marleen Hoek is het ‘begrijpelijk’ dat Tom Jansen denkt dat hij geen "
     "eerlijk proces krijgt. ‘Het dossier is pas gisteren compleet geworden.’", "Marleen Hoek"),
    # a reported clause in a sentence of its own does take the floor
    ("‘We gaan in hoger beroep’, zegt advocaat Marleen Hoek. Haar cliënt Tom Jansen denkt dat hij geen "
     "eerlijk proces krijgt. ‘Ik ben niet gehoord.’", "Tom Jansen"),
])
def test_a_clause_reported_inside_a_named_speakers_sentence_leaves_the_floor_to_that_speaker(text, speaker):
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # the source after 'volgens' is never the subject of its own clause: 'hem' is the lawyer
    ("Advocaat Pieter Kok wijst op de beloning. Getuige Sjaak Bos mocht volgens hem twee ton houden.",
     "Pieter Kok"),
    # with no name before it in the clause, the nearest person still is the source
    ("Advocaat Pieter Kok wijst op de beloning. Volgens hem mocht de getuige twee ton houden.", "Pieter Kok"),
])
def test_the_source_after_volgens_is_not_the_subject_of_its_own_clause(text, speaker):
    found = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert found and found[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # an adverb between the subject and its verb: the body that opens the sentence still owns the
    # quoted fragment, not the last speaker
    ("‘We praten met iedereen’, zegt fractieleider Anton Bril. De SP bijvoorbeeld wil niet met partijen "
     "‘die de zorg kapot bezuinigen’.", "SP"),
    ("‘We praten met iedereen’, zegt fractieleider Anton Bril. Ook GroenLinks zelf wil niet met partijen "
     "‘die het klimaat laten liggen’.", "GroenLinks"),
])
def test_an_adverb_after_the_subject_keeps_a_quoted_fragment_with_the_subject(text, speaker):
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # "aldus" names the source of the whole sentence; the speech verb inside it is what the
    # source reports, so its subject does not take the floor
    ("‘Het was even schrikken’, zegt schooldirecteur Anke Vos. De politie heeft met de buurman "
     "gepraat, aldus de directeur. ‘Hij heeft er spijt van.’", "Anke Vos"),
    ("De brandweer meldde dat de brand onder controle is, aldus Kees Jansen. ‘Niemand raakte gewond.’",
     "Kees Jansen"),
    # without "aldus" the subject of the speech verb goes on
    ("De brandweer meldde gisteren dat de brand onder controle is. ‘Niemand raakte gewond.’", "brandweer"),
])
def test_the_source_after_aldus_speaks_the_quote_that_follows(text, speaker):
    got = speakers(text)[-1]
    assert got is not None and got.split()[-1] == speaker.split()[-1]


@pytest.mark.parametrize("text, speaker", [
    # a question of a name alone suggests someone to the person interviewed: the answer is theirs
    ("‘Er komen nieuwe partijen’, zegt Fatma Kaya. Wie dan? Oud-minister van Financiën Piet de Boer? "
     "‘Bijvoorbeeld. Hij heeft veel aanhang.’", "Fatma Kaya"),
    # a question with a verb about one person introduces that person, who answers
    ("‘Er komen nieuwe partijen’, zegt Fatma Kaya. Gaat Piet de Boer nu zelf een partij oprichten? "
     "‘Dat sluit ik niet uit.’", "Piet de Boer"),
])
def test_a_question_of_a_name_alone_does_not_hand_the_floor_to_that_name(text, speaker):
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # an unnamed person introduced as the subject, then a pronoun: the pronoun is hers, never the
    # neighbourhood ("de wijk Presikhaaf" is a place) or a man named in between
    ("De bewoonster is nog steeds van slag. Het gebeurde bij haar voor de deur in de wijk Presikhaaf, "
     "waar aannemer Kees Smit aan het werk was. ‘Ik begrijp er niets van’, zegt ze.", "de bewoonster"),
    # a description after a named person of that gender is that person: no new one
    ("Burgemeester Anja Vos opende de vergadering. De burgemeester was kritisch. ‘Dit kan zo niet’, "
     "zegt ze.", "Anja Vos"),
])
def test_an_unnamed_subject_is_the_person_a_later_pronoun_points_to(text, speaker):
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # the same unnamed person, described again, keeps the description that introduced her
    ("De eigenares is nog steeds geschrokken. Het gebeurde zaterdag in haar winkel. ‘Ik stond te trillen’, "
     "zegt de vrouw.", "de eigenares"),
    ("Een 34-jarige fietser raakte gewond bij de botsing. ‘Ik zag de auto niet aankomen’, zegt de fietser.",
     "een 34-jarige fietser"),
    # a woman with a name is who "de vrouw" may be: no unnamed description is put in her place
    ("Een buurvrouw belde de politie. Ook Anna de Boer zag het gebeuren. ‘Het ging heel snel’, zegt de vrouw.",
     "de vrouw"),
])
def test_an_unnamed_person_keeps_the_description_that_introduced_them(text, speaker):
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a plain noun for a person that leaves the gender open ("de verdachte"), or an introduction
    # that does ("een automobilist"), is the one unnamed person the article introduced, also as a
    # capitalised demonym ("een 45-jarige Utrechter")
    ("De politierechter heeft gisteren een 45-jarige Utrechter veroordeeld tot een taakstraf. "
     "‘Ik had dit nooit moeten doen’, zei de verdachte.", "een 45-jarige Utrechter"),
    ("Op de A12 is een 52-jarige automobilist aangehouden. ‘Ik had haast’, zei de man.",
     "een 52-jarige automobilist"),
    # a function may be someone the article has not introduced
    ("De politierechter heeft gisteren een 45-jarige Utrechter veroordeeld tot een taakstraf. "
     "‘Dit was geen ongeluk’, zei de advocaat.", "de advocaat"),
    # two people introduced, or a named person the noun could be: no one to choose
    ("De politierechter heeft gisteren een 45-jarige Utrechter en een 30-jarige Amersfoorter veroordeeld. "
     "‘Ik had dit nooit moeten doen’, zei de verdachte.", "de verdachte"),
    ("Rechter Anna de Boer heeft gisteren een 45-jarige Utrechter veroordeeld tot een taakstraf. "
     "‘Ik had dit nooit moeten doen’, zei de verdachte.", "de verdachte"),
])
def test_a_noun_of_either_gender_is_the_one_unnamed_person_introduced(text, speaker):
    assert speakers(text)[-1] == speaker


def test_a_pronoun_after_the_bridged_description_points_to_the_same_person():
    text = ("De politierechter heeft gisteren een 45-jarige Utrechter veroordeeld tot een taakstraf. "
            "‘Ik had dit nooit moeten doen’, zei de verdachte. Hij gaf toe dat hij te veel had gedronken.")
    records = quoteattr.extract(text, kinds=KINDS)
    assert [(q.kind, q.speaker) for q in records] == [("direct", "een 45-jarige Utrechter"),
                                                      ("indirect", "een 45-jarige Utrechter")]


def test_a_name_written_after_te_is_a_place_no_pronoun_points_to():
    from quoteattr.lang import load_language
    from quoteattr.mentions import collect_names
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.model import Document
    from quoteattr.resolve import Resolver
    text = ("Pastoor Willem Hendriks preekte te Oostermaar. Later kwam Oostermaar in het nieuws, en ook "
            "Sientje Hendriks was er.")
    lang = load_language("nl")
    an = DocumentAnalysis(Document(id="t", text=text), lang)
    an.kinds = []
    resolver = Resolver(lang)
    collect_names(an, resolver)
    kinds = {e.name: resolver.settle(e).kind for e in resolver.entities}
    assert kinds["Oostermaar"] == "place"
    assert kinds.get("Sientje Hendriks", kinds.get("Willem Hendriks")) == "person"


@pytest.mark.parametrize("text, speaker", [
    # a named body opening the narration as the subject of its verb is who the passage is about:
    # the uncued quote after it is the body's, not the last speaker's
    ("‘Het veld is te nat’, zegt trainer Erik Jonker. De KNVB schrapt daarom alle wedstrijden van "
     "zondag. ‘We willen geen blessures riskeren.’", "KNVB"),
    # also when a sentence that names nobody stands between
    ("‘Het wordt een drukke zomer’, zegt kampeerder Sanne Bos. De ANWB waarschuwt automobilisten voor "
     "lange files. Op de A2 staat het nu al vast. ‘Vertrek vooral buiten de spits.’", "ANWB"),
    # a place opening the narration is no speaker: the last speaker goes on
    ("‘Het veld is te nat’, zegt trainer Erik Jonker. Groningen krijgt vannacht nog meer regen. "
     "‘We willen geen blessures riskeren.’", "Erik Jonker"),
    # a list of bodies is no one speaker
    ("‘Het veld is te nat’, zegt trainer Erik Jonker. Ajax en PSV spelen pas in mei. "
     "‘We willen geen blessures riskeren.’", "Erik Jonker"),
    # a body the sentence only describes (a copula) or is set in (after a preposition) does not act
    ("‘Het veld is te nat’, zegt trainer Erik Jonker. De KNVB is de grootste sportbond van het land. "
     "‘We willen geen blessures riskeren.’", "Erik Jonker"),
    ("‘Het veld is te nat’, zegt trainer Erik Jonker. Bij de KNVB heerst opluchting. "
     "‘We willen geen blessures riskeren.’", "Erik Jonker"),
])
def test_a_body_opening_the_narration_before_an_uncued_quote_takes_the_floor(text, speaker):
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text", [
    # the body the last speaker speaks for (a compound function, 'van' after the name, or the
    # body in brackets) is the one behind the speaker: the speaker goes on
    "‘We stoppen met plastic rietjes’, zegt Rabobank-directeur Sander Bos. Rabobank telt ruim "
    "dertigduizend werknemers. ‘Dit besluit raakt duizenden klanten.’",
    "‘We stoppen met plastic rietjes’, zegt directeur Sander Bos van Rabobank. Rabobank telt ruim "
    "dertigduizend werknemers. ‘Dit besluit raakt duizenden klanten.’",
    "‘We stoppen met plastic rietjes’, zegt Sander Bos (Rabobank). Rabobank telt ruim dertigduizend "
    "werknemers. ‘Dit besluit raakt duizenden klanten.’",
])
def test_the_body_a_speaker_speaks_for_does_not_take_the_floor_from_them(text):
    assert speakers(text)[-1] == "Sander Bos"


def test_speech_reported_in_first_person_narration_leaves_the_floor_to_the_speaker():
    # news narration never says "ik": a sentence that does is the speaker's own words whose
    # marks were lost, so the critics it reports do not take the floor from her
    text = ("‘Ik schrijf elke dag’, zegt schrijfster Anouk Bakker. Recensenten en lezers verweten mij dat "
            "ik te persoonlijk schrijf. Dat was vorig jaar. Maar het boek verkocht goed. ‘Dat zegt genoeg.’")
    assert speakers(text)[-1] == "Anouk Bakker"


def test_in_a_text_told_in_the_first_person_reported_speech_takes_the_floor_as_before():
    # "zei ik" after a quotation: the narrator is an "ik", so "ik" in the narration is no lost mark
    text = ("‘Ik ben te laat’, zei ik. Recensenten en lezers verweten mij dat ik te persoonlijk schreef. "
            "Dat was vorig jaar. Maar het boek verkocht goed. ‘Dat zegt genoeg.’")
    assert speakers(text)[-1] == "lezers"


@pytest.mark.parametrize("text, speaker", [
    # news names a suspect by given name and surname initial, then by the initial alone: the
    # initial opening the narrator sentence is that person, and the quote after it theirs
    ("Justitie eist drie jaar cel tegen Ruben T. uit Zwolle. ‘Dit was een doelbewuste aanval’, zei de "
     "officier van justitie Marieke Bosman. T. toonde in de rechtszaal berouw. ‘Ik had daar nooit moeten zijn.’",
     "Ruben T."),
    ("Tegen Sanne V. (34) is een werkstraf geëist. ‘Ze heeft het geld teruggestort’, zegt advocaat Erik "
     "Mol. V. was zichtbaar opgelucht. ‘Ik wil dit achter me laten.’", "Sanne V."),
    # an initial the text never writes after a given name is no one it introduced
    ("‘Dit was een doelbewuste aanval’, zei officier van justitie Marieke Bosman. T. toonde geen berouw. "
     "‘De straf moet hoog zijn.’", "Marieke Bosman"),
    # a possessive: "K.'s advocaten" are the subject, not K.
    ("Justitie eist drie jaar cel tegen Ruben K. uit Zwolle. ‘Dit was doelbewust’, zei officier van justitie "
     "Marieke Bosman. K.'s advocaten waren verbaasd. ‘Het dossier is dun.’", "Marieke Bosman"),
])
def test_a_surname_initial_opening_the_narration_is_the_person_introduced_with_it(text, speaker):
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # an apposition after the name ("Ron Davids, CDA'er in de raad, …") is no list of names: the
    # one person opening the sentence takes the floor
    ("‘Een mooie aanvulling’, zegt havenmeester Piet Smit. Anouk Visser, VVD-raadslid in de deelgemeente, "
     "is ook enthousiast. ‘Dit plan hadden we al jaren geleden willen indienen.’", "Anouk Visser"),
    ("‘Het water zakt’, zegt dijkwachter Henk Vos. Kees Bakker, CDA'er in het waterschap, blijft "
     "voorzichtig. ‘We zijn er nog lang niet.’", "Kees Bakker"),
    # a list still is no one person, with a capitalised word after its first comma as well
    ("‘De dijk houdt het’, zegt dijkwachter Henk Vos. Kees Bakker, Piet Smit en Jan de Boer keken mee. "
     "‘Het water staat nog hoog.’", "Henk Vos"),
])
def test_an_apposition_after_the_name_opening_the_narration_is_no_list(text, speaker):
    assert speakers(text)[-1] == speaker


def test_one_of_a_group_opening_the_narration_takes_the_floor():
    # "een van de ambtenaren": a plural noun, but one person picked from them speaks
    text = ("‘We werken samen, meer niet’, zegt gedeputeerde Joost Kramer. Een van de ambtenaren in de zaal "
            "staat op en richt zich tot Kramer. ‘Wij kunnen dat voor u regelen.’")
    assert speakers(text)[-1] == "een van de ambtenaren"


@pytest.mark.parametrize("text, speaker", [
    # a demonym no one was called before is an epithet for the person the passage is about
    ("Een paar straten verder krijgt de oude bakkerij een nieuwe bestemming. Michiel Bosman opent er met zijn "
     "vrouw een koffiebar. ‘In mei willen we open’, zegt de Amsterdammer.", "Michiel Bosman"),
    ("Op het plein staan honderden demonstranten. Nikos Papadakis kwam op eigen houtje in actie. ‘Ik wilde "
     "iets doen’, zegt de Griek.", "Nikos Papadakis"),
])
def test_a_demonym_refers_to_the_person_just_introduced(text, speaker):
    assert speakers(text)[-1] == speaker


def test_a_demonym_given_to_someone_keeps_pointing_at_them():
    # the Rotterdammer was named so; the person named last is someone else
    text = ("De Rotterdammer Joris Vermeer bakt al twintig jaar brood. Zijn buurman Kees Bakker verkoopt kaas. "
            "‘Het gaat goed’, zegt de Rotterdammer.")
    assert speakers(text)[-1] == "Joris Vermeer"


def test_a_number_opening_a_sentence_is_no_person():
    from quoteattr.entities import EntityType, entity_type
    assert entity_type("Tweehonderd") is EntityType.NONE
    assert entity_type("Vijfentwintig") is EntityType.NONE
    assert entity_type("Achterberg") is not EntityType.NONE  # a name that only begins like a number


def test_a_name_opened_by_het_is_no_person():
    # a business or building ("Het Zilveren Anker") is no person; a surname may open with "De"
    from quoteattr.entities import EntityType, entity_type
    assert entity_type("Het Zilveren Anker") is EntityType.ORGANISATION
    assert entity_type("De Vries") is EntityType.PERSON
    text = ("Ondernemer Lotte Jansen uit Breda heeft grote plannen met het oude pand. De eigenaar van café Het "
            "Zilveren Anker wil er elke week een andere keuken laten zien. ‘Thais, Grieks of Surinaams.’")
    assert (speakers(text)[-1] or "").startswith("de eigenaar")  # the owner, not "Zilveren Anker"


@pytest.mark.parametrize("text, speaker", [
    # a sentence opened by a phrase with a name in it, then the finite verb and the subject: the
    # subject speaks, not the newspaper or the place inside the opening phrase
    ("De oppositie juicht. In het Griekse dagblad Kathimerini ziet Eleni Pappas het zo: ‘Dit is het "
     "begin van het einde.’", "Eleni Pappas"),
    # no verb at all: where it was said, not who; the last speaker goes on
    ("‘Ik beloof niets’, zei Pieter Smit in een show. En in een volle sporthal in de havenstad Harlingen "
     "vorige week: ‘Waarom zou ik campagne voeren?’", "Pieter Smit"),
    # a body inside the opening phrase of a clause without a verb still speaks
    ("In de polders wordt veel gespoten. Tot verdriet van de Zeeuwse Milieufederatie: ‘Het is gevaarlijke "
     "rommel.’", "Zeeuwse Milieufederatie"),
])
def test_the_subject_of_a_clause_before_a_colon_follows_its_finite_verb(text, speaker):
    assert speakers(text)[-1] == speaker


def test_a_name_in_apposition_to_a_noun_for_a_body_is_no_antecedent_of_ze():
    # "haar nieuwe partij Nieuw Begin": the party, not a woman "ze" can point back to
    text = ("Ook andere kandidaten zoeken de publiciteit. Zo wordt minister Rivka Levi bekritiseerd door haar "
            "tegenstanders. In het filmpje voor haar nieuwe partij Derech Hadasha ruikt ze aan een parfum, en "
            "zegt ze daarna: ‘Ik vind het naar vrijheid ruiken.’")
    assert (speakers(text)[-1] or "").endswith("Levi")


@pytest.mark.parametrize("text, speaker", [
    # a family name with a capitalised particle opening a sentence keeps its particle
    ("Het debat in het café was fel. De Groot: ‘Wie hier aankomt, heeft daar een reden voor.’", "De Groot"),
    ("Het debat in het café was fel. De Vries zei: ‘Wie hier aankomt, heeft daar een reden voor.’", "De Vries"),
    # an article before a body's name stays an article
    ("Het onderzoek is klaar. De NVWA zei: ‘Het vlees was niet veilig.’", "NVWA"),
])
def test_a_particle_surname_opening_a_sentence_keeps_its_particle(text, speaker):
    assert speakers(text)[-1] == speaker


def test_a_pronoun_finds_a_particle_surname_that_opened_its_sentence():
    text = ("Van Dam (VVD): ‘Stuur ze terug.’ De Groot (GL): ‘Mensen hebben daar goede redenen voor.’ "
            "Hij praat sneller dan Van Dam. ‘Ik vind opvang de taak van een beschaafd land.’")
    assert speakers(text)[-1] == "De Groot"


def indirect_speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]


@pytest.mark.parametrize("text, speaker", [
    # "getuigen" is also a verb form; after "een van de" it is the noun
    ("Het beeld is nog niet helder, zei officier van justitie Marieke Bos. Eén van de getuigen zei dat de "
     "twee mannen ruzie hadden.", "één van de getuigen"),
    # a noun prefixed with a party's name, then a given name: the function before the name
    ("De uitslag was nipt. PVV-rivaal Martin Bosma zei later op de avond dat de cijfers niet klopten.",
     "Martin Bosma"),
])
def test_the_subject_of_a_reporting_verb_is_found_at_the_sentence_start(text, speaker):
    assert indirect_speakers(text)[-1] == speaker


def test_a_surname_with_two_particles_opening_a_sentence_is_a_name():
    # "Van den Bosch is …" opens with the surname's particles, not with the preposition "van"
    text = ("De regels leiden volgens Ruud van den Bosch, voorzitter van het Landelijk Huurders Overleg, tot "
            "‘grote onrust’. Van den Bosch is al langer kritisch op de ‘wildgroei aan regels’ die volgens hem "
            "ontstaat.")
    assert speakers(text)[-1] == "Ruud van den Bosch"


def test_a_description_with_a_demonstrative_ends_before_the_verb():
    text = ("De man zit vast in Doha. Een woordvoerder van die ambassade zegt op juridisch vlak niets te kunnen "
            "doen. ‘Dat moet hij zelf regelen.’")
    assert indirect_speakers(text)[-1] == "een woordvoerder van die ambassade"
    assert speakers(text)[-1] == "een woordvoerder van die ambassade"


@pytest.mark.parametrize("text, speaker", [
    # the quotation goes on with the subject's own verb: the subject says the quoted words
    ("Een kind liep het virus op in het buitenland. Het RIVM ‘verwacht niet dat er weer een grote uitbraak "
     "komt’.", "RIVM"),
    # a phrase that only says when or where is no subject
    ("Ze wonen ver van de stad. Na een late dienst ‘rijdt er geen bus meer, dus we zijn aangewezen op de "
     "auto’.", None),
])
def test_a_subject_whose_verb_opens_the_quotation_says_it(text, speaker):
    assert speakers(text)[-1] == speaker
