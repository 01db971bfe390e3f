"""Interviews: dash turns, "Name:" label turns and unmarked question/answer paragraphs, decided
by the structure of the whole article; ordinary articles with a question in them stay ordinary."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.analysis import DocumentAnalysis
from quoteattr.lang import load_language
from quoteattr.model import KINDS, Document
from quoteattr.sieves.interview import find_interview

from conftest import assert_offsets

LANG = load_language("nl")


def extract(text: str, kinds=KINDS):
    quotes = quoteattr.extract(text, kinds=kinds)
    assert_offsets(text, quotes)
    return quotes


def paragraph_after(text: str, opening: str) -> tuple[int, int]:
    """(start, end) of the rest of the paragraph that begins with ``opening``."""
    start = text.index(opening) + len(opening)
    end = text.find("\n\n", start)
    return start, len(text) if end < 0 else end


def interview_style(text: str) -> set[tuple[str, str]] | None:
    iv = find_interview(DocumentAnalysis(Document("t", text), LANG))
    return None if iv is None else {(t.style, t.role) for t in iv.turns}


# --------------------------------------------------------------------------- dash interviews

DASH = """Schrijver Anna Visser: ‘Ik schrijf alles met de hand’

Schrijver Anna Visser (54) bracht deze week haar tiende roman uit. Haar zoon Tom ontwierp het omslag. Een gesprek over twijfel en discipline.

– Waarom schrijft u nog altijd met de hand?

– Omdat ik dan langzamer denk. Op een scherm gaat alles te snel.

– Wat vond Harry Mulisch van uw debuut?

– Hij heeft het nooit gelezen, denk ik. Hij zei wel eens: ‘Ik lees alleen mezelf.’

– Heeft Tom het boek al gelezen?

– Nee. Tom leest alleen stripboeken.

Dan belt haar uitgever Pieter de Wit.

– Is het manuscript klaar? vraagt De Wit.

– Bijna.

– En daarna?

– Op vakantie, naar Portugal."""


def test_dash_questions_go_to_the_interviewer_answers_to_the_interviewee():
    quotes = [q for q in extract(DASH) if q.paragraph >= 2]
    by_text = {q.text: q for q in quotes}
    questions = ["Waarom schrijft u nog altijd met de hand?", "Wat vond Harry Mulisch van uw debuut?",
                 "Heeft Tom het boek al gelezen?", "En daarna?"]
    answers = ["Omdat ik dan langzamer denk. Op een scherm gaat alles te snel.",
               "Hij heeft het nooit gelezen, denk ik. Hij zei wel eens: ‘Ik lees alleen mezelf.’",
               "Nee. Tom leest alleen stripboeken.", "Bijna.", "Op vakantie, naar Portugal."]
    for q in questions:
        assert (by_text[q].kind, by_text[q].speaker, by_text[q].sieve) == ("direct", None, "interviewer")
    for a in answers:
        # never a name from the question before ("Tom", "Harry Mulisch"), never the publisher who
        # asked the turn before with his own cue
        assert (by_text[a].kind, by_text[a].speaker, by_text[a].sieve) == ("direct", "Anna Visser", "interviewee")


@pytest.mark.parametrize("dash", ["—", "―", "--"], ids=["em-dash", "horizontal-bar", "double-hyphen"])
def test_every_dialogue_dash_makes_the_same_interview(dash):
    text = DASH.replace("\n– ", f"\n{dash} ")
    expected = [(q.text, q.speaker, q.sieve) for q in extract(DASH)]
    assert [(q.text, q.speaker, q.sieve) for q in extract(text)] == expected


def test_dash_turns_are_separate_paragraph_spans():
    quotes = {q.text: q for q in extract(DASH)}
    start, end = paragraph_after(DASH, "– Omdat")
    q = quotes["Omdat ik dan langzamer denk. Op een scherm gaat alles te snel."]
    assert (q.start, q.end) == (start - len("Omdat"), end)
    assert q.group is None  # a turn, not part of a multi-paragraph quote


def test_dash_turn_with_its_own_cue_keeps_its_speaker():
    q = next(q for q in extract(DASH) if q.text.startswith("Is het manuscript"))
    assert (q.text, q.speaker, q.sieve) == ("Is het manuscript klaar?", "Pieter de Wit", "cue-after")


def test_a_quote_nested_in_a_dash_answer_is_not_a_separate_record():
    assert not [q for q in extract(DASH) if q.text == "Ik lees alleen mezelf."]


# --------------------------------------------------------------------------- label interviews

LABEL = """De Croo en Van Dijk over de begroting

Premier Alexander De Croo en oppositieleider Karin van Dijk kruisten dinsdag de degens over de begroting. Een greep uit het debat, onder leiding van Eva Smit.

Smit: Waar gaat u besparen?

De Croo: We moeten de komende jaren zes miljard euro besparen. Dat is pijnlijk, maar het kan niet anders.

Van Dijk: Nee. U bespaart op de verkeerde mensen.

Smit: Wat zegt u tegen de gepensioneerden?

De Croo: Wij vragen iedereen een inspanning, ook de bedrijven.

Ik heb dat vorige week nog aan de werkgevers gezegd. Zij begrijpen het.

Van Dijk: Waarom zouden ze dat geloven?

Na het debat vertrok De Croo meteen naar Brussel."""


def test_label_answers_are_direct_speech_of_the_label():
    quotes = [q for q in extract(LABEL) if q.sieve == "interview-label"]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We moeten de komende jaren zes miljard euro besparen. Dat is pijnlijk, maar het kan niet anders.",
         "Alexander De Croo"),
        ("Nee. U bespaart op de verkeerde mensen.", "Karin van Dijk"),
        ("Wij vragen iedereen een inspanning, ook de bedrijven.", "Alexander De Croo"),
        ("Ik heb dat vorige week nog aan de werkgevers gezegd. Zij begrijpen het.", "Alexander De Croo"),
        ("Waarom zouden ze dat geloven?", "Karin van Dijk"),  # a person's question back is her turn
    ]
    assert all(q.kind == "direct" for q in quotes)
    first = quotes[0]
    assert (first.start, first.end) == paragraph_after(LABEL, "\n\nDe Croo: ")
    assert (first.speaker_mention, first.cue) == ("De Croo", ":")
    # the answer that runs on over a paragraph without a label shares one group
    assert quotes[2].group is not None and quotes[2].group == quotes[3].group


def test_label_interviewer_questions_are_not_reported():
    texts = [q.text for q in extract(LABEL)]
    assert not [t for t in texts if "besparen?" in t or "gepensioneerden" in t]
    assert not [t for t in texts if "Brussel" in t]  # the closing narrative is the reporter's


def test_capital_labels_with_a_colon():
    text = ("Egbert Lachaert kijkt terug\n\n"
            "Partijvoorzitter Egbert Lachaert blikt terug op het jaar.\n\n"
            "VRAAG: Wat was uw beste moment?\n\n"
            "LACHAERT: Het congres in juni. Daar stond de hele partij achter mij.\n\n"
            "VRAAG: En het slechtste?\n\n"
            "LACHAERT: De verkiezingsavond, zonder twijfel.")
    quotes = extract(text)
    assert [(q.text, q.speaker, q.sieve) for q in quotes] == [
        ("Het congres in juni. Daar stond de hele partij achter mij.", "Egbert Lachaert", "interview-label"),
        ("De verkiezingsavond, zonder twijfel.", "Egbert Lachaert", "interview-label"),
    ]


# --------------------------------------------------------------------------- Q/A without marks

QA = """‘Ik wil de jeugd een kans geven’

Trainer Ruud Jansen (52) van FC Zwolle neemt na dit seizoen afscheid. Voorzitter Henk Mulder noemt hem de beste trainer uit de clubgeschiedenis.

Wat was uw mooiste moment?

De promotie in 2019. Ik heb nog nooit zo’n stadion gezien. De spelers huilden, ik ook.

Wat vindt Henk Mulder van uw vertrek?

Hij vindt het jammer, denk ik. Maar hij begrijpt het.

Het bestuur zegt dat u te weinig jeugdspelers liet spelen. Klopt dat?

Dat vind ik onzin. Ik heb er zes laten debuteren.

Volgend jaar begint mijn opvolger met een jonge selectie. Ik wens hem veel succes.

Jansen vertrekt in juni naar Spanje, waar hij een jeugdopleiding gaat leiden."""


def test_qa_answers_are_the_interviewees_direct_speech():
    quotes = [q for q in extract(QA) if q.sieve == "interview-answer"]
    assert [q.text for q in quotes] == [
        "De promotie in 2019. Ik heb nog nooit zo’n stadion gezien. De spelers huilden, ik ook.",
        "Hij vindt het jammer, denk ik. Maar hij begrijpt het.",
        "Dat vind ik onzin. Ik heb er zes laten debuteren.",
        "Volgend jaar begint mijn opvolger met een jonge selectie. Ik wens hem veel succes.",
    ]
    # the lead's interviewee, never "Henk Mulder" named in the question before the answer
    assert {(q.kind, q.speaker) for q in quotes} == {("direct", "Ruud Jansen")}
    assert quotes[2].group is not None and quotes[2].group == quotes[3].group and quotes[1].group is None
    assert (quotes[0].start, quotes[0].end) == paragraph_after(QA, "uw mooiste moment?\n\n")


def test_qa_questions_and_closing_narrative_are_not_speech_records():
    texts = [q.text for q in extract(QA)]
    assert not [t for t in texts if t.endswith("moment?") or "Spanje" in t or "Wat vindt" in t]


def test_qa_answer_holds_what_is_nested_in_it():
    text = QA.replace("Dat vind ik onzin.", "Dat vind ik onzin. Het bestuur zei dat ik geen geduld had.")
    records = extract(text)
    assert not [q for q in records if q.kind == "indirect" and "geduld" in q.text]
    assert [q for q in records if q.sieve == "interview-answer" and "geduld" in q.text]


# --------------------------------------------------------------------------- ordinary articles

NEWS_RHETORICAL = """Gemeente twijfelt over nieuwe fietsbrug

De gemeente Deventer twijfelt over de bouw van een tweede fietsbrug over de IJssel. Wethouder Anna de Vries wil eerst meer onderzoek.

Maar is die brug wel nodig?

Volgens de Fietsersbond wel. ‘Elke ochtend staan er files op de oude brug’, zegt voorzitter Piet Bakker.

En wie betaalt de rekening?

De provincie heeft toegezegd de helft te betalen. De rest moet van het Rijk komen, zegt De Vries.

De gemeenteraad beslist in maart."""

NEWS_EXPLAINER = """Wat verandert er aan de huurtoeslag?

Het kabinet past per 1 januari de huurtoeslag aan. Minister Hugo de Jonge stuurde de plannen naar de Kamer.

Moet ik zelf iets doen?

Nee. De Belastingdienst past het bedrag automatisch aan.

Krijg ik meer of minder toeslag?

Dat hangt af van het inkomen. Huishoudens met een laag inkomen krijgen gemiddeld twintig euro per maand meer.

Wanneer gaat het in?

Op 1 januari, voor alle huurders tegelijk."""

NEWS_ONE_LABEL = """Kabinet presenteert plannen

Premier Mark Rutte presenteerde dinsdag de plannen voor het nieuwe jaar. De oppositie was kritisch.

Rutte: Dit is een goed plan voor iedereen.

De Tweede Kamer debatteert volgende week over de plannen. Hoe dat afloopt, is onduidelijk."""

NEWS_CREDITS = """Storm trekt over het land

Een zware storm trok zondag over Nederland. Honderden bomen gingen om.

Foto: ANP

De brandweer rukte meer dan duizend keer uit. Is het land wel voorbereid op zulk weer?

Bron: KNMI

Ajax: Onana, Mazraoui, De Ligt, Blind.

PSV: Drommel, Dumfries, Boscagli.

Volgens het KNMI wordt het maandag rustiger."""

NEWS_SCATTERED = "\n\n".join(
    ["Nieuwe roman van een debutant", "Ik liep die ochtend naar de haven. Het regende."]
    + ["Mijn vader stond al op de kade. Hij zei niets."] * 6
    + ["Wat wil je van me?"]
    + ["Ik wist het niet. We liepen zwijgend verder."]
    + ["De boot lag er verlaten bij. Niemand keek op."] * 8
    + ["Waarom ben je gekomen?"]
    + ["Ik had geen antwoord. Mijn handen waren koud."]
    + ["Het werd avond in de stad."] * 6)


NOVEL_DIALOGUE = """Hoofdstuk een

Het regende toen Paul Verhoef en zijn zuster Lili het station uit liepen.

– Waar blijft de koets? vroeg Lili.

– Die komt zo, zei Paul.

– Ik heb het koud.

– Wij allemaal, zei hij, en hij trok zijn jas dichter.

– Had je dat niet eerder kunnen regelen? riep ze.

– Nee, antwoordde Paul kortaf.

– Dan wacht ik binnen.

Ze liep terug naar de wachtkamer."""


@pytest.mark.parametrize(
    "text", [NEWS_RHETORICAL, NEWS_EXPLAINER, NEWS_ONE_LABEL, NEWS_CREDITS, NEWS_SCATTERED, NOVEL_DIALOGUE],
    ids=["rhetorical-questions", "newsroom-explainer", "one-label", "credits-and-line-ups", "scattered-questions",
         "novel-dialogue"],
)
def test_ordinary_articles_are_no_interview(text):
    assert interview_style(text) is None
    assert not [q for q in extract(text) if q.sieve and q.sieve.startswith(("interview", "interviewee"))]


def test_rhetorical_question_article_keeps_its_normal_quotes():
    quotes = extract(NEWS_RHETORICAL)
    direct = [(q.text, q.speaker) for q in quotes if q.kind == "direct"]
    assert direct == [("Elke ochtend staan er files op de oude brug", "Piet Bakker")]
    assert not [q for q in quotes if q.text.endswith("?")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (DASH, {("dash", "question"), ("dash", "answer")}),
        (LABEL, {("label", "question"), ("label", "answer")}),
        (QA, {("qa", "question"), ("qa", "answer")}),
        ("Titel\n\nLead over Jan de Vries.\n\n– Waarom?\n\nDat zei hij niet.", None),  # one dash turn
        ("Titel\n\nJan de Vries kwam.\n\nDe Vries: Ik blijf.\n\nHij bleef.", None),  # one label
    ],
    ids=["dash", "label", "qa", "one-dash-question", "one-label"],
)
def test_structure_decides(text, expected):
    assert interview_style(text) == expected


def test_person_words_are_language_data():
    from quoteattr.sieves.interview import _person_words

    first, second = _person_words("nl")
    assert {"ik", "we", "mijn", "m'n"} <= first and {"u", "je", "jullie"} <= second
    assert not first & second
