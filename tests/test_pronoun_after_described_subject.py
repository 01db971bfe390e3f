"""A pronoun inquit after a narrator sentence that opens with a definite description of a person
("De oude heer schudde het hoofd. --Den oorlog, zeide hij.") stands for that person, not for a
man the sentence names as an object or a name further back. The passages are written for these
tests."""
from __future__ import annotations

import quoteattr
from quoteattr.model import KINDS

from conftest import assert_offsets

FIRESIDE = """De oude heer Gerard van Loon zat bij het vuur. Tegenover hem las zijn neef Karel de courant.

--Wat staat er in? vroeg de oude heer.

--Niets, oom, zeide Karel. Alleen over den oorlog.

Karel vouwde de courant dicht en gaf haar aan Willem, den knecht. De oude heer schudde het hoofd.

--Den oorlog, zeide hij. Altijd den oorlog.
"""

YARD = """Op het erf stond Hannes Verhoeven bij de pomp. Zijn zoon Gijs kwam met de kar het hek door, en achter hem liep de knecht.

De oude boer wees naar de lucht.

— Het gaat regenen, zei hij. Zet de kar maar in de schuur.
"""

TEA = """Mevrouw Dekker had haar neef Albert te eten gevraagd. Hij kwam laat.

De gastvrouw schonk de thee in en reikte hem een kopje.

--Dank u, tante, zeide hij.
"""

COURT = ("Het proces tegen Jan Visser begint vandaag. De rechter moet beoordelen of de vrouw van Visser "
         "schuldig is aan bedreiging. Via haar advocaat zegt ze: ,,Ik had niet verwacht dat mensen het "
         "serieus zouden nemen.''\n")


def _direct(text):
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(text, quotes)
    return quotes


def test_the_described_subject_of_the_sentence_before_is_the_pronoun():
    quotes = _direct(FIRESIDE)
    last = [q for q in quotes if q.paragraph == quotes[-1].paragraph]
    assert last[0].text == "Den oorlog"
    assert {q.speaker for q in last} == {"Gerard van Loon"}  # not Willem, the knecht given the paper


def test_an_unresolved_description_stands_rather_than_the_object_before_it():
    quotes = _direct(YARD)
    assert quotes[0].speaker == "de oude boer"  # not his son Gijs, named in the paragraph before


def test_a_description_of_the_other_gender_is_no_antecedent():
    quotes = _direct(TEA)
    assert quotes[0].speaker == "Albert"  # "de gastvrouw" is no "hij"


def test_a_pronoun_before_its_quotation_keeps_its_own_clause():
    quotes = _direct(COURT)
    assert quotes[0].speaker != "de rechter"  # "zegt ze: …": the subject of that clause, not the judge
