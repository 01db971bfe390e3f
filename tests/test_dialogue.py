"""Dialogue in fiction: dash turns, turn-taking, addressees, pronoun inquits, a first-person
narrator. The passages are written for these tests in the style of Dutch novels, old spelling
and new."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS
from quoteattr.sieves.address import vocatives

from conftest import assert_offsets

TANTE = """HOOFDSTUK I.

Het was een koude avond in October, toen Frits van Raven bij zijn tante aanbelde. De meid liet
hem binnen en hij vond Betsy in het salon, bij het vuur.

--Dag tante, zeide Frits, en hij kuste haar op beide wangen.

--Dag jongen, ga toch zitten. Wil je thee?

--Heel graag, tante.

--Je ziet er moe uit, Frits. Heb je weer den heelen dag gewerkt?

--Ja, ik heb veel te doen gehad op het kantoor.

--Je moet beter voor je zelf zorgen.

Betsy schonk de thee in en reikte hem het kopje aan.

--En hoe gaat het met Eline? vroeg Frits.

--O, Eline is in Den Haag, bij de Verstraetens. Zij komt eerst Zaterdag terug.

--Dat is jammer, hernam hij; ik had haar graag gezien."""

SERRE = """II.

In de serre zaten Marie en Lili te borduren, terwijl Paul aan de piano zat en zacht speelde.

--Lili, rust dan toch! riep Paul; je krijgt nog hoofdpijn van al dat werk.

--Ik ben bijna klaar, zeide Lili zonder op te zien.

--Paul heeft gelijk, Lili, zeide Marie. Kom, laten wij naar den tuin gaan.

--Gaat u maar, ik blijf liever hier.

Paul stond op en sloot de piano.

--Wat ben je toch eigenwijs! lachte hij.

--Dat ben ik niet!

--Wel waar, je bent het altijd geweest."""

VENSTER = """III.

Eline zat bij het venster, toen Otto binnenkwam. Hij groette haar en bleef bij de deur staan.

--Ben je alleen? vroeg hij.

--Ja, Betsy is uit. Kom toch binnen, Otto.

--Ik kom je alleen even goedendag zeggen, zeide hij.

--Waarom zoo kort? Je bent in geen weken hier geweest.

--Ik had het druk, Eline, heusch.

Zij glimlachte en wees hem een stoel.

--Ga zitten, zeide zij, en vertel mij eens alles.

--Wat zal ik je vertellen? Er is niets gebeurd.

--Niets? Dat geloof ik niet, Otto!"""

KAMER = """IV.

Het was stil in de kamer. Henk las de krant en Betsy breide.

--Is er nieuws? Betsy keek niet op van haar werk.

--Niets bijzonders. De Kamer vergadert weer.

--Dat is altijd zoo.

Henk vouwde de krant dicht.

--Waar is Eline eigenlijk?

--Boven, zij heeft hoofdpijn. Betsy zuchtte.

--Arm kind. Zal ik thee brengen?

--Nee, laat haar maar slapen. Henk stond op en liep naar het raam.

--Het regent weer.

--Dat doet het al de heele week."""

IK = """Het regende toen ik bij Wim aanbelde. Hij deed open in zijn kamerjas.

"Kom binnen, Koos," zei hij, "je bent drijfnat."

"Dank je," zei ik. "Is je broer thuis?"

"Nee, die is naar Utrecht."

"Jammer. Ik wilde hem wat vragen."

"Vraag het mij maar, Koos. Ik weet alles van hem."

Ik lachte en trok mijn jas uit.

"Wat weet je dan?" vroeg ik.

"Dat hij je nog geld schuldig is," zei Wim.
"""


def turns(text: str) -> list[tuple[str, str | None]]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    return [(q.text, q.speaker) for q in quotes]


class speakers_of:
    """The speaker of the first turn that starts with a given prefix."""

    def __init__(self, text: str):
        self.turns = turns(text)

    def __getitem__(self, prefix: str) -> str | None:
        found = [s for t, s in self.turns if t.startswith(prefix)]
        assert found, f"no turn starts with {prefix!r}"
        return found[0]


def test_back_to_back_turns_alternate_between_the_two_people_talking():
    got = speakers_of(TANTE)
    assert got["Dag tante"] == "Frits van Raven"
    assert got["Dag jongen, ga toch "] == "Betsy"          # the other person of the scene
    assert got["Heel graag, tante."] == "Frits van Raven"
    assert got["Je ziet er moe uit, "] == "Betsy"          # "Frits" is addressed, not speaking
    assert got["Je moet beter voor j"] == "Betsy"
    assert got["O, Eline is in Den H"] == "Betsy"


def test_an_inquit_inside_a_dash_turn_splits_it_into_two_records_of_one_speaker():
    quotes = [q for q in quoteattr.extract(SERRE, kinds=KINDS) if q.kind == "direct"]
    first = [q for q in quotes if q.text.startswith(("Lili, rust", "je krijgt"))]
    assert [q.text for q in first] == ["Lili, rust dan toch!", "je krijgt nog hoofdpijn van al dat werk."]
    assert {q.speaker for q in first} == {"Paul"} and first[0].group == first[1].group


def test_narration_after_an_inquit_is_no_speech():
    texts = [t for t, _ in turns(TANTE)]
    assert "Dag tante" in texts and not any("kuste" in t for t in texts)


def test_the_person_addressed_answers():
    got = speakers_of(SERRE)
    assert got["Paul heeft gelijk, L"] == "Marie"
    assert got["Gaat u maar, ik blij"] == "Lili"           # Marie addressed Lili
    assert got["Dat ben ik niet!"] == "Lili"


def test_a_pronoun_inquit_takes_the_participant_of_its_gender():
    got = speakers_of(VENSTER)
    assert got["Ga zitten"] == "Eline"                     # "zeide zij", Otto is a man
    assert got["Niets? Dat geloof ik"] == "Eline"          # she addresses Otto


def test_a_first_person_narrator_is_named_from_how_others_address_him():
    got = speakers_of(IK)
    assert got["Dank je"] == "Koos"
    assert got["Wat weet je dan?"] == "Koos"
    assert got["Kom binnen, Koos"] == "Wim"
    assert got["Vraag het mij maar"] == "Wim"


@pytest.mark.parametrize("text, names", [
    ("Kom binnen, Frits, je bent nat.", ["Frits"]),
    ("Is dat waar, mevrouw Dekker?", ["mevrouw Dekker"]),
    ("Ja, ik kom zo.", []),                 # an interjection is no name
    ("Vraag het mij maar, Koos. Ik weet het.", ["Koos"]),
    ("Mijn God, wat een weer.", []),
    ("Uhlefeldjes!", []),                   # a name alone is no address
    ("Jezus Maria! Hebben jullie het dan niet gehoord?", []),   # an oath addresses no one
])
def test_vocatives(text, names):
    assert vocatives(text) == names


def test_a_particle_before_a_day_opens_no_name():
    from quoteattr.cues import name_at
    lang = load_language("nl")
    toks = [t for t in _tokens("Op den Zaterdagavond kwam Jan van den Berg.")]
    assert name_at(toks, 1, lang) == 1                       # "den Zaterdagavond" is a time
    assert name_at(toks, 4, lang) == 8                       # "Jan van den Berg" is a name


def _tokens(text: str):
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.model import Document
    return DocumentAnalysis(Document(id="t", text=text), load_language("nl")).views[0].items


def test_news_with_quotes_is_no_dialogue():
    text = ("De gemeente sluit de brug. “Het is te gevaarlijk”, zegt wethouder Anna de Vries.\n\n"
            "“We hebben geen keus”, zegt ze.\n\n“Dit kost ons klanten”, zegt ondernemer Piet Bakker.")
    assert [s for _, s in turns(text)] == ["Anna de Vries", "Anna de Vries", "Piet Bakker"]


def test_an_unnamed_narrator_is_a_description_of_this_text():
    text = ("Ik kwam gisteren een oude buurman tegen op de markt.\n\n“Hoe gaat het?” vroeg ik.\n\n"
            "“Slecht,” zei hij, “mijn rug wil niet meer.”\n\nIk knikte en liep door naar mijn fiets.")
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.sieve == "dialogue-narrator"]
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("de verteller", "description")]


def test_an_action_beat_ends_the_dash_turn_and_names_its_speaker():
    got = speakers_of(KAMER)
    texts = [t for t, _ in turns(KAMER)]
    assert "Is er nieuws?" in texts and "Nee, laat haar maar slapen." in texts  # the beat is narration
    assert got["Is er nieuws?"] == "Betsy"          # "Betsy keek niet op": she asked
    assert got["Nee, laat haar"] == "Henk"          # "Henk stond op": he answered
    assert got["Waar is Eline"] == "Henk"


def test_an_object_after_a_verb_form_is_no_inquit():
    texts = [t for t, _ in turns(KAMER)]
    assert "Nee" not in texts  # "laat haar maar slapen" is what she says, not who says it


def test_the_person_the_narration_named_last_opens_the_conversation():
    # (the last sentence of the narration is about no one, and the one before names Dolf after a
    # preposition, not as its subject: after "Hij zette zich bij de haard." the question is
    # Dolf's by dialogue-question, see test_a_question_after_narration_about_someone)
    text = """HOOFDSTUK II.

Toen de thee was geschonken, keek iedereen op naar oom Dolf. Buiten woei de wind om het huis.

--Is het nog koud buiten?

--Bitter koud, jongen, zeide Frits. Het vriest.

--Dan blijven we maar binnen.

--Dat lijkt mij ook het beste, antwoordde Frits.

--Wil je nog thee?

--Graag, een half kopje.

--Hier is het.
"""
    first = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"][0]
    assert first.text == "Is het nog koud buiten?"
    assert first.speaker == "Dolf" and first.sieve == "dialogue-alternation"


THEE = """V.

Het was laat, toen Gerard van Loon de trap opging naar het salon zijner tante. Daar zat
Betsy bij den haard, een boek op haar schoot.

--Ben je daar eindelijk, Gerard? vroeg zij, zonder op te zien.

--Ja, tante. Het regende zoo, dat ik een rijtuig heb genomen.

--Een rijtuig! Wat een weelde.

--Wat zoudt gij willen, dat ik door de plassen liep?

--Neen, natuurlijk niet. Maar je vader zal er niet blij meê zijn.

--Vader behoeft het niet te weten.

--Ga zitten, jongen, zeide zij. Wil je thee?

--Gaarne.

--Suiker?

--Twee klontjes, als het u belieft."""


def test_narrated_dash_dialogue_is_no_interview():
    # whole turns and questions, as in an interview; but "vroeg zij", "zeide zij" narrate
    got = speakers_of(THEE)
    assert got["Ja, tante. Het regen"] == "Gerard van Loon"   # no reporter's answer: the nephew
    assert got["Suiker?"] == "Betsy"                          # no reporter's question: the aunt
    assert got["Twee klontjes"] == "Gerard van Loon"


def test_a_pronoun_inquit_never_points_into_its_own_turn():
    # "Gerard" is addressed inside the turn; "zij" is the woman the narration named
    got = speakers_of(THEE)
    assert got["Ben je daar eindelijk"] == "Betsy"
    assert got["Ga zitten, jongen"] == "Betsy"


HOEVE = """3

Het erf lag er verlaten bij. Op een omgekeerden emmer zat de oude boer te rooken.

— Dag Smulders, zei ik.

— Zoo, ben jij het. Wat kom je doen?

— Kijken, zei ik.

— Kijken. Nou, kijk maar.

***

Den volgenden dag zat Jet op den rand van Anna's bed.

— Nu moet je alles vertellen, zei ze.

— Er valt niets te vertellen."""


def test_a_greeting_names_the_person_who_answers():
    got = speakers_of(HOEVE)
    assert got["Zoo, ben jij het."] == "Smulders"          # "Dag Smulders" addressed him
    assert got["Kijken. Nou"] == "Smulders"


def test_a_scene_break_ends_the_conversation_and_a_genitive_names_a_person():
    got = speakers_of(HOEVE)
    assert got["Nu moet je alles"] == "Jet"
    # the other person of the new scene is the one in "Anna's bed", not the boer of the last one
    assert got["Er valt niets"] == "Anna"


@pytest.mark.parametrize("text, names", [
    ("Dag Smulders.", ["Smulders"]),        # a greeting addresses
    ("Freddy!", ["Freddy"]),                # a first name called out
])
def test_short_addresses(text, names):
    assert vocatives(text) == names


def test_a_text_that_writes_dialogue_with_hyphens_has_every_hyphen_paragraph_as_a_turn():
    text = ("Jo keek op van haar krant.\n\n- Wie is daar? vroeg ze.\n\n- Ik ben het, Sanne.\n\n"
            "- Hoe lang ben je al weg geweest?\n\n- Een week al. Misschien iets langer.\n\n- Zo lang!\n")
    texts = [t for t, _ in turns(text)]
    assert "Een week al. Misschien iets langer." in texts   # no question, no "ik", still a turn


def test_a_hyphen_list_in_news_is_no_dialogue():
    text = ("De gemeente noemt drie redenen.\n\n- de kosten zijn gestegen\n\n- de brug is oud\n\n"
            "- er zijn te weinig fietsers\n")
    assert turns(text) == []


def test_speech_in_the_first_person_resumes_after_an_inquit():
    text = ("Jo zat bij het raam.\n\n– Ik zie niet veel meer, zei Jo. Maar ik hoor nog alles.\n\n"
            "– Ik voelde het al, zei ze. Ik keek naar buiten en zag niets.\n")
    texts = [t for t, _ in turns(text)]
    assert "Maar ik hoor nog alles." in texts
    assert not any(t.startswith("Ik keek") for t in texts)  # "Ik keek" narrates in the past


@pytest.mark.parametrize("paragraph, resumed", [
    # a story narrated in the past: after an inquit that ends its sentence, a sentence without a
    # past tense is the character speaking on
    ("– Het is dinsdag, zei Marloes. Op dinsdag is er markt.", "Op dinsdag is er markt."),
    ("– Naar de haven, herhaalde Gert. In dit weer.", "In dit weer."),
    ("– Ga maar, zei moeder. Tanden poetsen en dan naar bed.", "Tanden poetsen en dan naar bed."),
    # narration: a past tense, a pronoun subject, or the inquit running on after a comma
    ("– Het is dinsdag, zei Marloes. Buiten regende het.", None),
    ("– Het is dinsdag, zei Marloes. Ze keek naar de klok.", None),
    ("– Het is dinsdag, zei Marloes, met een zucht.", None),
    # a story narrated in the present: its narration has no past tense to tell it by
    ("– Het is dinsdag, zegt Marloes. Buiten regent het.", None),
])
def test_speech_resumes_after_an_inquit_in_a_sentence_without_a_past_tense(paragraph, resumed):
    text = "Marloes stond bij het raam.\n\n" + paragraph + "\n\n– En morgen? vroeg Gert.\n"
    texts = [t for t, _ in turns(text)]
    assert texts[0] == "Het is dinsdag" or texts[0].startswith(("Naar de haven", "Ga maar"))
    if resumed is None:
        assert len(texts) == 2
    else:
        assert texts[1] == resumed


SCHOOLPLEIN = """Bij het hek stond Bertje al op mij te wachten.

— Dag Bertje, zei ik.

— Ben je laat, of ben ik vroeg?

— Jij bent vroeg, zei ik.

— Heb je het al gehoord?

— Wat dan?

— Dat de hooiberg van Smulders is afgebrand.

— Nee. Wanneer dan?"""


def test_the_narrator_who_talks_is_always_one_of_the_two():
    got = speakers_of(SCHOOLPLEIN)
    assert got["Heb je het al gehoord?"] == "Bertje"
    assert got["Wat dan?"] == got["Dag Bertje"]               # the narrator, however named
    assert got["Dat de hooiberg"] == "Bertje"
    assert got["Nee. Wanneer dan?"] == got["Dag Bertje"]


def test_a_description_answering_an_address_is_the_person_addressed():
    text = ("Op het erf zat de oude boer te rooken.\n\n— Dag Smulders, zei ik.\n\n"
            "— Zoo, ben jij het, zei de oude boer.\n\n— Ja, ik kom even kijken, zei ik.\n\n"
            "— Kijk maar, bromde de oude boer. Er is niet veel te zien.\n\n— Het is alles zwart.\n\n"
            "— Zwart en nat, zei de oude boer.\n")
    got = speakers_of(text)
    assert got["Zoo, ben jij het"] == "Smulders"
    assert got["Kijk maar"] == "Smulders"                     # and so from then on


def test_narration_that_moves_on_in_time_opens_a_scene():
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.lang import load_language
    from quoteattr.model import Document
    from quoteattr.sieves.scenes import scene_starts

    text = ("Zij praatten lang.\n\n--Ja, zei hij.\n\nDen volgenden morgen regende het.\n\n--Nee.\n\n"
            "Dinsdagmiddag. De schilder werkte.\n\nTwee dagen later kwam zij.\n\nZij lachte.")
    an = DocumentAnalysis(Document(id="t", text=text), load_language("nl"))
    opened = [text[s:].split()[0] for s in scene_starts(an)]
    assert opened == ["Den", "Dinsdagmiddag.", "Twee"]       # "Zij lachte." moves on in nothing


def test_the_other_person_is_one_who_speaks_not_one_only_talked_about():
    text = ("Lena zat bij het raam. Toen kwam Otto binnen.\n\n--Goeden avond, zeide Otto.\n\n"
            "Zij dacht aan haar broer Willem, die in Indië was.\n\n--Wat kom je doen?\n\n"
            "--Ik kwam even aanloopen.\n\n--Dat is lief van je, zeide Lena.\n\n"
            "--Morgen wordt het beter.\n\n--Dat zeggen ze altijd.\n")
    got = speakers_of(text)
    assert got["Wat kom je doen?"] == "Lena"                 # Willem is only thought of
    assert got["Ik kwam even aanloopen."] == "Otto"


# --- naming statements and the phase of an exchange -------------------------------------------

from quoteattr.lang import load_language  # noqa: E402
from quoteattr.naming import naming_statements  # noqa: E402


@pytest.mark.parametrize("text, nick, full", [
    ("Aan tafel zat Geertruida van Son, die iedereen Truus noemde, met haar zuster.", "Truus", "Geertruida van Son"),
    ("Daar kwam Hendrik Jan Bosch, door de jongens Henkie genoemd, het plein op.", "Henkie", "Hendrik Jan Bosch"),
    ("Kobus heette eigenlijk Jacobus de Ruyter, maar zoo noemde niemand hem.", "Kobus", "Jacobus de Ruyter"),
    ("Eigenlijk heette Mies Maria Wilhelmina Brandt.", "Mies", "Maria Wilhelmina Brandt"),
    ("Jet, voluit Henriëtte de Bruin, stond al bij de deur.", "Jet", "Henriëtte de Bruin"),
    ("Toontje liep voorop. Antonius Verbeek heette hij voluit, naar zijn grootvader.", "Toontje", "Antonius Verbeek"),
    # the person the sentence is about, then "heette hij", "noemden haar"
    ("Hendrik Bos studeerde al jaren in Leiden. Thuis heette hij Rik, en daar bleef het bij.", "Rik", "Hendrik Bos"),
    ("Haar zuster, Wilhelmina, was de oudste. Zij was streng, en de kinderen noemden haar Mien.", "Mien", "Wilhelmina"),
    ("Cornelia, het jongste meisje, dat door iedereen Nel genoemd werd, zat bij het raam.", "Nel", "Cornelia"),
])
def test_naming_statements_pair_a_pet_name_with_the_full_name(text, nick, full):
    assert naming_statements(text, load_language("nl"), []) == {nick: full}


def test_a_title_before_a_pet_name_of_the_named_person_states_nothing_new():
    text = "Kees Hoogland was de broer van Marianne. De kinderen noemden hem oom Kees, ook nu nog."
    assert naming_statements(text, load_language("nl"), []) == {}


def test_naming_statements_of_two_given_names_keep_the_one_written_with_a_surname_and_skip_quotations():
    lang = load_language("nl")
    # two given names: the pet name stands for the longer one, unless the text writes the pet
    # name with a surname ("Lot van Dam"), which then stays the name of the person
    assert naming_statements("Lot heette eigenlijk Charlotte, maar dat wist niemand.", lang, []) == {"Lot": "Charlotte"}
    text = "Lot van Dam kwam binnen. Lot heette eigenlijk Charlotte, maar dat wist niemand."
    assert naming_statements(text, lang, []) == {"Charlotte": "Lot"}
    text = "--Hij heet eigenlijk Pieter de Graaf, zei ze, maar wij zeggen Piet."
    quoted = [(2, text.index(", zei"))]
    assert naming_statements("Piet heette eigenlijk Pieter de Graaf.", lang, [(0, 40)]) == {}
    assert naming_statements(text, lang, quoted) == {}


TRUUS = """Aan de theetafel zat Geertruida van Son, die iedereen Truus noemde. Naast haar zat Kobus Wijnands.

--Nog een kopje, Kobus? vroeg Truus.

--Graag, Truus, als het niet te veel moeite is.

--Het is nooit te veel moeite, Kobus.

--Dan graag met suiker.

--Twee klontjes?

--Drie, als het mag.

--Je bent een zoetekauw, Kobus."""


def test_a_pet_name_speaks_and_is_addressed_as_the_full_name():
    quotes = [q for q in quoteattr.extract(TRUUS) if q.kind in ("direct", "partial")]
    assert_offsets(TRUUS, quotes)
    assert [q.speaker for q in quotes] == ["Geertruida van Son", "Kobus Wijnands"] * 3 + ["Geertruida van Son"]


SCHUUR = """Kees en Gerrit zaten op het hek.

— Het wordt laat, zei Kees.

— Ik ga naar huis, zei Gerrit.

Den volgenden morgen kwam Kees het erf op. Gerrit stond bij de schuur te wachten, zonder das.

— Waar is je das?

— Thuis. In de kast.

— Dus je weet het al.

— Het heele dorp weet het.

— Maar wij waren er niet, Gerrit.

— Zeg dat maar tegen den veldwachter."""


def test_an_address_late_in_an_exchange_settles_who_opened_it():
    """The forward pass guesses that Gerrit, whom the narration named, opens the exchange; the
    turn that calls him "Gerrit" shows that he speaks the even turns, and so all of them."""
    quotes = [q for q in quoteattr.extract(SCHUUR) if q.kind in ("direct", "partial")]
    assert_offsets(SCHUUR, quotes)
    gerrit = [q for q in quotes if q.speaker == "Gerrit"]
    assert [q.text[:10] for q in gerrit] == ["Ik ga naar", "Thuis. In ", "Het heele ", "Zeg dat ma"]
    assert all(q.speaker != "Gerrit" for q in quotes if "Gerrit" in q.text)


# --- descriptions in inquits ------------------------------------------------------------------

ATELIER = """Het was Dinsdagmiddag in het atelier van Frits Haverkamp, de schilder. Een oogenblik later stond Paul de Wit in de deur.

--Ik stoor u, zeide de advocaat. Ik zie het al.

--U stoort niet. Gaat u zitten.

--Dank u.

Jan, de knecht, kwam binnen met de thee. Anna de Vries, een lange jonge vrouw, volgde hem.

--Thee, mijnheer? vroeg de knecht.

--Graag.

--Wilt u ook suiker, juffrouw? vroeg Frits.

--Neen, dank u, zeide de jonge vrouw.

--Het is koud hier, zeide de schilder."""


def test_descriptions_in_inquits_stand_for_the_people_the_narration_named():
    got = speakers_of(ATELIER)
    assert got["Ik stoor u"] == "Paul de Wit"          # named just before: "stond Paul de Wit in de deur"
    assert got["Thee, mijnheer?"] == "Jan"             # "Jan, de knecht,"
    assert got["Neen, dank u"] == "Anna de Vries"      # "Anna de Vries, een lange jonge vrouw"
    assert got["Het is koud hier"] == "Frits Haverkamp"  # "Frits Haverkamp, de schilder"


def test_an_apposed_noun_for_a_person_is_an_epithet():
    from quoteattr.mentions import apposed_epithet
    lang = load_language("nl")
    text = "Anna de Vries, een lange jonge vrouw met rood haar, volgde."
    assert apposed_epithet(text, len("Anna de Vries"), lang) == ("vrouw", ["lange", "jonge"])
    assert apposed_epithet("Jan, de knecht, kwam.", 3, lang) == ("knecht", [])
    assert apposed_epithet("Jan, de tafel stond klaar.", 3, lang) is None   # no noun for a person
    assert apposed_epithet("Jan, de man van Anna.", 3, lang) == ("man", [])


def test_a_chapter_heading_is_no_name():
    text = ("HOOFDSTUK II\n\nHoofdstuk III\n\nBetsy zat bij het venster.\n\n--Ben je daar, Eline?\n\n--Ja.\n\n"
            "--Kom dan hier.\n\n--Dadelijk.\n\n--Waar blijf je?\n\n--Ik kom al.\n")
    assert all(s != "Hoofdstuk III" for _, s in turns(text))


SALON = """In de voorkamer zat, naast zijn nicht Marie, de oude heer Gerard van Loon te dommelen. Bij de piano stond freule Agatha Steyn, een lange, magere dame met een waaier.

--Wie speelt er straks? vroeg de freule.

--Niemand, zeide Marie. Oom slaapt.

--Ik slaap niet, zeide de oude heer.

--Gerard, kom toch eens hier! riep de magere dame uit de serre.

--Dadelijk, zeide de oude heer uit zijn stoel."""


def test_a_description_before_a_name_and_an_apposition_with_commas_are_epithets():
    got = speakers_of(SALON)
    assert got["Ik slaap niet"] == "Gerard van Loon"        # "de oude heer Gerard van Loon"
    assert got["Dadelijk"] == "Gerard van Loon"             # "… uit zijn stoel": the preposition ends the description
    assert got["Gerard, kom toch"] == "Agatha Steyn"        # "een lange, magere dame"


def test_an_honorific_after_an_article_is_a_person():
    from quoteattr import cues
    lang = load_language("nl")
    for text, role in [("de oude heer, die lachte", "oude heer"), ("de freule.", "freule")]:
        ph = cues.phrase_at(cues.tokenize(text, 0, len(text)), 0, lang)
        assert ph is not None and ph.kind == "description" and ph.role == role
    text = "de heer Jansen zei"
    ph = cues.phrase_at(cues.tokenize(text, 0, len(text)), 0, lang)
    assert ph.kind == "name" and ph.role == "heer"


def test_an_honorific_before_a_name_is_an_epithet_with_its_gender():
    text = ("Bij den haard zat freule Agatha Steyn. Toen kwam de schilder Hendrik Bos binnen, en hij boog.\n\n"
            "--Wie is die man? vroeg de freule.\n\n--Een schilder, zeide Marie.\n\n--Een schilder! riep de freule.\n\n"
            "--Ik ben het maar, zeide Hendrik.\n")
    got = speakers_of(text)
    assert got["Wie is die man?"] == "Agatha Steyn"
    assert got["Een schilder!"] == "Agatha Steyn"       # never the man named last: a freule is a woman


def test_speech_resumes_after_an_inquit_that_runs_on_in_a_relative_clause():
    text = ("--Naar de serre, hoop ik, zeide de oude heer, die nu heelemaal wakker was. Laat hem binnen, Jan.\n\n"
            "--Ja, mijnheer, zeide de knecht, die al bij de deur stond. Hij keek niet om.\n")
    quotes = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    texts = [q.text for q in quotes]
    assert "Laat hem binnen, Jan." in texts               # speech again: it calls someone by name
    assert not any("Hij keek" in t for t in texts)        # narration after the inquit stays narration
    assert quotes[texts.index("Laat hem binnen, Jan.")].group == quotes[0].group is not None


def test_an_interrogative_before_a_name_makes_no_vocative_and_names_lose_line_breaks():
    from quoteattr.sieves.address import vocatives
    assert vocatives("Welke Yara?") == []
    assert vocatives("Zeg eens, De Vries, kom je?") == ["De Vries"]
    text = "Daar stond Jo\nVan den Broeck bij het hek.\n\n— Wat doe je hier? vroeg Jo\nVan den Broeck."
    assert [q.speaker for q in quoteattr.extract(text)] == ["Jo Van den Broeck"]


def test_a_turn_that_names_its_speaker():
    text = ("Marianne stond in de keuken toen de bel ging. Joost kwam binnen met een meisje.\n\n"
            "— Mam, dit is Ilse, zei Joost.\n\n— Dag mevrouw. Ik ben Ilse. Ilse Verbeek.\n\n"
            "— Kom binnen, kind.\n\n— Dank u wel.\n\n— Ga zitten.\n\n— Wat ruikt het lekker.\n")
    got = speakers_of(text)
    assert got["Dag mevrouw."] == "Ilse"                  # (the full name is only inside the turn)


def test_a_relative_in_an_inquit_is_not_the_person_it_is_related_to():
    from quoteattr.sieves.address import same
    text = "Cornelia zette de kruik neer.\n\n--Dan neem je een kleinere, zeide haar broeder van den canapé.\n"
    assert [q.speaker for q in quoteattr.extract(text)] == ["broeder van Cornelia"]
    assert not same("broeder van Cornelia", "Cornelia")
    assert same("de oude heer", "de oude heer")


def test_a_pronoun_inquit_is_never_the_woman_the_turn_addresses():
    text = ("Mathilde zat aan den vleugel. Henk en Frederica stonden bij het raam.\n\n"
            "--Wie heeft de zwaan besteld? vroeg Henk.\n\n"
            "--Er was geen inspectie, Frederica, hernam zij. Ik heb hem gezien.\n\n--Waar dan?\n\n--Op het plein.\n\n"
            "--Dat kan niet.\n\n--Het kan wel.\n\n--Je liegt.\n")
    got = speakers_of(text)
    assert got["Er was geen inspectie"] == "Mathilde"


def test_a_description_in_a_talk_of_the_narrator_with_one_other_is_that_other():
    text = ("Ik liep den zandweg af naar de hoeve van Smulders. Ik was bang, maar ik ging toch. Mijn vader "
            "had het mij gezegd, en ik deed wat hij zei.\n\n"
            "— Dag Smulders, zei ik.\n\n— Zoo, ben jij het.\n\n— Ja. Ik kom kijken.\n\n"
            "— Kijk maar. Er is niet veel meer te zien.\n\n— Hoe is het gekomen?\n\n"
            "— Dat weet niemand. Kom eens hier, jongen.\n\n"
            "Ik ging naar hem toe. Hij haalde iets uit zijn zak.\n\n"
            "— Die lag achter den wal, zei de oude boer.\n")
    got = speakers_of(text)
    assert got["Die lag achter den wal"] == "Smulders"


def test_a_vocative_clipped_from_a_given_name_addresses_that_person():
    text = ("Marianne Kuipers zette de pan op tafel. Haar broer Kees Hoogland kwam binnen.\n\n"
            "— Die deur klemt nog steeds. Dat zei ik je in september al, Mar.\n\n"
            "— Dat weet ik, Kees.\n\n— Ik kom dinsdag wel even langs.\n\n— Dat zeg je sinds september.\n\n"
            "— Nu meen ik het.\n\n— Dat zeg je ook sinds september.\n")
    got = speakers_of(text)
    assert got["Dat weet ik, Kees."] == "Marianne Kuipers"
    assert got["Die deur klemt"] == "Kees Hoogland"


def test_a_turn_that_introduces_its_speaker_by_name_and_function():
    from quoteattr.resolve import Resolver
    from quoteattr.sieves.inquit import self_named
    lang = load_language("nl")
    resolver = Resolver(lang)
    assert self_named("Mevrouw Van den Broeck? Yasmina El Amrani, wijkagent. U hebt gebeld?", resolver, lang) \
        == "Yasmina El Amrani"
    assert self_named("Jan Smit, de buurman. Hij woont hiernaast.", resolver, lang) is None  # names someone else
    assert self_named("Ik ben Amsterdammer.", resolver, lang) is None


@pytest.mark.parametrize("text", [
    "Het parlement stemde in. Tot 1961 heette ze Akmolinsk, daarna Tselinograd.",          # a town
    "Mijn dochter noemde haar pop zelfs Renaat, zonder dat wij dat vroegen.",              # a doll
    "Wilders is fel. De krant noemde hem de Nederlandse Trump, maar dat is onzin.",         # an epithet
])
def test_naming_statements_about_things_and_epithets_state_no_pet_name(text):
    assert naming_statements(text, load_language("nl"), []) == {}


# --- an exchange decided as a whole (sieves/sequence.py) ---------------------------------------

from quoteattr.sieves.sequence import _plural_verb  # noqa: E402

KEUKEN = """In de keuken zaten Anna Veldkamp en Pieter de Bruin aan tafel. Karel, de knecht, sleepte een mand aardappelen naar buiten.

--Heb je den dokter gesproken?

--Gisteren. Hij komt Donderdag terug.

--Dat is laat, zei ze. Veel te laat.

--Eerder kan hij niet.

--Dan ga ik zelf naar het dorp, Pieter.

--Met dit weer? vroeg hij.

--Met dit weer."""


def test_an_exchange_goes_to_the_two_people_its_inquits_and_addresses_show():
    """Karel, named last by the narration, says nothing: the inquit of the third turn and the
    address of the fifth put Anna and Pieter in the exchange, and "vroeg hij" answers the turn
    that called Pieter, whoever the narration named last."""
    quotes = [q for q in quoteattr.extract(KEUKEN) if q.kind in ("direct", "partial")]
    assert_offsets(KEUKEN, quotes)
    anna, pieter = "Anna Veldkamp", "Pieter de Bruin"
    # ("Veel te laat." goes on with Anna's turn after her inquit)
    assert [q.speaker for q in quotes] == [anna, pieter, anna, anna, pieter, anna, pieter, anna]
    asked = next(q for q in quotes if q.text == "Met dit weer?")
    assert asked.sieve == "dialogue-participant"  # the pronoun's own resolution was overruled


KLAS = """Juffrouw Bakker kwam de klas binnen. De kinderen stonden op, en meester Visser legde het krijt neer.

--Goedemorgen, juffrouw! riepen de kinderen.

--Goedemorgen. Gaan jullie maar zitten, zei juffrouw Bakker.

--Ze zijn vandaag erg rustig, zei meester Visser.

--Dat zal niet lang duren.

--Nee, dat denk ik ook niet.

--Hebt u de schriften al nagekeken, meester?

--Gisteravond al."""


def test_a_group_that_speaks_in_chorus_takes_no_turn_of_one_person():
    quotes = [q for q in quoteattr.extract(KLAS) if q.kind in ("direct", "partial")]
    assert_offsets(KLAS, quotes)
    assert quotes[0].speaker == "de kinderen"
    assert all(q.speaker != "de kinderen" for q in quotes[1:])
    assert [q.speaker.split()[-1] for q in quotes[3:]] == ["Bakker", "Visser", "Bakker", "Visser"]


@pytest.mark.parametrize("cue, plural", [
    ("zeiden", True), ("riepen", True), ("antwoordden", True), ("zeggen", True),
    ("zei", False), ("zeide", False), ("riep", False), ("vroeg", False), ("hernam", False), (None, False),
])
def test_a_plural_speech_verb_has_several_speakers(cue, plural):
    assert _plural_verb(cue) is plural


TWEE_IN_EEN = """Op de stoep stonden Hendrik Smit en zijn buurman Gerrit Dekker. Lies Smit deed de deur open.

"Komen jullie binnen?" vroeg Lies.

"Graag," zei Hendrik. "Ik ook," zei Gerrit.

"Dan zet ik koffie," zei Lies.

"Met suiker?"

"Zonder."

"Goed."

"Dank je."
"""


def test_a_paragraph_where_two_people_are_named_speaking_keeps_both():
    quotes = [q for q in quoteattr.extract(TWEE_IN_EEN) if q.kind in ("direct", "partial")]
    assert_offsets(TWEE_IN_EEN, quotes)
    by_text = {q.text.rstrip(","): q.speaker for q in quotes}
    assert by_text["Graag"] == "Hendrik Smit"
    assert by_text["Ik ook"] == "Gerrit Dekker"


# --- family words as names in inquits ----------------------------------------------------------

@pytest.mark.parametrize("inquit, speaker", [
    ("vroeg tante", "tante"), ("zeide oom", "oom"), ("riep moeder", "moeder"), ("zei opa", "opa"),
    ("zei tante Mien", "tante Mien"), ("vroeg oom Gerrit", "oom Gerrit"),
])
def test_a_family_word_without_article_names_one_person_of_the_story(inquit, speaker):
    text = f"Het was stil in de kamer.\n\n--Is Marie al thuis? {inquit}.\n"
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker.lower() == speaker.lower() or q.speaker.split()[-1] == speaker.split()[-1]
    assert q.sieve == "cue-after"


def test_a_crowd_in_one_exchange_keeps_every_named_inquit():
    """Fifteen people named speaking in one exchange: more than the search weighs at once, so the
    exchange keeps what the inquits say, and no turn is lost."""
    names = ["Anna", "Bram", "Cato", "Daan", "Eva", "Floor", "Gijs", "Hanna", "Iris", "Joris",
             "Karel", "Lotte", "Maarten", "Noor", "Otto"]
    turns = []
    for k, n in enumerate(names):
        turns.append(f"--Ik kom uit de stad nummer {k}, zei {n}.")
        turns.append("--En hoe was het daar?")
    text = "Op het feest was het druk.\n\n" + "\n\n".join(turns) + "\n"
    quotes = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    stated = [q.speaker for q in quotes if q.sieve == "cue-after"]
    assert stated == names
    assert len(quotes) == 2 * len(names)


ZUSTERS = """Mevrouw Dekker zat bij het raam, naast haar zuster Wilhelmina van Loon.

--Het regent alweer, zeide mevrouw Dekker. Je blijft toch eten, Mien?

--Als het niet te veel moeite is, antwoordde Wilhelmina van Loon.

--Moeite! Jij bent nooit moeite, Mien.

--Dat zeg je nu. Maar gisteren zei je iets anders.

--Gisteren was gisteren.

--En morgen?

--Morgen zien wij wel."""


def test_a_pet_name_only_the_characters_use_calls_the_person_who_answers_it():
    """"Mien" is no part of anyone's name and no inquit gives it: the person who answers it is
    Wilhelmina van Loon, so the turn answering the second "Mien" is hers, by her own name."""
    got = speakers_of(ZUSTERS)
    assert got["Moeite! Jij bent"] == "Dekker"
    assert got["Dat zeg je nu"] == "Wilhelmina van Loon"
    assert got["En morgen?"] == "Wilhelmina van Loon"


def test_a_pet_name_goes_to_no_one_when_the_evidence_is_split_or_against():
    from quoteattr.sieves.sequence import _Turn, call_names

    def turn(para: int, stated: str | None, called: list[str]) -> _Turn:
        return _Turn(para, [], 0, stated, stated=stated, called=called)

    # called by A and answered by B, then called by C and answered by D: no one has more
    split = [[turn(1, "Anna Smit", ["Bep"]), turn(2, "Karel Smit", [])],
             [turn(7, "Dirk Smit", ["Bep"]), turn(8, "Jan Smit", [])]]
    assert call_names(split, frozenset()) == {}
    # a name its own speaker calls is not theirs (Karel calls Bep, so Bep is Jan); a known name
    # is no pet name
    against = [[turn(1, "Anna Smit", ["Bep"]), turn(2, "Karel Smit", [])],
               [turn(7, "Karel Smit", ["Bep"]), turn(8, "Jan Smit", [])]]
    assert call_names(against, frozenset()) == {"Bep": "Jan Smit"}
    assert call_names(against, frozenset({"Bep"})) == {}


def test_an_honorific_keeps_a_called_name_off_a_relative_of_the_other_gender():
    from quoteattr.resolve import Resolver
    from quoteattr.sieves.inquit import Fullest, full_name
    resolver = Resolver(load_language("nl"))
    broer = resolver.add_name("Hendrik van Hoven", 10)
    broer.gender = "m"
    fullest = Fullest([], [])
    assert full_name("juffrouw van Hoven", fullest, resolver, 100) == "juffrouw van Hoven"
    assert full_name("mijnheer van Hoven", fullest, resolver, 100) == "Hendrik van Hoven"
    assert full_name("van Hoven", fullest, resolver, 100) == "Hendrik van Hoven"


def test_a_bare_honorific_in_an_inquit_is_the_person_the_narration_calls_so():
    text = ("Mevrouw Bakker zat in de keuken. Haar man las de krant, en de heer Smit kwam binnen.\n\n"
            "--Op je stoel, Bernard! riep mevrouw uit de gang. Je zit er op!")
    got = speakers_of(text)
    assert got["Op je stoel"] == "Bakker"     # where she calls from is no part of who she is


def test_an_inquit_that_says_the_speaker_goes_on_keeps_the_turn_before_its_speaker():
    text = ("In de club zaten Willem Stuart en Karel Fogg aan de speeltafel.\n\n"
            "--Wij nemen het aan, zeide Stuart.\n\n"
            "--Goed, zeide Fogg. Dan vertrek ik vanavond.\n\n"
            "--Vanavond al? vroeg Stuart.\n\n"
            "--Vanavond, antwoordde Fogg.\n\n"
            "--Zoo, ging hij voort, dan ben ik over tachtig dagen terug.\n\n"
            "--Dat zullen wij zien.")
    got = speakers_of(text)
    assert got["Zoo"] == "Karel Fogg"        # "ging hij voort": Fogg goes on, not the other man
    assert got["Dat zullen wij zien"] == "Willem Stuart"


@pytest.mark.parametrize("text, cue", [
    ('Heel stilletjes zeg ik daar nu bij: "En niet ten onrechte."', "zeg"),     # the bare stem before "ik"
    ('Verstandig zijn we nu, en ik zeg tegen Hoyer: "We zijn er niet op vooruitgegaan."', "zeg"),
    ('Hij praatte maar door. Eén keer heb ik tegen hem gezegd: "Het is toch mooi."', "gezegd"),  # "heb ik"
])
def test_a_first_person_inquit_is_read_with_its_subject(text, cue):
    q = quoteattr.extract(text)[0]
    assert q.cue == cue and (q.speaker_mention or "").lower() == "ik"


def test_a_first_person_opinion_in_a_column_reports_no_speech():
    got = quoteattr.extract("Het is maar te zeggen: ik hoop dat de wethouder een andere keuze maakt.", kinds=KINDS)
    assert not [q for q in got if q.kind == "indirect"]


IK_DRIE = """Juffrouw Anna Visser zat al in de kamer toen ik binnenkwam. Anna Visser keek op van haar boek.
Ik had Anna Visser in jaren niet gezien; Visser was haar naam gebleven, want Anna Visser was nooit
getrouwd. Naast haar stond de dokter, die mij direct aansprak.

"Ga zitten, Gerrit," zei hij. "Vertel het hem, juffrouw Visser."

"Wat voor nieuws?" vroeg ik.

"Mijn vader is terug," zei Anna Visser zacht.

"Terug? Na al die jaren?" vroeg ik.

"Ja, Gerrit. Gisteren stond hij voor de deur."

"Wat een verhaal, juffrouw Visser," zei de dokter.

"Hoe wist u dat, dokter?" vroeg ik."""


def test_a_name_the_narration_writes_itself_is_not_the_first_person_narrator():
    """Gerrit is called by the others and never written by the narration, which says "ik"; Anna
    Visser is called too, but the narration writes her name: she is someone else."""
    got = speakers_of(IK_DRIE)
    assert got["Wat voor nieuws"] == "Gerrit"
    assert got["Terug? Na al die jaren?"] == "Gerrit"


def test_a_speaking_pronoun_finds_the_one_person_of_its_gender_named_long_before():
    filler = ("Het regende. De straat was nat en leeg, en de lantaarns brandden al. " * 30)
    text = (f"Pieter Holm zat bij het vuur met zijn pijp. {filler}\n\n"
            "Hij hief de oogen op van zijn boek.\n\n"
            "\"Het is een vreemde zaak,\" zeide hij. \"Heel vreemd.\"")
    got = speakers_of(text)
    assert got["Het is een vreemde zaak"] == "Pieter Holm"


def test_a_patronymic_tells_the_gender_a_pronoun_inquit_needs():
    from quoteattr.resolve import Resolver
    resolver = Resolver(load_language("nl"))
    assert resolver._gender_now("Stipan Arkadiewitsch", None) == "m"
    assert resolver._gender_now("Darja Alexandrowna", None) == "f"
    assert resolver._gender_now("Anna Witsch", None) == "f"   # an ending that is the whole word is no patronymic


REGEN = """III.

Karel stond bij het venster en keek naar den regen, die op de gracht viel.

--Ik ga niet meê, zeide Louise. Het is veel te nat.

--Dan blijf je maar thuis.

Aan de tafel, onder de lamp, zat Albertine van Dorp, die sedert een week bij hen logeerde. Zij las
de courant, zonder op te zien.

--Bertje, wat zegt gij er van? Gij kent het weer hier beter dan wij.

--Ik zou wachten, Karel. Het klaart straks op.

--Zie je wel, Karel.

--Goed dan, wij wachten.
"""

SCHOOL = """4

Sanne zat op de bank met haar laptop op schoot. Tom kwam binnen met twee bekers thee.

— Heb je de mail van school al gelezen? vroeg Tom.

— Nog niet. Wat staat erin?

Bij het raam stond Femke. Ze keek op haar telefoon.

— Fem, weet jij waar dit over gaat? Jij zit toch in die klas.

— Geen idee, mam. Echt niet.

— Ze weet het wel, zei Tom.

— Dat zeg ik toch niet.
"""


@pytest.mark.parametrize("text, calls, called, answer", [
    (REGEN, "Bertje, wat zegt gij", "Albertine", "Ik zou wachten"),
    (SCHOOL, "Fem, weet jij waar", "Femke", "Geen idee, mam"),
])
def test_the_one_the_narration_was_about_is_not_the_speaker_of_a_turn_that_calls_them_by_pet_name(
        text, calls, called, answer):
    # the narration just before the turn is about Albertine (Femke), but the turn calls her by a
    # pet name that only the dialogue pass knows is hers: someone else speaks, and she answers
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    turn = next(q for q in quotes if q.text.startswith(calls))
    assert turn.speaker is not None and called not in turn.speaker and turn.sieve != "preceding"
    assert called in (next(q for q in quotes if q.text.startswith(answer)).speaker or "")


THEE_BIJ_HET_VUUR = """II.

Frits zat bij het vuur en las, toen Marie binnenkwam met de thee.

--Is het nog koud buiten? vroeg Frits.

--Bitter koud. Het vriest, dat het kraakt.

--Dan blijf ik maar thuis.

--Dat is verstandig.

Marie zette het blad op de tafel en schonk twee kopjes in.

--En wanneer dacht je mij te vertellen, dat je naar Indië gaat?

--Wie heeft u dat gezegd?
"""

KOFFER = """7

Daan stond in de keuken af te wassen, toen Lotte thuiskwam.

— Hoe was je dag? vroeg Daan.

— Lang. De trein stond een uur stil bij Utrecht.

— Dan bestellen we vanavond pizza.

— Goed plan.

Lotte pakte een glas uit de kast en vulde het aan de kraan.

— Waarom staat er een koffer in de gang?

— Die is van mijn broer. Hij logeert hier een paar dagen.
"""


@pytest.mark.parametrize("text, question, asker, answer, answerer", [
    (THEE_BIJ_HET_VUUR, "En wanneer dacht je", "Marie", "Wie heeft u dat", "Frits"),
    (KOFFER, "Waarom staat er een koffer", "Lotte", "Die is van mijn broer", "Daan"),
])
def test_a_question_after_narration_about_someone_is_theirs(text, question, asker, answer, answerer):
    # strict alternation would give the question to the man; the narration just before it is
    # about the woman, and in a novel a question is a turn like any other, not an interviewer's
    got = speakers_of(text)
    assert got[question] == asker
    assert got[answer] == answerer


def test_a_question_after_a_sentence_about_the_one_who_came_in_is_theirs():
    text = """HOOFDSTUK II.

Toen de thee was geschonken, kwam oom Dolf binnen. Hij zette zich bij de haard.

--Is het nog koud buiten?

--Bitter koud, jongen, zeide Frits. Het vriest.

--Dan blijven we maar binnen.

--Dat lijkt mij ook het beste, antwoordde Frits.

--Wil je nog thee?

--Graag, een half kopje.
"""
    first = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"][0]
    assert first.text == "Is het nog koud buiten?"
    assert first.speaker == "Dolf" and first.sieve == "dialogue-question"  # "Hij zette zich": Dolf


def test_a_question_that_calls_the_one_the_narration_was_about_is_not_theirs():
    text = THEE_BIJ_HET_VUUR.replace("--En wanneer dacht je", "--Marie, wanneer dacht je")
    got = speakers_of(text)
    assert got["Marie, wanneer dacht je"] == "Frits"
    assert got["Wie heeft u dat"] == "Marie"


APPELBOOM = """3

Sanne en Tom zaten in de tuin onder de oude appelboom.

— Het wordt warm vandaag, zei Sanne.

— Veel te warm, zei Tom.

— Ik haal zo limonade, zei Sanne.

— Je bent vroeg, zei Tom tegen Jo, die over het hekje stapte.

— De bus was op tijd, voor de verandering.

— Dat is een wonder, zei Sanne.

— Dat vond de chauffeur ook.
"""

HEK = """IV.

Frits en Marie zaten in den tuin onder den ouden appelboom.

--Het wordt warm vandaag, zeide Marie.

--Veel te warm, zeide Frits.

--Ik zal straks limonade halen, zeide Marie.

--Gij zijt vroeg, zeide Frits tot Dolf, die door het hek kwam.

--De tram reed op tijd, voor de verandering.

--Dat is een wonder, zeide Marie.

--Dat vond de conducteur ook.
"""


@pytest.mark.parametrize("text, answer, told", [
    (APPELBOOM, "De bus was op tijd", "Jo"),
    (HEK, "De tram reed op tijd", "Dolf"),
])
def test_the_one_an_inquit_says_a_turn_is_spoken_to_answers_it(text, answer, told):
    # "zei Tom tegen Jo", "zeide Frits tot Dolf": the one spoken to answers, not the one who
    # spoke the turn before last; and a name after "tegen" is no pet name of someone talking
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    reply = next(q for q in quotes if q.text.startswith(answer))
    assert reply.speaker == told and reply.sieve == "dialogue-addressee"




SPEELTAFEL = """VI.

In de club zaten Fogg en Stuart aan de speeltafel.

--Gij speelt te hoog, zeide Stuart.

--Ik speel zooals het mij lust, antwoordde Fogg.

--Dan verliest gij, zeide Stuart.

--Dat zullen wij zien, zeide Fogg.

Om negen uur namen Fogg en zijn knecht plaats in den trein. Fogg zat in zijn hoek en sprak geen woord.

Maar de trein was nog geen mijl buiten de stad, of zijn knecht Jan slaakte een kreet.

--Wat is er? vroeg Fogg.

--Ik heb in mijn haast iets vergeten.

--Wat dan?

--Het gas in mijn kamer uit te draaien!
"""

TAXI = """6

In het café zaten Ruud en Bas aan de bar.

— Je drinkt te snel, zei Bas.

— Ik drink zoals ik wil, zei Ruud.

— Dan lig je straks onder tafel, zei Bas.

— Dat zien we dan wel, zei Ruud.

Om negen uur stapten Ruud en zijn vriendin in de taxi. Ruud zat achterin en zei niets.

Maar ze waren nog niet op de snelweg, of Kim slaakte een kreet.

— Wat is er? vroeg Ruud.

— Ik ben in de haast iets vergeten.

— Wat dan?

— Het gas in mijn keuken uit te draaien!
"""


@pytest.mark.parametrize("text, turn, named, other", [
    (SPEELTAFEL, "Ik heb in mijn haast", "Jan", "Stuart"),
    (TAXI, "Ik ben in de haast", "Kim", "Bas"),
])
def test_someone_the_narration_names_before_an_exchange_is_present_in_it(text, turn, named, other):
    # the carried-over voice of the last exchange (Stuart, Bas) is no one this exchange shows;
    # the narration right before it names the one who cries out, and so does the answer
    got = speakers_of(text)
    assert got[turn] == named
    assert got["Het gas in mijn"] == named
    assert other not in {s for t, s in turns(text)[5:]}
