"""A family word in the vocative ("Mama, mag ik …", "Neen, tante!") calls an elder of the house:
the married woman or the man the narration calls by an honorific, or the one it gives that family
word. The elder answers, and never speaks the turn that calls them. The passages are written for
these tests, in the style of Dutch family novels."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lang import load_language
from quoteattr.model import KINDS
from quoteattr.sieves.address import kin_vocatives
from quoteattr.sieves.family import elder_called

from conftest import assert_offsets, names_of

NL = load_language("nl")


@pytest.mark.parametrize("text, kin", [
    ("Mama, mag ik morgen naar de kermis?", ["mama"]),
    ("Maar Mama, de tante komt pas om vier uur!", ["mama"]),
    ("Ik zeg het alleen maar, Mama.", ["mama"]),
    ("Ja, lieve moeder, ik kom al.", ["moeder"]),
    ("Neen, oom!", ["oom"]),
    ("Morgen komt tante Bertha.", []),          # a family word before a name: a name
    ("Mijn moeder is ziek.", []),               # spoken of, not called
])
def test_family_words_in_the_vocative(text, kin):
    assert kin_vocatives(text, NL) == kin


SALON = """HOOFDSTUK I.

In den salon van mevrouw Van Arkel brandde de lamp reeds. Zij zat bij het venster met haar
borduurwerk; hare dochters Lotte en Emma zaten aan de tafel, en hun neef Willem stond bij den
schoorsteen.

--Mama, mag ik morgen naar de kermis? vroeg Emma.

--Morgen? Neen, kind, morgen komt tante Bertha.

--Maar Mama, tante Bertha komt pas om vier uur!

--Dat is zoo, zeide Lotte, en de kermis is 's middags.

--Lotte, bemoei je er niet mee.

--Ik zeg het alleen maar, Mama.

--Ik wil wel met Emma gaan, tante, zeide Willem. Ik pas wel op haar.

--Jij, Willem? Jij past op niemand. Neen, het blijft neen.

Emma zuchtte en keek Willem aan.

--Dan ga ik niet, zeide zij.

--Goed zoo, kind.
"""


def test_the_mother_called_mama_answers():
    quotes = [q for q in quoteattr.extract(SALON, kinds=KINDS) if q.kind == "direct"]
    assert_offsets(SALON, quotes)
    said = {q.text.split(",")[0].split("?")[0]: q.speaker for q in quotes}
    assert said["Morgen"] == "mevrouw Van Arkel"   # answers "Mama, mag ik …"
    assert said["Maar Mama"] == "Emma"
    assert said["Jij"] == "mevrouw Van Arkel"      # answers the nephew's "tante"
    assert said["Goed zoo"] == "mevrouw Van Arkel"


def test_a_mother_who_shares_her_name_with_a_daughter_is_left_to_the_turn_taking():

    text = ("Mevrouw Verstraeten kwam binnen. Juffrouw Verstraeten lag nog te bed.\n\n"
            "--Mama, wat is dat voor een brief?\n")
    resolver = names_of(text)
    assert elder_called("mama", text.index("--Mama"), 0, resolver, NL) is None
    alone = "Mevrouw Verstraeten kwam binnen. Haar dochter lag nog te bed.\n\n--Mama, wat is dat?\n"
    resolver = names_of(alone)
    assert elder_called("mama", alone.index("--Mama"), 0, resolver, NL) == "mevrouw Verstraeten"


def test_the_one_woman_of_the_scene_is_the_mother_a_child_calls():
    text = ("Johanna Bosman had de soep al om vijf uur klaar. Ze keek voor de derde keer op de klok.\n\n"
            "— Ze zijn laat, zei ze.\n\n— Het is pas zes uur, mam. Hij is altijd laat.\n")
    resolver = names_of(text)
    assert elder_called("mam", text.index("— Het is"), 0, resolver, NL) == "Johanna Bosman"
    # two women of the scene and nothing telling which is the mother: no one
    two = text.replace("Ze keek", "Henriette Smit keek")
    assert elder_called("mam", two.index("— Het is"), 0, names_of(two), NL) is None


@pytest.mark.parametrize("a, b, one", [
    ("Sophie van Hoven", "Frederica van Hoven", False),    # mother and daughter
    ("mevrouw van Hoven", "Hendrik van Hoven", False),      # mother and son
    ("mevrouw Verstraeten", "juffrouw Verstraeten", False),  # married and unmarried
    ("mevrouw Dekker", "Dekker", True),
    ("Max Havelaar", "Havelaar", True),
    ("Frits", "Frits van Raven", True),
    ("Femke Halsema", "mevrouw Halsema", True),
    ("Van Arkel", "Emma Van Arkel", True),
])
def test_one_family_is_several_people(a, b, one):
    from quoteattr.sieves.address import same

    assert same(a, b) is one


def test_a_mother_known_by_her_married_name_keeps_her_honorific():

    text = ("Hendrik van Hoven stond bij den schoorsteen. Toen kwam mevrouw van Hoven binnen, met "
            "een lijst in de hand.\\n\\n--Mama, wie heeft de stoelen besteld?\\n")
    resolver = names_of(text)
    assert elder_called("mama", text.index("--Mama"), 0, resolver, NL).startswith("mevrouw")


def test_a_family_word_alone_is_no_name_in_the_vocative():
    from quoteattr.sieves.address import vocatives

    assert vocatives("Wij zeggen niets, Mama!") == []
    assert vocatives("Kom toch binnen, Tante.") == []


def test_an_honorific_without_a_name_calls_the_lady_of_the_house():
    assert kin_vocatives("Mevrouw, de dokter is daar.", NL) == ["mevrouw"]
    text = ("In den salon van mevrouw Van Arkel brandde de lamp. Hare dochter Emma zat aan de tafel.\n\n"
            "--Mevrouw, de dokter is daar, zeide de meid.\n\n"
            "--Laat hem maar boven komen.\n")

    resolver = names_of(text)
    assert elder_called("mevrouw", text.index("--Mevrouw"), 0, resolver, NL) == "mevrouw Van Arkel"


def test_the_fiction_fixture_gold_is_up_to_date():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "fixtures" / "fiction" / "build_gold.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
