"""Speakers on unseen news, by class of error: each rule comes from Dutch grammar or newsroom
convention, not from one article. Every sentence is written for the test."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets, speaker_of




# "Het is X" after a pronoun inquit names the speaker only when the words before the name
# describe that person; a comparison ("veel moeilijker dan veel Nederlanders") names no one
CATAPHORA = [
    ("Harm Kuipers runt al twintig jaar een bakkerij in Zwolle. „De klanten blijven weg”, zegt hij. "
     "Het is veel moeilijker dan veel Nederlanders denken.", "klanten", "Harm Kuipers"),
    ("Harm Kuipers runt al twintig jaar een bakkerij in Zwolle. „De klanten blijven weg”, zegt hij. "
     "Het was lastiger dan Amerikanen dachten.", "klanten", "Harm Kuipers"),
    ("De brug gaat dicht. „Dit kan zo niet langer”, zegt ze. Het is wethouder Els Bakker, die de "
     "brug al jaren wil vervangen.", "langer", "Els Bakker"),
    ("De brug gaat dicht. „Dit kan zo niet langer”, zegt ze. Het is de kersverse wethouder Els Bakker.",
     "langer", "Els Bakker"),
]


@pytest.mark.parametrize("text,fragment,speaker", CATAPHORA)
def test_identifying_sentence_after_a_pronoun_inquit(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


# 'scanderen' (to chant) reports the words a crowd or a demonstrator calls out
CHANTS = [
    ("Bij het provinciehuis in Zwolle scandeerden de boeren ‘Geen boer, geen voedsel’.", "voedsel", "de boeren"),
    ("Tijdens de optocht scandeerde Mieke Stam ‘Handen af van ons park’ door een megafoon.", "park",
     "Mieke Stam"),
]


@pytest.mark.parametrize("text,fragment,speaker", CHANTS)
def test_chanted_words_go_to_who_chants(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


# a family name with a capitalised particle ("De Vries", "Van Dijk"; Dutch capitalises the
# particle when no given name comes before it) is a person when the name data lists it, so a
# pronoun inquit can point back to it; a title with the same look ("De Telegraaf") is not
PARTICLE_SURNAMES = [
    ("De raad stemt vanavond over de begroting. Ook De Vries is kritisch. „Dit klopt gewoon niet”, zegt ze.",
     "klopt", "De Vries"),
    ("De wethouder wil de brug sluiten. Van Dijk is boos. „Dit is een schande”, zegt hij.", "schande",
     "Van Dijk"),
]


@pytest.mark.parametrize("text,fragment,speaker", PARTICLE_SURNAMES)
def test_particle_surname_takes_a_pronoun(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_paper_with_a_particle_look_is_no_person() -> None:
    from quoteattr.entities import is_particle_surname

    assert is_particle_surname("De Vries") and is_particle_surname("Van der Meulen")
    assert not is_particle_surname("De Telegraaf") and not is_particle_surname("Den Haag")


# an indefinite plural subject has no article in Dutch: a bare plural noun or quantifier for
# people after an inverted inquit is the speaker ("…, zeggen deskundigen."); a pronoun is not this
# rule's ("zeggen ze"), nor a noun with more after it
BARE_PLURALS = [
    ("De regels worden strenger. ‘Dat gaat veel te ver’, zeggen deskundigen.", "te ver", "deskundigen"),
    ("De nieuwe weg komt er. ‘Wij zijn nooit gehoord’, klagen omwonenden.", "gehoord", "omwonenden"),
    ("Het dialect sterft uit. ‘Och’, beweren sommigen, ‘dat gebeurt al eeuwen.’", "eeuwen", "sommigen"),
]


@pytest.mark.parametrize("text,fragment,speaker", BARE_PLURALS)
def test_bare_plural_subject_of_an_inquit(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_bare_plural_needs_the_end_of_the_inquit() -> None:
    from quoteattr.cues import _bare_plural_people, tokenize
    from quoteattr.lang import load_language

    lang = load_language("nl")
    def toks(text: str) -> list:
        return tokenize(text, 0, len(text))

    assert _bare_plural_people(toks("zeggen deskundigen."), 1, lang)
    # where they are from may follow ("van de universiteit"); any other word ends no inquit
    assert _bare_plural_people(toks("zeggen deskundigen van de universiteit."), 1, lang)
    assert not _bare_plural_people(toks("zeggen deskundigen graag dat het kan."), 1, lang)
    assert not _bare_plural_people(toks("zeggen deskundigen van harte."), 1, lang)
    assert not _bare_plural_people(toks("zeggen bomen."), 1, lang)
    assert not _bare_plural_people(toks("zeggen Nederlanders."), 1, lang)


# a function nobody was seen to hold ("de rechter", "de officier") is not the one of a person the
# article names by a first name and an initial: Dutch news names suspects and victims so, and
# officials in full; with the function held by a named official, that official speaks
INITIALLED = [
    ("Een man uit Deventer stond gisteren terecht voor een inbraak. Bram K. ontkende: „Ik was er niet.” "
     "De rechter oordeelde dat dat niet klopte. „Zijn telefoon was wel in dat huis.”", "telefoon", "de rechter"),
    ("Een man uit Deventer stond gisteren terecht voor een inbraak. „Ik was er niet”, zei Bram K. "
     "De rechter vond dat onvoldoende. „Er is geen enkel bewijs”, zei de rechter.", "bewijs", "de rechter"),
    ("Een man uit Deventer stond gisteren terecht voor een inbraak. „Ik was er niet”, zei Bram K. "
     "Hij kreeg een taakstraf. De officier van justitie zei dat hij loog.", "loog", "officier van justitie"),
    ("Rechter Anna Visser behandelde gisteren de zaak tegen de 34-jarige Bram K. „Ik was er niet”, zei hij. "
     "„Zijn telefoon was wel in dat huis”, zei de rechter.", "telefoon", "Anna Visser"),
]


@pytest.mark.parametrize("text,fragment,speaker", INITIALLED)
def test_function_not_held_by_an_initialled_person(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_initialled_names() -> None:
    from quoteattr.resolve import initialled
    assert initialled("Iliass A.") and initialled("Bram K") and initialled("Michael P.")
    assert not initialled("A. de Jong") and not initialled("Bram Kuipers") and not initialled("K.")


# a name joined by 'en' and followed by an abbreviation in brackets that spells the initials of
# the whole is one body (the newsroom defines an abbreviation right after the full name): not a
# person named by the first half; two people before a party's abbreviation stay two people
ACRONYM_BODIES = [
    ("„De brug moet dicht”, schrijft de Nationale Raad Wegen en Bruggen (NRWB) in een rapport.", "brug", "NRWB"),
    ("Dat meldt het Kenniscentrum Water en Bodem (KWB) vandaag. „Het grondwater zakt snel”, "
     "schrijft het Kenniscentrum Water en Bodem (KWB).", "grondwater", "KWB"),
    ("Het grondwater zakt snel, zegt de CBWB. „Er moet iets gebeuren”, aldus Centraal Bureau Water en Bodem "
     "(CBWB).", "gebeuren", "CBWB"),
    ("„Dit kan zo niet”, zeggen Ruud Smit en Anna Bakker (PvdA).", "niet", "Ruud Smit"),
]


@pytest.mark.parametrize("text,fragment,speaker", ACRONYM_BODIES)
def test_name_joined_by_en_before_its_abbreviation_is_one_body(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_acronym_body_spots() -> None:
    from quoteattr.mentions import _acronym_bodies
    text = "Volgens de Nationale Raad Wegen en Bruggen (NRWB) en Piet Smit en Anna Bakker (PvdA) niet."
    spots = [(text.index("Nationale"), "Nationale Raad Wegen"), (text.index("Bruggen"), "Bruggen"),
             (text.index("Piet"), "Piet Smit"), (text.index("Anna"), "Anna Bakker")]
    assert [g for _, g in _acronym_bodies(text, spots)] == ["Nationale Raad Wegen en Bruggen", "Piet Smit",
                                                             "Anna Bakker"]


# the head noun of a kind of body right before a name ("de Britse bank HSBC", "inlichtingendienst
# AIVD") says what the name is: "de bank", "de inlichtingendienst" later is that body; a body
# the text never called so is not taken for it
BODY_KINDS = [
    ("Dat stellen economen van de Zwitserse bank UBS in een rapport. De bank zegt dat de rente stijgt.",
     "rente", "UBS"),
    ("Dat meldt inlichtingendienst MIVD in een rapport. De inlichtingendienst zegt dat de dreiging groeit.",
     "dreiging", "MIVD"),
    ("Dat meldt de vereniging VKWB in een brief. Volgens de vereniging zijn de leden tevreden.", "leden", "VKWB"),
    ("Dat meldt de krant NRC. De bank zegt dat de rente stijgt.", "rente", "bank"),
]


@pytest.mark.parametrize("text,fragment,speaker", BODY_KINDS)
def test_body_noun_before_a_name_is_its_kind(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_body_noun_before() -> None:
    from quoteattr.lang import load_language
    from quoteattr.mentions import body_noun_before
    lang = load_language("nl")
    text = "onderzoekers van de Britse bank HSBC en de bankier Jan Smit"
    assert body_noun_before(text, text.index("HSBC"), lang) == "bank"
    assert body_noun_before(text, text.index("Jan"), lang) is None
    text = "volgens toezichthouder DNB, en daarmee de bank, ABN"
    assert body_noun_before(text, text.index("DNB"), lang) == "toezichthouder"
    assert body_noun_before(text, text.index("ABN"), lang) is None


# a definite noun for a kind of body as the subject of a speech verb, with no body the text calls
# so, continues the topic: the one body that opened the sentence before as its subject; with
# two bodies named there it stays unresolved
TOPIC_BODIES = [
    ("De KNVB eiste gisteren een nieuw onderzoek. Toen de minister weigerde, liet de organisatie weten "
     "dat ze naar de rechter stapt.", "rechter", "KNVB"),
    ("De KNVB eiste gisteren een nieuw onderzoek. Volgens de bond is de zaak nog niet klaar.", "zaak", "KNVB"),
    ("De KNVB en de KNHB eisten gisteren een nieuw onderzoek. Volgens de bond is de zaak nog niet klaar.",
     "zaak", "bond"),
    # (not the subject, but the last body of the kind "bond" names: class_body, below)
    ("Gisteren kwam er een brief van de KNVB. Volgens de bond is de zaak nog niet klaar.", "zaak", "KNVB"),
]


@pytest.mark.parametrize("text,fragment,speaker", TOPIC_BODIES)
def test_generic_body_noun_continues_the_subject_body(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


# a plural pronoun (the verb agrees with it) with no group named before points back to two people
# or two bodies joined by 'en' as a subject just before: the coordination is its antecedent
PAIRS = [
    ("Wethouder Els Bakker en ambtenaar Joost Dekker bezochten gisteren de school. Ze vertellen dat de "
     "leerlingen tevreden zijn.", "leerlingen", "Els Bakker en Joost Dekker"),
    ("Els Bakker en Joost Dekker, die het plan schreven, waren gisteren in Zwolle. Zij adviseerden de "
     "raad het plan te steunen.", "plan te steunen", "Els Bakker en Joost Dekker"),
    # one person and a pronoun that agrees with one: no pair
    ("Els Bakker en Joost Dekker bezochten gisteren de school. Daar sprak Els Bakker met de leraren. "
     "Ze vertelt dat de leerlingen tevreden zijn.", "leerlingen", "Els Bakker"),
    # the pair after a preposition is no subject
    ("De school kreeg gisteren bezoek van Els Bakker en Joost Dekker. Ze vertellen dat de leerlingen "
     "tevreden zijn.", "leerlingen", None),
]


@pytest.mark.parametrize("text,fragment,speaker", PAIRS)
def test_plural_pronoun_points_to_names_joined_by_en(text: str, fragment: str, speaker: str | None) -> None:
    assert speaker_of(text, fragment) == speaker


# "De brug blijft dicht. Dat heeft de gemeente gisteren gemeld.": in a perfect tense the finite
# verb after 'Dat' is the auxiliary, the subject follows it and the speech participle (or 'laten
# weten') closes the clause; the sentence before is what the subject reports. A bare plural noun
# for people is a subject too. An auxiliary with no speech participle, or a clause that goes on
# after it, reports nothing.
def indirect_of(text: str, fragment: str) -> list[tuple[str, str | None]]:
    quotes = quoteattr.extract(text, kinds=KINDS)
    assert_offsets(text, quotes)
    return [(q.text, q.speaker) for q in quotes if q.kind == "indirect" and fragment in q.text]


PERFECT_INQUITS = [
    ("De brug over de Waal blijft tot maart dicht. Dat heeft Rijkswaterstaat gisteren gemeld.", "brug",
     "Rijkswaterstaat"),
    ("De school in Tiel sluit na de zomer haar deuren. Dat heeft wethouder Karin Smit laten weten.", "school",
     "Karin Smit"),
    ("De wachttijden bij het loket worden korter. Dat hebben de gemeente Breda en het UWV bekendgemaakt.",
     "wachttijden", "gemeente Breda"),
    ("De verdachte had al eerder een auto gestolen. Dit zeggen bronnen rond het onderzoek.", "verdachte",
     "bronnen"),
]


@pytest.mark.parametrize("text,fragment,speaker", PERFECT_INQUITS)
def test_claim_attributed_by_a_perfect_tense_after_it(text: str, fragment: str, speaker: str) -> None:
    found = indirect_of(text, fragment)
    assert found and found[0][1] is not None and speaker in found[0][1]


NO_PERFECT_INQUITS = [
    "De brug over de Waal blijft tot maart dicht. Dat heeft Rijkswaterstaat gisteren besloten.",
    "De brug over de Waal blijft tot maart dicht. Dat heeft Rijkswaterstaat gemeld en daarna gerepareerd.",
    "De brug over de Waal blijft tot maart dicht. Dat had de gemeente niet verwacht.",
]


@pytest.mark.parametrize("text", NO_PERFECT_INQUITS)
def test_perfect_tense_without_a_speech_participle_reports_nothing(text: str) -> None:
    assert indirect_of(text, "brug") == []


# A function the article gave to someone unnamed before it named anyone else stays that unnamed
# official: "de officier van justitie" of the lead is not the man who only later speaks in the story
DESCRIBED_FIRST = [
    ("Het proces tegen de twee broers gaat niet door. De aanklager heeft het dossier maandag opnieuw "
     "bekeken. De zaak trok veel aandacht. Henk Brouwer schreef op Twitter dat de broers onschuldig zijn. "
     "'We hebben meer tijd nodig voor het onderzoek', zei de aanklager in de rechtszaal.", "meer tijd",
     "de aanklager"),
    ("De loods mag blijven staan, heeft de rechter woensdag bepaald. Marja Visser, die naast de loods "
     "woont, is boos. 'Dit is onbegrijpelijk', vindt Marja Visser. Volgens de rechter heeft de eigenaar "
     "voldoende maatregelen genomen.", "voldoende maatregelen", "de rechter"),
]


@pytest.mark.parametrize("text, fragment, speaker", DESCRIBED_FIRST)
def test_a_function_described_before_a_name_stays_unnamed(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_function_still_goes_to_the_person_named_with_it() -> None:
    # the one named with the function takes it, even when the lead used it first
    text = ("De burgemeester grijpt in. Burgemeester Anouk Bakker sluit de club voor drie maanden. "
            "'De grens is bereikt', zei de burgemeester.")
    assert speaker_of(text, "grens is bereikt") == "Anouk Bakker"
    # and without an earlier use, the topic just named takes the function as before
    text = ("Ruud Jansma is tevreden over zijn ploeg. 'We hebben na de rust goed gespeeld', zegt de "
            "trainer.")
    assert speaker_of(text, "na de rust") == "Ruud Jansma"


# a lead quote without an inquit that the article repeats further down with its speaker is that
# speaker's (newsrooms open with a striking quotation and give its source in the body); a lead
# quote whose words come back nowhere keeps no speaker, and a quotation deep in the article is no
# lead
ECHOED_LEADS = [
    ("Bibliotheek Kampen sluit de deuren\n\nDe bibliotheek in Kampen gaat dicht. ‘Lezen wordt nu een "
     "luxe voor wie een auto heeft.’ De gemeente wil vanaf juli bezuinigen op cultuur. Wethouder Piet "
     "Mulder noemt het besluit pijnlijk. ‘Het is ook voor ons niet leuk’, zegt hij.\n\nBewoonster Anna "
     "Smit is boos. ‘Zonder bieb is lezen straks echt een luxe voor wie een auto heeft’, zegt ze.",
     "Lezen wordt nu", "Anna Smit"),
    # a quotation as the headline, given again in the body with its speaker
    ("'We gaan deze winter echt niet sluiten'\n\nHet zwembad in Assen blijft open, ondanks de hoge "
     "energierekening. De gemeenteraad sprak dinsdag over de kosten. Directeur Karin Bos is stellig: 'We "
     "gaan deze winter echt niet sluiten, hoe hoog de rekening ook wordt', zegt ze.",
     "We gaan deze winter echt", "Karin Bos"),
]


@pytest.mark.parametrize("text,fragment,speaker", ECHOED_LEADS)
def test_lead_quote_takes_the_speaker_of_its_echo(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_lead_quote_without_echo_keeps_no_named_speaker() -> None:
    text = ("Bibliotheek Kampen sluit de deuren\n\nDe bibliotheek in Kampen gaat dicht. ‘Lezen wordt nu "
            "een luxe voor wie een auto heeft.’ De gemeente wil vanaf juli bezuinigen op cultuur.\n\n"
            "Bewoonster Anna Smit is boos. ‘De kinderen kunnen nergens meer heen’, zegt ze.")
    assert speaker_of(text, "Lezen wordt nu") != "Anna Smit"


def test_echoed_leads_only_in_the_lead() -> None:
    from quoteattr.sieves.echo import _LEAD_SENTENCES
    filler = " ".join(f"De raad vergaderde op dag {k} over de begroting." for k in range(_LEAD_SENTENCES + 2))
    text = ("Bibliotheek Kampen sluit\n\n" + filler + " ‘Lezen wordt nu een luxe voor wie een auto heeft.’\n\n"
            "Bewoonster Anna Smit is boos. ‘Lezen is straks een luxe voor wie een auto heeft’, zegt ze.")
    assert speaker_of(text, "Lezen wordt nu") != "Anna Smit"


# news refers back to the body it has just named with a noun for its kind: "een woordvoerder van
# het concern" after "Unilever" speaks for Unilever, and is said so, as for a named body
CLASS_OWNERS = [
    ("Bij Unilever verdwijnen honderden banen in Rotterdam. ,,We moeten kosten besparen'', zei een "
     "woordvoerder van het voedingsconcern.", "kosten", "een woordvoerder van Unilever"),
    ("In Eindhoven schrapt Philips honderden banen. ,,Het was geen makkelijk besluit'', zegt een "
     "woordvoerder van het technologieconcern.", "besluit", "een woordvoerder van Philips"),
    ("Vanaf maandag verhoogt ING de rente. Ook de overheid kijkt mee. ,,De markt vraagt erom'', zei een "
     "woordvoerder van de bank.", "markt", "een woordvoerder van ING"),
]


@pytest.mark.parametrize("text,fragment,speaker", CLASS_OWNERS)
def test_a_noun_for_its_kind_stands_for_the_body_just_named(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


# the bare noun for its kind as the speaker stands for the body too: "De dienst stelt" after "de
# AIVD", "volgens de krant" after "De Gelderlander", "De club reageert" after "Vitesse"
CLASS_SPEAKERS = [
    ("De AIVD publiceerde gisteren zijn jaarverslag. De dienst stelt dat de dreiging uit Rusland "
     "toeneemt.", "dreiging uit Rusland", "AIVD"),
    ("Het kabinet lag deze week onder vuur in De Gelderlander. Volgens de krant is het plan voor de "
     "nieuwe brug veel te duur.", "nieuwe brug", "De Gelderlander"),
    ("Na de rellen bij de wedstrijd van Vitesse zijn drie supporters opgepakt. De club reageert: ,,Wij "
     "keuren dit geweld volledig af.''", "geweld volledig", "Vitesse"),
]


@pytest.mark.parametrize("text,fragment,speaker", CLASS_SPEAKERS)
def test_a_bare_noun_for_its_kind_speaks_for_the_body_just_named(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text,fragment", [
    ("Ajax en PSV kregen een boete van de bond. De club laat weten dat ze in beroep gaat.", "beroep"),
    ("Volgens Shell en Unilever gaan er banen verloren. Het concern zegt dat de kosten te hoog zijn.", "kosten"),
])
def test_a_bare_noun_for_its_kind_after_two_bodies_names_neither(text: str, fragment: str) -> None:
    assert speaker_of(text, fragment) not in ("Ajax", "PSV", "Shell", "Unilever")


# no stand-in: two banks named side by side (which one?), a body of people the compound names
# ("de supportersvereniging" is not the club), a body named by its own noun ("de rechtbank" is
# no bank)
NO_CLASS_OWNER = [
    ("Vanaf maandag verhogen Rabobank en ING de rente op spaarrekeningen. ,,De markt vraagt erom'', zei "
     "een woordvoerder van de bank.", "markt", "een woordvoerder van de bank"),
    ("Ajax verloor zaterdag opnieuw. ,,Het is tijd voor een andere trainer'', zei een woordvoerder van "
     "de supportersvereniging.", "trainer", "een woordvoerder van de supportersvereniging"),
    ("Vanaf maandag verhoogt ING de rente. ,,De uitspraak is helder'', zei een woordvoerder van de "
     "rechtbank.", "uitspraak", "een woordvoerder van de rechtbank"),
]


@pytest.mark.parametrize("text,fragment,speaker", NO_CLASS_OWNER)
def test_no_stand_in_for_a_body(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_body_class_reads_compounds() -> None:
    from quoteattr.lang import load_language
    lang = load_language()
    assert lang.body_class("olieconcern") == "organisation"
    assert lang.body_class("zakenkrant") == "medium"
    assert lang.body_class("regeringspartij") == "organisation"
    assert lang.body_class("rechtbank") is None  # a court, named by its own noun
    assert lang.body_class("gemeente") is None


# an epithet, a noun for a person by what they do or their renown ("de specialist", "de nieuwe ster
# van de lokale politiek", "de routinier"), stands for the person the article has just named; one
# that singles someone out ("de eerste columnist") or an unnamed one the article introduced ("Een
# specialist uit Leiden … de specialist") is someone else
EPITHETS = [
    ("Lotte Visser won gisteren de verkiezingen in Zwolle met een ruime voorsprong. ,,We hebben geen tijd "
     "te verliezen'', zei de nieuwe ster van de lokale politiek.", "verliezen", "Lotte Visser"),
    ("Schaatser Kjeld Nuis reed in Heerenveen een baanrecord. ,,Ik voelde me geweldig'', zei hij. Ook Sven "
     "Kramer was erbij. ,,Het ijs was perfect'', zei de routinier.", "perfect", "Sven Kramer"),
    ("Mazelen duikt weer op in Nederland. Kinderarts Sanne Bakker ziet het aantal gevallen stijgen. "
     ",,Ouders moeten echt laten vaccineren'', zegt de specialist.", "vaccineren", "Sanne Bakker"),
]


@pytest.mark.parametrize("text,fragment,speaker", EPITHETS)
def test_an_epithet_stands_for_the_person_just_named(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


NO_EPITHET = [
    ("Jan Bos presenteerde zijn boek in een volle zaal in Leiden. ,,Waarom komt dit boek nu pas?'', vroeg "
     "de eerste columnist.", "boek nu", "Jan Bos"),
    ("Piet Mulder opende gisteren zijn nieuwe kliniek in Leiden. Een specialist uit Utrecht was er ook bij. "
     ",,Dit is een mooie dag'', zegt de specialist.", "mooie", "Piet Mulder"),
]


@pytest.mark.parametrize("text,fragment,speaker", NO_EPITHET)
def test_a_description_that_introduces_someone_is_no_epithet(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) != speaker


def test_epithet_nouns() -> None:
    from quoteattr.lang import load_language
    from quoteattr.resolve.describe import _epithet_noun
    lang = load_language()
    assert _epithet_noun("specialist", lang) and _epithet_noun("voetbalster", lang)
    assert _epithet_noun("tv-ster", lang)
    assert not _epithet_noun("vrouw", lang)  # introduces someone unnamed
    assert not _epithet_noun("verdachte", lang)
    assert not _epithet_noun("venster", lang) and not _epithet_noun("deur", lang)  # no person


# a long function ends before the name: after "coördinator van de griepcampagne van de GGD
# Drenthe" the person's name is the last two capitalised words, also with a given name no list
# knows; a chain of 'van' phrases without a name at its end names nobody ("de motie van
# wantrouwen van de PVV")
LONG_FUNCTIONS = [
    ("De griepprik wordt deze week gezet. ,,We hebben genoeg vaccins'', zegt coördinator van de "
     "griepcampagne van de GGD Drenthe Rients Hoekstra.", "vaccins", "Rients Hoekstra"),
    ("De voedselbank zoekt hulp. ,,We hebben te weinig vrijwilligers'', zegt coördinator van het "
     "buurtproject Rients Hoekstra.", "vrijwilligers", "Rients Hoekstra"),
]


@pytest.mark.parametrize("text,fragment,speaker", LONG_FUNCTIONS)
def test_a_long_function_ends_before_the_name(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_chain_of_van_phrases_without_a_name_names_nobody() -> None:
    from quoteattr import cues
    from quoteattr.lang import load_language
    text = "de motie van wantrouwen van de PVV met het"
    ph = cues.phrase_at(cues.tokenize(text, 0, len(text)), 0, load_language())
    assert ph is not None and ph.kind == "description"


# a plain noun for a person stands before a name like a function in news ("verdachte Anouar A.",
# "scholier Lisa de Vries"): the name after it is the speaker of the inquit
BARE_PERSON_NOUNS = [
    ("De twee mannen ontkennen alles. ,,Onzin'', riep verdachte Piet Jansen (31) tegen de rechter.",
     "Onzin", "Piet Jansen"),
    ("De universiteit sluit de kantine. ,,Jammer, ik at hier elke dag'', zegt student Lisa de Vries.",
     "elke dag", "Lisa de Vries"),
    ("De bakker in Zwolle stopt. ,,Ik kwam hier al dertig jaar'', zegt klant Anton Smit.", "dertig jaar",
     "Anton Smit"),
]


@pytest.mark.parametrize("text,fragment,speaker", BARE_PERSON_NOUNS)
def test_a_person_noun_before_a_name_is_a_function(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


# Dutch puts the finite auxiliary second: after an opening adverbial the subject follows it and the
# speech verb's infinitive or participle closes the middle field ("Gisteren kon de gemeente melden
# dat …"); with the subject first, an object may stand in the middle field ("Minister Bos heeft
# de Kamer laten weten dat …"). An article and a body after a name are that object, not a surname.
INVERTED_AUXILIARIES = [
    ("De gemeente zocht het geld. Gisteren kon de gemeente melden dat het bedrag weer terug is.", "bedrag",
     "gemeente"),
    ("Vorige week moest wethouder Els Bakker toegeven dat het plan voor de brug mislukt is.", "brug",
     "Els Bakker"),
    ("De lonen dalen en toch blijft het Centraal Planbureau (CPB) volhouden dat de koopkracht stijgt.",
     "koopkracht", "CPB"),
    ("Minister Bos heeft de Kamer laten weten dat de brug over de Lek langer dicht blijft.", "Lek", "Bos"),
]


@pytest.mark.parametrize("text,fragment,speaker", INVERTED_AUXILIARIES)
def test_the_subject_after_an_inverted_auxiliary(text: str, fragment: str, speaker: str) -> None:
    assert [s for _, s in indirect_of(text, fragment)] == [speaker]


def test_an_object_after_the_name_is_no_surname() -> None:
    found = indirect_of("Gisteren heeft minister Bos de Kamer laten weten dat de brug dichtgaat.", "brug")
    assert found and all(s is None or "Kamer" not in s for _, s in found)


# a name after its function fills the place before the finite verb, so the name after the verb
# is the one addressed, not an inverted subject ("SP-Kamerlid X vroeg Dekker: …")
ADDRESSED_AFTER_THE_VERB = [
    ("Minister Dekker verdedigde zich in het debat. SP-Kamerlid Michiel van Nispen vroeg Dekker: 'Wat "
     "geeft u het vertrouwen dat het nu beter gaat?'", "vertrouwen", "Michiel van Nispen"),
    ("De wethouder verdedigde het plan. Raadslid Anna de Wit vroeg Mulder: 'Waarom hoorden wij dit pas "
     "gisteren?'", "gisteren", "Anna de Wit"),
]


@pytest.mark.parametrize("text,fragment,speaker", ADDRESSED_AFTER_THE_VERB)
def test_the_name_after_the_verb_is_addressed(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


# 'volgens' names the source of a claim also when the source is several bodies of a kind ("de
# bonden", "de diensten") or a plural function ("experts"); rules and figures are no source
PLURAL_SOURCES = [
    ("Bij de fabriek in Moerdijk wordt gestaakt. Volgens de bonden ligt de productie nu stil.", "productie",
     "de bonden"),
    ("Een losse kabel kan volgens experts de brand in de loods hebben veroorzaakt.", "kabel", "experts"),
    ("Volgens de inlichtingendiensten groeit het aantal jihadisten in Nederland.", "jihadisten",
     "de inlichtingendiensten"),
]


@pytest.mark.parametrize("text,fragment,speaker", PLURAL_SOURCES)
def test_plural_bodies_and_functions_are_sources(text: str, fragment: str, speaker: str) -> None:
    assert [s for _, s in indirect_of(text, fragment)] == [speaker]


def test_rules_are_no_source() -> None:
    assert indirect_of("Volgens de regels moet de brug over de Waal deze week dicht.", "brug") == []


# an interview run in one paragraph: the reporter's question says "u" (the polite second person,
# which news narration uses for no one but the person interviewed), so the quotation after it is
# the interviewee's answer, not that of a person or body the question mentions
ADDRESSED = [
    ("Wethouder Karin Mulder wil meer woningen bouwen in Deventer. ,,We lopen jaren achter.'' U zegt "
     "dat er genoeg grond is. Maar vorig jaar stelde de Woonbond nog dat de grond op is. ,,Dat klopt "
     "niet. Er liggen nog drie terreinen braak.''", "drie terreinen", "Karin Mulder"),
    ("Trainer Erik Bos van FC Twente is tevreden. ,,De groep staat er goed voor.'' Verdient Mark "
     "Jansen volgens u een nieuw contract? ,,Zeker, dat regelen we na de winterstop.''",
     "winterstop", "Erik Bos"),
]


@pytest.mark.parametrize("text,fragment,speaker", ADDRESSED)
def test_the_answer_to_a_polite_question_is_the_interviewees(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_polite_word_inside_quote_marks_asks_nothing() -> None:
    text = ("Wethouder Karin Mulder wil meer woningen bouwen. ,,Wat denkt u zelf?'' Volgens Piet de Vries "
            "van de Woonbond is de grond op. ,,Er is echt geen plek meer'', zegt De Vries.")
    assert speaker_of(text, "geen plek") == "Piet de Vries"


# a speech verb with its subject after it ("Dat meent ook marktvrouw Els Smit") names the source the
# passage goes on quoting, when the narrator sentences between it and the quote name nobody else
CUE_SUBJECT_BACK = [
    ("Bakker Piet de Wit vindt de nieuwe markthal te groot. ,,Niemand wil daar staan.'' Dat meent ook "
     "marktvrouw Els Smit van de viskraam. Waarschijnlijk is er straks geen plek voor haar kraam. ,,De "
     "patatkramen stinken te veel.''", "patatkramen", "Els Smit"),
    ("Wethouder Jan Bos wil de brug slopen. ,,Hij is te oud.'' Volgens de bewoners is dat onzin, vindt "
     "ook buurtvoorzitter Karin Post. De brug is pas nog opgeknapt. ,,Het is zonde van "
     "het geld.''", "zonde van", "Karin Post"),
]


@pytest.mark.parametrize("text,fragment,speaker", CUE_SUBJECT_BACK)
def test_the_subject_of_an_earlier_speech_verb_goes_on(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_denied_speech_verb_earlier_names_no_source() -> None:
    text = ("Wethouder Jan Bos wil de brug slopen. ,,Hij is te oud.'' Daarover zegt directeur Kees Mol van "
            "de aannemer niets. De brug ligt er al sinds 1950. ,,Het wordt tijd voor iets nieuws.''")
    assert speaker_of(text, "iets nieuws") != "Kees Mol"


# a lone capital and a full stop is an initial ("Michael P."), not the abbreviation "p." (pagina):
# a sentence may start after it ("Hij erkende …"), so the pronoun opens a clause of its own
def test_a_sentence_starts_after_a_surname_initial() -> None:
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.lang import load_language
    from quoteattr.model import Document
    text = ("Minister Karel Smit kreeg kritiek na drie rapporten over Johan P. Hij erkende dat er fouten "
            "zijn gemaakt.")
    an = DocumentAnalysis(Document(id="t", text=text), load_language("nl"))
    assert [s.text for s in an.sents][-1] == "Hij erkende dat er fouten zijn gemaakt."
    assert speaker_of(text, "fouten zijn gemaakt") == "Karel Smit"


def test_page_abbreviation_still_joins() -> None:
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.lang import load_language
    from quoteattr.model import Document
    text = "Het staat in het rapport op p. 12 van de bijlage."
    an = DocumentAnalysis(Document(id="t", text=text), load_language("nl"))
    assert len(an.sents) == 1
