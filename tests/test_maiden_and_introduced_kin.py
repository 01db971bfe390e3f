"""Two ways a novel names a character it already talks about. A maiden name after "van huis"
("mevrouw Dekker …, Aleida Bruins van huis") is no second woman: her given name completes the
married name (mentions.py _maiden_name_of). A relative an inquit describes before the text
names them ("zeide haar broeder") is the person the next paragraph opens by introducing
(resolve/described.py _introduced_after). The passages are written for these tests."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.model import KINDS

#: old spelling: the maiden name right after the married one
MEISJESNAAM = """--Lize, waar blijft de thee?

Uit de keuken kwam mevrouw Dekker binnen, met een bos sleutels aan
den gordel. Zij was een lange, magere dame, Aleida Bruins van huis, die
nooit stil kon zitten.

--Wie heeft de kopjes verzet? vroeg zij. Ik kan niets vinden.

--Ik niet, mama, zeide Frits.
"""

#: new spelling
MEISJESNAAM_NIEUW = """"Is er nog koffie?"

Mevrouw Visser stond in de deuropening. Ze was een kleine vrouw, Greet Jansen van huis,
en ze had haar jas nog aan.

"Wie heeft de suiker op?" vroeg ze.

"Papa," zei Anna Visser.
"""

#: old spelling: the brother speaks first and is introduced after
BROEDER = """--Ik kan het niet dragen, Jet. Het is veel te zwaar.

Wilhelmina, de jongste, zette de mand neer en zuchtte.

--Dan neem je er minder in, zeide haar broeder. Hij lag op de bank te
lezen.

Frederik Mooy, de oudste zoon, studeerde al jaren te Leiden, zonder dat iemand
wist wanneer hij klaar zoû zijn.

--Wat weet jij daarvan?
"""

#: new spelling
ZUS = """"Ik heb geen zin meer," zei Pieter. "Het regent."

Pieter trok zijn laarzen uit.

"Dan blijf je toch thuis," zei zijn zus vanaf de trap.

Marleen Bos, twee jaar ouder dan hij, had net haar eindexamen gehaald.

"Jij hebt makkelijk praten."
"""


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quoteattr.extract(text, kinds=KINDS)]


@pytest.mark.parametrize("text, said, speaker", [
    (MEISJESNAAM, "Wie heeft de kopjes verzet?", "Dekker"),
    (MEISJESNAAM_NIEUW, "Wie heeft de suiker op?", "Visser"),
])
def test_a_maiden_name_is_no_second_woman(text, said, speaker):
    found = dict(_speakers(text))
    assert found[said] is not None and found[said].endswith(speaker)
    assert all(s is None or ("Bruins" not in s and "Jansen" not in s) for s in found.values())


@pytest.mark.parametrize("text, said, speaker", [
    (BROEDER, "Dan neem je er minder in", "Frederik Mooy"),
    (ZUS, "Dan blijf je toch thuis,", "Marleen Bos"),
])
def test_the_relative_is_the_one_introduced_next(text, said, speaker):
    assert dict(_speakers(text))[said] == speaker


def test_a_relative_with_no_introduction_stays_described():
    text = BROEDER.replace("Frederik Mooy, de oudste zoon, studeerde", "Het regende, en niemand studeerde")
    found = dict(_speakers(text))
    assert found["Dan neem je er minder in"] != "Frederik Mooy"
