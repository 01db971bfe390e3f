"""Relatives in fiction: a family noun in an inquit ("zeide zijn zuster", "zei haar zoon", "de
broer van Ellen") is the person the text names as that relative, by apposition or predicate,
or by the family name. The passages are written for these tests in the style of Dutch novels,
old spelling and new."""
from __future__ import annotations

import quoteattr
from quoteattr.lang import load_language
from quoteattr.model import KINDS
from quoteattr.resolve import Resolver

from conftest import assert_offsets


def speakers(text: str) -> list[tuple[str, str | None]]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    return [(q.text, q.speaker) for q in quotes]


BROEDER = """Mevrouw Bakels zat bij den haard met haar breiwerk. Aan de andere zijde zat de broeder
van mevrouw, de oude heer Gerrit Lansink, met de courant op de knieën.

--Is de thee al koud? vroeg hij.

--Neen, Gerrit, zeide zijn zuster.
"""


def test_a_sister_in_an_inquit_is_the_woman_the_narration_made_his_sister():
    said = dict(speakers(BROEDER))
    assert "Bakels" in said["Neen, Gerrit"]


BROER = """Ellen Mulder stond in de keuken en schilde aardappelen. Ruud Veldhuis was de oudere
broer van Ellen en woonde al jaren in Zwolle, maar op zondag at hij mee.

– Blijf je slapen? vroeg Ellen.

– Nee, zei haar broer. Ik moet morgen vroeg op.

– Dan breng ik je straks naar de trein, zei de broer van Ellen.
"""


def test_a_brother_named_by_a_predicate_speaks_for_haar_broer_and_de_broer_van():
    said = dict(speakers(BROER))
    assert said["Nee"] == "Ruud Veldhuis"
    assert said["Dan breng ik je straks naar de trein"] == "Ruud Veldhuis"


ZOON = """Johanna Kramer woonde al veertig jaar in het huis aan de dijk. Op een zaterdag stond
Bart Kramer onverwacht op de stoep, met een doos bonbons onder zijn arm.

– Jij hier? zei Johanna.

– Ik was in de buurt, zei haar zoon.
"""


def test_the_one_man_of_her_family_name_is_haar_zoon():
    said = dict(speakers(ZOON))
    assert said["Ik was in de buurt"] == "Bart Kramer"


TWEE_ZONEN = ZOON.replace("met een doos bonbons onder zijn arm.",
                          "met een doos bonbons onder zijn arm, en achter hem Kees Kramer.")


def test_two_men_of_her_family_name_leave_haar_zoon_unnamed():
    said = dict(speakers(TWEE_ZONEN))
    assert said["Ik was in de buurt"] not in ("Bart Kramer", "Kees Kramer")


def test_a_tie_holds_both_ways():
    resolver = Resolver(load_language("nl"))
    kees = resolver.add_name("Kees Hoogland", 0)
    marianne = resolver.add_name("Marianne Kuipers", 20)
    resolver.tie(kees, "broer", marianne)
    assert resolver.relative(marianne, "broer") is kees
    assert resolver.relative(kees, "zus") is marianne
    assert resolver.relative(kees, "moeder") is None


#: the narration names Lotte last, but "haar dochter" is the daughter of the woman who spoke
TAFEL = """Wilma Brink schepte de soep op. Sara Brink zat naast haar moeder en keek op haar telefoon.
Tegenover hen zat Lotte, de vriendin van de buurman, die voor het eerst mee at.

— Lekker, mevrouw Brink.

— Zeg maar Wilma.

— Dank je, Wilma.

— De kraan lekt nog steeds, zei Wilma. Al drie weken.

Ze zette de pan voor Lotte neer, iets harder dan nodig, en ging zitten.

— Ik kijk er morgen naar, zei haar dochter. Ik heb een filmpje gezien.

— Een filmpje!

— Echt, mam. Het is makkelijk.
"""


def test_a_possessive_family_noun_in_an_inquit_belongs_to_the_one_who_spoke_before():
    said = dict(speakers(TAFEL))
    assert said["Ik kijk er morgen naar"] == "Sara Brink"      # not 'dochter van Lotte'
    assert said["Ik heb een filmpje gezien."] == "Sara Brink"
    assert said["Echt, mam. Het is makkelijk."] == "Sara Brink"  # the exchange goes on with her


#: the woman who spoke before has no daughter the text names: the description stays
GEEN_DOCHTER = TAFEL.replace(" Sara Brink zat naast haar moeder en keek op haar telefoon.", "")


def test_without_a_named_daughter_of_the_one_talking_no_one_is_made_her_daughter():
    said = dict(speakers(GEEN_DOCHTER))
    assert said["Ik kijk er morgen naar"] not in ("Wilma Brink", "Lotte", "Sara Brink")
