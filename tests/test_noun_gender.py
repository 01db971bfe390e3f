"""The noun the narration calls a person by tells their gender when their name does not: a noun
phrase set before the name ("zijn oude kamerdienaar Wasskow", also a compound whose last part
tells it) or an epithet ("Brakenhoff was een lange, stille man"). A "zij" in an inquit is then
not that man. Passages written for these tests, in old and new spelling."""
from __future__ import annotations

import quoteattr
from quoteattr.lang import load_language
from quoteattr.mentions import noun_gender_before
from quoteattr.model import KINDS
from quoteattr.resolve import Resolver
from quoteattr.resolve.describe import compound_gender

from conftest import assert_offsets

LANG = load_language("nl")


def test_a_compound_takes_the_gender_of_its_last_part():
    assert compound_gender("kamerdienaar", LANG) == "m"
    assert compound_gender("keukenmeid", LANG) == "f"
    assert compound_gender("tv-dienares", LANG) == "f"
    assert compound_gender("boerenjongen", LANG) == "m"
    # no last part that tells gender, or a last part too long to leave a first part
    assert compound_gender("woordvoerder", LANG) is None
    assert compound_gender("minister", LANG) is None
    assert compound_gender("man", LANG) is None


def test_an_article_or_possessive_noun_phrase_right_before_the_name():
    assert noun_gender_before("Terstond verscheen zijn oude kamerdienaar".split(), LANG) == "m"
    assert noun_gender_before("Toen kwam de keukenmeid".split(), LANG) == "f"
    assert noun_gender_before("Daar stond den knecht".split(), LANG) == "m"
    # a noun that tells no gender, a noun without an article, or a capital in between: nothing
    assert noun_gender_before("Toen kwam de schilder".split(), LANG) is None
    assert noun_gender_before("Toen kwam knecht".split(), LANG) is None
    assert noun_gender_before("Toen zag Anna de knecht".split(), LANG) == "m"
    assert noun_gender_before("Toen zag Anna knecht".split(), LANG) is None


def test_an_epithet_gives_a_gender_the_name_does_not():
    resolver = Resolver(LANG)
    ent = resolver.add_name("Brakenhoff", 0)
    assert not ent.soft_gender
    resolver.add_epithet(ent, "man", ["lange"])
    assert ent.soft_gender == "m"
    her = resolver.add_name("Sophie Brandt", 40)
    resolver.add_epithet(her, "man", [])  # (a given name's gender stays)
    assert her.gender == "f"


#: old spelling: the servant is named right before the quarrel; "riep zij" is the lady
OUD = """Darja Petrowna zat in hare kamer en schreef een brief aan hare zuster.

Terstond verscheen haar oude kamerdienaar Wasskow in de deur, met een blad in de hand. Hij zette het neder en ging weer heen, want volgens Wasskows zeggen zou alles wel terecht komen.

"Darja!" sprak Nikolai Iwanowitsch, die binnen trad.

"Wat wilt gij?"

"Ik kom u om vergiffenis vragen."

"Ga heen! ga toch heen!" riep zij.

"Darja, om Godswil!"

"Ik wil u niet meer zien," herhaalde zij.

"Dan ga ik."

"Ga dan."
"""


#: new spelling: the cook, named by a compound noun before her name, then "riep hij" is the man
NIEUW = """Pieter Smit zat aan tafel en las de krant.

Toen kwam de keukenmeid Brakel binnen met de koffie. Ze zette die neer en ging weer weg, want volgens Brakels zeggen moest de soep nog op.

"Pieter!" riep Anna Verhoef, die in de deur stond.

"Wat wil je?"

"Ik kom je om vergeving vragen."

"Ga weg! ga toch weg!" riep hij.

"Pieter, alsjeblieft!"

"Ik wil je niet meer zien," herhaalde hij.

"Dan ga ik."

"Ga dan."
"""


def _speakers(text: str) -> dict[str, str | None]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    return {q.text.strip(): q.speaker for q in quotes}


def test_zij_in_an_inquit_is_not_the_servant_named_before():
    got = _speakers(OUD)
    assert got["Ga heen! ga toch heen!"] == "Darja Petrowna"
    assert got["Ik wil u niet meer zien,"] == "Darja Petrowna"


def test_hij_in_an_inquit_is_not_the_cook_named_before():
    got = _speakers(NIEUW)
    assert got["Ga weg! ga toch weg!"] == "Pieter Smit"
    assert got["Ik wil je niet meer zien,"] == "Pieter Smit"
