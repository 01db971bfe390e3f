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
