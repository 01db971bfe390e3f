"""A vocative with an honorific or a function ("Juffrouw Reyers, …", "Luitenant Steenhuysen!")
calls the person the narration named in full, and the names of one family stay apart when one
honorific fits several of them. The passages are written for these tests in the style of Dutch
novels."""
from __future__ import annotations

from quoteattr.lang import load_language
from quoteattr.model import Quote
from quoteattr.resolve import Resolver
from quoteattr.sieves.address import vocatives
from quoteattr.sieves.inquit import Fullest, full_name

from conftest import names_of

LANG = load_language("nl")


def turn(speaker: str, kind: str = "person") -> Quote:
    return Quote(doc="t", start=0, end=1, text="x", kind="direct", speaker=speaker, speaker_kind=kind)


def names(resolver: Resolver) -> set[str]:
    return {e.name for e in resolver.entities}


# a full name said once, its given name and its surname used apart often after
PIANO = (
    "Bij het raam zat Henriette Vossberg, een nicht uit Zwolle. Henriette zweeg.\n\n"
    "--Speel iets, Henriette.\n\n"
    "Henriette speelde. Vossberg heette zij, en juffrouw Vossberg wilde men haar noemen.\n\n"
    "--Dank u, juffrouw Vossberg. Het was mooi, Henriette.\n\n"
    "--Vossberg, zeide de oude heer, is een Zwolsche naam.\n\n"
    "--Juffrouw Vossberg is moe, Vossberg is moe, Henriette is moe.\n"
)


def test_a_full_name_stays_whole_when_its_surname_takes_an_honorific_of_her_gender():
    r = names_of(PIANO)
    assert "Henriette Vossberg" in names(r)
    assert r.entity_for_name("Vossberg", len(PIANO), role="juffrouw").name == "Henriette Vossberg"


def test_two_names_side_by_side_used_apart_are_still_two_people():
    # no honorific gives the second name a gender: "keek Wouter Kalff aan" is two people
    text = ("Wouter kwam binnen. Kalff zat al. Wouter groette. Kalff knikte. Wouter ging zitten. "
            "Kalff rookte.\n\n--Nu, zeide Wouter, en hij keek Wouter Kalff aan.\n\n"
            "--Wouter, Kalff, Wouter.\n")
    r = names_of(text)
    assert "Wouter Kalff" not in names(r)


def test_an_honorific_vocative_calls_the_woman_named_in_full():
    r = names_of(PIANO)
    assert full_name("Juffrouw Vossberg", Fullest([], []), r, len(PIANO)) == "Henriette Vossberg"


def test_a_function_vocative_calls_the_officer_named_in_full():
    text = ("Egbert Dommering, luitenant bij de huzaren, trad binnen.\n\n"
            "--Goeden avond, luitenant Dommering.\n")
    r = names_of(text)
    assert full_name("Luitenant Dommering", Fullest([], []), r, len(text)) == "Egbert Dommering"
    # a name the text wraps over two lines is one name, with one space
    assert full_name("luitenant\nDommering", Fullest([], []), r, len(text)) == "Egbert Dommering"


def test_an_honorific_that_fits_two_daughters_named_in_full_calls_neither():
    quotes = [turn("Johanna van Ommeren"), turn("Henriette van Ommeren")]
    fullest = Fullest(quotes, [0, 1])
    assert fullest.get("juffrouw van Ommeren") is None
    assert fullest.get("Johanna") is None  # (another key: a given name alone is looked up as itself)
    assert fullest.get("Johanna van Ommeren") == "Johanna van Ommeren"


def test_one_daughter_named_in_full_is_the_juffrouw_of_her_surname():
    fullest = Fullest([turn("Johanna van Ommeren"), turn("van Ommeren", "person")], [0, 1])
    assert fullest.get("juffrouw van Ommeren") == "Johanna van Ommeren"
    # a brother is not the juffrouw
    fullest = Fullest([turn("Hendrik van Ommeren")], [0])
    assert fullest.get("juffrouw van Ommeren") is None


def test_a_day_of_the_week_is_no_one_addressed():
    assert vocatives("Verleden Woensdag, bij de Van Loons. Na het derde glas punch.", frozenset(), LANG) == []
    assert vocatives("Gisteren was het, Frits, bij de Van Loons.", frozenset(), LANG) == ["Frits"]


def test_a_hortative_laten_is_no_inquit_in_a_dash_turn():
    # "laten" is a speech verb only with its complement ("liet weten"): "laten we" urges
    import quoteattr

    text = ("Aan tafel was het stil.\n\n— Hoe bedoel je, nog wel? vroeg Gerrit.\n\n"
            "— Pap, laten we eerst eten.\n\n— Goed, zei Gerrit.\n")
    turns = [q.text for q in quoteattr.extract(text) if q.kind == "direct"]
    assert "Pap, laten we eerst eten." in turns


def test_liet_weten_stays_a_cue():
    import quoteattr

    text = "‘We gaan door’, liet de burgemeester van Lier weten. Zij zei ook: ‘Het kost tijd.’\n"
    quotes = [q for q in quoteattr.extract(text) if q.kind == "direct"]
    assert quotes[0].cue is not None and "liet" in quotes[0].cue


def test_a_street_with_initials_is_a_place_no_pronoun_goes_to():
    from quoteattr.entities import is_street_name

    assert is_street_name("P. C. Hooftstraat", lang=LANG)
    assert not is_street_name("P. C. Hooft", lang=LANG)
    r = Resolver(LANG)
    street = r.settle(r.add_name("P. C. Hooftstraat", 10))
    assert street.kind == "place"
    assert r.settle(r.add_name("J. Smit", 40)).kind == "person"
    assert r.antecedent(60, "f") is not street


def test_a_vocative_may_open_a_later_sentence_of_the_turn():
    assert vocatives("Nu kunnen wij beginnen. Mijnheer Dommering, u bent de ridder.", frozenset(), LANG) \
        == ["Mijnheer Dommering"]
    assert vocatives("Zij vertelt alles. Johanna, wat bedoelde je?", frozenset(), LANG) == ["Johanna"]
    # after a full stop a common word or a place opening a sentence is no one addressed
    assert vocatives("Goed. Zeker, dat doe ik.", frozenset(), LANG) == []
    assert vocatives("Het regent. Amsterdam, dat is ver.", frozenset(), LANG) == []


def test_a_wish_or_a_second_person_tag_is_no_inquit_in_a_dash_turn():
    import quoteattr

    text = ("Aan den vleugel zat Johanna.\n\n--Johanna, wil je nog eens het begin spelen?\n\n"
            "--Mooi, vind je niet? Het is van Chopin.\n\n--Ja, zeide Willem. Heel mooi.\n")
    turns = [q.text for q in quoteattr.extract(text) if q.kind == "direct"]
    assert "Johanna, wil je nog eens het begin spelen?" in turns
    assert "Mooi, vind je niet? Het is van Chopin." in turns
    assert "Ja" in turns  # a third-person inquit still ends its turn


def test_an_abbreviated_title_opens_the_vocative_and_is_no_name_of_its_own():
    assert vocatives("Ik ben tot u gekomen, Mr. Holmes, omdat u mij kunt helpen.", frozenset(), LANG) \
        == ["Mr. Holmes"]
    assert vocatives("Dank u, dr. Verhagen.", frozenset(), LANG) == ["dr. Verhagen"]
    assert "Mr" not in vocatives("Goed, Mr. Ik kom.", frozenset(), LANG)


def test_the_narration_gives_an_unlisted_name_its_gender():
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.model import Document
    from quoteattr.sieves.dialogue import learn_genders

    def gender(text: str) -> str | None:
        an = DocumentAnalysis(Document(id="t", text=text), LANG)
        resolver = names_of(text)
        learn_genders(an, resolver)
        return next(e.soft_gender for e in resolver.entities if e.name == "Brinkman")

    text = ("Thaddeus Brinkman stond op. Hij liep naar het raam.\n\n"
            "Het regende. Brinkman zuchtte. Hij ging zitten.\n")
    assert gender(text) == "m"
    # the narration goes on with both pronouns after him: no gender from it
    mixed = text + "\nBrinkman lachte. Zij keek op.\n\nBrinkman knikte. Zij zweeg.\n"
    assert not gender(mixed)
