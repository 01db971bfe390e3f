"""Speakers on unseen news: who can speak, where a subject is, names with their true edges.

Every sentence here is written for the test, in Dutch news style. Each row pairs the rule with
the speaker it must give; the misses sit beside the hits."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets, speaker_of




# (text, fragment of the quote or reported clause, speaker)
SUBJECTS = [
    # a prepositional phrase after the verb is never its subject
    ("Kamerleden zeggen tegenover De Morgen dat de premier moet opstappen.", "premier moet", "kamerleden"),
    ("Boeren zeggen tegenover RTV Oost dat de regels onuitvoerbaar zijn.", "regels", "boeren"),
    # a determiner phrase before the verb is the subject; the name after it is the object
    ("De vakbonden verwijten Van Dam dat hij de cao heeft getraineerd.", "cao", "de vakbonden"),
    ("De ouders verwijten Karin Smeets dat ze te laat heeft ingegrepen.", "ingegrepen", "de ouders"),
    # … but a V2 sentence opened by an adverb keeps its inverted subject
    ("Telefonisch geeft Anouk Visser toe dat de woning niet van haar is.", "woning", "Anouk Visser"),
    # an affiliation between the subject and its verb; the noun phrase after the verb is the object
    ("Advocaat Wilco Brussee van de verdachte noemt de uitspraken van de minister ‘uiterst onzorgvuldig’.",
     "onzorgvuldig", "Wilco Brussee"),
    # an auxiliary carries the subject of a participle or infinitive
    ("Jan de Wit heeft gezegd dat hij na de zomer stopt.", "zomer", "Jan de Wit"),
    ("Minister Karin Bos heeft erop gewezen dat de regels al jaren gelden.", "regels", "Karin Bos"),
    # a reflexive is no part of the subject; a relative pronominal adverb opens a clause
    ("In de rechtszaal beklaagde de verdachte zich erover dat hij geen eten kreeg.", "eten", "de verdachte"),
    ("Het rapport waarin de inspectie stelt dat de zorg tekortschiet, is openbaar.", "zorg", "inspectie"),
    # an inquit after the reported clause, with the verb's separable part after the subject
    ("De wijk blijft open, voegde wethouder Anna Jansen eraan toe.", "wijk", "Anna Jansen"),
    # a seat after the subject ("in Tripoli") is no part of the clause's object
    ("De regering in Tripoli zegt dat de aanval is afgeslagen.", "aanval", "regering"),
    # a subheading glued to the paragraph before a colon quote
    ("Rugwind CNV-voorzitter Arend van Wijngaarden: ‘Het kabinet heeft ons onderschat.’", "onderschat",
     "Arend van Wijngaarden"),
    # a dateline and its press agency are not the subject
    ("BRUSSEL (Belga) - Premier Alexander De Croo zegt dat de begroting rond is.", "begroting", "Alexander De Croo"),
    ("DEN HAAG (ANP) – Minister Karin Bos zegt dat de wet blijft.", "wet blijft", "Karin Bos"),
    # a relative clause or an apposition between the subject and its verb
    ("Hoogleraar Mirjam Bosman, die twintig jaar onderzoek deed naar armoede, noemt de maatregel ‘een gok met "
     "kinderen’.", "gok met", "Mirjam Bosman"),
    ("De voorzitter van de boerenbond, Karel Dewitte, eist ‘een volledig onderzoek naar de uitstoot’.",
     "volledig onderzoek", "Karel Dewitte"),
    # a capitalised preposition opening the sentence: the name after it is no subject
    ("In Overijssel wist informateur Ruud Hoving na een week genoeg. ‘De partijen liggen te ver uit elkaar.’",
     "te ver", "Ruud Hoving"),
    # a parenthesis inside the clause; coordinated subjects (the scorer's convention: the last name)
    ("Arie Slob (ChristenUnie) erkent dat scholen transparanter moeten zijn.", "transparanter", "Arie Slob"),
    # a verb coordinated with an earlier one shares its subject; the pronoun after it is the object
    ("De burgemeester opende de vergadering en vertelde ze dat de begroting sluitend is.", "begroting",
     "de burgemeester"),
    # the subject of the first verb, past an apposition, for a verb coordinated with it
    ("Amma Asante, adviseur bij de gemeente, is voorstander van een pardon en vindt dat de boetes moeten stoppen.",
     "boetes", "Amma Asante"),
    # after a prepositional phrase the verb comes second and the subject after it; a verb
    # coordinated with it shares that subject, not the last man named
    ("Lotte Bakker won de verkiezing. De ondernemer Karel Smit was haar tegenstander. In haar "
     "toespraak bedankte ze de kiezers en zei: ‘Dit is een overwinning voor iedereen.’", "overwinning",
     "Lotte Bakker"),
    # a quantifier and a plural noun before a speech verb: a group of speakers
    ("Meer deskundigen stellen dat een pardon de samenleving geld oplevert.", "pardon", "Meer deskundigen"),
    ("Ook veel boeren zeggen dat de regels onwerkbaar zijn.", "regels", "veel boeren"),
    # unnamed people, kept as the text describes them
    ("Ministers die in de regering willen blijven, waarschuwen dat een breuk ‘onverantwoord’ is.",
     "onverantwoord", "ministers"),
]


@pytest.mark.parametrize("text, fragment, speaker", SUBJECTS)
def test_subject_of_a_speech_verb(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


# reactions attributed in brackets, newsroom style; a bracket with no speaker attributes nothing
BRACKETS = [
    ("De plannen kregen kritiek. ‘Een brandweerman die met benzine blust’ (PVV-Kamerlid Raymond de Roon), "
     "‘Dit kan toch niet waar zijn?’ (publiciste Elise Steilberg).", ["Raymond de Roon", "Elise Steilberg"]),
    ("Op sociale media was het raak: ‘Schandalig en onnodig’ (Ahmed Marcouch), ‘Eindelijk duidelijkheid "
     "voor de ouders’ (wethouder Sandra Boon).", ["Ahmed Marcouch", "Sandra Boon"]),
]


@pytest.mark.parametrize("text, speakers", BRACKETS)
def test_speaker_in_brackets_after_each_quote(text, speakers):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind != "other"]
    assert [q.speaker for q in quotes] == speakers
    assert all(q.sieve == "bracket" for q in quotes)
    assert len({q.group for q in quotes}) == len(quotes) or all(q.group is None for q in quotes)


def test_a_bracket_without_a_speaker_is_no_attribution():
    text = "Jan de Wit zei het al eerder. ‘De wachtlijsten groeien elk jaar’ (2018). Daarna bleef het stil."
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind != "other"]
    assert quotes and all(q.sieve != "bracket" for q in quotes)


# a description ends at its head noun: the finite verb after it is never part of the speaker
EDGES = [
    ("Volgens de politie deed de verdachte zich voor als monteur.", "deed de verdachte", "politie"),
    ("Volgens de inlichtingendienst bevinden zich nog dertig strijders in het gebied.", "bevinden", "inlichtingendienst"),
    ("Volgens een aantal boeren is de nieuwe regeling onwerkbaar.", "regeling", "een aantal boeren"),
    ("Volgens de Duitse autoriteiten was de lading niet verzekerd.", "lading", "Duitse autoriteiten"),
    ("Volgens de nieuwe spits is de ploeg klaar voor de finale.", "ploeg", "de nieuwe spits"),
    ("Maar volgens de Duitse regering is de grens dicht.", "grens", "Duitse regering"),
]


@pytest.mark.parametrize("text, fragment, speaker", EDGES)
def test_description_ends_at_its_head_noun(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


# names with their true edges: a capitalised particle belongs to the surname, roles stay out
NAMES = [
    ("“We gaan door met de vaccinaties”, zei De Jonge dinsdag.", "vaccinaties", "De Jonge"),
    ("“We gaan door met de vaccinaties”, zei minister De Jonge.", "vaccinaties", "De Jonge"),
    ("“De dijk houdt het”, zegt Van der Meer van het waterschap.", "dijk", "Van der Meer"),
    ("“Het water zakt”, aldus De Vries.", "water", "De Vries"),
    ("“De tram rijdt weer in juni”, zegt havenschepen Annick De Ridder.", "tram", "Annick De Ridder"),
    ("“Het budget is op”, zegt gedeputeerde Kris Declercq.", "budget", "Kris Declercq"),
    ("“De wachtlijst is te lang”, zegt OCMW-voorzitter Lieve Claes.", "wachtlijst", "Lieve Claes"),
    ("“Wij zijn klaar”, zegt vakbondsvoorzitter Marleen Peeters.", "klaar", "Marleen Peeters"),
    ("“Dit is historisch”, zegt ex-premier Yves Leterme.", "historisch", "Yves Leterme"),
    # after "van", a country or a portfolio is no surname; a town or a plain word may be
    ("“We winnen de verkiezingen”, zei Erdogan van Turkije.", "verkiezingen", "Erdogan"),
    ("“De school blijft open”, zegt Slob van Onderwijs.", "school", "Slob"),
    ("Toon van Dijk is blij. “We winnen de beker”, zei Van Dijk.", "beker", "Toon van Dijk"),
    # a given name alone, then the full name: one person
    ("Söner zegt dat het klopt. Later zegt Söner Atasoy dat hij stopt.", "klopt", "Söner Atasoy"),
    # two letters joined by "en" are one body: the municipal executive, not "W"
    ("Volgens B en W is het plan te duur.", "plan", "B en W"),
    ("B en W laten weten dat het plan te duur is.", "plan", "B en W"),
    # a function of two words, perhaps after its party and a hyphen, ends before the name
    ("“Het is weer misgegaan”, zegt Tweede Kamerlid Michiel de Wit.", "misgegaan", "Michiel de Wit"),
    ("SP-Tweede Kamerlid Michiel van Nispen is boos. “Het is weer misgegaan”, zegt hij.", "misgegaan",
     "Michiel van Nispen"),
    # a surname ending in -s with its own given name is no genitive of a similar surname
    ("Wethouder Leon Meijer en gedeputeerde Josan Meijers praten mee. Gedeputeerde Meijers: “De provincie "
     "wil duidelijkheid.”", "duidelijkheid", "Josan Meijers"),
    # a name with a genitive owns the people who speak, said as a relation
    ("“Wat is er mis met jullie?”, vroegen Karim Haddou's medestudenten in Utrecht.", "mis met jullie",
     "de medestudenten van Karim Haddou"),
    ("“We schrokken ons kapot”, zei Biemans’ vrouw.", "kapot", "de vrouw van Biemans"),
    # long titles end before the name
    ("“De tram rijdt weer in juni”, zegt schepen van Mobiliteit en Werken Jan De Smet.", "tram", "Jan De Smet"),
    ("“We gaan door”, zegt minister van Onderwijs, Cultuur en Wetenschap Robbert Dijkgraaf.", "door",
     "Robbert Dijkgraaf"),
    ("Vakbondsman Kristof Janssens is boos. “Dit is een provocatie”, zegt hij.", "provocatie", "Kristof Janssens"),
    # a function "van" a body or a thing, then the person's name: the name is the function's;
    # after a body's own name, the person's name begins at the given name
    ("“Er is te weinig vaccin”, zegt woordvoerder van de gemeente Utrecht Jan Jansen.", "vaccin", "Jan Jansen"),
    ("“Er is te weinig vaccin”, zegt coördinator van de campagne Anna Smit.", "vaccin", "Anna Smit"),
    ("“Er is te weinig vaccin”, zegt de woordvoerder van de minister Hugo de Jonge.", "vaccin",
     "de woordvoerder van de minister Hugo de Jonge"),
    # a description of a spokesperson: the spokesperson speaks, not the minister
    ("“De minister reageert later”, zegt een woordvoerder van minister Hugo de Jonge.", "reageert",
     "een woordvoerder van minister Hugo de Jonge"),
]


@pytest.mark.parametrize("text, fragment, speaker", NAMES)
def test_names_keep_their_particles_and_drop_their_roles(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


# a capitalised noun glued before a name the article also uses alone is no part of the name
GLUED = [
    # a compound noun opening the sentence
    ("Premier Mark Rutte zoekt steun. Steunpilaar Rutte denkt dat hij het weer lukt. "
     "“We gaan bellen”, zei Rutte.", "bellen", "Mark Rutte"),
    ("Premier Mark Rutte zoekt steun. Steunpilaar Rutte zegt dat het kabinet blijft.", "kabinet", "Mark Rutte"),
    # a frequent word glued from a subheading
    ("Minister Sander Dekker kreeg kritiek. Eer Dekker zegt dat hij zijn fouten erkent. Dekker bleef.",
     "fouten", "Sander Dekker"),
    # a demonym before a given name, after "volgens de" too
    ("Giovanni Imbrogiano verkoopt ijs. Volgens de Enschedeër Giovanni Imbrogiano is de zomer te nat.",
     "zomer", "Giovanni Imbrogiano"),
    ("Geert Christenhusz fietst elke dag. “De weg is te smal”, zegt Oldenzaler Geert Christenhusz.",
     "smal", "Geert Christenhusz"),
    # a compound built on a place is capitalised anywhere in the sentence
    ("Een beeld krijgen van Syriëganger Yago R. is lastig. “Ik heb spijt”, zei R. tegen de rechter. "
     "R. zweeg daarna.", "spijt", "Yago R."),
    # a particle after a name the article uses alone opens the object, not a surname
    ("Premier Rutte sprak in maart. Toen Rutte de CO2-heffing aankondigde, zei hij dat die ‘verstandig’ "
     "moet zijn.", "verstandig", "Rutte"),
    # a name repeated after a glued heading is one name
    ("“Dit boek gaat over Lagos”, zei ze. Interview Lola Shoneyin Lola Shoneyin is schrijver. "
     "“Ik schrijf elke dag”, zegt Shoneyin.", "schrijf", "Lola Shoneyin"),
]

# an affiliation after a name the article knows is no part of the name; a demonym after "de" is a
# description of the person, not a second name
AFFILIATED = [
    ("Cees Loggen is fractieleider. Cees Loggen van de VVD stelt dat de informateur goed werkt. "
     "“Al doende leert men”, zegt hij.", "doende", "Cees Loggen"),
    ("Voor de Enschedeër Giovanni Imbrogiano (53) is de finale heilig. “Ik sla niets over”, zegt hij. "
     "De Enschedeër gaat elk jaar naar Turijn. “Het stadion is prachtig.”", "stadion", "Giovanni Imbrogiano"),
]

# an adjective in -sche and a noun opening a sentence describe a group; they are no name
DESCRIBED = [
    ("Eurosceptische Europarlementariërs, met Nigel Farage voorop, bevolken cirkel drie. "
     "‘In 2015 bleek dat zij het minst aanwezig waren.’", "aanwezig", "eurosceptische europarlementariërs"),
]

KEPT = [
    # after a role a capitalised word of the name is its own, even when it spells a Dutch word
    ("De Chinese minister van Buitenlandse Zaken Wang Yi zei dat in Brussel. Volgens Yi zijn de zorgen "
     "ongegrond.", "zorgen", "Wang Yi"),
    # an unknown given name that merely ends like a demonym stays the first name
    ("Orthodox wel, zegt advocaat Taner Sen. “Ze was naïef”, zegt haar advocaat Sen.", "naïef", "Taner Sen"),
    # a surname that looks like a demonym (Putten → Putter) stays a name after "De"
    ("“Het rijdt heerlijk”, zegt Arjen de Putter van EV Coöperatie. De Putter kent de discussie. "
     "“Je hoort veel halve waarheden”, zegt hij.", "halve", "Arjen de Putter"),
    # a double surname that the article never splits stays whole
    ("Wethouder Rutger Groot Wassink is tevreden. Groot Wassink zegt dat de opvang klaar is.", "opvang",
     "Rutger Groot Wassink"),
    # "de J." used alone is a surname: the particle after the given name stays
    ("Arjen de J. staat terecht. Volgens de officier misbruikte De J. het vertrouwen van zijn klanten. "
     "Arjen zweeg. “Elke dag”, zei De J.", "Elke dag", "Arjen de J."),
]


@pytest.mark.parametrize("text, fragment, speaker", GLUED + AFFILIATED + DESCRIBED + KEPT)
def test_a_glued_capitalised_noun_is_no_part_of_the_name(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_sentence_initial_article_is_not_a_particle():
    text = "De Amerikaanse minister Antony Blinken is kritisch. “Dit is onaanvaardbaar”, zegt hij."
    assert speaker_of(text, "onaanvaardbaar") == "Antony Blinken"


def test_a_name_never_runs_across_a_blank_line():
    text = "Column\n\nTom Bakker schreef het al. Hij zegt dat de wijk verloedert."
    quotes = quoteattr.extract(text, kinds=KINDS)
    assert [q.speaker for q in quotes if q.kind == "indirect"] == ["Tom Bakker"]


def test_one_of_them_is_one_of_the_group_that_spoke():
    text = ("Kamerleden zeggen tegenover de krant dat de premier moet vertrekken. "
            "“Het einde is nabij”, aldus een van hen.")
    assert speaker_of(text, "einde") == "een van de kamerleden"


# descriptions and epithets bridge to the person introduced, by function, gender or party
EPITHETS = [
    ("Schaatsster Irene Schouten won goud. Ook Jorrit Bergsma reed mee. “Dit is mijn mooiste dag”, zei de "
     "wereldkampioene.", "mooiste dag", "Irene Schouten"),
    ("Jan Smit, oud-burgemeester van Deventer, is boos. Wethouder Piet Ros zwijgt. “Dit is een schande”, zegt de "
     "oud-burgemeester.", "schande", "Jan Smit"),
    ("Het debat ging over de begroting. VVD-Kamerlid Mark Harbers en SP-Kamerlid Renske Leijten botsten. “De "
     "lasten moeten omlaag”, zei de liberaal.", "lasten", "Mark Harbers"),
    ("Minister Hugo de Jonge en burgemeester Femke Halsema spraken elkaar. “We moeten samenwerken”, zei de "
     "burgemeester.", "samenwerken", "Femke Halsema"),
    # "de parlementariër" stands for a member of parliament the article named
    ("VVD-Kamerlid Hayke Veldman wil een keurmerk. Dat kan volgens de parlementariër via een nieuwe website.",
     "website", "Hayke Veldman"),
    # a function in the singular that ends like a plural ("arts") is one person, bridged as any other
    ("“Er komen meer gevallen”, verklaart arts infectieziektebestrijding Anja de Wit van het RIVM. Ook "
     "minister Jan Bruins is bezorgd. “We volgen het”, zegt hij. “Het is elke winter zo”, vertelt de arts.",
     "elke winter", "Anja de Wit"),
    # a compound function bridges to a compound of the same kind: "de oppositievoorman" is the
    # person introduced as "oppositieleider", not the president named after him
    ("Oppositieleider Juan Guaidó keerde terug. President Nicolás Maduro zweeg. De oppositievoorman riep "
     "op tot een betoging. “We zijn sterker dan ooit.”", "sterker", "Juan Guaidó"),
    # a member noun names the body: the one person whose function names that body
    ("Het debat ging over de begroting. VVD-Kamerlid Mark Harbers en SP-Kamerlid Renske Leijten botsten. “De "
     "lasten moeten omlaag”, zei de VVD’er.", "lasten", "Mark Harbers"),
    ("Minister Hugo de Jonge en burgemeester Femke Halsema spraken elkaar. “We moeten samenwerken”, zei de "
     "bewindsman.", "samenwerken", "Hugo de Jonge"),
    # the subject of the sentence before, referred to by function (with an affiliation)
    ("Mark van Bommel is voorbereid op een aanvallend Ajax. “Ik verwacht dat ze ons onder druk zetten”, zegt de "
     "trainer van PSV.", "onder druk", "Mark van Bommel"),
    # an official nobody has named keeps the description: a victim named nearby never takes the words
    ("Tijdens de aanhouding van Rudy Bakker ging het mis. “De agenten gingen over de schreef”, zei de "
     "advocaat-generaal.", "schreef", "de advocaat-generaal"),
]


@pytest.mark.parametrize("text, fragment, speaker", EPITHETS)
def test_descriptions_bridge_to_the_person_they_fit(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def kind_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    quotes = quoteattr.extract(text, kinds=KINDS)
    found = [q for q in quotes if fragment in q.text and q.kind != "other"]
    assert found, f"no quote containing {fragment!r}"
    return found[0].speaker, found[0].speaker_kind


# who can speak: bodies and countries that speak stay speakers, of their own kind
TYPED = [
    ("Oekraïne meldt dat de aanval is afgeslagen.", "aanval", ("Oekraïne", "place")),
    ("Frankrijk zegt alle gevallen apart te beoordelen.", "gevallen", ("Frankrijk", "place")),
    ("De politie laat weten dat er niemand gewond is.", "gewond", ("politie", "organisation")),
    ("“We zijn trots op de ploeg”, laat AC Milan weten.", "trots", ("AC Milan", "organisation")),
    ("“We zijn trots op de jongeren”, zegt Open Vld.", "jongeren", ("Open Vld", "organisation")),
    ("Volgens het OM is de verdachte schuldig aan doodslag.", "verdachte", ("OM", "organisation")),
    ("“Het kabinet valt vanavond”, meldt ANP.", "kabinet", ("ANP", "medium")),
    # documents and events do not speak
    ("Het rapport stelt dat de zorg in de regio tekortschiet.", "zorg", (None, None)),
]


@pytest.mark.parametrize("text, fragment, expected", TYPED)
def test_who_can_speak(text, fragment, expected):
    assert kind_of(text, fragment) == expected


# a place, a platform or a medium never takes the words of a person on offer
PERSON_ON_OFFER = [
    ("“We gaan dit oplossen”, zei de burgemeester op Twitter.", "oplossen", "de burgemeester"),
    ("In Brussel zei Van Dijck dat de regels strenger worden.", "regels", "Van Dijck"),
    ("De gouverneur van Alabama, Kay Ivey, sprak de inwoners toe. “Onze gedachten zijn bij de slachtoffers”, zei ze.",
     "gedachten", "Kay Ivey"),
]


@pytest.mark.parametrize("text, fragment, speaker", PERSON_ON_OFFER)
def test_a_place_or_medium_never_takes_a_persons_words(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


# a subject pronoun takes the subject of the sentence before over a nearer name in an object
PRONOUNS = [
    ("Frank Lobo geeft de kerk gelijk dat ze pastoor Pieter Valk heeft geschorst. “Hij was de ziel van deze kerk”, "
     "zegt hij.", "ziel", "Frank Lobo"),
    ("Anouk de Boer verloor haar broer Jackson bij de ramp. “Je kunt je niet voorstellen hoe het eruitziet”, zegt ze.",
     "voorstellen", "Anouk de Boer"),
    # the nearer name stays when it is itself a subject
    ("Frank Lobo was erbij. Pieter Valk hield zijn preek. “Het was een moeilijke dag”, zei hij.", "moeilijke dag",
     "Pieter Valk"),
]


@pytest.mark.parametrize("text, fragment, speaker", PRONOUNS)
def test_a_subject_pronoun_prefers_the_last_subject(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_double_nationality_is_no_part_of_the_name():
    text = "De Nederlands-Rwandese Huguette Debets stapt naar de rechter. “Ik wil antwoorden”, zegt ze."
    assert speaker_of(text, "antwoorden") == "Huguette Debets"


# a claim whose source the next sentence names ("Dat zegt X.") is X's reported speech
NEXT_NAMES = [
    ("De grootste winst zit in de samenwerking tussen politie en gemeenten. Dat zegt Arjen Gerritsen, burgemeester "
     "van Almelo.", "grootste winst", "Arjen Gerritsen"),
    ("Karin Smit leidt de campagne. De kiezer wil vooral rust. Dat zei ze dinsdag op een congres.", "rust",
     "Karin Smit"),
]


@pytest.mark.parametrize("text, fragment, speaker", NEXT_NAMES)
def test_a_claim_attributed_by_the_next_sentence(text, fragment, speaker):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect" and fragment in q.text]
    assert [q.speaker for q in quotes] == [speaker]
    assert quotes[0].sieve == "indirect-dat-zegt"


@pytest.mark.parametrize("text", [
    "Het regent al dagen in de regio. Dat zegt genoeg over dit voorjaar.",   # no speaker after the verb
    "Is dit het einde van de club? Dat zegt trainer Jan Bos niet.",           # a question is no claim
    "Minister Bos zegt dat de wet blijft. Dat zei ze ook vorig jaar.",        # it reports speech of its own
])
def test_no_claim_without_a_plain_statement_and_a_speaker(text):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.sieve == "indirect-dat-zegt"]
    assert quotes == []


def test_a_given_name_outweighs_a_role_of_someone_else_and_a_place_reading():
    # "Lobo" alone could be a town, and "de zussen Lobo" gives the family a gender; "Frank Lobo"
    # is a man, so "hij" is his
    text = ("De zussen Lobo zijn verdrietig. Frank Lobo - zwart pak, grijze das - stelt zich voor. "
            "Hij is 81 jaar, zegt hij.")
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert [q.speaker for q in quotes] == ["Frank Lobo"]


# a quoted fragment in a narrator sentence without a speech verb: the words of its subject
OWN_SUBJECT = [
    ("De AIVD waarschuwt al jaren. Het bestuur van de school probeerde de onrust te bezweren met een verklaring "
     "dat er ‘geen concrete plannen zijn om islamitisch te worden’.", "concrete plannen", "het bestuur van de school"),
    ("GroenLinks wil niet in een coalitie met partijen ‘die de uitdagingen van de provincie uit de weg gaan’.",
     "uitdagingen", "GroenLinks"),
]


@pytest.mark.parametrize("text, fragment, speaker", OWN_SUBJECT)
def test_a_fragment_in_a_narrator_sentence_is_its_subjects(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_topic_is_no_subject():
    text = "Jan Bos sprak met de buren. Over het plan ‘een gok met de stad’ werd lang gepraat."
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if "gok" in q.text]
    assert all(q.sieve != "own-subject" for q in quotes)


# (text, start of the reported clause, speaker): reported speech without quote marks
REPORTED = [
    # a postposed inquit may end in an adverbial or a prepositional phrase
    ("In Utrecht staat de partij open voor samenwerking met de SP, zei voorman Jan Bakker deze week op "
     "de radio.", "In Utrecht staat", "Jan Bakker"),
    ("Rita de Graaf geeft de school gelijk dat die de les heeft geschrapt, vertelt ze later die middag.",
     "Rita de Graaf geeft", "Rita de Graaf"),
    # 'volgens' inside the clause: a kind of source and its name, or a plural of people
    ("Directeur Piet Jansen bezit volgens zakenblad Quote naar schatting 15 miljoen euro.",
     "Directeur Piet Jansen bezit", "Quote"),
    ("Achter de schermen werkt minister Jansen volgens bronnen aan een kleinere heffing.",
     "Achter de schermen", "bronnen"),
    # a definite description of a body names the organisation whose compound name ends in it
    ("De Onderwijsinspectie ziet geen vooruitgang. ‘Scholen leren te weinig van elkaar’, concludeert "
     "de inspectie.", "Scholen leren", "Onderwijsinspectie"),
    # … also when the name stood after a preposition, and when the text once writes it in lower case
    ("Het jaarverslag van de Zorginspectie is somber. Ook de zorginspectie zelf schrikt ervan. De inspectie "
     "waarschuwt dat de wachtlijsten groeien.", "wachtlijsten", "Zorginspectie"),
    # a body named by its first word ("de vereniging", "de stichting"), given by its acronym
    ("Kopers klagen bij de Vereniging Eigen Huis (VEH) over taxateurs. Volgens de vereniging betalen zij te "
     "veel voor een taxatie.", "te veel", "VEH"),
    # an inverted inquit: an adverb before its subject, or a bare plural noun for people
    ("Het plan komt te laat, waarschuwt ook provinciaal hoofdingenieur Kees Bakker.", "plan komt", "Kees Bakker"),
    ("De huren stijgen harder dan de lonen, waarschuwen psychologen.", "huren stijgen", "psychologen"),
    # the field of a function between the title and the name, and an affiliation in brackets
    ("Volgens hoogleraar Bestuurskunde Anna Verbeek (Universiteit Leiden) is de regel onwerkbaar.",
     "regel onwerkbaar", "Anna Verbeek"),
    ("De regels moeten anders, zegt hoogleraar arbeidsrecht Tom de Vries.", "regels moeten", "Tom de Vries"),
    ("De school moet dicht, vindt hoogleraar Onderwijskunde Sietse de Haan.", "school moet", "Sietse de Haan"),
    # 'volgens' a body named by a compound on an organisation noun, inside the clause
    ("De verhoging gaat volgens de vakbeweging veel te snel.", "verhoging gaat", "de vakbeweging"),
    # an abbreviation the article defines in brackets is the body's shortest name
    ("Ook de Rekenkamerautoriteit (RKA) oordeelde dat de subsidie te ruim was. Volgens de "
     "Rekenkamerautoriteit moet het geld terug.", "geld terug", "RKA"),
]


@pytest.mark.parametrize("text, fragment, speaker", REPORTED)
def test_reported_speech(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_long_tail_after_an_inquit_is_a_clause_of_its_own():
    # "…, zei hij, en ging toen naar huis omdat het laat was" is narration going on, no inquit tail
    text = "De vergadering duurde lang, zei hij en ging toen snel naar huis omdat het al laat was."
    assert not [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]


# (text, speaker): who speaks after a colon
COLON = [
    ("De reactie van het ministerie: ‘We bekijken het.’", "ministerie"),        # what X said: X
    ("Het oordeel van de rechter: ‘De man is schuldig.’", "de rechter"),
    ("Koeman na de wedstrijd: ‘Dit doet pijn.’", "Koeman"),                      # name, then when
    ("Trump op Twitter: ‘Fake news!’", "Trump"),                                 # name, then where
    ("Na afloop was de trainer kort: ‘We speelden slecht.’", "de trainer"),      # subject after the verb
    ("Voorzitter Jan Smit van de bond: ‘Dit is onacceptabel.’", "Jan Smit"),
    ("Premier Bos kreeg kritiek van oppositieleider Klaver: ‘Dit is onfatsoenlijk.’", "Klaver"),
]


@pytest.mark.parametrize("text, speaker", COLON)
def test_colon_speakers(text, speaker):
    assert speaker_of(text, text.split("‘")[1][:8]) == speaker


def test_the_person_a_passage_is_about_speaks_its_quote():
    # the sentence right before the quote names nobody; the passage is about Perotti, not the
    # senator quoted earlier
    text = ("“We moeten winnen”, zei senator Cory Brink. Scholier Anna Perotti stond in de rij. "
            "Perotti vindt zijn pleidooi belangrijk. Ze zou best een vrouw als president willen. "
            "Maar essentieel is dat niet. “Mensen moeten stemmen op wie ze het beste vinden.”")
    assert speaker_of(text, "Mensen moeten stemmen") == "Anna Perotti"


def test_a_subordinate_clause_or_a_building_is_no_topic_person():
    text = ("“We gaan door”, zei Jan Smit. De kerk ging dicht. Voordat de Vredeskerk weer open kan, "
            "moet het dak worden hersteld. Het duurt lang. “Het is een schande.”")
    assert speaker_of(text, "Het is een schande") == "Jan Smit"


def test_a_surname_as_a_label_mid_paragraph():
    text = ("Dat zegt Arjen Gerritsen, burgemeester van Almelo. De politie ging langs bij boeren. "
            "Gerritsen: \"We denken wel eens dat het iets van de stad is.\"")
    assert speaker_of(text, "We denken wel eens") == "Arjen Gerritsen"


def test_the_person_a_reporters_question_is_about_answers():
    text = ("“We wachten af”, zegt de toezichthouder. Loopt Eva Debets met haar aanklacht niet op de zaken "
            "vooruit? “Hoe sneller hoe beter, vind ik.”")
    assert speaker_of(text, "Hoe sneller") == "Eva Debets"


def test_a_glued_subheading_is_a_sentence_of_its_own():
    from quoteattr.lang import load_language
    from quoteattr.segment import paragraphs, sentences

    lang = load_language("nl")
    text = ("“Het is voorbij”, zei de burgemeester. Respect Ook oppositieleider Mira Aksoy haalde uit "
            "naar hem. “Dit vergeeft de stad niet.”")
    got = [s.text for s in sentences(text, paragraphs(text), lang)]
    assert "Respect" in got
    assert speaker_of(text, "Dit vergeeft") == "Mira Aksoy"
    # a title after a function word is no heading: "Volgens Het Parool is …"
    text = "Dat is zo. Volgens Het Parool is het waar."
    assert [s.text for s in sentences(text, paragraphs(text), lang)][-1] == "Volgens Het Parool is het waar."


def test_the_verb_whose_clause_holds_the_quote_speaks():
    text = ("Werkgeversorganisaties zeiden onlangs in de krant dat de partijen er 'op een haar na' uit "
            "waren, maar dat ontkent de vakbond.")
    assert speaker_of(text, "op een haar na") == "Werkgeversorganisaties"


def test_the_next_sentence_may_say_who_the_pronoun_is():
    text = ("Een van de zussen praat. “Stop!”, roept ze, meermaals. Het is parochiesecretaris Elly Visser. "
            "Ze blijkt een briefje te hebben opgehangen.")
    assert speaker_of(text, "Stop!") == "Elly Visser"


@pytest.mark.parametrize("text, fragment, speaker", [
    # a restrictive relative clause (no comma before 'die') between the subject and its verb
    ("Een buurtbewoner die anoniem wil blijven, zegt tegen de krant: 'Ik durf hier niet meer te fietsen.'",
     "durf hier", "een buurtbewoner"),
    ("Een agent die bij de ontruiming was, vertelt dat de sfeer snel omsloeg op het plein.",
     "sfeer snel", "een agent"),
    # a description 'van' someone, then the apposed name: the name speaks
    ("De advocaat van de familie, Peter Plasman, tegen de NOS: 'Mijn cliënten zijn opgelucht.'",
     "opgelucht", "Peter Plasman"),
    ("Een woordvoerder van de gemeente, Anja de Boer, zegt dat het plan voor de brug gewoon doorgaat.",
     "plan voor de brug", "Anja de Boer"),
])
def test_subjects_across_relative_clauses_and_appositions(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_singular_verb_makes_no_plural_group_of_a_sentence_initial_name():
    # "Wilders schreef": one writer, so never the description "wilders" (a plural of people)
    text = "Wilders schreef op Twitter over het debat: 'Dit kabinet moet weg.'"
    assert speaker_of(text, "kabinet moet") != "wilders"
    assert speaker_of("Kabinetsleden zeggen: 'We wisten van niets.'", "wisten") == "kabinetsleden"


def test_a_capitalised_preposition_opens_no_name():
    text = "Tegenover RTL Nieuws vertelt de 42-jarige moeder van twee kinderen: 'Ik sliep al weken slecht.'"
    assert speaker_of(text, "sliep") == "de 42-jarige moeder van twee kinderen"


@pytest.mark.parametrize("source", ["critici", "deskundigen", "kenners"])
def test_a_quote_after_a_volgens_sentence_goes_on_with_its_source(source):
    text = (f"Minister Hoekstra presenteerde dinsdag zijn plannen. Volgens {source} gaan ze niet ver genoeg. "
            "'Het kabinet laat een kans liggen.'")
    assert speaker_of(text, "kans liggen") == source


def test_a_clause_as_subject_reports_no_speech():
    text = "Dat de campagne wordt stopgezet, geeft aan dat de premier geen breuk met de partij wil riskeren."
    quotes = quoteattr.extract(text, kinds=KINDS)
    assert not [q for q in quotes if q.kind == "indirect"]
    text = "De premier geeft aan dat hij geen breuk met de partij wil riskeren."
    assert [q.kind for q in quoteattr.extract(text, kinds=KINDS)] == ["indirect"]   # a person does


def test_the_dat_of_a_speech_verb_is_found_past_a_short_word():
    # the search for 'dat' stopped at any token spelt inside the quotation placeholder ("u")
    text = "De burgemeester zegt tegen u dat het plan voor de nieuwe brug gewoon doorgaat."
    found = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert [q.text for q in found] == ["het plan voor de nieuwe brug gewoon doorgaat"]


@pytest.mark.parametrize("text, speaker", [
    ("Walter Biemans kreeg een hartaanval. 'Het was heel zwaar', zegt Biemans' vrouw Annie.", "Annie"),
    ("Walter Biemans kreeg een hartaanval. 'We wachtten uren', zegt Biemans' vrouw.", "de vrouw van Biemans"),
    ("'Hij werkt te hard', zegt Rutte's woordvoerder.", "de woordvoerder van Rutte"),
])
def test_a_person_owned_by_a_genitive_name_speaks_not_the_name(text, speaker):
    assert quoteattr.extract(text)[0].speaker == speaker


# a clause that names its own subject keeps it: the previous speaker is not carried over
OWN_SUBJECTS = [
    # a noun phrase with a prepositional phrase after its head fills the place before the verb
    ("“We gaan door”, zegt wethouder Mieke Stam. Het Centraal Bureau voor de Statistiek verwacht dat de "
     "groei afneemt.", "groei afneemt", "Centraal Bureau voor de Statistiek"),
    # an adjective and a plural noun for people, without an article
    ("“We gaan door”, zegt wethouder Mieke Stam. Franse critici zeggen dat de opera te lang duurt.",
     "opera te lang", "Franse critici"),
    # an infinitive with 'om te' takes the subject of its main clause
    ("“We gaan door”, zegt wethouder Mieke Stam. De stichting belde de krant om te melden dat zij het "
     "museum steunt.", "museum steunt", "stichting"),
    # a verb after ', maar' shares the subject of the clause before it
    ("“We gaan door”, zegt wethouder Mieke Stam. Petra Kok zwijgt over de fusie, maar zegt wel dat de "
     "winkel openblijft.", "winkel openblijft", "Petra Kok"),
]


@pytest.mark.parametrize("text, fragment, speaker", OWN_SUBJECTS)
def test_a_clause_with_its_own_subject_carries_no_speaker(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_copula_before_om_te_gives_the_infinitive_no_subject():
    # "De bedoeling is om te melden dat …": the subject is what the plan is, not who speaks
    text = "“We gaan door”, zegt wethouder Mieke Stam. De bedoeling is om te melden dat de brug dichtgaat."
    found = [q for q in quoteattr.extract(text, kinds=KINDS) if "brug" in q.text]
    assert all(q.speaker != "De bedoeling" for q in found)


def test_a_claim_with_a_few_words_in_quote_marks_is_attributed_by_the_next_sentence():
    # a scare quote inside the claim leaves it a plain statement; a time word may stand before
    # the subject of "Dat meldt …"
    text = ("De winst zit voor de partners niet in de 'snelle vangst', maar in de samenwerking. "
            "Dat zegt burgemeester Karel Mulder van Hengelo.")
    assert speaker_of(text, "samenwerking") == "Karel Mulder"
    text = "Bij een brand in de haven zijn drie loodsen verwoest. Dat meldde vandaag de brandweer van Delfzijl."
    assert speaker_of(text, "loodsen verwoest") == "de brandweer van Delfzijl"


def test_a_claim_that_is_mostly_a_quotation_is_not_attributed_by_the_next_sentence():
    text = "Hij noemde het 'een schandalige en volstrekt onnodige vertraging'. Dat zegt Karel Mulder."
    found = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert not found


@pytest.mark.parametrize("text", [
    # an impersonal passive, a participle that is a conjunction, a noun after an opening preposition
    "Verwacht wordt dat de gemeenteraad het plan volgende week goedkeurt.",
    "Gesteld dat iedereen een uur minder rijdt, daalt de uitstoot flink.",
])
def test_a_speech_verb_form_that_reports_no_one(text):
    assert not [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]


def test_a_noun_after_an_opening_preposition_is_no_speech_verb():
    text = "Op vragen van De Gelderlander liet de fabrikant Vogel weten dat de productie doorgaat."
    assert speaker_of(text, "productie doorgaat") != "De Gelderlander"


@pytest.mark.parametrize("text, fragment, speaker", [
    # 'volgens' a report or a statement of someone: the author is the source
    ("Volgens berekeningen van het Nibud, een onafhankelijke stichting, gaan gezinnen er 300 euro op "
     "achteruit.", "gezinnen er", "Nibud"),
    ("Een op de vijf leraren overweegt te stoppen, volgens een nieuw onderzoek van de Algemene "
     "Onderwijsbond.", "leraren overweegt", "Algemene Onderwijsbond"),
])
def test_volgens_a_work_of_someone_gives_its_author(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # an inquit inserted mid-sentence: the reported words go on after it
    ("Maar, vindt wethouder Ilse Kramer, niet de scholen moeten dit betalen, dat moet het Rijk doen.",
     "scholen moeten", "Ilse Kramer"),
    ("Dat maakt de wijk veiliger, stelt de politie, omdat er meer agenten op straat komen.",
     "meer agenten", "politie"),
])
def test_an_inserted_inquit_reports_the_words_after_it_too(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_an_apposition_after_an_inquit_is_not_reported_speech():
    text = "De brug gaat dicht, zegt Joost Bakker, woordvoerder van de provincie Utrecht."
    found = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert [q.text for q in found] == ["De brug gaat dicht"]


def test_a_capitalised_bare_plural_for_people_opening_the_sentence_is_its_subject():
    text = ("“We gaan door”, zegt wethouder Mieke Stam. Bronnen rond de onderhandelingen melden dat de "
            "fusie van de twee ziekenhuizen niet doorgaat.")
    assert speaker_of(text, "fusie van") == "Bronnen rond de onderhandelingen"


# --- name edges: a body of several words before a hyphenated function, a double field ----------

@pytest.mark.parametrize("sentence, speaker, role", [
    ("“Dat gaat te ver”, zegt Open Vld-voorzitter Tom Ongena.", "Tom Ongena", "Open Vld-voorzitter"),
    ("“Het kan sneller”, zegt TU Delft-hoogleraar Pieter van den Berg.", "Pieter van den Berg", "TU Delft-hoogleraar"),
    ("“We helpen iedereen”, zegt Rode Kruis-woordvoerder Anna Bakker.", "Anna Bakker", "Rode Kruis-woordvoerder"),
    ("“Dat gaat te ver”, zegt Ajax-trainer Erik ten Hag.", "Erik ten Hag", "Ajax-trainer"),
    ("“Dat klopt niet”, zegt universitair hoofddocent Marieke Smit.", "Marieke Smit", "universitair hoofddocent"),
    ("“Dat klopt niet”, zegt de Utrechtse universitair docent staats- en bestuursrecht Marieke Smit.",
     "Marieke Smit", "Utrechtse universitair docent staats- en bestuursrecht"),
])
def test_the_function_before_a_name_ends_where_the_name_begins(sentence, speaker, role):
    (q,) = [q for q in quoteattr.extract(sentence) if q.kind in ("direct", "partial")]
    assert (q.speaker, q.speaker_role) == (speaker, role)


def test_volgens_a_professor_of_a_university_of_two_words():
    (q,) = [q for q in quoteattr.extract("Volgens TU Delft-hoogleraar Pieter van den Berg is het te laat.")
            if q.kind == "indirect"]
    assert q.speaker == "Pieter van den Berg"
    assert q.text == "is het te laat"


@pytest.mark.parametrize("text, speaker, role", [
    ("“Het gaat te traag”, zegt PvdA’er Pieter Bakker.", "Pieter Bakker", "PvdA’er"),
    ("Ook UvA'er Pieter Bakker mist haast. “Het gaat te traag”, zegt hij.", "Pieter Bakker", None),
    # the member noun before a name with a particle: the given name stays in the name
    ("Ook HvA'er Harko van den Hende, die onderzoek doet, mist haast. “Het gaat te traag”, zegt hij.",
     "Harko van den Hende", None),
])
def test_a_member_of_a_body_with_an_apostrophe_is_a_function_not_a_name(text, speaker, role):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker == speaker
    if role is not None:
        assert q.speaker_role == role


@pytest.mark.parametrize("text, speaker", [
    ("Jan de Vries (45) staat al jaren op de markt. Zijn advies: 'Kom vroeg, dan heb je de beste vis.'", "Jan de Vries"),
    ("Minister Anna de Boer las het rapport. Haar conclusie: 'Dit moet echt anders.'", "Anna de Boer"),
])
def test_his_advice_colon_quote_is_his_own_words(text, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker == speaker


@pytest.mark.parametrize("text, kind, speaker", [
    # an acronym in capitals ends its sentence: the quote after it opens a sentence of its own
    ("De fractie maakt zich zorgen over de heffing uit de VS. ,,Dit is slecht voor de stad'', stelt Karin Smit.",
     "direct", "Karin Smit"),
    ("Het kabinet wacht op een besluit van de EU. ‘Wij kunnen niet eerder beginnen’, zegt minister Joost Pels.",
     "direct", "Joost Pels"),
    # the lower-case abbreviation 'vs.' (versus) does not end one
    ("Na de wedstrijd Ajax vs. PSV noemde trainer Erik Bos het duel ‘een gemiste kans’.", "partial", "Erik Bos"),
])
def test_an_acronym_in_capitals_before_a_full_stop_ends_the_sentence(text, kind, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert (q.kind, q.speaker) == (kind, speaker)



@pytest.mark.parametrize("text, speaker", [
    # a capitalised particle with no capitalised word after it closes no name: a subheading glued
    # to the sentence it opens ("Omzet De omzet …") names nobody
    ("Jan Bakker leidt de fabriek in Oss. Omzet De omzet groeit al jaren. ‘Dit jaar verwachten we een record.’",
     "Jan Bakker"),
    ("Karin de Wit leidt de school in Ede. Lessen Het rooster is volgend jaar anders. ‘Dat is beter voor de leerlingen.’",
     "Karin de Wit"),
])
def test_a_glued_subheading_and_a_capitalised_article_are_no_name(text, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a place the sentence before names is not whom the quote is by: not a name coordinated with
    # the object of a preposition ("In Groningen en Drenthe"), not a word inside a body ("De
    # politie Noord-Nederland"), not a place or a body at all
    ("Wethouder Joost Pels sprak gisteren in de raad. In Groningen en Drenthe wordt de regeling nu ingevoerd. "
     "‘We zijn er blij mee.’", "Joost Pels"),
    ("Wethouder Joost Pels sprak gisteren in de raad. De politie Noord-Nederland heeft een onderzoek ingesteld. "
     "‘We zijn er blij mee.’", "Joost Pels"),
    ("Wethouder Joost Pels sprak gisteren in de raad. Maar nu heeft Drenthe een nieuwe regeling. "
     "‘We zijn er blij mee.’", "Joost Pels"),
])
def test_the_narration_before_a_quote_gives_a_person_not_a_place(text, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # functions before a name: a council member with a party, a head of a unit (also in a
    # compound), a sociologist referred to later by the function alone
    ("‘De kaas is ons visitekaartje’, stelt CDA-raadslid Marieke Vos.", "Marieke Vos"),
    ("‘Bedreigen is strafbaar’, zegt sectorhoofd Hans Kuipers van de politie in Assen.", "Hans Kuipers"),
    ("‘De wijk verandert snel’, zegt afdelingshoofd Ria Mulder.", "Ria Mulder"),
    ("Socioloog Peter Smeets onderzocht de wijk. De bewoners voelen zich volgens de socioloog ‘niet gehoord’.",
     "Peter Smeets"),
])
def test_a_function_before_a_name_is_no_part_of_it(text, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker == speaker


def test_a_given_name_inside_a_university_s_name_is_no_person():
    # "Universiteit Carlos III": the head noun of a body before a given name opens the body's
    # name; the pronoun after it points to the person named before
    text = ("Pablo Ruiz, econoom aan de Universiteit Carlos III in Madrid, spreekt dat tegen. Vorig jaar "
            "verscheen van hem een boek, waarin hij de crisis beschrijft. ‘De banken hebben te lang gewacht’, zegt hij.")
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker == "Pablo Ruiz"


@pytest.mark.parametrize("text, speaker", [
    # "Haar partij" after a member named by her hyphenated function is that party
    ("SP-Kamerlid Renske Leijten is boos over de sluiting. Haar partij wil dat het ziekenhuis ‘gewoon open blijft’.",
     "SP"),
    # a body no function names is nobody's name
    ("Burgemeester Jan Smit is trots. Zijn stad noemt zich ‘de mooiste van het land’.", None),
])
def test_a_possessive_body_is_the_party_of_the_member_named_before(text, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a name of letters and digits is a name: the subject before the verb, not the object after it
    ("D66 noemt het advies van de Raad van State ‘teleurstellend’.", "D66"),
    ("Volgens P3 is het netwerk in Nederland ‘het beste van Europa’.", "P3"),
])
def test_a_name_of_letters_and_digits_can_be_the_subject(text, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker == speaker


def test_a_firm_named_after_its_founder_is_no_person_to_fall_back_on():
    # "Albert Heijn" opens with a given name, but the name data lists it as a firm: a quote
    # nobody is named for does not go to it
    text = ("Dankzij Albert Heijn ruilen kinderen in het hele land plaatjes van dieren. "
            "‘Ze leren er echt iets van.’")
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker != "Albert Heijn"


@pytest.mark.parametrize("text, speaker", [
    # verbs of mood as inquits after a quote: "somberde", "glunderde", "brieste"
    ("‘Dit wordt een lange winter’, somberde de voorzitter van de vereniging, Kees Bos.", "Kees Bos"),
    ("‘Eindelijk is de brug klaar’, glunderde wethouder Anja Mol.", "Anja Mol"),
])
def test_a_verb_of_mood_after_a_quote_is_its_inquit(text, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker == speaker


def test_a_given_name_with_an_apposition_opening_the_sentence_before_a_quote_is_its_speaker():
    # "Anouk, moeder van twee zoons, merkt …": a given name alone at the sentence start, with
    # an apposition after it, is a person the passage turns to
    text = ("Kees de Boer verkoopt al dertig jaar vis op de markt. ‘Het wordt elk jaar drukker.’ "
            "Anouk, moeder van twee zoons, merkt dat haar kinderen meer vis eten. "
            "‘Ze vinden het gewoon lekker.’")
    quotes = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert [q.speaker for q in quotes] == ["Kees de Boer", "Anouk"]


@pytest.mark.parametrize("text, speaker", [
    # a relative described by the one named ("de moeder van Sanne Kok") opening the sentence
    # before a quote, after an adverb, is its speaker; not another parent the text named before
    ("Vader Rob Jansen zag zijn zoon winnen. ‘Hij traint elke dag.’ Ook de moeder van Sanne Kok (10) "
     "ziet dat haar dochter steeds beter zwemt. ‘Ze wil later naar de Spelen.’", "de moeder van Sanne Kok"),
    ("Moeder Els Vos is trots. ‘Ze heeft hard gewerkt.’ Ook de vader van Tim Bos (9) "
     "ziet dat zijn zoon vooruitgaat. ‘Hij oefent elke avond.’", "de vader van Tim Bos"),
])
def test_a_relative_of_someone_named_is_described_so(text, speaker):
    quotes = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert quotes[-1].speaker == speaker


def test_a_local_party_called_after_an_adjective_is_a_body():
    # "Leefbaar" (Leefbaar Rotterdam) is a party, not a person
    text = "Leefbaar won de verkiezingen in de stad. ‘We gaan gewoon door’, zegt Leefbaar in een reactie."
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert (q.speaker, q.speaker_kind) == ("Leefbaar", "organisation")


@pytest.mark.parametrize("text, speaker", [
    # a function of several words ("officier van justitie") before a name, after the quote's clause
    ("De zaak is er ‘niet eenvoudiger op geworden’ na de verhoren, zei officier van justitie Eva Prins gisteren.",
     "Eva Prins"),
    ("‘De verdachte wist wat hij deed’, zegt officier van justitie Eva Prins.", "Eva Prins"),
])
def test_a_function_of_several_words_before_a_name(text, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Donald Trump reageerde woensdag. Een tweet van Trump: 'Dit is nep nieuws!'", "Donald Trump"),
    ("In een persbericht van de gemeente Utrecht: 'De weg gaat maandag weer open.'", "gemeente Utrecht"),
])
def test_a_word_for_what_someone_posted_or_wrote_gives_its_author_before_a_colon(text, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert q.speaker.endswith(speaker.split()[-1])


def test_a_body_of_two_words_before_a_hyphenated_function_stays_out_of_the_name_in_narration():
    text = "Omroep MAX-baas Jan Slagter is boos over het besluit. “Dit is onzin”, zegt hij."
    (q,) = [q for q in quoteattr.extract(text) if q.kind in ("direct", "partial")]
    assert (q.speaker, q.speaker_kind) == ("Jan Slagter", "person")


@pytest.mark.parametrize("text, reported", [
    ("Minister Eric Wiebes heeft nooit gezegd dat de gaswinning stopt.", False),
    ("Minister Eric Wiebes zei niet dat de gaswinning stopt.", False),
    ("Minister Eric Wiebes zei gisteren dat de gaswinning stopt.", True),
    ("Minister Eric Wiebes zegt dat de gaswinning niet stopt.", True),
    # an opinion with its negation raised: he thinks that it will not stop
    ("Minister Eric Wiebes denkt niet dat de gaswinning stopt.", True),
])
def test_a_negated_verb_of_saying_reports_nothing(text, reported):
    found = [q for q in quoteattr.extract(text) if q.kind == "indirect"]
    assert bool(found) is reported
    if reported:
        assert found[0].speaker == "Eric Wiebes"


@pytest.mark.parametrize("text, speaker", [
    ("Thierry Baudet verwijt GroenLinks dat de partij de kiezer bedriegt.", "Thierry Baudet"),
    ("GroenLinks liet de NOS weten dat de partij niet meedoet.", "GroenLinks"),
    ("Jan de Vries verwijt Piet Bakker dat hij liegt.", "Jan de Vries"),
    # an adverbial opens the clause: the name after the verb is the subject
    ("Telefonisch geeft Jesper Smit toe dat hij fout zat.", "Jesper Smit"),
    ("Gisteren liet de NOS weten dat het programma stopt.", "NOS"),
])
def test_a_full_name_or_a_listed_body_before_the_verb_is_its_subject_not_the_name_after_it(text, speaker):
    (q,) = [q for q in quoteattr.extract(text) if q.kind == "indirect"]
    assert q.speaker == speaker


# news abbreviates a suspect's surname to an initial with a full stop: the stop is part of the name
INITIALLED = [
    ("De politie hield dinsdag Kevin D. aan in Tilburg. “Ik heb niets gedaan”, zei D. tegen de rechter.",
     "niets gedaan", "Kevin D."),
    ("De rechtbank hoorde gisteren Sanne van der K. Zij verklaarde dat ze het geld had teruggestort.",
     "teruggestort", "Sanne van der K."),
]


@pytest.mark.parametrize("text, fragment, speaker", INITIALLED)
def test_an_initial_keeps_its_full_stop(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_initial_stop_needs_a_name_before_the_initial():
    from quoteattr.mentions import _initial_stop
    text = "Kevin D. kwam binnen. I. De zaak. Boek B kwam uit."
    assert _initial_stop(text, 0, 7)  # "Kevin D"
    assert not _initial_stop(text, 22, 23)  # "I" alone heads a chapter
    assert not _initial_stop(text, 36, 42)  # "Boek B" without a stop


def role_of(text: str, fragment: str) -> str | None:
    quotes = quoteattr.extract(text, kinds=KINDS)
    assert_offsets(text, quotes)
    return next(q for q in quotes if fragment in q.text and q.kind != "other").speaker_role


# a function is read in the name's own sentence, without the punctuation around an apposition
ROLES = [
    # the function at the end of the sentence before belongs to someone else
    ("Het boek gaat over Kellyanne Conway, een adviseur van president Trump. Temelkuran noemt dit "
     "gevaarlijk. “Het is een truc”, zegt Temelkuran.", "truc", None),
    ("De krant sprak met een adviseur van minister Bakker. Jansen twijfelt. “Ik weet het niet”, zegt Jansen.",
     "weet het", None),
    # the comma before an apposed name is no part of the function
    ("“We gaan door”, zegt de burgemeester van Zwolle, Petra Mulder.", "door", "burgemeester van Zwolle"),
    ("De burgemeester van Zwolle, Petra Mulder, opende de markt. “Het was druk”, zegt ze.", "druk",
     "burgemeester van Zwolle"),
]


@pytest.mark.parametrize("text, fragment, role", ROLES)
def test_a_role_stays_in_its_sentence_without_punctuation(text, fragment, role):
    assert role_of(text, fragment) == role


def test_this_sentence_keeps_abbreviations_and_initials():
    from quoteattr.lang import load_language
    from quoteattr.mentions import _this_sentence
    lang = load_language("nl")
    assert _this_sentence("adviseur van president Trump. Volgens", lang) == ["Volgens"]
    assert _this_sentence("zei Trump!” Ook", lang) == ["Ook"]
    assert _this_sentence("hoogleraar dr. A.", lang) == ["hoogleraar", "dr.", "A."]
    assert _this_sentence("de hoogleraar prof.dr.", lang) == ["de", "hoogleraar", "prof.dr."]
    assert _this_sentence("zei de Britse\nminister", lang) == ["zei", "de", "Britse", "minister"]  # (no mark at all)


# a subheading or byline in capitals glued to its paragraph, and a stressed or subordinating word
# opening the sentence, are no part of the name after them
HEADED = [
    ("De pers kreeg de schuld. DE PERS Jansen kon het niet laten om de media aan te vallen. Minister Jansen zei dat "
     "de kranten liegen.", "kranten", "Jansen"),
    ("Het debat liep uit. HET DEBAT Werd Jansen niet te fel? Jansen zei dat hij geen spijt had.", "spijt", "Jansen"),
    ("Er kwamen klachten binnen. ONDERWIJS Minister Verhagen zegt dat de scholen te weinig geld krijgen.",
     "scholen", "Verhagen"),
    ("Daarover beslist de patiënt zelf. Mét Verhoeven vind ik dat artsen meer tijd moeten nemen. "
     "Verhoeven stelt dat de wachtlijsten te lang zijn.", "wachtlijsten", "Verhoeven"),
    ("Voordat Smit vertrok, sprak hij met de wethouder. Smit zegt dat het gesprek goed was.", "gesprek", "Smit"),
]


@pytest.mark.parametrize("text, fragment, speaker", HEADED)
def test_a_heading_or_a_sentence_opener_is_no_part_of_the_name(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_heading_words():
    from quoteattr.entities import heading_words
    assert heading_words(["DE", "MEDIA", "Trump"]) == 2
    assert heading_words(["BEDREIGING", "Eindelijk"]) == 1
    assert heading_words(["NRC", "Handelsblad"]) == 0  # an acronym opens a body's name
    assert heading_words(["CNV", "Internationaal"]) == 0
    assert heading_words(["Mark", "Rutte"]) == 0
    assert heading_words(["ABN", "AMRO"]) == 0  # all in capitals: no sentence after it


# a party or institution whose listed name holds lower-case words is one organisation
LISTED_BODIES = [
    ("“De natuur verliest opnieuw”, zegt de Partij voor de Dieren.", "natuur", "Partij voor de Dieren"),
    ("De Partij voor de Dieren zegt dat het plan niet deugt.", "plan", "Partij voor de Dieren"),
    ("Volgens het Centraal Bureau voor de Statistiek is de inflatie gestegen.", "inflatie",
     "Centraal Bureau voor de Statistiek"),
    ("“Het onderzoek loopt nog”, aldus de Onderzoeksraad voor Veiligheid.", "onderzoek loopt",
     "Onderzoeksraad voor Veiligheid"),
    ("Forum voor Democratie meldt dat het ledental verdubbeld is.", "ledental", "Forum voor Democratie"),
]


@pytest.mark.parametrize("text, fragment, speaker", LISTED_BODIES)
def test_a_listed_body_with_lower_case_words_is_one_name(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_who_did_not_speak_does_not_carry_the_next_quote():
    text = ("De partij heeft nog niet gereageerd, maar Kamerlid Petra Dekker sprak op de radio haar afschuw "
            "uit. “Dit is een grens die niemand over mag”, zegt ze. "
            "De gemeente wil niet reageren, maar wethouder Kees Smit liet weten dat hij boos is. "
            "“We zoeken het uit.”")
    assert speaker_of(text, "grens") == "Petra Dekker"
    assert speaker_of(text, "zoeken het") == "Kees Smit"


# 'volgens X' names one source, whether the clause it opens carries quote marks or not: a kind of
# source and its name, a plural noun for people, a work and its author, as the reported clause
# reads them; 'volgens de regels' names none, and a nearer speech verb does not outrank it
@pytest.mark.parametrize("text, fragment, speaker", [
    ("De burgemeester is tevreden. Volgens oppositiepartij PRO is de telling ‘pure fraude’.", "fraude", "PRO"),
    ("De burgemeester is tevreden. Volgens oppositiepartij PRO is de telling vervalst.", "vervalst", "PRO"),
    ("De fabriek gaat dicht. Volgens vakbond Unie is dat ‘een klap voor de regio’.", "klap", "Unie"),
    ("Het schip voer te hard. Volgens ingewijden sprak de schipper ‘nauwelijks Engels’.", "Engels", "ingewijden"),
    ("De kosten stijgen. Volgens een rapport van het Planbureau is de regeling ‘onbetaalbaar’.", "onbetaalbaar",
     "Planbureau"),
])
def test_the_source_after_volgens_is_read_the_same_with_or_without_quote_marks(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_volgens_de_regels_names_no_source_for_a_quotation():
    text = "Volgens de regels mag de wethouder de zaal ‘zonder opgaaf van reden’ sluiten, zei Eva Mol."
    assert speaker_of(text, "opgaaf") == "Eva Mol"


# a surname alone opening the sentence, of a person the text has named in full, is the subject
# of the verb after it; the name after the verb is its object (not an inverted subject, as after
# an adverbial); the owner of a claim whose 'dat'-clause follows stays its source
@pytest.mark.parametrize("text, fragment, speaker", [
    ("Het debat ging over wonen, zei Femke Zwart. Zwart verwijt GroenLinks dat die ‘de huurder vergeet’.",
     "huurder", "Femke Zwart"),
    ("Minister Karel de Boer sprak in Brussel. Ook De Boer waarschuwde Frans Timmermans per brief voor ‘forse tekorten’.",
     "tekorten", "Karel de Boer"),
    # no full name with a given name in the text: the old reading, the name after the verb
    ("Gisteren waarschuwde Karel de Boer de Kamer voor ‘forse tekorten’.", "tekorten", "Karel de Boer"),
    ("Telefonisch geeft Jesper Smit toe dat hij ‘fout’ zat.", "fout", "Jesper Smit"),
])
def test_a_surname_opening_the_sentence_is_the_subject_not_the_name_after_the_verb(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_the_owner_of_a_claim_with_a_dat_clause_stays_its_source():
    text = ("Ondernemer Gerrit Mulder zit in de schulden. Mulder gelooft Hanssens bewering dat ze voor de "
            "geheime dienst werkt.")
    found = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert found and found[0].speaker == "Hanssens"


# an auxiliary in the plural carries a plural subject as the singular carries a singular one
# ("bleef benadrukken" / "bleven benadrukken"), and 'gaan' with an infinitive is one too
@pytest.mark.parametrize("text, speaker", [
    ("De officier eiste een jaar cel. De advocaten bleven benadrukken dat hun cliënt niets wist.", "de advocaten"),
    ("De officier eiste een jaar cel. De verdachten blijven volhouden dat ze niets wisten.", "de verdachten"),
    ("De officier eiste een jaar cel. De verdachten durfden pas later te zeggen dat ze het geld hadden.", "de verdachten"),
    ("Het festival trekt elk jaar meer bezoekers. De organisatoren gaan melden dat het terrein vol is.",
     "de organisatoren"),
    ("De officier eiste een jaar cel. De verdachte bleef benadrukken dat hij niets wist.", "de verdachte"),
])
def test_a_plural_or_aspect_auxiliary_carries_the_subject_of_the_speech_verb(text, speaker):
    found = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert found and found[-1].speaker == speaker


# 'die' points back past a bracketed aside (party, age, acronym) to the name before it, as a
# relative pronoun and as a demonstrative opening the sentence; a plural verb wants a plural
# antecedent
@pytest.mark.parametrize("text, fragment, speaker", [
    ("Het debat liep uit. Er kwam kritiek van Kamerlid Sanne Bakker (SP), die zei dat het plan niet deugt.",
     "plan niet deugt", "Sanne Bakker"),
    ("De zaak kwam gisteren voor. Verdachte Tom R. (41), die bekent dat hij heeft geschoten, zweeg verder.",
     "geschoten", "Tom R."),
    ("Er ontstond ophef door een bericht van wethouder Karin Dekker (VVD). Die schreef: ‘Ik trek me terug.’",
     "trek me terug", "Karin Dekker"),
    ("Er ontstond ophef door een bericht van wethouder Karin Dekker. Die zei dat ze zich terugtrekt.",
     "terugtrekt", "Karin Dekker"),
])
def test_die_points_back_past_brackets_to_the_name(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_plural_verb_after_die_wants_a_plural_antecedent():
    text = ("Na onderzoek meldde de politie dat twee broers waren opgepakt. Die verklaarden dat de zanger "
            "hen had betaald.")
    assert speaker_of(text, "zanger hen had betaald") != "politie"


# a subordinate clause puts its finite verb last: the phrase right after the conjunction is the
# subject of a speech verb however much stands between them, when what it reports follows
@pytest.mark.parametrize("text, speaker", [
    ("Terwijl Jesse Klaver daarover triomfantelijk verklaarde dat hij gelijk had, zweeg de premier.", "Jesse Klaver"),
    ("Hoewel wethouder Anne de Wit aanvankelijk liet weten dat het plein dichtgaat, bleef het open.", "Anne de Wit"),
    ("Toen de burgemeester haar vroeg of dat klopte, gaf ze geen antwoord.", "de burgemeester"),
    ("Nadat trainer Henk Bos eerst dacht dat de kaart terecht was, keek hij de beelden terug.", "Henk Bos"),
])
def test_the_subject_of_a_subordinate_clause_opens_it(text, speaker):
    found = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("sentence, subject", [
    # a request with 'om' reports nothing: the subordinate clause gives the verb no speaking subject
    ("Hij was dertig toen ze hem vroegen om lijsttrekker te worden.", None),
    ("Hij was dertig toen ze hem vroegen of hij lijsttrekker wilde worden.", "ze"),
])
def test_a_request_in_a_subordinate_clause_has_no_speaking_subject(sentence, subject):
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.lang import load_language
    from quoteattr.model import Document
    from quoteattr.sieves.grammar import subject_of
    lang = load_language("nl")
    an = DocumentAnalysis(Document(id="t", text=sentence), lang)
    view = an.views[0]
    (vc,) = view.cues(lang)
    ph = subject_of(an, view.items, vc)
    assert (" ".join(t.text for t in view.items[ph.start_i:ph.end_i]) if ph else None) == subject


def test_a_genitive_after_the_conjunction_owns_the_subject():
    text = "Het overleg mislukte omdat Trumps opstelling in Hanoi bevestigt dat er geen deal komt."
    found = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert not found or "Trump" not in (found[0].speaker or "")


@pytest.mark.parametrize("text, fragment, speaker", [
    # a subheading glued to the sentence: "De" before an adjective of a place is an article,
    # not the particle of a surname ("De Jonge")
    ("Het kabinet viel. Grote zorgen De Franse minister van Financiën Bruno Lemaire zei gisteren dat "
     "het land de steun voortzet. \"Dit is een slecht moment.\"", "slecht moment", "Bruno Lemaire"),
    ("Het kabinet viel. Kritiek uit Brussel De Europese commissaris Margrethe Vestager liet weten dat "
     "ze teleurgesteld is. \"Dit had niet gehoeven.\"", "niet gehoeven", "Margrethe Vestager"),
    # a surname the name data lists keeps its particle
    ("Het kabinet viel. Volgens minister De Jonge is er geen haast bij. \"We nemen de tijd.\"",
     "de tijd", "De Jonge"),
])
def test_de_before_an_adjective_of_a_place_is_an_article(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # an uninflected adjective says which kind of function the title is
    ("Het ziekenhuis sluit de afdeling. Volgens medisch directeur Karin Hoekstra is er geen personeel.",
     "geen personeel", "Karin Hoekstra"),
    ("De club zit krap. Financieel directeur Bram Vos zegt dat de begroting sluit.",
     "begroting", "Bram Vos"),
    ("De partij kiest een koers. Daarover zei politiek leider Ayla Demir dat ze geen haast heeft.",
     "geen haast", "Ayla Demir"),
])
def test_an_adjective_before_a_title_belongs_to_the_function(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # a bare plural for people after the inverted speech verb, with where they are from
    ("Het dak is oud. ,,Er is niks mis met onze daken'', zeggen bewoners van de Vogelbuurt in Zwolle.",
     "onze daken", "bewoners"),
    ("De afdeling sluit. ,,Dit kan zo niet langer'', zeggen artsen uit Gent.", "niet langer", "artsen"),
])
def test_a_bare_plural_subject_may_say_where_they_are_from(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text, speaker", [
    # someone who holds a function for a person the text names is not that person
    ("Premier Theresa May sprak met Jeremy Corbyn. De woordvoerder van May zei dat het gesprek "
     "constructief was.", "de woordvoerder van Theresa May"),
    ("Minister Wopke Hoekstra is in Brussel. Een woordvoerder van minister Hoekstra zei dat het overleg "
     "doorgaat.", "een woordvoerder van Wopke Hoekstra"),
    # a country or a company after the function is no person: the description stays as written
    ("Donald Trump schreef een brief. De president van de Verenigde Staten zei dat hij Kim wilde zien.",
     "Donald Trump"),
])
def test_a_spokesperson_of_a_named_person_is_not_that_person(text, speaker):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "indirect"]
    assert quotes and quotes[-1].speaker == speaker
