"""The speech-verb lexicon both ways: cues for the newsroom and fiction verbs (direct quotes,
inverted inquits, indirect speech, separable and multiword verbs), and words that only look like
cues (nouns, reflexive and separable look-alikes, 'stellen' with an object)."""
from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

import quoteattr
from quoteattr.cues import tokenize, verb_cues
from quoteattr.errors import LanguageDataError
from quoteattr.lang import load_language
from quoteattr.model import KINDS

from conftest import assert_offsets

LANG = load_language("nl")
BY_LEMMA = {v.lemma: v for v in LANG.speech_verbs}


def extract(text: str):
    quotes = quoteattr.extract(text, kinds=KINDS)
    assert_offsets(text, quotes)
    return quotes


def cues_in(text: str):
    toks = tokenize(text, 0, len(text))
    return toks, verb_cues(toks, LANG)


# --------------------------------------------------------------------------- the data


def test_the_lexicon_covers_the_newsroom_and_fiction_register():
    assert len(LANG.speech_verb_lemmas) >= 250
    wanted = {
        "benadrukken", "onderstrepen", "erkennen", "ontkennen", "waarschuwen", "reageren", "toegeven",
        "bevestigen", "opmerken", "aankondigen", "verzuchten", "opperen", "betogen", "beweren", "stellen",
        "vertellen", "uitleggen", "aanvullen", "beamen", "tegenwerpen", "zuchten", "lachen", "fluisteren",
        "roepen", "schreeuwen", "mompelen", "antwoorden", "vragen", "hernemen", "vervolgen", "bekennen",
        "toelichten", "signaleren", "constateren", "concluderen", "herhalen", "klagen", "meedelen",
        "verklaren", "twitteren", "posten", "schrijven", "mailen", "laten optekenen", "naar voren brengen",
        "het oneens zijn", "laten weten", "kenbaar maken", "de mening toegedaan zijn", "van mening zijn",
    }
    assert wanted <= LANG.speech_verb_lemmas, wanted - LANG.speech_verb_lemmas


@pytest.mark.parametrize(
    "lemma, cls",
    [("zeggen", "say"), ("vragen", "ask"), ("afvragen", "ask"), ("schrijven", "write"), ("twitteren", "write"),
     ("aankondigen", "announce"), ("kenbaar maken", "announce"), ("vinden", "think"), ("van mening zijn", "think"),
     ("willen", "want"), ("besluiten", "think")],
)
def test_classes_drive_indirect_speech(lemma, cls):
    assert BY_LEMMA[lemma].cls == cls


@pytest.mark.parametrize("form, lemma", [("zeide", "zeggen"), ("hernam", "hernemen"), ("sprak", "spreken"),
                                         ("vroeg", "vragen"), ("riep", "roepen")])
def test_old_spellings_of_the_novels(form, lemma):
    assert BY_LEMMA[lemma] in LANG.verb_forms[form]


def test_separable_verbs_list_stem_joined_and_participle_forms():
    for v in LANG.speech_verbs:
        if not v.particle or " " in v.lemma or not v.lemma.startswith(v.particle):
            continue
        joined = [f for f in v.forms if f.startswith(v.particle)]
        assert joined, v.lemma  # "toevoegde", "toegevoegd"
        assert any(not f.startswith(v.particle) for f in v.forms), v.lemma  # "voegde … toe"


def test_bound_forms_are_no_speech_verbs_on_their_own():
    for form in ("is", "was", "zijn", "ging", "gaat", "gebracht"):
        assert form not in LANG.verb_forms and form in LANG.bound_forms
    assert "zegt" in LANG.verb_forms and "zegt" not in LANG.bound_forms
    # the look-alike constructions are not speech verbs
    assert "uitstellen" not in LANG.speech_verb_lemmas and "uitgesteld" not in LANG.cue_forms


# --------------------------------------------------------------------------- hits

DIRECT = [
    ("“We zijn er klaar voor”, verzuchtte wethouder Karin Jansen.", "Karin Jansen", "verzuchtte"),
    ("“Dat is niet de bedoeling”, beklemtoonde minister Pieter Bos.", "Pieter Bos", "beklemtoonde"),
    ("“Kom hier”, fluisterde Anna de Wit.", "Anna de Wit", "fluisterde"),
    ("“Zo is het genoeg”, snauwde Kees de Boer.", "Kees de Boer", "snauwde"),
    ("“Dat valt te bezien”, repliceerde advocaat Ellen Mulder.", "Ellen Mulder", "repliceerde"),
    ("“De kas is leeg”, stelt penningmeester Joost Bakker.", "Joost Bakker", "stelt"),
    ("“Nooit meer”, zweert burgemeester Anouk Smit.", "Anouk Smit", "zweert"),
    ("“Het is tijd voor actie”, tweette Kamerlid Sanne Vos.", "Sanne Vos", "tweette"),
    ("“Wij gaan verder”, sluit voorzitter Mark de Graaf af.", "Mark de Graaf", "sluit voorzitter Mark de Graaf af"),
    ("“Het plan is te duur”, voegde wethouder Tom Visser eraan toe.", "Tom Visser",
     "voegde wethouder Tom Visser eraan toe"),
    ("“De brug blijft dicht.” Dat maakte de gemeente gisteren bekend.", "gemeente",
     "maakte de gemeente gisteren bekend"),
    # fiction: old spelling and manner-of-speaking inquits
    ("“Het wordt laat”, zeide de notaris.", "de notaris", "zeide"),
    ("“Het was een lange dag”, hernam Pieter.", "Pieter", "hernam"),
    ("“Ga zitten,” sprak de koning.", "de koning", "sprak"),
    ("“Zeker niet,” knikte de dokter.", "de dokter", "knikte"),
    ("“Weg hier!” blafte de portier.", "de portier", "blafte"),
    ("“Nee,” viel Marie hem in de rede.", "Marie", "viel Marie hem in de rede"),
]


@pytest.mark.parametrize("text, speaker, cue", DIRECT, ids=[c for _, _, c in DIRECT])
def test_direct_quote_cues(text, speaker, cue):
    (q,) = [q for q in extract(text) if q.kind == "direct"]
    assert q.speaker == speaker and q.cue == cue


INDIRECT = [
    ("Kamerlid Joris Peters onderstreept dat de regels duidelijk zijn.", "de regels duidelijk zijn", "Joris Peters",
     "onderstreept"),
    ("De vakbond hekelt dat de lonen achterblijven.", "de lonen achterblijven", "vakbond", "hekelt"),
    ("De burgemeester signaleerde dat de overlast toeneemt.", "de overlast toeneemt", "de burgemeester",
     "signaleerde"),
    ("Advocaat Ellen Mulder voerde aan dat haar cliënt niets wist.", "haar cliënt niets wist", "Ellen Mulder",
     "voerde aan"),
    ("Directeur Ria Koster maakte duidelijk dat de school openblijft.", "de school openblijft", "Ria Koster",
     "maakte duidelijk"),
    ("Wethouder Tom Visser bracht naar voren dat het budget op is.", "het budget op is", "Tom Visser",
     "bracht naar voren"),
    ("De fractie is van mening dat de wet moet worden aangepast.", "de wet moet worden aangepast", "fractie",
     "is van mening"),
    ("Het kabinet staat op het standpunt dat de grens dicht moet.", "de grens dicht moet", "kabinet",
     "staat op het standpunt"),
    ("Econoom Bas Jansen gaat ervan uit dat de rente stijgt.", "de rente stijgt", "Bas Jansen", "gaat ervan uit"),
    ("De rechter gaf te kennen dat hij de zaak snel wil afronden.", "hij de zaak snel wil afronden", "de rechter",
     "gaf te kennen"),
    ("Voorzitter Mark de Graaf stelde voorop dat niemand iets te verwijten valt.", "niemand iets te verwijten valt",
     "Mark de Graaf", "stelde voorop"),
    ("De politie liet doorschemeren dat er meer arrestaties volgen.", "er meer arrestaties volgen", "politie",
     "liet doorschemeren"),
    ("De minister zei op de radio dat de maatregel blijft.", "de maatregel blijft", "de minister", "zei"),
    ("Wethouder Tom Visser vroeg zich af of het plan zou werken.", "het plan zou werken", "Tom Visser",
     "vroeg zich af"),
    ("Het klopt niet, stelt de woordvoerder.", "Het klopt niet", "de woordvoerder", "stelt"),
    ("De kas is al jaren leeg, ontdekte de Consumentenbond.", "De kas is al jaren leeg", "Consumentenbond",
     "ontdekte"),
    ("Penningmeester Joost Bakker bekent de kas te hebben geplunderd.", "de kas te hebben geplunderd",
     "Joost Bakker", "bekent"),
    ("Directeur Ria Koster gaf toe fouten te hebben gemaakt.", "fouten te hebben gemaakt", "Ria Koster", "gaf toe"),
    ("Burgemeester Anouk Smit riep de bewoners op binnen te blijven.", "binnen te blijven", "Anouk Smit",
     "riep de bewoners op"),
]


@pytest.mark.parametrize("text, fragment, speaker, cue", INDIRECT, ids=[c for *_, c in INDIRECT])
def test_indirect_speech_cues(text, fragment, speaker, cue):
    (q,) = [q for q in extract(text) if q.kind == "indirect"]
    assert (q.text, q.speaker, q.cue) == (fragment, speaker, cue)


def test_a_part_before_the_verb_makes_the_cue():
    """'heeft erop gewezen', 'die eraan toevoegde': the part stands before (or in) the verb."""
    text = "Minister Pieter Bos heeft erop gewezen dat de kosten stijgen."
    (q,) = [q for q in extract(text) if q.kind == "indirect"]
    assert q.text == "de kosten stijgen" and q.cue == "erop gewezen"
    toks, vcs = cues_in("De wethouder, die eraan toevoegde dat het plan te duur is, stapt op.")
    assert [(toks[vc.i].text, vc.verb.lemma) for vc in vcs] == [("toevoegde", "toevoegen")]


# --------------------------------------------------------------------------- look-alikes

#: (sentence, lemma of the one cue it holds, or None): each miss has a hit beside it that uses
#: the same verb form as speech
CUES = [
    ("De verzekerden krijgen hun geld terug.", None),
    ("De bank verzekerde dat het geld terugkomt.", "verzekeren"),
    ("Alle betogen van de advocaat werden verworpen.", None),
    ("De advocaat betoogde dat de zaak verjaard is.", "betogen"),
    ("Volgens getuigen reed de auto veel te hard.", None),
    ("Twee buren getuigen dat de auto te hard reed.", "getuigen"),
    ("Het zeggen is makkelijker dan het doen.", None),
    ("Het Kamerlid stelde vragen over de gang van zaken.", None),
    ("De minister stelde een vraag over “de lange wachtlijsten”.", None),
    ("Hij stelde de auto in de garage.", None),
    ("Toen hij thuiskwam, stelde hij de auto in de garage.", None),
    ("De voorzitter stelde de vergadering uit tot volgende week.", None),
    ("De voorzitter stelde dat de vergadering voorbij was.", "stellen"),
    ("De voorzitter stelde voor om de vergadering te verdagen.", "voorstellen"),
    ("De regering stelt de belangen van de boeren voorop.", None),
    ("De verdachte meldde zich gisteren bij de politie.", None),
    ("De politie meldde gisteren dat de verdachte vastzit.", "melden"),
    ("De geschiedenis herhaalt zich elk jaar.", None),
    ("Hij herhaalde dat de geschiedenis zich herhaalt.", "herhalen"),
    ("De klant zegde zijn abonnement op.", None),
    ("De klant zei tegen de winkel dat hij opzegt.", "zeggen"),
    ("De bijeenkomst vond gisteren plaats in Utrecht.", None),
    ("De bewoners vonden dat het plan te laat kwam.", "vinden"),
    ("Ze sprak de wethouder aan op zijn gedrag.", None),
    ("De gemeente vraagt de bewoners om de stoep schoon te houden.", "vragen"),
    ("De politie vroeg een vergunning aan.", None),
    ("Het kabinet nam het voorstel aan.", None),
    ("Het kabinet nam aan dat de Kamer zou instemmen.", "aannemen"),
    ("Econoom Bas Jansen gaat uit van een lichte daling.", None),
    ("Het licht ging uit.", None),
    ("Hij is van mening veranderd.", None),
    ("De hond blafte de hele nacht.", None),
    ("Hij gaf aan de minister een boek.", None),
    ("Hij geeft een eigen draai aan het stuk door de buren erbij te betrekken.", None),
    ("De wethouder gaf door dat de buren meedoen.", "doorgeven"),
    ("Hij gaf aan dat de minister een boek kreeg.", "aangeven"),
    ("De organisatie ontdekte dat de kas leeg was.", None),
    ("De wethouder liet de hond uit.", None),
    ("Hij wil morgen naar Brussel.", None),
    ("Hij wil dat de trein morgen rijdt.", "willen"),
]


@pytest.mark.parametrize("text, lemma", CUES, ids=[t[:40] for t, _ in CUES])
def test_verb_cues_tell_speech_from_look_alikes(text, lemma):
    _, vcs = cues_in(text)
    assert [vc.verb.lemma for vc in vcs] == ([lemma] if lemma else [])


def test_a_look_alike_gives_no_indirect_speech():
    """'meldde zich … dat' is no report, 'zei … op' no cancellation when the part is a preposition."""
    assert [q for q in extract("De verdachte meldde zich bij de politie, die dat bevestigt.")
            if q.kind == "indirect"] == []
    assert [q for q in extract("Hij zei op de radio dat hij zijn lidmaatschap opzegt.")
            if q.kind == "indirect"][0].cue == "zei"


def test_cue_offsets_cover_a_part_before_the_verb():
    text = "Wethouder Tom Visser heeft naar voren gebracht dat het budget op is."
    toks, (vc,) = cues_in(text)
    assert text[toks[vc.i].start:toks[vc.end_i - 1].end] == "naar voren gebracht"


# --------------------------------------------------------------------------- the loader


@pytest.fixture
def lang_copy(tmp_path: Path) -> Path:
    shutil.copytree(Path(str(resources.files("quoteattr.lang"))) / "nl", tmp_path / "nl")
    return tmp_path


@pytest.mark.parametrize(
    "line, message",
    [
        ("kletsen\tkletst\t-\tsay:loose\n", "unknown frame 'loose'"),
        ("kletsen\t+kletst\t-\tsay\n", "need a separable part"),
        ("kletsen\tkletst\t-\tnot\n", "need a separable part"),
        ("kletsen\tKletst\t-\tsay\n", "lower-case"),
    ],
    ids=["frame", "bound-without-part", "not-without-part", "case"],
)
def test_broken_speech_verbs_name_file_and_line(lang_copy: Path, line: str, message: str):
    path = lang_copy / "nl" / "speech_verbs.tsv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n" + line, encoding="utf-8")
    with pytest.raises(LanguageDataError) as err:
        load_language("nl", root=lang_copy)
    assert f"nl/speech_verbs.tsv:{text.rstrip(chr(10)).count(chr(10)) + 2}" in str(err.value)
    assert message in str(err.value)


@pytest.mark.parametrize(
    "text, cue",
    [("“De deur blijft dicht”, viel te lezen in een brief van de directie.", "viel te lezen"),
     ("“Het wordt een zware winter”, is te lezen op de website.", "is te lezen")],
)
def test_impersonal_reading_cues(text, cue):
    (q,) = extract(text)
    assert q.sieve == "impersonal" and q.cue == cue


def test_is_te_lezen_needs_its_quote():
    """'is te lezen' opens no attribution in a sentence without a quotation."""
    assert extract("Het boek is te lezen als een thriller.") == []
