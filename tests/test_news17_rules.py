"""News rules of the news17 round, each with sentences written for the test in Dutch news style."""
from __future__ import annotations

from conftest import speaker_of


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
    from conftest import speech_of

    q = next(q for q in speech_of(text) if fragment in q.text)
    return q.speaker_mention, q.speaker_role


def test_time_adverbial_is_no_part_of_the_description():
    text = "Premier Karin Smit bezocht Gent. 'We gaan door', zei de premier vorige week."
    mention, role = _mention_of(text, "We gaan door")
    assert mention == "de premier" and role == "premier"


def test_temporal_modifier_before_a_person_noun_stays():
    text = "'Het was een zware tijd', zei de vorige voorzitter."
    assert _mention_of(text, "zware tijd")[0] == "de vorige voorzitter"
