"""News rules of the news14 round, each with sentences written for the test in Dutch news style."""
from __future__ import annotations

from conftest import speaker_of, speech_of


# a function, an unlisted given name, the surname and 'van' with the employer: the capital after
# the function is the given name (the name pass reads it so), not the function's field
def test_unlisted_given_name_after_a_function_is_no_field():
    text = ("“We hebben meteen de ouders ingelicht”, zegt directiesecretaris Tjalling Haverkamp van "
            "Scholengroep Vechtdal. “Dat was wel het minste.” Haverkamp zegt dat de school extra toezicht houdt.")
    assert speaker_of(text, "ouders ingelicht") == "Tjalling Haverkamp"
    assert speaker_of(text, "het minste") == "Tjalling Haverkamp"


def test_unlisted_given_name_with_a_capitalised_employer():
    text = ("“De schade valt mee”, zegt woordvoerder Rokus Meerman van Aquaverde. "
            "Meerman verwacht dat het bedrijf volgende week weer draait.")
    assert speaker_of(text, "schade valt mee") == "Rokus Meerman"


def test_a_capitalised_field_stays_the_function():
    # a known given name after the field: the field stays part of the function
    text = "“De stad groeit te snel”, zegt hoogleraar Planologie Marten de Zeeuw."
    q = [q for q in speech_of(text) if "groeit" in q.text][0]
    assert q.speaker == "Marten de Zeeuw"


# the plural of a function in -e takes -n: 'getuige' → 'getuigen', 'afgevaardigde' → 'afgevaardigden'
def test_volgens_getuigen_inside_the_clause():
    text = "Na de wedstrijd gedroegen de fans zich volgens getuigen 'zeer agressief'. De politie greep in."
    assert speaker_of(text, "zeer agressief") == "getuigen"


def test_volgens_afgevaardigden_reports_the_clause():
    text = "De stemming is volgens afgevaardigden uitgesteld tot na de zomer. Het bestuur zweeg."
    found = [q for q in speech_of(text) if q.kind == "indirect"]
    assert found and found[0].speaker == "afgevaardigden"


def test_a_function_in_e_is_no_plural_of_a_shorter_word():
    from quoteattr.lang import load_language
    from quoteattr.sieves.grammar import _plural_title
    lang = load_language("nl")
    assert _plural_title("getuigen", lang) and _plural_title("afgevaardigden", lang)
    assert _plural_title("woordvoerders", lang) and _plural_title("deskundigen", lang)
    assert not _plural_title("getuigden", lang)


# a bare plural for people after the verb, then the reflexive 'zich' that points back to it:
# the inverted subject of a reflexive speech verb ('zich afvragen', 'zich beklagen')
def test_bare_plural_subject_of_a_reflexive_verb_before_a_colon():
    text = "Telkens als de trein uitvalt, vragen reizigers zich af: 'Hoe lang duurt dit nog?' Niemand weet het."
    assert speaker_of(text, "Hoe lang") == "reizigers"
    text = "Na afloop vroegen supporters zich hardop af: 'Waar is de trainer gebleven?' Het bleef stil."
    assert speaker_of(text, "Waar is") == "supporters"


def test_bare_plural_subject_of_a_reflexive_verb_with_dat():
    text = "Na de uitspraak beklaagden omwonenden zich erover dat de procedure te lang duurde."
    assert speaker_of(text, "procedure") == "omwonenden"


def test_latin_plural_person_noun_closes_an_inquit():
    assert speaker_of("'Dit plan deugt niet', menen critici.", "deugt") == "critici"


# verb second: an adverbial opens the clause, the finite verb follows, then its subject; an
# indefinite plural has no article ('meldden Duitse kranten dat …')
INVERTED_PLURALS = [
    ("Vorige week meldden Duitse kranten dat de kanselier wil aftreden.", "kanselier", "Duitse kranten"),
    ("Daarom eisen boze omwonenden dat de fabriek dichtgaat.", "fabriek", "boze omwonenden"),
    ("In de Kamer zeggen veel partijen dat het plan te duur is.", "plan te duur", "veel partijen"),
    ("Gisteren bevestigden Britse media dat de premier aftreedt.", "premier aftreedt", "Britse media"),
]


def test_inverted_bare_plural_subject():
    for text, fragment, speaker in INVERTED_PLURALS:
        assert speaker_of(text, fragment) == speaker, text


def test_a_plural_after_the_verb_of_a_named_subject_is_the_one_told():
    # the subject stands before the verb; the plural after it is told, and does not speak
    text = "De verdachte werd gisteren gehoord. Deze man vertelde agenten dat hij onschuldig is."
    assert speaker_of(text, "onschuldig") != "agenten"


def test_aldus_keeps_the_source_of_the_sentence():
    text = ("Het toezicht was jarenlang slap, vertelt minister Anouk Verbeek. Zo beweerden veel bedrijven "
            "dat hun filters altijd aan stonden, aldus Verbeek, terwijl ze vaak uit stonden.")
    assert speaker_of(text, "filters") == "Anouk Verbeek"


def test_unnamed_plural_sources_do_not_take_the_floor():
    # a direct quote without a cue after 'meldden Duitse kranten dat …' goes on with the named
    # speaker before, not with the papers
    text = ("“We gaan door met de hervormingen”, zei minister Karl Weber maandag. Dinsdag meldden Duitse "
            "kranten dat de coalitie wankelt. “Er is geen crisis.”")
    assert speaker_of(text, "coalitie wankelt") == "Duitse kranten"
    assert speaker_of(text, "geen crisis") == "Karl Weber"


# a restrictive relative clause without commas between the subject and its verb: the relative
# clause ends in its own verb, then the main clause's finite verb follows
def test_subject_before_a_restrictive_relative_clause():
    text = "Een buurman die al veertig jaar in de straat woont vertelt dat het nooit zo druk was."
    assert speaker_of(text, "nooit zo druk") == "een buurman"
    text = "Een agente die de aanhouding verrichtte verklaarde dat de man zich hevig verzette."
    assert speaker_of(text, "hevig verzette") == "een agente"


def test_clause_final_verb():
    from quoteattr.cues import tokenize
    from quoteattr.lang import load_language
    from quoteattr.sieves.grammar import _clause_final_verb
    lang = load_language("nl")

    def tok(word):
        return tokenize(word, 0, len(word))[0]
    for word in ("woont", "verrichtte", "zag", "hebben", "is"):
        assert _clause_final_verb(tok(word), lang), word
    for word in ("buurman", "Utrecht", "de", "zo"):
        assert not _clause_final_verb(tok(word), lang), word


# a compound's last part is its head: a name ending in a noun for a kind of body is that body
# ('Postcodeloterij', 'Jeugdbrigade'), and "de loterij" refers back to it
def test_body_named_by_a_compound_on_a_body_noun():
    text = ("De Dorpsloterij steunt het buurthuis met een flinke gift. De loterij liet weten dat het geld "
            "volgend jaar wordt overgemaakt.")
    assert speaker_of(text, "geld volgend jaar") == "Dorpsloterij"
    text = ("De Jeugdbrigade hield zondag een actie bij het stadhuis. De brigade zegt te strijden tegen "
            "de sluiting van het zwembad.")
    assert speaker_of(text, "sluiting") == "Jeugdbrigade"


def test_name_then_van_de_body_is_no_surname():
    # 'Hendriks van de Jeugdbrigade': the person's name and where they work, not a surname 'van de …'
    text = ("“We gaan door”, zegt Karel Hendriks, voorzitter van de Jeugdbrigade. Toch is de actie geen "
            "aanval op de burgemeester, vindt Hendriks van de Jeugdbrigade.")
    assert speaker_of(text, "aanval op de burgemeester") == "Karel Hendriks"


# a comparison opening the clause ('Net als X', 'Evenals X', 'Anders dan X'): X is compared with
# the subject, which follows the finite verb
COMPARISONS = [
    ("Net als de minister vindt wethouder Jan Smit dat de regels te streng zijn.", "regels", "Jan Smit"),
    ("Evenals de vakbond stelt de ondernemingsraad dat de lonen omhoog moeten.", "lonen", "ondernemingsraad"),
    ("Anders dan de politie denkt buurtbewoner Karin Mol dat het een ongeluk was.", "ongeluk", "Karin Mol"),
    ("Net als het bisdom vindt pastoor Wim Ros dat de kerk open moet blijven.", "kerk open", "Wim Ros"),
]


def test_comparison_opening_the_clause_is_no_subject():
    for text, fragment, speaker in COMPARISONS:
        assert speaker_of(text, fragment) == speaker, text


# the sentence before an uncued quote has a speech verb whose subject describes a person by a
# noun ('De gastheer zelf zegt …'): that person goes on, not someone named further back
def test_described_speaker_of_the_sentence_before_goes_on():
    text = ("Jan Smit van de VVD vindt dat Bakker slecht voorbereid was. De gastheer zelf zegt na afloop "
            "tevreden te zijn. “Ik heb er een goed gevoel over.”")
    assert speaker_of(text, "goed gevoel") == "de gastheer"


# news names a new person as the subject of one sentence and describes them in the next: the
# description with an adjective is that person, not an earlier holder of the same function
def test_description_after_an_introduced_subject():
    text = ("Het conflict gaat over land, zegt onderzoeker Sara Lind van Amnesty. Volgens Lind is het geweld "
            "toegenomen.\n\nOlav Berg kent het gebied goed. De Noorse onderzoeker aan de universiteit van Bergen "
            "werkt er al jaren. “Er is te weinig water voor iedereen.”")
    assert speaker_of(text, "te weinig water") == "Olav Berg"


def test_description_keeps_the_holder_when_the_subject_has_a_function():
    # the person opening the sentence before is a minister: 'de Noorse onderzoeker' is not him
    text = ("Het conflict gaat over land, zegt onderzoeker Sara Lind. Minister Olav Berg bezocht het gebied. "
            "De Noorse onderzoeker werkt er al jaren. “Er is te weinig water voor iedereen.”")
    assert speaker_of(text, "te weinig water") != "Olav Berg"


# 'aan' joins a person to the body they work at ('hoogleraar aan de universiteit van Leiden'),
# between the subject and its verb; a place after 'aan' ('aan de ingang') is no affiliation
def test_affiliation_with_aan_between_subject_and_verb():
    text = "De econoom aan de universiteit van Tilburg in Brabant verwacht dat de rente stijgt."
    assert speaker_of(text, "rente stijgt") == "de econoom"


def test_aan_a_place_is_no_affiliation():
    from quoteattr.cues import tokenize
    from quoteattr.lang import load_language
    from quoteattr.sieves.grammar import _affiliation_to
    lang = load_language("nl")
    s = "Een jongen aan de ingang zei"
    toks = tokenize(s, 0, len(s))
    assert not _affiliation_to(toks, 2, 5, lang)
    s = "De econoom aan de universiteit van Tilburg verwacht"
    toks = tokenize(s, 0, len(s))
    assert _affiliation_to(toks, 2, 7, lang)


# one finite verb opens a main clause: a capitalised plural that is also a verb form, right
# before a speech verb, is that verb's subject ('Getuigen verklaren dat …')
def test_plural_function_that_is_a_verb_form_opens_the_clause():
    text = "Het vuur woedde urenlang. Getuigen verklaren dat de brand in de keuken begon."
    assert speaker_of(text, "keuken begon").lower() == "getuigen"


# survey news: a share of a group says something ('40 procent van de leraren zegt dat …'),
# before the verb or, after an adverbial, right after it; quotes after it are not the share's
SHARES = [
    ("Leraren klagen al jaren. Zo zegt 40 procent van de leraren dat de werkdruk te hoog is.",
     "werkdruk", "40 procent van de leraren"),
    ("Uit het onderzoek blijkt onvrede. Ruim 60 procent van de ondervraagden zegt dat de zorg slechter is.",
     "zorg slechter", "Ruim 60 procent van de ondervraagden"),
    ("Het onderzoek is groot. Zo zegt 27 procent ooit te zijn gepest op school.", "gepest", "27 procent"),
    ("Een op de vijf studenten zegt dat ze geldzorgen hebben.", "geldzorgen", "een op de vijf studenten"),
    ("Bijna de helft van de huurders vindt dat de huur te hoog is.", "huur te hoog",
     "Bijna de helft van de huurders"),
]


def test_share_of_a_group_is_the_subject():
    for text, fragment, speaker in SHARES:
        assert speaker_of(text, fragment) == speaker, text


def test_a_share_does_not_take_the_floor():
    text = ("“De lonen moeten omhoog”, zegt vakbondsvoorzitter Ria Smit. In een peiling zegt 40 procent "
            "van de leden dat ze wil staken. “We zijn er klaar voor.”")
    assert speaker_of(text, "klaar voor") == "Ria Smit"


# 'Die' with a plural verb opening the sentence points back to the last plural noun for people
# in the sentence before
def test_plural_demonstrative_points_back_to_a_plural_group():
    text = "Na de inval werden twee mannen opgepakt. Die verklaarden dat ze niets met de zaak te maken hadden."
    assert speaker_of(text, "niets met de zaak") == "twee mannen"
    text = "De politie hield twee verdachten aan, Poolse broers. Die verklaarden dat ze onschuldig zijn."
    assert speaker_of(text, "onschuldig") == "Poolse broers"
