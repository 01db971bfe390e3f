"""A function the narration gives a name as its predicate ("Janus van Gils was al twintig jaar
veldwachter") is that person's: "zei de veldwachter" later is him, not the one who spoke before.
Sentences written for these tests."""
from __future__ import annotations

import quoteattr
from quoteattr.lang import load_language
from quoteattr.mentions import predicate_function

LANG = load_language("nl")


def test_the_function_after_a_copula_and_adverbs():
    text = "Gerrit Mulder was al twintig jaar veldwachter in het dorp."
    assert predicate_function(text, text.index(" was"), LANG) == "veldwachter"
    text = "Els Peeters is sinds maart burgemeester van Lier."
    assert predicate_function(text, text.index(" is"), LANG) == "burgemeester"
    text = "Els Peeters is burgemeester van Lier."
    assert predicate_function(text, text.index(" is"), LANG) == "burgemeester"
    text = "Koos Brink werd later notaris."
    assert predicate_function(text, text.index(" werd"), LANG) == "notaris"


def test_no_function_where_the_noun_is_an_object_or_in_a_phrase():
    for text in ("Gerrit Mulder was de burgemeester niet vergeten.",
                 "Gerrit Mulder was in dienst van de burgemeester.",
                 "Gerrit Mulder was een dikke man."):
        assert predicate_function(text, text.index(" was"), LANG) is None, text


def test_the_description_in_an_inquit_is_the_one_who_holds_the_function():
    text = ("Gerrit Mulder was al twintig jaar veldwachter in het dorp. Hij kwam binnen en ging bij de "
            "kachel zitten. Toon Brink schonk hem een borrel in.\n\n"
            "– Heb je iets gezien? vroeg Toon.\n\n"
            "– Niets bijzonders, zei de veldwachter. Alleen een kar op de dijk.\n")
    quotes = [q for q in quoteattr.extract(text) if q.kind == "direct"]
    answer = next(q for q in quotes if q.text.startswith("Niets"))
    assert answer.speaker == "Gerrit Mulder"


def test_person_endings_need_a_stem():
    for word in ("directeur", "zuster", "kamerlid", "man", "leraar", "voorzitster"):
        assert LANG.person_ending(word), word
    for word in ("deur", "geur", "haar", "jaar"):
        assert not LANG.person_ending(word), word


def test_a_door_that_opens_does_not_speak():
    text = ("Het werd stil in huis. De deur van de voorkamer ging open.\n\n"
            "“Ben je daar, Wim?”\n")
    quote = next(q for q in quoteattr.extract(text) if q.kind == "direct")
    assert "deur" not in (quote.speaker or "")


def test_a_month_opening_the_sentence_before_a_quote_does_not_speak():
    text = ("Hij zou in het voorjaar beginnen. Een Maart trad hij niet aan.\n\n"
            "“Ik ga weg, geef me een hand.”\n")
    quote = next(q for q in quoteattr.extract(text) if q.kind == "direct")
    assert quote.speaker != "Maart"
