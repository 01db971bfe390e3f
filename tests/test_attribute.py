"""Pass 2: kinds, cues and speakers, one table row per sieve and per failure mode."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets


def one(text: str, kinds=KINDS):
    quotes = quoteattr.extract(text, kinds=kinds)
    assert_offsets(text, quotes)
    return quotes


def by_text(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    # the innermost record: a partial quotation rather than the reported speech that holds it
    return min(found, key=lambda q: q.end - q.start)


# (text, fragment of the quote, kind, speaker, sieve)
SIEVES = [
    ("“De brug gaat dicht”, zegt wethouder Anna de Vries.", "brug", "direct", "Anna de Vries", "cue-after"),
    ("“De brug gaat dicht”, aldus Oekraïens president Volodimir Zelenski.", "brug", "direct", "Volodimir Zelenski", "cue-after"),
    ("“De brug gaat dicht”, zei minister Jan-Peter van den Berg dinsdag.", "brug", "direct", "Jan-Peter van den Berg", "cue-after"),
    ("‘We wachten af’, laat Ursula von der Leyen weten.", "wachten", "direct", "Ursula von der Leyen", "cue-after"),
    ("“We wachten af”, zegt A. de Jong van de bewonersvereniging.", "wachten", "direct", "A. de Jong", "cue-after"),
    ("Premier Mark Rutte was kort: ‘Dit kabinet gaat door.’", "kabinet", "direct", "Mark Rutte", "colon-subject"),
    ("Rutte: ‘Dit kabinet gaat door.’", "kabinet", "direct", "Rutte", "colon"),
    ("De minister zei: “We nemen geen risico.”", "risico", "direct", "de minister", "colon"),
    ("Jan Smit sprak de raad toe. “Dit plan deugt niet”, zegt hij.", "plan", "direct", "Jan Smit", "cue-after"),
    ("Burgemeester Els Jansen opende de vergadering. “Welkom allemaal”, zegt ze.", "Welkom", "direct", "Els Jansen", "cue-after"),
    ("Hij noemt het besluit “een schande voor de stad”, zegt Piet Bakker.", "schande", "partial", "Piet Bakker", "cue-after"),
    ("Ook Piet Bakker noemt het besluit “een schande voor de stad”.", "schande", "partial", "Piet Bakker", "cue-in-clause"),
    ("Volgens Piet Bakker is het besluit “een schande voor de stad”.", "schande", "partial", "Piet Bakker", "cue-in-clause"),
    ("Het OM betitelde hem destijds als ‘leugenaar’.", "leugenaar", "partial", "OM", "cue-in-clause"),
    ("De rechter kwalificeerde de uitspraak als ‘opruiend’.", "opruiend", "partial", "de rechter", "cue-in-clause"),
    ("De politie meldt dat “alle verdachten zijn opgepakt”.", "verdachten", "partial", "politie", "cue-in-clause"),
    ("Kamerlid Joris Peters wil dat de minister “per direct ingrijpt”.", "ingrijpt", "partial", "Joris Peters", "cue-in-clause"),
    ("In een brief wijst de universiteit op de drukke weg. ‘Hier gebeuren elke week ongelukken.’", "ongelukken",
     "direct", "universiteit", "preceding-cue"),
    ("Hij wordt gesteund door wethouder Ellen Vos, voorzitter van de werkgroep: “Dit moet nu gebeuren.”", "nu gebeuren",
     "direct", "Ellen Vos", "colon"),
    ("“De school blijft dicht”, zegt Hasselts burgemeester Steven Vandeput.", "school", "direct", "Steven Vandeput",
     "cue-after"),
    ("“Het was een zware tijd”, blikt oud-minister Lilianne Ploumen terug.", "zware tijd", "direct", "Lilianne Ploumen",
     "cue-after"),
    ("“Dat is opmerkelijk,” zegt socioloog Tanja Traag.", "opmerkelijk", "direct", "Tanja Traag", "cue-after"),
    ("“Dat is het beleid.” aldus de GGD-woordvoerder.", "beleid", "direct", "de GGD-woordvoerder", "cue-after"),
    ("“Dat kunnen we niet uitsluiten”, laat een woordvoerder weten.", "uitsluiten", "direct", "een woordvoerder",
     "cue-after"),
    ("“Het is een cadeautje aan de stad”, zoals wethouder Bas van Wakeren het noemde.", "cadeautje", "direct",
     "Bas van Wakeren", "cue-after"),
    ("“Wij zijn een spoorweg”, zegt Jan Henk Peereboom.", "spoorweg", "direct", "Jan Henk Peereboom", "cue-after"),
    ("“Het water is op”, zegt Kevin Carden van het Future Water Institute.", "water", "direct", "Kevin Carden",
     "cue-after"),
    ("Volgens het OM gaat het om “een smakeloze opmerking”.", "smakeloze", "partial", "OM", "cue-in-clause"),
]


@pytest.mark.parametrize("text, fragment, kind, speaker, sieve", SIEVES)
def test_sieves(text, fragment, kind, speaker, sieve):
    q = by_text(one(text), fragment)
    assert (q.kind, q.speaker, q.sieve) == (kind, speaker, sieve)
    assert q.speaker_mention and q.speaker_mention in text
    assert q.cue is not None


def test_impersonal_cue_carries_the_last_speaker():
    text = ("“We blijven hier”, aldus burgemeester Karin Dekker.\n\n"
            "“De dijk houdt het”, klinkt het.")
    q = by_text(one(text), "dijk")
    assert (q.speaker, q.sieve, q.cue) == ("Karin Dekker", "impersonal", "klinkt het")


def test_quote_only_paragraph_continues_the_previous_speaker():
    text = ("“We blijven hier”, aldus burgemeester Karin Dekker.\n\n"
            "“Niemand gaat weg. Dat heb ik beloofd.”")
    q = by_text(one(text), "Niemand")
    assert (q.speaker, q.sieve) == ("Karin Dekker", "continuation")


def test_split_quote_gives_two_records_with_one_speaker_and_group():
    text = "“Eerst het onderzoek”, zei Karin Dekker, “en dan het besluit.”"
    a, b = [q for q in one(text) if q.kind == "direct"]
    assert (a.text, b.text) == ("Eerst het onderzoek", "en dan het besluit.")
    assert a.speaker == b.speaker == "Karin Dekker"
    assert a.group is not None and a.group == b.group


def test_multi_paragraph_quote_shares_speaker_and_group():
    text = ("Karin Dekker sprak de zaal toe.\n\n“Het eerste deel van mijn verhaal.\n\n"
            "“Het tweede deel”, zei ze.")
    qs = [q for q in one(text) if q.kind == "direct"]
    assert len(qs) == 2 and qs[0].group == qs[1].group is not None
    assert {q.speaker for q in qs} == {"Karin Dekker"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Jan de Boer en Marieke Smit zaten aan tafel. “Ik stop ermee”, zei ze.", "Marieke Smit"),
        ("Marieke Smit en Jan de Boer zaten aan tafel. “Ik stop ermee”, zei hij.", "Jan de Boer"),
        ("Minister Anup Wadhawan sprak met de pers. “Ik stop ermee”, zei hij.", "Anup Wadhawan"),
        ("Minister Anup Wadhawan en woordvoerster Kim Lau waren er. “Ik stop ermee”, zei ze.", "Kim Lau"),
    ],
    ids=["ze-female", "hij-male", "minister-is-no-female-title", "woordvoerster"],
)
def test_pronoun_gender_picks_the_antecedent(text, speaker):
    assert by_text(one(text), "stop").speaker == speaker


def test_description_resolves_to_earlier_full_mention():
    text = ("De Oekraïense president Volodimir Zelenski sprak het parlement toe.\n\n"
            "“We geven niet op”, zei de Oekraïense president.")
    q = by_text(one(text), "opgeven".replace("opgeven", "geven niet"))
    assert q.speaker == "Volodimir Zelenski"
    assert q.speaker_mention == "de Oekraïense president"


def test_surname_resolves_to_fullest_name():
    text = ("Minister Wopke Hoekstra was in Brussel.\n\n“Dat is onzin”, zei Hoekstra.")
    assert by_text(one(text), "onzin").speaker == "Wopke Hoekstra"


def test_unnamed_speaker_keeps_the_description():
    q = by_text(one("“Er is niemand gewond”, zegt een woordvoerder van de brandweer."), "gewond")
    assert q.speaker == "een woordvoerder van de brandweer"
    assert q.speaker_kind == "description"


def test_organisation_speaker():
    q = by_text(one("“De weg blijft dicht”, meldt de politie."), "weg")
    assert q.speaker == "politie" and q.speaker_kind == "organisation"


@pytest.mark.parametrize(
    "text, fragment, speaker, cue",
    [
        ("Minister Hugo de Jong zegt dat de maatregelen blijven.", "de maatregelen blijven", "Hugo de Jong", "zegt"),
        ("De gemeente liet dinsdag weten dat de markt niet doorgaat.", "de markt niet doorgaat", "gemeente", "liet dinsdag weten"),
        ("Volgens de brandweer is de brand onder controle.", "is de brand onder controle", "brandweer", "Volgens"),
        ("De school blijft dicht tot maandag, aldus directeur Ellen Vos.", "De school blijft dicht tot maandag", "Ellen Vos", "aldus"),
        ("Telefonisch geeft Jan Peters toe dat de woning niet van hem is.", "de woning niet van hem is", "Jan Peters", "geeft Jan Peters toe"),
        ("Karin Dekker zegt de juiste papieren te hebben.", "de juiste papieren te hebben", "Karin Dekker", "zegt"),
        ("Volgens Jan Smit, woordvoerder van de bond, worden de regels strenger.", "worden de regels strenger",
         "Jan Smit", "Volgens"),
        ("Directeur Els Vos wijst erop dat de school al jaren te klein is.", "de school al jaren te klein is",
         "Els Vos", "wijst erop"),
        ("Exploitant Joke van 't Hek van De Kermis zei dat de muziek zachter gaat.", "de muziek zachter gaat",
         "Joke van 't Hek", "zei"),
        ("Daarna oordeelde voorzitter van het Lagerhuis John Bercow dat een derde stemming niet mag.",
         "een derde stemming niet mag", "John Bercow", "oordeelde"),
        ("Het kan zijn dat de planbureaus straks melden dat het plan geld kost.", "het plan geld kost",
         "de planbureaus", "melden"),
        ("Volgens vervoerder NS en spoorbeheerder ProRail kan het niet sneller.", "kan het niet sneller", "NS",
         "Volgens"),
        ("Volgens buurtbewoners heeft de knal te maken met een ruzie.", "heeft de knal te maken met een ruzie",
         "buurtbewoners", "Volgens"),
        ("Een ambtenaar vroeg wat hij moest doen met de klachten.", "wat hij moest doen met de klachten",
         "een ambtenaar", "vroeg"),
        ("Ze sprak met twee vrouwen die zeggen op dezelfde manier te zijn opgelicht.",
         "op dezelfde manier te zijn opgelicht", "twee vrouwen", "zeggen"),
        ("De meldingen komen van buurtbewoners die denken dat de fabriek stinkt.", "de fabriek stinkt",
         "buurtbewoners", "denken"),
        ("Volgens de korpschef, Karin Dekker, werd er met stenen gegooid, vooral in de wijk.",
         "werd er met stenen gegooid, vooral in de wijk", "Karin Dekker", "Volgens"),
        # a colon and a long quotation after the clause: the clause ends at the colon
        ("Voor het eerst zei Anna Vos dat de bouw kan worden uitgesteld, al ging het niet van harte: ‘Onze "
         "absolute focus ligt nog altijd op een opening op 1 maart met alle partners erbij.’",
         "de bouw kan worden uitgesteld, al ging het niet van harte", "Anna Vos", "zei"),
    ],
    ids=["zegt-dat", "separable", "volgens", "aldus", "inversion", "te-infinitive", "volgens-apposition",
         "particle-in-er", "affiliation", "portfolio", "adverb-before-verb", "volgens-coordination",
         "volgens-plural", "indirect-question", "relative-die", "relative-die-plural", "volgens-no-false-apposition",
         "colon-ends-clause"],
)
def test_indirect_speech(text, fragment, speaker, cue):
    qs = [q for q in one(text) if q.kind == "indirect"]
    assert len(qs) == 1
    q = qs[0]
    assert q.text == fragment
    assert q.speaker == speaker and q.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        "Ze gaan volgens de regels te werk.",
        "Hij weet dat het morgen regent.",
        "Het besluit van de raad valt slecht.",
        "Hij wil morgen naar Brussel.",
    ],
    ids=["volgens-de-regels", "weten-is-no-speech", "noun-besluit", "wil-without-dat"],
)
def test_no_indirect_speech(text):
    assert [q for q in one(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("De zogenaamde ‘speciale operatie’ duurt voort.", "speciale operatie"),
        ("Hij las het boek ‘De Avonden’ opnieuw.", "De Avonden"),
        ("Aanbieder ‘Jesper’ vroeg 200 euro per nacht.", "Jesper"),
        ("In de film 'Zwartboek' speelt zij een hoofdrol.", "Zwartboek"),
        ("Het gaat over ‘hygiëne’, ‘veiligheid’ en ‘nazorg’.", "veiligheid"),
    ],
    ids=["zogenaamde", "book-title", "nickname", "film", "list-of-terms"],
)
def test_scare_quotes_and_titles_are_other(text, fragment):
    q = by_text(one(text), fragment)
    assert q.kind == "other" and q.speaker is None
    assert fragment not in [x.text for x in quoteattr.extract(text)]  # not printed by default


def test_a_sentence_with_an_inquit_after_a_glued_subheading_is_speech_not_a_name():
    # the subheading "Veilige club" ends in an organisation noun; "de stichting ‘Europa Centrum’"
    # names a body, but a whole sentence with its inquit is what someone says
    text = ("De politie kwam ter plaatse. Veilige club ,,We schrokken allemaal van wat er gebeurde. We willen een "
            "veilige club zijn'', zegt voorzitter Lotte Kramer.")
    q = by_text(one(text), "We schrokken")
    assert q.kind in ("direct", "partial") and q.speaker == "Lotte Kramer"
    name = by_text(one("Hij richtte de stichting ‘Europa Centrum’ op."), "Europa Centrum")
    assert name.kind == "other"


def test_aldus_clause_beside_a_later_dat_clause():
    text = "Het vertrouwen is geschaad, aldus de advocaat-generaal, die vond dat er een signaal moet komen."
    found = {q.text: q.speaker for q in one(text) if q.kind == "indirect"}
    assert found == {"Het vertrouwen is geschaad": "de advocaat-generaal",
                     "er een signaal moet komen": "de advocaat-generaal"}


def test_partial_quote_in_reported_clause():
    text = "In zijn toespraak zei Zelenski dat “al onze steden zullen worden bevrijd”."
    qs = one(text)
    q = by_text(qs, "steden")
    assert (q.kind, q.speaker, q.cue) == ("partial", "Zelenski", "zei")
    assert not [x for x in qs if x.kind == "indirect"]  # the quote is the content, not a second record


def test_capitals_inside_a_paragraph_are_no_interview_label():
    q = by_text(one("Het stuk gaat verder. ANDER COMMENTAAR ‘Een nieuwe wapenwedloop is een dom spel.’"), "wapenwedloop")
    assert q.sieve != "label"


def test_interview_label_in_capitals():
    text = "VRAAG Hoe was uw jaar?\n\nANNA DE VRIES «Druk, maar goed. We hebben veel bereikt.»"
    q = by_text(one(text), "Druk")
    assert q.speaker == "Anna de Vries" and q.sieve == "label"


def test_no_speaker_when_text_gives_none():
    q = by_text(one("Titel\n\n“Dit is een slogan op een spandoek.”"), "slogan")
    assert q.speaker is None and q.confidence == 0.0


def test_results_are_in_text_order_and_offsets_hold():
    text = ("“Een”, zei Jan Smit. Volgens Els Vos klopt dat niet. ‘Twee’, aldus Els Vos. "
            "De raad besloot dat er niets verandert.")
    qs = one(text)
    assert [q.start for q in qs] == sorted(q.start for q in qs)


def test_dash_turn_ends_before_the_narrators_cue():
    text = "Titel\n\n– Naar de markt, zoals altijd, antwoordt Karin Dekker met een knipoog."
    q = by_text(one(text), "markt")
    assert q.text == "Naar de markt, zoals altijd"
    assert (q.speaker, q.cue) == ("Karin Dekker", "antwoordt")


def test_dash_turn_keeps_its_question_mark():
    text = "Titel\n\n– Wat doen we nu? vraagt Els Vos."
    q = by_text(one(text), "Wat doen")
    assert q.text == "Wat doen we nu?" and q.speaker == "Els Vos"


def test_dash_interview_questions_and_answers():
    text = ("Bakker Marc Peeters stopt na veertig jaar.\n\n"
            "– Wat gaat u missen?\n\n"
            "– De klanten. Mijn vader zei altijd: ‘Brood is een gewoonte.’\n\n"
            "– En daarna?\n\n"
            "– Uitslapen.")
    qs = [q for q in one(text) if q.kind == "direct"]
    assert [q.text for q in qs] == ["Wat gaat u missen?", "De klanten. Mijn vader zei altijd: ‘Brood is een gewoonte.’",
                                    "En daarna?", "Uitslapen."]
    assert [q.speaker for q in qs] == [None, "Marc Peeters", None, "Marc Peeters"]
    assert qs[0].sieve == "interviewer"


def test_headline_function_resolves_to_the_holder_named_in_the_body():
    text = ("Wethouder: ‘Stoppen kost nog meer’\n\n"
            "Wethouder Marieke de Groot opende de vergadering. De brug wordt duurder.")
    q = by_text(one(text), "Stoppen")
    assert q.speaker == "Marieke de Groot" and q.speaker_mention == "Wethouder"
